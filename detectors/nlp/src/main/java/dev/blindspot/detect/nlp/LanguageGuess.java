package dev.blindspot.detect.nlp;

import java.util.HashMap;
import java.util.Map;

/**
 * Guesses whether a text is English, French, German or Spanish from its most frequent function
 * words, reading at most the first {@value #MAX_CHARS} chars. Cheap and good enough to pick a
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
          + " was can would",
      "le les est et je vous mon ma mes une pour pas que qui avec sur dans merci bonjour c'est"
          + " j'ai suis votre ne",
      "der die das und ist ich nicht mit sie ein eine bitte danke mein meine habe wir auf für"
          + " ihr",
      "el los las y es yo mi por para con gracias hola tengo una pero muy está usted como"
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
    int[] counts = new int[LANGUAGES.length];
    int limit = Math.min(text.length(), MAX_CHARS);
    int pos = Words.nextWordStart(text, 0);
    while (pos < limit) {
      int end = Words.wordEnd(text, pos);
      Integer language = CLUES.get(text, pos, end);
      if (language != null) {
        counts[language]++;
      }
      pos = Words.nextWordStart(text, end);
    }
    int best = 0;
    for (int i = 1; i < counts.length; i++) {
      if (counts[i] > counts[best]) {
        best = i;
      }
    }
    return LANGUAGES[best];
  }
}
