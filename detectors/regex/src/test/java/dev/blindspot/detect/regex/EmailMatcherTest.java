package dev.blindspot.detect.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The matcher's API: offsets of the parts of an address, regions, state, limits. */
class EmailMatcherTest {

  @Test
  void reportsTheOffsetsOfTheParts() {
    //           0         1         2         3
    //           0123456789012345678901234567890123456
    String text = "Écrivez à marie.curie@sorbonne.fr svp";
    EmailMatcher m = EmailMatcher.of(text);
    assertTrue(m.find());
    assertEquals(10, m.start());
    assertEquals(21, m.atIndex());
    assertEquals(31, m.tldStart());
    assertEquals(33, m.end());
    assertEquals("marie.curie@sorbonne.fr", text.substring(m.start(), m.end()));
    assertFalse(m.find());
  }

  @Test
  void offsetsAreThoseOfTheRegionsText() {
    String text = "a@b.co x@y.fr z@w.org";
    EmailMatcher m = EmailMatcher.of(text, 7, 14);
    assertTrue(m.find());
    assertEquals(7, m.start());
    assertEquals(13, m.end());
    assertFalse(m.find());
  }

  @Test
  void regionBoundsAreOpaque() {
    //            0         1         2         3
    //            0123456789012345678901234567890123
    String text = "contact john.smith@example.com now";
    // The region starts inside the local part: only what is inside counts.
    EmailMatcher m = EmailMatcher.of(text, 13, 30);
    assertTrue(m.find());
    assertEquals(13, m.start());
    assertEquals(30, m.end());
    // A region that ends inside the top-level domain leaves a one-letter TLD: nothing.
    assertFalse(EmailMatcher.of(text, 8, 28).find());
    // A region that ends after "example" leaves a single label: nothing.
    assertFalse(EmailMatcher.of(text, 0, 26).find());
  }

  @Test
  void accessorsFailWithoutAMatch() {
    EmailMatcher m = EmailMatcher.of("no address here");
    assertThrows(IllegalStateException.class, m::start);
    assertFalse(m.find());
    assertThrows(IllegalStateException.class, m::end);
    assertThrows(IllegalStateException.class, m::atIndex);
    assertThrows(IllegalStateException.class, m::tldStart);
  }

  @Test
  void rejectsBadRegions() {
    assertThrows(IndexOutOfBoundsException.class, () -> EmailMatcher.of("abc", 2, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> EmailMatcher.of("abc", 0, 4));
    assertThrows(NullPointerException.class, () -> EmailMatcher.of(null));
  }

  @Test
  void worksOnAnyCharSequence() {
    StringBuilder text = new StringBuilder("reply to ana@exemple.fr");
    assertEquals(List.of("9..23=ana@exemple.fr"), Spans.describe(text, Spans.matches(text)));
  }

  @Test
  void localPartOfSixtyFourCharsIsAcceptedButNotSixtyFive() {
    String local64 = "a".repeat(64);
    String ok = "x " + local64 + "@example.com";
    assertEquals(List.of("2..78=" + local64 + "@example.com"), Spans.describe(ok, Spans.matches(ok)));
    assertTrue(Spans.matches("x a" + local64 + "@example.com").isEmpty());
  }

  @Test
  void domainOfAtMost253Chars() {
    String label = "b".repeat(63);
    // 63*3 + 3 dots + "com" = 195 chars: accepted whole.
    String domain = label + "." + label + "." + label + ".com";
    String text = "a@" + domain + " ok";
    assertEquals(List.of(new int[] {0, 2 + domain.length()}).get(0)[1], Spans.matches(text).get(0)[1]);
    // A label of 64 chars is too long: the domain stops before it, at the last valid boundary.
    String tooLong = "a@example.com." + "c".repeat(64);
    assertEquals("0..13=a@example.com", Spans.describe(tooLong, Spans.matches(tooLong)).get(0));
  }

  @Test
  void handlesSupplementaryLettersAndCombiningMarks() {
    // U+1D49C MATHEMATICAL SCRIPT CAPITAL A is a letter outside the BMP.
    String supplementary = "from \uD835\uDC9Clice@example.com";
    assertEquals(List.of("5..23=" + supplementary.substring(5)),
        Spans.describe(supplementary, Spans.matches(supplementary)));
    // "José" with a decomposed accent: e + U+0301.
    String decomposed = "de jose\u0301@correo.es.";
    assertEquals(List.of("3..18=" + "jose\u0301@correo.es"),
        Spans.describe(decomposed, Spans.matches(decomposed)));
  }

  @Test
  void fileExtensionsAreNotTopLevelDomainsButRealTldsAre() {
    assertTrue(Spans.matches("icon@2x.png").isEmpty());
    assertTrue(Spans.matches("notes@meeting.txt").isEmpty());
    // .zip and .md are delegated top-level domains.
    assertEquals(1, Spans.matches("a@files.zip").size());
    assertEquals(1, Spans.matches("ion@moldova.md").size());
  }

  @Test
  void toStringShowsNoText() {
    EmailMatcher m = EmailMatcher.of("secret.person@example.com");
    assertTrue(m.find());
    String s = m.toString();
    assertFalse(s.contains("secret"), s);
    assertFalse(s.contains("example"), s);
  }
}
