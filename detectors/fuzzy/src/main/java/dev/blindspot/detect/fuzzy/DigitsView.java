package dev.blindspot.detect.fuzzy;

import dev.blindspot.text.TextView;
import dev.blindspot.text.ViewFactory;
import java.util.Arrays;

/**
 * The view of a text in which obfuscated numbers (phone, card, account and id numbers) are
 * written as plain runs of digits, for the structured recognizers to read:
 *
 * <ul>
 *   <li>{@value #WORDS_STEP}: numbers in words become digits, each mapped to the words it came
 *       from ("zéro six, douze, trente-quatre" reads {@code 061234}; see {@link NumberWords});
 *   <li>{@value #SWAPS_STEP}: the letters O and o read 0, l and I read 1, inside a chunk of
 *       digits ("O6 l2 34" reads {@code 06 12 34}); a chunk has at least as many digits as letters;
 *   <li>{@value #SEPARATORS_STEP}: separators between the chunks (spaces, dashes, dots,
 *       underscores, stars, tildes, parentheses, and commas next to a number in words) are
 *       removed;
 *   <li>{@value #LINE_BREAKS_STEP}: a separator holding a line break is removed too, joining a
 *       number broken across two lines.
 * </ul>
 *
 * <p>A group of chunks is rewritten only when it holds at least {@value #MIN_DIGITS} digits and
 * shows some obfuscation: a number in words, a swapped letter, a line break, a separator that is
 * not one space, dash or dot, or digits written one at a time. Without words, its chunks must also
 * be grouped as one value is (every inner chunk of the same length), not listed. A cleanly written number ("06 12 34
 * 56 78", "4111 1111 1111 1111") and anything shaped like a date ("12.05.2023", "2023-05-12") are
 * left alone: the {@code "regex"} family reads them as written. Each kind of change is its own
 * view step, stacked in the order above, so an explanation names exactly what a value needed.
 *
 * <p>One pass; a number in words reads at most a few words ahead. Stateless and thread-safe; use
 * {@link #forLanguages(int)}, one shared factory per set of languages.
 */
final class DigitsView implements ViewFactory {

  static final String WORDS_STEP = "number-words-to-digits";
  static final String SWAPS_STEP = "letter-digit-swaps-fixed";
  static final String SEPARATORS_STEP = "digit-separators-removed";
  static final String LINE_BREAKS_STEP = "line-break-joined";

  private static final String[] STEPS = {WORDS_STEP, SWAPS_STEP, SEPARATORS_STEP, LINE_BREAKS_STEP};
  private static final int WORDS = 0;
  private static final int SWAPS = 1;
  private static final int SEPARATORS = 2;
  private static final int LINE_BREAKS = 3;

  /** Fewer digits than this make no personal number worth rewriting. */
  static final int MIN_DIGITS = 8;
  /** A group stops growing here: the longest IBAN has 34 chars. */
  static final int MAX_GROUP_DIGITS = 40;
  private static final int MAX_SEPARATOR = 4;

  private static final DigitsView[] BY_MASK = new DigitsView[NumberWords.ALL + 1];

  static {
    for (int mask = 1; mask <= NumberWords.ALL; mask++) {
      BY_MASK[mask] = new DigitsView(mask);
    }
  }

  private final int languages;

  private DigitsView(int languages) {
    this.languages = languages;
  }

  /**
   * Returns the shared factory reading number words of some languages.
   *
   * @param languages a mask of {@link NumberWords#EN}, {@link NumberWords#FR}...
   * @return the factory
   */
  static DigitsView forLanguages(int languages) {
    return BY_MASK[languages == 0 ? NumberWords.ALL : languages & NumberWords.ALL];
  }

  @Override
  public TextView create(TextView base) {
    CharSequence text = base.text();
    int n = text.length();
    Edits edits = new Edits();
    Group group = new Group();
    StringBuilder digits = new StringBuilder();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
        i = runEnd(text, i);
        continue;
      }
      group.clear();
      int end = readItem(text, i, group, digits);
      if (end < 0) {
        i = runEnd(text, i);
        continue;
      }
      while (group.digits < MAX_GROUP_DIGITS) {
        int separatorEnd = readSeparator(text, end, group);
        if (separatorEnd < 0) {
          break;
        }
        int itemEnd = readItem(text, separatorEnd, group, digits);
        if (itemEnd < 0 || (group.lastSeparatorHasComma() && !group.wordNextToLastSeparator())) {
          group.dropLast(itemEnd >= 0);
          break;
        }
        end = itemEnd;
      }
      if (group.accepted(text)) {
        group.addEdits(text, edits);
      }
      i = end;
    }
    return edits.count == 0 ? base : edits.build(base);
  }

  private static int runEnd(CharSequence text, int i) {
    int e = i;
    while (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
      e++;
    }
    return e;
  }

  /** Reads a chunk of digits or a number in words at {@code i}; returns its end or -1. */
  private int readItem(CharSequence text, int i, Group group, StringBuilder digits) {
    int n = text.length();
    char c = text.charAt(i);
    if (c < 0x80 && Character.isLetterOrDigit(c)) {
      int e = i;
      int d = 0;
      int swaps = 0;
      int others = 0;
      while (e < n && text.charAt(e) < 0x80 && Character.isLetterOrDigit(text.charAt(e))) {
        char x = text.charAt(e);
        if (x >= '0' && x <= '9') {
          d++;
        } else if (swapDigit(x) != 0) {
          swaps++;
        } else {
          others++;
        }
        e++;
      }
      boolean bounded = e == n || !Character.isLetterOrDigit(text.charAt(e));
      if (bounded && d > 0 && others == 0 && swaps <= d) {
        group.add(Group.CHUNK, i, e, d, swaps, null);
        return e;
      }
      if (bounded && group.count == 0 && e - i == 4 && isUpper(text.charAt(i))
          && isUpper(text.charAt(i + 1)) && isDigit(text.charAt(i + 2))
          && isDigit(text.charAt(i + 3))) {
        group.add(Group.IBAN_HEAD, i, e, 2, 0, null); // "FR76": an IBAN's country and check
        return e;
      }
      if (d > 0) {
        return -1;
      }
    }
    if (!Character.isLetter(c)) {
      return -1;
    }
    digits.setLength(0);
    int e = NumberWords.read(text, i, languages, digits);
    if (e < 0 || (e < n && Character.isLetterOrDigit(text.charAt(e)))) {
      return -1;
    }
    group.add(Group.WORD, i, e, digits.length(), 0, digits.toString());
    return e;
  }

  /** Reads the separator at {@code j} before a next item; records it and returns its end, or -1. */
  private static int readSeparator(CharSequence text, int j, Group group) {
    int n = text.length();
    int p = j;
    int chars = 0;
    boolean lineBreak = false;
    boolean comma = false;
    while (p < n) {
      char c = text.charAt(p);
      if (isSeparatorChar(c)) {
        if (++chars > MAX_SEPARATOR) {
          return -1;
        }
        comma |= c == ',';
        p++;
      } else if ((c == '\n' || c == '\r') && !lineBreak) {
        lineBreak = true;
        p += c == '\r' && p + 1 < n && text.charAt(p + 1) == '\n' ? 2 : 1;
      } else {
        break;
      }
    }
    if (p == j || p >= n || !Character.isLetterOrDigit(text.charAt(p))) {
      return -1;
    }
    boolean conventional = !lineBreak && !comma && (
        (p - j == 1 && "-. ()".indexOf(text.charAt(j)) >= 0)
            || (p - j == 2 && (text.subSequence(j, p).toString().equals(") ")
                || text.subSequence(j, p).toString().equals(" ("))));
    group.separator(j, p, lineBreak, comma, conventional);
    return p;
  }

  private static boolean isSeparatorChar(char c) {
    return c == ' ' || c == '\t' || c == '-' || c == '.' || c == '_' || c == '*' || c == '~'
        || c == '(' || c == ')' || c == ',' || c == '\u00b7';
  }

  /** Returns the digit a letter stands for inside a chunk of digits, or 0. */
  static char swapDigit(char c) {
    return c == 'O' || c == 'o' ? '0' : c == 'l' || c == 'I' ? '1' : 0;
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Returns the languages; the factory holds no text. */
  @Override
  public String toString() {
    return "DigitsView[languages=" + languages + "]";
  }

  /** The items of one group and the separators between them, as parallel arrays. */
  private static final class Group {
    static final byte CHUNK = 0;
    static final byte WORD = 1;
    static final byte IBAN_HEAD = 2;

    int count;
    int digits;
    byte[] kinds = new byte[8];
    int[] starts = new int[8];
    int[] ends = new int[8];
    int[] itemDigits = new int[8];
    int[] swaps = new int[8];
    String[] words = new String[8];
    // Separator k sits before item k + 1.
    int[] sepStarts = new int[8];
    int[] sepEnds = new int[8];
    boolean[] sepLineBreak = new boolean[8];
    boolean[] sepComma = new boolean[8];
    boolean[] sepConventional = new boolean[8];
    int separators;

    void clear() {
      count = 0;
      digits = 0;
      separators = 0;
    }

    void add(byte kind, int start, int end, int d, int s, String word) {
      if (count == kinds.length) {
        int grown = count * 2;
        kinds = Arrays.copyOf(kinds, grown);
        starts = Arrays.copyOf(starts, grown);
        ends = Arrays.copyOf(ends, grown);
        itemDigits = Arrays.copyOf(itemDigits, grown);
        swaps = Arrays.copyOf(swaps, grown);
        words = Arrays.copyOf(words, grown);
        sepStarts = Arrays.copyOf(sepStarts, grown);
        sepEnds = Arrays.copyOf(sepEnds, grown);
        sepLineBreak = Arrays.copyOf(sepLineBreak, grown);
        sepComma = Arrays.copyOf(sepComma, grown);
        sepConventional = Arrays.copyOf(sepConventional, grown);
      }
      kinds[count] = kind;
      starts[count] = start;
      ends[count] = end;
      itemDigits[count] = d;
      swaps[count] = s;
      words[count] = word;
      count++;
      digits += d;
    }

    void separator(int start, int end, boolean lineBreak, boolean comma, boolean conventional) {
      int k = count - 1;
      sepStarts[k] = start;
      sepEnds[k] = end;
      sepLineBreak[k] = lineBreak;
      sepComma[k] = comma;
      sepConventional[k] = conventional;
      separators = count;
    }

    boolean lastSeparatorHasComma() {
      return sepComma[count - 2];
    }

    boolean wordNextToLastSeparator() {
      return kinds[count - 2] == WORD || kinds[count - 1] == WORD;
    }

    /** Drops the last separator, and the item after it when one was read. */
    void dropLast(boolean itemRead) {
      if (itemRead) {
        count--;
        digits -= itemDigits[count];
      }
      separators = count - 1;
    }

    boolean accepted(CharSequence text) {
      if (digits < MIN_DIGITS || count < 1) {
        return false;
      }
      boolean signal = false;
      int chunks = 0;
      int singles = 0;
      for (int k = 0; k < count; k++) {
        signal |= kinds[k] == WORD || swaps[k] > 0;
        if (kinds[k] == CHUNK) {
          chunks++;
          singles += itemDigits[k] == 1 ? 1 : 0;
        }
        if (k < count - 1) {
          signal |= sepLineBreak[k] || !sepConventional[k];
        }
      }
      signal |= chunks >= 4 && singles * 2 >= chunks;
      return signal && (count > 1 || swaps[0] > 0 || kinds[0] == WORD)
          && (chunks < count || regular()) && !dateLike(text);
    }

    /**
     * Tells whether the chunks are grouped as one value is: every chunk but the first and the last
     * has the same length (06-12-34-56-78, 4111 1111 1111 1111, 555 123 4567, 3782 822463 10005).
     * A list of numbers ("62 - 15210 - 71064 - 34") is not, and is left alone unless words were
     * read in it.
     */
    private boolean regular() {
      for (int k = 2; k < count - 1; k++) {
        if (ends[k] - starts[k] != ends[1] - starts[1]) {
          return false;
        }
      }
      return true;
    }

    /**
     * Three chunks, and no more, joined by one same dot or dash, shaped dd.mm.yyyy, dd.mm.yy or
     * yyyy-mm-dd ("06.12.34.56.78" is a phone number).
     */
    private boolean dateLike(CharSequence text) {
      for (int k = 1; k + 1 < count; k++) {
        if (kinds[k - 1] != CHUNK || kinds[k] != CHUNK || kinds[k + 1] != CHUNK) {
          continue;
        }
        char s1 = singleSeparator(text, k - 1);
        if (s1 == 0 || s1 != singleSeparator(text, k) || (s1 != '.' && s1 != '-')
            || (k >= 2 && singleSeparator(text, k - 2) == s1)
            || (k + 2 < count && singleSeparator(text, k + 1) == s1)) {
          continue;
        }
        int a = ends[k - 1] - starts[k - 1];
        int b = ends[k] - starts[k];
        int c = ends[k + 1] - starts[k + 1];
        if ((a <= 2 && b <= 2 && (c == 4 || c == 2)) || (a == 4 && b <= 2 && c <= 2)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Returns the one char of separator {@code k} that is not white space or a line break, a
     * space when it is all white space, or 0 when it has several other chars.
     */
    private char singleSeparator(CharSequence text, int k) {
      char found = ' ';
      for (int p = sepStarts[k]; p < sepEnds[k]; p++) {
        char c = text.charAt(p);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
          if (found != ' ') {
            return 0;
          }
          found = c;
        }
      }
      return found;
    }

    void addEdits(CharSequence text, Edits edits) {
      for (int k = 0; k < count; k++) {
        if (kinds[k] == WORD) {
          edits.add(starts[k], ends[k], words[k], WORDS);
        } else if (swaps[k] > 0) {
          for (int p = starts[k]; p < ends[k]; p++) {
            char d = swapDigit(text.charAt(p));
            if (d != 0) {
              edits.add(p, p + 1, String.valueOf(d), SWAPS);
            }
          }
        }
        if (k < count - 1) {
          edits.add(sepStarts[k], sepEnds[k], "", sepLineBreak[k] ? LINE_BREAKS : SEPARATORS);
        }
      }
    }
  }

  /** Edits in text order, each of one kind; built as one stacked view step per kind. */
  private static final class Edits {
    int count;
    int[] starts = new int[16];
    int[] ends = new int[16];
    String[] replacements = new String[16];
    byte[] kinds = new byte[16];

    void add(int start, int end, String replacement, int kind) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
        replacements = Arrays.copyOf(replacements, count * 2);
        kinds = Arrays.copyOf(kinds, count * 2);
      }
      starts[count] = start;
      ends[count] = end;
      replacements[count] = replacement;
      kinds[count] = (byte) kind;
      count++;
    }

    /**
     * Applies the edits kind by kind. An edit's offsets are in the base text; in the view of a
     * later kind they are shifted by the length changes of the earlier kinds' edits before it.
     */
    TextView build(TextView base) {
      boolean[] present = new boolean[STEPS.length];
      for (int e = 0; e < count; e++) {
        present[kinds[e]] = true;
      }
      TextView view = base;
      for (int kind = 0; kind < STEPS.length; kind++) {
        if (!present[kind]) {
          continue;
        }
        TextView.Builder builder = TextView.builder(view, STEPS[kind]);
        int delta = 0;
        for (int e = 0; e < count; e++) {
          if (kinds[e] < kind) {
            delta += replacements[e].length() - (ends[e] - starts[e]);
          } else if (kinds[e] == kind) {
            builder.copy(starts[e] + delta).replace(ends[e] + delta, replacements[e]);
          }
        }
        view = builder.build();
      }
      return view;
    }
  }
}
