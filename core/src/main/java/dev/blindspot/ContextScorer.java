package dev.blindspot;

import java.util.List;
import java.util.Map;

/**
 * Raises the score of a finding when one of the context words configured for its type appears as
 * a whole word shortly before or after it ("e-mail", "IBAN", "né le").
 */
final class ContextScorer {

  static final int WINDOW_BEFORE = 64;
  static final int WINDOW_AFTER = 48;
  static final double BOOST = 0.35;

  private final Map<PiiType, List<String>> wordsByType;

  ContextScorer(Map<PiiType, List<String>> wordsByType) {
    this.wordsByType = wordsByType;
  }

  boolean isEmpty() {
    return wordsByType.isEmpty();
  }

  Finding apply(CharSequence text, Finding f) {
    List<String> words = wordsByType.get(f.type());
    if (words == null) {
      return f;
    }
    int from = Math.max(0, f.start() - WINDOW_BEFORE);
    int to = Math.min(text.length(), f.end() + WINDOW_AFTER);
    for (String word : words) {
      if (containsWord(text, from, f.start(), word) || containsWord(text, f.end(), to, word)) {
        return f.withScore(Math.min(1.0, f.score() + BOOST), f.explanation().withContextWord(word));
      }
    }
    return f;
  }

  /** Whole-word, case-insensitive search of a lower-case word in {@code text[from, to)}. */
  static boolean containsWord(CharSequence text, int from, int to, String word) {
    int n = word.length();
    for (int i = from; i + n <= to; i++) {
      if (matchesAt(text, i, word)
          && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
          && (i + n == text.length() || !Character.isLetterOrDigit(text.charAt(i + n)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAt(CharSequence text, int at, String word) {
    for (int j = 0; j < word.length(); j++) {
      if (Character.toLowerCase(text.charAt(at + j)) != word.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /** Strips and lower-cases a configured word; blank words are a caller error. */
  static String normalizeWord(String word) {
    String w = fold(word);
    if (w.isEmpty()) {
      throw new IllegalArgumentException("context and list words must not be blank");
    }
    return w;
  }

  /**
   * Strips surrounding white space and lower-cases char by char, as words are compared. Unlike
   * {@link #normalizeWord}, accepts blank input: a detector may report a span of white space.
   */
  static String fold(CharSequence value) {
    String w = value.toString().strip();
    StringBuilder sb = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      sb.append(Character.toLowerCase(w.charAt(i)));
    }
    return sb.toString();
  }
}
