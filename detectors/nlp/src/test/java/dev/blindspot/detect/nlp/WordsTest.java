package dev.blindspot.detect.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The tokenizer against a slow regular-expression reference, and folded word lookups. */
class WordsTest {

  /** The definition of a word, written the slow way: runs joined by single apostrophes or hyphens. */
  private static final Pattern REFERENCE =
      Pattern.compile("[\\p{L}\\p{Nd}\\p{M}]+(?:['\u2019\\-\u2010\u2011][\\p{L}\\p{Nd}\\p{M}]+)*");

  /** Letters, digits, marks, joiners, spaces and punctuation, including surrogate pairs. */
  private static final String[] ALPHABET = {
    "a", "Z", "é", "\u0301", "ß", "Đ", "7", "٣", "'", "\u2019", "-", "\u2010", "--", " ", "\u00A0",
    "\n", ".", ",", "!", "@", "\uD835\uDC12", "\uD83D\uDE00", "中", "ʼ", "_"
  };

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    for (int i = Words.nextWordStart(text, 0); i < text.length(); ) {
      int end = Words.wordEnd(text, i);
      out.add(i + ":" + text.substring(i, end));
      i = Words.nextWordStart(text, end);
    }
    return out;
  }

  private static List<String> referenceTokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = REFERENCE.matcher(text);
    while (m.find()) {
      out.add(m.start() + ":" + m.group());
    }
    return out;
  }

  @Test
  void tokenizerAgreesWithTheReferenceOnRandomText() {
    Random random = new Random(99L);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(16);
      for (int i = 0; i < n; i++) {
        sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
      }
      String text = sb.toString();
      assertEquals(referenceTokens(text), tokens(text), () -> "text: " + escape(text));
    }
  }

  @Test
  void tokenizerKeepsNamesWhole() {
    //                 0         1         2         3
    //                 0123456789012345678901234567890123456
    String text = "Jean-Pierre O'Brien, m'appelle l’Hôpital";
    assertEquals(
        List.of("0:Jean-Pierre", "12:O'Brien", "21:m'appelle", "31:l’Hôpital"), tokens(text));
  }

  @Test
  void nameShapes() {
    assertEquals(Words.CAPITALISED, shape("Müller"));
    assertEquals(Words.CAPITALISED, shape("d'Artagnan"));
    assertEquals(Words.CAPITALISED, shape("al-Amin"));
    assertEquals(Words.LOWER_CASE, shape("smith"));
    assertEquals(Words.LOWER_CASE, shape("well-Known")); // prefix longer than three letters
    assertEquals(Words.UNCASED, shape("محمد"));
    assertEquals(Words.NOT_A_NAME, shape("R2D2"));
    assertEquals(Words.NOT_A_NAME, shape("A" + "a".repeat(Words.MAX_NAME_LENGTH)));
  }

  private static int shape(String word) {
    return Words.nameShape(word, 0, word.length());
  }

  @Test
  void foldingIgnoresCaseAccentsAndTypography() {
    WordTable<String> table = WordTable.of(Map.of("desole", "x", "m'appelle", "y", "heiße", "z"));
    for (String word : new String[] {"désolé", "DÉSOLÉ", "desole", "de\u0301sole\u0301"}) {
      assertEquals("x", table.get(word, 0, word.length()), word);
    }
    assertEquals("y", table.get("M’APPELLE", 0, 9));
    assertEquals("z", table.get("HEIẞE", 0, 5));
    assertNull(table.get("heisse", 0, 6));
    assertNull(table.get("désolée", 0, 7));
    assertEquals("x", table.get("je suis désolé.", 8, 14));
  }

  @Test
  void tableRejectsUnfoldedKeys() {
    assertThrows(IllegalArgumentException.class, () -> WordTable.of(Map.of("Désolé", 1)));
    assertThrows(IllegalArgumentException.class, () -> WordTable.of(Map.of("", 1)));
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c < 128 && c >= 32 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return sb.toString();
  }

  /** Applies a word test to the word of {@code text} that {@code word} marks. */
  private static boolean on(String text, String word, WordTest test) {
    int start = text.indexOf(word);
    return test.test(text, start, start + word.length());
  }

  /** A test of the word {@code text[start, end)}. */
  private interface WordTest {
    boolean test(CharSequence text, int start, int end);
  }

  @Test
  void wordsGluedToAnotherValueAreEmbedded() {
    assertTrue(on("mail giulia.ricci@example.com", "giulia", Words::isEmbedded));
    assertTrue(on("mail giulia.ricci@example.com", "ricci", Words::isEmbedded));
    assertTrue(on("écrire à jean_dupont76 merci", "jean", Words::isEmbedded));
    assertTrue(on("ping @sarah on the channel", "sarah", Words::isEmbedded));
    assertTrue(on("mail olivia%40example.com", "olivia", Words::isEmbedded));
    assertTrue(on("au nom de piotr.wojcik merci", "piotr.wojcik", Words::isEmbedded));
    assertFalse(on("Thanks Sarah. See you", "Sarah", Words::isEmbedded));
    assertFalse(on("Merci, Sarah !", "Sarah", Words::isEmbedded));
  }

  @Test
  void innerCapitalsAreBrandsExceptAfterNamePrefixes() {
    for (String brand : List.of("SoundLoop", "HomeCam", "PixelFrame", "AirBeam", "QuickCharge")) {
      assertTrue(on(brand, brand, Words::isInnerCapitalised), brand);
    }
    for (String name : List.of("McDonald", "MacArthur", "DeShawn", "LeBlanc", "DiCaprio",
        "VanDyke", "O'Brien", "Jean-Pierre", "Smith", "SMITH")) {
      assertFalse(on(name, name, Words::isInnerCapitalised), name);
    }
  }

  @Test
  void elisionsAndVerbsWithPronounsHaveALowerCaseTail() {
    for (String word : List.of("L'erreur", "D'accord", "Pouvez-vous", "Écrivez-nous")) {
      assertTrue(on(word, word, Words::hasLowerCaseTail), word);
    }
    for (String name : List.of("D'Angelo", "O'Brien", "Jean-Pierre", "Osei-Bonsu", "Marie")) {
      assertFalse(on(name, name, Words::hasLowerCaseTail), name);
    }
  }

  @Test
  void modelCodesMixLettersAndDigits() {
    assertTrue(on("Cyclo V8", "V8", Words::isModelCode));
    assertTrue(on("Galaxy S10", "S10", Words::isModelCode));
    assertFalse(on("Brewmaster 3000", "3000", Words::isModelCode));
    assertTrue(on("Brewmaster 3000", "3000", Words::isNumber));
    assertFalse(on("Flux router", "router", Words::isModelCode));
  }
}
