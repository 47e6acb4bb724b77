package dev.blindspot.examples.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blindspot.Finding;
import dev.blindspot.PiiScanner;
import dev.blindspot.FailurePolicy;
import dev.blindspot.ScanException;
import dev.blindspot.redact.Operator;
import dev.blindspot.redact.Redaction;
import dev.blindspot.spi.ScanContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Locale;

/**
 * Scans or redacts JSON lines: each non-blank line is one record, a JSON object with a {@code
 * "text"} string and optional {@code "id"} and {@code "lang"}, and gives one output line, in input
 * order. Each record is a document of its own (pseudonyms restart on every line).
 *
 * <p>When a detector fails on a record, the scanner's {@link FailurePolicy} decides: {@code THROW}
 * ends the run at that line; {@code REDACT_DOCUMENT} replaces the record's whole {@code "text"} by
 * {@link FailurePolicy#FAILURE_TAG} (redact) or gives it the one failure finding (scan), counts it
 * in {@link DetectorFailures}, and goes on.
 */
final class JsonLines {

  /**
   * The longest line read, in chars: a record is held whole, and a line without end (a text file
   * or a binary given by mistake) must end in a clear error, not in running out of memory. The
   * JSON parser refuses strings of more than 20 million chars anyway.
   */
  static final int MAX_LINE_CHARS = 1 << 25;

  private final PiiScanner scanner;
  private final Operator operator;
  private final DetectorFailures failures;
  private final int maxLineChars;

  /**
   * @param scanner the scanner
   * @param operator the redaction operator, or null to scan
   * @param failures counts the records a detector failed on
   */
  JsonLines(PiiScanner scanner, Operator operator, DetectorFailures failures) {
    this(scanner, operator, failures, MAX_LINE_CHARS);
  }

  JsonLines(PiiScanner scanner, Operator operator, DetectorFailures failures, int maxLineChars) {
    this.scanner = scanner;
    this.operator = operator;
    this.failures = failures;
    this.maxLineChars = maxLineChars;
  }

  void run(StrictUtf8Reader input, Output output, Progress progress)
      throws CliException, IOException {
    LineReader lines = new LineReader(input, maxLineChars);
    long lineNumber = 0;
    long records = 0;
    while (true) {
      String line;
      try {
        line = lines.readLine();
      } catch (InputFailure e) {
        throw CliException.usage("line " + (lineNumber + 1) + ": " + e.getMessage());
      }
      if (line == null) {
        return;
      }
      lineNumber++;
      if (lineNumber == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1); // a byte order mark
      }
      if (line.isBlank()) {
        continue;
      }
      output.writeLine(process(line, lineNumber));
      progress.update(++records, input.bytesRead());
    }
  }

  private String process(String line, long lineNumber) throws CliException, IOException {
    ObjectNode record = parse(line, lineNumber);
    JsonNode text = record.get("text");
    if (text == null) {
      throw CliException.usage(at(lineNumber) + "no \"text\" field");
    }
    if (!text.isTextual()) {
      throw CliException.usage(at(lineNumber) + "\"text\" must be a string, not " + kind(text));
    }
    String language = language(record.get("lang"), lineNumber);
    List<Finding> findings;
    try {
      findings = scanner.scan(text.textValue(), language);
    } catch (ScanException e) {
      throw CliException.failure(at(lineNumber) + e.getMessage());
    }
    boolean failed = failures.recordIfFailed(findings);
    if (operator != null) {
      // The tag whatever the operator: a mask, say, would keep parts of the text.
      record.put("text", failed
          ? FailurePolicy.FAILURE_TAG
          : Redaction.apply(text.textValue(), findings, operator));
      return Json.write(record);
    }
    ObjectNode result = Json.MAPPER.createObjectNode();
    JsonNode id = record.get("id");
    result.set("id", id != null ? id : NullNode.getInstance());
    ArrayNode array = result.putArray("findings");
    for (Finding f : findings) {
      array.add(Json.finding(f));
    }
    return Json.write(result);
  }

  private static ObjectNode parse(String line, long lineNumber) throws CliException {
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(line);
    } catch (StreamConstraintsException e) {
      throw CliException.usage(at(lineNumber) + "a value exceeds the JSON parser's size limits");
    } catch (JacksonException e) {
      // Jackson's messages may quote the input: say what is wrong and where, in our own words.
      String original = e.getOriginalMessage();
      String what = original != null && original.startsWith("Duplicate field")
          ? "a field is repeated"
          : "not valid JSON";
      JsonLocation location = e.getLocation();
      int column = location != null ? location.getColumnNr() : -1;
      String where = column > 0 ? " (column " + column + ")" : "";
      throw CliException.usage(at(lineNumber) + what + where);
    }
    if (!(node instanceof ObjectNode)) {
      throw CliException.usage(at(lineNumber) + "expected a JSON object, not " + kind(node));
    }
    return (ObjectNode) node;
  }

  private static String language(JsonNode lang, long lineNumber) throws CliException {
    if (lang == null || lang.isNull()) {
      return null;
    }
    if (!lang.isTextual()) {
      throw CliException.usage(at(lineNumber) + "\"lang\" must be a string, not " + kind(lang));
    }
    try {
      ScanContext.normalizeLanguage(lang.textValue());
    } catch (IllegalArgumentException e) {
      throw CliException.usage(
          at(lineNumber) + "\"lang\" must be a language tag such as \"en\" or \"fr-CA\"");
    }
    return lang.textValue();
  }

  /**
   * Reads lines ended by {@code \n}, {@code \r\n} or {@code \r}, as {@link BufferedReader} does,
   * but refuses a line longer than the limit as soon as it is seen.
   */
  static final class LineReader {
    private final Reader in;
    private final int maxChars;
    private final char[] buf = new char[1 << 16];
    private final StringBuilder line = new StringBuilder();
    private int pos;
    private int end;
    private boolean skipLf;

    LineReader(Reader in, int maxChars) {
      this.in = in;
      this.maxChars = maxChars;
    }

    /** Returns the next line without its end, or null at the end of the input. */
    String readLine() throws IOException {
      line.setLength(0);
      boolean any = false;
      while (true) {
        if (pos == end) {
          end = in.read(buf, 0, buf.length);
          pos = 0;
          if (end <= 0) {
            end = 0;
            return any ? line.toString() : null;
          }
        }
        if (skipLf) {
          skipLf = false;
          if (buf[pos] == '\n') {
            pos++;
            continue;
          }
        }
        any = true;
        int start = pos;
        while (pos < end && buf[pos] != '\n' && buf[pos] != '\r') {
          pos++;
        }
        if (line.length() + (pos - start) > maxChars) {
          throw new InputFailure("the line is longer than " + maxChars + " chars");
        }
        line.append(buf, start, pos - start);
        if (pos < end) {
          skipLf = buf[pos] == '\r';
          pos++;
          return line.toString();
        }
      }
    }
  }

  private static String kind(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static String at(long lineNumber) {
    return "line " + lineNumber + ": ";
  }
}
