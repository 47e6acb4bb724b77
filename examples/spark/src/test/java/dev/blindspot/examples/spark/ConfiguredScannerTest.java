package dev.blindspot.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.ScanException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Building the scanner of a configuration, without Spark. */
class ConfiguredScannerTest {

  private static BlindspotConfig.Builder regex() {
    return BlindspotConfig.builder().detectors("regex");
  }

  @Test
  void readsTheHmacKeyFromTheEnvironmentAndNeverShowsIt() {
    BlindspotConfig config = regex().operator(BlindspotConfig.Operator.HMAC).build();

    ConfiguredScanner scanner = ConfiguredScanner.build(config,
        Map.of(BlindspotConfig.HMAC_KEY_VARIABLE, "0123456789abcdef-key")::get);
    String redacted = scanner.process("write to anna.berg@example.com", "en").redacted();
    assertTrue(redacted.matches("write to <EMAIL_ADDRESS:[0-9a-f]+>"), redacted);

    IllegalArgumentException shortKey = assertThrows(IllegalArgumentException.class,
        () -> ConfiguredScanner.build(config, Map.of(BlindspotConfig.HMAC_KEY_VARIABLE, "s3cr3t")::get));
    assertEquals("the HMAC key must be at least 16 bytes, got 6", shortKey.getMessage());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> ConfiguredScanner.build(config, name -> null));
    assertTrue(none.getMessage().contains("set BLINDSPOT_HMAC_KEY or give a key file"));
    assertFalse(config.toString().contains("s3cr3t"));
  }

  @Test
  void aRowLanguageThatIsNotATagCountsAsNone() {
    ConfiguredScanner scanner = ConfiguredScanner.build(regex().build(), name -> null);

    assertEquals("écrire à <EMAIL_ADDRESS>",
        scanner.process("écrire à louis.petit@free.fr", "not a tag!").redacted());
  }

  @Test
  void failPolicyThrowsAndQuarantineGivesNoText() {
    String text = "carte 4970 1012 3456 7890 " + FailingDetector.TRIGGER;
    ConfiguredScanner failing = ConfiguredScanner.build(
        regex().detectorClasses(FailingDetector.class.getName()).build(), name -> null);
    ScanException e = assertThrows(ScanException.class, () -> failing.process(text, "fr"));
    assertFalse(e.getMessage().contains("4970"));

    ConfiguredScanner.Result result = ConfiguredScanner.build(
        regex().detectorClasses(FailingDetector.class.getName())
            .onFailure(BlindspotConfig.OnFailure.QUARANTINE).build(),
        name -> null).process(text, "fr");
    assertNull(result.redacted());
    assertEquals("test.failing", result.failedDetector());
  }

  @Test
  void detectorClassesMustBeDetectorsWithAPublicConstructor() {
    IllegalArgumentException notADetector = assertThrows(IllegalArgumentException.class,
        () -> ConfiguredScanner.build(regex().detectorClasses("java.lang.String").build(), n -> null));
    assertEquals("detector class java.lang.String does not implement dev.blindspot.spi.Detector",
        notADetector.getMessage());
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> ConfiguredScanner.build(regex().detectorClasses("com.acme.Nope").build(), n -> null));
    assertEquals("detector class com.acme.Nope is not on the class path", missing.getMessage());
  }
}
