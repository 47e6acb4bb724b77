package dev.blindspot.detect.regex;

import dev.blindspot.Explanation;
import dev.blindspot.PiiType;
import dev.blindspot.spi.FindingSink;
import dev.blindspot.spi.ScanContext;

/** Reports the e-mail addresses written in clear in the original text. */
final class EmailDetector extends StructuredDetector {

  static final String ID = "regex.email";
  static final double SCORE = 0.9;

  private static final Explanation WHY =
      Explanation.of(EmailMatcher.RECOGNIZER)
          .withValidation("local-part")
          .withValidation("domain")
          .withValidation("tld");

  EmailDetector() {
    super(ID, PiiType.EMAIL_ADDRESS);
  }

  @Override
  public void detect(ScanContext context, FindingSink sink) {
    EmailMatcher matcher = EmailMatcher.of(context.text());
    while (matcher.find()) {
      sink.report(type(), matcher.start(), matcher.end(), SCORE, WHY);
    }
  }
}
