package dev.blindspot.detect.fuzzy;

import dev.blindspot.text.TextView;
import java.util.Arrays;

/**
 * The windows of a normalized view where the normalization changed something, with margins, so
 * that the recognizers read only those windows again instead of the whole text: a value written in
 * clear is the regex family's, and a value that normalization changed has a changed char.
 *
 * <p>One walk compares the view with the original char by char; at each difference it asks the
 * view where the changed char came from and resumes the comparison there, so the cost is one pass
 * plus one offset lookup per changed char, and nothing for a view identical to its text. A change
 * farther than {@value #ANCHOR_REACH} chars from any digit or slash of the view (a curly quote, a
 * dash or a homoglyph in prose) opens no window: no structured value can hold it. A window
 * reaches {@value #BEFORE} chars before a change and {@value #AFTER} after it (the longest value
 * plus the reach of context words), then stretches to white space, but never more than {@value
 * #MAX_STRETCH} chars further, so that a value or its context words are read as in a whole-text
 * scan. Overlapping or touching windows merge.
 */
final class ChangedWindows {

  /** Chars read before a change: a long value ending there, and context words before it. */
  static final int BEFORE = 128;
  /** Chars read after a change: a long value starting there, and context words after it. */
  static final int AFTER = 112;
  /**
   * A change matters only this close to a digit or a slash: every structured value but a few
   * letter-only ones (a BIC) holds digits, and a web address slashes.
   */
  static final int ANCHOR_REACH = 64;
  /** How much further a window stretches to reach white space. */
  static final int MAX_STRETCH = 32;

  private final int[] bounds;
  private final int count;

  private ChangedWindows(int[] bounds, int count) {
    this.bounds = bounds;
    this.count = count;
  }

  /**
   * Finds the windows of a view.
   *
   * @param view the view, built over {@code original}
   * @param original the original text
   * @param asWritten Unicode chars that the view folded to a space and that the recognizers read
   *     as spaces anyway: no change
   * @return the windows, in view offsets
   */
  static ChangedWindows of(TextView view, CharSequence original, String asWritten) {
    if (view.isOriginal()) {
      return new ChangedWindows(new int[0], 0);
    }
    CharSequence text = view.text();
    int n = text.length();
    int on = original.length();
    int[] bounds = new int[8];
    int count = 0;
    int p = 0;
    int j = 0;
    int previous = -1;
    int next = -1;
    while (p < n) {
      char c = text.charAt(p);
      if (j < on) {
        char o = original.charAt(j);
        if (c == o || (c == ' ' && asWritten.indexOf(o) >= 0)) {
          p++;
          j++;
          continue;
        }
      }
      while (next < p) {
        previous = next;
        next = nextAnchor(text, next + 1);
      }
      if ((previous < 0 || p - previous > ANCHOR_REACH) && next - p > ANCHOR_REACH) {
        j = view.originalEnd(p + 1); // a curly quote or a dash in prose: no value there
        p++;
        continue;
      }
      int reach = Math.min(n, p + 1 + AFTER);
      if (count > 0 && Math.max(0, p - BEFORE) <= bounds[2 * count - 1]) {
        if (reach > bounds[2 * count - 1]) {
          bounds[2 * count - 1] = wordEnd(text, reach); // each char read once by these scans
        }
      } else {
        if (2 * count == bounds.length) {
          bounds = Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[2 * count] = wordStart(text, Math.max(0, p - BEFORE));
        bounds[2 * count + 1] = wordEnd(text, reach);
        count++;
      }
      j = view.originalEnd(p + 1);
      p++;
    }
    return new ChangedWindows(bounds, count);
  }

  /** Returns the next digit or slash at or after {@code from}, or a position far past the end. */
  private static int nextAnchor(CharSequence text, int from) {
    for (int i = from, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if ((c >= '0' && c <= '9') || c == '/') {
        return i;
      }
    }
    return Integer.MAX_VALUE / 2;
  }

  /** Moves a window start back to the start of a word, so that no context word is cut. */
  private static int wordStart(CharSequence text, int from) {
    int limit = Math.max(0, from - MAX_STRETCH);
    for (int i = from; i > limit; i--) {
      if (Character.isWhitespace(text.charAt(i - 1))) {
        return i;
      }
    }
    return limit;
  }

  /** Moves a window end on to the end of a word, so that no context word is cut. */
  private static int wordEnd(CharSequence text, int from) {
    int limit = Math.min(text.length(), from + MAX_STRETCH);
    for (int i = from; i < limit; i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return limit;
  }

  /** Returns the number of windows. */
  int count() {
    return count;
  }

  /** Returns the view offset where window {@code k} starts. */
  int start(int k) {
    return bounds[2 * k];
  }

  /** Returns the view offset where window {@code k} ends, exclusive. */
  int end(int k) {
    return bounds[2 * k + 1];
  }

  /** Returns the number of windows; never text. */
  @Override
  public String toString() {
    return "ChangedWindows[" + count + "]";
  }
}
