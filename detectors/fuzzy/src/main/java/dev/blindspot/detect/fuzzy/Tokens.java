package dev.blindspot.detect.fuzzy;

import java.util.Arrays;

/**
 * A region of text cut into the pieces an obfuscated address is made of: words (runs of address
 * chars), separators (ats and dots, see {@link Separator}) and breaks (anything else).
 *
 * <p>Separators own the white space around them (and at most one line break), so an address
 * written "john . smith @ outlook . com" is the sequence word, dot, word, at, word, dot, word, with
 * no break. Immutable once built.
 */
final class Tokens {

  static final byte WORD = 0;
  static final byte SEPARATOR = 1;
  static final byte BREAK = 2;

  private final CharSequence text;
  private int count;
  private byte[] kinds = new byte[16];
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private Separator[] separators = new Separator[16];

  private Tokens(CharSequence text) {
    this.text = text;
  }

  /**
   * Cuts {@code text[from, to)} into tokens; chars outside the region are not read.
   *
   * @return the tokens, in text order, covering the region without gaps
   */
  static Tokens of(CharSequence text, int from, int to) {
    Tokens tokens = new Tokens(text);
    SeparatorParser parser = new SeparatorParser(text, to);
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (SeparatorParser.isBlank(c) || c == '@' || SeparatorParser.closerOf(c) != 0) {
        Separator separator = parser.parse(i);
        if (separator != null) {
          tokens.add(SEPARATOR, i, parser.end(), separator);
          i = parser.end();
          continue;
        }
        int j = i + 1;
        while (SeparatorParser.isBlank(c) && j < to && SeparatorParser.isBlank(text.charAt(j))) {
          j++;
        }
        tokens.add(BREAK, i, j, null);
        i = j;
      } else if (SeparatorParser.isAddressChar(c)) {
        int j = i + 1;
        while (j < to && SeparatorParser.isAddressChar(text.charAt(j))) {
          j++;
        }
        // "outlook.\ncom": a word ending with a dot at a line break is a word and a dot.
        if (j - 1 > i && text.charAt(j - 1) == '.' && j < to && SeparatorParser.isBlank(text.charAt(j))) {
          Separator dot = parser.parse(j - 1);
          if (dot != null && !dot.isAt()) {
            tokens.add(WORD, i, j - 1, null);
            tokens.add(SEPARATOR, j - 1, parser.end(), dot);
            i = parser.end();
            continue;
          }
        }
        tokens.add(WORD, i, j, null);
        i = j;
      } else {
        tokens.add(BREAK, i, i + 1, null);
        i++;
      }
    }
    return tokens;
  }

  private void add(byte kind, int start, int end, Separator separator) {
    if (count == kinds.length) {
      int grown = count * 2;
      kinds = Arrays.copyOf(kinds, grown);
      starts = Arrays.copyOf(starts, grown);
      ends = Arrays.copyOf(ends, grown);
      separators = Arrays.copyOf(separators, grown);
    }
    kinds[count] = kind;
    starts[count] = start;
    ends[count] = end;
    separators[count] = separator;
    count++;
  }

  int count() {
    return count;
  }

  boolean isWord(int k) {
    return k >= 0 && k < count && kinds[k] == WORD;
  }

  boolean isAt(int k) {
    return k >= 0 && k < count && kinds[k] == SEPARATOR && separators[k].isAt();
  }

  boolean isDot(int k) {
    return k >= 0 && k < count && kinds[k] == SEPARATOR && !separators[k].isAt();
  }

  /** Returns the separator of token {@code k}, or null for a word or a break. */
  Separator separator(int k) {
    return separators[k];
  }

  int start(int k) {
    return starts[k];
  }

  int end(int k) {
    return ends[k];
  }

  /** Tells whether token {@code k} holds a line break (a separator that joins two lines). */
  boolean hasLineBreak(int k) {
    for (int i = starts[k]; i < ends[k]; i++) {
      if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        return true;
      }
    }
    return false;
  }

  int length(int k) {
    return ends[k] - starts[k];
  }

  /** Tells whether word {@code k} has a dot between two of its chars ("outlook.com"). */
  boolean hasInnerDot(int k) {
    for (int i = starts[k] + 1; i < ends[k] - 1; i++) {
      if (text.charAt(i) == '.') {
        return true;
      }
    }
    return false;
  }

  /** Returns the number of tokens; never text. */
  @Override
  public String toString() {
    return "Tokens[count=" + count + "]";
  }
}
