package dev.blindspot;

import dev.blindspot.spi.Detector;
import dev.blindspot.spi.FindingSink;
import dev.blindspot.spi.ScanContext;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reports every whole-word, case-insensitive occurrence of the terms of the deny list. */
final class DenyListDetector implements Detector {

  static final String ID = "deny-list";

  private final Map<PiiType, List<String>> termsByType;

  DenyListDetector(Map<PiiType, List<String>> termsByType) {
    this.termsByType = termsByType;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<PiiType> types() {
    return termsByType.keySet();
  }

  @Override
  public void detect(ScanContext context, FindingSink sink) {
    CharSequence text = context.text();
    // Char-by-char lower case keeps offsets (String.toLowerCase may change the length).
    char[] lower = new char[text.length()];
    for (int i = 0; i < lower.length; i++) {
      lower[i] = Character.toLowerCase(text.charAt(i));
    }
    String folded = new String(lower);
    termsByType.forEach(
        (type, terms) -> {
          for (String term : terms) {
            Explanation why = Explanation.of("deny-list");
            for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
              int end = at + term.length();
              if ((at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1)))
                  && (end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end)))) {
                sink.report(type, at, end, 1.0, why);
              }
            }
          }
        });
  }

  @Override
  public String toString() {
    return "DenyListDetector[types=" + termsByType.keySet() + "]";
  }
}
