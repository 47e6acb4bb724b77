package dev.blindspot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Offset mapping of single and stacked views. Each test draws the original and the view with the
 * index of every char ('_' is a space, ZW a zero-width space) and checks the mapped spans.
 */
class TextViewTest {

  @Test
  void originalIsAnIdentityViewOfItself() {
    TextView v = TextView.of("Bonjour Marie");
    assertTrue(v.isOriginal());
    assertTrue(v.map().isIdentity());
    assertEquals(List.of(), v.steps());
    assertEquals("Bonjour Marie", v.text().toString());
    for (int i = 0; i <= v.length(); i++) {
      assertEquals(i, v.originalStart(i));
      assertEquals(i, v.originalEnd(i));
    }
  }

  @Test
  void copiedViewIsAnIdentityMapButNotTheOriginal() {
    // original: a b c d
    //           0 1 2 3 4
    // view:     a b c d      (two copy calls, merged into one segment)
    //           0 1 2 3 4
    TextView v = TextView.builder(TextView.of("abcd"), "noop").copy(2).copy(2).copy(4).build();
    assertEquals("abcd", v.text().toString());
    assertFalse(v.isOriginal());
    assertTrue(v.map().isIdentity());
    assertEquals(List.of("noop"), v.steps());
    for (int i = 0; i <= 4; i++) {
      assertEquals(i, v.originalStart(i));
      assertEquals(i, v.originalEnd(i));
    }
  }

  @Test
  void longerReplacementMapsEveryCharToTheWholeReplacedSpan() {
    // original: c a f é _ & _ t h é
    //           0 1 2 3 4 5 6 7 8 9 10
    // view:     c a f é _ a n d _ t h é
    //           0 1 2 3 4 5 6 7 8 9 10 11 12
    //                     \___/
    //                 each from [5,6)
    String original = "café & thé";
    TextView v = TextView.builder(TextView.of(original), "ampersand-spelled").copy(5).replace(6, "and").build();
    assertEquals("café and thé", v.text().toString());
    assertFalse(v.map().isIdentity());
    for (int i = 5; i <= 7; i++) {
      assertEquals(5, v.originalStart(i), "start of view char " + i);
      assertEquals(6, v.originalEnd(i + 1), "end after view char " + i);
    }
    assertSpan(v, 5, 6, 5, 6); // "a" alone covers the whole '&': a span never splits a source char
    assertSpan(v, 6, 7, 5, 6);
    assertSpan(v, 4, 9, 4, 7); // "_and_" -> "_&_"
    assertSpan(v, 8, 12, 6, 10); // "_thé" after the replacement is shifted back by 2
    assertSpan(v, 0, 12, 0, 10);
    assertEquals(10, v.originalStart(12));
    assertEquals(0, v.originalEnd(0));
  }

  @Test
  void shorterReplacementMapsTheCharToTheWholeSpan() {
    // original: j e a n _ [ a t ] _ e  x  e  m  p  l  e  .  f  r
    //           0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20
    // view:     j e a n @ e x  e  m  p  l  e  .  f  r
    //           0 1 2 3 4 5 6  7  8  9  10 11 12 13 14 15
    //                   ^ from [4,10)
    TextView v = TextView.builder(TextView.of("jean [at] exemple.fr"), "at-words").copy(4).replace(10, "@").build();
    assertEquals("jean@exemple.fr", v.text().toString());
    assertSpan(v, 4, 5, 4, 10);
    assertSpan(v, 3, 5, 3, 10);
    assertSpan(v, 4, 6, 4, 11);
    assertSpan(v, 5, 15, 10, 20);
    assertSpan(v, 0, 15, 0, 20);
    assertSpan(v, 0, 4, 0, 4);
  }

  @Test
  void skippedZeroWidthCharsFallInsideSpansThatCoverBothNeighbours() {
    // original: 0 6 ZW 1 2 ZW 3 4
    //           0 1 2  3 4 5  6 7 8
    // view:     0 6 1 2 3 4
    //           0 1 2 3 4 5 6
    TextView v = TextView.builder(TextView.of("06\u200B12\u200B34"), "zero-width-removed")
        .copy(2).skip(3).copy(5).skip(6).build();
    assertEquals("061234", v.text().toString());
    assertSpan(v, 0, 6, 0, 8);
    assertSpan(v, 1, 3, 1, 4); // "61" holds the ZW between its chars
    assertSpan(v, 0, 2, 0, 2); // "06" ends before the ZW
    assertSpan(v, 2, 4, 3, 5); // "12" starts after it
    assertEquals(3, v.originalStart(2));
    assertEquals(2, v.originalEnd(2));
  }

  @Test
  void skipsAtBothEndsAndMapStartMapEndAtZeroAndLength() {
    // original: ZW a b ZW
    //           0  1 2 3  4
    // view:     a b
    //           0 1 2
    TextView v = TextView.builder(TextView.of("\u200Bab\u200B"), "zero-width-removed")
        .skip(1).copy(3).skip(4).build();
    assertEquals("ab", v.text().toString());
    assertEquals(1, v.originalStart(0));
    assertEquals(1, v.originalEnd(0));
    assertEquals(4, v.originalStart(2)); // past the last view char: the source length
    assertEquals(3, v.originalEnd(2)); // after 'b', before the trailing ZW
    assertSpan(v, 0, 2, 1, 3);
    assertEquals(4, v.map().sourceLength());
    assertEquals(2, v.map().viewLength());
  }

  @Test
  void insertedCharsMapToTheEmptySpanAtTheirPosition() {
    // original: P a r i s 7 5 0 0 2
    //           0 1 2 3 4 5 6 7 8 9 10
    // view:     P a r i s _ 7 5 0 0 2
    //           0 1 2 3 4 5 6 7 8 9 10 11
    //                     ^ inserted at 5
    TextView v = TextView.builder(TextView.of("Paris75002"), "space-inserted").copy(5).replace(5, " ").build();
    assertEquals("Paris 75002", v.text().toString());
    assertSpan(v, 5, 6, 5, 5); // the inserted char alone covers nothing of the original
    assertSpan(v, 5, 11, 5, 10);
    assertSpan(v, 4, 6, 4, 5);
    assertSpan(v, 6, 11, 5, 10);
    assertSpan(v, 0, 11, 0, 10);
  }

  @Test
  void insertionAtTheStartAndTheEnd() {
    // original: 4 2
    //           0 1 2
    // view:     + 4 2 .
    //           0 1 2 3 4
    TextView v = TextView.builder(TextView.of("42"), "decorated").replace(0, "+").copy(2).replace(2, ".").build();
    assertEquals("+42.", v.text().toString());
    assertSpan(v, 0, 4, 0, 2);
    assertSpan(v, 0, 1, 0, 0);
    assertSpan(v, 3, 4, 2, 2);
    assertEquals(0, v.originalEnd(0));
    assertEquals(2, v.originalStart(4));
  }

  @Test
  void stackedViewsMapThroughEachOtherToTheOriginal() {
    // original: l i ZW z _ a t _ e x _  d  o  t  _  f  r
    //           0 1 2  3 4 5 6 7 8 9 10 11 12 13 14 15 16 17
    // view 1:   l i z _ a t _ e x _ d  o  t  _  f  r          zero-width-removed
    //           0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16
    // view 2:   l i z @ e x . f r                              at-dot-words
    //           0 1 2 3 4 5 6 7 8 9
    //                 ^ from view 1 [3,7), original [4,8)
    //                       ^ from view 1 [9,14), original [10,15)
    TextView original = TextView.of("li\u200Bz at ex dot fr");
    TextView v1 = TextView.builder(original, "zero-width-removed").copy(2).skip(3).build();
    TextView v2 = TextView.builder(v1, "at-dot-words").copy(3).replace(7, "@").copy(9).replace(14, ".").build();
    assertEquals("liz at ex dot fr", v1.text().toString());
    assertEquals("liz@ex.fr", v2.text().toString());
    assertEquals(List.of("zero-width-removed", "at-dot-words"), v2.steps());
    assertSpan(v2, 0, 9, 0, 17);
    assertSpan(v2, 3, 4, 4, 8);
    assertSpan(v2, 6, 7, 10, 15);
    assertSpan(v2, 1, 3, 1, 4); // "iz" holds the ZW
    assertSpan(v2, 2, 4, 3, 8);
    assertSpan(v2, 4, 9, 8, 17);
    // One level down, the map answers in view 1 offsets.
    assertEquals(3, v2.map().mapStart(3));
    assertEquals(7, v2.map().mapEnd(4));
    assertEquals(16, v2.map().sourceLength());
  }

  @Test
  void stepsChangingNamesOnlyTheStepsThatChangedTheSpan() {
    // original: l i ZW z _ a t _ e x _  d  o  t  _  f  r
    // view 1:   l i z _ a t _ e x _ d  o  t  _  f  r          zero-width-removed
    // view 2:   l i z @ e x . f r                              at-dot-words
    //           0 1 2 3 4 5 6 7 8 9
    TextView original = TextView.of("li\u200Bz at ex dot fr");
    TextView v1 = TextView.builder(original, "zero-width-removed").copy(2).skip(3).build();
    TextView v2 = TextView.builder(v1, "at-dot-words").copy(3).replace(7, "@").copy(9).replace(14, ".").build();
    assertEquals(List.of("zero-width-removed", "at-dot-words"), v2.stepsChanging(0, 9));
    assertEquals(List.of("zero-width-removed"), v2.stepsChanging(0, 3)); // "liz"
    assertEquals(List.of("at-dot-words"), v2.stepsChanging(3, 6)); // "@ex"
    assertEquals(List.of(), v2.stepsChanging(4, 6)); // "ex" is as written
    assertEquals(List.of(), v2.stepsChanging(3, 3));
    assertEquals(List.of(), original.stepsChanging(0, 3));
    assertEquals(List.of("zero-width-removed"), v1.stepsChanging(1, 3));
    assertThrows(IndexOutOfBoundsException.class, () -> v2.stepsChanging(5, 4));
    assertThrows(IndexOutOfBoundsException.class, () -> v2.stepsChanging(0, 10));
    assertThrows(IndexOutOfBoundsException.class, () -> v2.stepsChanging(-1, 2));

    // An inserted char is the step's own doing; a same-char replacement changes nothing.
    TextView spaced = TextView.builder(TextView.of("Paris75002"), "space-inserted").copy(5).replace(5, " ").build();
    assertEquals(List.of("space-inserted"), spaced.stepsChanging(5, 6));
    assertEquals(List.of(), spaced.stepsChanging(6, 11));
    TextView same = TextView.builder(TextView.of("Paris"), "no-op-replace").replace(1, "P").build();
    assertEquals(List.of(), same.stepsChanging(0, 5));
    // An empty span names no step, even inside a replacement ("a|nd" of "café and thé").
    TextView spelled =
        TextView.builder(TextView.of("café & thé"), "ampersand-spelled").copy(5).replace(6, "and").build();
    assertEquals(List.of(), spelled.stepsChanging(6, 6));
    assertEquals(List.of("ampersand-spelled"), spelled.stepsChanging(6, 7));
  }

  @Test
  void surrogatePairsReplacedAsOneUnitAreNeverSplit() {
    // original: m e r c i _ 🙏(2 chars) _ !
    //           0 1 2 3 4 5 6  7        8 9 10
    // view:     m e r c i _ ￼ _ !
    //           0 1 2 3 4 5 6 7 8 9
    TextView v = TextView.builder(TextView.of("merci \uD83D\uDE4F !"), "emoji-as-object")
        .copy(6).replace(8, "\uFFFC").build();
    assertEquals("merci \uFFFC !", v.text().toString());
    assertSpan(v, 6, 7, 6, 8);
    assertSpan(v, 5, 7, 5, 8);
    assertSpan(v, 6, 9, 6, 10);
  }

  @Test
  void skippingAModifierKeepsTheBaseEmojiWhole() {
    // original: 👍(2) 🏽(2) _ o k
    //           0 1   2 3   4 5 6 7
    // view:     👍(2) _ o k
    //           0 1   2 3 4 5
    TextView v = TextView.builder(TextView.of("\uD83D\uDC4D\uD83C\uDFFD ok"), "skin-tone-removed")
        .copy(2).skip(4).build();
    assertEquals("\uD83D\uDC4D ok", v.text().toString());
    assertSpan(v, 0, 2, 0, 2);
    assertSpan(v, 0, 3, 0, 5);
    assertSpan(v, 2, 5, 4, 7);
  }

  @Test
  void emptyTextAndEmptyViews() {
    TextView empty = TextView.of("");
    assertEquals(0, empty.length());
    assertEquals(0, empty.originalStart(0));
    assertEquals(0, empty.originalEnd(0));

    TextView copied = TextView.builder(empty, "noop").build();
    assertEquals("", copied.text().toString());
    assertEquals(0, copied.originalStart(0));
    assertEquals(0, copied.originalEnd(0));

    // original: (empty)
    // view:     x
    //           0 1
    TextView inserted = TextView.builder(empty, "inserted").replace(0, "x").build();
    assertEquals("x", inserted.text().toString());
    assertSpan(inserted, 0, 1, 0, 0);

    // original: ZW ZW
    //           0  1  2
    // view:     (empty): every offset maps to the end of the source
    TextView allSkipped = TextView.builder(TextView.of("\u200B\u200B"), "zero-width-removed").skip(2).build();
    assertEquals(0, allSkipped.length());
    assertEquals(2, allSkipped.originalStart(0));
    assertEquals(2, allSkipped.originalEnd(0));
  }

  @Test
  void offsetsOutsideTheViewAreRejected() {
    TextView v = TextView.builder(TextView.of("jean [at] exemple.fr"), "at-words").copy(4).replace(10, "@").build();
    int len = v.length();
    assertThrows(IndexOutOfBoundsException.class, () -> v.originalStart(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> v.originalStart(len + 1));
    assertThrows(IndexOutOfBoundsException.class, () -> v.originalEnd(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> v.originalEnd(len + 1));
    assertThrows(IndexOutOfBoundsException.class, () -> v.map().mapStart(len + 1));
    assertThrows(IndexOutOfBoundsException.class, () -> v.map().mapEnd(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> TextView.of("").originalStart(1));
  }

  @Test
  void builderRejectsMovesBackwardsOrPastTheEnd() {
    TextView base = TextView.of("Bonjour");
    TextView.Builder b = TextView.builder(base, "step").copy(3);
    assertEquals(3, b.position());
    assertThrows(IndexOutOfBoundsException.class, () -> b.copy(2));
    assertThrows(IndexOutOfBoundsException.class, () -> b.replace(2, "x"));
    assertThrows(IndexOutOfBoundsException.class, () -> b.skip(8));
    assertThrows(IndexOutOfBoundsException.class, () -> b.copy(-1));
    assertThrows(NullPointerException.class, () -> b.replace(4, null));
    assertEquals(3, b.position()); // failed calls do not move the position
    assertEquals("Bonjour", b.build().text().toString());
    assertThrows(IllegalArgumentException.class, () -> TextView.builder(base, " "));
    assertThrows(NullPointerException.class, () -> TextView.builder(null, "step"));
    assertThrows(NullPointerException.class, () -> TextView.builder(base, null));
    assertThrows(NullPointerException.class, () -> TextView.of(null));
  }

  @Test
  void offsetMapIdentity() {
    OffsetMap map = OffsetMap.identity(5);
    assertTrue(map.isIdentity());
    assertEquals(5, map.viewLength());
    assertEquals(5, map.sourceLength());
    for (int i = 0; i <= 5; i++) {
      assertEquals(i, map.mapStart(i));
      assertEquals(i, map.mapEnd(i));
    }
    assertTrue(OffsetMap.identity(0).isIdentity());
    assertEquals(0, OffsetMap.identity(0).mapStart(0));
    assertThrows(IllegalArgumentException.class, () -> OffsetMap.identity(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> map.mapStart(6));
  }

  @Test
  void sameLengthReplacementIsNotAnIdentity() {
    // original: O 6 1 2     (letter O typed for zero)
    // view:     0 6 1 2
    TextView v = TextView.builder(TextView.of("O612"), "letter-for-digit").replace(1, "0").build();
    assertEquals("0612", v.text().toString());
    assertFalse(v.map().isIdentity());
    assertSpan(v, 0, 4, 0, 4);
  }

  @Test
  void toStringShowsSizesAndStepsButNoText() {
    TextView v = TextView.builder(TextView.of("marie.curie@exemple.fr"), "noop").build();
    assertEquals("TextView[length=22, steps=[noop]]", v.toString());
    assertFalse(v.map().toString().contains("marie"));
    assertFalse(TextView.builder(v, "again").toString().contains("marie"));
  }

  private static void assertSpan(TextView v, int viewStart, int viewEnd, int start, int end) {
    assertEquals(
        start + ".." + end,
        v.originalStart(viewStart) + ".." + v.originalEnd(viewEnd),
        "view span " + viewStart + ".." + viewEnd);
  }
}
