package dev.blindspot.benchmarks.eval;

import java.util.List;
import java.util.Objects;

/**
 * One record of a labeled evaluation set: a text and the spans of personal data in it.
 *
 * <p>Spans are sorted by start and do not overlap; their offsets are UTF-16 indexes into {@link
 * #text()}. A record without spans is a hard negative: any finding in it is a false alarm.
 *
 * @param id identifier unique within its set, such as {@code en-0042}
 * @param lang ISO 639 code of the text, such as {@code fr}
 * @param text the text (synthetic: its values are fictional)
 * @param spans the labeled values, sorted and not overlapping
 */
public record LabeledText(String id, String lang, String text, List<Span> spans) {

  /**
   * Validates the record and copies the spans.
   *
   * @throws IllegalArgumentException if a span lies outside the text, or spans are unsorted or
   *     overlap
   */
  public LabeledText {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(text, "text");
    spans = List.copyOf(spans);
    int previousEnd = 0;
    for (Span s : spans) {
      if (s.end() > text.length()) {
        throw new IllegalArgumentException(
            "record " + id + ": span " + s + " ends after the text (" + text.length() + " chars)");
      }
      if (s.start() < previousEnd) {
        throw new IllegalArgumentException("record " + id + ": spans unsorted or overlapping at " + s);
      }
      previousEnd = s.end();
    }
  }

  /**
   * Returns the chars of a span of this record. They are (fictional) personal data.
   *
   * @param span one of this record's spans
   * @return the labeled value as written
   */
  public String valueOf(Span span) {
    return text.substring(span.start(), span.end());
  }

  /**
   * Returns the number of lines of the text (line feeds plus one).
   *
   * @return at least 1
   */
  public int lineCount() {
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }

  /** Returns the id, language, length and span count; never the text. */
  @Override
  public String toString() {
    return "LabeledText[" + id + ", " + lang + ", " + text.length() + " chars, " + spans.size()
        + " spans]";
  }
}
