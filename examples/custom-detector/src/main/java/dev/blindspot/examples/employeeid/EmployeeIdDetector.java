package dev.blindspot.examples.employeeid;

import dev.blindspot.Explanation;
import dev.blindspot.PiiType;
import dev.blindspot.spi.Detector;
import dev.blindspot.spi.FindingSink;
import dev.blindspot.spi.ScanContext;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds employee ids such as {@code EMP-004218}: a prefix, an optional separator (a hyphen, a
 * space, a no-break space or a Unicode dash) and six ASCII digits whose last is the {@linkplain
 * EmployeeIdCheckDigit Luhn check digit} of the first five. The prefix matches in any case; the id
 * must stand alone, not glued to letters or digits ({@code XEMP-004218} and {@code EMP-0042181} are
 * not ids).
 *
 * <p>Scores: 0.9 when the check digit holds; when it does not (or checking is off), the id is
 * reported with a lower score that a context word just before it raises over the scanner's
 * default threshold:
 *
 * <table class="striped">
 *   <caption>Scores by check digit and context</caption>
 *   <tr><th></th><th>no context word</th><th>context word within 48 chars before</th></tr>
 *   <tr><td>check digit holds</td><td>0.90</td><td>1.00</td></tr>
 *   <tr><td>checking off</td><td>0.60</td><td>0.95</td></tr>
 *   <tr><td>check digit wrong</td><td>0.30</td><td>0.65</td></tr>
 * </table>
 *
 * <p>Context words, whole words in any case: English "employee", "staff", "badge", "personnel";
 * French "employé(e)", "salarié(e)", "matricule", "collaborateur/trice", "badge", "personnel";
 * German "Mitarbeiter(in)", "Personalnummer"; Spanish "empleado/a". Only those of the configured
 * languages are used, all of them when none is configured.
 *
 * <p>Immutable and thread-safe. Runs in one pass over the text: every position is compared with
 * the prefix's first letter, and only a match looks further, over at most 16 chars and a 48-char
 * context window.
 */
public final class EmployeeIdDetector implements Detector {

  /** The type of the findings: an identifier an employer gives its staff. */
  public static final PiiType EMPLOYEE_ID = PiiType.of("EMPLOYEE_ID");

  /** The id findings carry. */
  public static final String ID = "employee-id";

  static final double SCORE_VALID = 0.9;
  static final double SCORE_UNCHECKED = 0.6;
  static final double SCORE_INVALID = 0.3;
  static final double CONTEXT_BOOST = 0.35;
  static final int CONTEXT_WINDOW = 48;

  private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,8}");
  private static final int DIGITS = EmployeeIdCheckDigit.SERIAL_DIGITS + 1;

  private static final Map<String, List<String>> CONTEXT_WORDS =
      Map.of(
          "en", List.of("employee", "staff", "badge", "personnel"),
          "fr", List.of("employé", "employée", "salarié", "salariée", "matricule",
              "collaborateur", "collaboratrice", "badge", "personnel"),
          "de", List.of("mitarbeiter", "mitarbeiterin", "personalnummer"),
          "es", List.of("empleado", "empleada"));

  private static final int LONGEST_WORD =
      CONTEXT_WORDS.values().stream()
          .flatMap(List::stream)
          .mapToInt(String::length)
          .max()
          .orElse(0);

  private final String prefix;
  private final boolean checkDigit;
  private final Set<String> contextWords;
  private final Explanation pattern;

  /**
   * Creates a detector.
   *
   * @param prefix the letters that start every id, 2 to 8 upper-case ASCII letters, such as
   *     {@code "EMP"}
   * @param checkDigit true if the last digit is a Luhn check digit (ids that fail it then need a
   *     context word); false if your ids carry none
   * @param languages ISO 639 codes whose context words to use, such as {@code List.of("en", "fr")};
   *     empty for every language this detector knows
   * @throws IllegalArgumentException if the prefix is not 2 to 8 upper-case ASCII letters
   */
  public EmployeeIdDetector(String prefix, boolean checkDigit, Collection<String> languages) {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(languages, "languages");
    if (!PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          "the prefix must be 2 to 8 upper-case ASCII letters, got '" + prefix + "'");
    }
    this.prefix = prefix;
    this.checkDigit = checkDigit;
    Set<String> words = new LinkedHashSet<>();
    for (String language : languages) {
      words.addAll(CONTEXT_WORDS.getOrDefault(language.toLowerCase(Locale.ROOT), List.of()));
    }
    if (words.isEmpty()) {
      CONTEXT_WORDS.values().forEach(words::addAll);
    }
    this.contextWords = Set.copyOf(words);
    this.pattern = Explanation.of("pattern:" + prefix.toLowerCase(Locale.ROOT) + "-6-digits");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<PiiType> types() {
    return Set.of(EMPLOYEE_ID);
  }

  @Override
  public void detect(ScanContext context, FindingSink sink) {
    CharSequence text = context.text();
    int n = text.length();
    char upper = prefix.charAt(0);
    char lower = (char) (upper + ('a' - 'A'));
    for (int i = 0; i <= n - prefix.length() - DIGITS; i++) {
      char c = text.charAt(i);
      if (c != upper && c != lower) {
        continue; // the cheap anchor: most positions stop here
      }
      int end = matchAt(text, i);
      if (end < 0) {
        continue;
      }
      report(text, i, end, sink);
      i = end - 1;
    }
  }

  /** Returns the end of an id starting at {@code start}, or -1. */
  private int matchAt(CharSequence text, int start) {
    int n = text.length();
    if (start > 0 && Character.isLetterOrDigit(Character.codePointBefore(text, start))) {
      return -1;
    }
    for (int k = 1; k < prefix.length(); k++) {
      char c = text.charAt(start + k);
      char p = prefix.charAt(k);
      if (c != p && c != p + ('a' - 'A')) {
        return -1;
      }
    }
    int digits = start + prefix.length();
    if (isSeparator(text.charAt(digits))) {
      digits++;
    }
    int end = digits + DIGITS;
    if (end > n) {
      return -1;
    }
    for (int k = digits; k < end; k++) {
      char c = text.charAt(k);
      if (c < '0' || c > '9') {
        return -1;
      }
    }
    if (end < n && Character.isLetterOrDigit(Character.codePointAt(text, end))) {
      return -1; // a longer number or a word: not one of our ids
    }
    return end;
  }

  private void report(CharSequence text, int start, int end, FindingSink sink) {
    Explanation why = pattern;
    double score;
    if (!checkDigit) {
      score = SCORE_UNCHECKED;
    } else if (EmployeeIdCheckDigit.isValid(text, end - DIGITS)) {
      score = SCORE_VALID;
      why = why.withValidation("luhn");
    } else {
      score = SCORE_INVALID;
    }
    String word = contextWordBefore(text, start);
    if (word != null) {
      score = Math.min(1.0, score + CONTEXT_BOOST);
      why = why.withContextWord(word);
    }
    sink.report(EMPLOYEE_ID, start, end, score, why);
  }

  /** Returns the last context word that ends within the window before {@code start}, or null. */
  private String contextWordBefore(CharSequence text, int start) {
    int from = Math.max(0, start - CONTEXT_WINDOW);
    int limit = Math.max(0, from - LONGEST_WORD);
    while (from > limit && Character.isLetter(text.charAt(from - 1))) {
      from--; // never start the window inside a word
    }
    int i = from;
    if (from > 0 && Character.isLetter(text.charAt(from - 1))) {
      while (i < start && Character.isLetter(text.charAt(i))) {
        i++; // the tail of a word longer than any context word
      }
    }
    String found = null;
    while (i < start) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int wordStart = i;
      while (i < start && Character.isLetter(text.charAt(i))) {
        i++;
      }
      String word = text.subSequence(wordStart, i).toString().toLowerCase(Locale.ROOT);
      if (contextWords.contains(word)) {
        found = word;
      }
    }
    return found;
  }

  private static boolean isSeparator(char c) {
    return c == '-' || c == ' ' || c == '\u00A0' || c == '\u2010' || c == '\u2011' || c == '\u2013';
  }

  /** Returns the configuration; never any text. */
  @Override
  public String toString() {
    return "EmployeeIdDetector[prefix=" + prefix + ", checkDigit=" + checkDigit
        + ", contextWords=" + contextWords.size() + "]";
  }
}
