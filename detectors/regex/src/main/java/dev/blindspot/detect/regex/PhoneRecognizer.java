package dev.blindspot.detect.regex;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber.CountryCodeSource;
import dev.blindspot.PiiType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telephone numbers of every region, validated by Google's libphonenumber ({@code
 * Leniency.VALID}) on short windows only: runs of digit groups joined by spaces, dashes, dots or
 * parentheses, holding {@value #MIN_DIGITS} to {@value #MAX_DIGITS} digits, with the {@code '+'}
 * or {@code '('} just before them. Windows never cross a date (12.05.2023, 2023-05-12).
 *
 * <p>Numbers with a {@code '+'} are parsed for any region; the others for the regions of the
 * text's language (en: US, GB, CA, AU, IE; fr: FR, BE, CH, CA, LU; de: DE, AT, CH; es: ES, MX,
 * AR, CO, CL...), or of the scanner's languages when the text's is unknown, or of {@link
 * #DEFAULT_REGIONS}; an {@code 00} international prefix is understood where the region dials it.
 * libphonenumber is called for a region only when {@link PhonePrecheck} sees that the window's
 * digits may hold a valid number there, which spares most calls: a window is parsed once per
 * region that may accept it, and once in all when it starts with {@code '+'}. In a plain window
 * (digit groups joined by spaces, dashes or dots, the common case) the numbers {@code findNumbers}
 * would find are found by the few steps its matcher takes there, without its scans for brackets,
 * dates, pages and times that such a window cannot hold ({@link #findInPlainWindow}).
 *
 * <p>Scores: international form ({@code +} or {@code 00}) {@value #INTERNATIONAL}; national form
 * with separators {@value Recognizer#STRUCTURE}; bare digits {@value Recognizer#BARE}, which
 * needs a context word such as "phone" or "tél" to reach the default threshold.
 */
final class PhoneRecognizer extends Recognizer {

  static final int MIN_DIGITS = 7;
  static final int MAX_DIGITS = 17;
  static final double INTERNATIONAL = 0.85;

  static final List<String> DEFAULT_REGIONS = List.of("US", "GB", "FR", "DE", "ES");

  private static final Map<String, List<String>> REGIONS_BY_LANGUAGE =
      Map.of(
          "en", List.of("US", "GB", "CA", "AU", "IE"),
          "fr", List.of("FR", "BE", "CH", "CA", "LU"),
          "de", List.of("DE", "AT", "CH"),
          "es", List.of("ES", "MX", "AR", "CO", "CL", "PE", "US"),
          "it", List.of("IT", "CH"),
          "nl", List.of("NL", "BE"),
          "pt", List.of("PT", "BR"));

  /** Kinds of separators in a gap, as bits: where libphonenumber splits a window into parts. */
  private static final int SPACE = 1;

  private static final int DOT = 2;
  private static final int PAREN = 4;
  private static final int SPACED_HYPHEN = 8;

  /** Most separators between two groups of a {@link #plainWindow}. */
  private static final int MAX_PLAIN_GAP = 4;

  /**
   * Where libphonenumber's matcher cuts a candidate that is no number into pieces, in its order:
   * those of its patterns that a {@link #plainWindow} may match (it has no slash, bracket or wide
   * dash), each capturing the piece after the cut.
   */
  private static final Pattern[] INNER_PIECES = {
    Pattern.compile("(?:\\p{Z}-|-\\p{Z})\\p{Z}*(.+)"),
    Pattern.compile("\\.+\\p{Z}*([^.]+)"),
    Pattern.compile("\\p{Z}+(\\P{Z}+)")
  };

  /** What libphonenumber trims from the end of a piece: all but digits, letters and '#'. */
  private static final Pattern UNWANTED_END = Pattern.compile("[[\\P{N}&&\\P{L}]&&[^#]]+$");

  /** The region libphonenumber parses numbers written with {@code '+'} for. */
  private static final String INTERNATIONAL_REGION = "ZZ";

  /** Bound of {@link #prechecksByLanguages}: language lists come from callers. */
  private static final int MAX_CACHED_LANGUAGE_LISTS = 64;

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private final Map<List<String>, List<PhonePrecheck>> prechecksByLanguages =
      new ConcurrentHashMap<>();

  PhoneRecognizer() {
    super(
        PiiType.PHONE_NUMBER,
        "pattern:phone",
        ContextWords.of(
            List.of(
                "phone", "telephone", "tel", "mobile", "cell", "cellphone", "call", "call me",
                "fax", "whatsapp", "sms", "text me", "téléphone", "tél", "portable",
                "appeler", "appelez", "rappeler", "joindre", "fixe", "Telefon",
                "Handy", "Mobilnummer", "Rufnummer", "anrufen", "teléfono", "móvil",
                "celular", "llamar", "llámame"),
            ReferenceWords.notPersonalAnd(
                "imei", "siret", "siren", "nhs", "nhs number", "account number",
                "numéro de compte", "price", "prix", "amount", "montant", "total")));
  }

  @Override
  boolean wants(Run run) {
    return run.totalDigits() >= MIN_DIGITS;
  }

  @Override
  void match(Run run, List<String> languages, Hits hits) {
    int k = 0;
    while (k < run.size()) {
      if (!run.isNumber(k)) {
        k++;
        continue;
      }
      if (isDate(run, k)) {
        k += 3;
        continue;
      }
      int m = k;
      int digits = run.length(k);
      while (m + 1 < run.size() && run.isNumber(m + 1) && phoneGap(run, m + 1)
          && !isDate(run, m + 1)) {
        m++;
        digits += run.length(m);
      }
      if (digits >= MIN_DIGITS && digits <= MAX_DIGITS) {
        window(run, k, m, languages, hits);
      }
      k = m + 1;
    }
  }

  private void window(Run run, int from, int to, List<String> languages, Hits hits) {
    int start = run.start(from);
    boolean plus = run.charBeforeIs(from, '+');
    if (plus || run.charBeforeIs(from, '(')) {
      start--;
    }
    int end = run.end(to);
    if (run.charAfterIs(to, ')')) {
      end++;
    }
    if (plus) {
      parse(run, start, end, INTERNATIONAL_REGION, hits);
      return;
    }
    // The digits, their groups (the atoms) and the parts libphonenumber parses, for the prechecks.
    String digits = run.concat(from, to).toString();
    int groups = to - from + 1;
    int[] bounds = new int[groups + 1];
    for (int k = from; k <= to; k++) {
      bounds[k - from + 1] = bounds[k - from] + run.length(k);
    }
    int[] parts = parts(run, from, to, start < run.start(from));
    for (PhonePrecheck region : prechecks(languages)) {
      if (region.mayMatch(digits, bounds, parts) && parse(run, start, end, region.region(), hits)) {
        return;
      }
    }
  }

  /**
   * The parts of the window of atoms {@code from..to} that libphonenumber parses before it finds a
   * first number: the whole window, then, for each separator its {@code PhoneNumberMatcher} splits
   * at (white space, dots, an opening parenthesis, a hyphen beside a space), the part before the
   * first one and the parts after each one (up to the next, or to the end after a spaced hyphen).
   *
   * @param leadingParen whether the window starts with {@code '('}
   * @return pairs of group indexes {@code [first, end)} relative to {@code from}, concatenated
   */
  static int[] parts(Run run, int from, int to, boolean leadingParen) {
    int groups = to - from + 1;
    int[] gaps = new int[groups];
    for (int k = 1; k < groups; k++) {
      gaps[k] = gapKinds(run, from + k);
    }
    if (leadingParen) {
      gaps[0] = PAREN;
    }
    int[] parts = new int[2 * (3 * groups + 6)];
    int n = 0;
    parts[n++] = 0;
    parts[n++] = groups;
    for (int kind : new int[] {SPACE, DOT, PAREN}) {
      int previous = -1;
      for (int k = 0; k <= groups; k++) {
        if (k == groups || (gaps[k] & kind) != 0) {
          if (previous < 0 && k > 0 && k < groups) {
            parts[n++] = 0; // before the first separator
            parts[n++] = k;
          }
          if (previous >= 0) {
            parts[n++] = previous;
            parts[n++] = k;
          }
          previous = k;
        }
      }
    }
    for (int k = 1; k < groups; k++) {
      if ((gaps[k] & SPACED_HYPHEN) != 0) {
        parts[n++] = 0;
        parts[n++] = k;
        parts[n++] = k;
        parts[n++] = groups;
        break;
      }
    }
    return Arrays.copyOf(parts, n);
  }

  /** The separators in the gap before {@code atom}, as {@link #SPACE}, {@link #DOT}... bits. */
  private static int gapKinds(Run run, int atom) {
    int kinds = 0;
    boolean hyphen = false;
    for (int i = run.end(atom - 1); i < run.start(atom); i++) {
      char c = run.charAt(i);
      if (CandidateScanner.isSpace(c)) {
        kinds |= SPACE;
      } else if (c == '.') {
        kinds |= DOT;
      } else if (c == '(') {
        kinds |= PAREN;
      } else if (c == '-') {
        hyphen = true;
      }
    }
    return hyphen && (kinds & SPACE) != 0 ? kinds | SPACED_HYPHEN : kinds;
  }

  /**
   * Adds the numbers libphonenumber finds in {@code text[start, end)} for a region: those {@code
   * findNumbers} finds, or in a {@link #plainWindow} the same ones found by its matcher's steps
   * that such a window may take ({@link #findInPlainWindow}).
   *
   * @return whether it found one
   */
  private boolean parse(Run run, int start, int end, String region, Hits hits) {
    String window = run.text().subSequence(start, end).toString();
    if (plainWindow(window)) {
      List<PlainMatch> found = findInPlainWindow(window, region);
      for (PlainMatch m : found) {
        report(start + m.start(), start + m.start() + m.raw().length(), m.raw(), m.number(),
            region, hits);
      }
      return !found.isEmpty();
    }
    boolean found = false;
    for (PhoneNumberMatch m : UTIL.findNumbers(window, region, PhoneNumberUtil.Leniency.VALID,
        Long.MAX_VALUE)) {
      found = true;
      report(start + m.start(), start + m.end(), m.rawString(), m.number(), region, hits);
    }
    return found;
  }

  private void report(int start, int end, String raw, PhoneNumber number, String region,
      Hits hits) {
    CountryCodeSource source = number.getCountryCodeSource();
    double score;
    if (raw.startsWith("+") || source == CountryCodeSource.FROM_NUMBER_WITH_IDD
        || source == CountryCodeSource.FROM_NUMBER_WITH_PLUS_SIGN) {
      score = INTERNATIONAL;
    } else if (hasSeparator(raw)) {
      score = STRUCTURE;
    } else {
      score = BARE;
    }
    String numberRegion = UTIL.getRegionCodeForNumber(number);
    hits.add(this, start, end, score, explain().withValidation("libphonenumber")
        .withValidation("region:" + (numberRegion == null ? region : numberRegion)));
  }

  /**
   * Tells whether a window is plain: ASCII digit groups, after an optional {@code '+'}, joined by
   * one to four spaces, no-break spaces, dashes or dots. libphonenumber's matcher takes such a
   * window, and what follows each number it finds there, as one candidate; with no bracket, slash,
   * letter, currency sign or time after it, none of its checks before parsing rejects a candidate
   * or a piece of one.
   */
  static boolean plainWindow(String window) {
    int first = window.startsWith("+") ? 1 : 0;
    int gap = 0;
    for (int i = first; i < window.length(); i++) {
      char c = window.charAt(i);
      if (c >= '0' && c <= '9') {
        gap = 0;
      } else if (i == first || ++gap > MAX_PLAIN_GAP
          || (c != ' ' && c != '\u00A0' && c != '-' && c != '.')) {
        return false;
      }
    }
    return gap == 0 && window.length() > first;
  }

  /**
   * What {@code findNumbers(window, region, Leniency.VALID)} finds in a {@link #plainWindow}, in
   * the steps its matcher takes there: from the start, and after each number found, the rest of
   * the window from its next digit is a candidate; if the candidate is no number, the part before
   * and each piece after the first spaced hyphen, then dots, then white space ({@link
   * #INNER_PIECES}), trailing separators trimmed, until one is; each is checked by {@link
   * #plainNumber}.
   */
  static List<PlainMatch> findInPlainWindow(String window, String region) {
    List<PlainMatch> found = new ArrayList<>(1);
    int index = 0;
    while (true) {
      int start = index;
      while (start < window.length() && !(start == 0 && window.charAt(0) == '+')
          && (window.charAt(start) < '0' || window.charAt(start) > '9')) {
        start++;
      }
      if (start == window.length()) {
        return found;
      }
      String candidate = window.substring(start);
      PlainMatch match = plainMatch(candidate, start, region);
      if (match == null) {
        match = innerMatch(candidate, start, region);
      }
      if (match == null) {
        return found;
      }
      found.add(match);
      index = match.start() + match.raw().length();
    }
  }

  /** The first number libphonenumber's matcher finds in the pieces of a candidate. */
  private static PlainMatch innerMatch(String candidate, int offset, String region) {
    for (Pattern pieces : INNER_PIECES) {
      Matcher m = pieces.matcher(candidate);
      boolean first = true;
      while (m.find()) {
        if (first) {
          PlainMatch before = plainMatch(trimEnd(candidate.substring(0, m.start())), offset,
              region);
          if (before != null) {
            return before;
          }
          first = false;
        }
        PlainMatch after = plainMatch(trimEnd(m.group(1)), offset + m.start(1), region);
        if (after != null) {
          return after;
        }
      }
    }
    return null;
  }

  private static String trimEnd(String piece) {
    Matcher m = UNWANTED_END.matcher(piece);
    return m.find() ? piece.substring(0, m.start()) : piece;
  }

  private static PlainMatch plainMatch(String piece, int offset, String region) {
    PhoneNumber number = plainNumber(piece, region);
    return number == null ? null : new PlainMatch(offset, piece, number);
  }

  /**
   * The number libphonenumber's matcher finds in a piece of a plain window for a region, with the
   * fields its match clears cleared, or null: parsed keeping the raw input, then checked as {@code
   * Leniency.VALID} checks (a valid number, no 'x' in the piece, the national prefix written where
   * formatting needs it).
   */
  static PhoneNumber plainNumber(String piece, String region) {
    PhoneNumber number;
    try {
      number = UTIL.parseAndKeepRawInput(piece, region);
    } catch (NumberParseException e) {
      return null;
    }
    if (!UTIL.isValidNumber(number) || !PhonePrecheck.nationalPrefixPresentIfRequired(number)) {
      return null;
    }
    return number.clearCountryCodeSource().clearRawInput().clearPreferredDomesticCarrierCode();
  }

  /** A number found in a plain window: where, its text, the number. */
  record PlainMatch(int start, String raw, PhoneNumber number) {}

  /** The prechecks of the regions of {@link #regions}, computed once per list of languages. */
  private List<PhonePrecheck> prechecks(List<String> languages) {
    List<PhonePrecheck> cached = prechecksByLanguages.get(languages);
    if (cached != null) {
      return cached;
    }
    List<PhonePrecheck> prechecks = new ArrayList<>();
    for (String region : regions(languages)) {
      prechecks.add(PhonePrecheck.of(region));
    }
    List<PhonePrecheck> result = List.copyOf(prechecks);
    if (prechecksByLanguages.size() < MAX_CACHED_LANGUAGE_LISTS) {
      prechecksByLanguages.putIfAbsent(List.copyOf(languages), result);
    }
    return result;
  }

  /** The regions to parse national numbers for, most likely first. */
  static List<String> regions(List<String> languages) {
    Set<String> regions = new LinkedHashSet<>();
    for (String language : languages) {
      regions.addAll(REGIONS_BY_LANGUAGE.getOrDefault(language, List.of()));
    }
    return regions.isEmpty() ? DEFAULT_REGIONS : List.copyOf(regions);
  }

  /** A gap inside a phone number: one or two of space, dash, dot, parenthesis. */
  static boolean phoneGap(Run run, int atom) {
    int from = run.end(atom - 1);
    for (int i = from; i < run.start(atom); i++) {
      char c = run.charAt(i);
      if (c != '-' && c != '.' && c != '(' && c != ')' && !CandidateScanner.isSpace(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether atoms {@code k..k+2} are a date with a four-digit year (2023-05-12, 12.05.2023,
   * 12-05-2023): phone windows never cross one.
   */
  static boolean isDate(Run run, int k) {
    if (k + 2 >= run.size() || !run.isNumber(k + 1) || !run.isNumber(k + 2)
        || run.length(k + 1) != 2) {
      return false;
    }
    char sep = run.gapChar(k + 1);
    if ((sep != '.' && sep != '-') || run.gapChar(k + 2) != sep) {
      return false;
    }
    CharSequence t = run.text();
    int middle = Checksums.number(t, run.start(k + 1), run.end(k + 1));
    if (run.length(k) == 4 && run.length(k + 2) == 2) {
      return year(t, run.start(k)) && middle >= 1 && middle <= 12;
    }
    if (run.length(k) == 2 && run.length(k + 2) == 4) {
      return year(t, run.start(k + 2)) && middle >= 1 && middle <= 31;
    }
    return false;
  }

  private static boolean year(CharSequence t, int at) {
    return (t.charAt(at) == '1' && t.charAt(at + 1) == '9')
        || (t.charAt(at) == '2' && t.charAt(at + 1) == '0');
  }

  private static boolean hasSeparator(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c < '0' || c > '9') {
        return true;
      }
    }
    return false;
  }
}
