package dev.blindspot.detect.fuzzy;

/**
 * Reads one obfuscated separator at a position of a text: white space, then an {@code '@'}, a
 * spaced {@code '.'}, a bracketed at or dot, or a bare at or dot word, then white space.
 *
 * <p>White space here is horizontal only (spaces, tabs, no-break spaces), at most {@value
 * #MAX_SPACES} chars on either side: a value broken across lines or columns is not joined. Not
 * thread-safe: one parser per text and thread.
 */
final class SeparatorParser {

  /** The most white space chars a separator may have on either side. */
  static final int MAX_SPACES = 4;

  private static final int MAX_BRACKET_SPACES = 2;
  private static final int LONGEST_WORD = 7; // "arobase"

  /** Chars besides letters, digits and marks that may be part of an address. */
  private static final String ADDRESS_PUNCTUATION = ".-_+'!#$%&*/=?^`|~";

  private final CharSequence text;
  private final int limit;
  private int end;

  SeparatorParser(CharSequence text, int limit) {
    this.text = text;
    this.limit = limit;
  }

  /** Returns the end of the separator that the last successful {@link #parse} read. */
  int end() {
    return end;
  }

  /**
   * Reads a separator starting exactly at {@code i}, with its white space on both sides.
   *
   * @return the separator, its end then given by {@link #end()}; null if there is none at {@code
   *     i}
   */
  Separator parse(int i) {
    int j = skipSpaces(i);
    if (j < 0 || j >= limit) {
      return null;
    }
    boolean spaceBefore = j > i;
    char c = text.charAt(j);
    if (c == '@') {
      end = skipTrailingSpaces(j + 1);
      return spaceBefore || end > j + 1 ? Separator.AT_SPACED : Separator.AT_PLAIN;
    }
    if (c == '.') {
      // Only a dot with white space before it: "john. smith" is the end of a sentence.
      int k = skipTrailingSpaces(j + 1);
      if (spaceBefore && k < limit && Character.isLetterOrDigit(text.charAt(k))) {
        end = k;
        return Separator.DOT_SPACED;
      }
      return null;
    }
    if (closerOf(c) != 0) {
      Separator bracketed = bracketed(j);
      if (bracketed != null) {
        end = skipTrailingSpaces(end);
      }
      return bracketed;
    }
    if (spaceBefore && Character.isLetter(c)) {
      int k = j;
      while (k < limit && k - j <= LONGEST_WORD && Character.isLetter(text.charAt(k))) {
        k++;
      }
      Separator word = word(j, k);
      if (word != null && k < limit && isSpace(text.charAt(k))) {
        int e = skipTrailingSpaces(k);
        if (e > k) {
          end = e;
          return word;
        }
      }
    }
    return null;
  }

  /** Reads "[at]", "( dot )", "{@}", "<.>"...: an opening bracket at {@code j}. */
  private Separator bracketed(int j) {
    char closer = closerOf(text.charAt(j));
    int p = j + 1;
    int spaces = 0;
    while (p < limit && isSpace(text.charAt(p)) && spaces < MAX_BRACKET_SPACES) {
      p++;
      spaces++;
    }
    if (p >= limit) {
      return null;
    }
    Separator inside;
    char c = text.charAt(p);
    if (c == '@' || c == '.') {
      inside = c == '@' ? Separator.AT_BRACKETED : Separator.DOT_BRACKETED;
      p++;
    } else {
      int k = p;
      while (k < limit && k - p <= LONGEST_WORD && Character.isLetter(text.charAt(k))) {
        k++;
      }
      Separator word = word(p, k);
      if (word == null) {
        return null;
      }
      inside = word.isAt() ? Separator.AT_BRACKETED : Separator.DOT_BRACKETED;
      p = k;
    }
    spaces = 0;
    while (p < limit && isSpace(text.charAt(p)) && spaces < MAX_BRACKET_SPACES) {
      p++;
      spaces++;
    }
    if (p >= limit || text.charAt(p) != closer) {
      return null;
    }
    end = p + 1;
    return inside;
  }

  /** Returns the separator a whole word stands for, ignoring case; null for another word. */
  private Separator word(int from, int to) {
    switch (to - from) {
      case 2:
        return matches(from, "at") ? Separator.AT_WORD : null;
      case 3:
        return matches(from, "dot") ? Separator.DOT_WORD : null;
      case 5:
        return matches(from, "point") ? Separator.DOT_WORD : null;
      case 6:
        return matches(from, "arobas") ? Separator.AT_SPELLED : null;
      case 7:
        return matches(from, "arobase") ? Separator.AT_SPELLED : null;
      default:
        return null;
    }
  }

  private boolean matches(int from, String lowerWord) {
    for (int i = 0; i < lowerWord.length(); i++) {
      if (Character.toLowerCase(text.charAt(from + i)) != lowerWord.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Returns the first non-space at or after {@code i}, or -1 after too much white space. */
  private int skipSpaces(int i) {
    int j = i;
    while (j < limit && isSpace(text.charAt(j))) {
      if (j - i == MAX_SPACES) {
        return -1;
      }
      j++;
    }
    return j;
  }

  /** Consumes the white space after a separator, unless there is too much of it. */
  private int skipTrailingSpaces(int i) {
    int j = skipSpaces(i);
    return j < 0 ? i : j;
  }

  /** Horizontal white space: a line break ends a value. */
  static boolean isSpace(char c) {
    return c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  /** Chars that can be part of a local part or a domain (braces are read as brackets). */
  static boolean isAddressChar(char c) {
    if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || ADDRESS_PUNCTUATION.indexOf(c) >= 0;
  }

  /** Returns the closing bracket of an opening one, or 0. */
  static char closerOf(char c) {
    switch (c) {
      case '(':
        return ')';
      case '[':
        return ']';
      case '{':
        return '}';
      case '<':
        return '>';
      default:
        return 0;
    }
  }

  /** Tells whether {@code c} closes a bracket. */
  static boolean isCloser(char c) {
    return c == ')' || c == ']' || c == '}' || c == '>';
  }

  /** Returns the limit; never text. */
  @Override
  public String toString() {
    return "SeparatorParser[limit=" + limit + "]";
  }
}
