package dev.blindspot.benchmarks.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.benchmarks.eval.EvalSets;
import dev.blindspot.benchmarks.eval.LabeledText;
import dev.blindspot.benchmarks.eval.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EvalSetsTest {

  private static final List<String> CANONICAL = List.of("EMAIL_ADDRESS", "PHONE_NUMBER",
      "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "MAC_ADDRESS", "URL", "US_SSN", "FR_NIR", "PERSON",
      "LOCATION", "ORGANIZATION", "DATE_TIME");

  private static final Set<String> SWAPPABLE_DIGIT_IDS =
      Set.of("CREDIT_CARD", "US_SSN", "FR_NIR", "DE_TAX_ID");

  private static Map<String, List<LabeledText>> sets;

  @BeforeAll
  static void load() {
    sets = new TreeMap<>();
    for (String name : EvalSets.LABELED) {
      sets.put(name, EvalSets.load(name));
    }
    for (String name : EvalSets.NEGATIVES) {
      sets.put(name, EvalSets.load(name));
    }
  }

  private static List<Span> allSpans() {
    List<Span> spans = new ArrayList<>();
    EvalSets.LABELED.forEach(n -> sets.get(n).forEach(r -> spans.addAll(r.spans())));
    return spans;
  }

  @Test
  void regeneratingGivesTheCommittedFilesByteForByte() throws IOException {
    Map<String, String> regenerated = EvalSetGenerator.generateAll();
    assertEquals(new TreeSet<>(sets.keySet()), new TreeSet<>(regenerated.keySet()));
    for (Map.Entry<String, String> e : regenerated.entrySet()) {
      try (InputStream in = EvalSets.class.getResourceAsStream("/eval/" + e.getKey() + ".jsonl")) {
        assertNotNull(in, e.getKey());
        assertArrayEquals(in.readAllBytes(), e.getValue().getBytes(StandardCharsets.UTF_8),
            e.getKey() + ".jsonl differs from its generator: rerun EvalSetGenerator");
      }
    }
  }

  @Test
  void theSetsHoldEnoughValuesOfEveryCanonicalTypeCleanAndObfuscated() {
    List<Span> spans = allSpans();
    assertTrue(spans.size() >= 1500, "only " + spans.size() + " labeled values");
    Set<String> clean = new HashSet<>();
    Set<String> obfuscated = new HashSet<>();
    for (Span s : spans) {
      (s.obfuscated() ? obfuscated : clean).add(s.type());
    }
    for (String type : CANONICAL) {
      assertTrue(clean.contains(type), "no clean " + type);
      assertTrue(obfuscated.contains(type), "no obfuscated " + type);
    }
    for (String countryId : List.of("UK_NINO", "DE_TAX_ID", "ES_NIF")) {
      assertTrue(clean.contains(countryId), "no " + countryId);
    }
    assertTrue(sets.get("en").size() >= 500 && sets.get("fr").size() >= 500);
  }

  @Test
  void everyObfuscationTechniqueIsRepresentedInEnglishAndFrench() {
    for (String lang : List.of("en", "fr")) {
      Map<String, Integer> seen = new TreeMap<>();
      for (LabeledText r : sets.get(lang)) {
        for (Span s : r.spans()) {
          if (s.obfuscated()) {
            seen.merge(s.obfuscation(), 1, Integer::sum);
          }
        }
      }
      assertEquals(new TreeSet<>(Obfuscator.ALL), seen.keySet(), lang);
      seen.forEach((technique, n) -> assertTrue(n >= 2, lang + ": " + technique + " only " + n));
    }
  }

  @Test
  void spansAreInBoundsTrimmedAndTheirIdsUnique() {
    Set<String> ids = new HashSet<>();
    for (List<LabeledText> set : sets.values()) {
      for (LabeledText r : set) {
        assertTrue(ids.add(r.id()), "duplicate id " + r.id());
        for (Span s : r.spans()) {
          String value = r.valueOf(s);
          assertFalse(Character.isWhitespace(value.charAt(0)), r.id() + " " + s);
          assertFalse(Character.isWhitespace(value.charAt(value.length() - 1)), r.id() + " " + s);
          if (!s.obfuscated()) {
            assertEquals(value.strip(), value);
          }
        }
      }
    }
  }

  @Test
  void cleanValuesPassTheirValidation() {
    int checked = 0;
    for (String name : EvalSets.LABELED) {
      for (LabeledText r : sets.get(name)) {
        for (Span s : r.spans()) {
          if (!s.obfuscated()) {
            assertTrue(ValueChecks.valid(s.type(), r.valueOf(s), false), r.id() + " " + s);
            checked++;
          }
        }
      }
    }
    assertTrue(checked > 700);
  }

  @Test
  void obfuscatedIdentifiersFoldBackToValidOnes() {
    Set<String> mechanical = Set.of(Obfuscator.SPACED_CHARACTERS, Obfuscator.UNICODE_DASHES,
        Obfuscator.NON_ASCII_DIGITS, Obfuscator.FULLWIDTH, Obfuscator.MIXED_SEPARATORS,
        Obfuscator.ZERO_WIDTH, Obfuscator.SOFT_HYPHEN, Obfuscator.LINE_BREAK,
        Obfuscator.LETTER_DIGIT_SWAPS);
    int checked = 0;
    for (String name : EvalSets.LABELED) {
      for (LabeledText r : sets.get(name)) {
        for (Span s : r.spans()) {
          boolean digitsOnly = SWAPPABLE_DIGIT_IDS.contains(s.type());
          boolean ibanWithoutLetters = s.type().equals("IBAN_CODE")
              && !ValueChecks.fold(r.valueOf(s), false).startsWith("GB");
          if (s.obfuscated() && mechanical.contains(s.obfuscation()) && (digitsOnly || ibanWithoutLetters)) {
            assertTrue(ValueChecks.valid(s.type(), r.valueOf(s), true), r.id() + " " + s);
            checked++;
          }
        }
      }
    }
    assertTrue(checked > 100, "only " + checked + " checked");
  }

  private static final Set<String> HIDE_THE_AT_SIGN = Set.of(Obfuscator.AT_DOT_WORDS,
      Obfuscator.BRACKETED, Obfuscator.HTML_ENTITIES, Obfuscator.URL_ENCODING, Obfuscator.FULLWIDTH);

  @Test
  void spelledAndWordObfuscationsHideTheDigitsOrTheAtSign() {
    for (String name : EvalSets.LABELED) {
      for (LabeledText r : sets.get(name)) {
        for (Span s : r.spans()) {
          String value = r.valueOf(s);
          if (Obfuscator.SPELLED_DIGITS.equals(s.obfuscation())) {
            assertFalse(value.matches(".*[0-9].*"), r.id() + " " + s);
          }
          if (s.type().equals("EMAIL_ADDRESS") && s.obfuscated() && HIDE_THE_AT_SIGN.contains(s.obfuscation())) {
            assertFalse(value.matches("(?s).*[a-z0-9]@[a-z0-9].*"), r.id() + " " + s);
          }
        }
      }
    }
  }

  @Test
  void hardNegativesHoldNoLabelNoValidCardNumberAndNoAddress() {
    Pattern email = Pattern.compile("[A-Za-z0-9._-]+@[A-Za-z0-9-]+\\.[A-Za-z]{2,}");
    int longNumbers = 0;
    int atOrDotWords = 0;
    for (String name : EvalSets.NEGATIVES) {
      for (LabeledText r : sets.get(name)) {
        assertTrue(r.spans().isEmpty(), r.id());
        assertFalse(email.matcher(r.text()).find(), r.id());
        Matcher m = ValueChecks.LONG_NUMBER.matcher(r.text());
        while (m.find()) {
          String digits = m.group().replaceAll("[^0-9]", "");
          assertFalse(Checksums.luhnValid(digits), r.id() + " holds a Luhn-valid number");
          longNumbers++;
        }
        if (r.text().matches("(?is).*\\b(at|dot|point|arobase|punkt|punto|arroba|klammeraffen)\\b.*")) {
          atOrDotWords++;
        }
      }
    }
    assertTrue(longNumbers > 50, "only " + longNumbers + " long numbers");
    assertTrue(atOrDotWords > 100, "only " + atOrDotWords + " at/dot sentences");
  }
}
