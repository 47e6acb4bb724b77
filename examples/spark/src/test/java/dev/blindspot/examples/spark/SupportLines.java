package dev.blindspot.examples.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Short customer-support lines in English and French, generated from a seed, with every personal
 * value labeled: e-mail addresses (some written with spaces around the {@code @}, as people do),
 * phone numbers, payment cards (Luhn-valid) and IBANs (mod-97-valid). Line {@code i} depends on the
 * seed and {@code i} only, so a test regenerates the expected line of any output row from its id.
 */
final class SupportLines {

  /** A labeled personal value: its type and span in the line. */
  record Label(String type, int start, int end) {}

  /** One generated line. */
  record Line(long id, String lang, String text, List<Label> labels) {

    /** The chars outside the labels, in order: what redaction must keep. */
    List<String> keptSegments() {
      List<String> segments = new ArrayList<>();
      int from = 0;
      for (Label label : labels) {
        segments.add(text.substring(from, label.start()));
        from = label.end();
      }
      segments.add(text.substring(from));
      return segments;
    }
  }

  private static final String[] FIRST = {
    "amelie", "jose", "wei", "priya", "oluwaseun", "chloe", "mateo", "yuki", "fatima", "lucas",
    "ines", "dmitri", "aisha", "noah", "camille", "tomasz", "leila", "hugo", "sofia", "kwame"
  };
  private static final String[] LAST = {
    "martin", "garcia", "chen", "sharma", "adeyemi", "dubois", "rossi", "tanaka", "haddad",
    "bernard", "kowalski", "nguyen", "petit", "okafor", "moreau", "silva", "lefebvre", "novak"
  };
  private static final String[] DOMAINS = {
    "example.com", "orange.fr", "outlook.com", "gmail.com", "free.fr", "laposte.net",
    "yahoo.co.uk", "proton.me", "wanadoo.fr", "icloud.com"
  };

  /** Blocks of UK mobile numbers (07 6 is pagers, not mobiles). */
  private static final String[] UK_MOBILE_PREFIXES = {
    "7400", "7412", "7701", "7723", "7801", "7812", "7900", "7946", "7956", "7984"
  };

  private static final String[] EN = {
    "Hi, you can reach me at {EMAIL} if anything changes with the delivery.",
    "My card {CARD} was charged twice for the same order, please refund one of them.",
    "Please send the refund to my IBAN {IBAN}, thank you.",
    "Call me back on {PHONE} after six, I am at work until then.",
    "I wrote to you from {EMAIL} yesterday and got no answer; my phone is {PHONE}.",
    "The app keeps logging me out whenever I switch accounts on my tablet.",
    "Thanks, that fixed it! Have a nice evening.",
    "Could you update the billing contact to {EMAIL} please?",
    "Is it normal that the invoice still shows the old plan after the upgrade?",
    "The payment with {CARD} failed again, and the bank says everything is fine.",
  };
  private static final String[] FR = {
    "Bonjour, mon adresse e-mail est {EMAIL}, merci de me répondre rapidement.",
    "Ma carte {CARD} a été débitée deux fois, pouvez-vous vérifier ?",
    "Voici mon IBAN pour le remboursement : {IBAN}",
    "Vous pouvez me rappeler au {PHONE} demain matin.",
    "L'application plante dès que j'ouvre les paramètres, c'est très pénible.",
    "Merci beaucoup pour votre aide, bonne journée !",
    "J'ai écrit depuis {EMAIL} mais personne ne m'a répondu, mon numéro est le {PHONE}.",
    "Le colis n'est toujours pas arrivé, le suivi ne bouge plus depuis lundi.",
    "Pouvez-vous envoyer la facture à {EMAIL} plutôt qu'à l'ancienne adresse ?",
    "Le paiement par la carte {CARD} a échoué alors que la banque dit que tout va bien.",
  };

  private SupportLines() {}

  /** Returns line {@code i} of the dataset of this seed. */
  static Line line(long seed, long i) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    boolean french = random.nextInt(2) == 0;
    String template = (french ? FR : EN)[random.nextInt(EN.length)];
    StringBuilder text = new StringBuilder();
    List<Label> labels = new ArrayList<>();
    int from = 0;
    while (true) {
      int open = template.indexOf('{', from);
      if (open < 0) {
        text.append(template, from, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      text.append(template, from, open);
      String slot = template.substring(open + 1, close);
      String type;
      String value;
      switch (slot) {
        case "EMAIL":
          type = "EMAIL_ADDRESS";
          value = email(random);
          break;
        case "PHONE":
          type = "PHONE_NUMBER";
          value = french ? frenchPhone(random) : ukPhone(random);
          break;
        case "CARD":
          type = "CREDIT_CARD";
          value = card(random);
          break;
        case "IBAN":
          type = "IBAN_CODE";
          value = french ? frenchIban(random) : germanIban(random);
          break;
        default:
          throw new IllegalStateException(slot);
      }
      labels.add(new Label(type, text.length(), text.length() + value.length()));
      text.append(value);
      from = close + 1;
    }
    return new Line(i, french ? "fr" : "en", text.toString(), List.copyOf(labels));
  }

  /** Writes lines {@code 0..count-1} as JSON lines {@code {"id":..,"lang":..,"text":..}}. */
  static long writeJsonl(Path file, long seed, int count) throws IOException {
    long bytes = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        Line line = line(seed, i);
        String json = "{\"id\":" + i + ",\"lang\":\"" + line.lang() + "\",\"text\":\""
            + line.text().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}\n";
        out.write(json);
        bytes += line.text().getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return bytes;
  }

  private static String email(SplittableRandom random) {
    String first = pick(random, FIRST);
    String last = pick(random, LAST);
    String local = random.nextInt(3) == 0 ? first + last + random.nextInt(10, 100) : first + "." + last;
    String domain = pick(random, DOMAINS);
    // A quarter written "name @domain" or "name@ domain", as people type to dodge filters.
    switch (random.nextInt(8)) {
      case 0:
        return local + " @" + domain;
      case 1:
        return local + "@ " + domain;
      default:
        return local + "@" + domain;
    }
  }

  private static String frenchPhone(SplittableRandom random) {
    // 06 3x and 06 9x hold unassigned blocks that libphonenumber rightly refuses.
    StringBuilder digits = new StringBuilder("6").append("01245678".charAt(random.nextInt(8)));
    for (int k = 0; k < 7; k++) {
      digits.append(random.nextInt(10));
    }
    String d = digits.toString();
    String grouped = d.substring(1, 3) + " " + d.substring(3, 5) + " " + d.substring(5, 7) + " "
        + d.substring(7, 9);
    return random.nextBoolean() ? "+33 6 " + grouped : "06 " + grouped;
  }

  private static String ukPhone(SplittableRandom random) {
    StringBuilder rest = new StringBuilder();
    for (int k = 0; k < 6; k++) {
      rest.append(random.nextInt(10));
    }
    return "+44 " + pick(random, UK_MOBILE_PREFIXES) + " " + rest;
  }

  private static String card(SplittableRandom random) {
    int[] digits = new int[16];
    digits[0] = 4;
    for (int k = 1; k < 15; k++) {
      digits[k] = random.nextInt(10);
    }
    digits[15] = luhnCheckDigit(digits);
    StringBuilder out = new StringBuilder();
    String separator = random.nextBoolean() ? " " : "-";
    for (int k = 0; k < 16; k++) {
      if (k > 0 && k % 4 == 0) {
        out.append(separator);
      }
      out.append(digits[k]);
    }
    return out.toString();
  }

  private static int luhnCheckDigit(int[] digits) {
    int sum = 0;
    for (int k = 14, position = 0; k >= 0; k--, position++) {
      int d = digits[k];
      if (position % 2 == 0) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return (10 - sum % 10) % 10;
  }

  private static String frenchIban(SplittableRandom random) {
    String bank = digits(random, 5);
    String branch = digits(random, 5);
    String account = digits(random, 11);
    long ribKey = 97 - ((89 * Long.parseLong(bank) + 15 * Long.parseLong(branch)
        + 3 * Long.parseLong(account)) % 97);
    return iban("FR", bank + branch + account + String.format("%02d", ribKey));
  }

  private static String germanIban(SplittableRandom random) {
    return iban("DE", digits(random, 18));
  }

  /** An IBAN with its mod-97 check digits, grouped by four as printed on statements. */
  private static String iban(String country, String bban) {
    String rearranged = bban + (country.charAt(0) - 'A' + 10) + (country.charAt(1) - 'A' + 10) + "00";
    int remainder = 0;
    for (int k = 0; k < rearranged.length(); k++) {
      remainder = (remainder * 10 + (rearranged.charAt(k) - '0')) % 97;
    }
    String compact = country + String.format("%02d", 98 - remainder) + bban;
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < compact.length(); k += 4) {
      if (k > 0) {
        out.append(' ');
      }
      out.append(compact, k, Math.min(k + 4, compact.length()));
    }
    return out.toString();
  }

  private static String digits(SplittableRandom random, int count) {
    StringBuilder out = new StringBuilder(count);
    for (int k = 0; k < count; k++) {
      out.append(random.nextInt(10));
    }
    return out.toString();
  }

  private static String pick(SplittableRandom random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
