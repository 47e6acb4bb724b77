package dev.blindspot.detect.regex;

import dev.blindspot.PiiType;
import java.util.List;
import java.util.Set;

/**
 * United States social security numbers: area, group and serial ({@code 123-45-6789}) joined by
 * dashes or spaces (score {@value Recognizer#STRUCTURE}), or nine bare digits (score {@value
 * Recognizer#BARE}: context such as "SSN" is needed). The area is neither 000, 666 nor 900-999,
 * the group not 00, the serial not 0000; numbers known to be samples (078-05-1120, 219-09-9999,
 * 123-45-6789) and numbers of one repeated digit are rejected. Rules as published by the Social
 * Security Administration (randomization of 2011).
 */
final class UsSsnRecognizer extends Recognizer {

  private static final Set<String> SAMPLES = Set.of("078051120", "219099999", "123456789");

  UsSsnRecognizer() {
    super(
        PiiType.US_SSN,
        "pattern:us-ssn",
        ContextWords.of(
            List.of(
                "ssn", "ss#", "ss #", "social security", "social security number", "social",
                "taxpayer", "tin", "w-2", "w2"),
            ReferenceWords.notPersonalAnd(
                "phone", "tel", "call", "fax", "zip", "routing", "account", "téléphone",
                "tél")));
  }

  @Override
  boolean wants(Run run) {
    return run.totalDigits() >= 9;
  }

  @Override
  void match(Run run, List<String> languages, Hits hits) {
    for (int k = 0; k < run.size(); k++) {
      if (!run.isNumber(k)) {
        continue;
      }
      if (run.length(k) == 9 && !joinedNumber(run, k, k)) {
        check(run, k, k, BARE, hits);
      } else if (run.length(k) == 3 && k + 2 < run.size()) {
        char sep = run.gapChar(k + 1);
        if ((sep == '-' || sep == ' ' || sep == '\u00A0')
            && run.gapChar(k + 2) == sep
            && run.isNumber(k + 1) && run.length(k + 1) == 2
            && run.isNumber(k + 2) && run.length(k + 2) == 4
            && !joinedNumber(run, k, k + 2)) {
          check(run, k, k + 2, STRUCTURE, hits);
        }
      }
    }
  }

  /** Tells whether a number atom is glued to atoms {@code from..to} by a one-char gap. */
  private static boolean joinedNumber(Run run, int from, int to) {
    return (from > 0 && run.gapLength(from) == 1 && run.isNumber(from - 1))
        || (to + 1 < run.size() && run.gapLength(to + 1) == 1 && run.isNumber(to + 1));
  }

  private void check(Run run, int from, int to, double score, Hits hits) {
    StringBuilder d = run.concat(from, to);
    int area = Checksums.number(d, 0, 3);
    int group = Checksums.number(d, 3, 5);
    int serial = Checksums.number(d, 5, 9);
    if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0
        || SAMPLES.contains(d.toString()) || oneDigit(d)) {
      return;
    }
    hits.add(this, run.start(from), run.end(to), score,
        explain().withValidation("area-group-serial"));
  }

  private static boolean oneDigit(CharSequence d) {
    for (int i = 1; i < d.length(); i++) {
      if (d.charAt(i) != d.charAt(0)) {
        return false;
      }
    }
    return true;
  }
}
