package dev.blindspot.detect.fuzzy;

import dev.blindspot.text.TextView;
import dev.blindspot.text.ViewFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The view of a text folded to ASCII where Unicode hides an ASCII value, in one pass over the
 * {@link FoldTable}: fullwidth and other compatibility forms ("ｊｏｈｎ＠ｍａｉｌ．ｃｏｍ"), Unicode
 * dashes to {@code '-'}, Unicode spaces to {@code ' '}, non-ASCII decimal digits (Arabic-Indic,
 * Devanagari, fullwidth...) to ASCII digits, and Cyrillic or Greek letters that look Latin
 * (homoglyphs) to the Latin letter. Each folded code point becomes one ASCII char that maps back
 * to the whole code point, so a surrogate pair is never split.
 *
 * <p>Homoglyphs fold only inside a word that also holds a Latin letter ("gmаil" with a Cyrillic
 * a): a word written wholly in Cyrillic or Greek is a word of that language and stays as it is,
 * so Russian prose, "собака" or "почта.рф" read as written. Digits never fold into letters, nor
 * letters into digits.
 *
 * <p>Pre-filter: the view is built only when some char folds (ASCII text costs one pass of
 * compares). Linear: each word is inspected at most twice. Stateless and thread-safe; use {@link
 * #FACTORY}.
 */
final class UnicodeFoldView implements ViewFactory {

  /** The one factory, so that views are shared within a scan. */
  static final UnicodeFoldView FACTORY = new UnicodeFoldView();

  /** The name of this view's step in explanations. */
  static final String STEP = "unicode-folded";

  private static final String[] ASCII = new String[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII[c] = String.valueOf(c);
    }
  }

  private UnicodeFoldView() {}

  /** Receives the folds of a region. */
  private interface Folds {
    void fold(int start, int end, char target, int kind);
  }

  /**
   * The pre-filter: tells whether some char of the text may fold.
   *
   * @param text the text
   * @return false when the view would be the text itself
   */
  static boolean mayApply(CharSequence text) {
    FoldTable table = FoldTable.get();
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && (Character.isSurrogate(c) || table.kind(c) != FoldTable.NONE)) {
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
    TextView.Builder builder = TextView.builder(base, STEP);
    boolean[] changed = {false};
    fold(text, 0, text.length(), (start, end, target, kind) -> {
      builder.copy(start).replace(end, ASCII[target]);
      changed[0] = true;
    });
    return changed[0] ? builder.build() : base;
  }

  /**
   * Names the kinds of folds this view makes in a span of a text, for explanations: {@code
   * "fullwidth-folded"}, {@code "dashes-folded"}, {@code "spaces-folded"}, {@code
   * "digits-folded"}, {@code "homoglyphs-folded"}.
   *
   * @param text the text the view was built on (or the original: invisible chars count as part of
   *     a word, as if removed)
   * @param start start of the span
   * @param end end of the span
   * @return the technique names, in a fixed order
   */
  static List<String> techniques(CharSequence text, int start, int end) {
    int from = start;
    while (from > 0 && isWordChar(text, from - 1)) {
      from--;
    }
    int to = end;
    while (to < text.length() && isWordChar(text, to)) {
      to++;
    }
    boolean[] seen = new boolean[FoldTable.TECHNIQUES.length];
    fold(text, from, to, (s, e, target, kind) -> {
      if (e > start && s < end) {
        seen[kind] = true;
      }
    });
    List<String> out = new ArrayList<>(2);
    for (int k = 1; k < seen.length; k++) {
      if (seen[k]) {
        out.add(FoldTable.TECHNIQUES[k]);
      }
    }
    return out;
  }

  /**
   * Tells whether every char of a text that this view may fold is one of {@code accepted}: then
   * a reader that takes those chars as they are gains nothing from the view.
   *
   * @param text the text the view is built on
   * @param accepted the chars the reader accepts as written
   * @return true when no other char folds
   */
  static boolean foldsOnly(CharSequence text, String accepted) {
    FoldTable table = FoldTable.get();
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && accepted.indexOf(c) < 0
          && (Character.isSurrogate(c) ? table.kind(Character.codePointAt(text, i)) != FoldTable.NONE
              : table.kind(c) != FoldTable.NONE)) {
        return false;
      }
    }
    return true;
  }

  /** Finds the folds of {@code text[from, to)}, in order; {@code from} starts a word or a gap. */
  private static void fold(CharSequence text, int from, int to, Folds folds) {
    FoldTable table = FoldTable.get();
    int wordEnd = -1;
    boolean foldWord = false;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c < 0x80) {
        i++;
        continue;
      }
      int cp = c;
      int length = 1;
      if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
        cp = Character.toCodePoint(c, text.charAt(i + 1));
        length = 2;
      }
      int kind = table.kind(cp);
      if (kind == FoldTable.HOMOGLYPH) {
        if (i >= wordEnd) {
          wordEnd = wordEnd(text, i, to);
          foldWord = hasLatinLetter(text, wordStart(text, i, from), wordEnd, table);
        }
        if (!foldWord) {
          kind = FoldTable.NONE;
        }
      }
      if (kind != FoldTable.NONE) {
        folds.fold(i, i + length, table.target(cp), kind);
      }
      i += length;
    }
  }

  private static int wordStart(CharSequence text, int i, int floor) {
    int s = i;
    while (s > floor && isWordChar(text, s - 1)) {
      s--;
    }
    return s;
  }

  private static int wordEnd(CharSequence text, int i, int limit) {
    int e = i;
    while (e < limit && isWordChar(text, e)) {
      e++;
    }
    return e;
  }

  private static boolean hasLatinLetter(CharSequence text, int from, int to, FoldTable table) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'
          || (table.kind(c) == FoldTable.FULLWIDTH && Character.isLetter(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether the char at {@code i} belongs to a word: a letter, digit or mark (a surrogate
   * by the code point it is half of), or an invisible char, which counts as removed.
   */
  private static boolean isWordChar(CharSequence text, int i) {
    char c = text.charAt(i);
    int cp = c;
    if (Character.isHighSurrogate(c) && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1))) {
      cp = Character.toCodePoint(c, text.charAt(i + 1));
    } else if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
      cp = Character.toCodePoint(text.charAt(i - 1), c);
    }
    if (Character.isLetterOrDigit(cp) || InvisibleCharsView.isInvisible(c)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /** Returns the step name; the factory holds no text. */
  @Override
  public String toString() {
    return "UnicodeFoldView[" + STEP + "]";
  }
}
