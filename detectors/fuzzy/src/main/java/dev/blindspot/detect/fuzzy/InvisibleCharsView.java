package dev.blindspot.detect.fuzzy;

import dev.blindspot.text.TextView;
import dev.blindspot.text.ViewFactory;

/**
 * The view of a text with its invisible chars removed: zero-width spaces and joiners (U+200B to
 * U+200D, U+2060, U+FEFF), soft hyphens (U+00AD), bidirectional controls (U+200E, U+200F, U+061C,
 * U+202A to U+202E, U+2066 to U+2069) and invisible operators (U+2061 to U+2064). "jo\u200Bhn"
 * reads "john"; a value found across a removed char maps back over it.
 *
 * <p>Pre-filter: the view is built only when the text holds one of these chars; otherwise the base
 * view itself is returned. One pass, linear. Stateless and thread-safe; use {@link #FACTORY}.
 */
final class InvisibleCharsView implements ViewFactory {

  /** The one factory, so that views are shared within a scan. */
  static final InvisibleCharsView FACTORY = new InvisibleCharsView();

  /** The name of this view's step in explanations. */
  static final String STEP = "invisible-chars-removed";

  private InvisibleCharsView() {}

  /** Tells whether a char is removed by this view. */
  static boolean isInvisible(char c) {
    if (c < 0xAD) {
      return false;
    }
    return c == 0xAD
        || c == 0x061C
        || (c >= 0x200B && c <= 0x200F)
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2060 && c <= 0x2064)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0xFEFF;
  }

  /**
   * The pre-filter: tells whether the text holds an invisible char.
   *
   * @param text the text
   * @return false when the view would be the text itself
   */
  static boolean mayApply(CharSequence text) {
    return indexOfInvisible(text, 0) >= 0;
  }

  private static int indexOfInvisible(CharSequence text, int from) {
    for (int i = from, n = text.length(); i < n; i++) {
      if (isInvisible(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public TextView create(TextView base) {
    CharSequence text = base.text();
    int i = indexOfInvisible(text, 0);
    if (i < 0) {
      return base;
    }
    TextView.Builder builder = TextView.builder(base, STEP);
    while (i >= 0) {
      int j = i + 1;
      while (j < text.length() && isInvisible(text.charAt(j))) {
        j++;
      }
      builder.copy(i).skip(j);
      i = indexOfInvisible(text, j);
    }
    return builder.build();
  }

  /** Returns the step name; the factory holds no text. */
  @Override
  public String toString() {
    return "InvisibleCharsView[" + STEP + "]";
  }
}
