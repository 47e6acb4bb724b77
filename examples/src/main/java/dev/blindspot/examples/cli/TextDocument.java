package dev.blindspot.examples.cli;

import dev.blindspot.PiiScanner;
import dev.blindspot.ScanException;
import dev.blindspot.redact.Operator;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Scans or redacts the whole input as one document, streamed in constant memory: scan writes one
 * JSON finding per line with offsets into the whole input, redact writes the redacted text.
 */
final class TextDocument {

  private final PiiScanner scanner;
  private final Operator operator;

  /**
   * @param scanner the scanner
   * @param operator the redaction operator, or null to scan
   */
  TextDocument(PiiScanner scanner, Operator operator) {
    this.scanner = scanner;
    this.operator = operator;
  }

  void run(StrictUtf8Reader input, Output output) throws CliException, IOException {
    try {
      if (operator == null) {
        scan(input, output);
      } else {
        LineGatedWriter gate = new LineGatedWriter(output.writer());
        scanner.redact(input, gate, operator);
        gate.finish();
      }
    } catch (InputFailure e) {
      throw CliException.usage(e.getMessage());
    } catch (ScanException e) {
      throw CliException.failure(e.getMessage());
    } catch (IllegalStateException e) {
      if (input.charsRead() > Integer.MAX_VALUE) {
        throw CliException.usage("the input is longer than " + Integer.MAX_VALUE
            + " chars, too long for scan offsets: split it, or use redact");
      }
      throw e;
    }
  }

  private void scan(StrictUtf8Reader input, Output output) throws IOException {
    try {
      scanner.scan(
          input,
          finding -> {
            try {
              output.writeLine(Json.write(Json.finding(finding)));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
