package dev.blindspot.detect.regex;

import java.util.ArrayList;
import java.util.List;

/** Helpers to compare spans readably in assertion messages. */
final class Spans {

  private Spans() {}

  /** Renders spans as "start..end" items with the covered text, for failure messages of tests. */
  static List<String> describe(CharSequence text, List<int[]> spans) {
    List<String> out = new ArrayList<>();
    for (int[] s : spans) {
      out.add(s[0] + ".." + s[1] + "=" + text.subSequence(s[0], s[1]));
    }
    return out;
  }

  /** Returns every match of the matcher over the whole text. */
  static List<int[]> matches(CharSequence text) {
    List<int[]> out = new ArrayList<>();
    EmailMatcher m = EmailMatcher.of(text);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }
}
