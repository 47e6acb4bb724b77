package dev.blindspot.detect.fuzzy;

/**
 * The ways an {@code '@'} or a {@code '.'} of an e-mail address is written, and how much each one
 * says that the text around it is an address.
 */
enum Separator {
  /** A plain {@code '@'}: nothing undone. */
  AT_PLAIN(true, 4, null, 1.0, false),
  /** An {@code '@'} with white space on either side: "john.smith @outlook.com". */
  AT_SPACED(true, 3, "spaces-around-at", 0.85, false),
  /** A bracketed at: "[at]", "(@)", "{arobase}". */
  AT_BRACKETED(true, 2, "bracketed-at-dot", 0.8, false),
  /** The French word "arobase" (or "arobas"), which only ever means {@code '@'}. */
  AT_SPELLED(true, 2, "at-dot-words", 0.8, false),
  /** The bare word "at", which usually means something else: needs plausible surroundings. */
  AT_WORD(true, 1, "at-dot-words", 0.7, true),
  /** A {@code '.'} with white space before it: "john . smith", "outlook .com". */
  DOT_SPACED(false, 0, "spaces-around-dot", 0.85, false),
  /** A bracketed dot: "[dot]", "(.)", "(point)". */
  DOT_BRACKETED(false, 0, "bracketed-at-dot", 0.8, false),
  /** The bare word "dot" or "point": needs plausible surroundings. */
  DOT_WORD(false, 0, "at-dot-words", 0.7, true);

  private final boolean at;
  private final int strength;
  private final String technique;
  private final double score;
  private final boolean ambiguous;

  Separator(boolean at, int strength, String technique, double score, boolean ambiguous) {
    this.at = at;
    this.strength = strength;
    this.technique = technique;
    this.score = score;
    this.ambiguous = ambiguous;
  }

  /** Tells whether this stands for {@code '@'} (else for {@code '.'}). */
  boolean isAt() {
    return at;
  }

  /**
   * Returns how sure this at is to be an address's {@code '@'}; when two ats compete for the same
   * word, the stronger wins.
   */
  int strength() {
    return strength;
  }

  /** Returns the normalization undone, for explanations; null for a plain {@code '@'}. */
  String technique() {
    return technique;
  }

  /** Returns the score of an address whose weakest separator is this one. */
  double score() {
    return score;
  }

  /** Tells whether this form is also an ordinary word, so that it needs stronger evidence. */
  boolean isAmbiguous() {
    return ambiguous;
  }
}
