package dev.blindspot.benchmarks;

import dev.blindspot.Explanation;
import dev.blindspot.Finding;
import dev.blindspot.PiiType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The floor: the PII scanner users write by hand with {@code java.util.regex}, five patterns of
 * the kind found in answers and snippets (e-mail, phone, card, IBAN, SSN), each run with {@link
 * Matcher#find()} over the whole text. No validation, no context, no normalization.
 *
 * <p>Overlapping matches are resolved the way such code usually does: patterns run in a fixed
 * order and a match that overlaps an earlier one is dropped. Immutable and thread-safe (each scan
 * creates its own matchers).
 *
 * <p>Its e-mail pattern backtracks: on long runs of local-part chars without an {@code @} it is
 * quadratic, which the adversarial benchmark shows.
 */
public final class NaiveRegexScanner {

  /** The detector id its findings carry. */
  public static final String ID = "naive-regex";

  private record Rule(PiiType type, Pattern pattern) {}

  private static final List<Rule> RULES = List.of(
      new Rule(PiiType.EMAIL_ADDRESS, Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")),
      new Rule(PiiType.IBAN_CODE,
          Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\\b")),
      new Rule(PiiType.CREDIT_CARD, Pattern.compile("\\b(?:\\d[ -]*?){13,16}\\b")),
      new Rule(PiiType.US_SSN, Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b")),
      new Rule(PiiType.PHONE_NUMBER,
          Pattern.compile("(?:\\+\\d{1,3}[ .-]?)?\\(?\\d{2,4}\\)?(?:[ .-]?\\d{2,4}){2,4}")));

  private static final Explanation WHY = Explanation.of("naive-regex");

  /** Creates the scanner. */
  public NaiveRegexScanner() {}

  /**
   * Returns the types this scanner reports.
   *
   * @return e-mail, phone, card, IBAN and SSN
   */
  public List<PiiType> types() {
    return RULES.stream().map(Rule::type).toList();
  }

  /**
   * Finds the matches of every pattern, in offset order, without overlaps.
   *
   * @param text the text
   * @return findings with score 1
   */
  public List<Finding> scan(CharSequence text) {
    // Accepted matches by start; they never overlap, so only the last one starting before a new
    // match's end can overlap it.
    TreeMap<Integer, Finding> accepted = new TreeMap<>();
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        if (m.end() == m.start()) {
          continue;
        }
        Map.Entry<Integer, Finding> before = accepted.lowerEntry(m.end());
        if (before == null || before.getValue().end() <= m.start()) {
          accepted.put(m.start(), new Finding(rule.type(), m.start(), m.end(), 1.0, ID, WHY));
        }
      }
    }
    return new ArrayList<>(accepted.values());
  }

  @Override
  public String toString() {
    return "NaiveRegexScanner[" + types() + "]";
  }
}
