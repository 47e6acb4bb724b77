package dev.blindspot.detect.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.Finding;
import dev.blindspot.PiiScanner;
import dev.blindspot.PiiType;
import dev.blindspot.redact.Operators;
import dev.blindspot.spi.Detector;
import dev.blindspot.spi.DetectorConfig;
import dev.blindspot.spi.DetectorProvider;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The provider as users meet it: through ServiceLoader and {@link PiiScanner}. */
class NlpDetectorProviderTest {

  private static final PiiScanner SCANNER = PiiScanner.builder().detectors("nlp").build();

  private static List<GoldenLine> allGoldenLines() {
    return Stream.of("golden-en.txt", "golden-fr.txt", "golden-de-es.txt", "golden-negatives.txt")
        .flatMap(r -> GoldenLine.load(r).stream())
        .collect(Collectors.toList());
  }

  @Test
  void serviceLoaderFindsTheProvider() {
    List<String> names =
        ServiceLoader.load(DetectorProvider.class).stream()
            .map(p -> p.get().name())
            .collect(Collectors.toList());
    assertTrue(names.contains("nlp"), () -> "providers: " + names);
  }

  @Test
  void createsThePersonLocationAndOrganizationDetectors() {
    NlpDetectorProvider provider = new NlpDetectorProvider();
    assertEquals(NlpDetectorProvider.NAME, provider.name());
    assertEquals(
        Set.of("person.model.en", "person.model.fr", "person.model.de", "person.model.es",
            "person.model.it", "person.model.nl", "person.model.pt", "person.shipped-models"),
        provider.configKeys());
    List<Detector> detectors = provider.create(DetectorConfig.empty(List.of("fr")));
    assertEquals(3, detectors.size());
    assertEquals("nlp.person", detectors.get(0).id());
    assertEquals(NlpDetectorProvider.PERSON_ID, detectors.get(0).id());
    assertEquals(Set.of(PiiType.PERSON), detectors.get(0).types());
    assertEquals(NlpDetectorProvider.LOCATION_ID, detectors.get(1).id());
    assertEquals(Set.of(PiiType.LOCATION), detectors.get(1).types());
    assertEquals(NlpDetectorProvider.ORGANIZATION_ID, detectors.get(2).id());
    assertEquals(Set.of(PiiType.ORGANIZATION), detectors.get(2).types());
    assertEquals(List.of("nlp.person", "nlp.location", "nlp.organization"), SCANNER.detectorIds());
  }

  @Test
  void redactsAFrenchIntroduction() {
    assertEquals(
        "Bonjour, je m'appelle <PERSON>",
        SCANNER.redact("Bonjour, je m'appelle Aïcha Benali"));
  }

  @Test
  void redactsWithConsistentPseudonyms() {
    String chat =
        "Agent: Mr Okafor, is that right?\nCustomer: yes, my name is Chidi Okafor."
            + "\nAgent: thank you Mr Okafor.";
    assertEquals(
        "Agent: Mr <PERSON_1>, is that right?\nCustomer: yes, my name is <PERSON_2>."
            + "\nAgent: thank you Mr <PERSON_1>.",
        SCANNER.redact(chat, Operators.pseudonyms()));
  }

  @Test
  void lowerCaseNamesPassTheDefaultThresholdWithALowerScoreThanCapitalisedOnes() {
    List<Finding> lower = SCANNER.scan("my name is zorba qwillen");
    List<Finding> upper = SCANNER.scan("My name is Zorba Qwillen");
    assertEquals(1, lower.size());
    assertEquals(1, upper.size());
    assertEquals(11, lower.get(0).start());
    assertEquals(24, lower.get(0).end());
    assertTrue(lower.get(0).score() < upper.get(0).score(), () -> lower + " vs " + upper);
    PiiScanner strict = PiiScanner.builder().detectors("nlp").minScore(0.9).build();
    assertEquals(List.of(), strict.scan("my name is zorba qwillen"));
    assertEquals(1, strict.scan("My name is Zorba Qwillen").size());
  }

  @Test
  void unknownConfigurationKeyIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PiiScanner.builder().detectors("nlp").configure("nlp", "model", "en").build());
    assertTrue(e.getMessage().contains("'model'"));
  }

  @Test
  void noNameAppearsInToStrings() {
    int checked = 0;
    for (GoldenLine line : allGoldenLines()) {
      List<Finding> found = SCANNER.scan(line.text());
      for (Finding f : found) {
        String shown = (f + " " + f.explanation()).toLowerCase(Locale.ROOT);
        for (String word : f.text(line.text()).split("[\\s.]+")) {
          if (word.length() >= 3) {
            assertFalse(
                shown.contains(word.toLowerCase(Locale.ROOT)),
                () -> line.source() + ": toString shows a name word");
          }
        }
        checked++;
      }
    }
    assertTrue(checked >= 100, "checked " + checked);
    assertFalse(SCANNER.toString().toLowerCase(Locale.ROOT).contains("aïcha"));
    assertFalse(new NlpDetectorProvider().toString().isEmpty());
  }

  @Test
  void scanFindsEveryNameOfTheRulesGoldenCorpusAndNothingInItsNegatives() {
    for (GoldenLine line : allGoldenLines()) {
      List<String> scanned =
          SCANNER.scan(line.text()).stream()
              .filter(f -> f.type().equals(PiiType.PERSON))
              .map(f -> f.start() + ".." + f.end())
              .collect(Collectors.toList());
      for (GoldenLine.Expected e : line.expected()) {
        assertTrue(scanned.contains(e.start() + ".." + e.end()), () -> line.source() + " " + scanned);
      }
      if (line.source().startsWith("golden-negatives")) {
        assertEquals(List.of(), scanned, line.source());
      }
    }
  }

  @Test
  void streamingRedactionMatchesWholeTextRedaction() throws Exception {
    StringBuilder chat = new StringBuilder();
    List<GoldenLine> lines = allGoldenLines();
    for (int i = 0; i < 3_000; i++) {
      chat.append(lines.get(i % lines.size()).text()).append('\n');
    }
    String text = chat.toString();
    StringWriter out = new StringWriter();
    SCANNER.redact(new StringReader(text), out);
    assertEquals(SCANNER.redact(text), out.toString());
  }

  @Test
  void concurrentScansGiveTheSameResults() throws Exception {
    List<GoldenLine> lines = allGoldenLines();
    List<List<Finding>> expected = new ArrayList<>();
    for (GoldenLine line : lines) {
      expected.add(SCANNER.scan(line.text()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        results.add(
            pool.submit(
                () -> {
                  for (int round = 0; round < 20; round++) {
                    for (int i = 0; i < lines.size(); i++) {
                      int k = (i + offset * 7) % lines.size();
                      if (!SCANNER.scan(lines.get(k).text()).equals(expected.get(k))) {
                        return false;
                      }
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> result : results) {
        assertTrue(result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
