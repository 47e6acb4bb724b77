package dev.blindspot.benchmarks;

/**
 * The reference every throughput figure is divided by: one pass over the chars of the text that
 * classifies each one with {@link Character#getType(char)} and sums the classes, the least work
 * any scanner that looks at every char must do.
 */
public final class SinglePassBaseline {

  private SinglePassBaseline() {}

  /**
   * Classifies every char of the text.
   *
   * @param text the text
   * @return the sum of the chars' Unicode general categories (consume it, or the JIT removes the
   *     loop)
   */
  public static long classify(String text) {
    long sum = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      sum += Character.getType(text.charAt(i));
    }
    return sum;
  }
}
