package dev.blindspot.benchmarks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.benchmarks.eval.Span;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CorpusTest {

  @Test
  void theSameArgumentsGiveTheSameTextAndAnotherSeedAnotherOne() {
    String a = Corpus.generate(CorpusKind.CHAT, Density.MEDIUM, LangMix.ALL, 50_000, 7);
    String b = Corpus.generate(CorpusKind.CHAT, Density.MEDIUM, LangMix.ALL, 50_000, 7);
    String c = Corpus.generate(CorpusKind.CHAT, Density.MEDIUM, LangMix.ALL, 50_000, 8);
    assertEquals(a, b);
    assertNotEquals(a, c);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 100, 1_000, 4_097, 65_536, 1_000_000})
  void chatsHaveExactlyTheRequestedUtf8Size(long size) {
    String text = Corpus.generate(CorpusKind.CHAT, Density.HIGH, LangMix.ALL, size, 3);
    assertEquals(size, text.getBytes(StandardCharsets.UTF_8).length);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 1_000, 100_000})
  void adversarialInputHasExactlyTheRequestedSizeCountingLoneSurrogatesAsThreeBytes(long size) {
    String text = Corpus.generate(CorpusKind.ADVERSARIAL, Density.NONE, LangMix.ALL, size, 3);
    assertEquals(size, LabeledBuilder.utf8Length(text, 0, text.length()));
  }

  @ParameterizedTest
  @EnumSource(Density.class)
  void theShareOfLinesWithPersonalDataMatchesTheDensity(Density density) {
    Corpus.Labeled c = Corpus.generateLabeled(CorpusKind.CHAT, density, LangMix.ALL, 1_000_000, 11);
    String text = c.text();
    int lines = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    // a line holds personal data when a value starts on it
    int personalLines = 0;
    int lineStart = -1;
    for (Span s : c.spans()) {
      int start = text.lastIndexOf('\n', s.start() - 1);
      if (start != lineStart) {
        personalLines++;
        lineStart = start;
      }
    }
    double share = (double) personalLines / lines;
    assertEquals(density.share(), share, 0.005 + density.share() * 0.1,
        density + ": " + personalLines + " of " + lines + " lines");
  }

  @Test
  void chatsMixTheFourLanguagesWithAgentAndCustomerTurns() {
    String text = Corpus.generate(CorpusKind.CHAT, Density.LOW, LangMix.ALL, 200_000, 5);
    for (String lang : List.of("en", "fr", "de", "es")) {
      assertTrue(text.contains("| chat | " + lang + " ==="), lang);
    }
    for (String speaker : List.of("] Customer: ", "] Agent: ", "] Client: ", "] Conseiller: ",
        "] Kunde: ", "] Support: ", "] Cliente: ", "] Agente: ")) {
      assertTrue(text.contains(speaker), speaker);
    }
  }

  @Test
  void personalValuesInChatsAreValidAndAQuarterAreObfuscated() {
    Corpus.Labeled c = Corpus.generateLabeled(CorpusKind.CHAT, Density.HIGH, LangMix.ALL, 500_000, 13);
    int obfuscated = 0;
    int checked = 0;
    for (Span s : c.spans()) {
      String value = c.text().substring(s.start(), s.end());
      if (s.obfuscated()) {
        obfuscated++;
      } else {
        assertTrue(ValueChecks.valid(s.type(), value, false), s.toString());
        checked++;
      }
    }
    double share = (double) obfuscated / c.spans().size();
    assertEquals(ChatGenerator.OBFUSCATED_SHARE, share, 0.04);
    assertTrue(checked > 1000);
  }

  @Test
  void adversarialInputHoldsEveryIngredient() {
    String text = Corpus.generate(CorpusKind.ADVERSARIAL, Density.NONE, LangMix.ALL, 1_000_000, 1);
    assertTrue(text.indexOf('\u0000') >= 0, "NUL");
    assertTrue(text.indexOf('\u202E') >= 0, "RTL override");
    assertTrue(text.indexOf('\u200B') >= 0, "zero-width space");
    assertTrue(text.indexOf('＠') >= 0, "fullwidth");
    assertTrue(text.contains("a@a@a@a@a@"), "at chain");
    assertTrue(text.contains("at dot at dot"), "at dot words");
    assertTrue(text.contains("[at] (dot)"), "bracket words");
    assertTrue(Pattern.compile("[0-9]{5000}").matcher(text).find(), "thousands of digits");
    assertTrue(Pattern.compile("(?:[0-9] ){2000}").matcher(text).find(), "spaced digits");
    assertTrue(Pattern.compile("(?:[a-z]\\.){2000}").matcher(text).find(), "dotted local part");
    boolean loneSurrogate = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      boolean paired = Character.isHighSurrogate(ch) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (Character.isSurrogate(ch) && !paired && !(Character.isLowSurrogate(ch)
          && Character.isHighSurrogate(text.charAt(i - 1)))) {
        loneSurrogate = true;
        break;
      }
    }
    assertTrue(loneSurrogate, "lone surrogate");
    int longest = 0;
    for (String line : text.split("\n")) {
      longest = Math.max(longest, line.length());
    }
    assertTrue(longest >= 100_000, "one very long line: " + longest);
  }

  @Test
  void sizesParseInDecimalUnits() {
    assertEquals(1_000, Corpus.parseSize("1KB"));
    assertEquals(100_000_000, Corpus.parseSize("100MB"));
    assertEquals(2_000_000_000L, Corpus.parseSize("2gb"));
    assertEquals(512, Corpus.parseSize("512"));
    assertThrows(IllegalArgumentException.class, () -> Corpus.parseSize("big"));
    assertThrows(IllegalArgumentException.class,
        () -> Corpus.generate(CorpusKind.CHAT, Density.LOW, LangMix.ALL, 0, 1));
  }

  @Test
  void languageMixesParseWeightsAndRejectUnknownLanguages() {
    assertEquals(List.of(Lang.EN, Lang.FR), LangMix.parse("fr=2, en").languages());
    assertThrows(IllegalArgumentException.class, () -> LangMix.parse("en,xx"));
    assertThrows(IllegalArgumentException.class, () -> LangMix.parse("en=-1"));
    String english = Corpus.generate(CorpusKind.CHAT, Density.LOW, LangMix.only(Lang.EN), 20_000, 1);
    assertTrue(english.contains("| chat | en ===") && !english.contains("| chat | fr ==="));
  }
}
