package dev.blindspot.detect.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the word files of this package ({@code names.txt}, {@code person-<lang>.txt}, {@code
 * places-and-companies.txt}): UTF-8 resources made of {@code [section]} headers and lines of
 * content, {@code #} starting a comment, blank lines ignored.
 */
final class SectionFile {

  /** Takes one line of content. */
  @FunctionalInterface
  interface Line {
    /**
     * Takes a line.
     *
     * @param section the name of the section the line is in, without brackets; null before the
     *     first header
     * @param content the line without its comment, stripped, never empty
     * @throws IllegalArgumentException if the line is wrong; the reader adds the resource and the
     *     line number to the message
     */
    void accept(String section, String content);
  }

  private SectionFile() {}

  /**
   * Reads a resource of this package line by line.
   *
   * @param resource the resource name, relative to this package
   * @param line takes every line of content
   * @return false if there is no such resource
   * @throws IllegalStateException if {@code line} refused a line, naming the resource and line
   * @throws UncheckedIOException if the resource cannot be read
   */
  static boolean read(String resource, Line line) {
    try (InputStream in = SectionFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        return false;
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String section = null;
      int number = 0;
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        number++;
        int hash = text.indexOf('#');
        String content = (hash >= 0 ? text.substring(0, hash) : text).strip();
        if (content.isEmpty()) {
          continue;
        }
        if (content.startsWith("[") && content.endsWith("]")) {
          section = content.substring(1, content.length() - 1);
          continue;
        }
        try {
          line.accept(section, content);
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(resource + ":" + number + ": " + e.getMessage(), e);
        }
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
