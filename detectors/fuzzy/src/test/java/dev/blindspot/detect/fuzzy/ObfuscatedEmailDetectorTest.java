package dev.blindspot.detect.fuzzy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Realistic support-chat lines in English and French: obfuscated addresses are found with the
 * exact offsets of the whole obfuscated span, scored by how ambiguous the obfuscation is, and
 * ordinary sentences give nothing.
 */
class ObfuscatedEmailDetectorTest {

  /** Removes the markers ⟦ ⟧ and renders the spans they enclose as "start..end=text". */
  private static List<String> expected(String marked) {
    List<String> out = new ArrayList<>();
    String text = plain(marked);
    int removed = 0;
    int open = -1;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == '⟦') {
        open = i - removed;
        removed++;
      } else if (c == '⟧') {
        int end = i - removed;
        out.add(open + ".." + end + "=" + text.substring(open, end));
        removed++;
      }
    }
    return out;
  }

  private static String plain(String marked) {
    return marked.replace("⟦", "").replace("⟧", "");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Mail me at ⟦john.smith @outlook.com⟧ please                 | 0.85 | spaces-around-at
          my address is ⟦john . smith @ outlook . com⟧                | 0.85 | spaces-around-dot spaces-around-at
          new one: ⟦lucy.grant@ gmail.com⟧ (old one is dead)          | 0.85 | spaces-around-at
          Contact ⟦john [at] outlook [dot] com⟧ for the invoice       | 0.8  | bracketed-at-dot
          ⟦john(at)outlook(dot)com⟧                                   | 0.8  | bracketed-at-dot
          you can write to ⟦sarah_k {at} proton {dot} me⟧ today       | 0.8  | bracketed-at-dot
          ping ⟦dev.team [@] acme-corp [.] io⟧ if the build breaks    | 0.8  | bracketed-at-dot
          Mon adresse : ⟦jean.dupont arobase orange point fr⟧, merci  | 0.7  | at-dot-words
          Écrivez à ⟦marie (arobase) free (point) fr⟧ svp             | 0.8  | bracketed-at-dot
          c'est ⟦paul.martin arobase laposte.net⟧ depuis lundi        | 0.8  | at-dot-words
          reach me at ⟦john at outlook dot com⟧                       | 0.7  | at-dot-words
          email ⟦JOHN AT OUTLOOK DOT COM⟧ in capitals                 | 0.7  | at-dot-words
          send it to ⟦j.doe at example.co.uk⟧.                        | 0.7  | at-dot-words
          My email is ⟦anna.k@ yahoo . fr⟧.                           | 0.85 | spaces-around-at spaces-around-dot
          Réponse à ⟦françois.lefèvre @ société . fr⟧ stp             | 0.85 | spaces-around-at spaces-around-dot
          addr ⟦k.dubois42 @outlook . com⟧ and ⟦amy [at] mail [dot] com⟧ | 0.85 | spaces-around-at spaces-around-dot
          Le support : ⟦support arobase boutique point fr⟧.           | 0.7  | at-dot-words
          write ⟦tom.h [at] gmail.com⟧ (not tom.h@work)               | 0.8  | bracketed-at-dot
          ⟦sophie.b@laposte . net⟧, c'est ma nouvelle adresse          | 0.85 | spaces-around-dot
          ⟦иван @ почта.рф⟧ wrote from Moscow                         | 0.85 | spaces-around-at
          """)
  void findsObfuscatedAddressesWithExactOffsets(String marked, double score, String techniques) {
    String text = plain(marked.strip());
    RecordingSink sink = Detect.run(text);
    assertEquals(expected(marked.strip()), sink.describe(text));
    RecordingSink.Report first = sink.reports.get(0);
    assertEquals(score, first.score(), 1e-9);
    assertEquals("pattern:email", first.why().recognizer());
    for (String technique : techniques.split(" ")) {
      assertTrue(first.why().normalizations().contains(technique), first.why().toString());
    }
    assertTrue(first.why().normalizations().contains(ObfuscatedEmailView.STEP));
    assertTrue(first.why().validations().contains("known-tld"));
    for (RecordingSink.Report r : sink.reports) {
      assertEquals(Detect.deobfuscate(text.substring(r.start(), r.end())), r.viewValue());
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          mail ⟦ｊｏｈｎ．ｓｍｉｔｈ＠ｏｕｔｌｏｏｋ．ｃｏｍ⟧ please              | fullwidth-folded unicode-folded
          écrivez à ⟦ma\u00adrie.du\u200bpont@orange.fr⟧ svp               | invisible-chars-removed
          write to ⟦john&#64;outlook&#46;com⟧ now                           | html-entities-decoded
          write to ⟦john&commat;outlook&period;com⟧ now                     | html-entities-decoded
          link mailto:⟦john%40outlook.com⟧ ok                               | url-decoded
          my mail ⟦j\u043ehn.smith@gm\u0430il.c\u043em⟧                    | homoglyphs-folded unicode-folded
          Mail: ⟦john.smith@\\noutlook.com⟧                                  | line-break-joined spaces-around-at
          courriel : ⟦jean.dupont@orange.\\nfr⟧ merci                        | line-break-joined spaces-around-dot
          Meine Adresse: ⟦hans.mueller Klammeraffe web punkt de⟧             | at-dot-words
          schreib an ⟦hans ät gmx punkt de⟧                                  | at-dot-words
          escríbeme a ⟦maria.lopez arroba correo punto es⟧                   | at-dot-words
          scrivimi a ⟦giulia chiocciola libero punto it⟧                     | at-dot-words
          mail ⟦jan apenstaartje ziggo punt nl⟧                              | at-dot-words
          maila ⟦sven snabel-a telia punkt se⟧                               | at-dot-words
          пишите ⟦ivan.petrov собака mail точка ru⟧                          | at-dot-words
          e-mail: ⟦joao [arroba] uol [ponto] com [ponto] br⟧                 | bracketed-at-dot
          mail ⟦ｊ\u200bｏｈｎ＠ｇｍａｉｌ．ｃｏｍ⟧ now                            | invisible-chars-removed fullwidth-folded unicode-folded
          mail ⟦jo&#8203;hn&#64;gmail.com⟧ now                              | html-entities-decoded invisible-chars-removed
          mail ⟦john %5Bat%5D gmail %5Bdot%5D com⟧ now                      | url-decoded bracketed-at-dot email-obfuscation-undone
          """)
  void findsAddressesDisguisedByEncodingsUnicodeAndOtherLanguages(String marked, String techniques) {
    // Soft hyphen, zero-width space and Cyrillic letters are Unicode escapes of the source above.
    String unescaped = marked.strip().replace("\\n", "\n");
    String text = plain(unescaped);
    RecordingSink sink = Detect.run(text);
    assertEquals(expected(unescaped), sink.describe(text));
    RecordingSink.Report r = sink.reports.get(0);
    assertTrue(r.score() >= 0.5, r.toString());
    for (String technique : techniques.split(" ")) {
      assertTrue(r.why().normalizations().contains(technique), r.why().toString());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "twenty four seven",
        "a b c 1 2 3",
        "Ma ch\u00e8re, j'arrive \u00e0 10 h. Point.",
        "I'm at\nhome. Dot your i's",
        "собака на улице. Точка.",
        "Fish &amp; Chips at the pub &#64; noon",
        "Discount 100%25 at shop dot",
        "I looked at the screen dot by dot",
        "meet at 10 dot 30",
        "reply at your convenience. Com port 3",
        "@mention",
        "see you at home",
        "Thanks @mention for the quick reply",
        "Merci @jean.dupont pour ton aide",
        "cc @marie.curie et @paul.langevin",
        "We met at noon. Dot the i's and cross the t's.",
        "Rendez-vous à 10 h point final",
        "Let's meet at the office at 5 . See you",
        "The price is 3 @ 4.99 each",
        "I'm @ home . Call me",
        "Il faut être au point à 9 h",
        "at at at dot dot dot",
        "Look at this: v2 . 3 is out",
        "mail me at john.smith@outlook.com",
        "Voir logo @ 2x.png dans le dossier",
        "john [at] outlook [dot] example",
        "[at] [dot] [@] (.)",
        "she is at the bank . She will call",
      })
  void ordinarySentencesGiveNothing(String text) {
    assertEquals(List.of(), Detect.run(text).describe(text));
  }

  @Test
  void bareWordsNeedPlausibleSurroundingsToScoreAboveTheThreshold() {
    // Plausible: a name, a known domain.
    assertEquals(0.7, Detect.run("reach me at john at outlook dot com").reports.get(0).score());
    // A bare "at" with a clean domain: a mailbox-like local part is plausible, a word is not.
    assertEquals(0.7, Detect.run("it is j.doe at example.com").reports.get(0).score());
    RecordingSink prose = Detect.run("Now available at amazon.com and in stores");
    assertEquals(List.of("4..27=available at amazon.com"), prose.describe("Now available at amazon.com and in stores"));
    assertEquals(ObfuscatedEmailDetector.IMPLAUSIBLE_SCORE, prose.reports.get(0).score());
    assertFalse(prose.reports.get(0).why().validations().contains("plausible-words"));
    // Everyday words around the at.
    assertEquals(ObfuscatedEmailDetector.IMPLAUSIBLE_SCORE,
        Detect.run("I work at google dot com").reports.get(0).score());
    assertEquals(ObfuscatedEmailDetector.IMPLAUSIBLE_SCORE,
        Detect.run("Buy @ store.com").reports.get(0).score());
    assertEquals(ObfuscatedEmailDetector.IMPLAUSIBLE_SCORE,
        Detect.run("visit us at www dot example dot com").reports.get(0).score());
  }

  @Test
  void aWebAddressReadOutIsNoMailbox() {
    // A path after the domain makes it a web page: "profile" is no mailbox.
    assertEquals(ObfuscatedEmailDetector.IMPLAUSIBLE_SCORE,
        Detect.run("You can see my profile at giuliaricci dot wordpress dot com slash contact")
            .reports.get(0).score());
    assertEquals(ObfuscatedEmailDetector.IMPLAUSIBLE_SCORE,
        Detect.run("Mon profil : photos arobase famille point fr/album").reports.get(0).score());
    // Without a path, the same words are an address.
    assertEquals(0.7, Detect.run("Write to giuliaricci at wordpress dot com, thanks")
        .reports.get(0).score());
    assertEquals(0.7, Detect.run("Écrivez à jean.dupont arobase orange point fr svp")
        .reports.get(0).score());
  }

  @Test
  void spelledOutWordsNeedARealTopLevelDomain() {
    assertEquals(List.of(), Detect.run("john at outlook dot comm").describe("john at outlook dot comm"));
    assertEquals(List.of(), Detect.run("ask @ lucas.martin").describe("ask @ lucas.martin"));
    String punycode = "info @ bücher.xn--p1ai";
    assertEquals(List.of("0..22=" + punycode), Detect.run(punycode).describe(punycode));
  }

  @Test
  void theStrongerAtWinsWhenTwoCompeteForTheSameWord() {
    String text = "Mail me at john.smith @outlook.com please";
    assertEquals(List.of("11..34=john.smith @outlook.com"), Detect.run(text).describe(text));
    String tie = "write me at john.smith at outlook.com";
    assertEquals(List.of("12..37=john.smith at outlook.com"), Detect.run(tie).describe(tie));
  }

  @Test
  void addressesWrittenInClearAreLeftToTheRegexDetector() {
    assertTrue(Detect.run("mail john.smith@outlook.com now").reports.isEmpty());
    // An obfuscated address next to a clean one: only the obfuscated one is reported here.
    String text = "a.b@example.com or john [at] outlook [dot] com";
    assertEquals(List.of("19..46=john [at] outlook [dot] com"), Detect.run(text).describe(text));
  }

  @Test
  void theViewIsOnlyBuiltWhenThePreFilterSeesAChance() {
    assertFalse(ObfuscatedEmailView.mayApply("Hello, my order 1234 never arrived."));
    assertFalse(ObfuscatedEmailView.mayApply("mail john.smith@outlook.com now"));
    assertFalse(ObfuscatedEmailView.mayApply("see you at home"));
    assertTrue(ObfuscatedEmailView.mayApply("john.smith @outlook.com"));
    assertTrue(ObfuscatedEmailView.mayApply("john [at] outlook"));
    assertTrue(ObfuscatedEmailView.mayApply("jean arobase orange point fr"));
    assertTrue(ObfuscatedEmailView.mayApply("john . smith@outlook.com"));
    assertTrue(ObfuscatedEmailView.mayApply("john@outlook [dot] com"));
  }

  @Test
  void explanationsNameRulesNotText() {
    RecordingSink sink = Detect.run("john [at] outlook [dot] com");
    String why = sink.reports.get(0).why().toString();
    assertFalse(why.contains("john"), why);
    assertFalse(why.contains("outlook"), why);
    assertFalse(new ObfuscatedEmailDetector().toString().contains("@"));
  }
}
