package dev.blindspot.detect.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Compares the matcher with a deliberately simple, slow reference on seeded random strings over a
 * small alphabet where every rule matters (letters, digits, '@', '.', '-', space and 'é'), as
 * single chars or as pieces that make near-addresses likely.
 */
class EmailMatcherReferenceTest {

  private static final String ALPHABET = "abcdexyzé019.-@ abcdexyz.-@";

  @Test
  void agreesWithTheReferenceOnRandomStrings() {
    Random random = new Random(20261128L);
    int withMatches = 0;
    for (int n = 0; n < 200_000; n++) {
      String text = randomText(random, 1 + random.nextInt(n % 10 == 0 ? 400 : 40));
      List<String> expected = Spans.describe(text, reference(text));
      List<String> actual = Spans.describe(text, Spans.matches(text));
      assertEquals(expected, actual, () -> "text: [" + text + "]");
      if (!expected.isEmpty()) {
        withMatches++;
      }
    }
    // The alphabet is tuned so that a fair share of strings hold addresses.
    assertTrue(withMatches > 5_000, "strings with an address: " + withMatches);
  }

  @Test
  void agreesWithTheReferenceOnRegions() {
    Random random = new Random(42L);
    for (int n = 0; n < 10_000; n++) {
      String text = randomText(random, 1 + random.nextInt(60));
      int from = random.nextInt(text.length() + 1);
      int to = from + random.nextInt(text.length() - from + 1);
      List<int[]> actual = new ArrayList<>();
      EmailMatcher m = EmailMatcher.of(text, from, to);
      while (m.find()) {
        actual.add(new int[] {m.start(), m.end()});
      }
      String region = text.substring(from, to);
      List<int[]> expected = new ArrayList<>();
      for (int[] span : reference(region)) {
        expected.add(new int[] {span[0] + from, span[1] + from});
      }
      assertEquals(Spans.describe(text, expected), Spans.describe(text, actual),
          () -> "text: [" + text + "] region " + from + ".." + to);
    }
  }

  /** Pieces that make near-addresses likely: labels, top-level domains, separators. */
  private static final String[] PIECES = {
    "ab", "x", "é", "9", "co", "fr", "zé1", "a.b", "xyz", ".", ".", "-", "@", " ", " ", "xn--p1ai",
    "png", ".."
  };

  /** Half of the strings are random chars of the alphabet, half random pieces. */
  private static String randomText(Random random, int length) {
    StringBuilder sb = new StringBuilder(length);
    boolean pieces = random.nextBoolean();
    while (sb.length() < length) {
      if (pieces) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      } else {
        sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
    }
    return sb.toString();
  }

  // ---- The reference: the rules of EmailMatcher's Javadoc, written as plainly as possible. ----

  private static final List<String> FILE_EXTENSIONS =
      List.of(
          "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "tif", "tiff", "heic", "ico", "pdf",
          "txt", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "csv", "exe", "dll",
          "msi", "js", "css", "htm", "html", "json", "xml", "yml", "yaml", "jar", "apk", "iso",
          "log", "bak", "tmp", "ini", "cfg", "wav", "avi", "mkv", "psd", "gz", "tgz", "rar");

  private static final String SPECIALS = "!#$%&'*+-/=?^_`{|}~.";

  private static boolean isLocal(char c) {
    return Character.isLetterOrDigit(c) || SPECIALS.indexOf(c) >= 0;
  }

  private static boolean isDomain(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '.';
  }

  static List<int[]> reference(String t) {
    List<int[]> out = new ArrayList<>();
    int next = 0;
    for (int at = 0; at < t.length(); at++) {
      if (t.charAt(at) != '@' || at < next) {
        continue;
      }
      int s = at;
      while (s > 0 && isLocal(t.charAt(s - 1))) {
        s--;
      }
      if (at - s > 64 || (s > 0 && t.charAt(s - 1) == '@')) {
        continue;
      }
      while (s < at && ".'`/|{".indexOf(t.charAt(s)) >= 0) {
        s++;
      }
      String local = t.substring(s, at);
      if (local.isEmpty()
          || local.contains("..")
          || local.endsWith(".")
          || local.endsWith("/")
          || local.chars().noneMatch(Character::isLetterOrDigit)) {
        continue;
      }
      int runEnd = at + 1;
      while (runEnd < t.length() && isDomain(t.charAt(runEnd))) {
        runEnd++;
      }
      int stripped = runEnd;
      while (stripped > at + 1 && (t.charAt(stripped - 1) == '.' || t.charAt(stripped - 1) == '-')) {
        stripped--;
      }
      // The matcher reads 254 chars of the run, then only dots and hyphens: past that, the end of
      // the run is unknown and only a cut at a dot can end the domain.
      boolean endKnown = stripped - (at + 1) <= 254;
      int best = -1;
      for (int j = endKnown ? stripped : runEnd; j > at + 1; j--) {
        boolean boundary = (endKnown && j == stripped) || (j < runEnd && t.charAt(j) == '.');
        if (boundary && validDomain(t.substring(at + 1, j))) {
          best = j;
          break;
        }
      }
      if (best < 0 || (endKnown && best == stripped && stripped == runEnd
          && runEnd < t.length() && t.charAt(runEnd) == '@')) {
        continue;
      }
      out.add(new int[] {s, best});
      next = best;
    }
    return out;
  }

  private static boolean validDomain(String domain) {
    if (domain.length() > 253) {
      return false;
    }
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
        return false;
      }
    }
    String tld = labels[labels.length - 1];
    if (tld.length() < 2) {
      return false;
    }
    if (tld.toLowerCase(java.util.Locale.ROOT).startsWith("xn--") && tld.length() > 4) {
      return tld.substring(4).chars().allMatch(c -> c < 0x80 && (Character.isLetterOrDigit(c) || c == '-'));
    }
    return tld.chars().allMatch(Character::isLetter)
        && !FILE_EXTENSIONS.contains(tld.toLowerCase(java.util.Locale.ROOT));
  }
}
