package dev.blindspot.detect.fuzzy;

import dev.blindspot.text.TextView;
import dev.blindspot.text.ViewFactory;
import java.util.Arrays;

/**
 * Builds the view of a text in which obfuscated e-mail addresses are written in clear: "john .
 * smith @ outlook . com", "john [at] outlook [dot] com", "jean.dupont arobase orange point fr",
 * "ivan собака mail точка ru" and "john.smith@" at the end of a line followed by "outlook.com"
 * all read {@code john.smith@outlook.com}-like in the view, and everything else is copied. The
 * at and dot words are those of {@link SeparatorParser}. Detectors build it over the shared
 * {@link NormalizedView}, so entities, escapes, invisible chars and Unicode disguises are already
 * undone.
 *
 * <p>Only the neighbourhood of an at is touched: an {@code '@'} with white space or a line break
 * or an obfuscated dot next to its words, a bracketed at, or an at word ("at", "arobase",
 * "Klammeraffe"...) followed by a word with a dot. Around each, the text is cut into {@link Tokens}; an at joins the chain of words and dots
 * just before it (the local part, at most 64 chars) with the chain just after it (the domain, at
 * most 253 chars), if both exist and the domain has a dot. When two ats compete for the same word
 * ("mail me at john.smith @outlook.com"), the stronger one wins, and the later one on a tie:
 * introductions such as "reach me at" come before addresses. A dot is undone only inside the
 * chains of an at that is undone, so "dot by dot" elsewhere stays as written.
 *
 * <p>Each undone separator, with its white space, becomes one {@code '@'} or {@code '.'} of the
 * view that maps back to the whole separator; words are copied, so an address found on the view
 * maps back to exactly the chars from its first to its last letter. The view decides nothing about
 * whether an address is real: the recognizer and the detector's checks do.
 *
 * <p>Work is linear in the text length: finding ats is one pass, and only windows around them are
 * cut into tokens, each char at most once. Stateless and thread-safe; use {@link #FACTORY}.
 */
final class ObfuscatedEmailView implements ViewFactory {

  /** The one factory, so that views are shared within a scan. */
  static final ObfuscatedEmailView FACTORY = new ObfuscatedEmailView();

  /** The name of this view's step in explanations. */
  static final String STEP = "email-obfuscation-undone";

  private static final int MAX_LOCAL = 64;
  private static final int MAX_DOMAIN = 253;
  /** Text read before an at: a local part of 64 chars, each followed by a wide separator. */
  private static final int WINDOW_BEFORE = 192;
  /** Text read after an at: a domain of 253 chars plus separators. */
  private static final int WINDOW_AFTER = 640;
  /** How far an anchor check reads the words next to an {@code '@'}. */
  private static final int WORD_SCAN = 260;

  private ObfuscatedEmailView() {}

  /**
   * The cheap pre-filter: tells whether the text has an at that the view would look at.
   *
   * @param text the original text
   * @return false when the view would be the text itself
   */
  static boolean mayApply(CharSequence text) {
    return nextAnchor(text, 0, new SeparatorParser(text, text.length())) >= 0;
  }

  @Override
  public TextView create(TextView original) {
    CharSequence text = original.text();
    int n = text.length();
    SeparatorParser parser = new SeparatorParser(text, n);
    Edits edits = new Edits();
    int regionStart = -1;
    int regionEnd = -1;
    for (int a = nextAnchor(text, 0, parser); a >= 0; a = nextAnchor(text, a + 1, parser)) {
      int from = Math.max(0, a - WINDOW_BEFORE);
      int to = (int) Math.min(n, (long) a + WINDOW_AFTER);
      if (regionEnd >= 0 && from <= regionEnd) {
        regionEnd = Math.max(regionEnd, to);
      } else {
        if (regionEnd >= 0) {
          undoSeparators(text, regionStart, regionEnd, edits);
        }
        regionStart = from;
        regionEnd = to;
      }
    }
    if (regionEnd >= 0) {
      undoSeparators(text, regionStart, regionEnd, edits);
    }
    if (edits.count == 0) {
      return original;
    }
    TextView.Builder builder = TextView.builder(original, STEP);
    for (int e = 0; e < edits.count; e++) {
      builder.copy(edits.starts[e]).replace(edits.ends[e], edits.ats[e] ? "@" : ".");
    }
    return builder.build();
  }

  /**
   * Returns the position of the next at the view should look at, from {@code from} on, or -1.
   * Clean addresses ("john@outlook.com") are not anchors: the regex detectors find them.
   */
  static int nextAnchor(CharSequence text, int from, SeparatorParser parser) {
    int n = text.length();
    for (int i = from; i < n; i++) {
      char c = text.charAt(i);
      if (c == '@') {
        if (obfuscatedAround(text, i, parser)) {
          return i;
        }
      } else if (SeparatorParser.closerOf(c) != 0) {
        Separator s = parser.parse(i);
        if (s == Separator.AT_BRACKETED) {
          return i;
        }
      } else if (SeparatorParser.isBlank(c) && i + 1 < n
          && SeparatorParser.mayStartAtWord(text.charAt(i + 1))) {
        Separator s = parser.parse(i);
        if ((s == Separator.AT_WORD || s == Separator.AT_SPELLED)
            && wordBefore(text, i)
            && domainFollows(text, parser.end(), parser)) {
          return i;
        }
      }
    }
    return -1;
  }

  /** An {@code '@'} with white space next to it, or an obfuscated dot next to its words. */
  private static boolean obfuscatedAround(CharSequence text, int at, SeparatorParser parser) {
    int n = text.length();
    if ((at > 0 && SeparatorParser.isBlank(text.charAt(at - 1)))
        || (at + 1 < n && SeparatorParser.isBlank(text.charAt(at + 1)))) {
      return true;
    }
    int wordEnd = at + 1;
    while (wordEnd < n
        && wordEnd - at <= WORD_SCAN
        && SeparatorParser.isAddressChar(text.charAt(wordEnd))) {
      wordEnd++;
    }
    Separator after = wordEnd > at + 1 ? parser.parse(wordEnd) : null;
    if (after != null && !after.isAt()) {
      return true;
    }
    if (wordEnd > at + 2 && text.charAt(wordEnd - 1) == '.') {
      Separator broken = parser.parse(wordEnd - 1); // "outlook.\ncom"
      if (broken != null && !broken.isAt()) {
        return true;
      }
    }
    int wordStart = at;
    while (wordStart > 0 && at - wordStart <= MAX_LOCAL
        && SeparatorParser.isAddressChar(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    return wordStart < at && dotEndsAt(text, wordStart);
  }

  /**
   * Tells whether an obfuscated dot may end where the word at {@code wordStart} begins (a cheap
   * over-approximation: the tokens decide).
   */
  private static boolean dotEndsAt(CharSequence text, int wordStart) {
    if (text.charAt(wordStart) == '.') {
      return wordStart > 0 && SeparatorParser.isSpace(text.charAt(wordStart - 1));
    }
    int p = wordStart;
    while (p > 0 && wordStart - p < SeparatorParser.MAX_SPACES + 2
        && SeparatorParser.isBlank(text.charAt(p - 1))) {
      p--;
    }
    if (p == 0) {
      return false;
    }
    char c = text.charAt(p - 1);
    if (SeparatorParser.isCloser(c) || (c == '.' && p < wordStart)) {
      return true;
    }
    if (p == wordStart || !Character.isLetter(c)) {
      return false;
    }
    int q = p;
    while (q > 0 && p - q <= SeparatorParser.LONGEST_WORD
        && (Character.isLetter(text.charAt(q - 1)) || text.charAt(q - 1) == '-')) {
      q--;
    }
    Separator word = SeparatorParser.wordSeparator(text, q, p);
    return word != null && !word.isAt();
  }

  /** Tells whether a word ends before the white space that ends at {@code space}. */
  private static boolean wordBefore(CharSequence text, int space) {
    int p = space;
    while (p > 0 && space - p < SeparatorParser.MAX_SPACES + 2
        && SeparatorParser.isBlank(text.charAt(p - 1))) {
      p--;
    }
    return p > 0 && SeparatorParser.isAddressChar(text.charAt(p - 1));
  }

  /** Tells whether a word with a dot, or a word and an obfuscated dot, starts at {@code i}. */
  private static boolean domainFollows(CharSequence text, int i, SeparatorParser parser) {
    int n = text.length();
    int j = i;
    boolean innerDot = false;
    while (j < n && j - i <= WORD_SCAN && SeparatorParser.isAddressChar(text.charAt(j))) {
      innerDot |= text.charAt(j) == '.' && j > i && j + 1 < n
          && SeparatorParser.isAddressChar(text.charAt(j + 1)) && text.charAt(j + 1) != '.';
      j++;
    }
    if (j == i || (j < n && text.charAt(j) == '@')) {
      return false; // no word, or the local part of a clean address
    }
    if (innerDot) {
      return true;
    }
    Separator after = parser.parse(j);
    return after != null && !after.isAt();
  }

  /** Decides which separators of {@code text[from, to)} to undo, and records them. */
  private static void undoSeparators(CharSequence text, int from, int to, Edits edits) {
    Tokens tokens = Tokens.of(text, from, to);
    int count = tokens.count();
    int[] first = new int[count];
    int[] last = new int[count];
    boolean[] viable = new boolean[count];
    for (int k = 0; k < count; k++) {
      if (!tokens.isAt(k) || !tokens.isWord(k - 1) || !tokens.isWord(k + 1)) {
        continue;
      }
      int f = k - 1;
      int length = tokens.length(f);
      while (tokens.isDot(f - 1) && tokens.isWord(f - 2)
          && length + 1 + tokens.length(f - 2) <= MAX_LOCAL) {
        f -= 2;
        length += 1 + tokens.length(f);
      }
      int l = k + 1;
      length = tokens.length(l);
      boolean dot = tokens.hasInnerDot(l);
      while (tokens.isDot(l + 1) && tokens.isWord(l + 2)
          && length + 1 + tokens.length(l + 2) <= MAX_DOMAIN) {
        l += 2;
        length += 1 + tokens.length(l);
        dot = true;
      }
      first[k] = f;
      last[k] = l;
      viable[k] = dot;
    }
    boolean[] undo = new boolean[count];
    for (int k = 0; k < count; k++) {
      if (!viable[k] || outranked(tokens, viable, k, first[k] - 1, last[k] + 1)) {
        continue;
      }
      undo[k] = tokens.separator(k) != Separator.AT_PLAIN;
      for (int d = first[k] + 1; d < last[k]; d += 2) {
        if (d != k) {
          undo[d] = true;
        }
      }
    }
    for (int k = 0; k < count; k++) {
      if (undo[k]) {
        edits.add(tokens.start(k), tokens.end(k), tokens.isAt(k));
      }
    }
  }

  /** An at loses its words to a viable at sharing them that is stronger, or as strong and later. */
  private static boolean outranked(Tokens tokens, boolean[] viable, int k, int before, int after) {
    int strength = tokens.separator(k).strength();
    boolean laterAsStrong =
        tokens.isAt(after) && viable[after] && tokens.separator(after).strength() >= strength;
    boolean earlierStronger =
        tokens.isAt(before) && viable[before] && tokens.separator(before).strength() > strength;
    return laterAsStrong || earlierStronger;
  }

  /** Returns the step name; the factory holds no text. */
  @Override
  public String toString() {
    return "ObfuscatedEmailView[" + STEP + "]";
  }

  /** Separators to undo, in text order, as parallel arrays. */
  private static final class Edits {
    int count;
    int[] starts = new int[8];
    int[] ends = new int[8];
    boolean[] ats = new boolean[8];

    void add(int start, int end, boolean at) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
        ats = Arrays.copyOf(ats, count * 2);
      }
      starts[count] = start;
      ends[count] = end;
      ats[count] = at;
      count++;
    }
  }
}
