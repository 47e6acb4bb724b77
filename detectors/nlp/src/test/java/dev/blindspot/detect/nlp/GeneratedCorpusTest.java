package dev.blindspot.detect.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Seeded chats built from templates and names of many cultures, whose expected findings are known
 * by construction: checks exact offsets where names meet every kind of context.
 */
class GeneratedCorpusTest {

  private static final String[] GIVEN = {
    "Amara", "Chidi", "Wanjiru", "Thabo", "Fatou", "Kwabena", "Yusuf", "Layla", "Hamza", "Noor",
    "Mei", "Hiroshi", "Jisoo", "Arjun", "Ananya", "Thanh", "Camila", "Mateo", "Valeria", "Joaquín",
    "Élodie", "Grégoire", "Søren", "Małgorzata", "Dmitri", "Ioana", "Siobhán", "Björn", "Zeynep",
    "Anh-Thu", "Marie-Claire", "Bartholomew"
  };
  private static final String[] FAMILY = {
    "Okonkwo", "Mwangi", "Nkosi", "Diop", "Asante", "Al-Farsi", "Haddad", "Rahman", "Takahashi",
    "Park", "Iyer", "Tran", "Herrera", "Castañeda", "Lefèvre", "Østergaard", "Wiśniewska",
    "Ivanov", "Popescu", "O'Connor", "Kaya", "da Silva", "van Dijk", "Ben Youssef", "d'Aubigné"
  };

  /** {@code {}} is the name; the flag says whether the template also takes it in lower case. */
  private record Template(String text, boolean lowerCase) {}

  private static final Template[] TEMPLATES = {
    new Template("Hi, my name is {} and I need help with my order.", true),
    new Template("my name is {}", true),
    new Template("Hello, I'm {}, I was charged twice.", false),
    new Template("I am {} and my parcel is late.", false),
    new Template("Please forward this to Dr. {}.", false),
    new Template("Mrs {} called about the refund.", false),
    new Template("{} here, following up on ticket 4471.", false),
    new Template("This is {} speaking, how can I help?", true),
    new Template("Bonjour, je m'appelle {} et j'ai un souci avec ma facture.", true),
    new Template("je m'appelle {}", true),
    new Template("Je suis {}, cliente depuis trois ans.", false),
    new Template("C'est {} à l'appareil.", true),
    new Template("Bonjour, {} à l'appareil !", false),
    new Template("Merci de rappeler Mme {} demain matin.", false),
    new Template("Mon nom est {}, avec un accent.", true),
    new Template("Hola, me llamo {} y necesito ayuda.", true),
    new Template("Mein Name ist {} und ich habe eine Frage.", true),
  };

  private static final String[] FILLER = {
    "Thanks for waiting.", "Order 5521 was shipped on Monday.", "Merci pour votre patience.",
    "Can you check the delivery address?", "Le colis est bloqué au dépôt.", "OK.",
    "I am calling about my invoice.", "Je suis désolé pour le retard."
  };

  @Test
  void findsEveryGeneratedNameAtItsExactOffsets() {
    Random random = new Random(424242L);
    for (int chat = 0; chat < 400; chat++) {
      StringBuilder text = new StringBuilder();
      List<String> expected = new ArrayList<>();
      int lines = 1 + random.nextInt(6);
      for (int l = 0; l < lines; l++) {
        if (l > 0) {
          text.append('\n');
        }
        if (random.nextInt(3) == 0) {
          text.append(FILLER[random.nextInt(FILLER.length)]);
          continue;
        }
        Template template = TEMPLATES[random.nextInt(TEMPLATES.length)];
        String name = GIVEN[random.nextInt(GIVEN.length)];
        if (random.nextInt(3) > 0) {
          name += " " + FAMILY[random.nextInt(FAMILY.length)];
        }
        boolean lower = template.lowerCase() && random.nextInt(3) == 0;
        if (lower) {
          name = name.toLowerCase(Locale.ROOT);
        }
        int at = text.length() + template.text().indexOf("{}");
        text.append(template.text().replace("{}", name));
        expected.add(at + ".." + (at + name.length()) + " " + (lower ? 0.7 : 0.85));
      }
      String input = text.toString();
      List<String> found =
          RecordingSink.detect(input).stream()
              .map(f -> f.start() + ".." + f.end() + " " + f.score())
              .collect(Collectors.toList());
      assertEquals(expected, found, () -> "chat " + input.replace('\n', '|'));
    }
  }
}
