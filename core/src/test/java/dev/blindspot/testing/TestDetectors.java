package dev.blindspot.testing;

import dev.blindspot.Explanation;
import dev.blindspot.PiiType;
import dev.blindspot.spi.Detector;
import dev.blindspot.spi.FindingSink;
import dev.blindspot.spi.ScanContext;
import dev.blindspot.text.TextView;
import dev.blindspot.text.ViewFactory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Small linear-time detectors for testing the scanner: digit runs, e-mail-like tokens (plain and
 * obfuscated, the latter found on two stacked views), fixed spans and detectors that fail. They
 * put no text into explanations or exceptions, like real detectors must.
 */
public final class TestDetectors {

  /** A run of four or more ASCII digits. */
  public static final PiiType DIGIT_RUN = PiiType.of("DIGIT_RUN");
  /** A word of a configured list. */
  public static final PiiType CODE_WORD = PiiType.of("CODE_WORD");

  /** Drops zero-width chars and soft hyphens; the original itself when there are none. */
  public static final ViewFactory ZERO_WIDTH_REMOVED = TestDetectors::removeZeroWidth;

  /**
   * Turns " at ", " [at] ", " arobase ", " dot ", " point "... into '@' and '.', on top of {@link
   * #ZERO_WIDTH_REMOVED}.
   */
  public static final ViewFactory AT_DOT_WORDS =
      original -> replaceAtDotWords(removeZeroWidth(original));

  private static final String[][] AT_DOT = {
    {" [at] ", "@"}, {" (at) ", "@"}, {" at ", "@"}, {" arobase ", "@"},
    {" [dot] ", "."}, {" (dot) ", "."}, {" dot ", "."}, {" point ", "."},
  };

  private TestDetectors() {}

  /** Reports every maximal run of at least four ASCII digits as {@link #DIGIT_RUN}. */
  public static Detector digitRuns(String id, double score) {
    Explanation why = Explanation.of("test:digit-run");
    return new SimpleDetector(
        id,
        Set.of(DIGIT_RUN),
        (context, sink) -> {
          CharSequence text = context.text();
          int n = text.length();
          for (int i = 0; i < n; ) {
            if (!isAsciiDigit(text.charAt(i))) {
              i++;
              continue;
            }
            int end = i;
            while (end < n && isAsciiDigit(text.charAt(end))) {
              end++;
            }
            if (end - i >= 4) {
              sink.report(DIGIT_RUN, i, end, score, why);
            }
            i = end;
          }
        });
  }

  /** Reports e-mail-like tokens ({@code local@domain.tld}) of the original text. */
  public static Detector emailLike(String id, double score) {
    Explanation why = Explanation.of("test:email").withValidation("tld-letters");
    return new SimpleDetector(
        id,
        Set.of(PiiType.EMAIL_ADDRESS),
        (context, sink) -> {
          for (int[] span : emailSpans(context.text())) {
            sink.report(PiiType.EMAIL_ADDRESS, span[0], span[1], score, why);
          }
        });
  }

  /**
   * Reports e-mail-like tokens found only on the {@link #AT_DOT_WORDS} view, such as {@code jean
   * at exemple dot fr}, with view offsets for the scanner to map back.
   */
  public static Detector obfuscatedEmail(String id, double score) {
    Explanation why = Explanation.of("test:obfuscated-email");
    return new SimpleDetector(
        id,
        Set.of(PiiType.EMAIL_ADDRESS),
        (context, sink) -> {
          TextView view = context.view(AT_DOT_WORDS);
          if (view.isOriginal()) {
            return;
          }
          for (int[] span : emailSpans(view.text())) {
            int originalLength = view.originalEnd(span[1]) - view.originalStart(span[0]);
            if (originalLength != span[1] - span[0]) { // only values that needed normalizing
              sink.report(view, PiiType.EMAIL_ADDRESS, span[0], span[1], score, why);
            }
          }
        });
  }

  /** A span a {@link #fixed} detector reports, in original offsets. */
  public record Span(PiiType type, int start, int end, double score) {}

  /** Reports the given spans, in order, on any text long enough (others get none). */
  public static Detector fixed(String id, List<Span> spans) {
    Set<PiiType> types = new LinkedHashSet<>();
    spans.forEach(s -> types.add(s.type()));
    if (types.isEmpty()) {
      types.add(DIGIT_RUN);
    }
    List<Span> copy = List.copyOf(spans);
    return new SimpleDetector(
        id,
        Set.copyOf(types),
        (context, sink) -> {
          for (Span s : copy) {
            if (s.end() <= context.text().length()) {
              sink.report(s.type(), s.start(), s.end(), s.score(), Explanation.of("test:fixed"));
            }
          }
        });
  }

  /** A detector with the given types whose {@code detect} is {@code body}. */
  public static Detector of(
      String id, Set<PiiType> types, BiConsumer<ScanContext, FindingSink> body) {
    return new SimpleDetector(id, types, body);
  }

  /** A detector that throws what {@code failure} supplies, checked or not. */
  public static Detector failing(String id, Supplier<? extends Throwable> failure) {
    return new SimpleDetector(
        id, Set.of(DIGIT_RUN), (context, sink) -> TestDetectors.<RuntimeException>sneakyThrow(failure.get()));
  }

  /** A detector that recurses once per char until the stack overflows, like a backtracking regex. */
  public static Detector recursing(String id) {
    return new SimpleDetector(id, Set.of(DIGIT_RUN), (context, sink) -> descend(context.text(), 0));
  }

  private static int descend(CharSequence text, int i) {
    // Never returns normally: the index wraps around the text, so the recursion has no end.
    return text.charAt(i % text.length()) + descend(text, i + 1);
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> void sneakyThrow(Throwable t) throws E {
    throw (E) t;
  }

  /** Spans of {@code local@domain.tld} tokens in linear time (each '@' looks at most 64 + 253 chars). */
  public static List<int[]> emailSpans(CharSequence t) {
    List<int[]> out = new ArrayList<>();
    int n = t.length();
    for (int at = 0; at < n; at++) {
      if (t.charAt(at) != '@') {
        continue;
      }
      int start = at;
      while (start > 0 && at - start < 64 && isLocalChar(t.charAt(start - 1))) {
        start--;
      }
      while (start < at && t.charAt(start) == '.') {
        start++;
      }
      if (start == at) {
        continue;
      }
      int end = at + 1;
      while (end < n && end - at <= 253 && isDomainChar(t.charAt(end))) {
        end++;
      }
      while (end > at + 1 && (t.charAt(end - 1) == '.' || t.charAt(end - 1) == '-')) {
        end--;
      }
      int lastDot = -1;
      for (int i = at + 1; i < end; i++) {
        if (t.charAt(i) == '.') {
          lastDot = i;
        }
      }
      if (lastDot <= at + 1 || end - lastDot - 1 < 2 || !asciiLetters(t, lastDot + 1, end)) {
        continue;
      }
      out.add(new int[] {start, end});
    }
    return out;
  }

  private static TextView removeZeroWidth(TextView original) {
    CharSequence text = original.text();
    TextView.Builder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\u00AD'
          || c == '\uFEFF') {
        if (b == null) {
          b = TextView.builder(original, "zero-width-removed");
        }
        b.copy(i).skip(i + 1);
      }
    }
    return b == null ? original : b.build();
  }

  private static TextView replaceAtDotWords(TextView base) {
    CharSequence text = base.text();
    TextView.Builder b = null;
    for (int i = 0; i < text.length(); ) {
      String[] hit = null;
      for (String[] pair : AT_DOT) {
        if (regionMatchesIgnoreCase(text, i, pair[0])) {
          hit = pair;
          break;
        }
      }
      if (hit == null) {
        i++;
        continue;
      }
      if (b == null) {
        b = TextView.builder(base, "at-dot-words");
      }
      b.copy(i).replace(i + hit[0].length(), hit[1]);
      i += hit[0].length();
    }
    return b == null ? base : b.build();
  }

  private static boolean regionMatchesIgnoreCase(CharSequence text, int at, String word) {
    if (at + word.length() > text.length()) {
      return false;
    }
    for (int j = 0; j < word.length(); j++) {
      if (Character.toLowerCase(text.charAt(at + j)) != word.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private static boolean asciiLetters(CharSequence t, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLocalChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isAsciiDigit(c)
        || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  private static boolean isDomainChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isAsciiDigit(c)
        || c == '.' || c == '-';
  }

  /** Whole-word, case-insensitive occurrences of lower-case words, as [start, end) pairs. */
  public static List<int[]> wordSpans(CharSequence text, List<String> lowerCaseWords) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
        continue;
      }
      for (String w : lowerCaseWords) {
        int end = i + w.length();
        if (regionMatchesIgnoreCase(text, i, w)
            && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
          out.add(new int[] {i, end});
          break;
        }
      }
    }
    return out;
  }

  /** Lower-cases each char on its own, so that offsets stay put (as the scanner does). */
  public static String lowerEachChar(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      sb.append(Character.toLowerCase(s.charAt(i)));
    }
    return sb.toString();
  }

  private static final class SimpleDetector implements Detector {
    private final String id;
    private final Set<PiiType> types;
    private final BiConsumer<ScanContext, FindingSink> body;

    SimpleDetector(String id, Set<PiiType> types, BiConsumer<ScanContext, FindingSink> body) {
      this.id = Objects.requireNonNull(id);
      this.types = types;
      this.body = body;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public Set<PiiType> types() {
      return types;
    }

    @Override
    public void detect(ScanContext context, FindingSink sink) {
      body.accept(context, sink);
    }

    @Override
    public String toString() {
      return "TestDetector[" + id + "]";
    }
  }
}
