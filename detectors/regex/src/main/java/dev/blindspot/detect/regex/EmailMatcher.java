package dev.blindspot.detect.regex;

import java.util.Objects;
import java.util.Set;

/**
 * Finds e-mail addresses in a region of a char sequence, one after the other, in time linear in
 * the length of the region.
 *
 * <p>Use it like a {@link java.util.regex.Matcher}: create one per text (it is cheap), call {@link
 * #find()} until it returns false, and read the offsets of each match. Offsets are indexes into
 * the char sequence given, so a detector that runs it on a normalized view reports view offsets:
 *
 * <pre>{@code
 * TextView view = context.view(MY_VIEW);
 * EmailMatcher matcher = EmailMatcher.of(view.text());
 * while (matcher.find()) {
 *   sink.report(view, PiiType.EMAIL_ADDRESS, matcher.start(), matcher.end(), score, why);
 * }
 * }</pre>
 *
 * <p>What is an address:
 *
 * <ul>
 *   <li>The search only looks where there is an {@code '@'}. The local part is the run of
 *       local-part chars just before it: letters and digits of any script, {@code
 *       !#$%&'*+/=?^_`{|}~-} and dots (RFC 5321 dot-atom, internationalized as in RFC 6531), at
 *       most 64 chars, with a letter or a digit, no double dot and no dot at
 *       either end. Quoted local parts are not supported. Quotes, slashes, pipes, braces and dots
 *       that open the run are taken as punctuation of the sentence and left out ({@code 'a@b.fr'});
 *       a run that ends with a slash is a URL path ({@code medium.com/@name}), not an address.
 *   <li>The domain is the longest prefix of the run of letters, digits, hyphens and dots after
 *       the {@code '@'} that ends at a dot or at the end of the run (less its trailing dots and
 *       hyphens), has at least two labels of 1 to 63 chars not starting or ending with a hyphen,
 *       is at most 253 chars long, and ends with a top-level domain of two or
 *       more letters (any script) or a punycode label ({@code xn--}). So trailing punctuation
 *       stays out ({@code "a@b.com."}, {@code "(a@b.com)"}, {@code "a@b.com..."}). A top-level
 *       domain that is only a file extension ({@code logo@2x.png}) is rejected.
 *   <li>Chains such as {@code a@b@c.com} are not addresses: a local part right after an {@code
 *       '@'}, or a domain right before one, is rejected.
 * </ul>
 *
 * <p>Each {@code '@'} reads at most 65 chars before it and 254 chars after it, plus a tail of
 * dots and hyphens that no other {@code '@'} reads; text without {@code '@'} costs one {@code
 * indexOf}. So adversarial input ({@code "a@a@a@..."}, long dotted runs) stays linear. No regular expression is used.
 *
 * <p>A matcher is not thread-safe; make one per text and thread.
 */
public final class EmailMatcher {

  /** The recognizer name that explanations of e-mail findings carry. */
  public static final String RECOGNIZER = "pattern:email";

  /** The longest local part, in chars (RFC 5321). */
  static final int MAX_LOCAL = 64;

  /** The longest domain, in chars (RFC 1035). */
  static final int MAX_DOMAIN = 253;

  private static final int MAX_LABEL = 63;

  /** Chars that may open a local-part run but are punctuation of the sentence there. */
  private static final String LEADING_PUNCTUATION = ".'`/|{";

  private static final String LOCAL_SPECIALS = "!#$%&'*+-/=?^_`{|}~.";

  private static final boolean[] ASCII_LOCAL = new boolean[128];
  private static final boolean[] ASCII_DOMAIN = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      ASCII_LOCAL[c] = alnum || LOCAL_SPECIALS.indexOf(c) >= 0;
      ASCII_DOMAIN[c] = alnum || c == '-' || c == '.';
    }
  }

  /**
   * Common file extensions that are not top-level domains: {@code logo@2x.png} is an image, not an
   * address. Extensions that are real top-level domains ({@code .zip}, {@code .mov}, {@code .md})
   * are not listed.
   */
  private static final Set<String> FILE_EXTENSIONS =
      Set.of(
          "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "tif", "tiff", "heic", "ico", "pdf",
          "txt", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "csv", "exe", "dll",
          "msi", "js", "css", "htm", "html", "json", "xml", "yml", "yaml", "jar", "apk", "iso",
          "log", "bak", "tmp", "ini", "cfg", "wav", "avi", "mkv", "psd", "gz", "tgz", "rar");

  private final CharSequence text;
  private final int from;
  private final int to;
  private int position;
  private int start = -1;
  private int atIndex;
  private int end;
  private int tldStart;

  private EmailMatcher(CharSequence text, int from, int to) {
    this.text = text;
    this.from = from;
    this.to = to;
    this.position = from;
  }

  /**
   * Creates a matcher over a whole char sequence.
   *
   * @param text the text; it must not change while the matcher is in use
   * @return the matcher, positioned at the start
   */
  public static EmailMatcher of(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return new EmailMatcher(text, 0, text.length());
  }

  /**
   * Creates a matcher over a region of a char sequence. Chars outside the region are invisible: an
   * address is never extended across the region's bounds.
   *
   * @param text the text; it must not change while the matcher is in use
   * @param from start of the region
   * @param to exclusive end of the region
   * @return the matcher, positioned at {@code from}
   * @throws IndexOutOfBoundsException if {@code 0 <= from <= to <= text.length()} does not hold
   */
  public static EmailMatcher of(CharSequence text, int from, int to) {
    Objects.requireNonNull(text, "text");
    Objects.checkFromToIndex(from, to, text.length());
    return new EmailMatcher(text, from, to);
  }

  /**
   * Finds the next address after the previous match (or from the start of the region).
   *
   * @return true if an address was found; its offsets are then available
   */
  public boolean find() {
    while (position < to) {
      int at = indexOfAt(position);
      if (at < 0) {
        break;
      }
      if (matchAt(at)) {
        position = end;
        return true;
      }
      position = at + 1;
    }
    position = to;
    start = -1;
    return false;
  }

  /**
   * Returns the offset of the first char of the current address.
   *
   * @return the start offset in the char sequence
   * @throws IllegalStateException if the last {@link #find()} found nothing
   */
  public int start() {
    checkMatch();
    return start;
  }

  /**
   * Returns the offset after the last char of the current address (the end of its top-level
   * domain).
   *
   * @return the exclusive end offset in the char sequence
   * @throws IllegalStateException if the last {@link #find()} found nothing
   */
  public int end() {
    checkMatch();
    return end;
  }

  /**
   * Returns the offset of the {@code '@'} of the current address: the local part is {@code
   * [start(), atIndex())} and the domain {@code [atIndex() + 1, end())}.
   *
   * @return the offset of the {@code '@'}
   * @throws IllegalStateException if the last {@link #find()} found nothing
   */
  public int atIndex() {
    checkMatch();
    return atIndex;
  }

  /**
   * Returns the offset of the first char of the top-level domain of the current address, which
   * ends at {@link #end()}.
   *
   * @return the start offset of the last domain label
   * @throws IllegalStateException if the last {@link #find()} found nothing
   */
  public int tldStart() {
    checkMatch();
    return tldStart;
  }

  private void checkMatch() {
    if (start < 0) {
      throw new IllegalStateException(
          "no current match: call find() and check that it returns true");
    }
  }

  private int indexOfAt(int fromIndex) {
    if (to == text.length() && text instanceof String s) {
      return s.indexOf('@', fromIndex);
    }
    for (int i = fromIndex; i < to; i++) {
      if (text.charAt(i) == '@') {
        return i;
      }
    }
    return -1;
  }

  /** Tries to read an address around the {@code '@'} at {@code at}; sets the match if found. */
  private boolean matchAt(int at) {
    int localStart = localStart(at);
    if (localStart < 0) {
      return false;
    }
    int domainStart = at + 1;
    // Read the run of domain chars, one more than the longest domain, so that its end is known
    // whenever a domain could end there.
    int limit = Math.min(to, domainStart + MAX_DOMAIN + 1);
    int runEnd = domainStart;
    while (runEnd < limit) {
      int cp = codePointAt(runEnd);
      if (!isDomainChar(cp)) {
        break;
      }
      runEnd += Character.charCount(cp);
    }
    // A tail of dots and hyphens is punctuation however long it is: read past it. Each char is
    // read so by the nearest '@' before it only, since a run never holds an '@'.
    int tail = runEnd;
    while (tail < to && (text.charAt(tail) == '.' || text.charAt(tail) == '-')) {
      tail++;
    }
    boolean runEndKnown = tail >= to || !isDomainChar(codePointAt(tail));
    int domainEnd = runEnd;
    if (runEndKnown) {
      runEnd = tail;
      domainEnd = tail;
      while (domainEnd > domainStart
          && (text.charAt(domainEnd - 1) == '.' || text.charAt(domainEnd - 1) == '-')) {
        domainEnd--;
      }
    }
    // Walk the labels; the longest valid prefix that ends at a label boundary wins.
    int best = -1;
    int bestTld = -1;
    int labels = 0;
    int labelStart = domainStart;
    while (true) {
      int labelEnd = labelStart;
      while (labelEnd < domainEnd && text.charAt(labelEnd) != '.') {
        labelEnd++;
      }
      boolean last = labelEnd == domainEnd;
      if ((last && !runEndKnown) || !validLabel(labelStart, labelEnd)) {
        break;
      }
      labels++;
      if (labels >= 2 && labelEnd - domainStart <= MAX_DOMAIN && validTld(labelStart, labelEnd)) {
        best = labelEnd;
        bestTld = labelStart;
      }
      if (last || labelEnd - domainStart > MAX_DOMAIN) {
        break;
      }
      labelStart = labelEnd + 1;
    }
    if (best < 0 || (best == runEnd && runEnd < to && text.charAt(runEnd) == '@')) {
      return false;
    }
    start = localStart;
    atIndex = at;
    end = best;
    tldStart = bestTld;
    return true;
  }

  /** Returns the start of a valid local part ending at {@code at}, or -1. */
  private int localStart(int at) {
    int floor = Math.max(from, at - MAX_LOCAL - 1);
    int s = at;
    while (s > floor) {
      int cp = codePointBefore(s);
      if (!isLocalChar(cp)) {
        break;
      }
      s -= Character.charCount(cp);
    }
    if (at - s > MAX_LOCAL || (s > from && text.charAt(s - 1) == '@')) {
      return -1;
    }
    while (s < at && LEADING_PUNCTUATION.indexOf(text.charAt(s)) >= 0) {
      s++;
    }
    if (s == at) {
      return -1;
    }
    boolean letterOrDigit = false;
    char previous = 0;
    for (int i = s; i < at; i++) {
      char c = text.charAt(i);
      if (c == '.' && previous == '.') {
        return -1;
      }
      if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
        letterOrDigit = true;
      }
      previous = c;
    }
    return letterOrDigit && previous != '.' && previous != '/' ? s : -1;
  }

  private boolean validLabel(int labelStart, int labelEnd) {
    int length = labelEnd - labelStart;
    return length >= 1
        && length <= MAX_LABEL
        && text.charAt(labelStart) != '-'
        && text.charAt(labelEnd - 1) != '-';
  }

  private boolean validTld(int labelStart, int labelEnd) {
    int length = labelEnd - labelStart;
    if (length < 2) {
      return false;
    }
    if (length > 4 && startsWithPunycodePrefix(labelStart)) {
      for (int i = labelStart + 4; i < labelEnd; i++) {
        char c = text.charAt(i);
        if (c >= 0x80 || !(Character.isLetterOrDigit(c) || c == '-')) {
          return false;
        }
      }
      return true;
    }
    boolean ascii = true;
    for (int i = labelStart; i < labelEnd; ) {
      int cp = codePointAt(i);
      boolean letter = Character.isLetter(cp) || (i > labelStart && isMark(cp));
      if (!letter) {
        return false;
      }
      ascii &= cp < 0x80;
      i += Character.charCount(cp);
    }
    return !(ascii && length <= 4 && FILE_EXTENSIONS.contains(lowerAscii(labelStart, labelEnd)));
  }

  private boolean startsWithPunycodePrefix(int i) {
    return (text.charAt(i) | 0x20) == 'x'
        && (text.charAt(i + 1) | 0x20) == 'n'
        && text.charAt(i + 2) == '-'
        && text.charAt(i + 3) == '-';
  }

  private String lowerAscii(int from, int to) {
    char[] chars = new char[to - from];
    for (int i = from; i < to; i++) {
      chars[i - from] = (char) (text.charAt(i) | 0x20);
    }
    return new String(chars);
  }

  private int codePointAt(int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < to) {
      char d = text.charAt(i + 1);
      if (Character.isLowSurrogate(d)) {
        return Character.toCodePoint(c, d);
      }
    }
    return c;
  }

  private int codePointBefore(int i) {
    char c = text.charAt(i - 1);
    if (Character.isLowSurrogate(c) && i - 2 >= from) {
      char h = text.charAt(i - 2);
      if (Character.isHighSurrogate(h)) {
        return Character.toCodePoint(h, c);
      }
    }
    return c;
  }

  private static boolean isLocalChar(int cp) {
    return cp < 0x80 ? ASCII_LOCAL[cp] : isWordChar(cp);
  }

  private static boolean isDomainChar(int cp) {
    return cp < 0x80 ? ASCII_DOMAIN[cp] : isWordChar(cp);
  }

  /** Letters and digits of any script, and the combining marks that accents may be written as. */
  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) || isMark(cp);
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /** Returns the region and the position; never text. */
  @Override
  public String toString() {
    return "EmailMatcher[region=" + from + ".." + to + ", position=" + position
        + (start >= 0 ? ", match=" + start + ".." + end : "") + "]";
  }
}
