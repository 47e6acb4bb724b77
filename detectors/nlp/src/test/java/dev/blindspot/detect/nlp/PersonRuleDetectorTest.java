package dev.blindspot.detect.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.Finding;
import dev.blindspot.PiiType;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Behaviour of the person rules, one rule or edge at a time. */
class PersonRuleDetectorTest {

  /** Returns "start..end=value" for each finding. */
  private static List<String> spans(String text) {
    return RecordingSink.detect(text).stream()
        .map(f -> f.start() + ".." + f.end() + "=" + f.text(text))
        .collect(Collectors.toList());
  }

  private static Finding only(String text) {
    List<Finding> found = RecordingSink.detect(text);
    assertEquals(1, found.size(), () -> "findings: " + found);
    return found.get(0);
  }

  @Test
  void spanCoversTheNameNotTheTitle() {
    //          0123456789012
    String text = "Mr. Smith called";
    assertEquals(List.of("4..9=Smith"), spans(text));
  }

  @Test
  void titleFindingExplainsTheRuleAndTheTitle() {
    Finding f = only("Please call Mme Traoré tomorrow");
    assertEquals(PiiType.PERSON, f.type());
    assertEquals(PersonRuleDetector.ID, f.detectorId());
    assertEquals(0.85, f.score());
    assertEquals("rule:honorific", f.explanation().recognizer());
    assertEquals(
        List.of("honorific:mme", "capitalised-name", "not-a-stop-word"),
        f.explanation().validations());
  }

  @Test
  void phraseFindingExplainsThePhraseAndTheCase() {
    Finding f = only("je m'appelle marie dupont");
    assertEquals(0.7, f.score());
    assertEquals("rule:announcing-phrase", f.explanation().recognizer());
    assertEquals(
        List.of("phrase:fr:je-m-appelle", "lower-case-name", "not-a-stop-word"),
        f.explanation().validations());
  }

  @Test
  void lineStartFindingSaysSo() {
    Finding f = only("Sarah Connor here, how can I help?");
    assertEquals(0.85, f.score());
    assertEquals(
        List.of("phrase:en:here", "line-start", "capitalised-name", "not-a-stop-word"),
        f.explanation().validations());
  }

  @Test
  void mixedCaseNameAfterAPhraseScoresAsLowerCase() {
    assertEquals(0.7, only("my name is John smith").score());
    assertEquals(0.85, only("my name is John Smith").score());
  }

  @Test
  void titleNeedsACapitalisedName() {
    assertEquals(List.of(), spans("hi mr smith, thanks"));
    assertEquals(List.of("6..11=Smith"), spans("hi mr Smith, thanks"));
  }

  @Test
  void iAmNeedsACapitalisedName() {
    assertEquals(List.of(), spans("i am john"));
    assertEquals(List.of("5..9=John"), spans("i am John"));
  }

  @Test
  void periodOnlyTitlesNeedTheirPeriod() {
    assertEquals(List.of("3..9=Dupont"), spans("M. Dupont"));
    assertEquals(List.of(), spans("M Dupont"));
    assertEquals(List.of("4..9=Gómez"), spans("Sr. Gómez"));
    assertEquals(List.of(), spans("Sr Gómez"));
  }

  @Test
  void titleWithPeriodMayTouchTheName() {
    assertEquals(List.of("3..8=Smith"), spans("Mr.Smith"));
    assertEquals(List.of(), spans("M.Sc degree"));
  }

  @Test
  void initialsJoinTheName() {
    assertEquals(List.of("3..10=J Smith"), spans("Mr J Smith"));
    assertEquals(List.of("4..16=A. B. Okafor"), spans("Dr. A. B. Okafor"));
    assertEquals(List.of("3..10=J.Smith"), spans("Mr J.Smith"));
    assertEquals(List.of(), spans("Mr A"));
  }

  @Test
  void particlesJoinTheNameOnlyBeforeAnotherNameWord() {
    assertEquals(List.of("3..23=Ludwig van Beethoven"), spans("Mr Ludwig van Beethoven"));
    assertEquals(List.of("3..8=Smith"), spans("Mr Smith de la"));
    assertEquals(List.of("3..14=de Villepin"), spans("M. de Villepin"));
    assertEquals(List.of(), spans("Je suis de Lyon."));
  }

  @Test
  void atMostThreeNameWords() {
    assertEquals(
        List.of("11..27=Anna Maria Luisa"), spans("my name is Anna Maria Luisa Ferreira"));
  }

  @Test
  void nameStopsAtALineBreakOrPunctuation() {
    assertEquals(List.of("3..8=Smith"), spans("Mr Smith\nJones called"));
    assertEquals(List.of("3..8=Smith"), spans("Mr Smith, Jones called"));
  }

  @Test
  void noBreakSpacesSeparateLikeSpaces() {
    assertEquals(List.of("3..9=Dupont"), spans("M.\u00A0Dupont"));
    assertEquals(List.of("13..25=Aïcha\u202FBenali"), spans("je m'appelle Aïcha\u202FBenali"));
  }

  @Test
  void possessiveIsNotPartOfTheName() {
    assertEquals(List.of("3..8=Okoro"), spans("Ms Okoro’s parcel"));
  }

  @Test
  void allCapsTitleNeedsAnAllCapsName() {
    assertEquals(List.of("3..8=SMITH"), spans("MR SMITH"));
    assertEquals(List.of(), spans("the DR Congo branch"));
  }

  @Test
  void productsAfterATitleAreNotNames() {
    assertEquals(List.of(), spans("Dr. Martens boots"));
    assertEquals(List.of("4..11=Martens"), spans("Mr. Martens called"));
  }

  @Test
  void everydayTitlesSkipCommonWords() {
    assertEquals(List.of(), spans("Call Me Back when you can"));
    assertEquals(List.of("3..9=Dupont"), spans("Me Dupont représente le client"));
  }

  @Test
  void monthsAndWeekdaysAreNamesOnlyBeforeAnotherNameWord() {
    assertEquals(List.of(), spans("This is Monday speaking"));
    assertEquals(List.of(), spans("Miss May"));
    assertEquals(List.of("4..14=June Mbeki"), spans("Dr. June Mbeki"));
  }

  @Test
  void decomposedAccentsAreMatchedAndKeptInTheSpan() {
    String name = "Zoe\u0301 Lambert";
    String text = "Je m'appelle " + name + ".";
    assertEquals(List.of("13..25=" + name), spans(text));
    assertEquals(List.of(), spans("Je suis De\u0301sole\u0301"));
  }

  @Test
  void supplementaryLettersAreNeverSplit() {
    // U+1D412 MATHEMATICAL BOLD CAPITAL S: one code point, two chars.
    String text = "Mr \uD835\uDC12mith called";
    assertEquals(List.of("3..9=\uD835\uDC12mith"), spans(text));
  }

  @Test
  void uncasedScriptsCountAsLowerCaseNamesAfterAPhrase() {
    Finding f = only("my name is محمد علي");
    assertEquals(0.7, f.score());
    assertEquals(11, f.start());
    assertEquals(19, f.end());
  }

  @Test
  void phraseDefersToATitle() {
    assertEquals(List.of("15..21=Okafor"), spans("my name is Dr. Okafor"));
    assertEquals(1, RecordingSink.detect("je suis M. Dupont").size());
  }

  @Test
  void lineStartNeedsPunctuationAfterTheSuffix() {
    assertEquals(List.of("0..5=Sarah"), spans("Sarah here."));
    assertEquals(List.of("0..5=Sarah"), spans("Sarah here"));
    assertEquals(List.of(), spans("Sarah here is the file"));
    assertEquals(List.of("11..16=Sarah"), spans("Thank you. Sarah here!"));
  }

  @Test
  void phraseAllowsAColonOrQuotes() {
    assertEquals(List.of("12..16=John"), spans("my name is \"John\""));
    assertEquals(List.of("12..16=John"), spans("my name is: John"));
  }

  @Test
  void severalNamesInOneChat() {
    String chat = "Agent: Hi, I'm Sarah.\nCustomer: je m'appelle Karim Haddad\nAgent: Mr Haddad, thanks.";
    assertEquals(
        List.of("15..20=Sarah", "45..57=Karim Haddad", "68..74=Haddad"), spans(chat));
  }

  @Test
  void emptyAndWordlessTextsHaveNoName() {
    assertEquals(List.of(), spans(""));
    assertEquals(List.of(), spans("   \n\t 12 34 !!! ..."));
    assertEquals(List.of(), spans("Mr"));
    assertEquals(List.of(), spans("my name is"));
  }

  @Test
  void detectorDescribesItselfWithoutWords() {
    PersonRuleDetector detector = new PersonRuleDetector(PersonLexicon.standard());
    assertEquals("nlp.person-rules", detector.id());
    assertEquals(java.util.Set.of(PiiType.PERSON), detector.types());
    assertTrue(detector.toString().startsWith("PersonRuleDetector[nlp.person-rules, PersonLexicon["));
  }
}
