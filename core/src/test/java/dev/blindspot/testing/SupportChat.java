package dev.blindspot.testing;

import java.util.List;
import java.util.Random;

/**
 * Seeded generator of customer-support chats in English and French, with e-mail addresses (plain
 * and obfuscated), order and phone numbers as digit runs, names of a deny list, emoji (surrogate
 * pairs) and hard negatives (short numbers, times, "at" and "point" in ordinary sentences).
 */
public final class SupportChat {

  /** The support desk's own address, meant for the allow list. */
  public static final String SUPPORT_ADDRESS = "support@acme.example";
  /** Customer names meant for the deny list. */
  public static final List<String> DENIED_NAMES = List.of("Lefebvre", "Okafor", "Nguyen");
  /** Words of the {@code test-words} provider that occur in the chats. */
  public static final String CODE_WORDS = "colis, parcel, remboursement, refund";
  /** Context words for e-mail addresses that occur in the chats. */
  public static final List<String> EMAIL_CONTEXT =
      List.of("e-mail", "email", "courriel", "adresse", "address");

  private static final String[] FIRST = {
    "jean", "marie", "lucie", "olivier", "chloe", "emma", "liam", "noah", "amelie", "theo", "ines"
  };
  private static final String[] LAST = {
    "dupont", "martin", "bernard", "smith", "brown", "garcia", "moreau", "wilson", "okafor"
  };
  private static final String[] DOMAINS = {
    "exemple.fr", "example.com", "orange.fr", "outlook.com", "free.fr", "mail.example.org"
  };
  private static final String[] OTHER_NAMES = {"Moreau", "Dubois", "Williams", "Fontaine"};
  private static final String[] EMOJI = {"🙂", "👍", "🙏", "😅", "👍🏽", "🇫🇷", "📦"};

  private static final String[] ENGLISH = {
    "Customer: Hi, I can't log in to my account since this morning {emoji}",
    "Agent: Sorry to hear that! Could you confirm the e-mail address on the account?",
    "Customer: sure, it's {email}",
    "Customer: my email is {email} but I also used {email} last year",
    "Agent: Thanks. What is your order number, please?",
    "Customer: order {digits}, placed last Tuesday at 10:30",
    "Customer: you can reach me on {digits} after 6pm {emoji}",
    "Agent: I've passed your case to {name} in billing, they'll reply from {support}.",
    "Customer: the parcel was supposed to arrive on the 3rd, still nothing {emoji}",
    "Customer: I'd like a refund for the 2 items that came broken",
    "Agent: I looked at the tracking page and the parcel is at the depot.",
    "Customer: write to me at {obfuscated} please, my work inbox blocks you",
    "Agent: Is there anything else I can help you with today?",
    "Customer: no that's all, thanks a lot {emoji}{emoji}",
    "Agent: Mr {name}, your ticket {digits} is now closed.",
  };

  private static final String[] FRENCH = {
    "Client : Bonjour, je n'arrive plus à me connecter depuis ce matin {emoji}",
    "Agent : Désolé pour la gêne occasionnée. Pouvez-vous me confirmer l'adresse e-mail du compte ?",
    "Client : oui, c'est {email}",
    "Client : mon courriel perso : {email}, rappelez-moi au {digits} svp",
    "Agent : Merci. Quel est votre numéro de commande ?",
    "Client : commande n° {digits}, passée mardi dernier vers 14h",
    "Agent : J'ai transmis votre dossier à M. {name} du service facturation, réponse depuis {support}.",
    "Client : le colis devait arriver le 3, toujours rien {emoji}",
    "Client : je voudrais un remboursement pour les 2 articles abîmés",
    "Agent : Je fais le point avec l'entrepôt et je reviens vers vous.",
    "Client : écrivez-moi plutôt à {obfuscated}, merci {emoji}",
    "Agent : Puis-je vous aider pour autre chose ?",
    "Client : non merci, bonne journée {emoji}",
    "Agent : Mme {name}, votre ticket {digits} est clôturé.",
  };

  private SupportChat() {}

  /** A plain e-mail address such as {@code marie.dupont@exemple.fr}. */
  public static String email(Random rnd) {
    String local = FIRST[rnd.nextInt(FIRST.length)]
        + (rnd.nextBoolean() ? "." : "_") + LAST[rnd.nextInt(LAST.length)]
        + (rnd.nextInt(3) == 0 ? String.valueOf(rnd.nextInt(100)) : "");
    return local + "@" + DOMAINS[rnd.nextInt(DOMAINS.length)];
  }

  /** An address written to dodge filters: {@code marie at exemple dot fr}, zero-width chars... */
  public static String obfuscatedEmail(Random rnd) {
    String first = FIRST[rnd.nextInt(FIRST.length)];
    String last = LAST[rnd.nextInt(LAST.length)];
    String[] domain = DOMAINS[rnd.nextInt(DOMAINS.length)].split("\\.");
    switch (rnd.nextInt(3)) {
      case 0:
        return first + "." + last + " at " + String.join(" dot ", domain);
      case 1:
        return first + "\u200B." + last + " [at] " + String.join(" [dot] ", domain);
      default:
        return first + " arobase " + String.join(" point ", domain);
    }
  }

  /** A run of 6 to 12 digits, such as an order or phone number. */
  public static String digits(Random rnd) {
    int n = 6 + rnd.nextInt(7);
    StringBuilder sb = new StringBuilder(n);
    sb.append((char) ('1' + rnd.nextInt(9)));
    for (int i = 1; i < n; i++) {
      sb.append((char) ('0' + rnd.nextInt(10)));
    }
    return sb.toString();
  }

  /** One chat line, English or French. */
  public static String line(Random rnd) {
    String[] templates = rnd.nextBoolean() ? ENGLISH : FRENCH;
    String template = templates[rnd.nextInt(templates.length)];
    StringBuilder sb = new StringBuilder(template.length() + 32);
    for (int i = 0; i < template.length(); ) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        sb.append(template, i, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      sb.append(template, i, open);
      sb.append(fill(template.substring(open + 1, close), rnd));
      i = close + 1;
    }
    return sb.toString();
  }

  /** Lines joined by newlines until the text has at least {@code minChars} chars. */
  public static String conversation(Random rnd, int minChars) {
    StringBuilder sb = new StringBuilder(minChars + 128);
    while (sb.length() < minChars) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(line(rnd));
    }
    return sb.toString();
  }

  private static String fill(String slot, Random rnd) {
    switch (slot) {
      case "email":
        return rnd.nextInt(8) == 0 ? SUPPORT_ADDRESS : email(rnd);
      case "obfuscated":
        return obfuscatedEmail(rnd);
      case "digits":
        return digits(rnd);
      case "name":
        return rnd.nextBoolean()
            ? DENIED_NAMES.get(rnd.nextInt(DENIED_NAMES.size()))
            : OTHER_NAMES[rnd.nextInt(OTHER_NAMES.length)];
      case "support":
        return SUPPORT_ADDRESS;
      case "emoji":
        return EMOJI[rnd.nextInt(EMOJI.length)];
      default:
        throw new IllegalArgumentException("unknown slot " + slot);
    }
  }
}
