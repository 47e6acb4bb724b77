package dev.blindspot.detect.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * How the text of one language is cut into sentences and tokens, for detection and for training
 * alike: a name finder only works on tokens cut the way its training data was cut.
 *
 * <p>The models are OpenNLP's published ones ({@code opennlp-models-sentdetect-*}, {@code
 * opennlp-models-tokenizer-*}), loaded once per language from the class path and shared:
 *
 * <ul>
 *   <li>English: the English (UD EWT) sentence detector and tokenizer.
 *   <li>French: the French (UD GSD) sentence detector; no French tokenizer is published, so
 *       OpenNLP's rule-based {@link SimpleTokenizer} (a token is a run of letters, of digits, or
 *       one other char: {@code m'appelle} gives {@code m ' appelle}).
 *   <li>Any other language: the English sentence detector and the {@link SimpleTokenizer}.
 * </ul>
 *
 * <p>Immutable and thread-safe; the tools it creates are not, and belong to one thread.
 */
final class Segmentation {

  private static final String EN_SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String FR_SENTENCES = "opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin";
  private static final String EN_TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  private static final Map<String, Segmentation> BY_LANGUAGE = new ConcurrentHashMap<>();

  private final String name;
  private final SentenceModel sentences;
  private final TokenizerModel tokens;

  private Segmentation(String name, SentenceModel sentences, TokenizerModel tokens) {
    this.name = name;
    this.sentences = sentences;
    this.tokens = tokens;
  }

  /**
   * Returns the segmentation of a language, loading its models on first use.
   *
   * @param language a lower-case ISO 639 code
   */
  static Segmentation of(String language) {
    String key = language.equals("en") || language.equals("fr") ? language : "other";
    return BY_LANGUAGE.computeIfAbsent(key, Segmentation::load);
  }

  private static Segmentation load(String key) {
    switch (key) {
      case "en":
        return new Segmentation(
            "en: sentences " + EN_SENTENCES + ", tokens " + EN_TOKENS,
            read(EN_SENTENCES, SentenceModel::new),
            read(EN_TOKENS, TokenizerModel::new));
      case "fr":
        return new Segmentation(
            "fr: sentences " + FR_SENTENCES + ", tokens SimpleTokenizer",
            read(FR_SENTENCES, SentenceModel::new),
            null);
      default:
        return new Segmentation(
            "other: sentences " + EN_SENTENCES + ", tokens SimpleTokenizer",
            read(EN_SENTENCES, SentenceModel::new), // 20 kB: no need to share it with "en"
            null);
    }
  }

  /** Reads a model. */
  interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  /** Reads a published model from the root of its jar. */
  private static <T> T read(String resource, ModelReader<T> reader) {
    try (InputStream in = Segmentation.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "OpenNLP model " + resource + " is not on the class path: add the opennlp-models"
                + " artifact that holds it");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }

  /** Creates a sentence detector for one thread. */
  SentenceDetector newSentenceDetector() {
    return new SentenceDetectorME(sentences);
  }

  /** Creates a tokenizer for one thread. */
  Tokenizer newTokenizer() {
    return tokens == null ? SimpleTokenizer.INSTANCE : new TokenizerME(tokens);
  }

  /** Returns the models used, as written in the training notes. */
  String describe() {
    return name;
  }

  @Override
  public String toString() {
    return "Segmentation[" + name + "]";
  }
}
