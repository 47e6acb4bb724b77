package dev.blindspot.benchmarks.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The labeled evaluation sets kept in {@code src/main/resources/eval/}, and their JSONL format.
 *
 * <p>Each line is one {@link LabeledText}: {@code {"id", "lang", "text", "spans": [{"start",
 * "end", "type", "obfuscation"}]}} with UTF-16 offsets and {@code "obfuscation"} null for a clean
 * value. Sets named {@code negatives-xx} hold hard negatives only (no spans).
 */
public final class EvalSets {

  /** Labeled sets, one per language. */
  public static final List<String> LABELED = List.of("en", "fr", "de", "es");

  /** Hard-negative sets (texts without personal data), one per language. */
  public static final List<String> NEGATIVES =
      List.of("negatives-en", "negatives-fr", "negatives-de", "negatives-es");

  private static final ObjectMapper JSON = new ObjectMapper();

  private EvalSets() {}

  /**
   * Loads a set from the class path ({@code /eval/NAME.jsonl}).
   *
   * @param name a name of {@link #LABELED} or {@link #NEGATIVES}
   * @return its records, in file order
   * @throws IllegalArgumentException if there is no such set
   */
  public static List<LabeledText> load(String name) {
    String resource = "/eval/" + name + ".jsonl";
    try (InputStream in = EvalSets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "no evaluation set '" + name + "'; known: " + LABELED + " " + NEGATIVES);
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Reads JSONL records.
   *
   * @param reader the JSONL text; read to its end, not closed
   * @return the records
   * @throws IOException if reading fails
   * @throws IllegalArgumentException if a line is not a valid record (the message gives the line
   *     number)
   */
  public static List<LabeledText> read(Reader reader) throws IOException {
    BufferedReader lines = new BufferedReader(reader);
    List<LabeledText> out = new ArrayList<>();
    int lineNo = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode node = JSON.readTree(line);
        List<Span> spans = new ArrayList<>();
        for (JsonNode s : node.path("spans")) {
          JsonNode obf = s.get("obfuscation");
          spans.add(
              new Span(
                  s.get("start").asInt(),
                  s.get("end").asInt(),
                  s.get("type").asText(),
                  obf == null || obf.isNull() ? null : obf.asText()));
        }
        out.add(
            new LabeledText(
                node.get("id").asText(), node.get("lang").asText(), node.get("text").asText(),
                spans));
      } catch (RuntimeException | IOException e) {
        throw new IllegalArgumentException("invalid record on line " + lineNo + ": " + e.getClass().getSimpleName());
      }
    }
    return out;
  }

  /**
   * Writes records as JSONL, one per line, each line ending with a line feed. The output is
   * deterministic: fields in a fixed order, ASCII controls, format chars (zero-width, bidi
   * controls, soft hyphen), unusual spaces and surrogates escaped as {@code \}{@code uXXXX} so that
   * the files stay readable; every other char is written as UTF-8.
   *
   * @param records the records
   * @return the JSONL text
   */
  public static String toJsonl(List<LabeledText> records) {
    StringBuilder sb = new StringBuilder();
    for (LabeledText r : records) {
      sb.append("{\"id\":");
      string(sb, r.id());
      sb.append(",\"lang\":");
      string(sb, r.lang());
      sb.append(",\"text\":");
      string(sb, r.text());
      sb.append(",\"spans\":[");
      for (int i = 0; i < r.spans().size(); i++) {
        Span s = r.spans().get(i);
        sb.append(i == 0 ? "" : ",")
            .append("{\"start\":").append(s.start())
            .append(",\"end\":").append(s.end())
            .append(",\"type\":");
        string(sb, s.type());
        sb.append(",\"obfuscation\":");
        if (s.obfuscation() == null) {
          sb.append("null");
        } else {
          string(sb, s.obfuscation());
        }
        sb.append('}');
      }
      sb.append("]}\n");
    }
    return sb.toString();
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          int t = Character.getType(c);
          boolean invisible =
              c < 0x20
                  || c == 0x7F
                  || t == Character.FORMAT
                  || t == Character.SURROGATE
                  || t == Character.CONTROL
                  || (t == Character.SPACE_SEPARATOR && c != ' ')
                  || t == Character.LINE_SEPARATOR
                  || t == Character.PARAGRAPH_SEPARATOR;
          if (invisible) {
            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
