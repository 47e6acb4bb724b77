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
import dev.blindspot.ScanException;
import dev.blindspot.redact.Operator;
import dev.blindspot.spi.ScanContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Scans or redacts JSON lines: each non-blank line is one record, a JSON object with a {@code
 * "text"} string and optional {@code "id"} and {@code "lang"}, and gives one output line, in input
 * order. Each record is a document of its own (pseudonyms restart on every line).
 */
final class JsonLines {

  private final PiiScanner scanner;
  private final Operator operator;

  /**
   * @param scanner the scanner
   * @param operator the redaction operator, or null to scan
   */
  JsonLines(PiiScanner scanner, Operator operator) {
    this.scanner = scanner;
    this.operator = operator;
  }

  void run(StrictUtf8Reader input, Output output, Progress progress)
      throws CliException, IOException {
    BufferedReader lines = new BufferedReader(input, 1 << 16);
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
    try {
      if (operator != null) {
        record.put("text", scanner.redact(text.textValue(), language, operator));
        return Json.write(record);
      }
      List<Finding> findings = scanner.scan(text.textValue(), language);
      ObjectNode result = Json.MAPPER.createObjectNode();
      JsonNode id = record.get("id");
      result.set("id", id != null ? id : NullNode.getInstance());
      ArrayNode array = result.putArray("findings");
      for (Finding f : findings) {
        array.add(Json.finding(f));
      }
      return Json.write(result);
    } catch (ScanException e) {
      throw CliException.failure(at(lineNumber) + e.getMessage());
    }
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

  private static String kind(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static String at(long lineNumber) {
    return "line " + lineNumber + ": ";
  }
}
