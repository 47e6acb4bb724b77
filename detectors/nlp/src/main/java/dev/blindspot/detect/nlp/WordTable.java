package dev.blindspot.detect.nlp;

import java.text.Normalizer;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable map from words to values, looked up straight from a range of the scanned text
 * without allocating, ignoring case, Latin diacritics and the apostrophe or hyphen variant used.
 *
 * <p>Keys and looked-up text are compared through {@link #fold(char)}, so that "Désolé", "DESOLE"
 * and "de\u0301sole\u0301" all find the key {@code desole}. Open addressing with linear probing
 * over a power-of-two table at most half full. Thread-safe.
 *
 * @param <V> the value type
 */
final class WordTable<V> {

  /** What {@link #fold(char)} returns for chars that lookups ignore (combining diacritics). */
  static final char IGNORED = '\0';

  private static final char[] LATIN_FOLD = latinFold();

  private final String[] keys;
  private final Object[] values;
  private final int mask;
  private final int maxRawLength;

  private WordTable(String[] keys, Object[] values, int maxKeyLength) {
    this.keys = keys;
    this.values = values;
    this.mask = keys.length - 1;
    // A folded char comes from one char, or is dropped: decomposed text may be up to three times
    // longer than its key (a letter with two combining marks).
    this.maxRawLength = 3 * maxKeyLength;
  }

  /**
   * Builds a table from entries whose keys are folded already (see {@link #fold(CharSequence)}).
   *
   * @throws IllegalArgumentException if a key is empty or not folded
   */
  static <V> WordTable<V> of(Map<String, V> entries) {
    int capacity = Integer.highestOneBit(Math.max(2, entries.size()) * 4 - 1);
    String[] keys = new String[capacity];
    Object[] values = new Object[capacity];
    int maxKeyLength = 0;
    for (Map.Entry<String, V> e : entries.entrySet()) {
      String key = e.getKey();
      if (key.isEmpty() || !key.equals(fold(key))) {
        throw new IllegalArgumentException("word table keys must be folded and not empty");
      }
      int slot = spread(key.hashCode()) & (capacity - 1);
      while (keys[slot] != null) {
        slot = (slot + 1) & (capacity - 1);
      }
      keys[slot] = key;
      values[slot] = Objects.requireNonNull(e.getValue(), "value");
      maxKeyLength = Math.max(maxKeyLength, key.length());
    }
    return new WordTable<>(keys, values, maxKeyLength);
  }

  /**
   * Returns the value of the word {@code text[start, end)}, or null.
   *
   * @param text the text holding the word
   * @param start index of its first char
   * @param end index after its last char
   * @return the value, or null when the word is not a key
   */
  @SuppressWarnings("unchecked")
  V get(CharSequence text, int start, int end) {
    if (end - start > maxRawLength || end <= start) {
      return null;
    }
    int hash = 0;
    for (int i = start; i < end; i++) {
      char c = fold(text.charAt(i));
      if (c != IGNORED) {
        hash = 31 * hash + c; // String.hashCode() of the folded word
      }
    }
    for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key.hashCode() == hash && foldedEquals(key, text, start, end)) {
        return (V) values[slot];
      }
    }
    return null;
  }

  /**
   * Returns the number of keys.
   *
   * @return the size
   */
  int size() {
    int n = 0;
    for (String key : keys) {
      if (key != null) {
        n++;
      }
    }
    return n;
  }

  /**
   * Tells whether the word {@code text[start, end)} folds to {@code key}.
   *
   * @param key a folded word
   * @param text the text holding the word
   * @param start index of its first char
   * @param end index after its last char
   * @return true when they are the same word
   */
  static boolean foldedEquals(String key, CharSequence text, int start, int end) {
    int k = 0;
    for (int i = start; i < end; i++) {
      char c = fold(text.charAt(i));
      if (c == IGNORED) {
        continue;
      }
      if (k == key.length() || key.charAt(k) != c) {
        return false;
      }
      k++;
    }
    return k == key.length();
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /**
   * Folds one char for comparison: lower case, Latin letters without their diacritics, typographic
   * apostrophes and hyphens to ASCII; combining diacritics become {@link #IGNORED}.
   *
   * @param c a char of a word
   * @return the folded char, or {@link #IGNORED}
   */
  static char fold(char c) {
    if (c < LATIN_FOLD.length) {
      return LATIN_FOLD[c];
    }
    if (c >= '\u0300' && c <= '\u036F') {
      return IGNORED;
    }
    switch (c) {
      case '\u2018':
      case '\u2019':
      case '\u02BC':
        return '\'';
      case '\u2010':
      case '\u2011':
        return '-';
      default:
        return Character.toLowerCase(c);
    }
  }

  /**
   * Folds a word with {@link #fold(char)}, dropping ignored chars.
   *
   * @param word the word
   * @return the folded word, as table keys are stored
   */
  static String fold(CharSequence word) {
    StringBuilder sb = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = fold(word.charAt(i));
      if (c != IGNORED) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Lower case and base letter of every char of Latin-1 and Latin Extended-A and -B. */
  private static char[] latinFold() {
    char[] table = new char[0x250];
    for (char c = 1; c < table.length; c++) {
      String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      table[c] = Character.toLowerCase(decomposed.charAt(0));
    }
    table[0] = IGNORED;
    return table;
  }

  /** Returns the number of keys; never the words. */
  @Override
  public String toString() {
    return "WordTable[size=" + size() + "]";
  }
}
