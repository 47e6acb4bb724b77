package dev.blindspot.detect.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.Explanation;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Compares the indexed context-word lookup with a deliberately simple reference on seeded random
 * texts: for each word in list order, every occurrence found by {@code indexOf} is checked for
 * word boundaries; the first word found, positive and negative, decides the score and explanation.
 */
class ContextWordsReferenceTest {

  private static final List<String> POSITIVE = List.of(
      "phone", "tel", "téléphone", "tél", "call me", "n° de tel", "Telefon", "móvil", "portable");

  private static final List<String> NEGATIVE = List.of(
      "order", "order number", "commande", "n° de commande", "référence", "ref", "Bestellnummer");

  /** Words, near misses and separators the texts are made of. */
  private static final String[] PIECES = {
    "phone", "phones", "xphone", "Phone", "TEL", "tel", "tél", "Téléphone", "telephone", "call",
    "call me", "me", "n°", "de", "n° de commande", "commande", "Commandé", "order", "orders",
    "ORDER number", "ref", "réf", "référence", "reference", "Bestellnummer", "móvil", "movil",
    "portable", "le", "la", "numéro", "is", "42", "0612", " ", " ", " ", "  ", ": ", ", ", "-",
    "\n", "'", "(", ")", "é", "ß"
  };

  @Test
  void agreesWithTheReferenceOnRandomTexts() {
    ContextWords words = ContextWords.of(POSITIVE, NEGATIVE);
    List<String> positive = folded(POSITIVE);
    List<String> negative = folded(NEGATIVE);
    Random random = new Random(20261128L);
    int boosted = 0;
    int penalized = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder before = new StringBuilder();
      StringBuilder after = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        before.append(PIECES[random.nextInt(PIECES.length)]);
      }
      for (int i = random.nextInt(12); i > 0; i--) {
        after.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String value = random.nextBoolean() ? "0612345678" : "4111 1111 1111 1111";
      String text = before + value + after;
      int start = before.length();
      int end = start + value.length();
      ContextWords.Scored actual =
          words.apply(text, start, end, 0.4, Explanation.of("pattern:test"));
      ContextWords.Scored expected = reference(positive, negative, text, start, end);
      assertEquals(expected, actual, () -> "text: [" + text + "]");
      if (actual.score() > 0.4) {
        boosted++;
      } else if (actual.score() < 0.4) {
        penalized++;
      }
      assertEquals(
          reference(positive, List.of(), text, start, end).score() > 0.4,
          words.positiveNear(text, start, end),
          () -> "text: [" + text + "]");
    }
    assertTrue(boosted > 2_000 && penalized > 2_000, boosted + " boosted, " + penalized
        + " penalized");
  }

  private static List<String> folded(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      out.add(ContextWords.fold(w, 0, w.length()).strip());
    }
    return out;
  }

  private static ContextWords.Scored reference(
      List<String> positive, List<String> negative, String text, int start, int end) {
    int from = Math.max(0, start - ContextWords.BEFORE - 1);
    int to = Math.min(text.length(), end + ContextWords.AFTER + 1);
    String before = ContextWords.fold(text, from, start);
    String after = ContextWords.fold(text, end, to);
    double score = 0.4;
    Explanation why = Explanation.of("pattern:test");
    String seen = first(positive, before, after, from > 0, to < text.length());
    if (seen != null) {
      score += ContextWords.BOOST;
      why = why.withContextWord(seen);
    }
    seen = first(negative, before, after, from > 0, to < text.length());
    if (seen != null) {
      score -= ContextWords.PENALTY;
      why = why.withContextWord(ContextWords.NEGATIVE_PREFIX + seen);
    }
    return new ContextWords.Scored(Math.max(0.0, Math.min(1.0, score)), why);
  }

  private static String first(
      List<String> words, String before, String after, boolean beforeCut, boolean afterCut) {
    for (String word : words) {
      if (contains(before, word, beforeCut, false) || contains(after, word, false, afterCut)) {
        return word;
      }
    }
    return null;
  }

  private static boolean contains(String window, String word, boolean headCut, boolean tailCut) {
    int low = headCut ? 1 : 0;
    int high = tailCut ? window.length() - 1 : window.length();
    for (int at = window.indexOf(word, low); at >= 0 && at + word.length() <= high;
        at = window.indexOf(word, at + 1)) {
      int end = at + word.length();
      if ((at == 0 || !Character.isLetterOrDigit(window.charAt(at - 1)))
          && (end == window.length() || !Character.isLetterOrDigit(window.charAt(end)))) {
        return true;
      }
    }
    return false;
  }
}
