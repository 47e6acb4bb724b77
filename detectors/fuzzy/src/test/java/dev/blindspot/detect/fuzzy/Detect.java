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
  private static final String LB = "(?:\\r\\n|[\\r\\n])";
  /** White space on one side of a separator: up to 4 spaces, a line break, up to 4 spaces. */
  private static final String W0 = SP + "{0,4}(?:" + LB + SP + "{0,4})?";
  /** The same, but at least one char. */
  private static final String W1 = "(?:" + SP + "{0,4}" + LB + SP + "{0,4}|" + SP + "{1,4})";
  private static final String WORDS =
      "(?iu:at|ät|arobase|arobas|klammeraffe|arroba|chiocciola|apenstaartje|snabel-a|собака"
          + "|dot|point|punkt|punto|ponto|punt|точка)";

  /**
   * Every separator form, tried left to right in one pass so that each white space char belongs
   * to one separator: bracketed, spaced '@', spaced '.', a dot at a line break, bare words. (A
   * separator with a line break on both sides never sits inside a reported span: the second line
   * break ends the chain.)
   */
  private static final Pattern SEPARATOR =
      Pattern.compile(
          W0 + "[\\[({<]" + SP + "{0,2}(?<b>" + WORDS + "|[@.])" + SP + "{0,2}[\\])}>]" + W0
              + "|" + W0 + "(?<a>@)" + W0
              + "|" + W1 + "(?<d>\\.)" + W0
              + "|" + "(?<e>\\.)" + SP + "{0,4}" + LB + SP + "{0,4}"
              + "|" + W1 + "(?<w>" + WORDS + ")" + W1);

  /** The obfuscation removed from a span, the slow and obvious way. */
  static String deobfuscate(String span) {
    StringBuilder out = new StringBuilder();
    Matcher m = SEPARATOR.matcher(span);
    int copied = 0;
    while (m.find()) {
      String sep = m.group("b") != null ? m.group("b") : m.group("a") != null ? m.group("a")
          : m.group("d") != null ? m.group("d") : m.group("e") != null ? m.group("e") : m.group("w");
      boolean at = sep.equals("@") || sep.matches("(?iu)at|ät|arobase|arobas|klammeraffe|arroba"
          + "|chiocciola|apenstaartje|snabel-a|собака");
      out.append(span, copied, m.start()).append(at ? '@' : '.');
      copied = m.end();
    }
    return out.append(span, copied, span.length()).toString();
  }
}
