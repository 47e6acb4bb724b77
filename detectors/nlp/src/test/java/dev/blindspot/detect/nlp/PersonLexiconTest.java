package dev.blindspot.detect.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Loading the per-language word lists, and the knowledge they give. */
class PersonLexiconTest {

  private static final PersonLexicon STANDARD = PersonLexicon.standard();

  private static int flags(String word) {
    return STANDARD.flags(word, 0, word.length());
  }

  @Test
  void standardLexiconIsLoadedOnce() {
    assertSame(STANDARD, PersonLexicon.standard());
    assertTrue(STANDARD.toString().contains("languages=[en, fr, de, es]"));
  }

  @Test
  void knowsWhatIsNeverAName() {
    assertTrue((flags("Monday") & PersonLexicon.CALENDAR) != 0);
    assertTrue((flags("août") & PersonLexicon.CALENDAR) != 0);
    assertTrue((flags("miércoles") & PersonLexicon.CALENDAR) != 0);
    assertTrue((flags("Netflix") & PersonLexicon.PRODUCT) != 0);
    assertTrue((flags("calling") & PersonLexicon.COMMON) != 0);
    assertTrue((flags("désolé") & PersonLexicon.AFTER_SELF) != 0);
    assertTrue((flags("sorry") & PersonLexicon.AFTER_SELF) != 0);
    assertTrue((flags("the") & PersonLexicon.FUNCTION) != 0);
    assertTrue((flags("van") & PersonLexicon.PARTICLE) != 0);
    assertTrue((flags("Bonjour") & PersonLexicon.GREETING) != 0);
    assertTrue((flags("Mrs") & PersonLexicon.HONORIFIC) != 0);
  }

  @Test
  void givenNamesThatAreAlsoWordsAreNotListed() {
    for (String name : new String[] {"Will", "Mark", "Grace", "Rose", "Bill", "Pierre", "Claire",
        "Marie", "Rosa", "Pilar", "Ben", "Price"}) {
      assertEquals(0, flags(name) & (PersonLexicon.FUNCTION | PersonLexicon.COMMON), name);
    }
  }

  @Test
  void titlesKnowTheirPeriodAndProducts() {
    Honorific m = STANDARD.honorific("M", 0, 1);
    assertTrue(m.periodRequired());
    Honorific dr = STANDARD.honorific("DR", 0, 2);
    assertEquals("dr", dr.id());
    assertFalse(dr.periodRequired());
    assertNotNull(dr.products().get("Martens", 0, 7));
    Honorific dona = STANDARD.honorific("Doña", 0, 4);
    assertEquals("doña", dona.id());
    assertTrue(STANDARD.honorific("Don", 0, 3).everydayWord());
    assertNull(STANDARD.honorific("Mister-X", 0, 8));
  }

  @Test
  void eachStandardLanguageLoadsOnItsOwn() {
    for (String language : PersonLexicon.STANDARD_LANGUAGES) {
      PersonLexicon alone = PersonLexicon.load(List.of(language));
      assertFalse(alone.lineStartPhrases().isEmpty(), language);
    }
    assertNotNull(PersonLexicon.load(List.of("fr")).trigger("je", 0, 2));
    assertNull(PersonLexicon.load(List.of("en")).trigger("je", 0, 2));
  }

  @Test
  void unknownLanguageFailsListingTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PersonLexicon.load(List.of("xx")));
    assertTrue(e.getMessage().contains("'xx'"));
    assertTrue(e.getMessage().contains("[en, fr, de, es]"));
  }

  @Test
  void malformedResourcesFailWithFileAndLine() {
    IllegalStateException section =
        assertThrows(
            IllegalStateException.class,
            () -> PersonLexicon.load(List.of("test-unknown-section")));
    assertTrue(section.getMessage().startsWith("person-test-unknown-section.txt:5: "));
    assertTrue(section.getMessage().contains("unknown section [nicknames]"));

    IllegalStateException phrase =
        assertThrows(
            IllegalStateException.class, () -> PersonLexicon.load(List.of("test-two-names")));
    assertTrue(phrase.getMessage().contains("exactly one '_'"));
  }

  @Test
  void aLexiconIsDataOnly() {
    PersonLexicon custom = PersonLexicon.load(List.of("test-custom"));
    PersonRuleDetector detector = new PersonRuleDetector(custom);
    assertEquals(List.of("6..13", "26..30"), spans(detector, "Capt. Haddock and call me anna later"));
    assertEquals(List.of(), spans(detector, "Capt. Crunch, Capt Haddock, Mr Smith"));
  }

  private static List<String> spans(PersonRuleDetector detector, String text) {
    return RecordingSink.detect(detector, text).stream()
        .map(f -> f.start() + ".." + f.end())
        .collect(Collectors.toList());
  }
}
