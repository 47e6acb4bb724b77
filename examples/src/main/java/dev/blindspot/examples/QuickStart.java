package dev.blindspot.examples;

import dev.blindspot.Finding;
import dev.blindspot.PiiScanner;

/**
 * Builds a scanner, scans a string, prints the findings and the redacted text.
 *
 * <pre>java -cp examples/target/blindspot.jar dev.blindspot.examples.QuickStart</pre>
 */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // Build once, share everywhere: a scanner is immutable and thread-safe.
    PiiScanner scanner = PiiScanner.builder().languages("en", "fr").build();

    String text = "Hi, I'm Julien Marchand. Write to julien.marchand@example.com,"
        + " or to j.marchand @example.org, or call +33 6 12 34 56 78.";
    for (Finding f : scanner.scan(text)) {
      // f.text(text) is the value itself: personal data, printed here only because this is a demo.
      System.out.printf("%-14s %3d..%-3d %.2f  %-16s %s%n",
          f.type(), f.start(), f.end(), f.score(), f.detectorId(), f.text(text));
    }
    System.out.println(scanner.redact(text));
  }
}
