package dev.blindspot.detect.regex;

import dev.blindspot.PiiType;
import java.util.List;

/**
 * Hong Kong identity card numbers: one or two letters, six digits and a check char (a digit or
 * A), written with the check char in parentheses ({@code A123456(3)}, also {@code A123456 (3)}),
 * which is the type's own writing and scores {@value Recognizer#CHECKSUM}, or unseparated ({@code
 * A1234563}), which scores {@value Recognizer#WEAK_CHECKSUM} and needs a context word. The
 * parenthesized value spans both parentheses. Validation is {@link WorldIds#hkId}.
 */
final class HkIdRecognizer extends Recognizer {

  HkIdRecognizer(ContextWords context) {
    super(PiiType.of("HK_ID"), "pattern:hk-id", context);
  }

  @Override
  boolean wants(Run run) {
    return run.totalDigits() >= 6;
  }

  @Override
  void match(Run run, List<String> languages, Hits hits) {
    for (int k = 0; k < run.size(); k++) {
      int length = run.length(k);
      if (length < 7 || length > 9 || run.isNumber(k) || glued(run, k)) {
        continue;
      }
      if (length <= 8 && k + 1 < run.size() && run.length(k + 1) == 1
          && parenthesized(run, k + 1) && WorldIds.hkId(run.concat(k, k + 1))) {
        hits.add(this, run.start(k), run.end(k + 1) + 1, CHECKSUM,
            explain().withValidation("check-char"));
        k++;
      } else if (length >= 8 && (k + 1 == run.size() || !glued(run, k + 1))
          && WorldIds.hkId(run.concat(k, k))) {
        hits.add(this, run.start(k), run.end(k), WEAK_CHECKSUM,
            explain().withValidation("check-char"));
      }
    }
  }

  /** Tells whether the check char atom is in parentheses right after the number. */
  private static boolean parenthesized(Run run, int check) {
    int gap = run.gapLength(check);
    int open = run.start(check) - 1;
    return (gap == 1 || (gap == 2 && run.charAt(open - 1) == ' '))
        && run.charAt(open) == '(' && run.charAfterIs(check, ')');
  }

  /** Tells whether the atom continues the previous one through a one-char {@code - . /}. */
  private static boolean glued(Run run, int atom) {
    char gap = run.gapChar(atom);
    return gap == '-' || gap == '.' || gap == '/';
  }
}
