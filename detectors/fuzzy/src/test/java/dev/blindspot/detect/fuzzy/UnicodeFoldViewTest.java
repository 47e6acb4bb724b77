package dev.blindspot.detect.fuzzy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.blindspot.text.TextView;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One pass over the fold table: fullwidth forms, dashes, spaces, digits and homoglyphs. */
class UnicodeFoldViewTest {

  private static String fold(String text) {
    return UnicodeFoldView.FACTORY.create(TextView.of(text)).text().toString();
  }

  @Test
  void foldsFullwidthForms() {
    assertEquals("john.smith@outlook.com", fold("ｊｏｈｎ．ｓｍｉｔｈ＠ｏｕｔｌｏｏｋ．ｃｏｍ"));
    assertEquals("écrire à marie@free.fr", fold("écrire à ｍａｒｉｅ＠ｆｒｅｅ．ｆｒ"));
  }

  @Test
  void foldsDashesSpacesAndDigits() {
    assertEquals("06-12-34-56-78", fold("06\u201112\u201334\u201456\u221278"));
    assertEquals("06 12 34 56 78", fold("06\u00a012\u202f34\u200956\u300078"));
    assertEquals("0612345678", fold("٠٦١٢٣٤٥٦٧٨")); // Arabic-Indic
    assertEquals("0612345678", fold("۰۶۱۲۳۴۵۶۷۸")); // Extended Arabic-Indic (Persian)
    assertEquals("0612345678", fold("०६१२३४५६७८")); // Devanagari
    assertEquals("06 12", fold("０６ １２"));
  }

  @Test
  void foldsHomoglyphsOnlyInWordsWithALatinLetter() {
    // Cyrillic а, о, е and Greek ο inside Latin words.
    assertEquals("john.smith@gmail.com", fold("j\u043ehn.smith@gm\u0430il.c\u03bfm"));
    assertEquals("peter", fold("p\u0435ter"));
    // Russian words stay Russian.
    assertEquals("собака почта.рф", fold("собака почта.рф"));
    assertEquals("Иван пишет: ivan@mail.ru", fold("Иван пишет: ivan@mail.ru"));
  }

  @Test
  void neverFoldsDigitsIntoLettersNorLettersIntoDigits() {
    assertEquals("0O1lI", fold("0O1lI"));
    assertEquals("З", fold("З")); // Cyrillic Ze looks like 3 but stays a letter
    assertEquals("x²", fold("x²"));
  }

  @Test
  void aSupplementaryCodePointFoldsAsOneUnit() {
    //                  0 1 2 3 (two surrogate pairs: mathematical bold a, b)
    String original = "\uD835\uDC1A\uD835\uDC1B";
    TextView v = UnicodeFoldView.FACTORY.create(TextView.of(original));
    assertEquals("ab", v.text().toString());
    assertEquals(0, v.originalStart(0));
    assertEquals(2, v.originalEnd(1));
    assertEquals(2, v.originalStart(1));
    assertEquals(4, v.originalEnd(2));
  }

  @Test
  void namesTheKindsOfFoldsInASpan() {
    String text = "ｔｅｌ ０６\u00a0١٢ g\u043eogle-x";
    assertEquals(List.of("fullwidth-folded", "spaces-folded", "digits-folded"),
        UnicodeFoldView.techniques(text, 0, 9));
    assertEquals(List.of("spaces-folded", "digits-folded"), UnicodeFoldView.techniques(text, 6, 9));
    assertEquals(List.of("homoglyphs-folded"), UnicodeFoldView.techniques(text, 10, 16));
    assertEquals(List.of(), UnicodeFoldView.techniques("собака", 0, 6));
  }

  @Test
  void asciiAndAccentedTextIsLeftAsItIs() {
    TextView plain = TextView.of("Bonjour, ma commande n°1234 est arrivée abîmée.");
    assertSame(plain, UnicodeFoldView.FACTORY.create(plain));
    assertFalse(UnicodeFoldView.mayApply("Ça coûte 12 € à Noël"));
  }
}
