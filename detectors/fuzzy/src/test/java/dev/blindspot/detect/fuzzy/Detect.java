package dev.blindspot.detect.fuzzy;

import dev.blindspot.spi.ScanContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test helpers: run the detector on one text, and a slow reference that removes obfuscation. */
final class Detect {

  private Detect() {}

  static RecordingSink run(String text) {
    RecordingSink sink = new RecordingSink();
    new ObfuscatedEmailDetector().detect(ScanContext.of(text, "en"), sink);
    return sink;
  }

  private static final String SP = "[ \\t\\u00a0\\u202f]";

  /**
   * Every separator form, tried left to right in one pass so that each white space char belongs
   * to one separator: bracketed, spaced '@', spaced '.', bare words.
   */
  private static final Pattern SEPARATOR =
      Pattern.compile(
          SP + "{0,4}[\\[({<]" + SP + "{0,2}(?<b>(?i:at|arobase|arobas|dot|point)|[@.])" + SP
              + "{0,2}[\\])}>]" + SP + "{0,4}"
              + "|" + SP + "{0,4}(?<a>@)" + SP + "{0,4}"
              + "|" + SP + "{1,4}(?<d>\\.)" + SP + "{0,4}"
              + "|" + SP + "{1,4}(?<w>(?i:at|arobase|arobas|dot|point))" + SP + "{1,4}");

  /** The obfuscation removed from a span, the slow and obvious way. */
  static String deobfuscate(String span) {
    StringBuilder out = new StringBuilder();
    Matcher m = SEPARATOR.matcher(span);
    int copied = 0;
    while (m.find()) {
      String sep = m.group("b") != null ? m.group("b") : m.group("a") != null ? m.group("a")
          : m.group("d") != null ? m.group("d") : m.group("w");
      char first = Character.toLowerCase(sep.charAt(0));
      out.append(span, copied, m.start()).append(first == '@' || first == 'a' ? '@' : '.');
      copied = m.end();
    }
    return out.append(span, copied, span.length()).toString();
  }
}
