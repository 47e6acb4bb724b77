package dev.blindspot.detect.fuzzy;

import java.util.Locale;
import java.util.Map;

/**
 * A fixed set of lower-case words with an int each, looked up case-insensitively straight from a
 * region of a char sequence, without allocating: an open-addressing table probed with a hash
 * computed over the lower-cased chars. Made for the hot path, where every word of a text may be
 * looked up. Immutable and thread-safe.
 */
final class WordTable {

  private final char[][] keys;
  private final int[] values;
  private final int mask;
  private final int longest;

  /**
   * Builds the table.
   *
   * @param words the words, by their value; keys are lower-cased with the root locale
   */
  WordTable(Map<String, Integer> words) {
    int size = Integer.highestOneBit(Math.max(4, words.size() * 4));
    keys = new char[size][];
    values = new int[size];
    mask = size - 1;
    int max = 0;
    for (Map.Entry<String, Integer> e : words.entrySet()) {
      char[] key = e.getKey().toLowerCase(Locale.ROOT).toCharArray();
      max = Math.max(max, key.length);
      int slot = hash(key, 0, key.length) & mask;
      while (keys[slot] != null) {
        if (java.util.Arrays.equals(keys[slot], key)) {
          throw new IllegalArgumentException("duplicate word " + e.getKey());
        }
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = e.getValue();
    }
    longest = max;
  }

  /**
   * Looks up {@code text[from, to)}, ignoring case.
   *
   * @return the word's value, or {@code missing} when it is not in the table
   */
  int get(CharSequence text, int from, int to, int missing) {
    int length = to - from;
    if (length <= 0 || length > longest) {
      return missing;
    }
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + Character.toLowerCase(text.charAt(i));
    }
    for (int slot = mix(h) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      char[] key = keys[slot];
      if (key.length == length && matches(key, text, from)) {
        return values[slot];
      }
    }
    return missing;
  }

  private static boolean matches(char[] key, CharSequence text, int from) {
    for (int i = 0; i < key.length; i++) {
      if (Character.toLowerCase(text.charAt(from + i)) != key[i]) {
        return false;
      }
    }
    return true;
  }

  private static int hash(char[] key, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + key[i];
    }
    return mix(h);
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }

  /** Returns the table size; the words are not personal data but need not be shown. */
  @Override
  public String toString() {
    return "WordTable[slots=" + keys.length + "]";
  }
}
