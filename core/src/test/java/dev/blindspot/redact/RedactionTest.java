package dev.blindspot.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.Explanation;
import dev.blindspot.Finding;
import dev.blindspot.PiiType;
import dev.blindspot.testing.Canary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Redaction replaces exactly the findings and keeps every other char, in order. */
class RedactionTest {

  private static final char MARK = '\uE000'; // private use: never in the random texts

  private static Finding at(int start, int end) {
    return new Finding(PiiType.PERSON, start, end, 0.9, "test", Explanation.of("test"));
  }

  @Test
  void replacesFindingsAndKeepsTheRest() {
    String text = "Bonjour Mme Okafor 🙂, votre colis 552301 arrive.";
    int name = text.indexOf("Okafor");
    int number = text.indexOf("552301");
    List<Finding> findings = List.of(at(name, name + 6), at(number, number + 6));
    assertEquals("Bonjour Mme [1] 🙂, votre colis [2] arrive.",
        Redaction.apply(text, findings, new Operator() {
          private int n;

          @Override
          public String replacement(Finding finding, CharSequence value) {
            return "[" + ++n + "]";
          }
        }));
    assertEquals(text, Redaction.apply(text, List.of(), Operators.typeTag()));
    assertEquals("<PERSON>", Redaction.apply("Okafor", List.of(at(0, 6)), Operators.typeTag()));
    assertEquals("", Redaction.apply("", List.of(), Operators.typeTag()));
  }

  @Test
  void rejectsUnsortedOverlappingOrOutOfRangeFindings() {
    String text = Canary.line();
    int n = text.length();
    List<List<Finding>> bad = List.of(
        List.of(at(10, 20), at(5, 8)), // unsorted
        List.of(at(10, 20), at(15, 25)), // overlapping
        List.of(at(10, 20), at(10, 20)), // twice the same
        List.of(at(n - 2, n + 1))); // past the end
    for (List<Finding> findings : bad) {
      IllegalArgumentException e = assertThrows(
          IllegalArgumentException.class, () -> Redaction.apply(text, findings, Operators.typeTag()));
      Canary.assertNoLeak(e);
    }
    // Touching findings are fine.
    assertEquals(
        "<PERSON><PERSON>" + text.substring(20),
        Redaction.apply(text, List.of(at(0, 10), at(10, 20)), Operators.typeTag()));
  }

  @Test
  void anOperatorReturningNullFails() {
    NullPointerException e = assertThrows(
        NullPointerException.class, () -> Redaction.apply(Canary.line(), List.of(at(0, 6)), (f, v) -> null));
    Canary.assertNoLeak(e);
  }

  @Test
  void forDocumentIsCalledOncePerApply() {
    int[] documents = {0};
    Operator counting = new Operator() {
      @Override
      public String replacement(Finding finding, CharSequence value) {
        throw new AssertionError("the prototype must not be used");
      }

      @Override
      public Operator forDocument() {
        documents[0]++;
        return (f, v) -> "#";
      }
    };
    assertEquals("# et #", Redaction.apply("Okafor et Nguyen", List.of(at(0, 6), at(10, 16)), counting));
    assertEquals(1, documents[0]);
  }

  @Test
  void writeRedactsAPieceOfALongerDocument() throws IOException {
    // document: ....................Okafor et Nguyen
    //           0                   20     26  30   36
    String piece = "Okafor et Nguyen";
    StringBuilder out = new StringBuilder();
    Redaction.write(piece, 20, List.of(at(20, 26), at(30, 36)), Operators.typeTag(), out);
    assertEquals("<PERSON> et <PERSON>", out.toString());
    assertThrows(IllegalArgumentException.class,
        () -> Redaction.write(piece, 20, List.of(at(15, 26)), Operators.typeTag(), new StringBuilder()));
    assertThrows(IllegalArgumentException.class,
        () -> Redaction.write(piece, 20, List.of(at(30, 37)), Operators.typeTag(), new StringBuilder()));
  }

  @Test
  void randomFindingsAreReplacedExactlyAndEverythingElseIsKept() {
    Random rnd = new Random(0x5ECAE7L);
    String alphabet = "abcdéèçXYZ0123456789 .,:@-'\n\u200B";
    for (int iteration = 0; iteration < 3000; iteration++) {
      StringBuilder sb = new StringBuilder();
      for (int i = rnd.nextInt(80); i > 0; i--) {
        if (rnd.nextInt(10) == 0) {
          sb.appendCodePoint(0x1F600 + rnd.nextInt(50));
        } else {
          sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
      }
      String text = sb.toString();
      List<Finding> findings = new ArrayList<>();
      boolean[] inFinding = new boolean[text.length()];
      for (int pos = 0; pos < text.length(); ) {
        int gap = rnd.nextInt(8);
        int start = pos + gap;
        int end = start + 1 + rnd.nextInt(10);
        if (end > text.length()) {
          break;
        }
        findings.add(at(start, end));
        for (int i = start; i < end; i++) {
          inFinding[i] = true;
        }
        pos = end + (rnd.nextBoolean() ? 0 : 1); // sometimes touching
      }
      List<String> values = new ArrayList<>();
      String redacted = Redaction.apply(text, findings, (f, value) -> {
        values.add(value.toString());
        return String.valueOf(MARK);
      });

      // Reference: walk the text char by char.
      StringBuilder expected = new StringBuilder();
      StringBuilder kept = new StringBuilder();
      for (int i = 0; i < text.length(); i++) {
        if (!inFinding[i]) {
          expected.append(text.charAt(i));
          kept.append(text.charAt(i));
        } else if (i == 0 || !inFinding[i - 1] || startsAt(findings, i)) {
          expected.append(MARK);
        }
      }
      String context = "iteration " + iteration;
      assertEquals(expected.toString(), redacted, context);
      assertEquals(kept.toString(), redacted.replace(String.valueOf(MARK), ""), context + ": non-PII chars in order");
      assertEquals(findings.size(), redacted.chars().filter(c -> c == MARK).count(), context);
      for (int k = 0; k < findings.size(); k++) {
        Finding f = findings.get(k);
        assertEquals(text.substring(f.start(), f.end()), values.get(k), context + ": value handed to the operator");
      }
      assertTrue(redacted.length() == kept.length() + findings.size(), context + ": no char of a finding left");
    }
  }

  private static boolean startsAt(List<Finding> findings, int i) {
    for (Finding f : findings) {
      if (f.start() == i) {
        return true;
      }
    }
    return false;
  }
}
