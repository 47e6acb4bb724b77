package dev.blindspot.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.Finding;
import dev.blindspot.PiiScanner;
import dev.blindspot.testing.DigitsProvider;
import dev.blindspot.testing.ServicesOverrideLoader;
import dev.blindspot.testing.TestDetectors;
import dev.blindspot.testing.WordsProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Providers found through META-INF/services (src/test/resources lists {@code test-digits} and
 * {@code test-words}), and the loud failures of selection and configuration.
 */
class DetectorDiscoveryTest {

  private static final String CHAT =
      "Client : mon colis n'est jamais arrivé, commande 48213377, je veux un Remboursement.";

  @Test
  void withoutSelectionEveryProviderOnTheClassPathIsUsed() {
    PiiScanner scanner = PiiScanner.builder().build();
    assertEquals(List.of(DigitsProvider.DETECTOR_ID, WordsProvider.DETECTOR_ID), scanner.detectorIds());
    assertTrue(scanner.types().containsAll(List.of(TestDetectors.DIGIT_RUN, TestDetectors.CODE_WORD)));
    List<Finding> found = scanner.scan(CHAT);
    assertEquals(1, found.size()); // test-words has no words configured
    assertEquals("48213377", found.get(0).text(CHAT));
    assertEquals(DigitsProvider.DETECTOR_ID, found.get(0).detectorId());
  }

  @Test
  void selectionByNameKeepsOnlyThoseProviders() {
    PiiScanner scanner = PiiScanner.builder()
        .detectors(" test-words ")
        .configure("test-words", "words", "colis, remboursement")
        .build();
    assertEquals(List.of(WordsProvider.DETECTOR_ID), scanner.detectorIds());
    List<Finding> found = scanner.scan(CHAT);
    assertEquals(List.of("colis", "Remboursement"), found.stream().map(f -> f.text(CHAT)).toList());
    assertEquals(0.7, found.get(0).score());
  }

  @Test
  void configurationReachesTheProvider() {
    PiiScanner scanner = PiiScanner.builder()
        .detectors("test-words")
        .configure("test-words", "words", "colis")
        .configure("test-words", "score", "0.95")
        .languages("fr")
        .build();
    assertEquals(0.95, scanner.scan(CHAT).get(0).score());
  }

  @Test
  void unknownDetectorNameFailsListingTheKnownOnes() {
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class, () -> PiiScanner.builder().detectors("test-digits", "regexp").build());
    assertTrue(e.getMessage().contains("'regexp'"), e.getMessage());
    assertTrue(e.getMessage().contains("test-digits, test-words"), e.getMessage());
  }

  @Test
  void unknownConfigurationKeyFailsListingTheKnownOnes() {
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class,
        () -> PiiScanner.builder().detectors("test-words").configure("test-words", "wrods", "colis").build());
    assertTrue(e.getMessage().contains("'wrods'"), e.getMessage());
    assertTrue(e.getMessage().contains("score, words"), e.getMessage());

    IllegalArgumentException none = assertThrows(
        IllegalArgumentException.class,
        () -> PiiScanner.builder().configure("test-digits", "min-length", "4").build());
    assertTrue(none.getMessage().contains("'min-length'"), none.getMessage());
    assertTrue(none.getMessage().contains("(none)"), none.getMessage());
  }

  @Test
  void configurationForAnUnselectedProviderFails() {
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class,
        () -> PiiScanner.builder().detectors("test-digits").configure("test-words", "words", "colis").build());
    assertTrue(e.getMessage().contains("'test-words'"), e.getMessage());
    assertTrue(e.getMessage().contains("not selected"), e.getMessage());

    assertThrows(
        IllegalArgumentException.class,
        () -> PiiScanner.builder().noProviders().detector(TestDetectors.digitRuns("mine", 0.6))
            .configure("test-digits", "x", "y").build());
  }

  @Test
  void aProviderRejectingItsConfigurationFailsTheBuild() {
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class,
        () -> PiiScanner.builder().detectors("test-words").configure("test-words", "score", "élevé").build());
    assertTrue(e.getMessage().contains("'score'"), e.getMessage());
  }

  @Test
  void duplicateDetectorIdsFail() {
    IllegalStateException e = assertThrows(
        IllegalStateException.class,
        () -> PiiScanner.builder().detectors("test-digits")
            .detector(TestDetectors.digitRuns(DigitsProvider.DETECTOR_ID, 0.9)).build());
    assertTrue(e.getMessage().contains("'" + DigitsProvider.DETECTOR_ID + "'"), e.getMessage());

    // The deny list is a detector too.
    assertThrows(
        IllegalStateException.class,
        () -> PiiScanner.builder().noProviders().detector(TestDetectors.digitRuns("deny-list", 0.9))
            .deny(dev.blindspot.PiiType.PERSON, "Okafor").build());
  }

  @Test
  void twoProvidersWithOneNameFail() {
    PiiScanner.Builder builder =
        PiiScanner.builder().classLoader(new ServicesOverrideLoader("alt-services/duplicate-names"));
    IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);
    assertTrue(e.getMessage().contains("'test-digits'"), e.getMessage());
    assertTrue(e.getMessage().contains("DigitsProvider"), e.getMessage());
    assertTrue(e.getMessage().contains("DuplicateDigitsProvider"), e.getMessage());
  }

  @Test
  void theClassLoaderDecidesWhichProvidersExist() {
    PiiScanner scanner =
        PiiScanner.builder().classLoader(new ServicesOverrideLoader("alt-services/digits-only")).build();
    assertEquals(List.of(DigitsProvider.DETECTOR_ID), scanner.detectorIds());
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class,
        () -> PiiScanner.builder().classLoader(new ServicesOverrideLoader("alt-services/digits-only"))
            .detectors("test-words").build());
    assertTrue(e.getMessage().contains("known: test-digits"), e.getMessage());
  }

  @Test
  void aProviderThatFailsToLoadFailsTheBuildWhenEveryProviderIsAskedFor() {
    IllegalStateException e = assertThrows(
        IllegalStateException.class,
        () -> PiiScanner.builder().classLoader(new ServicesOverrideLoader("alt-services/broken-provider")).build());
    assertTrue(e.getMessage().contains("failed to load"), e.getMessage());
    assertTrue(e.getMessage().contains("BrokenProvider"), e.getMessage());
  }

  @Test
  void aProviderThatFailsToLoadIsSkippedWhenOthersAreSelected() {
    PiiScanner scanner = PiiScanner.builder()
        .classLoader(new ServicesOverrideLoader("alt-services/broken-provider"))
        .detectors("test-digits")
        .build();
    assertEquals(List.of(DigitsProvider.DETECTOR_ID), scanner.detectorIds());
  }

  @Test
  void selectingAProviderThatFailedToLoadSaysItFailed() {
    // Its name is unknown (it never got constructed), but the user must learn that a provider broke
    // rather than believe the jar is missing.
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class,
        () -> PiiScanner.builder()
            .classLoader(new ServicesOverrideLoader("alt-services/broken-provider"))
            .detectors("test-broken")
            .build());
    assertTrue(e.getMessage().contains("'test-broken'"), e.getMessage());
    assertTrue(e.getMessage().contains("known: test-digits, test-words"), e.getMessage());
    assertTrue(e.getMessage().contains("failed to load"), e.getMessage());
    assertTrue(e.getMessage().contains("BrokenProvider"), e.getMessage());
  }

  @Test
  void aProviderWithAnInvalidNameFails() {
    IllegalStateException e = assertThrows(
        IllegalStateException.class,
        () -> PiiScanner.builder().classLoader(new ServicesOverrideLoader("alt-services/invalid-name")).build());
    assertTrue(e.getMessage().contains("InvalidNameProvider"), e.getMessage());
  }

  @Test
  void aProviderThatCreatesNoDetectorFails() {
    IllegalStateException e = assertThrows(
        IllegalStateException.class,
        () -> PiiScanner.builder().classLoader(new ServicesOverrideLoader("alt-services/empty-provider"))
            .detectors("test-empty").build());
    assertTrue(e.getMessage().contains("'test-empty'"), e.getMessage());
  }
}
