package dev.blindspot.detect.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.Finding;
import dev.blindspot.PiiScanner;
import dev.blindspot.PiiType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hybrid person detector: signals, explanations, traps, languages and supplied models. */
class PersonDetectorTest {

  private static final PiiScanner SCANNER = PiiScanner.builder().detectors("nlp").build();

  /** A small model trained here, on SimpleTokenizer tokens, as a user would supply one. */
  private static byte[] userModel;

  @BeforeAll
  static void trainASmallModel() throws IOException {
    List<NameSample> samples = new ArrayList<>();
    TrainingCorpus corpus = TrainingCorpus.load("en", TrainingCorpus.Part.TRAIN, 7L);
    for (TrainingCorpus.Sentence s : corpus.generate(1_500, 0.3, new Random(7L))) {
      NameSample sample = TrainingCorpus.toSample(s, SimpleTokenizer.INSTANCE);
      if (sample != null) {
        samples.add(sample);
      }
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
    params.put(TrainingParameters.ITERATIONS_PARAM, 30);
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    TokenNameFinderModel model = NameFinderME.train("de", null,
        ObjectStreamUtils.createObjectStream(samples), params, new TokenNameFinderFactory());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.serialize(bytes);
    userModel = bytes.toByteArray();
  }

  private static List<String> found(PiiScanner scanner, String text, String language) {
    return scanner.scan(text, language).stream()
        .map(f -> f.text(text) + " " + f.explanation().recognizer()
            + f.explanation().validations())
        .collect(Collectors.toList());
  }

  private static List<String> spans(String text, String language) {
    return SCANNER.scan(text, language).stream()
        .filter(f -> f.type().equals(PiiType.PERSON))
        .map(f -> f.text(text))
        .collect(Collectors.toList());
  }

  @Test
  void explanationsNameEverySignalThatFired() {
    String text = "Agent: I've asked my colleague Dario Esposito to call you.\n"
        + "Customer: Thanks. My name is Chidi Okafor by the way.";
    List<Finding> findings = SCANNER.scan(text, "en");
    assertEquals(List.of("Dario Esposito", "Chidi Okafor"),
        findings.stream().map(f -> f.text(text)).collect(Collectors.toList()));
    assertEquals("model:opennlp-en-person", findings.get(0).explanation().recognizer());
    assertTrue(findings.get(0).explanation().validations().stream()
        .anyMatch(v -> v.startsWith("gazetteer:")), findings.get(0)::toString);
    assertEquals("rule:announcing-phrase", findings.get(1).explanation().recognizer());
    assertTrue(findings.get(1).explanation().validations().contains("model:opennlp-en-person"));
    assertTrue(findings.get(1).score() > 0.85, "rule, model and gazetteer agree");
  }

  @Test
  void frenchTextsUseTheFrenchModel() {
    String text = "Conseiller : Je transmets votre dossier à Gwenaëlle Tanguy, à Brest.";
    List<String> found = found(SCANNER, text, "fr");
    assertEquals(1, found.size(), found::toString);
    assertTrue(found.get(0).startsWith("Gwenaëlle Tanguy model:opennlp-fr-person"), found::toString);
  }

  @Test
  void aNameRepeatedBareIsFoundAgain() {
    String text = "My name is Zorba Qwillen.\nAgent: Is Qwillen your family name? Thanks zorba";
    List<Finding> findings = SCANNER.scan(text, "en");
    assertEquals(List.of("Zorba Qwillen", "Qwillen"),
        findings.stream().map(f -> f.text(text)).collect(Collectors.toList()));
    assertTrue(findings.get(1).explanation().validations().contains("rule:repeated-name"),
        findings.get(1)::toString);
    assertTrue(findings.get(1).score() > 0.8, findings.get(1)::toString);
    String lower = "my name is zorba qwillen\nok zorba, and your order number?";
    assertEquals(List.of("zorba qwillen", "zorba"), SCANNER.scan(lower, "en").stream()
        .map(f -> f.text(lower)).collect(Collectors.toList()));
  }

  @Test
  void trapsAreNotPersons() {
    for (String text : List.of(
        "I bought Dr. Martens boots from Amazon on Friday and they arrived in March.",
        "The parcel went to Florence instead of Victoria Station.",
        "Please send it to Hoffmann Bakery, 12 Arden Road, Leeds.",
        "My Samsung Galaxy and my Apple Watch both broke in May.",
        "Nous avons livré le colis à Saint-Étienne mardi, pas à Valence.",
        "i cant log in since monday plz help",
        "Thank you for contacting Netflix Support. Have a great Sunday!")) {
      assertEquals(List.of(), spans(text, "und"), text);
    }
  }

  @Test
  void aRoleNounIntroducesAName() {
    assertEquals(List.of("Kwadwo"), spans("The driver Kwadwo marked it delivered.", "en"));
    assertEquals(List.of("Lilou"), spans("Ma nounou doit récupérer ma fille Lilou.", "fr"));
  }

  @Test
  void theLanguageIsGuessedWhenUndetermined() {
    assertEquals("fr", LanguageGuess.guess("Bonjour, je voudrais savoir où est mon colis, merci."));
    assertEquals("en", LanguageGuess.guess("Hello, where is my parcel? Thanks."));
    assertEquals("de", LanguageGuess.guess("Ich habe eine Frage zu meiner Rechnung, danke."));
    assertEquals("es", LanguageGuess.guess("Hola, tengo una pregunta sobre mi factura, gracias."));
    assertEquals("en", LanguageGuess.guess("12345 !!"));
    PersonDetector detector = PersonDetector.builder().build();
    assertEquals("fr", detector.modelLanguage("und", "Bonjour, c'est pour ma facture."));
    assertNull(detector.modelLanguage("de", "Ich habe eine Frage."),
        "no German model: strong signals only");
    assertNull(detector.modelLanguage("und", "Hola, tengo una pregunta."));
  }

  @Test
  void aSuppliedModelReadsItsLanguage() throws IOException {
    PersonDetector detector = PersonDetector.builder()
        .shippedModels(false)
        .model("de", new ByteArrayInputStream(userModel))
        .build();
    PiiScanner scanner = PiiScanner.builder().noProviders().detector(detector).build();
    String text = "I spoke to Kwabena Asante on Monday and he promised a refund.";
    String all = String.join(" | ", found(scanner, text, "de"));
    assertTrue(all.contains("model:user-de-1"), all);
    assertFalse(all.contains("opennlp-en-person"), all);
    assertNull(detector.modelLanguage("fr", "Bonjour"), "no French model any more");
    assertTrue(detector.toString().contains("user-de-1"));
  }

  @Test
  void theProviderLoadsModelsNamedInItsConfiguration(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("person-de.bin");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(userModel);
    }
    PiiScanner scanner = PiiScanner.builder().detectors("nlp")
        .configure("nlp", "person.model.de", file.toString())
        .configure("nlp", "person.shipped-models", "false")
        .build();
    String text = "I spoke to Kwabena Asante on Monday and he promised a refund.";
    assertTrue(String.join(" ", found(scanner, text, "de")).contains("model:user-de-1"));

    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> PiiScanner.builder().detectors("nlp")
            .configure("nlp", "person.model.fr", "classpath:no/such/model.bin").build());
    assertTrue(missing.getMessage().contains("person.model.fr"), missing.getMessage());
    Path garbage = dir.resolve("garbage.bin");
    Files.writeString(garbage, "not a model");
    IllegalArgumentException broken = assertThrows(IllegalArgumentException.class,
        () -> PiiScanner.builder().detectors("nlp")
            .configure("nlp", "person.model.es", garbage.toString()).build());
    assertTrue(broken.getMessage().contains("person.model.es"), broken.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> PiiScanner.builder().detectors("nlp")
            .configure("nlp", "person.model.xx", "x").build());
  }

  @Test
  void builderRejectsAModelWithoutLanguage() {
    assertThrows(IllegalArgumentException.class,
        () -> PersonDetector.builder().model("und", (TokenNameFinderModel) null));
    assertThrows(NullPointerException.class,
        () -> PersonDetector.builder().model("de", (TokenNameFinderModel) null));
  }

  @Test
  void offsetsAreExactAcrossLineBreaksAndSurrogates() {
    String text = "\uD83D\uDE00 Agent: hello\r\nCustomer: my name is Ngozi Eze \uD83D\uDE00\r\n"
        + "Agent: thanks Ngozi";
    List<Finding> findings = SCANNER.scan(text, "en");
    assertEquals(List.of("Ngozi Eze", "Ngozi"),
        findings.stream().map(f -> f.text(text)).collect(Collectors.toList()));
    assertEquals(text.indexOf("Ngozi Eze"), findings.get(0).start());
  }
}
