package dev.blindspot.detect.regex;

import dev.blindspot.PiiType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * International bank account numbers of every country of the IBAN registry: a country code and
 * two check digits, then the national account number, with the exact length of that country and
 * the ISO 7064 MOD 97-10 check. Any case; unseparated or in groups joined by single spaces (as
 * printed, in fours) or dashes.
 */
final class IbanRecognizer extends Recognizer {

  /** IBAN length by country code (SWIFT IBAN registry). */
  private static final Map<String, Integer> LENGTHS = lengths(
      "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 "
          + "DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 "
          + "HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 "
          + "MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 "
          + "RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 "
          + "VG24 XK20 YE30");

  IbanRecognizer() {
    super(
        PiiType.IBAN_CODE,
        "pattern:iban",
        ContextWords.of(
            List.of(
                "iban", "bic", "rib", "bank", "bank account", "account", "transfer", "banque",
                "compte", "compte bancaire", "virement", "coordonnées bancaires", "Bank",
                "Konto", "Bankverbindung", "Überweisung", "cuenta", "cuenta bancaria",
                "transferencia"),
            List.of()));
  }

  private static Map<String, Integer> lengths(String table) {
    Map<String, Integer> map = new HashMap<>();
    for (String entry : table.split(" ")) {
      map.put(entry.substring(0, 2), Integer.parseInt(entry.substring(2)));
    }
    return Map.copyOf(map);
  }

  /** The countries whose IBANs are recognized. */
  static java.util.Set<String> countries() {
    return LENGTHS.keySet();
  }

  @Override
  boolean wants(Run run) {
    return run.totalDigits() >= 2 && run.size() > 0;
  }

  @Override
  void match(Run run, List<String> languages, Hits hits) {
    for (int k = 0; k < run.size(); k++) {
      int s = run.start(k);
      if (run.length(k) < 4
          || !isLetter(run.charAt(s))
          || !isLetter(run.charAt(s + 1))
          || !isDigit(run.charAt(s + 2))
          || !isDigit(run.charAt(s + 3))) {
        continue;
      }
      String country =
          new String(new char[] {upper(run.charAt(s)), upper(run.charAt(s + 1))});
      Integer expected = LENGTHS.get(country);
      if (expected == null) {
        continue;
      }
      int total = run.length(k);
      int m = k;
      char sep = m + 1 < run.size() ? run.gapChar(m + 1) : 0;
      boolean groupable = sep == ' ' || sep == '\u00A0' || sep == '-';
      while (total < expected && groupable && m + 1 < run.size() && run.gapChar(m + 1) == sep) {
        m++;
        total += run.length(m);
      }
      if (total != expected) {
        continue;
      }
      StringBuilder iban = run.concat(k, m);
      // Move the country code and check digits to the end: remainder 1 is valid.
      int account = Checksums.mod97(iban, 4, iban.length());
      if (account >= 0 && Checksums.mod97(iban, 0, 4, account) == 1) {
        hits.add(this, run.start(k), run.end(m), CHECKSUM,
            explain().withValidation("length:" + country).withValidation("mod97"));
        k = m;
      }
    }
  }

  private static boolean isLetter(char c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static char upper(char c) {
    return (char) (c & ~0x20);
  }
}
