package dev.blindspot.detect.regex;

import dev.blindspot.PiiType;
import java.util.List;
import java.util.Set;

/**
 * United Kingdom National Insurance numbers: two prefix letters, six digits and a suffix letter A
 * to D, upper case, unseparated ({@code AB123456C}) or with single spaces ({@code AB 12 34 56 C},
 * {@code AB 123456 C}). The prefix follows HMRC's rules: neither letter is D, F, I, Q, U or V,
 * the second is not O, and BG, GB, KN, NK, NT, TN and ZZ are not allocated. There is no check
 * digit: score {@value Recognizer#BARE}, so context such as "National Insurance" is needed.
 */
final class UkNinoRecognizer extends Recognizer {

  static final int LENGTH = 9;

  private static final Set<String> UNALLOCATED = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

  UkNinoRecognizer() {
    super(
        PiiType.of("UK_NINO"),
        "pattern:uk-nino",
        ContextWords.of(
            List.of(
                "national insurance", "national insurance number", "ni number", "ni no", "nino",
                "nin", "insurance number", "hmrc", "p60", "p45", "payslip",
                "numéro d'assurance nationale", "assurance nationale", "Sozialversicherung",
                "seguro nacional"),
            ReferenceWords.NOT_PERSONAL));
  }

  @Override
  boolean wants(Run run) {
    return run.totalDigits() >= 6;
  }

  @Override
  void match(Run run, List<String> languages, Hits hits) {
    for (int k = 0; k < run.size(); k++) {
      int length = run.length(k);
      if (length != LENGTH && length != 2) {
        continue;
      }
      int m = k;
      int total = length;
      while (total < LENGTH && m + 1 < run.size() && run.gapChar(m + 1) == ' ') {
        m++;
        total += run.length(m);
      }
      if (total == LENGTH && valid(run.concat(k, m))) {
        hits.add(this, run.start(k), run.end(m), BARE, explain().withValidation("prefix"));
        k = m;
      }
    }
  }

  static boolean valid(CharSequence s) {
    if (s == null || s.length() != LENGTH || !Checksums.allDigits(s, 2, 8)) {
      return false;
    }
    char a = s.charAt(0);
    char b = s.charAt(1);
    char suffix = s.charAt(8);
    return a >= 'A' && a <= 'Z' && b >= 'A' && b <= 'Z'
        && "DFIQUV".indexOf(a) < 0
        && "DFIQUVO".indexOf(b) < 0
        && !UNALLOCATED.contains(s.subSequence(0, 2).toString())
        && suffix >= 'A' && suffix <= 'D';
  }
}
