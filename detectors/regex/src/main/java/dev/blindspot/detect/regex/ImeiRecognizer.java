package dev.blindspot.detect.regex;

import dev.blindspot.PiiType;
import java.util.List;

/**
 * Mobile device identities (IMEI): fifteen digits passing the Luhn check, unseparated or grouped
 * 2-6-6-1 or 8-6-1 ({@code 35-209900-176148-1}) by one kind of separator (space, dash, dot, slash).
 * The Luhn check alone passes one number in ten, so the base score is {@value
 * Recognizer#BARE}: context such as "IMEI" is needed.
 */
final class ImeiRecognizer extends Recognizer {

  static final int LENGTH = 15;

  ImeiRecognizer() {
    super(
        PiiType.of("IMEI"),
        "pattern:imei",
        ContextWords.of(
            List.of("imei", "numéro imei", "imei number", "*#06#", "IMEI-Nummer",
                "número imei"),
            ReferenceWords.NOT_PERSONAL));
  }

  @Override
  boolean wants(Run run) {
    return run.totalDigits() >= LENGTH;
  }

  @Override
  void match(Run run, List<String> languages, Hits hits) {
    for (int k = 0; k < run.size(); k++) {
      if (!run.isNumber(k) || (k > 0 && run.gapLength(k) == 1 && run.isNumber(k - 1))) {
        continue;
      }
      int m = k;
      if (run.length(k) == 2 || run.length(k) == 8) {
        char sep = k + 1 < run.size() ? run.gapChar(k + 1) : 0;
        int[] rest = run.length(k) == 2 ? new int[] {6, 6, 1} : new int[] {6, 1};
        if (sep != ' ' && sep != '-' && sep != '.' && sep != '/') {
          continue;
        }
        for (int want : rest) {
          if (m + 1 < run.size() && run.gapChar(m + 1) == sep && run.isNumber(m + 1)
              && run.length(m + 1) == want) {
            m++;
          } else {
            m = -1;
            break;
          }
        }
        if (m < 0) {
          continue;
        }
      } else if (run.length(k) != LENGTH) {
        continue;
      }
      if ((m + 1 < run.size() && run.gapLength(m + 1) == 1 && run.isNumber(m + 1))
          || !Checksums.luhn(run.concat(k, m))) {
        continue;
      }
      hits.add(this, run.start(k), run.end(m), BARE, explain().withValidation("luhn"));
      k = m;
    }
  }
}
