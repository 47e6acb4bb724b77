package dev.blindspot.benchmarks.corpus;

import dev.blindspot.benchmarks.corpus.FakeValues.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Fills the slots of a chat turn: labeled personal values and ordinary hard-negative values. */
final class TurnWriter {

  /** Decides whether a personal value of a type is obfuscated, and how. */
  interface Policy {
    /** The technique to apply, or null for a clean value. */
    String technique(String type, Random rnd);
  }

  /** Who takes part in one conversation. */
  record Cast(Person customer, String agentFirstName) {}

  private static final String[] PRODUCTS = {
    "AirBeam Pro 2", "Flux X2 router", "NovaBook 14", "SoundLoop earbuds", "Kettle One",
    "HomeCam 360", "TrailWatch S", "PixelFrame 10", "Volt e-scooter", "Brewmaster 3000",
    "Cyclo V8 vacuum", "Lumen smart bulb"
  };
  private static final String[] PRODUCTS_FR = {
    "routeur Flux X2", "casque SoundLoop", "NovaBook 14", "aspirateur Cyclo V8", "HomeCam 360",
    "bouilloire Kettle One", "AirBeam Pro 2", "cadre PixelFrame 10"
  };
  private static final String[] PRODUCTS_DE = {
    "Flux X2 Router", "SoundLoop Kopfhörer", "NovaBook 14", "Cyclo V8 Staubsauger",
    "HomeCam 360", "AirBeam Pro 2"
  };
  private static final String[] PRODUCTS_ES = {
    "router Flux X2", "auriculares SoundLoop", "NovaBook 14", "aspirador Cyclo V8",
    "HomeCam 360", "AirBeam Pro 2"
  };
  private static final String[] ERRORS = {
    "E-4012", "0x80070005", "ERR_CONNECTION_RESET", "503", "E27", "0xC000021A",
    "NET::ERR_CERT_DATE_INVALID", "1603", "F-0217", "ERR-42", "0x800F081F", "E1:07"
  };

  private final FakeValues values;

  TurnWriter(FakeValues values) {
    this.values = values;
  }

  Cast newCast(Lang lang) {
    return new Cast(values.person(lang), values.person(lang).first());
  }

  /** Appends the filled turn (without speaker label or line end). */
  void write(Templates.Turn turn, Lang lang, Cast cast, Policy policy, LabeledBuilder out) {
    for (String part : turn.parts()) {
      if (part.length() > 2 && part.charAt(0) == '{' && part.charAt(part.length() - 1) == '}') {
        String slot = part.substring(1, part.length() - 1);
        String type = Templates.PERSONAL_SLOTS.get(slot);
        if (type == null) {
          out.append(ordinary(slot, lang));
        } else {
          personal(slot, type, lang, cast, policy, out);
        }
      } else {
        out.append(part);
      }
    }
  }

  private void personal(String slot, String type, Lang lang, Cast cast, Policy policy, LabeledBuilder out) {
    Random rnd = values.random();
    Person someone = rnd.nextInt(10) < 7 ? cast.customer() : values.person(lang);
    String clean = switch (slot) {
      case "PERSON" -> someone.full();
      case "FIRST" -> cast.customer().first();
      case "AGENT" -> cast.agentFirstName();
      case "EMAIL" -> values.email(someone, lang);
      case "PHONE" -> values.phone(lang);
      case "CARD" -> values.card();
      case "IBAN" -> values.iban(lang);
      case "SSN" -> values.ssn();
      case "NIR" -> values.nir();
      case "NINO" -> values.ukNino();
      case "DETAX" -> values.deTaxId();
      case "NIF" -> values.esNif();
      case "IP" -> values.ip();
      case "MAC" -> values.mac();
      case "URL" -> values.url(someone);
      case "CITY" -> values.city(lang);
      case "ADDRESS" -> values.address(lang);
      case "ORG" -> values.organization(lang);
      case "DOB" -> values.dateOfBirth(lang);
      default -> throw new IllegalStateException("unhandled slot " + slot);
    };
    String technique = policy.technique(type, rnd);
    if (technique == null) {
      out.value(type, clean, null);
      return;
    }
    String obfuscated = Obfuscator.apply(technique, type, clean, lang, rnd);
    if (obfuscated == null) {
      // This value does not lend itself to the technique: use another one that fits it.
      List<String> others = new ArrayList<>(Obfuscator.techniquesFor(type));
      java.util.Collections.shuffle(others, rnd);
      for (String other : others) {
        obfuscated = Obfuscator.apply(other, type, clean, lang, rnd);
        if (obfuscated != null) {
          technique = other;
          break;
        }
      }
    }
    if (obfuscated == null) {
      out.value(type, clean, null);
    } else {
      out.value(type, obfuscated, technique);
    }
  }

  /** An ordinary value for a non-personal slot. */
  String ordinary(String slot, Lang lang) {
    Random rnd = values.random();
    return switch (slot) {
      case "PRODUCT" -> switch (lang) {
        case FR -> values.pick(PRODUCTS_FR);
        case DE -> values.pick(PRODUCTS_DE);
        case ES -> values.pick(PRODUCTS_ES);
        case EN -> values.pick(PRODUCTS);
      };
      case "ERROR" -> values.pick(ERRORS);
      case "VERSION" -> version(rnd);
      case "PRICE" -> price(lang, rnd);
      case "ORDER" -> order(rnd);
      case "TICKET" -> ticket(rnd);
      case "TRACKING" -> tracking(rnd);
      case "DATE" -> values.recentDate(lang);
      case "TIME" -> String.format(Locale.ROOT, "%02d:%02d", values.between(7, 20), values.between(0, 59));
      case "REF" -> luhnFailing(rnd);
      case "N" -> Integer.toString(values.between(2, 12));
      case "SERIAL" -> serial(rnd);
      default -> throw new IllegalStateException("unhandled slot " + slot);
    };
  }

  private String version(Random rnd) {
    return switch (rnd.nextInt(7)) {
      case 0 -> "10.0." + values.between(19041, 22631) + "." + values.between(100, 4000);
      case 1 -> values.between(1, 24) + "." + values.between(0, 12) + "." + values.between(0, 9);
      case 2 -> values.between(1, 9) + "." + values.between(0, 20) + "." + values.between(0, 9) + "."
          + values.between(0, 99);
      case 3 -> "v" + values.between(1, 5) + "." + values.between(0, 9) + "." + values.between(0, 9)
          + "-beta." + values.between(1, 9);
      case 4 -> "5.15.0-" + values.between(40, 160) + "-generic";
      case 5 -> values.between(2022, 2025) + "." + String.format(Locale.ROOT, "%02d", values.between(1, 12))
          + "." + values.between(1, 4);
      default -> values.between(14, 17) + "." + values.between(0, 6) + " (" + values.between(20, 23)
          + (char) ('A' + rnd.nextInt(6)) + values.between(10, 99) + ")";
    };
  }

  private String price(Lang lang, Random rnd) {
    int units = rnd.nextInt(4) == 0 ? values.between(1000, 2999) : values.between(5, 899);
    int cents = rnd.nextBoolean() ? 99 : values.between(0, 99);
    String c = String.format(Locale.ROOT, "%02d", cents);
    return switch (lang) {
      case EN -> {
        String u = units >= 1000 ? units / 1000 + "," + String.format(Locale.ROOT, "%03d", units % 1000) : "" + units;
        yield (rnd.nextBoolean() ? "$" : rnd.nextBoolean() ? "£" : "€") + u + "." + c;
      }
      case FR -> (units >= 1000 ? units / 1000 + "\u202F" + String.format(Locale.ROOT, "%03d", units % 1000) : "" + units)
          + "," + c + " €";
      default -> (units >= 1000 ? units / 1000 + "." + String.format(Locale.ROOT, "%03d", units % 1000) : "" + units)
          + "," + c + (rnd.nextBoolean() ? " €" : " EUR");
    };
  }

  private String order(Random rnd) {
    return switch (rnd.nextInt(4)) {
      case 0 -> "ORD-" + values.digits(4) + "-" + values.digits(4);
      case 1 -> "#A-" + values.between(2023, 2025) + "-" + values.digits(6);
      case 2 -> "CMD-" + values.between(2023, 2025) + "-" + values.digits(6);
      default -> {
        String all = luhnFailingDigits(17);
        yield all.substring(0, 3) + "-" + all.substring(3, 10) + "-" + all.substring(10);
      }
    };
  }

  private String ticket(Random rnd) {
    return switch (rnd.nextInt(4)) {
      case 0 -> "TCK-" + values.between(2023, 2025) + "-" + values.digits(6);
      case 1 -> "#" + values.between(100000, 999999);
      case 2 -> "INC" + values.digits(7);
      default -> "SR-" + values.digits(5);
    };
  }

  private String tracking(Random rnd) {
    String upper = "ABCDEFGHJKLMNPRSTUVWXYZ";
    return switch (rnd.nextInt(5)) {
      case 0 -> "1Z" + values.digits(3) + upper.charAt(rnd.nextInt(upper.length()))
          + upper.charAt(rnd.nextInt(upper.length())) + values.digits(11);
      case 1 -> "6A" + values.digits(11);
      case 2 -> "" + upper.charAt(rnd.nextInt(upper.length())) + upper.charAt(rnd.nextInt(upper.length()))
          + values.digits(9) + "FR";
      case 3 -> "JD" + luhnFailingDigits(18);
      default -> "00" + values.digits(8);
    };
  }

  private String serial(Random rnd) {
    String upper = "ABCDEFGHJKLMNPRSTUVWXYZ";
    StringBuilder sb = new StringBuilder(rnd.nextBoolean() ? "SN" : "C02");
    for (int i = 0; i < 8; i++) {
      sb.append(rnd.nextInt(3) == 0 ? (char) ('0' + rnd.nextInt(10)) : upper.charAt(rnd.nextInt(upper.length())));
    }
    return sb.toString();
  }

  /** A reference number that looks like a card but fails Luhn, grouped by four or compact. */
  private String luhnFailing(Random rnd) {
    String digits = luhnFailingDigits(rnd.nextBoolean() ? 16 : values.between(13, 19));
    return rnd.nextBoolean() ? FakeValues.group(digits, 4, " ") : digits;
  }

  private String luhnFailingDigits(int length) {
    String payload = values.between(1, 9) + values.digits(length - 2);
    int check = Checksums.luhnCheckDigit(payload);
    return payload + (check + 1 + values.random().nextInt(9)) % 10;
  }
}
