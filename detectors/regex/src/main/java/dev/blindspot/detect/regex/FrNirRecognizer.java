package dev.blindspot.detect.regex;

import dev.blindspot.PiiType;
import java.util.List;

/**
 * French social security numbers (NIR, "numéro de sécurité sociale"): sex (1, 2, or 7, 8 for a
 * provisional number), year, month (01-12, or 20-42 and 50-99 when unknown), department (01-99,
 * 2A, 2B for Corsica), commune, order number, then the two-digit key {@code 97 - (number mod 97)},
 * where for Corsica 2A is read as 19 and 2B as 18 (INSEE substitution). Fifteen chars, unseparated
 * or in groups joined by one kind of separator (space, no-break space, dot, dash), as in {@code 1
 * 85 05 78 006 084 36}; never cut out of a longer number. Score {@value Recognizer#CHECKSUM}.
 */
final class FrNirRecognizer extends Recognizer {

  static final int LENGTH = 15;

  FrNirRecognizer() {
    super(
        PiiType.FR_NIR,
        "pattern:fr-nir",
        ContextWords.of(
            List.of(
                "nir", "sécurité sociale", "numéro de sécurité sociale", "sécu", "numéro de sécu",
                "n° de sécu", "insee", "carte vitale", "vitale", "assuré", "social security",
                "social security number", "Sozialversicherungsnummer", "seguridad social"),
            ReferenceWords.NOT_PERSONAL));
  }

  @Override
  boolean wants(Run run) {
    return run.totalDigits() >= LENGTH - 2;
  }

  @Override
  void match(Run run, List<String> languages, Hits hits) {
    for (int k = 0; k < run.size(); k++) {
      char first = run.charAt(run.start(k));
      if ((first != '1' && first != '2' && first != '7' && first != '8')
          || (k > 0 && run.gapLength(k) == 1 && run.isNumber(k - 1))) {
        continue;
      }
      int m = k;
      int total = run.length(k);
      char sep = m + 1 < run.size() ? run.gapChar(m + 1) : 0;
      boolean groupable = sep == ' ' || sep == '\u00A0' || sep == '.' || sep == '-';
      while (total < LENGTH && groupable && m + 1 < run.size() && run.gapChar(m + 1) == sep) {
        m++;
        total += run.length(m);
      }
      if (total != LENGTH
          || (m + 1 < run.size() && run.gapLength(m + 1) == 1 && run.isNumber(m + 1))) {
        continue;
      }
      if (valid(run.concat(k, m))) {
        hits.add(this, run.start(k), run.end(m), CHECKSUM, explain().withValidation("nir-key"));
        k = m;
      }
    }
  }

  /** Checks the fields and the key of a 15-char NIR. */
  static boolean valid(CharSequence nir) {
    if (nir.length() != LENGTH || !Checksums.allDigits(nir, 0, 5)
        || !Checksums.allDigits(nir, 7, LENGTH)) {
      return false;
    }
    int month = Checksums.number(nir, 3, 5);
    if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50)) {
      return false;
    }
    char d1 = nir.charAt(5);
    char c6 = nir.charAt(6);
    char d2 = c6 >= 'a' && c6 <= 'z' ? (char) (c6 - 32) : c6;
    long number;
    if (d1 == '2' && (d2 == 'A' || d2 == 'B')) {
      // Corsica: the department letters are replaced so that the number is numeric.
      String substituted = nir.subSequence(0, 5) + (d2 == 'A' ? "19" : "18")
          + nir.subSequence(7, 13);
      number = Long.parseLong(substituted);
    } else if (Checksums.allDigits(nir, 5, 7)) {
      if (Checksums.number(nir, 5, 7) == 0) {
        return false;
      }
      number = Long.parseLong(nir.subSequence(0, 13).toString());
    } else {
      return false;
    }
    int key = Checksums.number(nir, 13, 15);
    return key >= 1 && key <= 97 && key == 97 - (int) (number % 97);
  }
}
