package dev.blindspot.detect.regex;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.NumberFormat;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber.CountryCodeSource;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A necessary condition, read from libphonenumber's metadata once per region, for {@code
 * PhoneNumberUtil.findNumbers(window, region, Leniency.VALID)} to find anything in a window of
 * digit groups written without {@code '+'}: a few table lookups, and a regex match now and then,
 * that spare the costly call for every region where the window cannot hold a valid number.
 *
 * <p>libphonenumber parses the whole window, then the parts it splits the window into at white
 * space, dots, parentheses and spaced hyphens, and reads on only after a number it found: a window
 * where none of those parts ({@link PhoneRecognizer#parts}) may be a number holds none. Each parse
 * strips either an international prefix, the country code after it and the national prefix of
 * that code's main region, or the region's country code written without {@code '+'} and the
 * national prefixes of the region and of the main region of its country code (possibly rewritten
 * by a transform rule); it then validates the national significant number that remains against
 * the patterns of the regions of its country code. The check replays those strips with the same
 * patterns, and tests each remaining number against the union, over the regions of the country
 * code, of the possible lengths, of the three-digit prefixes that can start a match of the general
 * pattern, and of the patterns of every number type (fixed line, mobile, toll free...).
 *
 * <p>It may say yes for a window libphonenumber then rejects, never no for one it accepts ({@code
 * PhonePrecheckTest} compares both on random windows of many regions). Immutable and thread-safe.
 */
final class PhonePrecheck {

  /** Digits of the national-number prefixes in {@link CountryNumbers#viablePrefix}. */
  private static final int PREFIX = 3;

  private static final int MAX_NSN = 17;

  private static final int MAX_COUNTRY_CODE = 3;

  private static final String UNKNOWN_REGION = "ZZ";

  private static final String NON_GEOGRAPHICAL_REGION = "001";

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private static final MetadataSource METADATA =
      DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();

  private static final Map<String, PhonePrecheck> BY_REGION = new ConcurrentHashMap<>();

  private static final Map<Integer, CountryNumbers> BY_COUNTRY_CODE = new ConcurrentHashMap<>();

  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  /** A national prefix formatting rule that writes no prefix, only the first group. */
  private static final Pattern FIRST_GROUP_ONLY = Pattern.compile("\\(?\\$1\\)?");

  private final String region;
  private final String countryCode;
  private final Pattern internationalPrefix;
  private final boolean[] internationalPrefixStart;
  private final NationalPrefix own;
  private final NationalPrefix main;
  private final CountryNumbers numbers;

  private PhonePrecheck(String region) {
    PhoneMetadata metadata =
        UTIL.getSupportedRegions().contains(region) ? METADATA.getMetadataForRegion(region) : null;
    if (metadata == null) {
      throw new IllegalArgumentException("no phone metadata for region " + region);
    }
    int code = metadata.getCountryCode();
    this.region = region;
    this.countryCode = Integer.toString(code);
    this.internationalPrefix = Pattern.compile(metadata.getInternationalPrefix());
    this.internationalPrefixStart = startTable(internationalPrefix, false);
    this.own = new NationalPrefix(metadata);
    String mainRegion = UTIL.getRegionCodeForCountryCode(code);
    this.main = mainRegion.equals(region)
        ? own
        : new NationalPrefix(METADATA.getMetadataForRegion(mainRegion));
    this.numbers = BY_COUNTRY_CODE.computeIfAbsent(code, CountryNumbers::new);
  }

  /**
   * Returns the check of a region.
   *
   * @param region a region libphonenumber supports, such as {@code "FR"}
   * @throws IllegalArgumentException if libphonenumber has no metadata for it
   */
  static PhonePrecheck of(String region) {
    return BY_REGION.computeIfAbsent(region, PhonePrecheck::new);
  }

  /** The region code, such as {@code "FR"}. */
  String region() {
    return region;
  }

  /**
   * Tells whether libphonenumber may find a number for this region in a window without {@code
   * '+'} made of digit groups, given the parts of the window it parses first.
   *
   * @param digits the window's digits, without separators
   * @param bounds {@code bounds[0] = 0 < bounds[1] < ... = digits.length()}: where each group of
   *     digits starts and ends in {@code digits}
   * @param parts pairs of group indexes {@code [first, end)}: the parts of the window
   *     libphonenumber parses before it finds a first number
   * @return false only if {@code findNumbers} finds nothing
   */
  boolean mayMatch(String digits, int[] bounds, int[] parts) {
    for (int i = 0; i < parts.length; i += 2) {
      if (mayParse(digits.substring(bounds[parts[i]], bounds[parts[i + 1]]))) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether parsing {@code digits} for this region may give a valid number. */
  private boolean mayParse(String digits) {
    if (digits.isEmpty()) {
      return false;
    }
    if (internationalPrefixStart[startIndex(digits)]) {
      Matcher idd = internationalPrefix.matcher(digits);
      // libphonenumber takes the prefix as international unless a 0 follows it.
      if (idd.lookingAt() && (idd.end() == digits.length() || digits.charAt(idd.end()) != '0')) {
        return mayBeInternational(digits.substring(idd.end()));
      }
    }
    return mayBeNational(digits, 0)
        || (digits.startsWith(countryCode)
            && mayBeNational(digits.substring(countryCode.length()), 0));
  }

  /**
   * Tells whether the digits after an international prefix may be a valid number: the shortest
   * known country code, then the national number, as it is or without the national prefix of the
   * country code's main region.
   */
  private static boolean mayBeInternational(String number) {
    for (int length = 1; length <= MAX_COUNTRY_CODE && length < number.length(); length++) {
      int code = Integer.parseInt(number.substring(0, length));
      String main = UTIL.getRegionCodeForCountryCode(code);
      if (main.equals(UNKNOWN_REGION)) {
        continue;
      }
      if (main.equals(NON_GEOGRAPHICAL_REGION)) {
        return true; // such as 800, international freephone: not checked
      }
      PhonePrecheck country = of(main);
      String national = number.substring(length);
      if (country.numbers.mayBeValid(national)) {
        return true;
      }
      String stripped = country.own.strip(national);
      return stripped != null && country.numbers.mayBeValid(stripped);
    }
    return false;
  }

  /** The number as it is, or after at most two national-prefix strips, may be valid. */
  private boolean mayBeNational(String number, int strips) {
    if (numbers.mayBeValid(number)) {
      return true;
    }
    if (strips == 2) {
      return false;
    }
    String stripped = own.strip(number);
    if (stripped != null && mayBeNational(stripped, strips + 1)) {
      return true;
    }
    if (main != own) {
      stripped = main.strip(number);
      return stripped != null && mayBeNational(stripped, strips + 1);
    }
    return false;
  }

  /**
   * Tells whether a number parsed with its raw input kept has its national prefix written where
   * libphonenumber's matcher requires it under {@code Leniency.VALID}: always for a number written
   * with a country code; otherwise when the format of its national number has no national prefix
   * rule, or one that is optional or only the first group, or when the prefix for parsing starts
   * the raw digits and stripping it keeps a number that matches the general pattern.
   */
  static boolean nationalPrefixPresentIfRequired(PhoneNumber number) {
    if (number.getCountryCodeSource() != CountryCodeSource.FROM_DEFAULT_COUNTRY) {
      return true;
    }
    String region = UTIL.getRegionCodeForCountryCode(number.getCountryCode());
    if (!UTIL.getSupportedRegions().contains(region)) {
      return true;
    }
    PhoneMetadata metadata = METADATA.getMetadataForRegion(region);
    if (metadata == null) {
      return true;
    }
    NumberFormat format =
        formatFor(metadata.getNumberFormatList(), UTIL.getNationalSignificantNumber(number));
    if (format == null || format.getNationalPrefixFormattingRule().isEmpty()
        || format.getNationalPrefixOptionalWhenFormatting()
        || FIRST_GROUP_ONLY.matcher(format.getNationalPrefixFormattingRule()).matches()) {
      return true;
    }
    return startsWithNationalPrefix(PhoneNumberUtil.normalizeDigitsOnly(number.getRawInput()),
        metadata);
  }

  /** The first format whose last leading-digits pattern and whose pattern fit the number. */
  private static NumberFormat formatFor(List<NumberFormat> formats, String nsn) {
    for (NumberFormat format : formats) {
      int leading = format.getLeadingDigitsPatternCount();
      if ((leading == 0
              || pattern(format.getLeadingDigitsPattern(leading - 1)).matcher(nsn).lookingAt())
          && pattern(format.getPattern()).matcher(nsn).matches()) {
        return format;
      }
    }
    return null;
  }

  /**
   * Tells whether the national prefix for parsing starts the digits and may be stripped: unless
   * the digits match the general pattern and would not once stripped (or transformed).
   */
  private static boolean startsWithNationalPrefix(String digits, PhoneMetadata metadata) {
    String prefix = metadata.getNationalPrefixForParsing();
    if (digits.isEmpty() || prefix.isEmpty()) {
      return false;
    }
    Matcher m = pattern(prefix).matcher(digits);
    if (!m.lookingAt()) {
      return false;
    }
    String general = metadata.getGeneralDesc().getNationalNumberPattern();
    if (general.isEmpty() || !pattern(general).matcher(digits).matches()) {
      return true;
    }
    String transformRule = metadata.getNationalPrefixTransformRule();
    String rest = transformRule.isEmpty() || m.group(m.groupCount()) == null
        ? digits.substring(m.end())
        : m.replaceFirst(transformRule);
    return pattern(general).matcher(rest).matches();
  }

  /** A pattern of the metadata, compiled once: the metadata holds finitely many. */
  private static Pattern pattern(String regex) {
    return PATTERNS.computeIfAbsent(regex, Pattern::compile);
  }

  /** Index of the first one or two digits in a {@link #startTable}: 0..9, or 10 + two digits. */
  private static int startIndex(String digits) {
    int first = digits.charAt(0) - '0';
    return digits.length() == 1 ? first : 10 + first * 10 + (digits.charAt(1) - '0');
  }

  /**
   * For each string of one or two digits, whether a match of {@code pattern} (non-empty, when
   * {@code nonEmpty}) may start with it: true when the pattern matches a prefix of it or the
   * matcher needed more input. An international prefix that could match the empty string would
   * apply to every number: its table is all true.
   */
  private static boolean[] startTable(Pattern pattern, boolean nonEmpty) {
    boolean[] table = new boolean[110];
    for (int i = 0; i < 110; i++) {
      String s = i < 10 ? Integer.toString(i) : String.format("%02d", i - 10);
      Matcher m = pattern.matcher(s);
      table[i] = (m.lookingAt() && (!nonEmpty || m.end() > 0)) || m.hitEnd();
    }
    return table;
  }

  /** The national prefix for parsing of one region and its transform rule. */
  private static final class NationalPrefix {
    private final Pattern pattern;
    private final boolean[] start;
    private final String transformRule;

    NationalPrefix(PhoneMetadata metadata) {
      String prefix = metadata.getNationalPrefixForParsing();
      this.pattern = prefix.isEmpty() ? null : Pattern.compile(prefix);
      this.transformRule = metadata.getNationalPrefixTransformRule();
      this.start = pattern == null ? null : startTable(pattern, true);
    }

    /**
     * Returns the number as libphonenumber may leave it after stripping this national prefix, or
     * null when stripping cannot change it.
     */
    String strip(String number) {
      if (pattern == null || number.isEmpty()
          || (transformRule.isEmpty() && !start[startIndex(number)])) {
        return null; // only an empty match, which strips nothing
      }
      Matcher m = pattern.matcher(number);
      if (!m.lookingAt()) {
        return null;
      }
      if (transformRule.isEmpty() || m.group(m.groupCount()) == null) {
        return m.end() == 0 ? null : number.substring(m.end());
      }
      return m.replaceFirst(transformRule);
    }
  }

  /** What the national significant numbers of one country calling code may look like. */
  private static final class CountryNumbers {
    private long lengths;
    private final boolean[] viablePrefix = new boolean[1000];
    /** The union of the patterns of every number type of every region: what is valid. */
    private final Pattern types;

    CountryNumbers(int code) {
      StringBuilder union = new StringBuilder();
      for (String r : UTIL.getRegionCodesForCountryCode(code)) {
        PhoneMetadata metadata = METADATA.getMetadataForRegion(r);
        if (metadata == null) {
          continue;
        }
        PhoneNumberDesc general = metadata.getGeneralDesc();
        if (general.getPossibleLengthCount() == 0) {
          lengths = -1L;
        }
        for (int length : general.getPossibleLengthList()) {
          lengths |= 1L << length;
        }
        if (general.getNationalNumberPattern().isEmpty()) {
          continue;
        }
        Pattern pattern = Pattern.compile(general.getNationalNumberPattern());
        for (PhoneNumberDesc type : List.of(metadata.getFixedLine(), metadata.getMobile(),
            metadata.getTollFree(), metadata.getPremiumRate(), metadata.getSharedCost(),
            metadata.getPersonalNumber(), metadata.getVoip(), metadata.getPager(),
            metadata.getUan(), metadata.getVoicemail())) {
          if (!type.getNationalNumberPattern().isEmpty()) {
            union.append(union.length() == 0 ? "" : "|")
                .append("(?:").append(type.getNationalNumberPattern()).append(')');
          }
        }
        for (int p = 0; p < viablePrefix.length; p++) {
          if (!viablePrefix[p]) {
            Matcher m = pattern.matcher(String.format("%03d", p));
            viablePrefix[p] = m.matches() || m.hitEnd();
          }
        }
      }
      this.types = union.length() == 0 ? null : Pattern.compile(union.toString());
    }

    /** Tells whether a national significant number of these digits may be valid. */
    boolean mayBeValid(String nsn) {
      int n = nsn.length();
      if (n > MAX_NSN || (lengths & (1L << n)) == 0) {
        return false;
      }
      if (n >= PREFIX && !viablePrefix[(nsn.charAt(0) - '0') * 100
          + (nsn.charAt(1) - '0') * 10 + (nsn.charAt(2) - '0')]) {
        return false;
      }
      return types == null || types.matcher(nsn).matches();
    }
  }

  /** Returns the region; never text. */
  @Override
  public String toString() {
    return "PhonePrecheck[" + region + "]";
  }
}
