package dev.blindspot.detect.regex;

import dev.blindspot.Explanation;
import dev.blindspot.PiiType;
import dev.blindspot.spi.ScanContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs every structured recognizer of this module (payment cards, IBANs and BICs, phone numbers,
 * IP and MAC addresses, URLs, crypto addresses, dates of birth, VAT numbers, national ids of
 * over sixty countries and territories, vehicle and SIM card numbers; the list is in {@link
 * RegexDetectorProvider}) over a char sequence in one pass, and reports what it finds with offsets
 * into that char sequence. The {@code "regex"} family runs it on the original text; other
 * families run it on normalized views and map the offsets back:
 *
 * <pre>{@code
 * static final StructuredRecognizers RECOGNIZERS = StructuredRecognizers.of(List.of("en", "fr"));
 *
 * TextView view = context.view(MY_VIEW);
 * RECOGNIZERS.scan(view.text(), context.language(),
 *     (type, start, end, score, why) -> sink.report(view, type, start, end, score, why));
 * }</pre>
 *
 * <p>Scores already include the context words of each type (see the package documentation);
 * values whose score falls to 0 are not reported, the others are, also below the scanner's
 * threshold. Reported spans never overlap: of overlapping candidates, the highest score wins (then
 * the longer, then the earlier).
 *
 * <p>Immutable and thread-safe; {@link #scan} runs in time linear in the length of the text.
 */
public final class StructuredRecognizers {

  /** Receives the values found by {@link #scan}, in offset order. */
  @FunctionalInterface
  public interface Listener {
    /**
     * Receives one value.
     *
     * @param type its type, one of {@link #types()}
     * @param start start offset in the scanned char sequence
     * @param end exclusive end offset in the scanned char sequence
     * @param score confidence in (0, 1], context words included
     * @param why the recognizer (such as {@code "pattern:iban"}), validators and context words
     */
    void found(PiiType type, int start, int end, double score, Explanation why);
  }

  private final List<Recognizer> recognizers;
  private final UrlRecognizer urls;
  private final BicRecognizer bics;
  private final List<String> defaultLanguages;
  private final Set<PiiType> types;

  private StructuredRecognizers(List<Recognizer> recognizers, List<String> defaultLanguages) {
    this.recognizers = recognizers;
    this.defaultLanguages = defaultLanguages;
    UrlRecognizer url = null;
    BicRecognizer bic = null;
    Set<PiiType> all = new LinkedHashSet<>();
    for (Recognizer r : recognizers) {
      all.add(r.type());
      if (r instanceof UrlRecognizer u) {
        url = u;
      } else if (r instanceof BicRecognizer b) {
        bic = b;
      }
    }
    this.urls = url;
    this.bics = bic;
    this.types = Set.copyOf(all);
  }

  /**
   * Creates the recognizers.
   *
   * @param languages languages the texts are expected in, as lower-case ISO 639 codes, most likely
   *     first; used when {@link #scan} is given an undetermined language (they choose the regions
   *     of national phone numbers). May be empty.
   * @return the recognizers
   */
  public static StructuredRecognizers of(List<String> languages) {
    List<String> normalized = new ArrayList<>();
    for (String language : Objects.requireNonNull(languages, "languages")) {
      normalized.add(ScanContext.normalizeLanguage(language));
    }
    return new StructuredRecognizers(Recognizers.all(), List.copyOf(normalized));
  }

  /**
   * Returns the types {@link #scan} may report.
   *
   * @return the types, such as {@code CREDIT_CARD} and {@code IBAN_CODE}
   */
  public Set<PiiType> types() {
    return types;
  }

  /**
   * Finds the structured values of a text.
   *
   * @param text the text or normalized view; it must not change during the call
   * @param language the text's language as a BCP 47 tag, or null or {@code "und"} when unknown
   * @param listener receives each value, in offset order
   * @throws IllegalArgumentException if {@code language} is not a language tag
   */
  public void scan(CharSequence text, String language, Listener listener) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(listener, "listener");
    String lang = ScanContext.normalizeLanguage(language);
    List<String> languages =
        lang.equals(ScanContext.UNDETERMINED) ? defaultLanguages : List.of(lang);
    Hits hits = new Hits();
    CandidateScanner.scan(text, new Run(), new CandidateScanner.Handler() {
      @Override
      public void onRun(Run run) {
        for (Recognizer r : recognizers) {
          if (r.wants(run)) {
            r.match(run, languages, hits);
          }
        }
        report(text, hits, listener);
      }

      @Override
      public void onUrl(int start, int end) {
        if (urls != null) {
          urls.matchUrl(start, end, hits);
          report(text, hits, listener);
        }
      }

      @Override
      public void onWord(int start, int end) {
        if (bics != null) {
          bics.matchWord(text, start, end, hits);
          report(text, hits, listener);
        }
      }
    });
  }

  /** Applies context, keeps the best of overlapping hits and reports them in offset order. */
  private static void report(CharSequence text, Hits hits, Listener listener) {
    if (hits.isEmpty()) {
      return;
    }
    List<Hits.Hit> scored = new ArrayList<>(hits.list().size());
    for (Hits.Hit hit : hits.list()) {
      ContextWords.Scored s =
          hit.recognizer().context().apply(text, hit.start(), hit.end(), hit.score(), hit.why());
      if (s.score() > 0) {
        scored.add(new Hits.Hit(hit.recognizer(), hit.start(), hit.end(), s.score(), s.why()));
      }
    }
    hits.clear();
    scored.sort(
        Comparator.comparingDouble((Hits.Hit h) -> -h.score())
            .thenComparingInt(h -> -(h.end() - h.start()))
            .thenComparingInt(Hits.Hit::start));
    // Kept hits never overlap, so only the one starting last before a hit's end can overlap it.
    TreeMap<Integer, Hits.Hit> kept = new TreeMap<>();
    for (Hits.Hit hit : scored) {
      Map.Entry<Integer, Hits.Hit> before = kept.lowerEntry(hit.end());
      if (before == null || before.getValue().end() <= hit.start()) {
        kept.put(hit.start(), hit);
      }
    }
    for (Hits.Hit hit : kept.values()) {
      listener.found(hit.recognizer().type(), hit.start(), hit.end(), hit.score(), hit.why());
    }
  }

  /** Returns the number of recognizers and the types; never text. */
  @Override
  public String toString() {
    return "StructuredRecognizers[recognizers=" + recognizers.size() + ", types=" + types + "]";
  }
}
