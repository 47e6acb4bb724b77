package dev.blindspot.detect.fuzzy;

import java.util.HashMap;
import java.util.Map;

/**
 * Reads one obfuscated separator at a position of a text: white space, then an {@code '@'}, a
 * spaced {@code '.'}, a bracketed at or dot, or a bare at or dot word, then white space.
 *
 * <p>The at and dot words, any case, bare or bracketed: at, ät, arobase, arobas, Klammeraffe,
 * arroba, chiocciola, apenstaartje, snabel-a, собака; dot, point, punkt, punto, ponto, punt,
 * точка.
 *
 * <p>White space here is horizontal (spaces, tabs, no-break spaces), at most {@value #MAX_SPACES}
 * chars on either side, plus at most one line break per separator (with up to {@value
 * #MAX_SPACES} more spaces after it): "john.smith@" at the end of a line and "outlook.com" on the
 * next are joined. Not thread-safe: one parser per text and thread.
 */
final class SeparatorParser {

  /** The most white space chars a separator may have on either side. */
  static final int MAX_SPACES = 4;

  private static final int MAX_BRACKET_SPACES = 2;

  /** The longest at or dot word, "apenstaartje". */
  static final int LONGEST_WORD = 12;

  /** Chars besides letters, digits and marks that may be part of an address. */
  private static final String ADDRESS_PUNCTUATION = ".-_+'!#$%&*/=?^`|~";

  private static final Separator[] SEPARATORS = Separator.values();
  private static final WordTable WORDS;

  static {
    Map<String, Integer> words = new HashMap<>();
    for (String w : new String[] {"at", "собака"}) {
      words.put(w, Separator.AT_WORD.ordinal());
    }
    for (String w :
        new String[] {
          "ät", "arobase", "arobas", "klammeraffe", "arroba", "chiocciola", "apenstaartje",
          "snabel-a"
        }) {
      words.put(w, Separator.AT_SPELLED.ordinal());
    }
    for (String w : new String[] {"dot", "point", "punkt", "punto", "ponto", "punt", "точка"}) {
      words.put(w, Separator.DOT_WORD.ordinal());
    }
    WORDS = new WordTable(words);
  }

  private final CharSequence text;
  private final int limit;
  private int end;
  private int lineBreaks;

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
    lineBreaks = 0;
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
      // A dot with white space before it, or a line break after it: "john. smith" is the end of
      // a sentence, "outlook.\ncom" a domain broken by a line break.
      int before = lineBreaks;
      int k = skipTrailingSpaces(j + 1);
      boolean broken = lineBreaks > before;
      if ((spaceBefore || broken) && k < limit && Character.isLetterOrDigit(text.charAt(k))) {
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
      int k = wordEnd(j);
      Separator word = word(j, k);
      if (word != null && k < limit && isBlank(text.charAt(k))) {
        int e = skipTrailingSpaces(k);
        if (e > k) {
          end = e;
          return word;
        }
      }
    }
    return null;
  }

  /** Returns the end of the run of letters (and inner hyphens) at {@code j}, read up to a bound. */
  private int wordEnd(int j) {
    int k = j;
    while (k < limit && k - j <= LONGEST_WORD) {
      char c = text.charAt(k);
      if (!Character.isLetter(c)
          && !(c == '-' && k > j && k + 1 < limit && Character.isLetter(text.charAt(k + 1)))) {
        break;
      }
      k++;
    }
    return k;
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
      int k = wordEnd(p);
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
    return wordSeparator(text, from, to);
  }

  /**
   * Returns the separator that {@code text[from, to)} stands for as an at or dot word, ignoring
   * case; null for any other word.
   */
  static Separator wordSeparator(CharSequence text, int from, int to) {
    int word = WORDS.get(text, from, to, -1);
    return word < 0 ? null : SEPARATORS[word];
  }

  /** Tells whether a char may start an at word ("at", "ät", "arobase", "Klammeraffe"...). */
  static boolean mayStartAtWord(char c) {
    char lower = Character.toLowerCase(c);
    return lower == 'a' || lower == '\u00e4' || lower == 'k' || lower == 'c' || lower == 's'
        || lower == '\u0441';
  }

  /**
   * Returns the first non-blank at or after {@code i}, or -1 after too much white space: up to
   * {@value #MAX_SPACES} spaces, and when the separator has no line break yet, a line break
   * ({@code \n}, {@code \r} or {@code \r\n}) and up to {@value #MAX_SPACES} more spaces.
   */
  private int skipSpaces(int i) {
    int j = i;
    int spaces = 0;
    while (j < limit) {
      char c = text.charAt(j);
      if (isSpace(c)) {
        if (spaces == MAX_SPACES) {
          return -1;
        }
        spaces++;
        j++;
      } else if ((c == '\n' || c == '\r') && lineBreaks == 0) {
        lineBreaks++;
        spaces = 0;
        j += c == '\r' && j + 1 < limit && text.charAt(j + 1) == '\n' ? 2 : 1;
      } else {
        break;
      }
    }
    return j;
  }

  /** Consumes the white space after a separator, unless there is too much of it. */
  private int skipTrailingSpaces(int i) {
    int before = lineBreaks;
    int j = skipSpaces(i);
    if (j < 0) {
      lineBreaks = before;
      return i;
    }
    return j;
  }

  /** Horizontal white space. */
  static boolean isSpace(char c) {
    return c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  /** White space or a line break: where a separator may start. */
  static boolean isBlank(char c) {
    return c == '\n' || c == '\r' || isSpace(c);
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
