package dev.blindspot.detect.regex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inputs built to make a naive pattern backtrack or rescan: they must finish (the matcher is
 * linear) and give the right answer. No timing is asserted; a quadratic matcher would make this
 * class run for hours.
 */
class EmailMatcherAdversarialTest {

  @Test
  void chainedAtSignsGiveNothing() {
    String text = "a@".repeat(100_000) + "a";
    assertTrue(Spans.matches(text).isEmpty());
  }

  @Test
  void chainedAtSignsWithDomainsGiveNothing() {
    String text = "a@b.co".repeat(50_000);
    // Every domain runs into the next local part's '@'... except that "coa" is read as one
    // label: a@b.coa@b.coa@... is a chain, so nothing is an address.
    assertTrue(Spans.matches(text).isEmpty());
  }

  @Test
  void longDottedLocalRunBeforeAtGivesNothing() {
    String text = "a.".repeat(200_000) + "a@example.com";
    assertTrue(Spans.matches(text).isEmpty());
  }

  @Test
  void aMegabyteOfLettersGivesNothing() {
    String text = "abcdefghij".repeat(100_000);
    assertTrue(Spans.matches(text).isEmpty());
  }

  @Test
  void aMegabyteOfAtSignsGivesNothing() {
    assertTrue(Spans.matches("@".repeat(1_000_000)).isEmpty());
    assertTrue(Spans.matches("@.".repeat(500_000)).isEmpty());
  }

  @Test
  void longRunsOfDomainCharsBetweenAtSigns() {
    String text = ("x@" + "b".repeat(300)).repeat(2_000);
    assertTrue(Spans.matches(text).isEmpty());
  }

  @Test
  void anEndlessDomainIsCutAtTheLastLabelBoundaryWithin253Chars() {
    String text = "x@" + "ab.".repeat(100_000) + "com";
    List<int[]> found = Spans.matches(text);
    assertEquals(1, found.size());
    int[] span = found.get(0);
    assertEquals(0, span[0]);
    // 84 labels "ab" and 83 dots = 251 chars, the longest prefix of whole labels <= 253.
    assertEquals(2 + 251, span[1]);
    assertEquals('.', text.charAt(span[1]));
  }

  @Test
  void manyValidAddressesAreAllFoundInOrder() {
    String one = "a@b.co ";
    String text = one.repeat(50_000);
    List<int[]> found = Spans.matches(text);
    assertEquals(50_000, found.size());
    for (int i = 0; i < found.size(); i += 4999) {
      assertArrayEquals(new int[] {i * one.length(), i * one.length() + 6}, found.get(i));
    }
  }

  @Test
  void hyphenAndDotFloodsAfterAnAddress() {
    String text = "mail a@b.com" + "-.".repeat(200_000);
    assertEquals(List.of("5..12=a@b.com"), Spans.describe(text, Spans.matches(text)).subList(0, 1));
    assertEquals(1, Spans.matches(text).size());
  }
}
