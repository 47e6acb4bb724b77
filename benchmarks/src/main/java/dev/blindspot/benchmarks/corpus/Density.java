package dev.blindspot.benchmarks.corpus;

/** The share of chat lines that carry at least one personal value. */
public enum Density {
  /** No personal data at all: the plain-text reference and the source of hard negatives. */
  NONE(0.0),
  /** About 2% of lines: an ordinary support log. */
  LOW(0.02),
  /** About 15% of lines: a log of account and billing questions. */
  MEDIUM(0.15),
  /** About 60% of lines: a log made of little else than contact and payment details. */
  HIGH(0.60);

  private final double share;

  Density(double share) {
    this.share = share;
  }

  /**
   * Returns the target share of lines with personal data.
   *
   * @return a share in [0, 1]
   */
  public double share() {
    return share;
  }
}
