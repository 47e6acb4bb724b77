package dev.blindspot.detect.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.Finding;
import dev.blindspot.PiiScanner;
import dev.blindspot.PiiType;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Cues, scores, explanations and offsets of the location and organization detectors. */
class EntityDetectorsTest {

  private static final PiiScanner SCANNER = EntityEvaluationTest.SCANNER;

  private static Finding only(String text) {
    List<Finding> findings = SCANNER.scan(text);
    assertEquals(1, findings.size(), () -> text + " " + findings);
    return findings.get(0);
  }

  @Test
  void aStreetAddressNamesItsCuesAndScoresHigherWithItsCity() {
    String text = "Merci d'envoyer le colis au 12 rue de la Paix, 75002 Paris.";
    Finding full = only(text);
    assertEquals("12 rue de la Paix, 75002 Paris", full.text(text));
    assertEquals(PiiType.LOCATION, full.type());
    assertEquals(LocationDetector.ID, full.detectorId());
    assertEquals(LocationDetector.STREET_RULE, full.explanation().recognizer());
    assertEquals(List.of("house-number", "postal-code", "city"), full.explanation().validations());
    assertEquals(LocationDetector.FULL_ADDRESS_SCORE, full.score());
    String alone = "It went to 221B Baker Street yesterday.";
    Finding street = only(alone);
    assertEquals("221B Baker Street", street.text(alone));
    assertEquals(LocationDetector.ADDRESS_SCORE, street.score());
  }

  @Test
  void anAnnouncedAddressScoresHighest() {
    String text = "my address is 14 Orchard Close, Bristol BS7 8QT";
    Finding f = only(text);
    assertEquals("14 Orchard Close, Bristol BS7 8QT", f.text(text));
    assertEquals(LocationDetector.ANNOUNCED_ADDRESS_SCORE, f.score());
    assertTrue(f.explanation().validations().contains("phrase:my-address-is"), f::toString);
  }

  @Test
  void germanAndSpanishStreetsPutTheNumberAfterTheName() {
    String de = "Lieferung an Hauptstraße 5, 10115 Berlin bitte";
    assertEquals("Hauptstraße 5, 10115 Berlin", only(de).text(de));
    String es = "Envíenlo a Paseo de Gracia 113, 1º A, 08008 Barcelona, por favor.";
    assertEquals("Paseo de Gracia 113, 1º A, 08008 Barcelona", only(es).text(es));
  }

  @Test
  void aPlaceCountsOnlyAfterAResidencePhrase() {
    String text = "I live in Lyon but the Paris office never answers.";
    Finding f = only(text);
    assertEquals("Lyon", f.text(text));
    assertEquals(LocationDetector.PHRASE_RULE, f.explanation().recognizer());
    assertEquals(List.of("phrase:i-live-in", "known-place"), f.explanation().validations());
    assertEquals(LocationDetector.KNOWN_PLACE_SCORE, f.score());
    String unknown = "j'habite à Plougastel depuis mai";
    Finding village = only(unknown);
    assertEquals("Plougastel", village.text(unknown));
    assertEquals(LocationDetector.PLACE_SCORE, village.score());
    assertEquals(List.of(), SCANNER.scan("I'm in Plougastel, is there a shop?"));
    assertEquals(List.of(), SCANNER.scan("Paris Saint-Germain won 3 Nil at home"));
  }

  @Test
  void postalCodesNeedAKnownCityOrTheBritishShape() {
    String text = "Livraison 75002 Paris ou SW1A 1AA";
    assertEquals(
        List.of("75002 Paris", "SW1A 1AA"),
        SCANNER.scan(text).stream().map(f -> f.text(text)).collect(Collectors.toList()));
    assertEquals(List.of(), SCANNER.scan("Ticket 75002 Priority was closed"));
  }

  @Test
  void aLegalFormMakesACompany() {
    String text = "The invoice goes to Redwood Logistics Inc., we pay monthly.";
    Finding f = only(text);
    assertEquals("Redwood Logistics Inc.", f.text(text));
    assertEquals(PiiType.ORGANIZATION, f.type());
    assertEquals(OrganizationDetector.ID, f.detectorId());
    assertEquals(OrganizationDetector.LEGAL_RULE, f.explanation().recognizer());
    assertEquals(OrganizationDetector.LEGAL_SCORE, f.score());
    String end = "Contrat signé avec SARL Dupont Frères.";
    assertEquals("SARL Dupont Frères", only(end).text(end));
    String dotted = "La factura es para Talleres Navarro S.L. desde 2010";
    assertEquals("Talleres Navarro S.L.", only(dotted).text(dotted));
    assertEquals(List.of(), SCANNER.scan("Ship it to Denver, CO 80263 before Friday"));
    assertEquals(List.of(), SCANNER.scan("I bought the Abbey Road LP and sa pochette"));
  }

  @Test
  void anEmployerPhraseNamesItsCue() {
    String text = "Je travaille chez Garage Fontaine depuis mars.";
    Finding f = only(text);
    assertEquals("Garage Fontaine", f.text(text));
    assertEquals(OrganizationDetector.PHRASE_RULE, f.explanation().recognizer());
    assertEquals(
        List.of("phrase:je-travaille-chez", "business-noun"), f.explanation().validations());
    assertEquals(OrganizationDetector.HEAD_SCORE, f.score());
    String plain = "I work for Northwind, in the billing team.";
    assertEquals(OrganizationDetector.PHRASE_SCORE, only(plain).score());
    assertEquals(List.of(), SCANNER.scan("I'm writing on behalf of Sarah Johnson today."));
    assertEquals(List.of(), SCANNER.scan("I work at home and I work for myself."));
  }

  @Test
  void offsetsAreUtf16IndexesOfTheOriginalText() {
    String text = "😀👍 I live in Saint-Étienne 😀 and work at Müller GmbH";
    List<Finding> findings = SCANNER.scan(text);
    assertEquals(
        List.of("Saint-Étienne", "Müller GmbH"),
        findings.stream().map(f -> f.text(text)).collect(Collectors.toList()));
    assertEquals(text.indexOf("Saint"), findings.get(0).start());
    assertEquals(text.length(), findings.get(1).end());
  }

  @Test
  void aLongTextWithManyCuesIsScannedAndNoWordLeaksIntoToString() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      text.append("12 rue 3 Street I live in SARL Ltd & ");
    }
    SCANNER.scan(text);
    // Long runs of connectors after a street type or before a legal form: each cue reads a
    // bounded window, so this takes linear time (quadratic would be about 10^9 word lookups).
    String connectors = "de ".repeat(40_000);
    assertEquals(List.of(), SCANNER.scan("12 rue " + connectors + "x"));
    String employer = "je travaille chez Acme " + connectors + "x";
    assertEquals(
        List.of("Acme"),
        SCANNER.scan(employer).stream().map(f -> f.text(employer)).collect(Collectors.toList()));
    assertEquals(List.of(), SCANNER.scan("Acme " + connectors + "Ltd"));
    String names = new LocationDetector(EntityLexicon.standard()) + " "
        + new OrganizationDetector(EntityLexicon.standard(), Gazetteer.standard()) + " "
        + EntityLexicon.standard();
    assertFalse(names.toLowerCase(java.util.Locale.ROOT).contains("street"), names);
  }
}
