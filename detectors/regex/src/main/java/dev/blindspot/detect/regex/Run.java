package dev.blindspot.detect.regex;

/**
 * One candidate of the {@link CandidateScanner}: a run of atoms (maximal runs of ASCII letters and
 * digits) joined by short separator gaps, holding at least one digit. The atoms are kept as offsets
 * into the scanned text; a recognizer reads windows of consecutive atoms.
 *
 * <p>Mutable and reused for every run of one scan: recognizers must not keep a reference to it.
 */
final class Run {

  private CharSequence text;
  private int size;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private int[] digitCounts = new int[16];
  private int totalDigits;
  private long atomLengths;
  private final StringBuilder scratch = new StringBuilder(48);

  void reset(CharSequence newText) {
    this.text = newText;
    clear();
  }

  void clear() {
    size = 0;
    totalDigits = 0;
    atomLengths = 0;
  }

  void add(int start, int end, int digits) {
    if (size == starts.length) {
      starts = java.util.Arrays.copyOf(starts, size * 2);
      ends = java.util.Arrays.copyOf(ends, size * 2);
      digitCounts = java.util.Arrays.copyOf(digitCounts, size * 2);
    }
    starts[size] = start;
    ends[size] = end;
    digitCounts[size] = digits;
    totalDigits += digits;
    atomLengths |= lengthBit(end - start);
    size++;
  }

  /** The scanned text. */
  CharSequence text() {
    return text;
  }

  /** Number of atoms. */
  int size() {
    return size;
  }

  /** Digits in all atoms. */
  int totalDigits() {
    return totalDigits;
  }

  /** The atom lengths present, as {@link #lengthBit} bits: a quick test before {@code match}. */
  long atomLengths() {
    return atomLengths;
  }

  /** Bit {@code n} for a length {@code n} below 63, bit 63 for every longer one. */
  static long lengthBit(int length) {
    return 1L << Math.min(length, 63);
  }

  int start(int atom) {
    return starts[atom];
  }

  int end(int atom) {
    return ends[atom];
  }

  int length(int atom) {
    return ends[atom] - starts[atom];
  }

  /** Tells whether the atom is made of digits only. */
  boolean isNumber(int atom) {
    return digitCounts[atom] == ends[atom] - starts[atom];
  }

  char charAt(int offset) {
    return text.charAt(offset);
  }

  /** Tells whether the gap before {@code atom} (after atom {@code atom - 1}) is exactly {@code c}. */
  boolean gapIs(int atom, char c) {
    return atom > 0 && starts[atom] - ends[atom - 1] == 1 && text.charAt(ends[atom - 1]) == c;
  }

  /** Returns the gap before {@code atom} if it is one char, else 0; 0 also for the first atom. */
  char gapChar(int atom) {
    return atom > 0 && starts[atom] - ends[atom - 1] == 1 ? text.charAt(ends[atom - 1]) : 0;
  }

  /** Length of the gap before {@code atom}; 0 for the first atom. */
  int gapLength(int atom) {
    return atom > 0 ? starts[atom] - ends[atom - 1] : 0;
  }

  /** Tells whether the char before {@code atom} is {@code c} (it may lie before the run). */
  boolean charBeforeIs(int atom, char c) {
    int at = starts[atom] - 1;
    return at >= 0 && text.charAt(at) == c;
  }

  /** Tells whether the char after {@code atom} is {@code c} (it may lie after the run). */
  boolean charAfterIs(int atom, char c) {
    int at = ends[atom];
    return at < text.length() && text.charAt(at) == c;
  }

  /**
   * Returns the chars of atoms {@code from..to} (inclusive) without the gaps, in a buffer reused
   * by the next call.
   */
  StringBuilder concat(int from, int to) {
    scratch.setLength(0);
    for (int k = from; k <= to; k++) {
      scratch.append(text, starts[k], ends[k]);
    }
    return scratch;
  }

  /** Returns the atom count and digit count; never text. */
  @Override
  public String toString() {
    return "Run[atoms=" + size + ", digits=" + totalDigits + "]";
  }
}
