package dev.blindspot.detect.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.Finding;
import dev.blindspot.PiiScanner;
import dev.blindspot.PiiType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Precision of the whole {@code nlp} family on text without names: German and Spanish lines, which
 * no shipped model reads (German capitalises every noun), and products, brands, e-mail addresses
 * and codes in English and French; and the strong signals that still find names there.
 */
class PersonPrecisionTest {

  private static final PiiScanner SCANNER = PiiScanner.builder().detectors("nlp").build();

  /** A line of {@code hard-negatives.txt} and its language. */
  record Line(String language, String text) {
    @Override
    public String toString() {
      return language + " | " + text;
    }
  }

  static Stream<Line> hardNegatives() {
    List<Line> lines = new ArrayList<>();
    try (InputStream in = PersonPrecisionTest.class.getResourceAsStream("hard-negatives.txt")) {
      String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : content.split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(new Line(line.substring(0, 2), line.substring(5)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines.stream();
  }

  private static List<String> found(String text, String language) {
    return SCANNER.scan(text, language).stream()
        .filter(f -> f.type().equals(PiiType.PERSON))
        .map(f -> f.text(text) + " " + f.explanation().recognizer())
        .collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hardNegatives")
  void findsNoPersonInHardNegatives(Line line) {
    assertEquals(List.of(), found(line.text(), line.language()), "language given");
    assertEquals(List.of(), found(line.text(), "und"), "language guessed");
  }

  @Test
  void hardNegativesCoverEveryLanguage() {
    for (String language : List.of("en", "fr", "de", "es")) {
      assertTrue(hardNegatives().filter(l -> l.language().equals(language)).count() >= 8,
          language);
    }
  }

  @Test
  void strongSignalsFindNamesWhereNoModelReads() {
    assertEquals(List.of("Frank Weber gazetteer"),
        found("Kunde: Ich habe gestern mit Frank Weber aus Ihrer Technik telefoniert.", "de"));
    assertEquals(List.of("Zimmermann rule:honorific"),
        found("Support: Danke, Herr Zimmermann, das Paket ist unterwegs.", "de"));
    assertEquals(List.of("Lucía Fernández gazetteer"),
        found("Cliente: La cuenta la abrió Lucía Fernández en 2019.", "es"));
    assertEquals(List.of("Andrés Molina rule:announcing-phrase"),
        found("Cliente: Me llamo Andrés Molina, tengo un problema con el pedido.", "es"));
  }

  @Test
  void aKnownGivenNameAfterAGreetingOrARoleIsFoundWhereNoModelReads() {
    assertEquals(List.of("Ingrid gazetteer"),
        found("Support: Hallo Ingrid, wie kann ich helfen?", "de"));
    assertEquals(List.of("Pablo gazetteer"), found("Cliente: ¡Gracias Pablo, ya funciona!", "es"));
    assertEquals(List.of("Anna gazetteer"),
        found("Support: Danke Anna. Das Rücksendeetikett ist unterwegs.", "de"),
        "a name ends at the end of its sentence");
    assertEquals(List.of("Nadia rule:role-noun"),
        found("Cliente: Mi mujer Nadia abrió la cuenta el año pasado.", "es"));
    assertEquals(List.of(), found("Support: Hallo Team, danke für die schnelle Antwort.", "de"));
    assertEquals(List.of(), found("Kunde: Mein Sohn Zwiebelkuchen isst gern.", "de"),
        "a role word before a word the gazetteer does not know");
  }

  @Test
  void phrasesOfAccountHoldersAnnounceNames() {
    assertEquals(List.of("Íñigo Ruiz rule:announcing-phrase"),
        found("Agente: Veo un pedido a nombre de Íñigo Ruiz en Zaragoza.", "es"));
    assertEquals(List.of("Mareike Zimmermann rule:announcing-phrase"),
        found("Kunde: Kontoinhaber ist Mareike Zimmermann, seit 2019.", "de"));
  }

  @Test
  void aNameBesideAProductIsStillFound() {
    assertEquals(List.of("Priya Raman model:opennlp-en-person"),
        found("Customer: My AquaPure jug was ordered by Priya Raman last week.", "en"));
    assertEquals(List.of("Gwenaëlle Tanguy model:opennlp-fr-person"),
        found("Client : Mon casque a été commandé par Gwenaëlle Tanguy.", "fr"));
  }

  @Test
  void eachLineOfAnUndeterminedTextIsReadInItsOwnLanguage() {
    String text = "Kunde: Der Akku hält nur noch zwei Stunden, obwohl das Handy neu ist.\n"
        + "Agent: I've asked my colleague Dario Esposito to call you back.";
    List<Finding> findings = SCANNER.scan(text, "und");
    assertEquals(List.of("Dario Esposito model:opennlp-en-person"), findings.stream()
        .map(f -> f.text(text) + " " + f.explanation().recognizer())
        .collect(Collectors.toList()));
  }

  @Test
  void aLineWithoutFunctionWordsGivesNoGuess() {
    String codes = "Ticket #4471 \u2014 12:30";
    assertNull(LanguageGuess.guess(codes, 0, codes.length()));
    String german = "Kunde: Die Taste ist seit gestern kaputt.";
    assertEquals("de", LanguageGuess.guess(german, 0, german.length()));
  }
}
