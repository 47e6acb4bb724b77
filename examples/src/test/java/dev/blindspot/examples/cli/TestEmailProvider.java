package dev.blindspot.examples.cli;

import dev.blindspot.Explanation;
import dev.blindspot.PiiType;
import dev.blindspot.spi.Detector;
import dev.blindspot.spi.DetectorConfig;
import dev.blindspot.spi.DetectorProvider;
import dev.blindspot.spi.FindingSink;
import dev.blindspot.spi.ScanContext;
import java.util.List;
import java.util.Set;

/**
 * A plain e-mail detector for tests of the command line, so that they do not depend on the real
 * detector families: {@code local@domain.tld} around each {@code '@'}, score 0.9.
 */
public final class TestEmailProvider implements DetectorProvider {

  static final String NAME = "test-email";
  static final String DETECTOR_ID = "test.email";
  static final double SCORE = 0.9;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Detector> create(DetectorConfig config) {
    return List.of(new EmailDetector());
  }

  /** Extends each '@' left over local-part chars and right over domain chars. */
  static final class EmailDetector implements Detector {
    @Override
    public String id() {
      return DETECTOR_ID;
    }

    @Override
    public Set<PiiType> types() {
      return Set.of(PiiType.EMAIL_ADDRESS);
    }

    @Override
    public void detect(ScanContext context, FindingSink sink) {
      CharSequence text = context.text();
      for (int at = 0; at < text.length(); at++) {
        if (text.charAt(at) != '@') {
          continue;
        }
        int start = at;
        while (start > 0 && isLocal(text.charAt(start - 1))) {
          start--;
        }
        int end = at + 1;
        boolean dot = false;
        while (end < text.length() && isDomain(text.charAt(end))) {
          dot |= text.charAt(end) == '.';
          end++;
        }
        while (end > at + 1 && text.charAt(end - 1) == '.') {
          end--;
        }
        if (start < at && dot && text.charAt(end - 1) != '.' && text.charAt(at + 1) != '.') {
          sink.report(PiiType.EMAIL_ADDRESS, start, end, SCORE, Explanation.of("test:email"));
        }
        at = end - 1;
      }
    }

    private static boolean isLocal(char c) {
      return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isDomain(char c) {
      return isAsciiAlnum(c) || c == '.' || c == '-';
    }

    private static boolean isAsciiAlnum(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
  }
}
