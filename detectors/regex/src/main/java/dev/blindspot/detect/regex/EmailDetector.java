package dev.blindspot.detect.regex;

import dev.blindspot.Explanation;
import dev.blindspot.PiiType;
import dev.blindspot.spi.Detector;
import dev.blindspot.spi.FindingSink;
import dev.blindspot.spi.ScanContext;
import java.util.Set;

/**
 * Reports the e-mail addresses written in clear in the original text. Kept apart from {@link
 * StructuredDetector} because its trigger is the {@code '@'}, which one {@code indexOf} finds.
 */
final class EmailDetector implements Detector {

  static final String ID = "regex.email";
  static final double SCORE = 0.9;

  private static final Set<PiiType> TYPES = Set.of(PiiType.EMAIL_ADDRESS);

  private static final Explanation WHY =
      Explanation.of(EmailMatcher.RECOGNIZER)
          .withValidation("local-part")
          .withValidation("domain")
          .withValidation("tld");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<PiiType> types() {
    return TYPES;
  }

  @Override
  public void detect(ScanContext context, FindingSink sink) {
    EmailMatcher matcher = EmailMatcher.of(context.text());
    while (matcher.find()) {
      sink.report(PiiType.EMAIL_ADDRESS, matcher.start(), matcher.end(), SCORE, WHY);
    }
  }

  /** Returns the id and type; a detector holds no text. */
  @Override
  public String toString() {
    return "EmailDetector[id=" + ID + ", type=EMAIL_ADDRESS]";
  }
}
