package dev.blindspot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.redact.Operators;
import dev.blindspot.spi.Detector;
import dev.blindspot.testing.DigitsProvider;
import dev.blindspot.testing.TestDetectors;
import dev.blindspot.testing.TestDetectors.Span;
import dev.blindspot.text.TextView;
import dev.blindspot.text.ViewFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What a scan returns: mapped, scored, filtered, merged findings in offset order. */
class PiiScannerTest {

  private static final PiiType ACCOUNT_ID = PiiType.of("ACCOUNT_ID");

  private static List<String> texts(String text, List<Finding> findings) {
    return findings.stream().map(f -> f.text(text)).toList();
  }

  @Test
  void findingsComeInOffsetOrderWithTheirDetector() {
    String text = "Customer: order 48213377, mail jean.dupont@exemple.fr, call 0612345678 after 6pm";
    PiiScanner scanner = PiiScanner.builder().detectors("test-digits")
        .detector(TestDetectors.emailLike("test.email", 0.9)).build();
    List<Finding> found = scanner.scan(text);
    assertEquals(List.of("48213377", "jean.dupont@exemple.fr", "0612345678"), texts(text, found));
    assertEquals(List.of(DigitsProvider.DETECTOR_ID, "test.email", DigitsProvider.DETECTOR_ID),
        found.stream().map(Finding::detectorId).toList());
    assertEquals(PiiType.EMAIL_ADDRESS, found.get(1).type());
    assertEquals(0.9, found.get(1).score());
    assertEquals(List.of("tld-letters"), found.get(1).explanation().validations());
    assertEquals(List.of(), found.get(1).explanation().normalizations());
  }

  @Test
  void overlappingCandidatesMergeIntoTheirUnionWithTheTypeOfTheMostConfident() {
    // text:  R é f . _ c l i e n t _ F R - 4 8 2 1 3 3 7 7 - B ,
    //        0                       12   15              23  25
    // digits:                               [15,23) DIGIT_RUN 0.6
    // account:                        [12,25) ACCOUNT_ID 0.8
    String text = "Réf. client FR-48213377-B, merci.";
    PiiScanner scanner = PiiScanner.builder().detectors("test-digits")
        .detector(TestDetectors.fixed("test.account", List.of(new Span(ACCOUNT_ID, 12, 25, 0.8))))
        .build();
    List<Finding> found = scanner.scan(text);
    assertEquals(1, found.size());
    Finding merged = found.get(0);
    assertEquals("FR-48213377-B", merged.text(text));
    assertEquals(ACCOUNT_ID, merged.type());
    assertEquals(0.8, merged.score());
    assertEquals("test.account", merged.detectorId());
  }

  @Test
  void aChainOfOverlapsIsOneFindingAndTouchingSpansStaySeparate() {
    String text = "abcdefghijklmnopqrstuvwxyz";
    Detector spans = TestDetectors.fixed("test.spans", List.of(
        new Span(PiiType.PERSON, 0, 5, 0.5),
        new Span(PiiType.LOCATION, 4, 9, 0.9),
        new Span(PiiType.PERSON, 8, 12, 0.7),
        new Span(PiiType.PERSON, 12, 15, 0.6), // touches, does not overlap
        new Span(PiiType.LOCATION, 20, 22, 0.6),
        new Span(PiiType.PERSON, 20, 24, 0.6))); // same score: the longer wins
    List<Finding> found = PiiScanner.builder().noProviders().detector(spans).build().scan(text);
    assertEquals(3, found.size());
    assertEquals(List.of(0, 12, 20), found.stream().map(Finding::start).toList());
    assertEquals(List.of(12, 15, 24), found.stream().map(Finding::end).toList());
    assertEquals(List.of(PiiType.LOCATION, PiiType.PERSON, PiiType.PERSON),
        found.stream().map(Finding::type).toList());
    assertEquals(0.9, found.get(0).score());
  }

  @Test
  void minScoreDropsWeakerFindings() {
    String text = "Client : commande n° 48213377 passée mardi";
    assertEquals(1, PiiScanner.builder().detectors("test-digits").minScore(0.6).build().scan(text).size());
    assertEquals(0, PiiScanner.builder().detectors("test-digits").minScore(0.61).build().scan(text).size());
    // The default 0.5 drops a 0.45 candidate.
    String mail = "reply to jean.dupont@exemple.fr";
    PiiScanner weakEmails =
        PiiScanner.builder().noProviders().detector(TestDetectors.emailLike("test.email", 0.45)).build();
    assertEquals(0, weakEmails.scan(mail).size());
  }

  @Test
  void allowListDropsValuesIgnoringCaseAndSurroundingSpace() {
    String text = "Agent: we'll reply from Support@ACME.example; yours is marie.curie@exemple.fr";
    PiiScanner scanner = PiiScanner.builder().noProviders()
        .detector(TestDetectors.emailLike("test.email", 0.9))
        .deny(PiiType.PERSON, "Okafor")
        .allow(" support@acme.EXAMPLE ", "OKAFOR")
        .build();
    assertEquals(List.of("marie.curie@exemple.fr"), texts(text, scanner.scan(text)));
    assertEquals(List.of(), scanner.scan("Mme Okafor a rappelé"));
  }

  @Test
  void aFindingOfWhiteSpaceIsComparedToTheAllowListWithoutFailing() {
    String text = "Client :    (blanc)";
    Detector blanks = TestDetectors.fixed("test.blanks", List.of(new Span(PiiType.PERSON, 8, 12, 0.9)));
    PiiScanner scanner = PiiScanner.builder().noProviders().detector(blanks).allow("okafor").build();
    List<Finding> found = scanner.scan(text);
    assertEquals(1, found.size());
    assertEquals(8, found.get(0).start());
  }

  @Test
  void denyListReportsWholeWordsIgnoringCaseWithScoreOne() {
    String text = "M. LEFEBVRE a rappelé ; les Lefebvres, lefebvre2, DeLefebvre et Lefebvre-Durand aussi."
        + " Jean Dupont, jean dupontel, Marie-jean dupont.";
    PiiScanner scanner = PiiScanner.builder().noProviders()
        .deny(PiiType.PERSON, "lefebvre", "Jean Dupont")
        .minScore(1.0)
        .build();
    List<Finding> found = scanner.scan(text);
    assertEquals(List.of("LEFEBVRE", "Lefebvre", "Jean Dupont", "jean dupont"), texts(text, found));
    for (Finding f : found) {
      assertEquals(PiiType.PERSON, f.type());
      assertEquals(1.0, f.score());
      assertEquals("deny-list", f.detectorId());
      assertEquals("deny-list", f.explanation().recognizer());
    }
    assertEquals(List.of("deny-list"), scanner.detectorIds());
    assertEquals(Set.of(PiiType.PERSON), scanner.types());
  }

  @Test
  void contextWordsRaiseTheScoreAndAreExplained() {
    PiiScanner scanner = PiiScanner.builder().noProviders()
        .detector(TestDetectors.emailLike("test.email", 0.45))
        .contextWords(PiiType.EMAIL_ADDRESS, "Courriel", "e-mail")
        .contextWords(PiiType.PERSON, "adresse")
        .build();
    String fr = "Client : mon courriel perso est marie.curie@exemple.fr";
    List<Finding> found = scanner.scan(fr);
    assertEquals(1, found.size());
    assertEquals(0.45 + 0.35, found.get(0).score(), 1e-9);
    assertEquals(List.of("courriel"), found.get(0).explanation().contextWords());

    String en = "Customer: marie.curie@exemple.fr is the E-MAIL on file";
    assertEquals(List.of("e-mail"), scanner.scan(en).get(0).explanation().contextWords());

    // Words of another type, or parts of words, do not count.
    assertEquals(List.of(), scanner.scan("Client : mon adresse est marie.curie@exemple.fr"));
    assertEquals(List.of(), scanner.scan("Client : mes courriels vont à marie.curie@exemple.fr"));
    assertEquals(List.of(), scanner.scan("Customer: e-mails go to marie.curie@exemple.fr"));
    assertEquals(List.of(), scanner.scan("Client : souscourriel marie.curie@exemple.fr"));
  }

  @Test
  void contextWordsCountOnlyWithinTheWindow() {
    PiiScanner scanner = PiiScanner.builder().noProviders()
        .detector(TestDetectors.emailLike("test.email", 0.45))
        .contextWords(PiiType.EMAIL_ADDRESS, "courriel")
        .minScore(0)
        .build();
    String mail = "marie.curie@exemple.fr";
    // Before: the word must lie within the 64 chars before the value.
    assertEquals(0.8, scoreOf(scanner, "courriel" + " ".repeat(56) + mail), 1e-9);
    assertEquals(0.45, scoreOf(scanner, "courriel" + " ".repeat(57) + mail), 1e-9);
    // After: within the 48 chars after it.
    assertEquals(0.8, scoreOf(scanner, mail + " ".repeat(40) + "courriel"), 1e-9);
    assertEquals(0.45, scoreOf(scanner, mail + " ".repeat(41) + "courriel"), 1e-9);
  }

  @Test
  void contextCannotRaiseAScoreAboveOne() {
    PiiScanner scanner = PiiScanner.builder().noProviders()
        .deny(PiiType.PERSON, "Okafor")
        .contextWords(PiiType.PERSON, "madame")
        .build();
    Finding f = scanner.scan("Madame Okafor").get(0);
    assertEquals(1.0, f.score());
    assertEquals(List.of("madame"), f.explanation().contextWords());
  }

  private static double scoreOf(PiiScanner scanner, String text) {
    List<Finding> found = scanner.scan(text);
    assertEquals(1, found.size());
    return found.get(0).score();
  }

  @Test
  void findingsOnNormalizedViewsMapToExactOriginalOffsets() {
    PiiScanner scanner = PiiScanner.builder().noProviders()
        .detector(TestDetectors.obfuscatedEmail("test.obfuscated", 0.9))
        .build();
    String stacked = "Client : écrivez-moi à marie\u200B.curie at exemple dot fr, merci 🙏";
    List<Finding> found = scanner.scan(stacked);
    assertEquals(1, found.size());
    Finding f = found.get(0);
    assertEquals("marie\u200B.curie at exemple dot fr", f.text(stacked));
    assertEquals(stacked.indexOf("marie"), f.start());
    assertEquals(List.of("zero-width-removed", "at-dot-words"), f.explanation().normalizations());
    assertEquals("test:obfuscated-email", f.explanation().recognizer());

    String single = "Customer: my work inbox is liam.brown [at] outlook [dot] com, thanks";
    Finding g = scanner.scan(single).get(0);
    assertEquals("liam.brown [at] outlook [dot] com", g.text(single));
    assertEquals(List.of("at-dot-words"), g.explanation().normalizations());

    assertEquals("Client : écrivez-moi à <EMAIL_ADDRESS>, merci 🙏", scanner.redact(stacked));
  }

  @Test
  void aFindingListsOnlyTheStepsThatChangedItsChars() {
    PiiScanner scanner = PiiScanner.builder().noProviders()
        .detector(TestDetectors.obfuscatedEmail("test.obfuscated", 0.9))
        .build();
    // The zero-width space elsewhere in the text makes the scan build both views, but only the
    // at/dot words were undone to find this value.
    String text = "Client : c'est\u200B urgent, écrivez à liam.brown [at] outlook [dot] com";
    Finding f = scanner.scan(text).get(0);
    assertEquals("liam.brown [at] outlook [dot] com", f.text(text));
    assertEquals(List.of("at-dot-words"), f.explanation().normalizations());
  }

  @Test
  void aFindingNeverSplitsASurrogatePair() {
    // text: M e r c i _ 🙏(6,7) 🙏(8,9) _ M a r i e
    String text = "Merci \uD83D\uDE4F\uD83D\uDE4F Marie";
    Detector halves = TestDetectors.fixed("test.halves", List.of(
        new Span(PiiType.PERSON, 7, 9, 0.9), // low surrogate .. high surrogate
        new Span(PiiType.LOCATION, 11, 13, 0.9)));
    List<Finding> found = PiiScanner.builder().noProviders().detector(halves).build().scan(text);
    assertEquals(6, found.get(0).start());
    assertEquals(10, found.get(0).end());
    assertEquals(11, found.get(1).start());

    // A view that keeps only the high surrogate: the finding still covers the whole pair.
    ViewFactory highOnly = original -> TextView.builder(original, "low-surrogate-dropped").copy(7).skip(8).build();
    Detector onView = TestDetectors.of("test.view-half", Set.of(PiiType.PERSON), (context, sink) ->
        sink.report(context.view(highOnly), PiiType.PERSON, 6, 7, 0.9, Explanation.of("test")));
    Finding f = PiiScanner.builder().noProviders().detector(onView).build().scan(text).get(0);
    assertEquals(6, f.start());
    assertEquals(8, f.end());
  }

  @Test
  void aCandidateMadeOnlyOfInsertedCharsIsDropped() {
    ViewFactory prefixed = original -> TextView.builder(original, "prefixed").replace(0, "+33 ").build();
    Detector onInsert = TestDetectors.of("test.inserted", Set.of(PiiType.PHONE_NUMBER), (context, sink) ->
        sink.report(context.view(prefixed), PiiType.PHONE_NUMBER, 0, 3, 0.9, Explanation.of("test")));
    assertEquals(List.of(), PiiScanner.builder().noProviders().detector(onInsert).build().scan("0612345678"));
  }

  @Test
  void theLanguageReachesDetectors() {
    List<String> seen = new ArrayList<>();
    Detector recorder =
        TestDetectors.of("test.lang", Set.of(PiiType.PERSON), (context, sink) -> seen.add(context.language()));
    PiiScanner scanner = PiiScanner.builder().noProviders().detector(recorder).languages("fr-CA", "en").build();
    scanner.scan("Bonjour");
    scanner.scan("Hello", "en-GB");
    scanner.scan("Hola", null);
    scanner.scanAll(List.of("Salut", "Coucou"));
    // Several languages and none per text: undetermined, so detectors try every configured one.
    assertEquals(List.of("und", "en", "und", "und", "und"), seen);
    PiiScanner french = PiiScanner.builder().noProviders().detector(recorder).languages("fr-CA").build();
    french.scan("Bonjour");
    assertEquals("fr", seen.get(seen.size() - 1));
    PiiScanner undetermined = PiiScanner.builder().noProviders().detector(recorder).build();
    undetermined.scan("Hi");
    assertEquals("und", seen.get(seen.size() - 1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> scanner.scan("x", "marie@x.fr"));
    assertTrue(!e.getMessage().contains("marie"), e.getMessage());
  }

  @Test
  void viewsAreBuiltOncePerScanAndShared() {
    AtomicInteger built = new AtomicInteger();
    ViewFactory counted = original -> {
      built.incrementAndGet();
      return TextView.builder(original, "counted").build();
    };
    Detector first = TestDetectors.of("test.first", Set.of(PiiType.PERSON), (c, s) -> c.view(counted));
    Detector second = TestDetectors.of("test.second", Set.of(PiiType.PERSON), (c, s) -> c.view(counted));
    PiiScanner scanner = PiiScanner.builder().noProviders().detector(first, second).build();
    scanner.scan("Bonjour Marie");
    assertEquals(1, built.get());
    scanner.scan("Bonjour Marie");
    assertEquals(2, built.get());
  }

  @Test
  void scanAllKeepsTheOrderOfTheBatch() {
    PiiScanner scanner = PiiScanner.builder().detectors("test-digits").build();
    List<String> batch = List.of("commande 48213377", "rien à signaler", "tickets 552301 et 552302");
    List<List<Finding>> results = scanner.scanAll(batch);
    assertEquals(3, results.size());
    for (int i = 0; i < batch.size(); i++) {
      assertEquals(scanner.scan(batch.get(i)), results.get(i));
    }
    assertEquals(2, results.get(2).size());
  }

  @Test
  void emptyTextHasNoFindings() {
    PiiScanner scanner = PiiScanner.builder().detectors("test-digits").deny(PiiType.PERSON, "Okafor").build();
    assertEquals(List.of(), scanner.scan(""));
    assertEquals("", scanner.redact(""));
  }

  @Test
  void redactUsesTypeTagsByDefaultAndKeepsEverythingElse() {
    String text = "Client : commande 48213377 🙂, mail jean.dupont@exemple.fr — merci !";
    PiiScanner scanner = PiiScanner.builder().detectors("test-digits")
        .detector(TestDetectors.emailLike("test.email", 0.9)).build();
    assertEquals("Client : commande <DIGIT_RUN> 🙂, mail <EMAIL_ADDRESS> — merci !", scanner.redact(text));
    assertEquals(scanner.redact(text), scanner.redact(text, Operators.typeTag()));
    assertEquals("Client : commande 4******* 🙂, mail j***.******@*******.fr — merci !",
        scanner.redact(text, "fr", Operators.mask()));
  }
}
