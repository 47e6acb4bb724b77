package dev.blindspot;

import dev.blindspot.redact.Operator;
import dev.blindspot.redact.Operators;
import dev.blindspot.redact.Redaction;
import dev.blindspot.spi.Detector;
import dev.blindspot.spi.DetectorConfig;
import dev.blindspot.spi.DetectorProvider;
import dev.blindspot.spi.ScanContext;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Finds and redacts personal data in text with a fixed set of detectors.
 *
 * <p>Build one with {@link #builder()}, once, and share it: a scanner is immutable and
 * thread-safe, safe to keep in a {@code static final} field and to use from many threads at once.
 *
 * <pre>{@code
 * PiiScanner scanner = PiiScanner.builder()
 *     .detectors("regex", "fuzzy")   // by provider name; default: every provider on the class path
 *     .languages("en", "fr")
 *     .minScore(0.5)
 *     .build();
 * List<Finding> findings = scanner.scan(text);          // in offset order, never overlapping
 * String redacted = scanner.redact(text);                // "<EMAIL_ADDRESS>" tags
 * scanner.redact(reader, writer, Operators.pseudonyms()); // streaming, constant memory
 * }</pre>
 *
 * <p>Do this: build once and reuse. Not that: build a scanner per text, which reloads every
 * detector and model.
 *
 * <p>A scan runs every detector on the text, maps their candidates back to original offsets,
 * raises scores with context words, drops candidates under the minimum score or on the allow list,
 * and merges overlapping candidates (see {@link #scan(CharSequence)}). If a detector fails, the
 * scan throws a {@link ScanException} or, with {@link FailurePolicy#REDACT_DOCUMENT}, reports the
 * whole text as personal data: a text is never returned or written as if it were clean.
 */
public final class PiiScanner {

  /** The minimum score used when the builder sets none. */
  public static final double DEFAULT_MIN_SCORE = 0.5;

  static final int DEFAULT_CHUNK = 1 << 16;
  static final int DEFAULT_OVERLAP = 4096;
  static final int LEFT_CONTEXT = 256;

  private final List<Detector> detectors;
  private final List<String> languages;
  private final String defaultLanguage;
  private final double minScore;
  private final Set<String> allowList;
  private final ContextScorer contextScorer;
  private final int chunkSize;
  private final int overlap;
  private final FailurePolicy failurePolicy;

  private PiiScanner(Builder b, List<Detector> detectors) {
    this.detectors = List.copyOf(detectors);
    this.languages = List.copyOf(b.languages);
    // With several languages and none given per text, guessing the first would, for instance, read
    // a French national phone number with US rules: detectors see "und" and try every language.
    this.defaultLanguage = languages.size() == 1 ? languages.get(0) : ScanContext.UNDETERMINED;
    this.minScore = b.minScore == null ? DEFAULT_MIN_SCORE : b.minScore;
    this.allowList = Set.copyOf(b.allow);
    this.contextScorer = new ContextScorer(freeze(b.contextWords));
    this.chunkSize = b.chunkSize;
    this.overlap = b.overlap;
    this.failurePolicy = b.failurePolicy == null ? FailurePolicy.THROW : b.failurePolicy;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Finds personal data in a text of unknown language: the scanner's language if it was built for
   * exactly one, else undetermined ({@code "und"}), and detectors consider every configured one.
   *
   * @param text the text
   * @return findings in offset order, not overlapping, with offsets into {@code text}
   * @throws ScanException if a detector fails
   */
  public List<Finding> scan(CharSequence text) {
    return scan(text, null);
  }

  /**
   * Finds personal data in a text of a known language.
   *
   * <p>Overlapping candidates are merged: the result spans them all, so that redaction removes
   * every detected char, and takes type, score and detector from the most confident.
   *
   * @param text the text
   * @param language BCP 47 tag of the text, such as {@code "fr"}; null for the scanner's default
   * @return findings in offset order, not overlapping, with offsets into {@code text}; under
   *     {@link FailurePolicy#REDACT_DOCUMENT}, one finding of the whole text if a detector fails
   * @throws ScanException if a detector fails, under {@link FailurePolicy#THROW} (the default)
   * @throws IllegalArgumentException if {@code language} is not a language tag
   */
  public List<Finding> scan(CharSequence text, String language) {
    Objects.requireNonNull(text, "text");
    String lang = languageOf(language);
    try {
      return OverlapResolver.resolve(candidates(text, lang));
    } catch (ScanException e) {
      if (failurePolicy == FailurePolicy.THROW) {
        throw e;
      }
      return text.length() == 0 ? List.of() : List.of(failureFinding(e, 0, text.length()));
    }
  }

  /**
   * Scans each text of a batch, in order.
   *
   * @param texts the texts
   * @return one list of findings per text, in the same order
   * @throws ScanException if a detector fails
   */
  public List<List<Finding>> scanAll(Collection<? extends CharSequence> texts) {
    Objects.requireNonNull(texts, "texts");
    List<List<Finding>> out = new ArrayList<>(texts.size());
    for (CharSequence text : texts) {
      out.add(scan(text));
    }
    return out;
  }

  /**
   * Scans a stream of any length in constant memory, in the scanner's language (see {@link
   * #scan(CharSequence)}), handing
   * each finding to {@code action} in offset order as soon as it is final.
   *
   * <p>The stream is read in chunks that overlap by {@value #DEFAULT_OVERLAP} chars, so values
   * that straddle a chunk boundary are found; a value longer than the overlap may be cut at a
   * boundary. Offsets are global UTF-16 indexes into the whole stream.
   *
   * @param reader the text; read to its end, not closed
   * @param action receives each finding
   * @return how many chars were read and findings handed out, and whether a detector failed
   * @throws IOException if reading fails
   * @throws ScanException if a detector fails, under {@link FailurePolicy#THROW} (the default);
   *     the findings of the windows before it were handed out
   * @throws IllegalStateException if the stream is longer than {@link Integer#MAX_VALUE} chars
   *     (offsets would overflow: use {@link #redact(Reader, Writer)} or split the input)
   */
  public StreamSummary scan(Reader reader, Consumer<? super Finding> action) throws IOException {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(action, "action");
    return new StreamingScan(this, defaultLanguage)
        .run(
            reader,
            new StreamingScan.WindowHandler() {
              @Override
              public void accept(
                  String window, long windowStart, List<Finding> owned, int ownEnd, boolean last) {
                for (Finding f : owned) {
                  checkOffset(windowStart + f.end());
                  action.accept(f.shifted((int) windowStart));
                }
              }

              @Override
              public void failed(ScanException failure, long from, long streamEnd) {
                if (streamEnd > from) {
                  checkOffset(streamEnd);
                  action.accept(failureFinding(failure, (int) from, (int) streamEnd));
                }
              }
            });
  }

  private static void checkOffset(long end) {
    if (end > Integer.MAX_VALUE) {
      throw new IllegalStateException(
          "stream longer than " + Integer.MAX_VALUE + " chars: offsets would overflow");
    }
  }

  static Finding failureFinding(ScanException failure, int start, int end) {
    return new Finding(
        FailurePolicy.FAILURE_TYPE,
        start,
        end,
        1.0,
        failure.detectorId(),
        Explanation.of(FailurePolicy.FAILURE_RECOGNIZER));
  }

  /**
   * Returns the text with every finding replaced by its type tag, such as {@code <EMAIL_ADDRESS>}.
   *
   * @param text the text
   * @return the redacted text
   * @throws ScanException if a detector fails
   */
  public String redact(CharSequence text) {
    return redact(text, Operators.typeTag());
  }

  /**
   * Returns the text with every finding replaced by the operator and every other char kept.
   *
   * @param text the text
   * @param operator what replaces each finding
   * @return the redacted text
   * @throws ScanException if a detector fails
   */
  public String redact(CharSequence text, Operator operator) {
    return redact(text, null, operator);
  }

  /**
   * Returns the text, of a known language, with every finding replaced by the operator.
   *
   * @param text the text
   * @param language BCP 47 tag of the text; null for the scanner's default
   * @param operator what replaces each finding
   * @return the redacted text; under {@link FailurePolicy#REDACT_DOCUMENT}, {@link
   *     FailurePolicy#FAILURE_TAG} alone if a detector fails (or the empty text for an empty text)
   * @throws ScanException if a detector fails, under {@link FailurePolicy#THROW} (the default)
   */
  public String redact(CharSequence text, String language, Operator operator) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(operator, "operator");
    String lang = languageOf(language);
    List<Finding> findings;
    try {
      findings = OverlapResolver.resolve(candidates(text, lang));
    } catch (ScanException e) {
      if (failurePolicy == FailurePolicy.THROW) {
        throw e;
      }
      // The tag whatever the operator: a mask, say, would keep parts of the text.
      return text.length() == 0 ? "" : FailurePolicy.FAILURE_TAG;
    }
    return Redaction.apply(text, findings, operator);
  }

  /**
   * Copies a stream of any length to {@code writer} with every finding replaced by its type tag,
   * in constant memory.
   *
   * @param reader the text; read to its end, not closed
   * @param writer receives the redacted text; not closed, not flushed
   * @return how many chars were read and findings replaced, and whether a detector failed
   * @throws IOException if reading or writing fails
   * @throws ScanException if a detector fails, under {@link FailurePolicy#THROW} (the default);
   *     the output then stops at the last chunk that was fully redacted, never with unredacted
   *     text (under {@link FailurePolicy#REDACT_DOCUMENT}, {@link FailurePolicy#FAILURE_TAG}
   *     replaces the rest of the stream instead)
   */
  public StreamSummary redact(Reader reader, Writer writer) throws IOException {
    return redact(reader, writer, Operators.typeTag());
  }

  /**
   * Copies a stream of any length to {@code writer} with every finding replaced by the operator,
   * in constant memory (but for the operator's per-document state). The whole stream is one
   * document for the operator. Offsets of the findings an operator receives here are relative to
   * an internal buffer.
   *
   * @param reader the text; read to its end, not closed
   * @param writer receives the redacted text; not closed, not flushed
   * @param operator what replaces each finding
   * @return how many chars were read and findings replaced, and whether a detector failed
   * @throws IOException if reading or writing fails
   * @throws ScanException if a detector fails, under {@link FailurePolicy#THROW} (the default);
   *     the output then stops at the last chunk that was fully redacted, never with unredacted
   *     text (under {@link FailurePolicy#REDACT_DOCUMENT}, {@link FailurePolicy#FAILURE_TAG}
   *     replaces the rest of the stream instead)
   */
  public StreamSummary redact(Reader reader, Writer writer, Operator operator)
      throws IOException {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(writer, "writer");
    Objects.requireNonNull(operator, "operator");
    Operator documentOperator = operator.forDocument();
    return new StreamingScan(this, defaultLanguage)
        .run(
            reader,
            new StreamingScan.WindowHandler() {
              private long written; // global offset up to which the output is written

              @Override
              public void accept(
                  String window, long windowStart, List<Finding> owned, int ownEnd, boolean last)
                  throws IOException {
                int from = (int) (written - windowStart);
                int to = last ? window.length() : Math.max(from, ownEnd);
                if (!owned.isEmpty()) {
                  to = Math.max(to, owned.get(owned.size() - 1).end());
                }
                Redaction.write(
                    window.subSequence(from, to), from, owned, documentOperator, writer);
                written = windowStart + to;
              }

              @Override
              public void failed(ScanException failure, long from, long streamEnd)
                  throws IOException {
                if (streamEnd > written) {
                  writer.write(FailurePolicy.FAILURE_TAG);
                }
              }
            });
  }

  /**
   * Returns the ids of this scanner's detectors, in the order they run.
   *
   * @return detector ids
   */
  public List<String> detectorIds() {
    return detectors.stream().map(Detector::id).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns every type this scanner may report.
   *
   * @return the union of the detectors' types
   */
  public Set<PiiType> types() {
    Set<PiiType> types = new LinkedHashSet<>();
    detectors.forEach(d -> types.addAll(d.types()));
    return Collections.unmodifiableSet(types);
  }

  /**
   * Returns the languages the scanner was built for, most likely first.
   *
   * @return lower-case ISO 639 codes; empty when none was given
   */
  public List<String> languages() {
    return languages;
  }

  /**
   * Returns the minimum score a finding needs to be reported.
   *
   * @return the threshold in [0, 1]
   */
  public double minScore() {
    return minScore;
  }

  /**
   * Returns what the scanner does when a detector fails.
   *
   * @return the policy; {@link FailurePolicy#THROW} unless the builder set another
   */
  public FailurePolicy failurePolicy() {
    return failurePolicy;
  }

  int chunkSize() {
    return chunkSize;
  }

  int overlap() {
    return overlap;
  }

  /** Runs every detector, maps, scores and filters; does not resolve overlaps. */
  List<Finding> candidates(CharSequence text, String language) {
    ScanContext context = ScanContext.of(text, language);
    CollectingSink sink = new CollectingSink(text);
    for (Detector detector : detectors) {
      sink.attach(detector);
      try {
        detector.detect(context, sink);
      } catch (StackOverflowError e) {
        throw new ScanException(detector.id(), text.length(), e);
      } catch (VirtualMachineError e) {
        throw e; // out of memory or a broken JVM: not the detector's fault; the JVM wrote the message
      } catch (Throwable e) {
        // Anything else a detector throws (assertion errors, failed static initializers, checked
        // exceptions thrown sneakily) may quote the text in its message: sanitize it.
        throw new ScanException(detector.id(), text.length(), e);
      }
    }
    List<Finding> raw = sink.findings();
    List<Finding> kept = new ArrayList<>(raw.size());
    for (Finding f : raw) {
      Finding scored = contextScorer.apply(text, f);
      if (scored.score() >= minScore && !allowed(text, scored)) {
        kept.add(scored);
      }
    }
    return kept;
  }

  private boolean allowed(CharSequence text, Finding f) {
    return !allowList.isEmpty() && allowList.contains(ContextScorer.fold(f.text(text)));
  }

  private String languageOf(String language) {
    return language == null ? defaultLanguage : ScanContext.normalizeLanguage(language);
  }

  private static Map<PiiType, List<String>> freeze(Map<PiiType, Set<String>> map) {
    Map<PiiType, List<String>> copy = new LinkedHashMap<>();
    map.forEach((type, words) -> copy.put(type, List.copyOf(words)));
    return Map.copyOf(copy);
  }

  /** Returns the detectors, languages and threshold; never lists of words or terms. */
  @Override
  public String toString() {
    return "PiiScanner[detectors=" + detectorIds() + ", languages=" + languages
        + ", minScore=" + minScore + ", onDetectorFailure=" + failurePolicy + "]";
  }

  /**
   * Configures and builds a {@link PiiScanner}. Each single-valued option may be set once; a
   * repeated or conflicting option fails at once, and unknown detector names or configuration keys
   * fail at {@link #build()} listing what exists. Not thread-safe.
   */
  public static final class Builder {
    private Set<String> providerNames;
    private final List<Detector> customDetectors = new ArrayList<>();
    private final Map<String, Map<String, String>> config = new TreeMap<>();
    private final List<String> languages = new ArrayList<>();
    private boolean languagesSet;
    private Double minScore;
    private final Set<String> allow = new LinkedHashSet<>();
    private final Map<PiiType, Set<String>> deny = new LinkedHashMap<>();
    private final Map<PiiType, Set<String>> contextWords = new LinkedHashMap<>();
    private ClassLoader classLoader;
    private int chunkSize = DEFAULT_CHUNK;
    private int overlap = DEFAULT_OVERLAP;
    private FailurePolicy failurePolicy;

    private Builder() {}

    /**
     * Selects detector families by provider name, such as {@code "regex"}, {@code "fuzzy"},
     * {@code "nlp"}. Without this call, every provider found on the class path is used.
     *
     * @param names provider names
     * @return this builder
     * @throws IllegalStateException if detectors were already selected
     * @throws IllegalArgumentException if no name is given
     */
    public Builder detectors(String... names) {
      Objects.requireNonNull(names, "names");
      if (providerNames != null) {
        throw new IllegalStateException("detectors were already selected: " + providerNames);
      }
      if (names.length == 0) {
        throw new IllegalArgumentException("select at least one detector family");
      }
      Set<String> selected = new LinkedHashSet<>();
      for (String name : names) {
        selected.add(Objects.requireNonNull(name, "name").strip());
      }
      providerNames = selected;
      return this;
    }

    /**
     * Adds detector instances, such as your own, to those of the selected providers (all of them
     * unless {@link #detectors(String...)} or {@link #noProviders()} narrows the selection).
     *
     * @param added detectors; they must be thread-safe
     * @return this builder
     */
    public Builder detector(Detector... added) {
      Objects.requireNonNull(added, "added");
      for (Detector d : added) {
        Objects.requireNonNull(d, "added[i]");
      }
      customDetectors.addAll(List.of(added));
      return this;
    }

    /**
     * Uses no detector found by name: only those added with {@link #detector(Detector...)} and the
     * deny list.
     *
     * @return this builder
     * @throws IllegalStateException if detectors were already selected
     */
    public Builder noProviders() {
      if (providerNames != null) {
        throw new IllegalStateException("detectors were already selected: " + providerNames);
      }
      providerNames = Set.of();
      return this;
    }

    /**
     * Sets a configuration key of a detector provider.
     *
     * @param provider the provider name, such as {@code "regex"}
     * @param key a key the provider accepts
     * @param value its value
     * @return this builder
     * @throws IllegalStateException if the key was already set
     */
    public Builder configure(String provider, String key, String value) {
      Objects.requireNonNull(provider, "provider");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      Map<String, String> values = config.computeIfAbsent(provider, p -> new TreeMap<>());
      if (values.containsKey(key)) {
        throw new IllegalStateException("'" + provider + "." + key + "' was already set");
      }
      values.put(key, value);
      return this;
    }

    /**
     * Sets the languages of the texts to scan, most likely first, as BCP 47 tags ({@code "en"},
     * {@code "fr-CA"}). Detectors use them to choose rules and models. A text scanned without a
     * language of its own is in the only language given here, or, with several, undetermined
     * ({@code "und"}): detectors then consider all of them.
     *
     * @param tags language tags
     * @return this builder
     * @throws IllegalStateException if languages were already set
     * @throws IllegalArgumentException if no tag is given or a tag is blank or invalid
     */
    public Builder languages(String... tags) {
      Objects.requireNonNull(tags, "tags");
      if (languagesSet) {
        throw new IllegalStateException("languages were already set: " + languages);
      }
      if (tags.length == 0) {
        throw new IllegalArgumentException("give at least one language");
      }
      Set<String> normalized = new LinkedHashSet<>();
      for (String tag : tags) {
        if (Objects.requireNonNull(tag, "tag").isBlank()) {
          // ScanContext reads a blank tag as "undetermined"; here it can only be a mistake.
          throw new IllegalArgumentException("language tags must not be blank");
        }
        normalized.add(ScanContext.normalizeLanguage(tag));
      }
      languages.addAll(normalized);
      languagesSet = true;
      return this;
    }

    /**
     * Sets the score a finding needs to be reported; default {@value #DEFAULT_MIN_SCORE}.
     *
     * @param score threshold in [0, 1]
     * @return this builder
     * @throws IllegalStateException if it was already set
     * @throws IllegalArgumentException if outside [0, 1]
     */
    public Builder minScore(double score) {
      if (minScore != null) {
        throw new IllegalStateException("minScore was already set to " + minScore);
      }
      if (!(score >= 0.0 && score <= 1.0)) {
        throw new IllegalArgumentException("minScore must be in [0, 1], got " + score);
      }
      minScore = score;
      return this;
    }

    /**
     * Adds values that are never reported, whatever finds them (compared ignoring case and
     * surrounding white space), such as your support desk's own address.
     *
     * @param values the values
     * @return this builder
     * @throws IllegalArgumentException if a value is blank
     */
    public Builder allow(String... values) {
      allow.addAll(normalizedWords("values", values));
      return this;
    }

    /**
     * Adds terms that are always reported as the given type with score 1, wherever they appear as
     * whole words (ignoring case), such as the names of your own customers.
     *
     * @param type the type to report them as
     * @param terms the terms
     * @return this builder
     * @throws IllegalArgumentException if a term is blank
     */
    public Builder deny(PiiType type, String... terms) {
      addWords(deny, type, "terms", terms);
      return this;
    }

    /**
     * Adds context words for a type: a finding of that type with one of these words (or phrases)
     * as a whole word within {@value ContextScorer#WINDOW_BEFORE} chars before or {@value
     * ContextScorer#WINDOW_AFTER} after it gets {@value ContextScorer#BOOST} more score (at most
     * 1).
     *
     * @param type the type
     * @param words the words, any case
     * @return this builder
     * @throws IllegalArgumentException if a word is blank
     */
    public Builder contextWords(PiiType type, String... words) {
      addWords(contextWords, type, "words", words);
      return this;
    }

    /**
     * Sets the class loader to find detector providers with; default: the thread's context class
     * loader.
     *
     * @param loader the class loader
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder classLoader(ClassLoader loader) {
      if (classLoader != null) {
        throw new IllegalStateException("classLoader was already set");
      }
      classLoader = Objects.requireNonNull(loader, "loader");
      return this;
    }

    /**
     * Sets what the scanner does when a detector fails; default {@link FailurePolicy#THROW}.
     *
     * <pre>{@code
     * PiiScanner scanner = PiiScanner.builder()
     *     .onDetectorFailure(FailurePolicy.REDACT_DOCUMENT) // "<REDACTED_ON_FAILURE>", no exception
     *     .build();
     * }</pre>
     *
     * @param policy the policy
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder onDetectorFailure(FailurePolicy policy) {
      Objects.requireNonNull(policy, "policy");
      if (failurePolicy != null) {
        throw new IllegalStateException("onDetectorFailure was already set to " + failurePolicy);
      }
      failurePolicy = policy;
      return this;
    }

    /** Sets the streaming geometry; for tests of chunk boundaries. */
    Builder streamWindow(int chunk, int overlapChars) {
      if (chunk < 1 || overlapChars < 1) {
        throw new IllegalArgumentException("chunk and overlap must be positive");
      }
      chunkSize = chunk;
      overlap = overlapChars;
      return this;
    }

    private static void addWords(
        Map<PiiType, Set<String>> map, PiiType type, String what, String... words) {
      Objects.requireNonNull(type, "type");
      List<String> normalized = normalizedWords(what, words);
      if (!normalized.isEmpty()) { // no words: no entry, so an empty deny list adds no detector
        map.computeIfAbsent(type, t -> new LinkedHashSet<>()).addAll(normalized);
      }
    }

    /** Validates every word before any is added, so that a rejected call changes nothing. */
    private static List<String> normalizedWords(String what, String... words) {
      Objects.requireNonNull(words, what);
      List<String> normalized = new ArrayList<>(words.length);
      for (String w : words) {
        normalized.add(ContextScorer.normalizeWord(Objects.requireNonNull(w, what + "[i]")));
      }
      return normalized;
    }

    /**
     * Loads the selected providers, creates their detectors and builds the scanner.
     *
     * @return the scanner
     * @throws IllegalArgumentException if a detector name or a configuration key is unknown (the
     *     message lists the known ones), or a provider rejects its configuration
     * @throws IllegalStateException if two providers share a name, two detectors share an id, a
     *     provider fails to load, or no detector is left
     */
    public PiiScanner build() {
      List<String> loadFailures = new ArrayList<>();
      Map<String, DetectorProvider> available = discover(loadFailures);
      Set<String> selected = providerNames != null ? providerNames : available.keySet();
      for (String name : selected) {
        if (!available.containsKey(name)) {
          // The missing one may be a provider that broke while loading: say so, or users hunt for
          // a jar that is there.
          throw new IllegalArgumentException(
              "unknown detector '" + name + "'; known: " + String.join(", ", available.keySet())
                  + (loadFailures.isEmpty()
                      ? ""
                      : "; detector providers that failed to load: " + loadFailures));
        }
      }
      for (String name : config.keySet()) {
        if (!selected.contains(name)) {
          throw new IllegalArgumentException(
              "configuration given for detector '" + name + "', which is not selected; selected: "
                  + String.join(", ", selected));
        }
      }
      List<Detector> all = new ArrayList<>();
      for (String name : selected) {
        DetectorProvider provider = available.get(name);
        Map<String, String> values = config.getOrDefault(name, Map.of());
        Set<String> known = new TreeSet<>(provider.configKeys());
        for (String key : values.keySet()) {
          if (!known.contains(key)) {
            throw new IllegalArgumentException(
                "unknown configuration key '" + key + "' for detector '" + name + "'; known: "
                    + (known.isEmpty() ? "(none)" : String.join(", ", known)));
          }
        }
        List<Detector> created = provider.create(DetectorConfig.of(values, languages));
        if (created == null || created.isEmpty()) {
          throw new IllegalStateException("provider '" + name + "' created no detector");
        }
        all.addAll(created);
      }
      all.addAll(customDetectors);
      if (!deny.isEmpty()) {
        all.add(new DenyListDetector(freeze(deny)));
      }
      Set<String> ids = new LinkedHashSet<>();
      for (Detector d : all) {
        String id = Objects.requireNonNull(d.id(), "detector id");
        if (!ids.add(id)) {
          throw new IllegalStateException("two detectors have the id '" + id + "'");
        }
        if (d.types() == null || d.types().isEmpty()) {
          throw new IllegalStateException("detector '" + id + "' declares no type");
        }
      }
      if (all.isEmpty()) {
        throw new IllegalStateException(
            "no detector: put blindspot-regex, blindspot-fuzzy or blindspot-nlp on the class path,"
                + " or add your own with detector(...)");
      }
      return new PiiScanner(this, all);
    }

    /** Finds the providers by name; adds the messages of those that fail to load to failures. */
    private Map<String, DetectorProvider> discover(List<String> failures) {
      ClassLoader loader =
          classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
      Map<String, DetectorProvider> found = new TreeMap<>();
      Iterator<ServiceLoader.Provider<DetectorProvider>> handles =
          ServiceLoader.load(DetectorProvider.class, loader).stream().iterator();
      while (true) {
        DetectorProvider provider;
        try {
          if (!handles.hasNext()) {
            break;
          }
          provider = handles.next().get();
        } catch (ServiceConfigurationError e) {
          failures.add(e.getMessage());
          continue;
        }
        String name = provider.name();
        if (name == null || !name.matches("[a-z][a-z0-9.-]{0,63}")) {
          throw new IllegalStateException(
              "detector provider " + provider.getClass().getName()
                  + " has an invalid name; use lower-case letters, digits, '.' and '-'");
        }
        DetectorProvider previous = found.putIfAbsent(name, provider);
        if (previous != null) {
          throw new IllegalStateException(
              "two detector providers are named '" + name + "': "
                  + previous.getClass().getName() + " and " + provider.getClass().getName());
        }
      }
      // A provider that fails to load fails the build when every provider was asked for: silently
      // running without a detector would leak what it should have found.
      if (!failures.isEmpty() && providerNames == null) {
        throw new IllegalStateException("detector providers failed to load: " + failures);
      }
      return found;
    }

    /** Returns the options set so far; never word lists. */
    @Override
    public String toString() {
      return "PiiScanner.Builder[detectors=" + (providerNames == null ? "all" : providerNames)
          + ", custom=" + customDetectors.size() + ", languages=" + languages + ", minScore="
          + minScore + ", onDetectorFailure=" + failurePolicy + "]";
    }
  }
}
