package dev.blindspot.detect.regex;

import dev.blindspot.PiiType;
import java.util.List;

/**
 * Dates of birth, reported as {@code DATE_TIME}: numeric dates day-month-year or month-day-year
 * ({@code 14/07/1985}, {@code 14.07.85}, {@code 7-14-1985}) and year-month-day ({@code
 * 1985-07-14}), one kind of separator ({@code / . -}), a date that exists (years 1900 to 2099 when
 * written in four digits), not part of a longer number. A date alone is no personal data, so the
 * base score is {@value Recognizer#BARE}: only a birth word ("born", "date of birth", "né le",
 * "date de naissance", "geboren", "fecha de nacimiento") lifts it above the default threshold.
 */
final class DateOfBirthRecognizer extends Recognizer {

  DateOfBirthRecognizer() {
    super(
        PiiType.DATE_TIME,
        "pattern:date-of-birth",
        ContextWords.of(
            List.of(
                "born", "born on", "date of birth", "birth date", "birthdate", "dob", "d.o.b",
                "birthday", "né le", "née le", "né", "née", "date de naissance",
                "naissance", "geboren", "geboren am", "Geburtsdatum", "Geburtstag",
                "fecha de nacimiento", "nacido", "nacida", "nació", "nacimiento"),
            ReferenceWords.notPersonalAnd(
                "expiry", "expires", "expiration", "exp", "valid until", "due", "issued",
                "delivered", "shipped", "livraison", "livré", "expédié", "échéance", "délivré",
                "Ablaufdatum", "gültig bis", "Lieferung", "caducidad", "vence", "entrega")));
  }

  @Override
  boolean wants(Run run) {
    return run.size() >= 3 && run.totalDigits() >= 4;
  }

  @Override
  void match(Run run, List<String> languages, Hits hits) {
    for (int k = 0; k + 2 < run.size(); k++) {
      char sep = run.gapChar(k + 1);
      if ((sep != '/' && sep != '.' && sep != '-') || run.gapChar(k + 2) != sep
          || !run.isNumber(k) || !run.isNumber(k + 1) || !run.isNumber(k + 2)
          || (k > 0 && run.gapLength(k) == 1 && run.isNumber(k - 1))
          || (k + 3 < run.size() && run.gapLength(k + 3) == 1 && run.isNumber(k + 3))) {
        continue;
      }
      if (valid(run, k)) {
        hits.add(this, run.start(k), run.end(k + 2), BARE, explain().withValidation("date"));
        k += 2;
      }
    }
  }

  private static boolean valid(Run run, int k) {
    int a = run.length(k);
    int b = run.length(k + 1);
    int c = run.length(k + 2);
    CharSequence t = run.text();
    int x = Checksums.number(t, run.start(k), run.end(k));
    int y = Checksums.number(t, run.start(k + 1), run.end(k + 1));
    int z = Checksums.number(t, run.start(k + 2), run.end(k + 2));
    if (a == 4 && b <= 2 && c <= 2) {
      return x >= 1900 && x <= 2099 && b == 2 && c == 2 && Checksums.isValidDate(x, y, z);
    }
    if (a > 2 || b > 2 || (c != 4 && c != 2)) {
      return false;
    }
    if (c == 4 && (z < 1900 || z > 2099)) {
      return false;
    }
    int year = c == 4 ? z : 2000 + z; // only Feb 29 depends on the century of a two-digit year
    return Checksums.isValidDate(year, y, x) || Checksums.isValidDate(year, x, y);
  }
}
