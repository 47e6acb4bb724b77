package dev.blindspot.detect.fuzzy;

import dev.blindspot.text.TextView;
import dev.blindspot.text.ViewFactory;
import java.util.Arrays;

/**
 * The view of a text in which obfuscated numbers (phone, card, account and id numbers, IP and MAC
 * addresses, numeric dates) are written as the structured recognizers read them:
 *
 * <ul>
 *   <li>{@value #WORDS_STEP}: numbers in words become digits, each mapped to the words it came
 *       from ("zéro six, douze, trente-quatre" reads {@code 061234}; see {@link NumberWords});
 *   <li>{@value #SWAPS_STEP}: the letters O and o read 0, l and I read 1, inside a chunk of
 *       digits ("O6 l2 34" reads {@code 06 12 34}); a chunk has at least as many digits as letters;
 *   <li>{@value #SEPARATORS_STEP}: separators between the chunks (spaces, dashes, dots,
 *       underscores, slashes, middle dots, stars, tildes, brackets, and commas next to a number in
 *       words) are removed;
 *   <li>{@value #UNIFIED_STEP}: where the chunks have the shape of an address or a date, the
 *       separators become the one it needs instead: four numbers up to 255 joined by dots of any
 *       form ("212[.]151[.]156[.]125", "217 dot 158 dot 193 dot 184") read {@code
 *       212.151.156.125}; six hex pairs or three hex quads ("1D : C7 : 09 : 60 : F1 : 60",
 *       "df_19 - 84 - a7·48.6a", "57cc - 40a8 - 506e") read as a MAC address; hex groups joined
 *       by spaced colons as an IPv6 address; "12 / 17 / 1984" as {@code 12/17/1984};
 *   <li>{@value #LINE_BREAKS_STEP}: a separator holding a line break is removed too, joining a
 *       number broken across two lines.
 * </ul>
 *
 * <p>A group of chunks is rewritten only when it holds at least {@value #MIN_DIGITS} digits (an
 * address or a date: its shape) and shows some obfuscation: a number in words, a swapped letter, a
 * line break, a separator that is not one space, dash or dot, or digits written one at a time.
 * Without words, its chunks must also be grouped as one value is (every inner chunk of the same
 * length, the country code of an international number aside, or the grouping of a French social
 * security number), not listed. Letters are read only where the value has them: two letters and a
 * bank code of four in an IBAN ("D E 0 3...", "GB58. NWBK / 6086..."), two letters and a last
 * one in a UK National Insurance number ("BN / 77/87.58·A"), hex digits in a MAC or IPv6
 * address (two groups with a hex letter at least, so "de 06 12 34 56 78" stays a phone number).
 * A dot word joins only the numbers of an IP address ("meet at 10 dot 30" stays). A separator
 * with a mark on both sides of a line break ("TCK-2023-156206.\n[07:10:16]") or a pipe with a
 * space on each side ("#934434 | 23. Januar 2023") joins nothing: those are the layout of a log,
 * a line's end and the next one's start or the cells of a header, and reading them as values
 * would send every line of a chat log back to the recognizers. A cleanly
 * written number ("06 12 34 56 78", "4111 1111 1111 1111") and anything shaped like a date
 * ("12.05.2023", "01/02/2024") are left alone: the {@code "regex"} family reads them as written.
 * Each kind of change is its own view step, stacked in the order above, so an explanation names
 * exactly what a value needed.
 *
 * <p>One pass; a number in words reads at most a few words ahead, a group at most {@value
 * #MAX_ITEMS} items, and a rejected group led by letters is read again from its second item only.
 * Stateless and thread-safe; use {@link #forLanguages(int)}, one shared factory per set of
 * languages.
 */
final class DigitsView implements ViewFactory {

  static final String WORDS_STEP = "number-words-to-digits";
  static final String SWAPS_STEP = "letter-digit-swaps-fixed";
  static final String SEPARATORS_STEP = "digit-separators-removed";
  static final String LINE_BREAKS_STEP = "line-break-joined";
  static final String UNIFIED_STEP = "separators-unified";

  private static final String[] STEPS =
      {WORDS_STEP, SWAPS_STEP, SEPARATORS_STEP, UNIFIED_STEP, LINE_BREAKS_STEP};
  private static final int WORDS = 0;
  private static final int SWAPS = 1;
  private static final int SEPARATORS = 2;
  private static final int UNIFIED = 3;
  private static final int LINE_BREAKS = 4;

  /** Fewer digits than this make no personal number worth rewriting. */
  static final int MIN_DIGITS = 8;
  /** A group stops growing here: the longest IBAN has 34 chars. */
  static final int MAX_GROUP_DIGITS = 40;
  /** The longest IBAN. */
  private static final int MAX_IBAN = 34;
  /** A group stops growing here: a spaced French IBAN has 27 items. */
  static final int MAX_ITEMS = 40;
  /** Separator chars besides one line break: " :  : " in a spaced IPv6 address has six. */
  private static final int MAX_SEPARATOR = 6;
  /** Consecutive items without digits a group may hold: a bank code spaced out, "M I D L". */
  private static final int MAX_LETTER_ITEMS = 4;
  /** Items of letters or hex a group may hold: the eight groups of an IPv6 address. */
  private static final int MAX_OTHER_ITEMS = 8;
  /** The words that stand for a dot between the numbers of an IP address. */
  private static final String[] DOT_WORDS =
      {"dot", "point", "punkt", "punto", "ponto", "punt", "точка"};

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
      while (group.digits < MAX_GROUP_DIGITS && group.count < MAX_ITEMS) {
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
      int firstEnd = group.ends[0];
      boolean restartInside = group.kinds[0] == Group.OTHER;
      int shape = group.shape(text);
      for (int drops = 0; shape == Group.REJECT && drops < 2 && group.count > 1
          && group.kinds[group.count - 1] == Group.OTHER; drops++) {
        group.dropLast(true); // "... 56 78 a BE": the hex-looking words are not part of it
        shape = group.shape(text);
      }
      if (shape == Group.REJECT && group.cutAtLetters()) {
        shape = group.shape(text); // "O6 l2 34 56 78 de 9 h à 18 h"
      }
      if (shape != Group.REJECT) {
        group.addEdits(text, edits, shape);
        i = group.ends[group.count - 1];
      } else {
        // After a group led by letters ("de O6 l2 34 56 78", "MAC 57cc - 40a8 - 506e"), the value
        // may start at its next item; such a group holds at most MAX_OTHER_ITEMS letter items,
        // so each char is read a bounded number of times.
        i = restartInside ? firstEnd : end;
      }
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
      if (bounded && group.count == 0 && e - i >= 4 && e - i <= MAX_IBAN && d == e - i - 2
          && isUpper(text.charAt(i)) && isUpper(text.charAt(i + 1))) {
        // "FR76": an IBAN's country and check digits, maybe more of it ("FR76200416013")
        group.add(Group.IBAN_HEAD, i, e, d, 0, null);
        return e;
      }
      if (bounded && e - i <= 4 && (allHex(text, i, e) || allUpper(text, i, e))
          && group.lettersAllowed(text) && (d > 0 || !readsNumberWords(text, i, digits))) {
        group.add(Group.OTHER, i, e, 0, 0, null); // "8B", "ee2a" of a MAC, "GB", "NWBK" of an IBAN
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

  private boolean readsNumberWords(CharSequence text, int i, StringBuilder digits) {
    digits.setLength(0);
    int e = NumberWords.read(text, i, languages, digits);
    return e >= 0 && (e == text.length() || !Character.isLetterOrDigit(text.charAt(e)));
  }

  private static boolean allHex(CharSequence text, int start, int end) {
    for (int p = start; p < end; p++) {
      char c = text.charAt(p);
      if (!isDigit(c) && (c < 'a' || c > 'f') && (c < 'A' || c > 'F')) {
        return false;
      }
    }
    return true;
  }

  private static boolean allUpper(CharSequence text, int start, int end) {
    for (int p = start; p < end; p++) {
      if (!isUpper(text.charAt(p))) {
        return false;
      }
    }
    return true;
  }

  /** Reads the separator at {@code j} before a next item; records it and returns its end, or -1. */
  private static int readSeparator(CharSequence text, int j, Group group) {
    int n = text.length();
    int p = j;
    int chars = 0;
    boolean lineBreak = false;
    boolean comma = false;
    boolean space = false;
    boolean other = false;
    boolean dotWord = false;
    boolean markBeforeBreak = false;
    while (p < n) {
      char c = text.charAt(p);
      if (isSeparatorChar(c)) {
        if (++chars > MAX_SEPARATOR) {
          return -1;
        }
        boolean blank = isBlank(c);
        if (!blank && lineBreak && markBeforeBreak) {
          return -1; // "TCK-2023-156206.\n[07:10:16]": a line ends, the next one starts
        }
        markBeforeBreak |= !blank && !lineBreak;
        if (c == '|' && p > j && isBlank(text.charAt(p - 1)) && p + 1 < n
            && isBlank(text.charAt(p + 1))) {
          return -1; // "#934434 | 23. Januar 2023 | chat": the cells of a table or header
        }
        comma |= c == ',';
        space |= blank;
        other |= c != ':';
        p++;
      } else if ((c == '\n' || c == '\r') && !lineBreak) {
        lineBreak = true;
        p += c == '\r' && p + 1 < n && text.charAt(p + 1) == '\n' ? 2 : 1;
      } else if (!dotWord && Character.isLetter(c) && p > j && group.lastIsDigitChunk()) {
        int w = dotWordEnd(text, p);
        if (w < 0) {
          break;
        }
        dotWord = true; // "217 dot 158", "192 point 168": only an IP address may take it
        p = w;
      } else {
        break;
      }
    }
    if (p == j || p >= n || !Character.isLetterOrDigit(text.charAt(p))
        || (!other && !space && !lineBreak && !dotWord)) {
      return -1; // "10:30" is a time
    }
    boolean conventional = !lineBreak && !comma && (
        (p - j == 1 && "-. ()".indexOf(text.charAt(j)) >= 0)
            || (p - j == 2 && (text.subSequence(j, p).toString().equals(") ")
                || text.subSequence(j, p).toString().equals(" ("))));
    group.separator(j, p, lineBreak, comma, conventional, dotWord);
    return p;
  }

  /** Returns the end of a dot word starting at {@code p} and ending before a non-letter, or -1. */
  private static int dotWordEnd(CharSequence text, int p) {
    for (String word : DOT_WORDS) {
      int e = p + word.length();
      if (e < text.length() && !Character.isLetterOrDigit(text.charAt(e))
          && startsWithIgnoreCase(text, p, word)) {
        return e;
      }
    }
    return -1;
  }

  private static boolean startsWithIgnoreCase(CharSequence text, int p, String word) {
    for (int k = 0; k < word.length(); k++) {
      if (Character.toLowerCase(text.charAt(p + k)) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isSeparatorChar(char c) {
    return c == ' ' || c == '\t' || c == '-' || c == '.' || c == '_' || c == '*' || c == '~'
        || c == '(' || c == ')' || c == ',' || c == '\u00b7' || c == '/' || c == '|'
        || c == '[' || c == ']' || c == ':';
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
    /** Up to four hex digits or upper-case letters that are not all digits ("8B", "NWBK"). */
    static final byte OTHER = 3;

    /** Shapes of an accepted group, each rewriting its separators its own way. */
    static final int REJECT = 0;
    /** Separators removed: phone, card, IBAN, national id numbers. */
    static final int JOIN = 1;
    /** Separators become dots: "78 . 155 . 187 . 123", "212[.]151[.]156[.]125". */
    static final int IPV4 = 2;
    /** Separators become colons: "1D : C7 : 09 : 60 : F1 : 60", "4D_A2_37_E1_3A_AD". */
    static final int MAC_PAIRS = 3;
    /** Separators become dots: "9896 . d36b . 93a0", "6686-4f7f-0a61". */
    static final int MAC_QUADS = 4;
    /** Separators become colons, or a double colon: "fe80 :  : 43f5 : 576d". */
    static final int IPV6 = 5;
    /** Separators become their one char: "12 / 17 / 1984". */
    static final int DATE = 6;

    int count;
    int digits;
    int otherItems;
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
    boolean[] sepDotWord = new boolean[8];
    int separators;

    void clear() {
      count = 0;
      digits = 0;
      otherItems = 0;
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
        sepDotWord = Arrays.copyOf(sepDotWord, grown);
      }
      kinds[count] = kind;
      starts[count] = start;
      ends[count] = end;
      itemDigits[count] = d;
      swaps[count] = s;
      words[count] = word;
      count++;
      digits += d;
      otherItems += kind == OTHER ? 1 : 0;
    }

    void separator(
        int start, int end, boolean lineBreak, boolean comma, boolean conventional, boolean dot) {
      int k = count - 1;
      sepStarts[k] = start;
      sepEnds[k] = end;
      sepLineBreak[k] = lineBreak;
      sepComma[k] = comma;
      sepConventional[k] = conventional;
      sepDotWord[k] = dot;
      separators = count;
    }

    boolean lastSeparatorHasComma() {
      return sepComma[count - 2];
    }

    boolean wordNextToLastSeparator() {
      return kinds[count - 2] == WORD || kinds[count - 1] == WORD;
    }

    boolean lastIsDigitChunk() {
      return count > 0 && kinds[count - 1] == CHUNK && swaps[count - 1] == 0;
    }

    /** Tells whether an item without digits may come next: not after a number in words. */
    boolean lettersAllowed(CharSequence text) {
      int run = 0;
      for (int k = count - 1; k >= 0 && kinds[k] == OTHER && !hasDigit(text, k); k--) {
        run++;
      }
      return run < MAX_LETTER_ITEMS && otherItems < MAX_OTHER_ITEMS
          && (count == 0 || kinds[count - 1] != WORD);
    }

    private boolean hasDigit(CharSequence text, int k) {
      for (int p = starts[k]; p < ends[k]; p++) {
        if (isDigit(text.charAt(p))) {
          return true;
        }
      }
      return false;
    }

    /** Drops the last separator, and the item after it when one was read. */
    void dropLast(boolean itemRead) {
      if (itemRead) {
        count--;
        digits -= itemDigits[count];
        otherItems -= kinds[count] == OTHER ? 1 : 0;
      }
      separators = count - 1;
    }

    /**
     * Cuts the group before its first item of letters or hex, if that is not its first item;
     * tells whether it did.
     */
    boolean cutAtLetters() {
      for (int k = 1; k < count; k++) {
        if (kinds[k] == OTHER) {
          while (count > k) {
            dropLast(true);
          }
          return true;
        }
      }
      return false;
    }

    /** Decides whether and how the group is rewritten; {@link #REJECT} leaves it as written. */
    int shape(CharSequence text) {
      if (count < 1) {
        return REJECT;
      }
      boolean signal = false;
      boolean dotWords = false;
      int others = 0;
      for (int k = 0; k < count; k++) {
        others += kinds[k] == OTHER ? 1 : 0;
        if (k < count - 1) {
          signal |= sepLineBreak[k] || !sepConventional[k];
          dotWords |= sepDotWord[k];
        }
      }
      if (count == 4 && ipv4(text)) {
        return signal ? IPV4 : REJECT;
      }
      if (dotWords) {
        return REJECT; // "meet at 10 dot 30"
      }
      if (count >= 3 && hexItems(text, 1, 4) && ipv6(text)) {
        return IPV6;
      }
      if (count == 6 && hexItems(text, 2, 2) && !sameSeparators(text, ":-")) {
        return MAC_PAIRS;
      }
      if (count == 3 && hexItems(text, 4, 4) && !sameSeparators(text, ".")) {
        return MAC_QUADS;
      }
      if (count == 3 && others == 0 && dateLike(text)) {
        return signal && spacedDate(text) ? DATE : REJECT;
      }
      return others > 0 ? lettered(text, signal) : joined(text, signal);
    }

    /** Numbers only: the rules of a phone, card or id number written with odd separators. */
    private int joined(CharSequence text, boolean signal) {
      if (digits < MIN_DIGITS) {
        return REJECT;
      }
      int chunks = 0;
      int singles = 0;
      boolean ibanHead = kinds[0] == IBAN_HEAD;
      for (int k = 0; k < count; k++) {
        signal |= kinds[k] == WORD || swaps[k] > 0;
        if (kinds[k] == CHUNK) {
          chunks++;
          singles += itemDigits[k] == 1 ? 1 : 0;
        }
        if (ibanHead && k < count - 1) {
          signal |= !isSingleSpace(text, k); // IBANs are grouped by spaces: "FR76.1131.5989"
        }
      }
      signal |= chunks >= 4 && singles * 2 >= chunks;
      boolean accepted = signal && (count > 1 || swaps[0] > 0 || kinds[0] == WORD)
          && (chunks < count || regular(text) || nirShaped()) && !dateLike(text);
      return accepted ? JOIN : REJECT;
    }

    /**
     * Letters in a number: only where an IBAN or a UK National Insurance number has them, two
     * letters first ("D E 0 3 3 7...", "BN / 77/87.58·A"), a bank code of four letters after the
     * two check digits ("G B 3 5 M I D L 8 0..."), one letter A to D last after six digits.
     */
    private int lettered(CharSequence text, boolean signal) {
      int k = kinds[0] == IBAN_HEAD ? 1 : 0;
      int lead = k * 2;
      while (k < count && kinds[k] == OTHER && lead < 2 && allUpper(text, starts[k], ends[k])) {
        lead += ends[k] - starts[k];
        k++;
      }
      if (lead != 2) {
        return REJECT;
      }
      int seen = kinds[0] == IBAN_HEAD ? itemDigits[0] : 0;
      int singles = 0;
      int chunks = 0;
      boolean bank = false;
      boolean tail = false;
      for (; k < count; k++) {
        if (kinds[k] == CHUNK) {
          seen += itemDigits[k];
          chunks++;
          singles += itemDigits[k] == 1 ? 1 : 0;
          signal |= swaps[k] > 0;
          continue;
        }
        if (kinds[k] != OTHER || !allUpper(text, starts[k], ends[k])) {
          return REJECT;
        }
        if (k == count - 1 && seen == 6 && ends[k] - starts[k] == 1
            && text.charAt(starts[k]) <= 'D') {
          tail = true;
          continue;
        }
        int letters = 0;
        while (k < count && kinds[k] == OTHER && letters < 4
            && allUpper(text, starts[k], ends[k])) {
          letters += ends[k] - starts[k];
          k++;
        }
        k--;
        if (bank || seen != 2 || letters != 4) {
          return REJECT;
        }
        bank = true;
      }
      for (int s = 0; s < count - 1; s++) {
        signal |= !isSingleSpace(text, s);
      }
      signal |= chunks >= 4 && singles * 2 >= chunks;
      boolean nino = tail && seen == 6 && !bank;
      return signal && (nino || (!tail && seen >= 12)) ? JOIN : REJECT;
    }

    private boolean isSingleSpace(CharSequence text, int k) {
      return sepEnds[k] - sepStarts[k] == 1 && text.charAt(sepStarts[k]) == ' ';
    }

    /** Four numbers of at most three digits, each up to 255, joined by dots of any form. */
    private boolean ipv4(CharSequence text) {
      for (int k = 0; k < count; k++) {
        if (kinds[k] != CHUNK || swaps[k] > 0 || ends[k] - starts[k] > 3) {
          return false;
        }
        int value = 0;
        for (int p = starts[k]; p < ends[k]; p++) {
          value = value * 10 + text.charAt(p) - '0';
        }
        if (value > 255 || (k < count - 1 && !sepDotWord[k] && singleSeparator(text, k) != '.')) {
          return false;
        }
      }
      return true;
    }

    /**
     * Every item is {@code min} to {@code max} hex digits written as such (no swapped letter),
     * and two items have a hex letter: twelve decimal digits in pairs are rather a phone number,
     * and one word before them ("de 06 12 34 56 78") is prose.
     */
    private boolean hexItems(CharSequence text, int min, int max) {
      int letters = 0;
      for (int k = 0; k < count; k++) {
        int length = ends[k] - starts[k];
        if (kinds[k] == WORD || kinds[k] == IBAN_HEAD || swaps[k] > 0 || length < min
            || length > max || !allHex(text, starts[k], ends[k])) {
          return false;
        }
        letters += kinds[k] == OTHER ? 1 : 0;
      }
      return letters >= 2;
    }

    /** Tells whether every separator is exactly one same char of {@code chars}. */
    private boolean sameSeparators(CharSequence text, String chars) {
      char first = text.charAt(sepStarts[0]);
      for (int k = 0; k < count - 1; k++) {
        if (sepEnds[k] - sepStarts[k] != 1 || text.charAt(sepStarts[k]) != first) {
          return false;
        }
      }
      return chars.indexOf(first) >= 0;
    }

    /**
     * Colons with white space around them, at most one of them doubled: eight groups, or fewer
     * with the double colon.
     */
    private boolean ipv6(CharSequence text) {
      int doubled = 0;
      boolean spaced = false;
      for (int k = 0; k < count - 1; k++) {
        int colons = 0;
        for (int p = sepStarts[k]; p < sepEnds[k]; p++) {
          char c = text.charAt(p);
          if (c == ':') {
            colons++;
          } else if (c == ' ' || c == '\t') {
            spaced = true;
          } else {
            return false;
          }
        }
        if (colons == 0 || colons > 2 || sepLineBreak[k]) {
          return false;
        }
        doubled += colons == 2 ? 1 : 0;
      }
      return spaced && doubled <= 1 && (doubled == 1 ? count < 8 : count == 8);
    }

    /** A date with white space around its separators: "12 / 17 / 1984". */
    private boolean spacedDate(CharSequence text) {
      for (int k = 0; k < count - 1; k++) {
        if (sepLineBreak[k]) {
          return false;
        }
      }
      return true;
    }

    /**
     * Tells whether the chunks are grouped as one value is: every chunk but the first and the last
     * has the same length (06-12-34-56-78, 4111 1111 1111 1111, 555 123 4567, 3782 822463 10005),
     * not counting the country code and the first group of an international phone number
     * ("+33 6 22 83 19 77"). A list of numbers ("62 - 15210 - 71064 - 34") is not, and is left
     * alone unless words were read in it.
     */
    private boolean regular(CharSequence text) {
      int first = starts[0] > 0 && text.charAt(starts[0] - 1) == '+' ? 2 : 1;
      for (int k = first + 1; k < count - 1; k++) {
        if (ends[k] - starts[k] != ends[first] - starts[first]) {
          return false;
        }
      }
      return true;
    }

    private int value(CharSequence text, int k) {
      int v = 0;
      for (int p = starts[k]; p < ends[k]; p++) {
        v = v * 10 + text.charAt(p) - '0';
      }
      return v;
    }

    /** Grouped as a French social security number: 1 23 45 67 890 123 45. */
    private boolean nirShaped() {
      int[] lengths = {1, 2, 2, 2, 3, 3, 2};
      if (count != lengths.length) {
        return false;
      }
      for (int k = 0; k < count; k++) {
        if (kinds[k] != CHUNK || itemDigits[k] + swaps[k] != lengths[k]) {
          return false;
        }
      }
      return true;
    }

    /**
     * Three chunks, and no more, joined by one same dot, dash or slash, shaped dd.mm.yyyy,
     * dd.mm.yy or yyyy-mm-dd ("06.12.34.56.78" is a phone number).
     */
    private boolean dateLike(CharSequence text) {
      for (int k = 1; k + 1 < count; k++) {
        if (kinds[k - 1] != CHUNK || kinds[k] != CHUNK || kinds[k + 1] != CHUNK) {
          continue;
        }
        char s1 = singleSeparator(text, k - 1);
        if (s1 == 0 || s1 != singleSeparator(text, k) || (s1 != '.' && s1 != '-' && s1 != '/')
            || (k >= 2 && singleSeparator(text, k - 2) == s1)
            || (k + 2 < count && singleSeparator(text, k + 1) == s1)) {
          continue;
        }
        int a = ends[k - 1] - starts[k - 1];
        int b = ends[k] - starts[k];
        int c = ends[k + 1] - starts[k + 1];
        int x = value(text, k - 1);
        int y = value(text, k);
        int z = value(text, k + 1);
        if ((a <= 2 && b <= 2 && (c == 4 || c == 2)
                && ((x <= 31 && y <= 12) || (x <= 12 && y <= 31)) && Math.min(x, y) > 0)
            || (a == 4 && b <= 2 && c <= 2 && y >= 1 && y <= 12 && z >= 1 && z <= 31)) {
          return true; // "26/25 / 15" is no date: the end of a phone number
        }
      }
      return false;
    }

    /**
     * Returns the one char of separator {@code k} that is not white space or a line break, a
     * space when it is all white space, or 0 when it has several other chars. A bracketed dot
     * ("[.]", "(.)") reads as a dot.
     */
    private char singleSeparator(CharSequence text, int k) {
      char found = ' ';
      int others = 0;
      boolean bracketed = false;
      for (int p = sepStarts[k]; p < sepEnds[k]; p++) {
        char c = text.charAt(p);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
          continue;
        }
        if (c == '[' || c == ']' || c == '(' || c == ')') {
          bracketed = true;
        } else {
          found = c;
        }
        others++;
      }
      if (bracketed) {
        return others == 3 && found == '.' ? '.' : 0;
      }
      return others <= 1 ? found : 0;
    }

    void addEdits(CharSequence text, Edits edits, int shape) {
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
          String replacement = replacement(text, k, shape);
          if (!text.subSequence(sepStarts[k], sepEnds[k]).toString().equals(replacement)) {
            edits.add(sepStarts[k], sepEnds[k], replacement,
                sepLineBreak[k] ? LINE_BREAKS : replacement.isEmpty() ? SEPARATORS : UNIFIED);
          }
        }
      }
    }

    private String replacement(CharSequence text, int k, int shape) {
      switch (shape) {
        case IPV4, MAC_QUADS:
          return ".";
        case MAC_PAIRS:
          return ":";
        case IPV6:
          return text.subSequence(sepStarts[k], sepEnds[k]).toString().indexOf(':')
              != text.subSequence(sepStarts[k], sepEnds[k]).toString().lastIndexOf(':')
              ? "::" : ":";
        case DATE:
          return String.valueOf(singleSeparator(text, k));
        default:
          return "";
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
