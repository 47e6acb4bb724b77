package dev.blindspot.benchmarks.corpus;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

/**
 * Fictional but realistic personal values, valid where a checksum applies: Luhn cards, mod-97
 * IBANs with national check digits, NIR keys, SSN issuance rules, German tax-id and Spanish DNI
 * check characters, phone numbers in each country's numbering plan, names from many cultures.
 */
final class FakeValues {

  /** A person: given name and family name. */
  record Person(String first, String last) {
    String full() {
      return first + " " + last;
    }
  }

  // Given names and family names, by culture. Each list is indexed in step with CULTURE_NAMES.
  private static final String[][] FIRST = {
    {"Jean", "Marie", "Camille", "Léa", "Hugo", "Chloé", "Mathéo", "Inès", "Théo", "Manon", "Lucas",
      "Juliette", "Nathalie", "Stéphane", "Benoît", "Hélène", "François", "Amélie", "Guillaume",
      "Élodie", "Mathilde", "Sébastien", "Gaëlle", "Loïc"},
    {"James", "Emily", "Oliver", "Sophie", "Harry", "Charlotte", "Michael", "Jessica", "Daniel",
      "Hannah", "Thomas", "Olivia", "William", "Grace", "Ethan", "Megan", "Ryan", "Lauren",
      "Connor", "Abigail"},
    {"Lukas", "Anna", "Jonas", "Lena", "Felix", "Maximilian", "Johanna", "Tobias", "Katharina",
      "Jürgen", "Sabine", "Matthias", "Ursula", "Björn", "Jörg", "Greta", "Niklas", "Annika",
      "Dieter", "Mareike"},
    {"Alejandro", "Lucía", "Javier", "María", "Carlos", "Sofía", "Pablo", "Elena", "Diego",
      "Carmen", "Sergio", "Paula", "Álvaro", "Nuria", "Íñigo", "Begoña", "Raúl", "Marta", "Andrés",
      "Rocío"},
    {"Giulia", "Marco", "Francesca", "Alessandro", "Chiara", "Matteo", "Federica", "Lorenzo"},
    {"João", "Ana", "Pedro", "Beatriz", "Tiago", "Mariana", "Gonçalo", "Inês"},
    {"Mohamed", "Fatima", "Youssef", "Amina", "Karim", "Leïla", "Omar", "Samira", "Mehdi", "Nadia"},
    {"Wei", "Jing", "Hao", "Xiaoming", "Mei", "Yan", "Jun", "Lihua"},
    {"Minh", "Linh", "Thanh", "Huong", "Duc", "Anh"},
    {"Priya", "Rahul", "Ananya", "Arjun", "Deepika", "Vikram", "Sanjay", "Kavya"},
    {"Chinedu", "Ngozi", "Kwame", "Amara", "Oluwaseun", "Fatoumata", "Moussa", "Aïssatou"},
    {"Łukasz", "Agnieszka", "Paweł", "Katarzyna", "Piotr", "Małgorzata"},
    {"Mehmet", "Ayşe", "Emre", "Elif", "Burak", "Zeynep"},
    {"Haruto", "Yuki", "Sakura", "Ren", "Ji-woo", "Min-jun", "Seo-yeon"},
    {"Søren", "Astrid", "Lars", "Ingrid", "Mikkel", "Sigrid"},
  };

  private static final String[][] LAST = {
    {"Dupont", "Martin", "Bernard", "Lefèvre", "Moreau", "Girard", "Rousseau", "Fontaine",
      "Chevalier", "Gauthier", "Mercier", "Lemaire", "Faure", "Roux", "Leclerc", "Dubois",
      "Lambert", "Perrin", "Marchand", "Caron", "Bouchard", "Delacroix", "Vasseur"},
    {"Smith", "Johnson", "Williams", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thompson",
      "Walker", "Robinson", "Wright", "Hughes", "Carter", "Mitchell", "O'Connor", "Murphy",
      "Clarke", "Bennett", "Harrison"},
    {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
      "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Zimmermann",
      "Krüger", "Hartmann", "Lehmann"},
    {"García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez",
      "Gómez", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero",
      "Navarro", "Núñez", "Ortega"},
    {"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci"},
    {"Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Gonçalves", "Carvalho"},
    {"Benali", "El Amrani", "Haddad", "Bouzid", "Khalil", "Mansour", "Saidi", "Bensaïd"},
    {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao"},
    {"Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu"},
    {"Sharma", "Patel", "Gupta", "Singh", "Iyer", "Reddy", "Nair", "Mehta"},
    {"Okafor", "Mensah", "Diallo", "Traoré", "Adeyemi", "Ndiaye", "Koné", "Diop"},
    {"Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski"},
    {"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk"},
    {"Sato", "Suzuki", "Takahashi", "Tanaka", "Kim", "Park", "Choi"},
    {"Jensen", "Nielsen", "Andersson", "Johansson", "Lindqvist", "Halvorsen"},
  };

  private static final String[] CITIES_FR = {
    "Paris", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille", "Nantes", "Strasbourg", "Rennes",
    "Montpellier", "Grenoble", "Saint-Étienne", "Besançon", "Orléans", "Nîmes", "Clermont-Ferrand",
    "Aix-en-Provence", "Annecy"
  };
  private static final String[] POSTCODES_FR = {
    "750", "6900", "1300", "3100", "3300", "5900", "4400", "6700", "3500", "3400", "3800", "4200",
    "2500", "4500", "3000", "6300", "1310", "7400"
  };
  private static final String[] STREETS_FR = {
    "rue des Lilas", "avenue Victor Hugo", "rue de la République", "boulevard Jean Jaurès",
    "rue des Tanneurs", "avenue du Général Leclerc", "rue Pasteur", "impasse des Acacias",
    "place Gambetta", "rue de la Paix", "chemin des Vignes", "allée des Érables"
  };
  private static final String[] CITIES_UK = {
    "London", "Manchester", "Bristol", "Leeds", "Edinburgh", "Cardiff", "Glasgow", "Norwich"
  };
  private static final String[] POSTCODES_UK = {
    "SW1A", "M14", "BS6", "LS6", "EH9", "CF24", "G12", "NR2"
  };
  private static final String[] STREETS_UK = {
    "Elm Grove Road", "Victoria Street", "Mill Lane", "Church Road", "Park Avenue",
    "Station Road", "Queen's Drive", "Kingsway"
  };
  private static final String[] CITIES_US = {
    "Boston", "Chicago", "Seattle", "Denver", "Austin", "Portland", "San Diego", "Atlanta"
  };
  private static final String[] STATES_US = {"MA", "IL", "WA", "CO", "TX", "OR", "CA", "GA"};
  private static final String[] ZIPS_US = {"021", "606", "981", "802", "787", "972", "921", "303"};
  private static final String[] STREETS_US = {
    "Maple Ave", "Oak Street", "Lincoln Blvd", "Cedar Lane", "Washington St", "Pine Ridge Rd",
    "Sunset Drive", "Highland Ave"
  };
  private static final String[] CITIES_DE = {
    "Berlin", "München", "Hamburg", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf",
    "Leipzig", "Dresden", "Nürnberg", "Bremen", "Freiburg im Breisgau"
  };
  private static final String[] PLZ_DE = {
    "10", "80", "20", "50", "60", "70", "40", "04", "01", "90", "28", "79"
  };
  private static final String[] STREETS_DE = {
    "Lindenstraße", "Hauptstraße", "Am Mühlbach", "Goethestraße", "Bahnhofstraße",
    "Schillerplatz", "Gartenweg", "Kastanienallee"
  };
  private static final String[] CITIES_ES = {
    "Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza", "Málaga", "Bilbao", "Alicante",
    "Córdoba", "Valladolid", "Vigo", "Granada"
  };
  private static final String[] CP_ES = {
    "280", "080", "460", "410", "500", "290", "480", "030", "140", "470", "362", "180"
  };
  private static final String[] STREETS_ES = {
    "Calle de Alcalá", "Avenida de la Constitución", "Calle Mayor", "Paseo de Gracia",
    "Calle San Vicente", "Plaza de España", "Calle del Carmen", "Ronda de Segovia"
  };

  private static final String[] ORGS_EN = {
    "Brightwave Consulting Ltd", "Harrison & Clarke LLP", "Northfield Primary School",
    "Maple Leaf Dental Clinic", "Redwood Logistics Inc.", "St. Anne's Hospital",
    "Bennett Carpentry", "Greenhill Housing Association", "Atlas Freight Services",
    "Oakridge Veterinary Practice"
  };
  private static final String[] ORGS_FR = {
    "Boulangerie Moreau", "Cabinet Lefèvre & Associés", "Transports Girard SARL",
    "Atelier Rousseau", "Groupe Mercier Immobilier", "Clinique du Parc", "Lycée Jean Moulin",
    "Pharmacie des Tanneurs", "Garage Fontaine", "Mutuelle Solidaire du Rhône"
  };
  private static final String[] ORGS_DE = {
    "Bäckerei Krüger", "Schneider & Partner Steuerberatung", "Stadtwerke Neuburg",
    "Autohaus Hoffmann GmbH", "Gymnasium am Stadtpark", "Praxis Dr. Weber", "Elektro Richter KG",
    "Malerbetrieb Wolf"
  };
  private static final String[] ORGS_ES = {
    "Talleres Navarro S.L.", "Clínica Dental Romero", "Ayuntamiento de Villanueva",
    "Construcciones Muñoz e Hijos", "Colegio San Isidro", "Farmacia Ortega", "Gestoría Díaz",
    "Panadería La Espiga"
  };

  private static final String[] MAIL_DOMAINS_EN = {
    "gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com", "btinternet.com",
    "protonmail.com", "aol.com"
  };
  private static final String[] MAIL_DOMAINS_FR = {
    "gmail.com", "orange.fr", "free.fr", "laposte.net", "sfr.fr", "hotmail.fr", "wanadoo.fr",
    "outlook.fr"
  };
  private static final String[] MAIL_DOMAINS_DE = {
    "gmail.com", "gmx.de", "web.de", "t-online.de", "posteo.de", "outlook.de", "freenet.de"
  };
  private static final String[] MAIL_DOMAINS_ES = {
    "gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es", "movistar.es"
  };

  private static final String[] MONTHS_EN = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"
  };
  private static final String[] MONTHS_FR = {
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre"
  };
  private static final String[] MONTHS_DE = {
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
    "November", "Dezember"
  };
  private static final String[] MONTHS_ES = {
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre"
  };

  private static final String HEX = "0123456789abcdef";
  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private final Random rnd;

  FakeValues(Random rnd) {
    this.rnd = rnd;
  }

  Random random() {
    return rnd;
  }

  <T> T pick(T[] items) {
    return items[rnd.nextInt(items.length)];
  }

  int between(int lo, int hiInclusive) {
    return lo + rnd.nextInt(hiInclusive - lo + 1);
  }

  String digits(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + rnd.nextInt(10)));
    }
    return sb.toString();
  }

  private String pad(int value, int width) {
    String s = Integer.toString(value);
    return "0".repeat(Math.max(0, width - s.length())) + s;
  }

  // ---------------------------------------------------------------- people, places, companies

  /** A person, more often from the language's own culture but from anywhere. */
  Person person(Lang lang) {
    int culture;
    if (rnd.nextInt(100) < 55) {
      culture = switch (lang) {
        case FR -> 0;
        case EN -> 1;
        case DE -> 2;
        case ES -> 3;
      };
    } else {
      culture = rnd.nextInt(FIRST.length);
    }
    return new Person(pick(FIRST[culture]), pick(LAST[culture]));
  }

  String city(Lang lang) {
    return switch (lang) {
      case FR -> pick(CITIES_FR);
      case DE -> pick(CITIES_DE);
      case ES -> pick(CITIES_ES);
      case EN -> rnd.nextBoolean() ? pick(CITIES_UK) : pick(CITIES_US);
    };
  }

  String address(Lang lang) {
    int n = between(1, 240);
    switch (lang) {
      case FR -> {
        int i = rnd.nextInt(CITIES_FR.length);
        String cp = POSTCODES_FR[i];
        cp = cp + digits(5 - cp.length());
        if (i == 0) {
          cp = "750" + pad(between(1, 20), 2);
        }
        String bis = rnd.nextInt(8) == 0 ? " bis" : "";
        return n + bis + " " + pick(STREETS_FR) + ", " + cp + " " + CITIES_FR[i];
      }
      case DE -> {
        int i = rnd.nextInt(CITIES_DE.length);
        return pick(STREETS_DE) + " " + n + ", " + PLZ_DE[i] + digits(3) + " " + CITIES_DE[i];
      }
      case ES -> {
        int i = rnd.nextInt(CITIES_ES.length);
        String piso = rnd.nextBoolean() ? ", " + between(1, 8) + "º " + (char) ('A' + rnd.nextInt(4)) : "";
        return pick(STREETS_ES) + " " + n + piso + ", " + CP_ES[i] + digits(2) + " " + CITIES_ES[i];
      }
      default -> {
        if (rnd.nextBoolean()) {
          int i = rnd.nextInt(CITIES_UK.length);
          return n + " " + pick(STREETS_UK) + ", " + CITIES_UK[i] + " " + POSTCODES_UK[i] + " "
              + rnd.nextInt(10) + UPPER.charAt(rnd.nextInt(26)) + UPPER.charAt(rnd.nextInt(26));
        }
        int i = rnd.nextInt(CITIES_US.length);
        return (n * 10 + between(0, 9)) + " " + pick(STREETS_US) + ", " + CITIES_US[i] + ", "
            + STATES_US[i] + " " + ZIPS_US[i] + digits(2);
      }
    }
  }

  String organization(Lang lang) {
    return switch (lang) {
      case FR -> pick(ORGS_FR);
      case DE -> pick(ORGS_DE);
      case ES -> pick(ORGS_ES);
      case EN -> pick(ORGS_EN);
    };
  }

  // ---------------------------------------------------------------- contact details

  static String asciiFold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < d.length(); i++) {
      char c = Character.toLowerCase(d.charAt(i));
      switch (c) {
        case 'ł' -> sb.append('l');
        case 'ø' -> sb.append('o');
        case 'ß' -> sb.append("ss");
        case 'ı' -> sb.append('i');
        case 'đ' -> sb.append('d');
        default -> {
          if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            sb.append(c);
          } else if (c == '-') {
            sb.append('-');
          }
        }
      }
    }
    return sb.toString();
  }

  String email(Person p, Lang lang) {
    String first = asciiFold(p.first());
    String last = asciiFold(p.last());
    String local = switch (rnd.nextInt(7)) {
      case 0 -> first + "." + last;
      case 1 -> first.charAt(0) + last + between(60, 99);
      case 2 -> first + "_" + last;
      case 3 -> first + "." + last + between(1, 99);
      case 4 -> last + "." + first;
      case 5 -> first + "." + last + "+" + (lang == Lang.FR ? "achats" : "shop");
      default -> first + last.charAt(0) + between(1970, 2004);
    };
    String domain;
    if (rnd.nextInt(6) == 0) {
      domain = last.replace("-", "") + "-" + (lang == Lang.FR ? "conseil.fr" : lang == Lang.DE
          ? "beratung.de" : lang == Lang.ES ? "asesores.es" : "consulting.co.uk");
    } else {
      domain = switch (lang) {
        case FR -> pick(MAIL_DOMAINS_FR);
        case DE -> pick(MAIL_DOMAINS_DE);
        case ES -> pick(MAIL_DOMAINS_ES);
        case EN -> pick(MAIL_DOMAINS_EN);
      };
    }
    return local + "@" + domain;
  }

  /** A phone number in the national or international format of the language's country. */
  String phone(Lang lang) {
    return switch (lang) {
      case FR -> phoneFr();
      case DE -> phoneDe();
      case ES -> phoneEs();
      case EN -> rnd.nextBoolean() ? phoneUs() : phoneUk();
    };
  }

  private String phoneFr() {
    int lead = rnd.nextInt(3) == 0 ? between(1, 5) : 6 + rnd.nextInt(2);
    String rest = digits(8);
    String pairs = rest.substring(0, 2) + " " + rest.substring(2, 4) + " " + rest.substring(4, 6)
        + " " + rest.substring(6);
    return switch (rnd.nextInt(5)) {
      case 0 -> "+33 " + lead + " " + pairs;
      case 1 -> "+33" + lead + rest;
      case 2 -> "0" + lead + "." + pairs.replace(' ', '.');
      default -> "0" + lead + " " + pairs;
    };
  }

  private String phoneUs() {
    String[] areas = {"212", "415", "312", "617", "206", "512", "303", "404", "503", "619"};
    String area = pick(areas);
    String exchange = between(2, 9) + digits(2);
    String line = digits(4);
    return switch (rnd.nextInt(4)) {
      case 0 -> "(" + area + ") " + exchange + "-" + line;
      case 1 -> "+1 " + area + "-" + exchange + "-" + line;
      case 2 -> area + "." + exchange + "." + line;
      default -> area + "-" + exchange + "-" + line;
    };
  }

  private String phoneUk() {
    return switch (rnd.nextInt(3)) {
      case 0 -> "+44 7700 900" + digits(3);
      case 1 -> "07700 900" + digits(3);
      default -> "020 7946 0" + digits(3);
    };
  }

  private String phoneDe() {
    String[] mobile = {"151", "152", "160", "170", "171", "172", "176", "179"};
    return switch (rnd.nextInt(4)) {
      case 0 -> "+49 " + pick(mobile) + " " + digits(8);
      case 1 -> "0" + pick(mobile) + " " + digits(4) + " " + digits(4);
      case 2 -> "030 " + between(2, 9) + digits(7);
      default -> "+49 (0)89 " + between(2, 9) + digits(6);
    };
  }

  private String phoneEs() {
    String mobile = (rnd.nextBoolean() ? "6" : "7") + digits(8);
    return switch (rnd.nextInt(4)) {
      case 0 -> "+34 " + mobile.substring(0, 3) + " " + mobile.substring(3, 6) + " " + mobile.substring(6);
      case 1 -> mobile.substring(0, 3) + " " + mobile.substring(3, 5) + " " + mobile.substring(5, 7)
          + " " + mobile.substring(7);
      case 2 -> "91 " + digits(3) + " " + digits(2) + " " + digits(2);
      default -> mobile.substring(0, 3) + " " + mobile.substring(3, 6) + " " + mobile.substring(6);
    };
  }

  String url(Person p) {
    String first = asciiFold(p.first());
    String last = asciiFold(p.last());
    return switch (rnd.nextInt(6)) {
      case 0 -> "https://www.linkedin.com/in/" + first + "-" + last + "-" + hex(6);
      case 1 -> "https://github.com/" + first.charAt(0) + last + between(1, 99);
      case 2 -> "https://" + first + last + ".wordpress.com/contact";
      case 3 -> "https://www.facebook.com/" + first + "." + last + "." + between(1, 999);
      case 4 -> "http://www." + last + "-family.net/photos/" + between(2015, 2024);
      default -> "https://drive.google.com/file/d/1" + alnum(24) + "/view?usp=sharing";
    };
  }

  private String hex(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(HEX.charAt(rnd.nextInt(16)));
    }
    return sb.toString();
  }

  private String alnum(int n) {
    String chars = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-";
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(chars.charAt(rnd.nextInt(chars.length())));
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- payment

  /** A Luhn-valid card number of a real brand's length and prefix, grouped as printed. */
  String card() {
    String payload;
    int kind = rnd.nextInt(10);
    if (kind < 5) {
      payload = "4" + digits(14);
    } else if (kind < 8) {
      payload = rnd.nextBoolean() ? "5" + between(1, 5) : "2" + between(221, 720);
      payload = payload + digits(15 - payload.length());
    } else if (kind < 9) {
      payload = (rnd.nextBoolean() ? "34" : "37") + digits(12);
    } else {
      payload = "6011" + digits(11);
    }
    String number = payload + Checksums.luhnCheckDigit(payload);
    if (number.length() == 15) {
      return switch (rnd.nextInt(3)) {
        case 0 -> number;
        default -> number.substring(0, 4) + " " + number.substring(4, 10) + " " + number.substring(10);
      };
    }
    return switch (rnd.nextInt(4)) {
      case 0 -> number;
      case 1 -> group(number, 4, "-");
      default -> group(number, 4, " ");
    };
  }

  static String group(String s, int size, String sep) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i += size) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(s, i, Math.min(s.length(), i + size));
    }
    return sb.toString();
  }

  /** A valid IBAN of a country that fits the language, grouped by four or compact. */
  String iban(Lang lang) {
    String country = switch (lang) {
      case FR -> rnd.nextInt(5) == 0 ? "BE" : "FR";
      case DE -> "DE";
      case ES -> "ES";
      case EN -> rnd.nextInt(3) == 0 ? (rnd.nextBoolean() ? "DE" : "FR") : "GB";
    };
    String bban = switch (country) {
      case "FR" -> {
        String bank = pick(new String[] {"30004", "30003", "10278", "20041", "30002", "11315"});
        String branch = digits(5);
        String account = digits(11);
        yield bank + branch + account + Checksums.ribKey(bank, branch, account);
      }
      case "BE" -> {
        String ten = between(1, 9) + digits(9);
        long mod = Long.parseLong(ten) % 97;
        yield ten + pad(mod == 0 ? 97 : (int) mod, 2);
      }
      case "DE" -> pick(new String[] {"10010010", "37040044", "50010517", "70150000", "20041133"})
          + digits(10);
      case "ES" -> {
        String bank = pick(new String[] {"2100", "0049", "0182", "2085", "0081"});
        String branch = digits(4);
        String account = digits(10);
        yield bank + branch + Checksums.spanishControl(bank, branch, account) + account;
      }
      default -> pick(new String[] {"NWBK", "BARC", "LOYD", "HBUK", "MIDL"}) + digits(6) + digits(8);
    };
    String compact = country + Checksums.ibanCheckDigits(country, bban) + bban;
    return rnd.nextInt(3) == 0 ? compact : group(compact, 4, " ");
  }

  // ---------------------------------------------------------------- national identifiers

  String ssn() {
    int area;
    do {
      area = between(1, 899);
    } while (area == 666);
    String number = pad(area, 3) + pad(between(1, 99), 2) + pad(between(1, 9999), 4);
    return rnd.nextInt(5) == 0
        ? number.substring(0, 3) + " " + number.substring(3, 5) + " " + number.substring(5)
        : number.substring(0, 3) + "-" + number.substring(3, 5) + "-" + number.substring(5);
  }

  /** A French NIR with a valid key: sex, year, month, department, commune, order, key. */
  String nir() {
    String sex = rnd.nextBoolean() ? "1" : "2";
    String yy = pad(between(0, 99), 2);
    String mm = pad(between(1, 12), 2);
    String dept;
    int d = between(1, 96);
    if (d == 20) {
      dept = rnd.nextBoolean() ? "2A" : "2B";
    } else {
      dept = pad(d == 96 ? 95 : d, 2);
    }
    String commune = pad(between(1, 400), 3);
    String order = pad(between(1, 999), 3);
    String thirteen = sex + yy + mm + dept + commune + order;
    String key = pad(Checksums.nirKey(thirteen), 2);
    return rnd.nextInt(3) == 0
        ? thirteen + key
        : sex + " " + yy + " " + mm + " " + dept + " " + commune + " " + order + " " + key;
  }

  /** A German tax id: 11 digits, no leading zero, one digit twice in the first ten, check digit. */
  String deTaxId() {
    StringBuilder ten;
    do {
      ten = new StringBuilder();
      java.util.List<Integer> pool = new java.util.ArrayList<>();
      for (int i = 0; i <= 9; i++) {
        pool.add(i);
      }
      java.util.Collections.shuffle(pool, rnd);
      // nine distinct digits, one of them written twice
      for (int i = 0; i < 9; i++) {
        ten.append(pool.get(i));
      }
      int dup = rnd.nextInt(9);
      ten.insert(rnd.nextInt(10), ten.charAt(dup));
    } while (ten.charAt(0) == '0');
    String id = ten.toString() + Checksums.germanTaxCheck(ten.toString());
    return rnd.nextBoolean() ? id : id.substring(0, 2) + " " + id.substring(2, 5) + " "
        + id.substring(5, 8) + " " + id.substring(8);
  }

  /** A Spanish DNI (8 digits and letter) or NIE (X/Y/Z, 7 digits, letter). */
  String esNif() {
    if (rnd.nextInt(4) == 0) {
      int prefix = rnd.nextInt(3);
      String seven = digits(7);
      char letter = Checksums.nifLetter(Long.parseLong(prefix + seven));
      return "XYZ".charAt(prefix) + seven + letter;
    }
    long n = between(1_000_000, 99_999_999);
    String eight = pad((int) n, 8);
    char letter = Checksums.nifLetter(n);
    return rnd.nextInt(3) == 0 ? eight + "-" + letter : eight + letter;
  }

  /** A UK National Insurance number with valid prefix letters and suffix. */
  String ukNino() {
    String firstAllowed = "ABCEGHJKLMNOPRSTWXYZ";
    String secondAllowed = "ABCEGHJKLMNPRSTWXYZ";
    String prefix;
    do {
      prefix = "" + firstAllowed.charAt(rnd.nextInt(firstAllowed.length()))
          + secondAllowed.charAt(rnd.nextInt(secondAllowed.length()));
    } while (java.util.Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ").contains(prefix));
    String six = digits(6);
    char suffix = "ABCD".charAt(rnd.nextInt(4));
    return rnd.nextBoolean()
        ? prefix + six + suffix
        : prefix + " " + six.substring(0, 2) + " " + six.substring(2, 4) + " " + six.substring(4)
            + " " + suffix;
  }

  // ---------------------------------------------------------------- network

  String ip() {
    int kind = rnd.nextInt(10);
    if (kind < 5) {
      int[] firsts = {82, 86, 90, 91, 78, 88, 109, 176, 185, 37, 46, 84, 93, 151, 212, 217, 73, 98};
      return firsts[rnd.nextInt(firsts.length)] + "." + between(0, 255) + "." + between(0, 255) + "."
          + between(1, 254);
    } else if (kind < 7) {
      return "192.168." + between(0, 2) + "." + between(2, 254);
    } else if (kind < 9) {
      return "2a01:" + hexGroup() + ":" + hexGroup() + ":" + hexGroup() + ":" + hexGroup() + ":"
          + hexGroup() + ":" + hexGroup() + ":" + hexGroup();
    }
    return "fe80::" + hexGroup() + ":" + hexGroup() + ":" + hexGroup() + ":" + hexGroup();
  }

  private String hexGroup() {
    return Integer.toHexString(rnd.nextInt(0x10000));
  }

  String mac() {
    String h = hex(12);
    return switch (rnd.nextInt(4)) {
      case 0 -> group(h, 2, ":").toUpperCase(Locale.ROOT);
      case 1 -> group(h, 2, ":");
      case 2 -> group(h, 2, "-").toUpperCase(Locale.ROOT);
      default -> group(h, 4, ".");
    };
  }

  // ---------------------------------------------------------------- dates

  /** A date of birth written the way the language writes dates. */
  String dateOfBirth(Lang lang) {
    return date(lang, between(1942, 2006));
  }

  /** An ordinary recent date (an order, a delivery): not personal data. */
  String recentDate(Lang lang) {
    return date(lang, between(2023, 2025));
  }

  private String date(Lang lang, int year) {
    int month = between(1, 12);
    int day = between(1, 28);
    String dd = pad(day, 2);
    String mm = pad(month, 2);
    int style = rnd.nextInt(3);
    return switch (lang) {
      case FR -> style == 0 ? day + " " + MONTHS_FR[month - 1] + " " + year
          : dd + "/" + mm + "/" + year;
      case DE -> style == 0 ? day + ". " + MONTHS_DE[month - 1] + " " + year
          : dd + "." + mm + "." + year;
      case ES -> style == 0 ? day + " de " + MONTHS_ES[month - 1] + " de " + year
          : dd + "/" + mm + "/" + year;
      case EN -> switch (style) {
        case 0 -> MONTHS_EN[month - 1] + " " + day + ", " + year;
        case 1 -> mm + "/" + dd + "/" + year;
        default -> day + " " + MONTHS_EN[month - 1] + " " + year;
      };
    };
  }
}
