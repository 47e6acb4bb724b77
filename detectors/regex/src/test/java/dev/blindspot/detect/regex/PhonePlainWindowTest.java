package dev.blindspot.detect.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * In a plain window (digit groups joined by spaces, dashes, dots), the recognizer finds exactly
 * what {@code findNumbers(window, region, Leniency.VALID)} finds (where, the text, every field of
 * the number): seeded random windows (example numbers of many regions in national and
 * international form, mutated and regrouped, random digit groups, with and without '+', two
 * numbers side by side) for many regions, and the formats libphonenumber writes itself.
 */
class PhonePlainWindowTest {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private static final List<String> REGIONS = List.of(
      "US", "GB", "CA", "AU", "IE", "FR", "BE", "CH", "LU", "DE", "AT", "ES", "MX", "AR", "CO",
      "CL", "PE", "IT", "NL", "PT", "BR", "JP", "IN", "RU", "CN", "SE", "PL", "NZ", "ZA", "KR",
      "SM", "HU", "FI", "GG", "JM", "IL", "SG", "VE", "UY", "BY");

  private static final String[] JOINS = {" ", " - ", ". ", ".", "  ", "\u00A0"};

  @Test
  void findsWhatFindNumbersFinds() {
    Random random = new Random(20261129L);
    int[] counts = new int[3]; // plain windows, with a number, with a number not the whole
    for (int n = 0; n < 3_000; n++) {
      String window = PhonePrecheckTest.randomWindow(random);
      if (random.nextInt(6) == 0) { // two numbers, or a number and digits, side by side
        window = window + JOINS[random.nextInt(JOINS.length)]
            + PhonePrecheckTest.randomWindow(random);
      }
      if (random.nextInt(5) == 0) {
        window = "+" + window;
      }
      for (int r = 0; r < 6; r++) {
        String region = r == 0 && window.startsWith("+") ? "ZZ"
            : REGIONS.get(random.nextInt(REGIONS.size()));
        compare(window, region, counts);
      }
    }
    assertTrue(counts[0] > 6_000, "plain windows: " + counts[0]);
    assertTrue(counts[1] > 1_500, "with a number: " + counts[1]);
    assertTrue(counts[2] > 300, "with a number that is not the whole window: " + counts[2]);
  }

  @Test
  void findsWhatFindNumbersFindsInLibphonenumbersOwnFormats() {
    int[] counts = new int[3];
    for (String region : REGIONS) {
      for (PhoneNumberType type : PhoneNumberType.values()) {
        PhoneNumber example = UTIL.getExampleNumberForType(region, type);
        if (example == null) {
          continue;
        }
        for (PhoneNumberFormat format : PhoneNumberFormat.values()) {
          String window = UTIL.format(example, format);
          for (String parseRegion : List.of(region, "ZZ", "FR", "US", "GB")) {
            compare(window, parseRegion, counts);
          }
        }
      }
    }
    assertTrue(counts[1] > 300, "with a number: " + counts[1]);
  }

  @Test
  void plainWindows() {
    assertTrue(PhoneRecognizer.plainWindow("06 12 34 56 78"));
    assertTrue(PhoneRecognizer.plainWindow("+33 6 12.34-56 78"));
    assertTrue(PhoneRecognizer.plainWindow("0612\u00A0345678"));
    assertTrue(PhoneRecognizer.plainWindow("0612 - 345678"));
    assertTrue(PhoneRecognizer.plainWindow("0612345678"));
    assertFalse(PhoneRecognizer.plainWindow("(415) 555-2671"));
    assertFalse(PhoneRecognizer.plainWindow("+49 (0)89 1234567"));
    assertFalse(PhoneRecognizer.plainWindow("0612\t345678"));
    assertFalse(PhoneRecognizer.plainWindow("0612 - . 345678"));
    assertFalse(PhoneRecognizer.plainWindow("+ 33612345678"));
    assertFalse(PhoneRecognizer.plainWindow("0612 345678 "));
  }

  @Test
  void findsNumbersInPiecesAsLibphonenumberDoes() {
    // The national prefix is required in France: no number without it.
    assertEquals(List.of(), find("6 12 34 56 78", "FR"));
    assertEquals(List.of("0..14 06 12 34 56 78 +33 612345678"), find("06 12 34 56 78", "FR"));
    // Two numbers side by side: the first piece, then the rest.
    assertEquals(List.of("0..14 06 12 34 56 78 +33 612345678",
        "17..31 01 42 68 53 00 +33 142685300"), find("06 12 34 56 78 - 01 42 68 53 00", "FR"));
    assertEquals(List.of("0..12 415-555-2671 +1 4155552671"), find("415-555-2671", "US"));
  }

  private static List<String> find(String window, String region) {
    List<String> out = new ArrayList<>();
    for (PhoneRecognizer.PlainMatch m : PhoneRecognizer.findInPlainWindow(window, region)) {
      out.add(m.start() + ".." + (m.start() + m.raw().length()) + " " + m.raw() + " +"
          + m.number().getCountryCode() + " " + m.number().getNationalNumber());
    }
    return out;
  }

  /** Compares both on one window when it is plain, counting it. */
  private static void compare(String window, String region, int[] counts) {
    if (!PhoneRecognizer.plainWindow(window)) {
      return;
    }
    List<String> expected = new ArrayList<>();
    for (PhoneNumberMatch m : UTIL.findNumbers(window, region, PhoneNumberUtil.Leniency.VALID,
        Long.MAX_VALUE)) {
      assertEquals(m.end(), m.start() + m.rawString().length());
      expected.add(describe(m.start(), m.rawString(), m.number()));
    }
    List<String> actual = new ArrayList<>();
    for (PhoneRecognizer.PlainMatch m : PhoneRecognizer.findInPlainWindow(window, region)) {
      actual.add(describe(m.start(), m.raw(), m.number()));
    }
    assertEquals(expected, actual, () -> "[" + window + "] for " + region);
    counts[0]++;
    if (!expected.isEmpty()) {
      counts[1]++;
      if (!expected.get(0).startsWith("0.." + window.length() + " ") || expected.size() > 1) {
        counts[2]++;
      }
    }
  }

  /** Where a match is, its text and every field of its number, as {@code PhoneNumber} has them. */
  private static String describe(int start, String raw, PhoneNumber number) {
    return start + ".." + (start + raw.length()) + " " + raw
        + (number.hasCountryCodeSource() ? " source " + number.getCountryCodeSource() : "")
        + (number.hasRawInput() ? " raw input" : "")
        + (number.hasPreferredDomesticCarrierCode() ? " carrier" : "")
        + " " + number;
  }
}
