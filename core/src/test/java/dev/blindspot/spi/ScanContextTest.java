package dev.blindspot.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.text.TextView;
import dev.blindspot.text.ViewFactory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The context a detector sees, and the configuration a provider gets. */
class ScanContextTest {

  @Test
  void languageTagsAreReducedToTheirPrimarySubtag() {
    assertEquals("fr", ScanContext.normalizeLanguage("fr-CA"));
    assertEquals("en", ScanContext.normalizeLanguage(" EN_gb "));
    assertEquals("und", ScanContext.normalizeLanguage(null));
    assertEquals("und", ScanContext.normalizeLanguage("  "));
    assertThrows(IllegalArgumentException.class, () -> ScanContext.normalizeLanguage("f"));
    assertThrows(IllegalArgumentException.class, () -> ScanContext.normalizeLanguage("français"));
  }

  @Test
  void viewsAreCachedPerFactoryInstance() {
    ScanContext context = ScanContext.of("Bonjour Marie", "fr");
    assertEquals("fr", context.language());
    assertTrue(context.original().isOriginal());
    assertEquals("Bonjour Marie", context.text().toString());
    int[] builds = {0};
    ViewFactory lower = original -> {
      builds[0]++;
      return TextView.builder(original, "lower").replace(1, "b").build();
    };
    TextView first = context.view(lower);
    assertSame(first, context.view(lower));
    assertEquals(1, builds[0]);
    ViewFactory identity = original -> original;
    assertSame(context.original(), context.view(identity));
    assertThrows(NullPointerException.class, () -> context.view(original -> null));
    assertThrows(NullPointerException.class, () -> context.view(null));
    assertEquals("ScanContext[length=13, language=fr]", context.toString());
  }

  @Test
  void detectorConfigReadsTypedSettings() {
    DetectorConfig config = DetectorConfig.of(
        Map.of("words", "colis", "score", " 0.8 ", "strict", "TRUE", "bad", "maybe"), List.of("fr", "en"));
    assertEquals(List.of("fr", "en"), config.languages());
    assertEquals(Optional.of("colis"), config.get("words"));
    assertEquals(Optional.empty(), config.get("absent"));
    assertEquals(0.8, config.getDouble("score", 0.5));
    assertEquals(0.5, config.getDouble("absent", 0.5));
    assertTrue(config.getBoolean("strict", false));
    assertThrows(IllegalArgumentException.class, () -> config.getBoolean("bad", false));
    assertThrows(IllegalArgumentException.class, () -> config.getDouble("words", 0));
    assertEquals(config, DetectorConfig.of(Map.of("words", "colis", "score", " 0.8 ", "strict", "TRUE", "bad", "maybe"),
        List.of("fr", "en")));
    assertEquals(List.of(), DetectorConfig.empty(List.of()).languages());
  }
}
