package dev.blindspot.detect.nlp;

import dev.blindspot.Explanation;
import java.util.List;

/**
 * Words by which people announce their own name: "my name is _", "this is _ speaking", "_ here".
 *
 * <p>The words before the name are the prefix and those after it the suffix, both folded (see
 * {@link WordTable#fold(CharSequence)}). A phrase without prefix is anchored at the start of a
 * line or sentence and must be followed by punctuation or the end of the line.
 */
final class AnnouncingPhrase {

  private final String id;
  private final String[] prefix;
  private final String[] suffix;
  private final boolean lowerCaseNames;
  private final boolean selfDescription;
  private final Explanation capitalised;
  private final Explanation lowerCase;

  /**
   * Creates a phrase.
   *
   * @param id language and name, such as {@code en:my-name-is}
   * @param prefix folded words before the name
   * @param suffix folded words after the name
   * @param lowerCaseNames whether a name written in lower case counts ("my name is john")
   * @param selfDescription whether the phrase also introduces descriptions ("I am sorry"), so that
   *     the stop list of words after "I am" applies
   */
  AnnouncingPhrase(
      String id,
      List<String> prefix,
      List<String> suffix,
      boolean lowerCaseNames,
      boolean selfDescription) {
    if (prefix.isEmpty() && suffix.isEmpty()) {
      throw new IllegalArgumentException("phrase " + id + " has no word besides the name");
    }
    this.id = id;
    this.prefix = prefix.toArray(new String[0]);
    this.suffix = suffix.toArray(new String[0]);
    this.lowerCaseNames = lowerCaseNames;
    this.selfDescription = selfDescription;
    Explanation base = Explanation.of(PersonRuleDetector.PHRASE_RULE).withValidation("phrase:" + id);
    if (prefix.isEmpty()) {
      base = base.withValidation("line-start");
    }
    this.capitalised =
        base.withValidation("capitalised-name").withValidation(PersonRuleDetector.NOT_A_STOP_WORD);
    this.lowerCase =
        base.withValidation("lower-case-name").withValidation(PersonRuleDetector.NOT_A_STOP_WORD);
  }

  String id() {
    return id;
  }

  /** The folded words before the name; the first is the key the phrase is found by. */
  String[] prefix() {
    return prefix;
  }

  String[] suffix() {
    return suffix;
  }

  boolean lineStart() {
    return prefix.length == 0;
  }

  boolean lowerCaseNames() {
    return lowerCaseNames;
  }

  boolean selfDescription() {
    return selfDescription;
  }

  Explanation why(boolean allCapitalised) {
    return allCapitalised ? capitalised : lowerCase;
  }

  @Override
  public String toString() {
    return "AnnouncingPhrase[" + id + "]";
  }
}
