package dev.blindspot.detect.nlp;

import dev.blindspot.PiiType;
import dev.blindspot.spi.Detector;
import dev.blindspot.spi.FindingSink;
import dev.blindspot.spi.ScanContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.tokenize.Tokenizer;

/**
 * Finds person names by combining three signals, and says in each finding's explanation which
 * fired:
 *
 * <ul>
 *   <li>OpenNLP name-finder models ({@code model:opennlp-en-person}, or the models users supply),
 *       run on the sentences and tokens of OpenNLP's published sentence detectors and tokenizers;
 *   <li>rules: a title or a phrase that announces a name ({@code rule:honorific}, {@code
 *       rule:announcing-phrase}), also for names written in lower case;
 *   <li>a gazetteer of given and family names of many cultures ({@code gazetteer}).
 * </ul>
 *
 * <p>Signals that agree on a span raise its score: each contributes a confidence and the finding
 * gets {@code 1 - (1 - rule)(1 - model)(1 - gazetteer)}. Weekdays, months, products, brands and
 * places are not taken for persons on the word of a model or the gazetteer alone. The model runs
 * only on sentences where a cheap pre-filter sees a chance of a name: a capitalised word that does
 * not open the line and is not common vocabulary, a gazetteer hit, or a rule's finding.
 *
 * <p>The language of a text is the scan's ({@link ScanContext#language()}); when it is {@code
 * und}, a cheap guess between English, French, German and Spanish from the function words of each
 * line, else of the text. A language without a model (German, Spanish and any other, unless the
 * user supplies one) gets the strong signals only: a title, an announcing phrase, a given name
 * followed by a family name that the gazetteer both knows, or another mention of a name so found.
 * Capitalised words are no sign of a name there: German writes every noun so.
 *
 * <p>Thread-safe: the models are loaded once and shared; OpenNLP's tools, which are not
 * thread-safe, are created per thread on first use and their adaptive data cleared for every
 * sentence, as during training. Create one detector and share it.
 */
public final class PersonDetector implements Detector {

  /** The id findings carry. */
  public static final String ID = "nlp.person";

  private static final Set<PiiType> TYPES = Set.of(PiiType.PERSON);

  private final PersonRuleDetector rules;
  private final PersonLexicon lexicon;
  private final Gazetteer gazetteer;
  private final Map<String, List<NameModel>> models;
  private final ThreadLocal<Map<String, LanguageTools>> tools =
      ThreadLocal.withInitial(HashMap::new);

  private PersonDetector(Map<String, List<NameModel>> models) {
    this.lexicon = PersonLexicon.standard();
    this.rules = new PersonRuleDetector(lexicon);
    this.gazetteer = Gazetteer.standard();
    this.models = models;
  }

  /**
   * Returns a builder, with the shipped models of English and French on.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@value #ID}.
   *
   * @return the id
   */
  @Override
  public String id() {
    return ID;
  }

  /**
   * Returns {@link PiiType#PERSON}.
   *
   * @return the types
   */
  @Override
  public Set<PiiType> types() {
    return TYPES;
  }

  /**
   * Finds person names in the context's text.
   *
   * @param context the text and its language
   * @param sink where to report names
   */
  @Override
  public void detect(ScanContext context, FindingSink sink) {
    Map<String, LanguageTools> threadTools = tools.get();
    CharSequence text = context.text();
    new HybridPersonScan(context, lexicon, gazetteer, rules,
        l -> tools(threadTools, modelLanguage(l, text))).run(sink);
  }

  /** The calling thread's tools for a language with models; null for null. */
  private LanguageTools tools(Map<String, LanguageTools> threadTools, String language) {
    return language == null
        ? null
        : threadTools.computeIfAbsent(language, l -> new LanguageTools(l, models.get(l)));
  }

  /**
   * The language whose models read a text: the given one, or a guess when it is {@code und}; null
   * when no model reads that language, which then gets the strong signals only.
   */
  String modelLanguage(String language, CharSequence text) {
    String l = ScanContext.UNDETERMINED.equals(language) ? LanguageGuess.guess(text) : language;
    return models.containsKey(l) ? l : null;
  }

  /** Returns the languages and model ids; never text. */
  @Override
  public String toString() {
    Map<String, List<String>> ids = new LinkedHashMap<>();
    models.forEach((l, ms) -> ids.put(l, ms.stream().map(NameModel::id).toList()));
    return "PersonDetector[" + ID + ", models=" + ids + ", " + gazetteer + "]";
  }

  /** OpenNLP tools of one language, confined to one thread. */
  static final class LanguageTools {
    final SentenceDetector sentences;
    final Tokenizer tokenizer;
    final NameFinderME[] finders;
    final String[] recognizers;

    LanguageTools(String language, List<NameModel> models) {
      Segmentation segmentation = Segmentation.of(language);
      this.sentences = segmentation.newSentenceDetector();
      this.tokenizer = segmentation.newTokenizer();
      List<NameModel> list = models == null ? List.of() : models;
      this.finders = new NameFinderME[list.size()];
      this.recognizers = new String[list.size()];
      for (int i = 0; i < list.size(); i++) {
        finders[i] = new NameFinderME(list.get(i).model());
        recognizers[i] = "model:" + list.get(i).id();
      }
    }
  }

  /**
   * Configures a {@link PersonDetector}: which name-finder models read which language.
   *
   * <p>Do this: {@code PersonDetector.builder().model("de", in).build()} and hand the detector to
   * {@code PiiScanner.builder().detector(...)}. Not that: build a detector per text; models are
   * large and loaded once.
   */
  public static final class Builder {
    private final Map<String, List<NameModel>> added = new LinkedHashMap<>();
    private boolean shipped = true;

    private Builder() {}

    /**
     * Adds a name-finder model for a language. Its spans of type {@code person} (or untyped
     * spans) count as persons. For English it reads the tokens of OpenNLP's English tokenizer;
     * for any other language those of OpenNLP's {@code SimpleTokenizer}: train it on such tokens.
     *
     * @param language an ISO 639 code such as {@code "de"}
     * @param model the model
     * @return this builder
     * @throws IllegalArgumentException if the language is not a language code
     */
    public Builder model(String language, TokenNameFinderModel model) {
      String l = ScanContext.normalizeLanguage(Objects.requireNonNull(language, "language"));
      if (ScanContext.UNDETERMINED.equals(l)) {
        throw new IllegalArgumentException("a model needs a language, not 'und'");
      }
      List<NameModel> list = added.computeIfAbsent(l, k -> new ArrayList<>());
      list.add(new NameModel("user-" + l + "-" + (list.size() + 1),
          Objects.requireNonNull(model, "model")));
      return this;
    }

    /**
     * Reads a name-finder model (a file written by OpenNLP) from a stream and adds it, as {@link
     * #model(String, TokenNameFinderModel)} does. The stream is read but not closed.
     *
     * @param language an ISO 639 code such as {@code "de"}
     * @param in the model's bytes
     * @return this builder
     * @throws IOException if the stream cannot be read or holds no name-finder model
     */
    public Builder model(String language, InputStream in) throws IOException {
      return model(language, new TokenNameFinderModel(Objects.requireNonNull(in, "in")));
    }

    /**
     * Sets whether the shipped English and French models are used (default true). Without them,
     * only the models added here read texts, beside the rules and the gazetteer.
     *
     * @param use false to replace the shipped models by the added ones
     * @return this builder
     */
    public Builder shippedModels(boolean use) {
      this.shipped = use;
      return this;
    }

    /**
     * Builds the detector, loading the shipped models on first use.
     *
     * @return the detector, immutable and thread-safe
     */
    public PersonDetector build() {
      Map<String, List<NameModel>> all = new LinkedHashMap<>();
      if (shipped) {
        for (String l : NameModel.SHIPPED_LANGUAGES) {
          all.computeIfAbsent(l, k -> new ArrayList<>()).add(NameModel.shipped(l));
        }
      }
      added.forEach((l, ms) -> all.computeIfAbsent(l, k -> new ArrayList<>()).addAll(ms));
      Map<String, List<NameModel>> frozen = new LinkedHashMap<>();
      all.forEach((l, ms) -> frozen.put(l, List.copyOf(ms)));
      return new PersonDetector(Map.copyOf(frozen));
    }

    /** Returns the options; never model contents. */
    @Override
    public String toString() {
      return "PersonDetector.Builder[shipped=" + shipped + ", added="
          + added.keySet().toString().toLowerCase(Locale.ROOT) + "]";
    }
  }
}
