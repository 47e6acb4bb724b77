package dev.blindspot.detect.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inputs built to make a per-window or backtracking scan blow up: they must finish (the scan is
 * linear) and give the right answer. No timing is asserted.
 */
class StructuredAdversarialTest {

  private static final StructuredRecognizers RECOGNIZERS = StructuredRecognizers.of(List.of("en"));

  private static List<String> scan(String text) {
    List<String> out = new ArrayList<>();
    RECOGNIZERS.scan(text, "en", (type, start, end, score, why) ->
        out.add(type + " " + start + ".." + end));
    return out;
  }

  @Test
  void aMegabyteOfDigitsGivesNothing() {
    assertTrue(scan("1234567890".repeat(100_000)).isEmpty());
  }

  @Test
  void digitsJoinedBySingleSeparatorsGiveNothing() {
    assertTrue(scan("1 ".repeat(500_000)).isEmpty());
    assertTrue(scan("1-".repeat(500_000)).isEmpty());
    assertTrue(scan("1.".repeat(500_000)).isEmpty());
    assertTrue(scan("1:".repeat(500_000)).isEmpty());
    assertTrue(scan("12.".repeat(300_000)).isEmpty());
  }

  @Test
  void endlessCardGroupingIsNoCard() {
    // Four-digit groups that never end are not a card, even where four of them pass Luhn.
    assertTrue(scan("4111 ".repeat(200_000)).isEmpty());
    assertTrue(scan("4111-1111-".repeat(100_000)).isEmpty());
  }

  @Test
  void colonAndHexFloodsGiveNothing() {
    assertTrue(scan("a1:".repeat(300_000)).isEmpty());
    assertTrue(scan("1::".repeat(300_000)).isEmpty());
    assertTrue(scan("fe80::1x".repeat(100_000)).isEmpty());
    assertTrue(scan("1.1:".repeat(200_000)).isEmpty());
  }

  @Test
  void urlFloodsStayBounded() {
    String text = "http://a.co/" + ")".repeat(1_000_000);
    assertEquals(List.of("URL 0..12"), scan(text));
    assertTrue(scan("http://".repeat(100_000)).isEmpty());
    List<String> many = scan("www.a.fr ".repeat(50_000));
    assertEquals(50_000, many.size());
  }

  @Test
  void aValueAfterAMegabyteLineIsFoundAtItsOffset() {
    String noise = "1 1 1 1 ".repeat(125_000);
    String text = noise + "\nIBAN DE89 3704 0044 0532 0130 00 merci";
    int at = text.indexOf("DE89");
    assertEquals(List.of("IBAN_CODE " + at + ".." + (at + 27)), scan(text));
  }

  @Test
  void manyValuesInOneRunAreAllFound() {
    // Single spaces join the addresses into one run of 200,000 atoms.
    List<String> found = scan("10.0.0.1 ".repeat(50_000));
    assertEquals(50_000, found.size());
    assertEquals("IP_ADDRESS 0..8", found.get(0));
    assertEquals("IP_ADDRESS " + 9 * 49_999 + ".." + (9 * 49_999 + 8), found.get(49_999));
  }
}
