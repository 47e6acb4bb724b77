package dev.blindspot.detect.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Compares the one-pass candidate scanner with a deliberately simple reference on seeded random
 * strings: the reference first splits the whole text into atoms with a regular expression, then
 * groups atoms whose gap matches the gap rule. Both must give the same runs, atom by atom.
 */
class CandidateScannerReferenceTest {

  private static final Pattern ATOM = Pattern.compile("[A-Za-z0-9]+");
  private static final Pattern GAP =
      Pattern.compile("[ \u00A0\u202F\u2009\\-./:()]|::|[ \u00A0\u202F\u2009][\\-./:()]"
          + "|[\\-./:()][ \u00A0\u202F\u2009]");

  /** No 'h' or 'w': URL candidates are tested elsewhere. */
  private static final String[] PIECES = {
    "1", "12", "123", "4111", "2A", "ab", "FR76", "NWBK", "abcde", "x", "Q", "0", "99",
    " ", " ", "-", ".", "/", ":", "(", ")", "\u00A0", ",", "\n", "é", "::", "  ", " (", ") ", "+"
  };

  @Test
  void agreesWithTheReferenceOnRandomStrings() {
    Random random = new Random(20261128L);
    int withRuns = 0;
    for (int n = 0; n < 50_000; n++) {
      StringBuilder sb = new StringBuilder();
      int pieces = 1 + random.nextInt(n % 10 == 0 ? 200 : 20);
      for (int i = 0; i < pieces; i++) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = sb.toString();
      List<List<String>> expected = reference(text);
      assertEquals(expected, actual(text), () -> "text: [" + text + "]");
      if (!expected.isEmpty()) {
        withRuns++;
      }
    }
    assertTrue(withRuns > 20_000, "strings with runs: " + withRuns);
  }

  static List<List<String>> actual(String text) {
    List<List<String>> runs = new ArrayList<>();
    CandidateScanner.scan(text, new Run(), new CandidateScanner.Handler() {
      @Override
      public void onRun(Run run) {
        List<String> atoms = new ArrayList<>();
        for (int k = 0; k < run.size(); k++) {
          atoms.add(run.start(k) + ":" + text.substring(run.start(k), run.end(k)));
        }
        runs.add(atoms);
      }

      @Override
      public void onUrl(int start, int end) {
        runs.add(List.of("url " + start + ".." + end));
      }
    });
    return runs;
  }

  static List<List<String>> reference(String text) {
    List<List<String>> runs = new ArrayList<>();
    List<String> current = new ArrayList<>();
    boolean hasDigit = false;
    int lastEnd = -1;
    Matcher m = ATOM.matcher(text);
    while (m.find()) {
      String atom = m.group();
      boolean digits = atom.chars().anyMatch(Character::isDigit);
      boolean word = !digits && atom.length() > CandidateScanner.MAX_LETTER_ATOM;
      boolean joins = lastEnd >= 0 && !current.isEmpty()
          && GAP.matcher(text.substring(lastEnd, m.start())).matches();
      if (word || !joins) {
        if (hasDigit) {
          runs.add(current);
        }
        current = new ArrayList<>();
        hasDigit = false;
      }
      if (!word) {
        current.add(m.start() + ":" + atom);
        hasDigit |= digits;
      }
      lastEnd = m.end();
    }
    if (hasDigit) {
      runs.add(current);
    }
    return runs;
  }
}
