package dev.blindspot.detect.nlp;

import java.util.Arrays;

/**
 * The words of one text, as two arrays of offsets, with the tests the location and organization
 * rules make on a word and on the gap between two words. Built in one pass; confined to one scan.
 */
final class WordList {

  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private int size;
  private final CharSequence text;

  WordList(CharSequence text) {
    this.text = text;
    int n = text.length();
    for (int i = Words.nextWordStart(text, 0); i < n; i = Words.nextWordStart(text, ends[size - 1])) {
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
      }
      starts[size] = i;
      ends[size] = Words.wordEnd(text, i);
      size++;
    }
  }

  int size() {
    return size;
  }

  int start(int k) {
    return starts[k];
  }

  int end(int k) {
    return ends[k];
  }

  int length(int k) {
    return ends[k] - starts[k];
  }

  /** Tells whether word {@code k} starts with a capital letter (or is "d'Alsace", "l'Église"). */
  boolean capitalised(int k) {
    return Words.nameShape(text, starts[k], ends[k]) == Words.CAPITALISED;
  }

  boolean allCaps(int k) {
    return Words.isAllCaps(text, starts[k], ends[k]);
  }

  boolean number(int k) {
    return Words.isNumber(text, starts[k], ends[k]);
  }

  /** Tells whether word {@code k} is a number of 4 or 5 digits, the shape of a postal code. */
  boolean postalNumber(int k) {
    return number(k) && (length(k) == 4 || length(k) == 5);
  }

  /**
   * Tells whether word {@code k} is a house number: 1 to 5 digits, maybe with one letter ("221B",
   * "12a"), not glued to a value ("#12", "v2.1", "12:30").
   */
  boolean houseNumber(int k) {
    int s = starts[k];
    int e = ends[k];
    int digits = 0;
    while (s + digits < e && Character.isDigit(text.charAt(s + digits))) {
      digits++;
    }
    if (digits == 0 || digits > 5 || e - s - digits > 1 || text.charAt(s) == '0') {
      return false;
    }
    if (e - s > digits && !Character.isLetter(text.charAt(e - 1))) {
      return false;
    }
    char before = s > 0 ? text.charAt(s - 1) : ' ';
    char after = e < text.length() ? text.charAt(e) : ' ';
    return "#/.:-+$€£".indexOf(before) < 0
        && !(after == ':' || after == '/' || after == '%'
            || (after == '.' || after == '-') && e + 1 < text.length()
                && Character.isDigit(text.charAt(e + 1)));
  }

  /**
   * Tells whether only horizontal space separates words {@code k} and {@code k + 1}, with at most
   * one of the chars of {@code allowed} among it.
   */
  boolean gap(int k, String allowed) {
    return gap(k, allowed, 1);
  }

  /**
   * Tells whether only horizontal space separates words {@code k} and {@code k + 1}, with at most
   * {@code max} of the chars of {@code allowed} among it.
   */
  boolean gap(int k, String allowed, int max) {
    if (k + 1 >= size) {
      return false;
    }
    int from = ends[k];
    int to = starts[k + 1];
    int seen = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Words.isHorizontalSpace(c)) {
        continue;
      }
      if (seen == max || allowed.indexOf(c) < 0) {
        return false;
      }
      seen++;
    }
    return true;
  }

  /** Tells whether words {@code k} and {@code k + 1} are separated by spaces only, at least one. */
  boolean spaced(int k) {
    return gap(k, "") && starts[k + 1] > ends[k];
  }

  /** Returns the first char after word {@code k} that is not horizontal space, or '\n' at the end. */
  char nextChar(int k) {
    int i = ends[k];
    while (i < text.length() && Words.isHorizontalSpace(text.charAt(i))) {
      i++;
    }
    return i < text.length() ? text.charAt(i) : '\n';
  }
}
