package dev.blindspot.detect.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.Finding;
import dev.blindspot.PiiScanner;
import dev.blindspot.PiiType;
import dev.blindspot.spi.Detector;
import dev.blindspot.spi.DetectorConfig;
import dev.blindspot.spi.DetectorProvider;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The provider is found by name and its detectors work through the scanner. */
class RegexDetectorProviderTest {

  @Test
  void isDiscoverableByNameAndFindsAnAddress() {
    PiiScanner scanner = PiiScanner.builder().detectors("regex").build();
    String text = "Bonjour, écrivez-moi à jean.dupont@orange.fr avant vendredi.";
    List<Finding> findings = scanner.scan(text);
    assertEquals(1, findings.size());
    Finding f = findings.get(0);
    assertEquals(PiiType.EMAIL_ADDRESS, f.type());
    assertEquals("jean.dupont@orange.fr", f.text(text));
    assertEquals(23, f.start());
    assertEquals("regex.email", f.detectorId());
    assertEquals(0.9, f.score());
    assertEquals("pattern:email", f.explanation().recognizer());
    assertTrue(f.explanation().validations().containsAll(List.of("domain", "tld")));
    assertTrue(f.explanation().normalizations().isEmpty());
    assertEquals("Bonjour, écrivez-moi à <EMAIL_ADDRESS> avant vendredi.", scanner.redact(text));
  }

  @Test
  void isRegisteredWithTheServiceLoader() {
    boolean found = false;
    for (DetectorProvider p : ServiceLoader.load(DetectorProvider.class)) {
      found |= p instanceof RegexDetectorProvider && p.name().equals("regex");
    }
    assertTrue(found);
  }

  @Test
  void createsDetectorsWithUniqueIdsAndTypes() {
    List<Detector> detectors =
        new RegexDetectorProvider().create(DetectorConfig.empty(List.of("en", "fr")));
    assertFalse(detectors.isEmpty());
    Set<String> ids = new HashSet<>();
    for (Detector d : detectors) {
      assertTrue(ids.add(d.id()), d.id());
      assertTrue(d.id().startsWith("regex."), d.id());
      assertFalse(d.types().isEmpty());
    }
    assertTrue(ids.contains("regex.email"));
  }

  @Test
  void rejectsUnknownConfigurationKeys() {
    PiiScanner.Builder builder =
        PiiScanner.builder().detectors("regex").configure("regex", "nope", "1");
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, builder::build);
    assertTrue(e.getMessage().contains("nope"));
  }

  @Test
  void findingsAndDetectorsShowNoPersonalData() {
    PiiScanner scanner = PiiScanner.builder().detectors("regex").build();
    Finding f = scanner.scan("mail secret.agent@example.com").get(0);
    assertFalse(f.toString().contains("secret"));
    assertFalse(new EmailDetector().toString().contains("@"));
  }
}
