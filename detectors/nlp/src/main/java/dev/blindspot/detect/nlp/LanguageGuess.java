package dev.blindspot.detect.nlp;

import java.util.HashMap;
import java.util.Map;

/**
 * Guesses whether a text, or one of its lines, is English, French, German or Spanish from its most
 * frequent function words, reading at most the first {@value #MAX_CHARS} chars of a text. Cheap and good enough to pick a
 * model for a chat of a few lines; a text with no clue is English. Thread-safe.
 */
final class LanguageGuess {

  static final int MAX_CHARS = 4_000;

  private static final String[] LANGUAGES = {"en", "fr", "de", "es"};

  private static final WordTable<Integer> CLUES = clues();

  private LanguageGuess() {}

  private static WordTable<Integer> clues() {
    String[] words = {
      "the is are and to of you my your i it this that for with not have please thanks hi hello"
          + " was can would number bought since says box been got what could will just",
      "le les est et je vous mon ma mes une pour pas que qui avec sur dans merci bonjour c'est"
          + " j'ai suis votre ne au aux du depuis mais été acheté plus être",
      "der die das und ist ich nicht mit sie ein eine bitte danke mein meine habe wir auf für"
          + " ihr seit wurde wurden noch schon kann können gekauft im vom zum zur bei bestellt dem"
          + " den",
      "el los las y es yo mi por para con gracias hola tengo una pero muy está usted como"
          + " cada vez desde hace del al lo ya sí también pedido comprado puedo esté estoy están"
          + " soy eres fue hay ahora hoy ayer aquí última último"
    };
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < words.length; i++) {
      for (String w : words[i].split(" ")) {
        // A word shared by two languages is no clue.
        map.merge(WordTable.fold(w), i, (a, b) -> -1);
      }
    }
    map.values().removeIf(v -> v < 0);
    return WordTable.of(map);
  }

  /**
   * Returns the most likely language of the text.
   *
   * @param text the text
   * @return {@code en}, {@code fr}, {@code de} or {@code es}
   */
  static String guess(CharSequence text) {
    String guess = guess(text, 0, Math.min(text.length(), MAX_CHARS));
    return guess == null ? LANGUAGES[0] : guess;
  }

  /**
   * Returns the most likely language of {@code text[start, end)}, or null when it holds no clue or
   * two languages tie.
   *
   * @param text the text
   * @param start index of the first char read
   * @param end index after the last char read
   * @return {@code en}, {@code fr}, {@code de}, {@code es} or null
   */
  static String guess(CharSequence text, int start, int end) {
    int[] counts = new int[LANGUAGES.length];
    int pos = Words.nextWordStart(text, start);
    while (pos < end) {
      int wordEnd = Words.wordEnd(text, pos);
      Integer language = CLUES.get(text, pos, wordEnd);
      if (language != null) {
        counts[language]++;
      }
      pos = Words.nextWordStart(text, wordEnd);
    }
    int best = 0;
    boolean tie = false;
    for (int i = 1; i < counts.length; i++) {
      if (counts[i] > counts[best]) {
        best = i;
        tie = false;
      } else if (counts[i] == counts[best]) {
        tie = true;
      }
    }
    return counts[best] == 0 || tie ? null : LANGUAGES[best];
  }
}
