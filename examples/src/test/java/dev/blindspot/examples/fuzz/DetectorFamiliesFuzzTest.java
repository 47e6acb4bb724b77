package dev.blindspot.examples.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.blindspot.Finding;
import dev.blindspot.PiiScanner;
import java.util.BitSet;
import java.util.List;

/**
 * A Jazzer fuzz target for the three detector families together (regex, fuzzy, nlp), as the
 * command line and most users run them: texts are assembled from fragments that lead the
 * detectors deep into their code (e-mail pieces, at/dot words in several languages, HTML
 * entities, digits with every kind of separator, spelled-out numbers, fullwidth and look-alike
 * letters, invisible chars, honorifics and names, lone surrogates, control chars) mixed with
 * free fuzzed text.
 *
 * <p>Invariants: no exception; every finding is in bounds, non-empty, does not split a surrogate
 * pair, and findings are sorted and disjoint; scanning is deterministic and gives the same result
 * with the language given as with it undetermined when only one language is configured; redaction
 * keeps every char outside the findings in order and replaces each finding by exactly one
 * replacement.
 *
 * <p>A normal test run replays the saved inputs under {@code
 * src/test/resources/dev/blindspot/examples/fuzz/DetectorFamiliesFuzzTestInputs/scanAndRedact/};
 * a crash found while fuzzing is saved there and so becomes a regression input. To fuzz for real,
 * for its {@code maxDuration} (or {@code -Djazzer.max_duration=30s}):
 *
 * <pre>
 * cd examples &amp;&amp; JAZZER_FUZZ=1 ../mvnw test-compile surefire:test@fuzz-regression \
 *     -Dtest=DetectorFamiliesFuzzTest
 * </pre>
 */
class DetectorFamiliesFuzzTest {

  private static final PiiScanner ALL_FAMILIES =
      PiiScanner.builder().detectors("regex", "fuzzy", "nlp").languages("en", "fr").build();
  private static final PiiScanner FRENCH_ONLY =
      PiiScanner.builder().detectors("regex", "fuzzy", "nlp").languages("fr").build();
  private static final char MARK = '\uE000';

  private static final String[] FRAGMENTS = {
    "john.smith", " @", "@ ", "@", "outlook.com", " .com", "gmail", " [at] ", " (dot) ", "{at}",
    " arobase ", " point ", " Klammeraffe ", " punkt ", " arroba ", " chiocciola ", " собака ",
    " точка ", "&#64;", "&commat;", "&period;", "%40", "%2E", "＠", "ｊｏｈｎ", "０６", "рау",
    "\u200B", "\u00AD", "\u2011", "\u00A0", "\u2009", "٠٦١٢", "O6", "l2", "+33 6 12 34 56 78",
    "06.12.34.56.78", "0 6 1 2", "4111 1111 1111 1111", "4111-1111-1111-1111", "FR76 3000 6000 0112 3456 7890 189",
    "GB82 WEST 1234 5698 7654 32", "zéro six", " douze ", "soixante-dix-huit", "quatre-vingt-dix",
    "double six", "triple zero", "oh five", "sechs", "cinco", "192.168.0.1", "fe80::1%eth0",
    "00:1A:2B:3C:4D:5E", "https://example.org/a?b=c", "123-45-6789", "1 85 05 78 006 084 36",
    "2A", "né le 12/03/1985", "Mr ", "Mme ", "Dr. ", "my name is ", "je m'appelle ", "Okonkwo",
    "Nguyen", "Marie-Claire", "Dupont", "\n", "\r\n", ". ", ", ", "\uD800", "\uDC00", "\uD83D\uDE00",
    "\u0000", "\u202E", "\t", "      ", "0000000000000000000000",
  };

  @FuzzTest(maxDuration = "3m")
  void scanAndRedact(FuzzedDataProvider data) {
    String text = assemble(data.consumeRemainingAsBytes());

    List<Finding> found = ALL_FAMILIES.scan(text);
    checkFindings(text, found);
    assertEquals(found, ALL_FAMILIES.scan(text), "deterministic");
    List<Finding> french = FRENCH_ONLY.scan(text);
    checkFindings(text, french);
    assertEquals(french, FRENCH_ONLY.scan(text, "fr"), "the only language is the text's");

    if (text.indexOf(MARK) < 0) {
      String marked = ALL_FAMILIES.redact(text, (f, v) -> String.valueOf(MARK));
      BitSet covered = new BitSet(text.length());
      found.forEach(f -> covered.set(f.start(), f.end()));
      StringBuilder kept = new StringBuilder();
      for (int i = 0; i < text.length(); i++) {
        if (!covered.get(i)) {
          kept.append(text.charAt(i));
        }
      }
      assertEquals(kept.toString(), marked.replace(String.valueOf(MARK), ""), "kept chars");
      assertEquals(found.size(), marked.chars().filter(c -> c == MARK).count(), "replacements");
    }
  }

  /**
   * Turns the fuzzer's bytes into a text: each byte below 0xC0 picks a fragment, the others start
   * a run of free chars taken from the following bytes as UTF-16 code units.
   */
  static String assemble(byte[] input) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < input.length; i++) {
      int b = input[i] & 0xFF;
      if (b < 0xC0) {
        sb.append(FRAGMENTS[b % FRAGMENTS.length]);
      } else {
        int n = Math.min(b - 0xBF, (input.length - i - 1) / 2);
        for (int k = 0; k < n; k++) {
          sb.append((char) (((input[i + 1] & 0xFF) << 8) | (input[i + 2] & 0xFF)));
          i += 2;
        }
      }
    }
    return sb.toString();
  }

  private static void checkFindings(String text, List<Finding> found) {
    int previousEnd = 0;
    for (Finding f : found) {
      assertTrue(f.start() >= previousEnd, "sorted and disjoint");
      assertTrue(f.start() < f.end() && f.end() <= text.length(), "in bounds");
      assertFalse(f.start() > 0 && Character.isLowSurrogate(text.charAt(f.start()))
          && Character.isHighSurrogate(text.charAt(f.start() - 1)), "starts inside a pair");
      assertFalse(f.end() < text.length() && Character.isLowSurrogate(text.charAt(f.end()))
          && Character.isHighSurrogate(text.charAt(f.end() - 1)), "ends inside a pair");
      assertTrue(f.score() >= 0.5 && f.score() <= 1.0, "score");
      previousEnd = f.end();
    }
  }
}
