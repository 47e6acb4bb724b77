package dev.blindspot.detect.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A line of a golden corpus: the text with its markers removed and the names they marked.
 * {@code ⟦Sarah Johnson⟧} marks a name expected at score 0.85, {@code ⟪john smith⟫} one at 0.7.
 *
 * @param source file and line number, for the test name
 * @param text the line without markers
 * @param expected the marked names, in order
 */
record GoldenLine(String source, String text, List<Expected> expected) {

  /**
   * A marked name.
   *
   * @param start its first char in {@code text}
   * @param end the index after its last char
   * @param score the expected score
   */
  record Expected(int start, int end, double score) {}

  @Override
  public String toString() {
    return source + ": " + text;
  }

  static List<GoldenLine> load(String resource) {
    List<GoldenLine> lines = new ArrayList<>();
    try (InputStream in = GoldenLine.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("missing test resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(parse(resource + ":" + number, line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  static GoldenLine parse(String source, String marked) {
    StringBuilder text = new StringBuilder();
    List<Expected> expected = new ArrayList<>();
    int open = -1;
    double score = 0;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == '⟦' || c == '⟪') {
        open = text.length();
        score = c == '⟦' ? 0.85 : 0.7;
      } else if (c == '⟧' || c == '⟫') {
        expected.add(new Expected(open, text.length(), score));
        open = -1;
      } else {
        text.append(c);
      }
    }
    if (open >= 0) {
      throw new IllegalArgumentException(source + ": unclosed marker");
    }
    return new GoldenLine(source, text.toString(), List.copyOf(expected));
  }
}
