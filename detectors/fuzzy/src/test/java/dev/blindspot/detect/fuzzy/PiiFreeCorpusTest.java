package dev.blindspot.detect.fuzzy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.blindspot.Finding;
import dev.blindspot.PiiScanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fuzzy family raises no false alarm on ordinary support-chat lines without personal data, in
 * English and French: seeded lines full of the things that look like obfuscated values without
 * being any (order numbers, prices, dates and times, versions, quantities in words, "at" and "dot"
 * in prose, HTML and URL fragments, typographic dashes and spaces).
 */
class PiiFreeCorpusTest {

  private static final PiiScanner FUZZY =
      PiiScanner.builder().detectors("fuzzy").languages("en", "fr").build();

  private static final String[] EN = {
    "Hi, I ordered %ITEM on %DATE and it still has not arrived.",
    "My order %ORDER was shipped at %TIME, tracking says it is at the depot.",
    "The price went from %PRICE to %PRICE, can you explain?",
    "I looked at the screen dot by dot and the pixel is dead.",
    "Reply at your convenience. Com port 3 is the one I use.",
    "Thanks @mention, the fix in v%VERSION works.",
    "We can meet at 10 dot 30 tomorrow at the office.",
    "It runs twenty four seven, one two three times a day.",
    "Step one, two and three are done; four to six remain.",
    "I tried a b c 1 2 3 as a password hint, it failed.",
    "The box measures %N x %N x %N cm and weighs %N kg.",
    "Invoice %ORDER – total %PRICE – due %DATE.",
    "Version %VERSION — released %DATE — fixes %N bugs.",
    "I have %WORDN devices and %WORDN chargers at home.",
    "See https://example.com/help?topic=%N&lang=en for details.",
    "The error says &quot;timeout&quot; after %N seconds &amp; then restarts.",
    "Search for 100%25 cotton shirts, size %N.",
    "Room %N, floor %N, building %N – ask at reception.",
    "From %DATE to %DATE, %N nights at %PRICE per night.",
    "At 5 o'clock the store closes; at 9 it opens again.",
    "Double check the settings, then triple check the cable.",
    "I scored %N, %N, %N and %N in the last four games.",
    "Ticket #%ORDER escalated at %TIME by the night shift.",
    "Press 1, then 2, then 3 to reach the billing team.",
    "The part number is AB-%N-%N, rev. %N.",
    "Oh one more thing: the app crashes at start.",
    "Pages 12-34, 56-78 and 90-112 cover the setup.",
    "Scores so far: %N - %N - %N - %N - %N.",
    "Count: one, two, three, four, five, six, seven, eight.",
    "Updated %DATE\n%TIME by the system.",
    "Steps: 1) unplug 2) wait 30 s 3) plug in 4) press 5 s.",
    "Batch %N_%N_%N finished with %N warnings.",
    "Size: %N x %N\n%N x %N pixels.",
    "I was at home. Dot matrix printers are loud.",
    "Use the at sign and the dot, like the example in the FAQ.",
    "Our office at 12 Main Street opens at 9.",
  };
  private static final String[] FR = {
    "Bonjour, j'ai commandé %ITEM le %DATE et je n'ai rien reçu.",
    "Ma commande %ORDER est partie à %TIME, elle est au dépôt.",
    "Le prix est passé de %PRICE à %PRICE, pourquoi ?",
    "Rendez-vous à 10 h point final, au bureau.",
    "Il faut être au point à 9 h pour la livraison.",
    "J'ai %WORDN colis et %WORDN factures en attente.",
    "Facture %ORDER – montant %PRICE – échéance %DATE.",
    "Le colis mesure %N × %N × %N cm et pèse %N kg.",
    "Du %DATE au %DATE, %N nuits à %PRICE la nuit.",
    "Version %VERSION publiée le %DATE, %N correctifs.",
    "Un, deux, trois : le voyant clignote trois fois.",
    "C'est neuf, jamais servi, acheté le %DATE.",
    "Vingt et un jours de retard, c'est trop !",
    "Appuyez sur 1, puis 2, puis 3 pour le service client.",
    "Merci @jean.dupont pour ton aide sur le ticket %ORDER.",
    "Le code promo ÉTÉ%N donne %N % de remise.",
    "Chambre %N, étage %N, bâtiment %N – demandez à l'accueil.",
    "Le match s'est fini quatre à deux, puis six à trois.",
    "J'ai appelé à %TIME et à %TIME, personne n'a répondu.",
    "Référence article : %N-%N-%N, lot %N.",
    "Le score final : trois à deux, puis quatre-vingt-dix à zéro.",
    "Mis à jour le %DATE\nà %TIME par le support.",
    "Étapes : un, deux, trois, quatre, cinq, six, sept, huit.",
    "Colis %N – %N – %N – %N en transit.",
    "Le point de retrait est au 12 rue de la Paix, arobase du quartier.",
    "Il est neuf heures et quart, soixante-dix personnes attendent.",
  };
  private static final String[] ITEMS = {
    "a blue kettle", "two phone cases", "un grille-pain", "des écouteurs", "a 4K monitor",
    "un câble USB-C", "a pair of shoes", "une lampe de bureau"
  };
  private static final String[] WORD_NUMBERS = {
    "one", "two", "three", "twelve", "twenty", "un", "deux", "trois", "douze", "vingt-deux",
    "soixante-dix"
  };

  @Test
  void noFindingOnThousandsOfLinesWithoutPersonalData() {
    Random random = new Random(20_261_128L);
    List<String> alarms = new ArrayList<>();
    int lines = 0;
    for (int n = 0; n < 4_000; n++) {
      boolean french = random.nextBoolean();
      String[] templates = french ? FR : EN;
      String line = fill(templates[random.nextInt(templates.length)], random);
      lines++;
      for (Finding f : FUZZY.scan(line, french ? "fr" : "en")) {
        alarms.add(f + " in: " + line);
      }
    }
    assertEquals(4_000, lines);
    assertEquals(List.of(), alarms);
  }

  private static String fill(String template, Random random) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      int p = template.indexOf('%', i);
      if (p < 0 || p + 1 >= template.length() || !Character.isUpperCase(template.charAt(p + 1))) {
        int end = p < 0 ? template.length() : p + 1;
        out.append(template, i, end);
        i = end;
        continue;
      }
      out.append(template, i, p);
      int e = p + 1;
      while (e < template.length() && Character.isUpperCase(template.charAt(e))) {
        e++;
      }
      out.append(slot(template.substring(p + 1, e), random));
      i = e;
    }
    return out.toString();
  }

  private static String slot(String name, Random random) {
    switch (name) {
      case "ITEM":
        return ITEMS[random.nextInt(ITEMS.length)];
      case "ORDER":
        return (random.nextBoolean() ? "#" : "n°") + (100_000 + random.nextInt(900_000));
      case "DATE":
        switch (random.nextInt(4)) {
          case 0:
            return String.format("%02d/%02d/%d", 1 + random.nextInt(28), 1 + random.nextInt(12),
                2020 + random.nextInt(6));
          case 1:
            return String.format("%d-%02d-%02d", 2020 + random.nextInt(6), 1 + random.nextInt(12),
                1 + random.nextInt(28));
          case 2:
            return String.format("%02d.%02d.%d", 1 + random.nextInt(28), 1 + random.nextInt(12),
                2020 + random.nextInt(6));
          default:
            return (1 + random.nextInt(28)) + " March " + (2020 + random.nextInt(6));
        }
      case "TIME":
        return String.format("%02d:%02d", random.nextInt(24), random.nextInt(60));
      case "PRICE":
        return random.nextBoolean()
            ? String.format("%d.%02d USD", 1 + random.nextInt(2_000), random.nextInt(100))
            : String.format("%d,%02d\u00a0€", 1 + random.nextInt(2_000), random.nextInt(100));
      case "VERSION":
        return (1 + random.nextInt(9)) + "." + random.nextInt(20) + "." + random.nextInt(50);
      case "WORDN":
        return WORD_NUMBERS[random.nextInt(WORD_NUMBERS.length)];
      default: // N
        return String.valueOf(1 + random.nextInt(random.nextBoolean() ? 100 : 100_000));
    }
  }
}
