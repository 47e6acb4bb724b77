package dev.blindspot.examples.cli;

import dev.blindspot.Explanation;
import dev.blindspot.PiiType;
import dev.blindspot.spi.Detector;
import dev.blindspot.spi.DetectorConfig;
import dev.blindspot.spi.DetectorProvider;
import dev.blindspot.spi.FindingSink;
import dev.blindspot.spi.ScanContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reports the first char of each text as {@code LANG_XX}, XX being the language the scanner gave
 * the detector, so tests can see which language reached it.
 */
public final class LanguageProbeProvider implements DetectorProvider {

  static final String NAME = "test-language";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Detector> create(DetectorConfig config) {
    return List.of(
        new Detector() {
          @Override
          public String id() {
            return "test.language";
          }

          @Override
          public Set<PiiType> types() {
            return Set.of(PiiType.of("LANG_EN"), PiiType.of("LANG_FR"), PiiType.of("LANG_UND"));
          }

          @Override
          public void detect(ScanContext context, FindingSink sink) {
            if (context.text().length() > 0) {
              PiiType type = PiiType.of("LANG_" + context.language().toUpperCase(Locale.ROOT));
              sink.report(type, 0, 1, 1.0, Explanation.of("test:language"));
            }
          }
        });
  }
}
