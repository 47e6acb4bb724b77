package dev.blindspot.examples.cli;

import dev.blindspot.FailurePolicy;
import dev.blindspot.PiiScanner;
import dev.blindspot.ScanException;
import dev.blindspot.StreamSummary;
import dev.blindspot.redact.Operator;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Scans or redacts the whole input as one document, streamed in constant memory: scan writes one
 * JSON finding per line with offsets into the whole input, redact writes the redacted text.
 *
 * <p>When a detector fails, the scanner's {@link FailurePolicy} decides: {@code THROW} ends the
 * run after the last complete line that was fully redacted; {@code REDACT_DOCUMENT} ends the
 * output with {@link FailurePolicy#FAILURE_TAG} (redact) or one failure finding (scan) in place of
 * the rest of the input, and the document counts as failed in {@link DetectorFailures}.
 */
final class TextDocument {

  private final PiiScanner scanner;
  private final Operator operator;
  private final DetectorFailures failures;

  /**
   * @param scanner the scanner
   * @param operator the redaction operator, or null to scan
   * @param failures told when a detector failed on the document
   */
  TextDocument(PiiScanner scanner, Operator operator, DetectorFailures failures) {
    this.scanner = scanner;
    this.operator = operator;
    this.failures = failures;
  }

  void run(StrictUtf8Reader input, Output output) throws CliException, IOException {
    try {
      if (operator == null) {
        scan(input, output);
      } else {
        LineGatedWriter gate = new LineGatedWriter(output.writer());
        StreamSummary summary = scanner.redact(input, gate, operator);
        gate.finish();
        summary.failedDetectorId().ifPresent(failures::record);
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
            if (DetectorFailures.isFailure(finding)) {
              failures.record(finding.detectorId());
            }
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
