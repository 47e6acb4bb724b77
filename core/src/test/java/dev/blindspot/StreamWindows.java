package dev.blindspot;

/**
 * Opens the package-private streaming geometry of the builder to tests in other packages (property
 * and fuzz tests), so that they can put chunk boundaries anywhere.
 */
public final class StreamWindows {

  private StreamWindows() {}

  /** Makes the scanner read streams in chunks of {@code chunk} chars overlapping by {@code overlap}. */
  public static PiiScanner.Builder window(PiiScanner.Builder builder, int chunk, int overlap) {
    return builder.streamWindow(chunk, overlap);
  }
}
