package dev.blindspot.benchmarks.corpus;

import dev.blindspot.benchmarks.eval.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends text and, when labels are kept, the spans of the personal values appended; counts the
 * UTF-8 size as it goes (a lone surrogate counts 3 bytes, as in WTF-8).
 */
final class LabeledBuilder {

  private final StringBuilder text;
  private final List<Span> spans;
  private long utf8Bytes;

  LabeledBuilder(int capacity, boolean keepLabels) {
    this.text = new StringBuilder(capacity);
    this.spans = keepLabels ? new ArrayList<>() : null;
  }

  LabeledBuilder append(CharSequence s) {
    int from = text.length();
    text.append(s);
    utf8Bytes += utf8Length(text, from, text.length());
    return this;
  }

  LabeledBuilder append(char c) {
    text.append(c);
    utf8Bytes += utf8Length(text, text.length() - 1, text.length());
    return this;
  }

  /** Appends a personal value and labels it. */
  void value(String type, String value, String obfuscation) {
    int start = text.length();
    append(value);
    if (spans != null) {
      spans.add(new Span(start, text.length(), type, obfuscation));
    }
  }

  long utf8Bytes() {
    return utf8Bytes;
  }

  /**
   * Cuts the text to exactly {@code size} UTF-8 bytes: drops chars past the budget (never half a
   * surrogate pair), pads with spaces and ends with a line feed; drops spans that were cut.
   */
  void fitTo(long size) {
    if (utf8Bytes > size) {
      long bytes = 0;
      int keep = 0;
      while (keep < text.length()) {
        int n = charBytes(text, keep);
        int width = Character.isHighSurrogate(text.charAt(keep)) && n == 4 ? 2 : 1;
        if (bytes + n > size) {
          break;
        }
        bytes += n;
        keep += width;
      }
      text.setLength(keep);
      utf8Bytes = bytes;
      int kept = keep;
      if (spans != null) {
        spans.removeIf(s -> s.end() > kept);
      }
    }
    while (utf8Bytes < size - 1) {
      text.append(' ');
      utf8Bytes++;
    }
    if (utf8Bytes < size) {
      text.append('\n');
      utf8Bytes++;
    }
  }

  String text() {
    return text.toString();
  }

  List<Span> spans() {
    return spans == null ? List.of() : List.copyOf(spans);
  }

  /** UTF-8 bytes of one char or pair at {@code i}: 4 for a pair (counted on its high half). */
  private static int charBytes(CharSequence s, int i) {
    char c = s.charAt(i);
    if (c < 0x80) {
      return 1;
    }
    if (c < 0x800) {
      return 2;
    }
    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
      return 4;
    }
    return 3;
  }

  /** UTF-8 size of {@code s[from, to)}; a lone surrogate counts 3 bytes. */
  static long utf8Length(CharSequence s, int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))) {
        continue; // counted with its high half
      }
      n += charBytes(s, i);
    }
    return n;
  }
}
