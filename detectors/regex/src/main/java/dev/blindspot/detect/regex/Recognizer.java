package dev.blindspot.detect.regex;

import dev.blindspot.Explanation;
import dev.blindspot.PiiType;
import java.util.List;

/**
 * One identifier type of the structured family: a shape read on the candidates of the {@link
 * CandidateScanner}, a validator, context words and a base score (see the package documentation
 * for the scoring model).
 *
 * <p>A recognizer is immutable and shared by every thread. To add a type, subclass this in one
 * file and list an instance in {@link Recognizers#all()}.
 */
abstract class Recognizer {

  /** Base score of a value that passed a checksum. */
  static final double CHECKSUM = 0.95;

  /** Base score of a value whose syntax ordinary numbers do not have. */
  static final double STRUCTURE = 0.65;

  /**
   * Base score of a bare run of digits that passed a check a random number passes about one time
   * in ten (Luhn, mod 10, mod 11, Verhoeff): weak evidence, positive context is needed to reach the
   * default threshold. Above {@link #BARE}, so that with equal context a checked number beats an
   * unchecked pattern on the same digits.
   */
  static final double WEAK_CHECKSUM = 0.4;

  /** Base score of a bare pattern: positive context is needed to reach the default threshold. */
  static final double BARE = 0.35;

  private final PiiType type;
  private final String recognizer;
  private final ContextWords context;

  Recognizer(PiiType type, String recognizer, ContextWords context) {
    this.type = type;
    this.recognizer = recognizer;
    this.context = context;
  }

  final PiiType type() {
    return type;
  }

  /** The recognizer name explanations carry, such as {@code "pattern:iban"}. */
  final String name() {
    return recognizer;
  }

  final ContextWords context() {
    return context;
  }

  /** A fresh explanation naming this recognizer. */
  final Explanation explain() {
    return Explanation.of(recognizer);
  }

  /**
   * Cheap test on the run's summary (digit count) before {@link #match}; true by default.
   *
   * @param run the candidate
   * @return false when no value of this type can be in the run
   */
  boolean wants(Run run) {
    return true;
  }

  /**
   * Finds the values of this type in a run and adds each to {@code hits} with its base score.
   * Reads only bounded windows of atoms, so the work is linear in the run's length.
   *
   * @param run the candidate, valid during the call only
   * @param languages the text's language, or the scanner's languages when it is unknown (lower-case
   *     ISO 639 codes, most likely first; may be empty)
   * @param hits where to add values
   */
  abstract void match(Run run, List<String> languages, Hits hits);

  /** Returns the type and recognizer name. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + type + ", " + recognizer + "]";
  }
}
