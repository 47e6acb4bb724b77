package dev.blindspot.detect.regex;

import dev.blindspot.PiiType;
import java.util.List;

/**
 * Payment card numbers: 12 to 19 digits, unseparated or grouped by one kind of separator (space,
 * no-break space, dash, dot) in groups of four (the last one shorter) or in the 4-6-5 and 4-6-4
 * groupings of American Express and Diners; an issuer range (Visa, Mastercard with its 2-series,
 * American Express, Discover, JCB, Diners, UnionPay, Maestro) and the Luhn check. A number that
 * fails either is no finding.
 */
final class CreditCardRecognizer extends Recognizer {

  CreditCardRecognizer() {
    super(
        PiiType.CREDIT_CARD,
        "pattern:credit-card",
        ContextWords.of(
            List.of(
                "card", "credit card", "debit card", "card number", "visa", "mastercard", "amex",
                "payment", "pay", "carte", "carte bancaire", "carte bleue", "cb",
                "numéro de carte", "paiement", "payer", "Kreditkarte", "Karte", "Kartennummer",
                "Zahlung", "tarjeta", "tarjeta de crédito", "número de tarjeta", "pago"),
            ReferenceWords.notPersonalAnd(
                "imei", "siret", "siren", "aadhaar", "aadhar", "carte d'identité",
                "identity card", "personnummer")));
  }

  @Override
  boolean wants(Run run) {
    return run.totalDigits() >= 12;
  }

  @Override
  void match(Run run, List<String> languages, Hits hits) {
    int k = 0;
    while (k < run.size()) {
      if (!run.isNumber(k)) {
        k++;
        continue;
      }
      int length = run.length(k);
      if (length >= 12 && length <= 19) {
        check(run, k, k, hits);
        k++;
        continue;
      }
      if (length != 4) {
        k++;
        continue;
      }
      char sep = k + 1 < run.size() ? run.gapChar(k + 1) : 0;
      if (!isCardSeparator(sep)) {
        k++;
        continue;
      }
      int m = k;
      while (m + 1 < run.size() && joined(run, m + 1, sep) && run.length(m + 1) == 4) {
        m++;
      }
      boolean found = false;
      if (m > k) {
        int groups = m - k + 1;
        boolean shortTail =
            m + 1 < run.size() && joined(run, m + 1, sep) && run.length(m + 1) < 4;
        if (shortTail && groups <= 4) {
          found = check(run, k, m + 1, hits);
        }
        if (!found && groups >= 3 && groups <= 4) {
          found = check(run, k, m, hits);
        }
      } else if (k + 2 < run.size()
          && joined(run, k + 1, sep)
          && run.length(k + 1) == 6
          && joined(run, k + 2, sep)
          && (run.length(k + 2) == 5 || run.length(k + 2) == 4)) {
        check(run, k, k + 2, hits);
        m = k + 2;
      }
      k = m + 1;
    }
  }

  private static boolean joined(Run run, int atom, char sep) {
    return run.gapChar(atom) == sep && run.isNumber(atom);
  }

  private static boolean isCardSeparator(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '-' || c == '.';
  }

  private boolean check(Run run, int from, int to, Hits hits) {
    StringBuilder digits = run.concat(from, to);
    String issuer = issuer(digits);
    if (issuer == null || !Checksums.luhn(digits)) {
      return false;
    }
    hits.add(
        this,
        run.start(from),
        run.end(to),
        CHECKSUM,
        explain().withValidation("luhn").withValidation("issuer:" + issuer));
    return true;
  }

  /** Returns the issuer whose range and lengths hold the number, or null. */
  static String issuer(CharSequence d) {
    int n = d.length();
    if (n < 12 || n > 19) {
      return null;
    }
    int p2 = Checksums.number(d, 0, 2);
    int p3 = Checksums.number(d, 0, 3);
    int p4 = Checksums.number(d, 0, 4);
    int p6 = Checksums.number(d, 0, 6);
    if (d.charAt(0) == '4' && (n == 13 || n == 16 || n == 19)) {
      return "visa";
    }
    if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n == 16) {
      return "mastercard";
    }
    if ((p2 == 34 || p2 == 37) && n == 15) {
      return "amex";
    }
    boolean from16 = n >= 16;
    if (from16 && (p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65
        || (p6 >= 622126 && p6 <= 622925))) {
      return "discover";
    }
    if (from16 && p4 >= 3528 && p4 <= 3589) {
      return "jcb";
    }
    if (n >= 14 && ((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39)) {
      return "diners";
    }
    if (from16 && p2 == 62) {
      return "unionpay";
    }
    if (p2 == 50 || (p2 >= 56 && p2 <= 69)) {
      return "maestro";
    }
    return null;
  }
}
