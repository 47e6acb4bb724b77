package dev.blindspot.detect.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A name-finder model and the name explanations give it, such as {@code opennlp-en-person}.
 *
 * @param id the model's name in explanations ({@code model:<id>})
 * @param model the model, shared by every thread
 */
record NameModel(String id, TokenNameFinderModel model) {

  /** The languages with a shipped model. */
  static final List<String> SHIPPED_LANGUAGES = List.of("en", "fr");

  private static final Map<String, NameModel> SHIPPED = new ConcurrentHashMap<>();

  /**
   * Returns the shipped person model of a language, loading it on first use.
   *
   * @param language one of {@link #SHIPPED_LANGUAGES}
   */
  static NameModel shipped(String language) {
    if (!SHIPPED_LANGUAGES.contains(language)) {
      throw new IllegalArgumentException(
          "no shipped model for '" + language + "'; shipped: " + SHIPPED_LANGUAGES);
    }
    return SHIPPED.computeIfAbsent(language, NameModel::load);
  }

  private static NameModel load(String language) {
    String id = "opennlp-" + language + "-person";
    String resource = id + ".bin";
    try (InputStream in = NameModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing shipped model " + resource);
      }
      return new NameModel(id, new TokenNameFinderModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read shipped model " + resource, e);
    }
  }

  /** Returns the id; never anything the model learnt. */
  @Override
  public String toString() {
    return "NameModel[" + id + "]";
  }
}
