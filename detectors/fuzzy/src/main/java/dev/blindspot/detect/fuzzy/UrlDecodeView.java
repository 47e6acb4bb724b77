package dev.blindspot.detect.fuzzy;

import dev.blindspot.text.TextView;
import dev.blindspot.text.ViewFactory;

/**
 * The view of a text with its URL percent-encoding decoded: {@code %40} reads {@code '@'}, {@code
 * %2E} reads {@code '.'}, and a well-formed UTF-8 sequence such as {@code %C3%A9} reads its one
 * code point ({@code 'é'}), mapped back to the whole sequence. Escapes of control chars and
 * malformed UTF-8 are left as written, so "50%" or "100%0" stay.
 *
 * <p>Pre-filter: the view is built only when a {@code '%'} is followed by two hex digits. One
 * pass. Stateless and thread-safe; use {@link #FACTORY}.
 */
final class UrlDecodeView implements ViewFactory {

  /** The one factory, so that views are shared within a scan. */
  static final UrlDecodeView FACTORY = new UrlDecodeView();

  /** The name of this view's step in explanations. */
  static final String STEP = "url-decoded";

  private UrlDecodeView() {}

  /**
   * The pre-filter: tells whether the text holds a percent escape.
   *
   * @param text the text
   * @return false when the view would be the text itself
   */
  static boolean mayApply(CharSequence text) {
    for (int i = 0, n = text.length(); i + 2 < n; i++) {
      if (text.charAt(i) == '%' && hexByte(text, i) >= 0) {
        return true;
      }
    }
    return false;
  }

  @Override
  public TextView create(TextView base) {
    CharSequence text = base.text();
    if (!mayApply(text)) {
      return base;
    }
    TextView.Builder builder = null;
    int n = text.length();
    for (int i = 0; i + 2 < n; i++) {
      if (text.charAt(i) != '%') {
        continue;
      }
      int first = hexByte(text, i);
      if (first < 0) {
        continue;
      }
      int length = first < 0x80 ? 1 : first >= 0xC2 && first < 0xE0 ? 2
          : first >= 0xE0 && first < 0xF0 ? 3 : first >= 0xF0 && first < 0xF5 ? 4 : 0;
      int cp = length == 1 ? first : length == 2 ? first & 0x1F : length == 3 ? first & 0x0F
          : first & 0x07;
      boolean valid = length > 0;
      for (int k = 1; k < length && valid; k++) {
        int p = i + 3 * k;
        int b = p + 2 < n && text.charAt(p) == '%' ? hexByte(text, p) : -1;
        valid = b >= 0x80 && b < 0xC0;
        cp = (cp << 6) | (b & 0x3F);
      }
      int minimum = length == 3 ? 0x800 : length == 4 ? 0x10000 : 0;
      if (!valid || cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp < minimum
          || (cp >= 0xD800 && cp <= 0xDFFF) || cp > Character.MAX_CODE_POINT) {
        continue;
      }
      if (builder == null) {
        builder = TextView.builder(base, STEP);
      }
      builder.copy(i).replace(i + 3 * length, new String(Character.toChars(cp)));
      i += 3 * length - 1;
    }
    return builder == null ? base : builder.build();
  }

  /** Returns the byte of the escape {@code %HH} at {@code i}, or -1. */
  private static int hexByte(CharSequence text, int i) {
    if (i + 2 >= text.length()) {
      return -1;
    }
    int high = Character.digit(text.charAt(i + 1), 16);
    int low = Character.digit(text.charAt(i + 2), 16);
    return high < 0 || low < 0 || text.charAt(i + 1) >= 0x80 || text.charAt(i + 2) >= 0x80
        ? -1 : high * 16 + low;
  }

  /** Returns the step name; the factory holds no text. */
  @Override
  public String toString() {
    return "UrlDecodeView[" + STEP + "]";
  }
}
