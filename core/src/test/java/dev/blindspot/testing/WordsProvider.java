package dev.blindspot.testing;

import dev.blindspot.Explanation;
import dev.blindspot.spi.Detector;
import dev.blindspot.spi.DetectorConfig;
import dev.blindspot.spi.DetectorProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Test provider {@value #NAME}: whole-word, case-insensitive occurrences of the comma-separated
 * {@code words} setting as {@link TestDetectors#CODE_WORD}, scored by the {@code score} setting.
 */
public final class WordsProvider implements DetectorProvider {

  public static final String NAME = "test-words";
  public static final String DETECTOR_ID = "test-words.list";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> configKeys() {
    return Set.of("words", "score");
  }

  @Override
  public List<Detector> create(DetectorConfig config) {
    double score = config.getDouble("score", 0.7);
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("setting 'score' must be in [0, 1], got " + score);
    }
    List<String> words = new ArrayList<>();
    for (String w : config.get("words").orElse("").split(",")) {
      if (!w.isBlank()) {
        words.add(TestDetectors.lowerEachChar(w.strip()));
      }
    }
    List<String> frozen = List.copyOf(words);
    Explanation why = Explanation.of("test:word-list");
    return List.of(
        TestDetectors.of(
            DETECTOR_ID,
            Set.of(TestDetectors.CODE_WORD),
            (context, sink) -> {
              for (int[] span : TestDetectors.wordSpans(context.text(), frozen)) {
                sink.report(TestDetectors.CODE_WORD, span[0], span[1], score, why);
              }
            }));
  }
}
