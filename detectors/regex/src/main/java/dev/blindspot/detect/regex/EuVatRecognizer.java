package dev.blindspot.detect.regex;

import dev.blindspot.PiiType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * VAT identification numbers of the European Union written with their country prefix, as VIES
 * prints them ({@code FR40303265045}, {@code DE 136 695 976}, {@code ATU13585627}, {@code
 * NL004495445B01}), all reported as {@code EU_VAT}: the country is in the value, and one type keeps
 * redaction and allow lists simple. National writings without the prefix are the national types
 * (IT_VAT, FR_SIREN, ES_NIF, ES_CIF, PL_NIP...).
 *
 * <p>The prefix is upper case ({@code "de"} and {@code "es"} are words), glued to the number or
 * followed by one space, dot or dash; the national part may be grouped by single spaces, dots or
 * dashes, holds at most {@value #MAX_BODY} chars, and passes the country's check ({@link
 * EuVatNumbers}): Austria, Belgium, Denmark, Finland, France, Germany, Ireland, Italy, Luxembourg,
 * the Netherlands, Poland, Portugal, Spain, Sweden. Score {@value Recognizer#CHECKSUM}.
 */
final class EuVatRecognizer extends Recognizer {

  static final int MAX_BODY = 12;

  private static final Set<String> COUNTRIES =
      Set.of("AT", "BE", "DE", "DK", "ES", "FI", "FR", "IE", "IT", "LU", "NL", "PL", "PT", "SE");

  EuVatRecognizer() {
    super(
        PiiType.of("EU_VAT"),
        "pattern:eu-vat",
        ContextWords.of(
            List.of(
                "vat", "vat number", "vat id", "vat no", "tva", "numéro de tva",
                "tva intracommunautaire", "n° tva", "USt-IdNr", "Umsatzsteuer-Identifikationsnummer",
                "UID", "iva", "número de iva", "nif-iva", "partita iva", "btw", "btw-nummer",
                "moms", "momsnummer", "nip"),
            ReferenceWords.NOT_PERSONAL));
  }

  @Override
  boolean wants(Run run) {
    return run.totalDigits() >= 7;
  }

  @Override
  void match(Run run, List<String> languages, Hits hits) {
    for (int k = 0; k < run.size(); k++) {
      int s = run.start(k);
      if (run.length(k) < 2
          || !Checksums.isUpperLetter(run.charAt(s))
          || !Checksums.isUpperLetter(run.charAt(s + 1))
          || !COUNTRIES.contains(run.text().subSequence(s, s + 2).toString())
          || (k > 0 && run.gapLength(k) == 1 && !CandidateScanner.isSpace(run.gapChar(k)))) {
        continue;
      }
      int body = run.length(k) - 2;
      int best = -1;
      for (int m = k; body <= MAX_BODY; ) {
        if (body > 0 && !gluedAfter(run, m)
            && EuVatNumbers.isValid(run.concat(k, m).toString().toUpperCase(Locale.ROOT))) {
          best = m;
        }
        if (m + 1 >= run.size() || !isSeparator(run.gapChar(m + 1))) {
          break;
        }
        m++;
        body += run.length(m);
      }
      if (best >= 0) {
        hits.add(this, run.start(k), run.end(best), CHECKSUM,
            explain().withValidation("vat:" + run.text().subSequence(s, s + 2)));
        k = best;
      }
    }
  }

  /** Tells whether a number atom follows atom {@code m} after a one-char separator. */
  private static boolean gluedAfter(Run run, int m) {
    return m + 1 < run.size() && isSeparator(run.gapChar(m + 1)) && run.isNumber(m + 1);
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '\u00A0' || c == '.' || c == '-';
  }
}
