package dev.blindspot.detect.regex;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber.CountryCodeSource;
import dev.blindspot.PiiType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

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
    String window = run.text().subSequence(start, end).toString();
    for (String region : plus ? List.of("ZZ") : regions(languages)) {
      boolean found = false;
      for (PhoneNumberMatch m : UTIL.findNumbers(window, region, PhoneNumberUtil.Leniency.VALID,
          Long.MAX_VALUE)) {
        found = true;
        String raw = m.rawString();
        CountryCodeSource source = m.number().getCountryCodeSource();
        double score;
        if (raw.startsWith("+") || source == CountryCodeSource.FROM_NUMBER_WITH_IDD
            || source == CountryCodeSource.FROM_NUMBER_WITH_PLUS_SIGN) {
          score = INTERNATIONAL;
        } else if (hasSeparator(raw)) {
          score = STRUCTURE;
        } else {
          score = BARE;
        }
        String numberRegion = UTIL.getRegionCodeForNumber(m.number());
        hits.add(this, start + m.start(), start + m.end(), score,
            explain().withValidation("libphonenumber")
                .withValidation("region:" + (numberRegion == null ? region : numberRegion)));
      }
      if (found) {
        return;
      }
    }
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
  private static boolean phoneGap(Run run, int atom) {
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
  private static boolean isDate(Run run, int k) {
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
