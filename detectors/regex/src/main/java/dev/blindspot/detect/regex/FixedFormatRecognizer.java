package dev.blindspot.detect.regex;

import dev.blindspot.PiiType;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * One identifier type with a fixed length, written unseparated or in known groupings (such as
 * {@code 943 476 5919} for an NHS number), and checked by a validator; the many national ids of
 * that kind are instances of this class, listed with their context words and scores in {@link
 * NationalIdFormats}.
 *
 * <p>A value is a window of consecutive atoms whose lengths are one of the type's groupings, joined
 * by one-char gaps (space, no-break space, {@code - . /}), never cut out of a longer code: the atom
 * before and the atom after must not be glued to it by a one-char {@code - . /}, nor be a number
 * joined by one space when the type is numeric. The atoms' chars, upper-cased for
 * letter types, go to the validator. Windows are tried from each atom, each grouping at most once,
 * so the work is linear in the run.
 */
final class FixedFormatRecognizer extends Recognizer {

  /** Which chars the atoms of a value may hold. */
  enum Chars {
    /** ASCII digits only. */
    DIGITS,
    /** ASCII letters and digits, upper-cased before validation. */
    ALPHANUMERIC
  }

  private final Chars chars;
  private final int[][] groupings;
  private final Predicate<String> validator;
  private final String validation;
  private final double bareScore;
  private final double groupedScore;
  private final int minLength;

  /** The lengths of the first groups of the groupings, as {@link Run#lengthBit} bits. */
  private final long firstLengths;

  /**
   * Creates a recognizer.
   *
   * @param type the type reported
   * @param name the recognizer name explanations carry, such as {@code "pattern:uk-nhs"}
   * @param context the type's context words
   * @param chars the chars of the atoms
   * @param groupings the group lengths of each accepted writing; a single group is the unseparated
   *     form
   * @param validator the format and checksum rules, given the value without separators
   * @param validation the validation name explanations carry, such as {@code "mod11"}
   * @param bareScore base score of the unseparated form
   * @param groupedScore base score of the grouped forms
   */
  FixedFormatRecognizer(
      PiiType type,
      String name,
      ContextWords context,
      Chars chars,
      int[][] groupings,
      Predicate<String> validator,
      String validation,
      double bareScore,
      double groupedScore) {
    super(type, name, context);
    this.chars = chars;
    this.groupings = groupings.clone();
    this.validator = validator;
    this.validation = validation;
    this.bareScore = bareScore;
    this.groupedScore = groupedScore;
    int min = Integer.MAX_VALUE;
    long first = 0;
    for (int[] grouping : groupings) {
      int total = 0;
      for (int g : grouping) {
        total += g;
      }
      min = Math.min(min, total);
      first |= Run.lengthBit(grouping[0]);
    }
    this.minLength = min;
    this.firstLengths = first;
  }

  @Override
  boolean wants(Run run) {
    return (run.atomLengths() & firstLengths) != 0
        && (chars == Chars.ALPHANUMERIC || run.totalDigits() >= minLength);
  }

  @Override
  void match(Run run, List<String> languages, Hits hits) {
    for (int k = 0; k < run.size(); k++) {
      if ((firstLengths & Run.lengthBit(run.length(k))) == 0
          || (chars == Chars.DIGITS && !run.isNumber(k))) {
        continue; // no grouping starts with an atom of this length
      }
      if (k > 0 && glued(run, k, k - 1)) {
        continue;
      }
      for (int[] grouping : groupings) {
        int last = window(run, k, grouping);
        if (last < 0) {
          continue;
        }
        String value = run.concat(k, last).toString();
        if (chars == Chars.ALPHANUMERIC) {
          value = value.toUpperCase(Locale.ROOT);
        }
        if (validator.test(value)) {
          hits.add(this, run.start(k), run.end(last), grouping.length == 1 ? bareScore
              : groupedScore, explain().withValidation(validation));
          k = last;
          break;
        }
      }
    }
  }

  /** Returns the last atom of the window from {@code k} with the grouping's lengths, or -1. */
  private int window(Run run, int k, int[] grouping) {
    int last = k + grouping.length - 1;
    if (last >= run.size()) {
      return -1;
    }
    for (int g = 0; g < grouping.length; g++) {
      int atom = k + g;
      if (run.length(atom) != grouping[g]
          || (chars == Chars.DIGITS && !run.isNumber(atom))
          || (g > 0 && !isSeparator(run.gapChar(atom)))) {
        return -1;
      }
    }
    if (last + 1 < run.size() && glued(run, last + 1, last + 1)) {
      return -1;
    }
    return last;
  }

  /**
   * Tells whether atom {@code neighbor}, next to a value, continues it: the gap between {@code
   * gapAtom - 1} and {@code gapAtom} is one separator char, and either not a space or, for a
   * numeric type, a space before a number. A colon or parenthesis ({@code "BSN:123456782"}) does
   * not glue.
   */
  private boolean glued(Run run, int gapAtom, int neighbor) {
    char gap = run.gapChar(gapAtom);
    if (!isSeparator(gap)) {
      return false;
    }
    return !CandidateScanner.isSpace(gap) || (chars == Chars.DIGITS && run.isNumber(neighbor));
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '-' || c == '.' || c == '/';
  }
}
