package dev.blindspot.detect.regex;

import dev.blindspot.PiiType;
import java.util.List;

/**
 * IPv4 and IPv6 addresses.
 *
 * <ul>
 *   <li>IPv4: exactly four dot-separated numbers of 0 to 255 without leading zeros, not part of a
 *       longer dotted sequence, so version strings such as {@code 10.0.19041.1237} and dotted
 *       dates are not addresses. A port after a colon is left out. Score {@value
 *       Recognizer#STRUCTURE}; words such as "version" or "build" nearby lower it.
 *   <li>IPv6: eight groups of one to four hexadecimal digits, or fewer with one {@code ::}, the
 *       last two groups possibly written as IPv4 ({@code ::ffff:192.0.2.1}); a zone ({@code
 *       %eth0}) is included; brackets, a port and trailing punctuation are left out. Score {@value
 *       #IPV6}.
 * </ul>
 */
final class IpAddressRecognizer extends Recognizer {

  static final double IPV6 = 0.75;

  /** Longest IPv6 text without zone: eight groups of four and seven colons, or IPv4-mapped. */
  private static final int MAX_IPV6 = 45;

  private static final int MAX_ZONE = 32;

  IpAddressRecognizer() {
    super(
        PiiType.IP_ADDRESS,
        "pattern:ip",
        ContextWords.of(
            List.of(
                "ip", "ip address", "ipv4", "ipv6", "address", "server", "host", "router",
                "gateway", "dns", "vpn", "adresse ip", "serveur", "routeur", "passerelle",
                "IP-Adresse", "Server", "dirección ip", "servidor"),
            List.of(
                "version", "ver", "v", "build", "release", "firmware", "update", "patch",
                "driver", "mise à jour", "pilote", "Treiber", "versión",
                "actualización")));
  }

  @Override
  void match(Run run, List<String> languages, Hits hits) {
    for (int k = 0; k < run.size(); k++) {
      if (run.isNumber(k) && !run.gapIs(k, '.')) {
        int m = k;
        while (m + 1 < run.size() && run.gapIs(m + 1, '.') && run.isNumber(m + 1)) {
          m++;
        }
        if (m - k == 3 && !(m + 1 < run.size() && run.gapIs(m + 1, '.')) && ipv4(run, k)) {
          hits.add(this, run.start(k), run.end(m), STRUCTURE,
              explain().withValidation("ipv4-octets"));
        }
      }
      ipv6At(run, k, hits);
    }
  }

  private static boolean ipv4(Run run, int from) {
    for (int k = from; k < from + 4; k++) {
      if (!octet(run.text(), run.start(k), run.end(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean octet(CharSequence text, int from, int to) {
    int length = to - from;
    return length >= 1
        && length <= 3
        && !(length > 1 && text.charAt(from) == '0')
        && Checksums.allDigits(text, from, to)
        && Checksums.number(text, from, to) <= 255;
  }

  /**
   * Tries an IPv6 address whose first group is atom {@code k} (or a "::" just before it). Only the
   * start of a stretch of hexadecimal digits, colons and dots is tried, so each char is read by a
   * bounded number of tries.
   */
  private void ipv6At(Run run, int k, Hits hits) {
    CharSequence text = run.text();
    int start = run.start(k);
    if (start >= 2 && text.charAt(start - 1) == ':' && text.charAt(start - 2) == ':') {
      start -= 2; // a leading "::"
    }
    if (start > 0 && isAddressChar(text.charAt(start - 1))) {
      return; // inside a stretch that started earlier
    }
    int limit = Math.min(text.length(), start + MAX_IPV6 + 1);
    int end = start;
    int colons = 0;
    while (end < limit && isAddressChar(text.charAt(end))) {
      colons += text.charAt(end) == ':' ? 1 : 0;
      end++;
    }
    if (colons < 2 || (end == limit && limit < text.length() && isAddressChar(text.charAt(limit)))) {
      return; // not an address, or longer than any address
    }
    // Cut trailing punctuation or a word glued after a dot: try the stretch, then each cut at a
    // colon or a dot, longest first.
    for (int e = end; e > start; e--) {
      if ((e == end || text.charAt(e) == ':' || text.charAt(e) == '.')
          && !(e < text.length() && isWordChar(text.charAt(e)))
          && ipv6(text, start, e)) {
        hits.add(this, start, zone(text, e), IPV6, explain().withValidation("ipv6"));
        return;
      }
    }
  }

  private static boolean isAddressChar(char c) {
    return Checksums.isHex(c) || c == ':' || c == '.';
  }

  private static boolean isWordChar(char c) {
    return CandidateScanner.isAsciiAlnum(c);
  }

  /** Returns the end of a zone id such as {@code %eth0} after {@code end}, or {@code end}. */
  private static int zone(CharSequence text, int end) {
    if (end >= text.length() || text.charAt(end) != '%') {
      return end;
    }
    int i = end + 1;
    int limit = Math.min(text.length(), i + MAX_ZONE);
    while (i < limit && (CandidateScanner.isAsciiAlnum(text.charAt(i))
        || text.charAt(i) == '_' || text.charAt(i) == '-')) {
      i++;
    }
    return i > end + 1 ? i : end;
  }

  /** Tells whether {@code text[from, to)} is an IPv6 address (RFC 4291 text forms). */
  static boolean ipv6(CharSequence text, int from, int to) {
    int groups = 0;
    boolean compressed = false;
    boolean digit = false;
    int i = from;
    if (to - from >= 2 && text.charAt(i) == ':' && text.charAt(i + 1) == ':') {
      compressed = true;
      i += 2;
    } else if (i < to && text.charAt(i) == ':') {
      return false;
    }
    while (i < to) {
      int groupStart = i;
      while (i < to && Checksums.isHex(text.charAt(i))) {
        digit |= text.charAt(i) <= '9';
        i++;
      }
      if (i < to && text.charAt(i) == '.') {
        if (!ipv4Tail(text, groupStart, to)) {
          return false;
        }
        groups += 2;
        i = to;
        break;
      }
      int length = i - groupStart;
      if (length == 0 || length > 4) {
        return false;
      }
      groups++;
      if (i == to) {
        break;
      }
      i++; // the ':'
      if (i < to && text.charAt(i) == ':') {
        if (compressed) {
          return false;
        }
        compressed = true;
        i++;
      } else if (i == to) {
        return false;
      }
    }
    return digit && (compressed ? groups <= 7 : groups == 8);
  }

  private static boolean ipv4Tail(CharSequence text, int from, int to) {
    int parts = 0;
    int partStart = from;
    for (int i = from; i <= to; i++) {
      if (i == to || text.charAt(i) == '.') {
        if (!octet(text, partStart, i)) {
          return false;
        }
        parts++;
        partStart = i + 1;
      }
    }
    return parts == 4;
  }
}
