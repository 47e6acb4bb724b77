package dev.blindspot.detect.regex;

import dev.blindspot.PiiType;
import java.util.List;

/**
 * Web addresses starting with {@code http://}, {@code https://} or {@code www.} (any case): a host
 * of dot-separated labels ending with a top-level domain of letters, or an IPv4 or bracketed IPv6
 * literal, or {@code localhost}; then an optional port, path, query and fragment, up to {@value
 * #MAX_LENGTH} chars. Trailing punctuation of the sentence ({@code . , ; : ! ?} and quotes) is left
 * out, and so is a closing parenthesis or bracket that the URL did not open. Score {@value
 * #SCORE}.
 *
 * <p>Unlike the other recognizers, it reads the URL candidates of the {@link CandidateScanner},
 * whose extent {@link #extent} decides.
 */
final class UrlRecognizer extends Recognizer {

  static final int MAX_LENGTH = 2048;
  static final double SCORE = 0.6;

  private static final int MAX_HOST = 253;

  UrlRecognizer() {
    super(
        PiiType.URL,
        "pattern:url",
        ContextWords.of(
            List.of(
                "url", "link", "website", "site", "page", "profile", "lien", "site web",
                "profil", "Link", "Webseite", "enlace", "sitio", "sitio web"),
            List.of()));
  }

  @Override
  boolean wants(Run run) {
    return false; // URL candidates come through matchUrl
  }

  @Override
  void match(Run run, List<String> languages, Hits hits) {
    // Runs never hold URLs: the scanner hands them out whole.
  }

  /** Adds the URL candidate {@code [start, end)} found by {@link #extent}. */
  void matchUrl(int start, int end, Hits hits) {
    hits.add(this, start, end, SCORE, explain().withValidation("host"));
  }

  /**
   * Returns the end of the URL that starts at the letter atom {@code [atomStart, atomEnd)}, or -1
   * if no URL starts there. Reads at most {@value #MAX_LENGTH} chars.
   */
  static int extent(CharSequence text, int atomStart, int atomEnd) {
    int length = atomEnd - atomStart;
    int hostStart;
    if ((length == 4 || length == 5)
        && startsWithIgnoreCase(text, atomStart, length == 4 ? "http" : "https")
        && startsWithIgnoreCase(text, atomEnd, "://")) {
      hostStart = atomEnd + 3;
    } else if (length == 3 && startsWithIgnoreCase(text, atomStart, "www")
        && atomEnd < text.length() && text.charAt(atomEnd) == '.') {
      hostStart = atomStart;
    } else {
      return -1;
    }
    int hostEnd = host(text, hostStart);
    if (hostEnd < 0) {
      return -1;
    }
    int limit = Math.min(text.length(), atomStart + MAX_LENGTH);
    int end = hostEnd;
    while (end < limit && isUrlChar(text.charAt(end))) {
      end++;
    }
    return trim(text, atomStart, end);
  }

  /** Returns the end of a valid host at {@code from}, or -1. */
  private static int host(CharSequence text, int from) {
    int n = text.length();
    if (from < n && text.charAt(from) == '[') {
      int close = from + 1;
      while (close < n && close - from <= 46 && text.charAt(close) != ']') {
        close++;
      }
      return close < n && text.charAt(close) == ']'
          && IpAddressRecognizer.ipv6(text, from + 1, close) ? close + 1 : -1;
    }
    int limit = Math.min(n, from + MAX_HOST + 1);
    int end = from;
    while (end < limit && (CandidateScanner.isAsciiAlnum(text.charAt(end))
        || text.charAt(end) == '-' || text.charAt(end) == '.'
        || (text.charAt(end) > 0x7f && Character.isLetterOrDigit(text.charAt(end))))) {
      end++;
    }
    while (end > from && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
      end--;
    }
    if (end == from || end - from > MAX_HOST) {
      return -1;
    }
    if (end - from == 9 && startsWithIgnoreCase(text, from, "localhost")) {
      return end;
    }
    // The last label is the top-level domain: two letters or more, or the host is an IPv4.
    int lastDot = end - 1;
    while (lastDot >= from && text.charAt(lastDot) != '.') {
      lastDot--;
    }
    if (lastDot < from + 1 || text.charAt(lastDot - 1) == '.') {
      return -1;
    }
    boolean letters = end - lastDot - 1 >= 2;
    for (int i = lastDot + 1; i < end && letters; i++) {
      letters = Character.isLetter(text.charAt(i));
    }
    if (letters) {
      for (int i = from + 1; i < end; i++) {
        if (text.charAt(i) == '.' && text.charAt(i - 1) == '.') {
          return -1;
        }
      }
      return end;
    }
    return isIpv4(text, from, end) ? end : -1;
  }

  private static boolean isIpv4(CharSequence text, int from, int to) {
    int parts = 0;
    int partStart = from;
    for (int i = from; i <= to; i++) {
      if (i == to || text.charAt(i) == '.') {
        int length = i - partStart;
        if (length < 1 || length > 3 || !Checksums.allDigits(text, partStart, i)
            || Checksums.number(text, partStart, i) > 255) {
          return false;
        }
        parts++;
        partStart = i + 1;
      }
    }
    return parts == 4;
  }

  private static boolean isUrlChar(char c) {
    if (c < 0x80) {
      return CandidateScanner.isAsciiAlnum(c) || "-._~:/?#[]@!$&'()*+,;=%".indexOf(c) >= 0;
    }
    return Character.isLetterOrDigit(c);
  }

  /** Drops trailing punctuation and closing brackets the URL did not open. */
  private static int trim(CharSequence text, int start, int end) {
    int parens = 0;
    int brackets = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      parens += c == '(' ? 1 : c == ')' ? -1 : 0;
      brackets += c == '[' ? 1 : c == ']' ? -1 : 0;
    }
    while (end > start) {
      char c = text.charAt(end - 1);
      if (".,;:!?'\"*".indexOf(c) >= 0) {
        end--;
      } else if (c == ')' && parens < 0) {
        parens++;
        end--;
      } else if (c == ']' && brackets < 0) {
        brackets++;
        end--;
      } else {
        break;
      }
    }
    return end;
  }

  private static boolean startsWithIgnoreCase(CharSequence text, int at, String prefix) {
    if (at + prefix.length() > text.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      char c = text.charAt(at + i);
      char p = prefix.charAt(i);
      if (c != p && !(p >= 'a' && p <= 'z' && c == p - 32)) {
        return false;
      }
    }
    return true;
  }
}
