package dev.blindspot.detect.regex;

import dev.blindspot.Explanation;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Words that make a value more likely (positive: "IBAN", "téléphone") or less likely (negative:
 * "order number", "n° de commande", "Bestellnummer") to be of a type, when one of them appears as
 * whole words within {@value #BEFORE} chars before or {@value #AFTER} chars after the value.
 *
 * <p>Comparison is case-insensitive and accent-insensitive ("numero" matches "numéro"); a phrase
 * must start and end at word boundaries. Only the short windows around a value are read. Immutable.
 */
final class ContextWords {

  static final int BEFORE = 64;
  static final int AFTER = 48;

  /** Added to the score when a positive word is near. */
  static final double BOOST = 0.35;

  /** Taken from the score when a negative word is near. */
  static final double PENALTY = 0.5;

  /** Prefix of negative words in explanations. */
  static final String NEGATIVE_PREFIX = "not:";

  private static final char[] FOLD = new char[0x250];

  static {
    for (char c = 0; c < FOLD.length; c++) {
      char lower = Character.toLowerCase(c);
      String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
      FOLD[c] = decomposed.isEmpty() ? lower : decomposed.charAt(0);
    }
  }

  private final List<String> positive;
  private final List<String> negative;
  private final int[][] positiveByFirstChar;
  private final int[][] negativeByFirstChar;

  private ContextWords(List<String> positive, List<String> negative) {
    this.positive = positive;
    this.negative = negative;
    this.positiveByFirstChar = byFirstChar(positive);
    this.negativeByFirstChar = byFirstChar(negative);
  }

  /**
   * The indexes of the words, in list order, by their first char; words are folded, so their first
   * chars are below {@link #FOLD}'s length but for letters of other scripts, which go to the last
   * slot and are checked char by char.
   */
  private static int[][] byFirstChar(List<String> words) {
    List<List<Integer>> lists = new ArrayList<>();
    for (int c = 0; c <= FOLD.length; c++) {
      lists.add(new ArrayList<>());
    }
    for (int i = 0; i < words.size(); i++) {
      lists.get(slot(words.get(i).charAt(0))).add(i);
    }
    int[][] index = new int[lists.size()][];
    for (int c = 0; c < index.length; c++) {
      index[c] = lists.get(c).isEmpty()
          ? null : lists.get(c).stream().mapToInt(Integer::intValue).toArray();
    }
    return index;
  }

  private static int slot(char c) {
    return Math.min(c, FOLD.length);
  }

  /**
   * Creates the word lists.
   *
   * @param positive words and phrases that make the type likely, in any case and accents
   * @param negative words and phrases that make the type unlikely
   */
  static ContextWords of(List<String> positive, List<String> negative) {
    return new ContextWords(foldAll(positive), foldAll(negative));
  }

  private static List<String> foldAll(List<String> words) {
    List<String> folded = new ArrayList<>(words.size());
    for (String word : words) {
      String w = fold(word, 0, word.length()).strip();
      if (w.isEmpty()) {
        throw new IllegalArgumentException("context words must not be blank");
      }
      folded.add(w);
    }
    return List.copyOf(folded);
  }

  /** Lower-cases and strips accents char by char, so offsets are kept. */
  static String fold(CharSequence text, int from, int to) {
    char[] out = new char[to - from];
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      out[i - from] = c < FOLD.length ? FOLD[c] : Character.toLowerCase(c);
    }
    return new String(out);
  }

  /**
   * Tells whether a positive word is near {@code text[start, end)}, in the same windows as {@link
   * #apply}; for types whose candidates are only worth a hit where such a word is.
   */
  boolean positiveNear(CharSequence text, int start, int end) {
    int from = Math.max(0, start - BEFORE - 1);
    int to = Math.min(text.length(), end + AFTER + 1);
    return firstWord(positive, positiveByFirstChar, fold(text, from, start), fold(text, end, to),
        from > 0, to < text.length()) != null;
  }

  /** A score after context, and the explanation naming the words seen. */
  record Scored(double score, Explanation why) {}

  /**
   * Applies the context around {@code text[start, end)} to a base score.
   *
   * @return the score clamped to [0, 1], and {@code why} with the words seen (negative ones
   *     prefixed with {@value #NEGATIVE_PREFIX})
   */
  Scored apply(CharSequence text, int start, int end, double base, Explanation why) {
    if (positive.isEmpty() && negative.isEmpty()) {
      return new Scored(base, why);
    }
    // One extra char on each side, so that a word cut by the window edge is not taken whole.
    int from = Math.max(0, start - BEFORE - 1);
    int to = Math.min(text.length(), end + AFTER + 1);
    String before = fold(text, from, start);
    String after = fold(text, end, to);
    double score = base;
    String seen =
        firstWord(positive, positiveByFirstChar, before, after, from > 0, to < text.length());
    if (seen != null) {
      score += BOOST;
      why = why.withContextWord(seen);
    }
    seen = firstWord(negative, negativeByFirstChar, before, after, from > 0, to < text.length());
    if (seen != null) {
      score -= PENALTY;
      why = why.withContextWord(NEGATIVE_PREFIX + seen);
    }
    return new Scored(Math.max(0.0, Math.min(1.0, score)), why);
  }

  /**
   * Returns the first word of the list found as a whole word in {@code before} or {@code after},
   * or null: each position where a word may start is looked up in the index of first chars.
   */
  private static String firstWord(List<String> words, int[][] byFirstChar,
      String before, String after, boolean beforeCut, boolean afterCut) {
    if (words.isEmpty()) {
      return null;
    }
    int best = firstWordIndex(words, byFirstChar, before, beforeCut, false, words.size());
    best = firstWordIndex(words, byFirstChar, after, false, afterCut, best);
    return best < words.size() ? words.get(best) : null;
  }

  /**
   * Returns the smallest index below {@code bound} of a word found whole in the window, or {@code
   * bound}. A word is found whole where it starts at a position not preceded by a letter or digit
   * and ends before the end or a char that is neither; {@code headCut}/{@code tailCut} tell that the
   * first/last char of the window is only there to show a boundary and cannot be part of a match.
   */
  private static int firstWordIndex(List<String> words, int[][] byFirstChar,
      String window, boolean headCut, boolean tailCut, int bound) {
    int best = bound;
    int low = headCut ? 1 : 0;
    int high = tailCut ? window.length() - 1 : window.length();
    for (int at = low; at < high; at++) {
      if (at > 0 && Character.isLetterOrDigit(window.charAt(at - 1))) {
        continue;
      }
      int[] candidates = byFirstChar[slot(window.charAt(at))];
      if (candidates == null) {
        continue;
      }
      for (int i : candidates) {
        if (i >= best) {
          break;
        }
        String word = words.get(i);
        int end = at + word.length();
        if (end <= high && window.startsWith(word, at)
            && (end == window.length() || !Character.isLetterOrDigit(window.charAt(end)))) {
          best = i;
          break;
        }
      }
    }
    return best;
  }

  /** Returns the number of words; the words are configuration, but kept out of logs anyway. */
  @Override
  public String toString() {
    return "ContextWords[positive=" + positive.size() + ", negative=" + negative.size() + "]";
  }
}
