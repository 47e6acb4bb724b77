package dev.blindspot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.testing.DigitsProvider;
import dev.blindspot.testing.TestDetectors;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The builder fails fast on repeated or invalid options, and what it builds never changes. */
class PiiScannerBuilderTest {

  private static final String CHAT = "Agent : Mme Okafor, votre ticket 552301 est clôturé. Merci de votre patience !";

  private static PiiScanner.Builder digitsOnly() {
    return PiiScanner.builder().noProviders().detector(TestDetectors.digitRuns("test.digits", 0.6));
  }

  @Test
  void defaults() {
    PiiScanner scanner = digitsOnly().build();
    assertEquals(PiiScanner.DEFAULT_MIN_SCORE, scanner.minScore());
    assertEquals(List.of(), scanner.languages());
    assertEquals(List.of("test.digits"), scanner.detectorIds());
    assertEquals(Set.of(TestDetectors.DIGIT_RUN), scanner.types());
  }

  @Test
  void repeatedSingleValuedOptionsFail() {
    assertThrows(IllegalStateException.class, () -> PiiScanner.builder().minScore(0.4).minScore(0.4));
    assertThrows(IllegalStateException.class, () -> PiiScanner.builder().languages("en").languages("fr"));
    assertThrows(
        IllegalStateException.class, () -> PiiScanner.builder().detectors("test-digits").detectors("test-words"));
    assertThrows(IllegalStateException.class, () -> PiiScanner.builder().detectors("test-digits").noProviders());
    assertThrows(IllegalStateException.class, () -> PiiScanner.builder().noProviders().detectors("test-digits"));
    assertThrows(IllegalStateException.class, () -> PiiScanner.builder().noProviders().noProviders());
    ClassLoader loader = getClass().getClassLoader();
    assertThrows(IllegalStateException.class, () -> PiiScanner.builder().classLoader(loader).classLoader(loader));
    IllegalStateException e = assertThrows(
        IllegalStateException.class,
        () -> PiiScanner.builder().configure("test-words", "words", "colis").configure("test-words", "words", "colis"));
    assertTrue(e.getMessage().contains("test-words.words"), e.getMessage());
    // Different keys, or the same key of another provider, are fine.
    PiiScanner.builder().configure("test-words", "words", "colis").configure("test-words", "score", "0.8")
        .configure("test-digits", "words", "x");
  }

  @Test
  void minScoreMustBeInZeroToOne() {
    for (double bad : new double[] {-0.01, 1.0001, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      assertThrows(IllegalArgumentException.class, () -> PiiScanner.builder().minScore(bad), "minScore " + bad);
    }
    assertEquals(0.0, digitsOnly().minScore(0).build().minScore());
    assertEquals(1.0, digitsOnly().minScore(1).build().minScore());
    // A rejected value does not count as set.
    PiiScanner.Builder b = digitsOnly();
    assertThrows(IllegalArgumentException.class, () -> b.minScore(Double.NaN));
    assertEquals(0.75, b.minScore(0.75).build().minScore());
  }

  @Test
  void languageTagsAreValidatedAndNormalized() {
    assertEquals(List.of("fr", "en"), digitsOnly().languages("fr-CA", "EN", "fr", "en_GB").build().languages());
    for (String bad : new String[] {"", "  ", "f", "12", "en1", "français", "-fr", "fr en"}) {
      assertThrows(IllegalArgumentException.class, () -> PiiScanner.builder().languages(bad), "tag '" + bad + "'");
    }
    assertThrows(IllegalArgumentException.class, () -> PiiScanner.builder().languages());
    assertThrows(NullPointerException.class, () -> PiiScanner.builder().languages("en", null));
  }

  @Test
  void aRejectedLanguageListLeavesTheBuilderUnchanged() {
    PiiScanner.Builder b = digitsOnly();
    assertThrows(IllegalArgumentException.class, () -> b.languages("en", "1x"));
    assertEquals(List.of("fr"), b.languages("fr").build().languages());
  }

  @Test
  void detectorSelectionNeedsANameAndSomeDetector() {
    assertThrows(IllegalArgumentException.class, () -> PiiScanner.builder().detectors());
    assertThrows(NullPointerException.class, () -> PiiScanner.builder().detectors("test-digits", null));
    IllegalStateException none =
        assertThrows(IllegalStateException.class, () -> PiiScanner.builder().noProviders().build());
    assertTrue(none.getMessage().contains("no detector"), none.getMessage());
    assertThrows(NullPointerException.class, () -> PiiScanner.builder().detector((dev.blindspot.spi.Detector) null));
    assertThrows(NullPointerException.class, () -> PiiScanner.builder().classLoader(null));
  }

  @Test
  void aDetectorWithoutTypesOrIdFails() {
    assertThrows(IllegalStateException.class,
        () -> PiiScanner.builder().noProviders()
            .detector(TestDetectors.of("test.typeless", Set.of(), (c, s) -> {}))
            .build());
    assertThrows(NullPointerException.class,
        () -> PiiScanner.builder().noProviders().detector(new dev.blindspot.spi.Detector() {
          @Override
          public String id() {
            return null;
          }

          @Override
          public Set<PiiType> types() {
            return Set.of(PiiType.PERSON);
          }

          @Override
          public void detect(dev.blindspot.spi.ScanContext context, dev.blindspot.spi.FindingSink sink) {}
        }).build());
  }

  @Test
  void blankWordsFail() {
    assertThrows(IllegalArgumentException.class, () -> PiiScanner.builder().allow(""));
    assertThrows(IllegalArgumentException.class, () -> PiiScanner.builder().allow("support@acme.example", "  "));
    assertThrows(IllegalArgumentException.class, () -> PiiScanner.builder().deny(PiiType.PERSON, " "));
    assertThrows(IllegalArgumentException.class, () -> PiiScanner.builder().contextWords(PiiType.EMAIL_ADDRESS, "\t"));
    assertThrows(NullPointerException.class, () -> PiiScanner.builder().allow((String) null));
    assertThrows(NullPointerException.class, () -> PiiScanner.builder().deny(null, "Okafor"));
    assertThrows(NullPointerException.class, () -> PiiScanner.builder().contextWords(PiiType.PERSON, "madame", null));
  }

  @Test
  void rejectedWordListsLeaveTheBuilderUnchanged() {
    PiiScanner.Builder b = digitsOnly();
    assertThrows(IllegalArgumentException.class, () -> b.deny(PiiType.PERSON, "Okafor", " "));
    assertThrows(IllegalArgumentException.class, () -> b.allow("552301", ""));
    assertThrows(IllegalArgumentException.class, () -> b.contextWords(TestDetectors.DIGIT_RUN, "ticket", ""));
    PiiScanner scanner = b.build();
    assertEquals(List.of("test.digits"), scanner.detectorIds(), "no deny list from the rejected call");
    List<Finding> found = scanner.scan(CHAT);
    assertEquals(1, found.size(), "552301 is not allowed");
    assertEquals(0.6, found.get(0).score(), "no context word from the rejected call");
  }

  @Test
  void theBuiltScannerIgnoresLaterChangesToItsBuilder() {
    PiiScanner.Builder b = PiiScanner.builder().detectors("test-digits").languages("fr");
    PiiScanner first = b.build();
    List<Finding> before = first.scan(CHAT);
    String firstDescription = first.toString();

    b.allow("552301")
        .deny(PiiType.PERSON, "Okafor")
        .contextWords(TestDetectors.DIGIT_RUN, "ticket")
        .detector(TestDetectors.emailLike("test.email", 0.9))
        .minScore(0.9);

    assertEquals(before, first.scan(CHAT));
    assertEquals(List.of(DigitsProvider.DETECTOR_ID), first.detectorIds());
    assertEquals(PiiScanner.DEFAULT_MIN_SCORE, first.minScore());
    assertEquals(firstDescription, first.toString());

    PiiScanner second = b.build();
    assertNotEquals(before, second.scan(CHAT));
    assertEquals(List.of("Okafor"), second.scan(CHAT).stream().map(f -> f.text(CHAT)).toList());
    assertEquals(List.of(DigitsProvider.DETECTOR_ID, "test.email", "deny-list"), second.detectorIds());
  }

  @Test
  void accessorsAreUnmodifiable() {
    PiiScanner scanner = PiiScanner.builder().detectors("test-digits").languages("en", "fr").build();
    assertThrows(UnsupportedOperationException.class, () -> scanner.languages().add("de"));
    assertThrows(UnsupportedOperationException.class, () -> scanner.detectorIds().clear());
    assertThrows(UnsupportedOperationException.class, () -> scanner.types().clear());
    assertFalse(scanner.toString().isEmpty());
  }
}
