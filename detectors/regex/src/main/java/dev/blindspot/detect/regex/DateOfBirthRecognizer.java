package dev.blindspot.detect.regex;

import dev.blindspot.PiiType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Dates of birth, reported as {@code DATE_TIME}: numeric dates day-month-year or month-day-year
 * ({@code 14/07/1985}, {@code 14.07.85}, {@code 7-14-1985}) and year-month-day ({@code
 * 1985-07-14}), one kind of separator ({@code / . -}), a date that exists (years 1900 to 2099 when
 * written in four digits), not part of a longer number; and dates with the month in words in
 * English, French, German or Spanish, full or abbreviated, day first or month first, before a
 * four-digit year ({@code 4 August 1947}, {@code August 4th, 1947}, {@code 1er mars 1985}, {@code
 * 12. März 1978}, {@code 30 de septiembre de 1988}), read backwards from the year over at most a
 * few words. A date alone is no personal data, so the
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

  /** Month names and abbreviations, lower case, in English, French, German and Spanish. */
  private static final Map<String, Integer> MONTHS = months(
      "january jan janvier janv januar jänner enero",
      "february feb février fevrier févr fevr februar febrero",
      "march mar mars märz maerz marz marzo",
      "april apr avril avr abril",
      "may mai mayo",
      "june jun juin juni junio",
      "july jul juillet juil juli julio",
      "august aug août aout agosto",
      "september sep sept septembre septiembre setiembre",
      "october oct octobre oktober okt octubre",
      "november nov novembre noviembre",
      "december dec décembre decembre déc dezember dez diciembre");

  /** What may follow the digits of a day: English and French ordinals, the Spanish º. */
  private static final Set<String> DAY_SUFFIXES = Set.of("st", "nd", "rd", "th", "er", "re", "º");

  /** The longest word read as a month or a day. */
  private static final int MAX_TOKEN = 10;

  private static Map<String, Integer> months(String... byMonth) {
    Map<String, Integer> months = new HashMap<>();
    for (int m = 0; m < byMonth.length; m++) {
      for (String name : byMonth[m].split(" ")) {
        months.put(name, m + 1);
      }
    }
    return Map.copyOf(months);
  }

  @Override
  boolean wants(Run run) {
    return run.totalDigits() >= 4;
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
    for (int k = 0; k < run.size(); k++) {
      if (run.length(k) == 4 && run.isNumber(k)
          && (k + 1 == run.size() || !run.isNumber(k + 1) || run.gapChar(k + 1) == ' ')) {
        int start = wordedDateStart(run.text(), run.start(k));
        if (start >= 0) {
          hits.add(this, start, run.end(k), BARE, explain().withValidation("date"));
        }
      }
    }
  }

  /**
   * The start of a date whose month is written in words and whose four-digit year starts at
   * {@code yearStart}, or -1: "day month year" or "month day year", a Spanish "de" allowed
   * between the parts, the day a number of one or two digits with an optional ordinal suffix.
   */
  static int wordedDateStart(CharSequence text, int yearStart) {
    int year = Checksums.number(text, yearStart, yearStart + 4);
    if (year < 1900 || year > 2099) {
      return -1;
    }
    int[] token = new int[2];
    int end = previousToken(text, yearStart, token);
    if (end < 0) {
      return -1;
    }
    if (isWord(text, token, "de")) {
      end = previousToken(text, token[0], token);
    }
    int month = end < 0 ? 0 : month(text, token);
    int day;
    if (month > 0) {
      end = previousToken(text, token[0], token);
      if (end >= 0 && isWord(text, token, "de")) {
        end = previousToken(text, token[0], token);
      }
      day = end < 0 ? 0 : day(text, token);
    } else {
      day = end < 0 ? 0 : day(text, token);
      end = day == 0 ? -1 : previousToken(text, token[0], token);
      month = end < 0 ? 0 : month(text, token);
    }
    return month > 0 && day > 0 && Checksums.isValidDate(year, month, day) ? token[0] : -1;
  }

  /**
   * Finds the token (letters and digits) that ends before {@code at} after at most three
   * separators (spaces, comma, period): stores its bounds in {@code token} and returns its end,
   * or -1 when there is none or it is longer than {@value #MAX_TOKEN} chars.
   */
  private static int previousToken(CharSequence text, int at, int[] token) {
    int end = at;
    while (end > 0 && at - end < 3 && isSeparator(text.charAt(end - 1))) {
      end--;
    }
    if (end == at && at > 0) {
      return -1; // no separator: the year is glued to what precedes it
    }
    int start = end;
    while (start > 0 && end - start <= MAX_TOKEN
        && Character.isLetterOrDigit(text.charAt(start - 1))) {
      start--;
    }
    if (start == end || end - start > MAX_TOKEN) {
      return -1;
    }
    token[0] = start;
    token[1] = end;
    return end;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == ',' || c == '.' || c == '\u00A0';
  }

  private static boolean isWord(CharSequence text, int[] token, String word) {
    return token[1] - token[0] == word.length()
        && text.subSequence(token[0], token[1]).toString().equalsIgnoreCase(word);
  }

  private static int month(CharSequence text, int[] token) {
    Integer month = MONTHS.get(
        text.subSequence(token[0], token[1]).toString().toLowerCase(Locale.ROOT));
    return month == null ? 0 : month;
  }

  private static int day(CharSequence text, int[] token) {
    int digits = 0;
    while (token[0] + digits < token[1] && digits < 3
        && text.charAt(token[0] + digits) >= '0' && text.charAt(token[0] + digits) <= '9') {
      digits++;
    }
    if (digits == 0 || digits > 2) {
      return 0;
    }
    String suffix =
        text.subSequence(token[0] + digits, token[1]).toString().toLowerCase(Locale.ROOT);
    if (!suffix.isEmpty() && !DAY_SUFFIXES.contains(suffix)) {
      return 0;
    }
    return Checksums.number(text, token[0], token[0] + digits);
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
