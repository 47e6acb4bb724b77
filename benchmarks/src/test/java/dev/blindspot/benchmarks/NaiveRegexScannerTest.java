package dev.blindspot.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.Finding;
import dev.blindspot.PiiType;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaiveRegexScannerTest {

  private final NaiveRegexScanner naive = new NaiveRegexScanner();

  @Test
  void findsTheFiveCleanTypesInOffsetOrder() {
    String text = "Mail jean.dupont@orange.fr, tel +33 6 12 34 56 78, carte 4970 1012 3456 7890,"
        + " IBAN FR76 3000 6000 0112 3456 7890 189, SSN 123-45-6789.";
    List<Finding> found = naive.scan(text);
    assertEquals(List.of(PiiType.EMAIL_ADDRESS, PiiType.PHONE_NUMBER, PiiType.CREDIT_CARD,
        PiiType.IBAN_CODE, PiiType.US_SSN), found.stream().map(Finding::type).toList());
    assertEquals("jean.dupont@orange.fr", found.get(0).text(text));
    assertEquals("FR76 3000 6000 0112 3456 7890 189", found.get(3).text(text));
    for (int i = 1; i < found.size(); i++) {
      assertTrue(found.get(i - 1).end() <= found.get(i).start());
    }
  }

  @Test
  void missesObfuscatedValuesAsHandWrittenPatternsDo() {
    assertTrue(naive.scan("jean dot dupont at gmail dot com").isEmpty());
    assertTrue(naive.scan("jean.dupont [at] gmail [dot] com").isEmpty());
  }

  @Test
  void flagsOrdinaryNumbersAsNaivePatternsDo() {
    // an order number and a date look like a phone to the phone pattern: that is the floor
    assertTrue(naive.scan("Order ORD-2024-004512 shipped").stream()
        .anyMatch(f -> f.type().equals(PiiType.PHONE_NUMBER)));
  }
}
