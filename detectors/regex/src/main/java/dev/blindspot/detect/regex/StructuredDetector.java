package dev.blindspot.detect.regex;

import dev.blindspot.PiiType;
import dev.blindspot.spi.Detector;
import dev.blindspot.spi.FindingSink;
import dev.blindspot.spi.ScanContext;
import java.util.List;
import java.util.Set;

/**
 * The {@value #ID} detector: every structured type but e-mail, found by {@link
 * StructuredRecognizers} in one pass over the original text. Immutable and thread-safe.
 */
final class StructuredDetector implements Detector {

  static final String ID = "regex.structured";

  private final StructuredRecognizers recognizers;

  StructuredDetector(List<String> languages) {
    this.recognizers = StructuredRecognizers.of(languages);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<PiiType> types() {
    return recognizers.types();
  }

  @Override
  public void detect(ScanContext context, FindingSink sink) {
    recognizers.scan(context.text(), context.language(), sink::report);
  }

  /** Returns the id and types; a detector holds no text. */
  @Override
  public String toString() {
    return "StructuredDetector[id=" + ID + ", types=" + types() + "]";
  }
}
