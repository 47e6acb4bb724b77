package dev.blindspot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Why a detector reported a finding: the recognizer that matched, the validators it passed, the
 * context words seen near it and the normalization steps undone to find it.
 *
 * <p>An explanation never holds the matched value: detectors describe rules, not text. Every list
 * is immutable.
 *
 * @param recognizer the pattern, model or rule that matched, such as {@code "pattern:email"}
 * @param validations validators the value passed, such as {@code "luhn"}
 * @param contextWords context words found near the value, such as {@code "e-mail"}
 * @param normalizations normalization steps undone to find the value, such as {@code
 *     "spaces-around-at"}
 */
public record Explanation(
    String recognizer,
    List<String> validations,
    List<String> contextWords,
    List<String> normalizations) {

  /**
   * Validates and copies the lists.
   *
   * @throws NullPointerException if any argument or list element is null
   * @throws IllegalArgumentException if {@code recognizer} is blank
   */
  public Explanation {
    Objects.requireNonNull(recognizer, "recognizer");
    if (recognizer.isBlank()) {
      throw new IllegalArgumentException("recognizer must not be blank");
    }
    validations = List.copyOf(Objects.requireNonNull(validations, "validations"));
    contextWords = List.copyOf(Objects.requireNonNull(contextWords, "contextWords"));
    normalizations = List.copyOf(Objects.requireNonNull(normalizations, "normalizations"));
  }

  /**
   * An explanation naming only the recognizer.
   *
   * @param recognizer the pattern, model or rule that matched
   * @return the explanation
   */
  public static Explanation of(String recognizer) {
    return new Explanation(recognizer, List.of(), List.of(), List.of());
  }

  /**
   * Returns a copy with one more validator.
   *
   * @param validation name of the validator the value passed
   * @return the new explanation
   */
  public Explanation withValidation(String validation) {
    return new Explanation(recognizer, append(validations, validation), contextWords, normalizations);
  }

  /**
   * Returns a copy with one more context word.
   *
   * @param word the context word seen near the value
   * @return the new explanation
   */
  public Explanation withContextWord(String word) {
    return new Explanation(recognizer, validations, append(contextWords, word), normalizations);
  }

  /**
   * Returns a copy with more normalization steps.
   *
   * @param steps names of the steps undone
   * @return the new explanation
   */
  public Explanation withNormalizations(List<String> steps) {
    Objects.requireNonNull(steps, "steps");
    List<String> all = new ArrayList<>(normalizations);
    for (String step : steps) {
      if (!all.contains(step)) {
        all.add(Objects.requireNonNull(step, "step"));
      }
    }
    return new Explanation(recognizer, validations, contextWords, all);
  }

  private static List<String> append(List<String> list, String element) {
    Objects.requireNonNull(element, "element");
    if (list.contains(element)) {
      return list;
    }
    List<String> copy = new ArrayList<>(list.size() + 1);
    copy.addAll(list);
    copy.add(element);
    return copy;
  }

  /** Returns a one-line summary such as {@code pattern:email; validated: tld; context: mail}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(recognizer);
    part(sb, "validated", validations);
    part(sb, "context", contextWords);
    part(sb, "normalized", normalizations);
    return sb.toString();
  }

  private static void part(StringBuilder sb, String label, List<String> values) {
    if (!values.isEmpty()) {
      sb.append("; ").append(label).append(": ").append(String.join(", ", values));
    }
  }
}
