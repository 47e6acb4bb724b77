package dev.blindspot.detect.fuzzy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.blindspot.Finding;
import dev.blindspot.PiiScanner;
import dev.blindspot.PiiType;
import dev.blindspot.text.TextView;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Floods of what each view undoes, alone and around one real value: every view and detector must
 * finish with the right answer. No timing is asserted; a quadratic view would make this class run
 * for hours rather than seconds.
 */
class NormalizationFloodTest {

  private static final PiiScanner FUZZY =
      PiiScanner.builder().detectors("fuzzy").languages("en", "fr").build();

  private static List<String> scan(String text, String language) {
    return FUZZY.scan(text, language).stream()
        .map(f -> f.type() + "=" + f.text(text).replace("\n", "/"))
        .toList();
  }

  @Test
  void zeroWidthFlood() {
    String flood = "\u200b".repeat(200_000);
    assertEquals(List.of(), scan(flood, "en"));
    String text = flood + "j\u200bo\u200bhn@out\u200blook.com" + flood;
    assertEquals(List.of("EMAIL_ADDRESS=j\u200bo\u200bhn@out\u200blook.com"), scan(text, "en"));
    assertEquals("", InvisibleCharsView.FACTORY.create(TextView.of(flood)).text().toString());
  }

  @Test
  void fullwidthFlood() {
    String flood = "ａ＠ｂ．".repeat(50_000);
    TextView folded = UnicodeFoldView.FACTORY.create(TextView.of(flood));
    assertEquals("a@b.".repeat(50_000), folded.text().toString());
    assertEquals(List.of(), scan(flood, "en").stream().filter(s -> !s.startsWith("EMAIL")).toList());
    String text = "ｘ ".repeat(100_000) + "ｍａｒｉｅ＠ｆｒｅｅ．ｆｒ";
    assertEquals(List.of("EMAIL_ADDRESS=ｍａｒｉｅ＠ｆｒｅｅ．ｆｒ"), scan(text, "fr"));
  }

  @Test
  void atDotWordsFlood() {
    assertEquals(List.of(), scan("at dot ".repeat(50_000), "en"));
    assertEquals(List.of(), scan("arobase point ".repeat(50_000), "fr"));
    assertEquals(List.of(), scan("собака точка ".repeat(50_000), "ru"));
    String text = "at dot ".repeat(50_000) + "write to jean arobase orange point fr";
    assertEquals(List.of("EMAIL_ADDRESS=jean arobase orange point fr"), scan(text, "fr"));
  }

  @Test
  void numberWordsFlood() {
    String flood = "six ".repeat(100_000);
    TextView v = DigitsView.forLanguages(NumberWords.ALL).create(TextView.of(flood));
    // Groups stop growing at the longest id: the flood is cut into bounded runs of digits.
    assertEquals(true, v.text().toString().startsWith("6".repeat(DigitsView.MAX_GROUP_DIGITS)));
    String text = "douze, ".repeat(100_000) + ". Appelez le zéro six, douze, trente-quatre, "
        + "cinquante-six, soixante-dix-huit";
    List<String> found = scan(text, "fr");
    assertEquals("PHONE_NUMBER=zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit",
        found.get(found.size() - 1));
  }

  @Test
  void digitAndSeparatorFloods() {
    for (String flood : new String[] {"1 ".repeat(100_000), "1-".repeat(100_000),
        "O6 ".repeat(100_000), "1\n".repeat(100_000), "12.34.".repeat(50_000)}) {
      DigitsView.forLanguages(NumberWords.ALL).create(TextView.of(flood));
      FUZZY.scan(flood, "en");
    }
    String text = "- ".repeat(100_000) + "card 4111_1111_1111_1111";
    assertEquals(List.of("CREDIT_CARD=4111_1111_1111_1111"), scan(text, "en"));
  }

  @Test
  void entityAndEscapeFloods() {
    String entities = "&#64;".repeat(100_000);
    assertEquals("@".repeat(100_000),
        HtmlEntityView.FACTORY.create(TextView.of(entities)).text().toString());
    assertEquals(List.of(), scan("&amp;".repeat(100_000), "en"));
    String escapes = "%40".repeat(100_000);
    assertEquals("@".repeat(100_000),
        UrlDecodeView.FACTORY.create(TextView.of(escapes)).text().toString());
    String text = "&".repeat(100_000) + " %".repeat(50_000) + " john&#64;outlook.com";
    List<Finding> found = FUZZY.scan(text, "en");
    assertEquals(1, found.size());
    assertEquals(PiiType.EMAIL_ADDRESS, found.get(0).type());
    assertEquals("john&#64;outlook.com", found.get(0).text(text));
  }

  @Test
  void aGiantMixedScriptWord() {
    String word = "a\u043e".repeat(100_000);
    assertEquals("ao".repeat(100_000),
        UnicodeFoldView.FACTORY.create(TextView.of(word)).text().toString());
    String russian = "собака".repeat(50_000);
    assertEquals(russian, UnicodeFoldView.FACTORY.create(TextView.of(russian)).text().toString());
  }
}
