package dev.blindspot.detect.fuzzy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Floods of separators: they must finish (the view and the detector are linear) and give the
 * right answer. No timing is asserted; a quadratic view would make this class run for hours.
 */
class ObfuscatedEmailAdversarialTest {

  private static List<String> run(String text) {
    return Detect.run(text).describe(text);
  }

  @Test
  void aHundredThousandAtWords() {
    assertEquals(List.of(), run("at ".repeat(100_000)));
    String text = "at ".repeat(100_000) + "john at outlook dot com";
    int start = text.length() - "john at outlook dot com".length();
    assertEquals(List.of(start + ".." + text.length() + "=john at outlook dot com"), run(text));
  }

  @Test
  void floodsOfSpacedAtSigns() {
    assertEquals(List.of(), run(" @ @ @ ".repeat(50_000)));
    assertEquals(List.of(), run("@ ".repeat(100_000)));
    assertEquals(List.of(), run("a @ ".repeat(100_000)));
    String text = " @ @ @ ".repeat(20_000) + "x marie @ free.fr y";
    int start = text.indexOf("marie");
    assertEquals(List.of(start + ".." + (start + 15) + "=marie @ free.fr"), run(text));
  }

  @Test
  void floodsOfBracketsAndDotWords() {
    assertEquals(List.of(), run("[at][dot]".repeat(50_000)));
    assertEquals(List.of(), run("(at) ".repeat(100_000)));
    assertEquals(List.of(), run("a dot ".repeat(100_000)));
    assertEquals(List.of(), run("x arobase ".repeat(100_000)));
  }

  @Test
  void aRepeatedLocalPartBeforeOneDomain() {
    String text = "john at ".repeat(50_000) + "outlook dot com";
    String last = "john at outlook dot com";
    assertEquals(List.of((text.length() - last.length()) + ".." + text.length() + "=" + last), run(text));
  }

  @Test
  void aFloodOfSpacedDotsBeforeAnAddress() {
    String text = "a . ".repeat(100_000) + "john @ outlook.com";
    List<RecordingSink.Report> reports = Detect.run(text).reports;
    assertEquals(1, reports.size());
    RecordingSink.Report r = reports.get(0);
    assertEquals(text.length(), r.end());
    // The local part never grows past 64 chars, however long the chain of dots before it.
    assertTrue(r.viewValue().indexOf('@') <= 64, r.viewValue());
    assertTrue(r.viewValue().endsWith("john@outlook.com"));
  }

  @Test
  void manyObfuscatedAddresses() {
    String one = "write to tom [at] mail [dot] com, ";
    String text = one.repeat(20_000);
    List<RecordingSink.Report> reports = Detect.run(text).reports;
    assertEquals(20_000, reports.size());
    for (int i = 0; i < reports.size(); i += 1999) {
      assertEquals(i * one.length() + 9, reports.get(i).start());
      assertEquals(i * one.length() + 32, reports.get(i).end());
    }
  }
}
