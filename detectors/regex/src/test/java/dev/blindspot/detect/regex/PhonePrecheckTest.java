package dev.blindspot.detect.regex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber.CountryCodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The phone precheck never rejects a window libphonenumber accepts: seeded random windows (example
 * numbers of many regions in national and international form, mutated and regrouped, and random
 * digit groups) are given to both, for many regions. And the recognizer with the precheck reports
 * exactly what it reported when it called libphonenumber for every region.
 */
class PhonePrecheckTest {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  /** The regions of the recognizer's languages, and others with unusual prefixes or lengths. */
  private static final List<String> REGIONS = List.of(
      "US", "GB", "CA", "AU", "IE", "FR", "BE", "CH", "LU", "DE", "AT", "ES", "MX", "AR", "CO",
      "CL", "PE", "IT", "NL", "PT", "BR", "JP", "IN", "RU", "CN", "SE", "PL", "NZ", "ZA", "KR",
      "SM", "HU", "FI", "GG", "JM", "IL", "SG", "VE", "UY", "BY");

  private static final PhoneNumberType[] TYPES = {
    PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.TOLL_FREE,
    PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST, PhoneNumberType.VOIP,
    PhoneNumberType.PERSONAL_NUMBER, PhoneNumberType.UAN
  };

  /** Gaps of phone windows: one or two of space, no-break space, dash, dot, parentheses. */
  private static final String[] GAPS = {
    " ", " ", " ", "-", "-", ".", "\u00A0", " -", "- ", ") ", " (", "(", ")", ". "
  };

  @Test
  void neverRejectsWhatLibphonenumberFinds() {
    Random random = new Random(20261128L);
    int found = 0;
    int rejected = 0;
    int notFound = 0;
    for (int n = 0; n < 1_500; n++) {
      String window = randomWindow(random);
      Run run = runOf(window);
      for (int r = 0; r < 8; r++) {
        String region = REGIONS.get(random.nextInt(REGIONS.size()));
        boolean may = mayMatch(PhonePrecheck.of(region), run, window);
        boolean finds = UTIL.findNumbers(window, region, PhoneNumberUtil.Leniency.VALID,
            Long.MAX_VALUE).iterator().hasNext();
        if (finds) {
          found++;
          if (!may) {
            fail("precheck rejects [" + window + "] for " + region + ", libphonenumber finds");
          }
        } else {
          notFound++;
          if (!may) {
            rejected++;
          }
        }
      }
    }
    assertTrue(found > 1_000, "windows with a number: " + found);
    // The precheck is worth its cost only if it spares most of the calls that find nothing.
    assertTrue(rejected > notFound * 0.6, "rejected " + rejected + " of " + notFound);
  }

  @Test
  void rejectsNumbersOfOtherCountriesAndAcceptsTheirOwn() {
    PhonePrecheck fr = PhonePrecheck.of("FR");
    PhonePrecheck us = PhonePrecheck.of("US");
    assertTrue(mayMatch(fr, "06 12 34 56 78"));
    assertFalse(mayMatch(us, "06 12 34 56 78"));
    assertTrue(mayMatch(us, "(415) 555-2671"));
    assertFalse(mayMatch(fr, "(415) 555-2671"));
    assertTrue(mayMatch(fr, "00 49 30 901820")); // international prefix: a German number
    assertFalse(mayMatch(fr, "00 99 12 34 56")); // no country code 99x
    assertFalse(mayMatch(PhonePrecheck.of("GB"), "4111 1111 1111 1111")); // a card number
    assertFalse(mayMatch(PhonePrecheck.of("DE"), "192.168.1.118"));
  }

  @Test
  void partsAreThoseLibphonenumberSplitsAWindowInto() {
    //           0  1  2  3   4   5
    String w = "01 23-45.67 (89) 10";
    Run run = runOf(w);
    assertEquals(6, run.size());
    int[] parts = PhoneRecognizer.parts(run, 0, 5, false);
    List<String> spans = new ArrayList<>();
    for (int i = 0; i < parts.length; i += 2) {
      spans.add(parts[i] + ".." + parts[i + 1]);
    }
    // whole; white space: before the first, then each token; dots: before, after;
    // parenthesis: before, from it to the end.
    assertEquals(List.of("0..6", "0..1", "1..4", "4..5", "5..6", "0..3", "3..6", "0..4", "4..6"),
        spans);
    assertArrayEquals(new int[] {0, 1, 0, 1}, PhoneRecognizer.parts(runOf("(0612345678"), 0, 0,
        true));
    int[] hyphen = PhoneRecognizer.parts(runOf("0612 -345678"), 0, 1, false);
    assertEquals("[0, 2, 0, 1, 1, 2, 0, 1, 1, 2]", Arrays.toString(hyphen));
  }

  @Test
  void recognizerReportsWhatItReportedWhenItParsedForEveryRegion() {
    Random random = new Random(7L);
    PhoneRecognizer phones = new PhoneRecognizer();
    List<List<String>> languageLists =
        List.of(List.of("en", "fr", "de", "es"), List.of("fr"), List.of("de"), List.of());
    int hits = 0;
    for (int n = 0; n < 300; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 4; i++) {
        text.append(random.nextBoolean() ? "Appelez le " : "call me on ");
        text.append(random.nextInt(4) == 0 ? "+" : "").append(randomWindow(random));
        text.append(random.nextBoolean() ? ", merci. " : " or 12.05.2023 ");
      }
      String t = text.toString();
      for (List<String> languages : languageLists) {
        List<String> actual = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        CandidateScanner.scan(t, new Run(), new CandidateScanner.Handler() {
          @Override
          public void onRun(Run run) {
            if (phones.wants(run)) {
              Hits h = new Hits();
              phones.match(run, languages, h);
              h.list().forEach(x -> actual.add(x.start() + ".." + x.end() + " " + x.score()
                  + " " + x.why()));
            }
          }

          @Override
          public void onUrl(int start, int end) {}
        });
        reference(t, languages, expected);
        assertEquals(expected, actual, () -> "text: [" + t + "] languages " + languages);
        hits += expected.size();
      }
    }
    assertTrue(hits > 1_000, "hits: " + hits);
  }

  /**
   * The recognizer as it was: every window of digit groups parsed for each region in turn until
   * one finds a number.
   */
  private static void reference(String text, List<String> languages, List<String> out) {
    PhoneRecognizer phones = new PhoneRecognizer();
    CandidateScanner.scan(text, new Run(), new CandidateScanner.Handler() {
      @Override
      public void onRun(Run run) {
        if (!phones.wants(run)) {
          return;
        }
        for (int[] w : windowsOf(run)) {
          String window = text.substring(w[0], w[1]);
          for (String region : w[2] == 1 ? List.of("ZZ") : PhoneRecognizer.regions(languages)) {
            boolean found = false;
            for (PhoneNumberMatch m : UTIL.findNumbers(window, region,
                PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
              found = true;
              String raw = m.rawString();
              CountryCodeSource source = m.number().getCountryCodeSource();
              double score;
              if (raw.startsWith("+") || source == CountryCodeSource.FROM_NUMBER_WITH_IDD
                  || source == CountryCodeSource.FROM_NUMBER_WITH_PLUS_SIGN) {
                score = PhoneRecognizer.INTERNATIONAL;
              } else if (raw.chars().anyMatch(c -> c < '0' || c > '9')) {
                score = Recognizer.STRUCTURE;
              } else {
                score = Recognizer.BARE;
              }
              String numberRegion = UTIL.getRegionCodeForNumber(m.number());
              out.add((w[0] + m.start()) + ".." + (w[0] + m.end()) + " " + score + " "
                  + phones.explain().withValidation("libphonenumber").withValidation(
                      "region:" + (numberRegion == null ? region : numberRegion)));
            }
            if (found) {
              break;
            }
          }
        }
      }

      @Override
      public void onUrl(int start, int end) {}
    });
  }

  /** The windows of the recognizer in a run, as {start, end, plus}, read from its hits' rule. */
  private static List<int[]> windowsOf(Run run) {
    List<int[]> out = new ArrayList<>();
    CharSequence t = run.text();
    int k = 0;
    while (k < run.size()) {
      if (!run.isNumber(k)) {
        k++;
        continue;
      }
      if (PhoneRecognizer.isDate(run, k)) {
        k += 3;
        continue;
      }
      int m = k;
      int digits = run.length(k);
      while (m + 1 < run.size() && run.isNumber(m + 1) && PhoneRecognizer.phoneGap(run, m + 1)
          && !PhoneRecognizer.isDate(run, m + 1)) {
        m++;
        digits += run.length(m);
      }
      if (digits >= PhoneRecognizer.MIN_DIGITS && digits <= PhoneRecognizer.MAX_DIGITS) {
        int start = run.start(k);
        boolean plus = run.charBeforeIs(k, '+');
        if (plus || run.charBeforeIs(k, '(')) {
          start--;
        }
        int end = run.end(m) + (run.charAfterIs(m, ')') ? 1 : 0);
        out.add(new int[] {start, Math.min(end, t.length()), plus ? 1 : 0});
      }
      k = m + 1;
    }
    return out;
  }

  /** A window without '+': an example number, mutated or not, or random digit groups. */
  static String randomWindow(Random random) {
    String digits;
    int kind = random.nextInt(10);
    if (kind < 6) {
      String region = REGIONS.get(random.nextInt(REGIONS.size()));
      PhoneNumber example =
          UTIL.getExampleNumberForType(region, TYPES[random.nextInt(TYPES.length)]);
      if (example == null) {
        example = UTIL.getExampleNumber(region);
      }
      String formatted = switch (random.nextInt(4)) {
        case 0 -> UTIL.format(example, PhoneNumberFormat.NATIONAL);
        case 1 -> "00" + UTIL.format(example, PhoneNumberFormat.E164).substring(1);
        case 2 -> "011" + UTIL.format(example, PhoneNumberFormat.E164).substring(1);
        default -> UTIL.format(example, PhoneNumberFormat.E164).substring(1);
      };
      StringBuilder d = new StringBuilder();
      formatted.chars().filter(c -> c >= '0' && c <= '9').forEach(c -> d.append((char) c));
      if (kind >= 3) { // mutated: a digit changed, dropped or added
        int at = random.nextInt(d.length());
        switch (random.nextInt(3)) {
          case 0 -> d.setCharAt(at, (char) ('0' + random.nextInt(10)));
          case 1 -> d.deleteCharAt(at);
          default -> d.insert(at, (char) ('0' + random.nextInt(10)));
        }
      }
      digits = d.toString();
    } else {
      String[] prefixes = {"", "", "0", "00", "011", "1", "33", "49", "0033", "15", "9"};
      StringBuilder d = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
      int length = 7 + random.nextInt(8);
      while (d.length() < length) {
        d.append((char) ('0' + random.nextInt(10)));
      }
      digits = d.toString();
    }
    return group(digits, random);
  }

  /** Cuts digits into groups of 1 to 5 joined by random gaps, sometimes behind '('. */
  private static String group(String digits, Random random) {
    StringBuilder w = new StringBuilder(random.nextInt(8) == 0 ? "(" : "");
    int i = 0;
    while (i < digits.length()) {
      int size = random.nextInt(3) == 0 ? digits.length() : 1 + random.nextInt(5);
      int end = Math.min(digits.length(), i + size);
      if (i > 0) {
        w.append(GAPS[random.nextInt(GAPS.length)]);
      }
      w.append(digits, i, end);
      i = end;
    }
    return w.toString();
  }

  private static Run runOf(String window) {
    Run[] out = new Run[1];
    CandidateScanner.scan(window, new Run(), new CandidateScanner.Handler() {
      @Override
      public void onRun(Run run) {
        if (out[0] != null) {
          fail("one run expected in [" + window + "]");
        }
        Run copy = new Run();
        copy.reset(window);
        for (int k = 0; k < run.size(); k++) {
          copy.add(run.start(k), run.end(k), run.length(k));
        }
        out[0] = copy;
      }

      @Override
      public void onUrl(int start, int end) {}
    });
    return out[0];
  }

  private static boolean mayMatch(PhonePrecheck precheck, String window) {
    return mayMatch(precheck, runOf(window), window);
  }

  /** Computes the digits, groups and parts as {@link PhoneRecognizer} does. */
  private static boolean mayMatch(PhonePrecheck precheck, Run run, String window) {
    int groups = run.size();
    int[] bounds = new int[groups + 1];
    for (int k = 0; k < groups; k++) {
      bounds[k + 1] = bounds[k] + run.length(k);
    }
    int[] parts = PhoneRecognizer.parts(run, 0, groups - 1, window.startsWith("("));
    return precheck.mayMatch(run.concat(0, groups - 1).toString(), bounds, parts);
  }

  @Test
  void regionsWithoutMetadataFailLoudly() {
    assertTrue(UTIL.getSupportedRegions().containsAll(REGIONS));
    try {
      PhonePrecheck.of("XX");
      fail("XX has no metadata");
    } catch (IllegalArgumentException expected) {
      assertTrue(expected.getMessage().contains("XX"));
    }
  }
}
