package dev.blindspot.detect.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The training corpus generator: seeded, well-formed, with a dev part that shares no template. */
class TrainingCorpusTest {

  private static List<TrainingCorpus.Sentence> generate(String language, TrainingCorpus.Part part,
      long seed) {
    return TrainingCorpus.load(language, part, seed).generate(400, 0.3, new Random(seed));
  }

  @Test
  void sameSeedSameCorpus() {
    assertEquals(generate("en", TrainingCorpus.Part.TRAIN, 5), generate("en", TrainingCorpus.Part.TRAIN, 5));
    assertNotEquals(generate("fr", TrainingCorpus.Part.TRAIN, 5), generate("fr", TrainingCorpus.Part.TRAIN, 6));
  }

  @Test
  void namesAreMarkedAtTokenBoundariesAndEachSentenceIsADocument() {
    for (String language : List.of("en", "fr")) {
      int withNames = 0;
      int converted = 0;
      List<TrainingCorpus.Sentence> sentences = generate(language, TrainingCorpus.Part.TRAIN, 11);
      for (TrainingCorpus.Sentence s : sentences) {
        for (Span name : s.names()) {
          assertTrue(name.getStart() >= 0 && name.getEnd() <= s.text().length());
          assertTrue(Character.isLetter(s.text().charAt(name.getStart())), s::text);
        }
        withNames += s.names().isEmpty() ? 0 : 1;
        NameSample sample = TrainingCorpus.toSample(s, Segmentation.of(language).newTokenizer());
        if (sample != null) {
          converted++;
          assertTrue(sample.isClearAdaptiveDataSet());
          assertEquals(s.names().size(), sample.getNames().length);
        }
      }
      assertTrue(withNames > 200 && withNames < 340, language + " " + withNames);
      assertTrue(converted >= 390, language + " " + converted);
    }
  }

  @Test
  void theDevPartUsesOtherTemplates() {
    Set<String> train = new HashSet<>();
    for (TrainingCorpus.Sentence s : generate("en", TrainingCorpus.Part.TRAIN, 3)) {
      train.add(s.text());
    }
    List<TrainingCorpus.Sentence> dev = generate("en", TrainingCorpus.Part.DEV, 3);
    assertNotNull(dev);
    long shared = dev.stream().filter(s -> train.contains(s.text())).count();
    // Only short sentences without any slot (such as "ok thanks") may coincide.
    assertTrue(shared < 20, "shared " + shared);
  }
}
