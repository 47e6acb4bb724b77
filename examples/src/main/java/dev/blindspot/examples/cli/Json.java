package dev.blindspot.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blindspot.Finding;

/**
 * The JSON of the command line: strict parsing of input records that keeps every value exact, and
 * compact output.
 */
final class Json {

  /**
   * Parses strictly (trailing tokens and repeated fields are errors, since a record could then be
   * read two ways), keeps decimal numbers exact (an "id" of 1.10 stays 1.10) and never copies the
   * source into exception messages.
   */
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private static final ObjectWriter WRITER = MAPPER.writer();
  private static final ObjectWriter ASCII_WRITER = WRITER.with(JsonWriteFeature.ESCAPE_NON_ASCII);

  private Json() {}

  /** Returns {@code {"type":...,"start":...,"end":...,"score":...,"detector":...}}. */
  static ObjectNode finding(Finding f) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("type", f.type().name());
    node.put("start", f.start());
    node.put("end", f.end());
    node.put("score", Math.round(f.score() * 10_000) / 10_000.0);
    node.put("detector", f.detectorId());
    return node;
  }

  /**
   * Writes a node on one line. A string that holds an unpaired surrogate (which JSON escapes can
   * carry but UTF-8 cannot) makes the whole line ASCII with escapes, so it survives unchanged.
   */
  static String write(JsonNode node) throws JsonProcessingException {
    String json = WRITER.writeValueAsString(node);
    return hasUnpairedSurrogate(json) ? ASCII_WRITER.writeValueAsString(node) : json;
  }

  static boolean hasUnpairedSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
