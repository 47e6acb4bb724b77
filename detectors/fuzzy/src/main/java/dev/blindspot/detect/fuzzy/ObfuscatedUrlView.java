package dev.blindspot.detect.fuzzy;

import dev.blindspot.text.TextView;
import dev.blindspot.text.ViewFactory;
import java.util.Arrays;

/**
 * The view of a text in which defanged or read-out web addresses are written in clear, for the
 * regex module's URL recognizer: "hxxps://www[.]facebook[.]com/x" reads {@code
 * https://www.facebook.com/x} and "www dot linkedin dot com slash in slash x" (or "www point
 * linkedin point com slash...") reads {@code www.linkedin.com/in/x}.
 *
 * <p>Only text anchored on a scheme written {@code hxxp} or {@code hxxps} followed by {@code
 * "://"}, or on a {@code www} followed by a bracketed or spelled dot, is touched, so "dot by dot"
 * or "slash prices" in prose stay as written. From the anchor, the address is read to the next
 * white space that is not part of a spelled separator, at most {@value #MAX_LENGTH} chars; each
 * bracketed dot ({@code [.]}, {@code (.)}, {@code [dot]}), spelled dot with its spaces (dot,
 * point, punkt, punto, ponto, punt) and spelled slash ("slash") becomes one {@code '.'} or {@code
 * '/'} mapped back to the whole separator.
 *
 * <p>One pass; an anchor reads at most {@value #MAX_LENGTH} chars. Stateless and thread-safe; use
 * {@link #FACTORY}.
 */
final class ObfuscatedUrlView implements ViewFactory {

  /** The one factory. */
  static final ObfuscatedUrlView FACTORY = new ObfuscatedUrlView();

  /** The name of this view's step in explanations. */
  static final String STEP = "url-defanged";

  /** The longest address read from an anchor. */
  static final int MAX_LENGTH = 256;

  private static final String[] DOT_WORDS = {"dot", "point", "punkt", "punto", "ponto", "punt"};
  private static final String[] SLASH_WORDS = {"slash"};

  private ObfuscatedUrlView() {}

  @Override
  public TextView create(TextView base) {
    CharSequence text = base.text();
    int n = text.length();
    Edits edits = new Edits();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if ((c == 'h' || c == 'H' || c == 'w' || c == 'W')
          && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        int end = c == 'h' || c == 'H' ? defanged(text, i, edits) : spelled(text, i, edits);
        if (end > i) {
          i = end;
          continue;
        }
      }
      i++;
    }
    if (edits.count == 0) {
      return base;
    }
    TextView.Builder builder = TextView.builder(base, STEP);
    for (int e = 0; e < edits.count; e++) {
      builder.copy(edits.starts[e]).replace(edits.ends[e], edits.replacements[e]);
    }
    return builder.build();
  }

  /** Reads "hxxp[s]://host[.]tld/path" at {@code i}; records its edits, returns its end or -1. */
  private static int defanged(CharSequence text, int i, Edits edits) {
    int n = text.length();
    if (i + 7 > n || !equalsIgnoreCase(text, i, "hxxp")) {
      return -1;
    }
    int p = i + 4;
    if (p < n && (text.charAt(p) == 's' || text.charAt(p) == 'S')) {
      p++;
    }
    if (p + 3 > n || text.charAt(p) != ':' || text.charAt(p + 1) != '/'
        || text.charAt(p + 2) != '/') {
      return -1;
    }
    edits.add(i + 1, i + 3, text.charAt(i + 1) == 'X' ? "TT" : "tt");
    p += 3;
    int limit = Math.min(n, i + MAX_LENGTH);
    while (p < limit && !Character.isWhitespace(text.charAt(p))) {
      int dot = bracketedDot(text, p);
      if (dot > p) {
        edits.add(p, dot, ".");
        p = dot;
      } else {
        p++;
      }
    }
    return p;
  }

  /**
   * Reads "www dot host dot tld slash path" or "www[.]host[.]tld" at {@code i}; records its
   * edits and returns its end, or -1 when {@code www} is not followed by an obfuscated dot.
   */
  private static int spelled(CharSequence text, int i, Edits edits) {
    int n = text.length();
    if (i + 3 > n || !equalsIgnoreCase(text, i, "www")) {
      return -1;
    }
    int limit = Math.min(n, i + MAX_LENGTH);
    int mark = edits.count;
    int p = i + 3;
    int dots = 0;
    int labelStart = p;
    int tldStart = -1;
    int tldEnd = -1;
    boolean path = false;
    while (p < limit) {
      int dot = bracketedDot(text, p);
      char replacement = '.';
      if (dot < 0) {
        dot = spelledSeparator(text, p, limit, DOT_WORDS);
      }
      if (dot < 0 && dots >= 2) {
        dot = spelledSeparator(text, p, limit, SLASH_WORDS);
        replacement = '/';
      }
      if (dot < 0) {
        if (p < limit && !Character.isWhitespace(text.charAt(p))
            && (Character.isLetterOrDigit(text.charAt(p)) || "-_~%".indexOf(text.charAt(p)) >= 0
                || (text.charAt(p) == '.' && p + 1 < limit
                    && Character.isLetterOrDigit(text.charAt(p + 1))))) {
          p++;
          continue;
        }
        break;
      }
      if (dot >= limit || !Character.isLetterOrDigit(text.charAt(dot))) {
        break; // a separator must be followed by the next label or segment
      }
      if (!path) {
        tldStart = labelStart;
        tldEnd = p;
      }
      path |= replacement == '/';
      edits.add(p, dot, String.valueOf(replacement));
      dots += replacement == '.' ? 1 : 0;
      p = dot;
      labelStart = p;
    }
    if (!path) {
      tldStart = labelStart;
      tldEnd = p;
    }
    if (dots < 2 || tldEnd <= tldStart
        || !TopLevelDomains.isKnown(text.subSequence(tldStart, tldEnd))) {
      edits.count = mark; // "www dot" alone, or "www dot by dot and slash prices", is no address
      return -1;
    }
    return p;
  }

  /** Returns the end of a bracketed dot at {@code p} ("[.]", "(.)", "[dot]"), or -1. */
  private static int bracketedDot(CharSequence text, int p) {
    int n = text.length();
    char open = text.charAt(p);
    char close = open == '[' ? ']' : open == '(' ? ')' : open == '{' ? '}' : 0;
    if (close == 0) {
      return -1;
    }
    if (p + 2 < n && text.charAt(p + 1) == '.' && text.charAt(p + 2) == close) {
      return p + 3;
    }
    for (String word : DOT_WORDS) {
      int e = p + 1 + word.length();
      if (e < n && text.charAt(e) == close && equalsIgnoreCase(text, p + 1, word)) {
        return e + 1;
      }
    }
    return -1;
  }

  /** Returns the end of " word " (one to two spaces on each side) at {@code p}, or -1. */
  private static int spelledSeparator(CharSequence text, int p, int limit, String[] words) {
    int q = p;
    while (q < limit && q - p < 2 && text.charAt(q) == ' ') {
      q++;
    }
    if (q == p) {
      return -1;
    }
    for (String word : words) {
      int e = q + word.length();
      if (e < limit && text.charAt(e) == ' ' && equalsIgnoreCase(text, q, word)) {
        int r = e;
        while (r < limit && r - e < 2 && text.charAt(r) == ' ') {
          r++;
        }
        return r;
      }
    }
    return -1;
  }

  private static boolean equalsIgnoreCase(CharSequence text, int p, String word) {
    if (p + word.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (Character.toLowerCase(text.charAt(p + k)) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Returns the step name; the factory holds no text. */
  @Override
  public String toString() {
    return "ObfuscatedUrlView[" + STEP + "]";
  }

  /** Replacements in text order, as parallel arrays. */
  private static final class Edits {
    int count;
    int[] starts = new int[8];
    int[] ends = new int[8];
    String[] replacements = new String[8];

    void add(int start, int end, String replacement) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
        replacements = Arrays.copyOf(replacements, count * 2);
      }
      starts[count] = start;
      ends[count] = end;
      replacements[count] = replacement;
      count++;
    }
  }
}
