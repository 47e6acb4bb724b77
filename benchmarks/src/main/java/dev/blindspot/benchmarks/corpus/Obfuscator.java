package dev.blindspot.benchmarks.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Rewrites a clean value the way people and broken pipelines do (DESIGN.md section 4), one named
 * technique at a time. Each technique applies to the types where it occurs in real text; {@link
 * #apply} returns null when a technique does not fit a particular value.
 */
final class Obfuscator {

  static final String SPACES_AROUND_AT = "spaces-around-at";
  static final String SPACED_CHARACTERS = "spaced-characters";
  static final String AT_DOT_WORDS = "at-dot-words";
  static final String BRACKETED = "bracketed";
  static final String HTML_ENTITIES = "html-entities";
  static final String URL_ENCODING = "url-encoding";
  static final String FULLWIDTH = "fullwidth";
  static final String HOMOGLYPHS = "homoglyphs";
  static final String ZERO_WIDTH = "zero-width";
  static final String SOFT_HYPHEN = "soft-hyphen";
  static final String UNICODE_DASHES = "unicode-dashes";
  static final String NON_ASCII_DIGITS = "non-ascii-digits";
  static final String LETTER_DIGIT_SWAPS = "letter-digit-swaps";
  static final String SPELLED_DIGITS = "spelled-digits";
  static final String MIXED_SEPARATORS = "mixed-separators";
  static final String LINE_BREAK = "line-break";

  /** Every technique, in the order of DESIGN.md section 4. */
  static final List<String> ALL = List.of(
      SPACES_AROUND_AT, SPACED_CHARACTERS, AT_DOT_WORDS, BRACKETED, HTML_ENTITIES, URL_ENCODING,
      FULLWIDTH, HOMOGLYPHS, ZERO_WIDTH, SOFT_HYPHEN, UNICODE_DASHES, NON_ASCII_DIGITS,
      LETTER_DIGIT_SWAPS, SPELLED_DIGITS, MIXED_SEPARATORS, LINE_BREAK);

  private static final Map<String, List<String>> BY_TYPE = Map.ofEntries(
      Map.entry("EMAIL_ADDRESS", List.of(SPACES_AROUND_AT, AT_DOT_WORDS, BRACKETED, HTML_ENTITIES,
          URL_ENCODING, FULLWIDTH, HOMOGLYPHS, ZERO_WIDTH, SOFT_HYPHEN, LINE_BREAK)),
      Map.entry("PHONE_NUMBER", List.of(SPACED_CHARACTERS, UNICODE_DASHES, NON_ASCII_DIGITS,
          LETTER_DIGIT_SWAPS, SPELLED_DIGITS, MIXED_SEPARATORS, FULLWIDTH, ZERO_WIDTH, LINE_BREAK)),
      Map.entry("CREDIT_CARD", List.of(SPACED_CHARACTERS, UNICODE_DASHES, NON_ASCII_DIGITS,
          LETTER_DIGIT_SWAPS, MIXED_SEPARATORS, FULLWIDTH, ZERO_WIDTH, SOFT_HYPHEN, LINE_BREAK)),
      Map.entry("IBAN_CODE", List.of(SPACED_CHARACTERS, MIXED_SEPARATORS, UNICODE_DASHES,
          FULLWIDTH, ZERO_WIDTH, LINE_BREAK, LETTER_DIGIT_SWAPS)),
      Map.entry("US_SSN", List.of(SPACED_CHARACTERS, UNICODE_DASHES, SPELLED_DIGITS,
          LETTER_DIGIT_SWAPS, MIXED_SEPARATORS, FULLWIDTH, NON_ASCII_DIGITS)),
      Map.entry("FR_NIR", List.of(SPACED_CHARACTERS, MIXED_SEPARATORS, LETTER_DIGIT_SWAPS,
          ZERO_WIDTH, FULLWIDTH, LINE_BREAK, UNICODE_DASHES)),
      Map.entry("IP_ADDRESS", List.of(AT_DOT_WORDS, BRACKETED, FULLWIDTH, SPACED_CHARACTERS,
          NON_ASCII_DIGITS, ZERO_WIDTH)),
      Map.entry("MAC_ADDRESS", List.of(UNICODE_DASHES, SPACED_CHARACTERS, FULLWIDTH, ZERO_WIDTH,
          MIXED_SEPARATORS)),
      Map.entry("URL", List.of(AT_DOT_WORDS, BRACKETED, URL_ENCODING, ZERO_WIDTH, FULLWIDTH,
          HOMOGLYPHS, LINE_BREAK, SOFT_HYPHEN)),
      Map.entry("PERSON", List.of(HOMOGLYPHS, ZERO_WIDTH, FULLWIDTH, HTML_ENTITIES, SOFT_HYPHEN,
          LINE_BREAK)),
      Map.entry("LOCATION", List.of(HOMOGLYPHS, HTML_ENTITIES, ZERO_WIDTH, LINE_BREAK, FULLWIDTH)),
      Map.entry("ORGANIZATION", List.of(HOMOGLYPHS, ZERO_WIDTH, FULLWIDTH, SOFT_HYPHEN,
          HTML_ENTITIES)),
      Map.entry("DATE_TIME", List.of(UNICODE_DASHES, SPACED_CHARACTERS, FULLWIDTH,
          NON_ASCII_DIGITS)),
      Map.entry("UK_NINO", List.of(SPACED_CHARACTERS, ZERO_WIDTH, FULLWIDTH, LETTER_DIGIT_SWAPS,
          MIXED_SEPARATORS)),
      Map.entry("DE_TAX_ID", List.of(SPACED_CHARACTERS, MIXED_SEPARATORS, LETTER_DIGIT_SWAPS,
          ZERO_WIDTH, NON_ASCII_DIGITS)),
      Map.entry("ES_NIF", List.of(SPACED_CHARACTERS, MIXED_SEPARATORS, ZERO_WIDTH, FULLWIDTH)));

  private static final char[] ZERO_WIDTH_CHARS = {'\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'};
  private static final char[] DASHES = {'\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212'};
  private static final char[] DIGIT_ZEROS = {'\u0660', '\u06F0', '\u0966', '\u09E6', '\u0E50'};
  private static final String LATIN_LOOKALIKES = "aeopcxyiAEOPCXHKMTB";
  private static final String CYRILLIC_LOOKALIKES =
      "\u0430\u0435\u043E\u0440\u0441\u0445\u0443\u0456\u0410\u0415\u041E\u0420\u0421\u0425\u041D\u041A\u041C\u0422\u0412";
  private static final Map<Character, String> NAMED_ENTITIES = Map.ofEntries(
      Map.entry('é', "&eacute;"), Map.entry('è', "&egrave;"), Map.entry('ê', "&ecirc;"),
      Map.entry('ë', "&euml;"), Map.entry('à', "&agrave;"), Map.entry('â', "&acirc;"),
      Map.entry('ç', "&ccedil;"), Map.entry('ü', "&uuml;"), Map.entry('ö', "&ouml;"),
      Map.entry('ä', "&auml;"), Map.entry('ñ', "&ntilde;"), Map.entry('í', "&iacute;"),
      Map.entry('ó', "&oacute;"), Map.entry('á', "&aacute;"), Map.entry('ú', "&uacute;"),
      Map.entry('ï', "&iuml;"), Map.entry('î', "&icirc;"), Map.entry('ô', "&ocirc;"),
      Map.entry('ß', "&szlig;"), Map.entry('É', "&Eacute;"), Map.entry('&', "&amp;"),
      Map.entry('\'', "&#39;"), Map.entry('Á', "&Aacute;"), Map.entry('Í', "&Iacute;"));

  private Obfuscator() {}

  /** The techniques that occur for a type; empty for a type never obfuscated. */
  static List<String> techniquesFor(String type) {
    return BY_TYPE.getOrDefault(type, List.of());
  }

  /**
   * Applies a technique to a clean value.
   *
   * @return the obfuscated value, or null when the technique does not fit this value
   */
  static String apply(String technique, String type, String clean, Lang lang, Random rnd) {
    return switch (technique) {
      case SPACES_AROUND_AT -> spacesAroundAt(clean, rnd);
      case SPACED_CHARACTERS -> spaced(type, clean, rnd);
      case AT_DOT_WORDS -> atDotWords(type, clean, lang, rnd);
      case BRACKETED -> bracketed(type, clean, rnd);
      case HTML_ENTITIES -> htmlEntities(type, clean, rnd);
      case URL_ENCODING -> urlEncoding(type, clean);
      case FULLWIDTH -> fullwidth(clean);
      case HOMOGLYPHS -> homoglyphs(clean, rnd);
      case ZERO_WIDTH -> insertInvisible(clean, ZERO_WIDTH_CHARS, 1 + rnd.nextInt(3), rnd);
      case SOFT_HYPHEN -> insertInvisible(clean, new char[] {'\u00AD'}, 1 + rnd.nextInt(2), rnd);
      case UNICODE_DASHES -> joinGroups(type, clean, String.valueOf(DASHES[rnd.nextInt(DASHES.length)]));
      case NON_ASCII_DIGITS -> nonAsciiDigits(clean, rnd);
      case LETTER_DIGIT_SWAPS -> letterDigitSwaps(type, clean, rnd);
      case SPELLED_DIGITS -> spelled(type, clean, lang, rnd);
      case MIXED_SEPARATORS -> mixedSeparators(type, clean, rnd);
      case LINE_BREAK -> lineBreak(type, clean, rnd);
      default -> throw new IllegalArgumentException("unknown technique " + technique);
    };
  }

  // ------------------------------------------------------------------------------ techniques

  private static String spacesAroundAt(String email, Random rnd) {
    String at = switch (rnd.nextInt(3)) {
      case 0 -> " @ ";
      case 1 -> " @";
      default -> "@ ";
    };
    String out = email.replace("@", at);
    if (rnd.nextInt(3) == 0) {
      int lastDot = out.lastIndexOf('.');
      out = out.substring(0, lastDot) + " . " + out.substring(lastDot + 1);
    }
    return out;
  }

  private static String spaced(String type, String clean, Random rnd) {
    if (type.equals("IP_ADDRESS") || type.equals("MAC_ADDRESS")) {
      StringBuilder sb = new StringBuilder();
      for (char c : clean.toCharArray()) {
        if (c == '.' || c == ':' || c == '-') {
          sb.append(' ').append(c).append(' ');
        } else {
          sb.append(c);
        }
      }
      return sb.toString();
    }
    if (type.equals("DATE_TIME")) {
      if (!clean.matches("[0-9./-]+")) {
        return null;
      }
      return clean.replaceAll("([./-])", " $1 ");
    }
    String compact = compact(clean);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < compact.length(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(compact.charAt(i));
    }
    return sb.toString();
  }

  private static final String[][] AT_DOT = {
    {"at", "dot"}, {"arobase", "point"}, {"Klammeraffe", "Punkt"}, {"arroba", "punto"},
    {"chiocciola", "punto"}, {"apenstaartje", "punt"}, {"snabel-a", "punkt"}, {"собака", "точка"},
    {"arroba", "ponto"}
  };

  private static String atDotWords(String type, String clean, Lang lang, Random rnd) {
    String[] words;
    if (rnd.nextInt(6) == 0) {
      words = AT_DOT[4 + rnd.nextInt(AT_DOT.length - 4)];
    } else {
      words = switch (lang) {
        case EN -> AT_DOT[0];
        case FR -> rnd.nextInt(4) == 0 ? AT_DOT[0] : AT_DOT[1];
        case DE -> rnd.nextBoolean() ? AT_DOT[2] : new String[] {"at", "punkt"};
        case ES -> AT_DOT[3];
      };
    }
    String at = " " + (rnd.nextInt(5) == 0 ? words[0].toUpperCase(java.util.Locale.ROOT) : words[0]) + " ";
    String dot = " " + words[1] + " ";
    switch (type) {
      case "EMAIL_ADDRESS" -> {
        int a = clean.indexOf('@');
        String local = clean.substring(0, a);
        String domain = clean.substring(a + 1).replace(".", dot);
        if (rnd.nextBoolean()) {
          local = local.replace(".", dot);
        }
        return local + at + domain;
      }
      case "IP_ADDRESS" -> {
        return clean.contains(":") ? null : clean.replace(".", dot);
      }
      case "URL" -> {
        int hostStart = clean.indexOf("://") + 3;
        int hostEnd = clean.indexOf('/', hostStart);
        if (hostEnd < 0) {
          hostEnd = clean.length();
        }
        String host = clean.substring(hostStart, hostEnd).replace(".", dot);
        return host + clean.substring(hostEnd).replace("/", " slash ").stripTrailing();
      }
      default -> {
        return null;
      }
    }
  }

  private static String bracketed(String type, String clean, Random rnd) {
    switch (type) {
      case "EMAIL_ADDRESS" -> {
        String[][] forms = {{"[at]", "[dot]"}, {"(at)", "(dot)"}, {"{at}", "{dot}"},
          {"[@]", "[.]"}, {"<at>", "<dot>"}, {"(arobase)", "(point)"}};
        String[] f = forms[rnd.nextInt(forms.length)];
        String sp = rnd.nextBoolean() ? " " : "";
        int a = clean.indexOf('@');
        String domain = clean.substring(a + 1);
        if (rnd.nextBoolean()) {
          domain = domain.replace(".", sp + f[1] + sp);
        }
        return clean.substring(0, a) + sp + f[0] + sp + domain;
      }
      case "IP_ADDRESS" -> {
        return clean.contains(":") ? null : clean.replace(".", "[.]");
      }
      case "URL" -> {
        int hostStart = clean.indexOf("://") + 3;
        int hostEnd = clean.indexOf('/', hostStart);
        if (hostEnd < 0) {
          hostEnd = clean.length();
        }
        String scheme = clean.substring(0, hostStart).replace("http", "hxxp");
        return scheme + clean.substring(hostStart, hostEnd).replace(".", "[.]") + clean.substring(hostEnd);
      }
      default -> {
        return null;
      }
    }
  }

  private static String htmlEntities(String type, String clean, Random rnd) {
    if (type.equals("EMAIL_ADDRESS")) {
      String out = clean.replace("@", rnd.nextBoolean() ? "&#64;" : "&commat;");
      return rnd.nextBoolean() ? out.replace(".", rnd.nextBoolean() ? "&#46;" : "&period;") : out;
    }
    StringBuilder sb = new StringBuilder();
    boolean changed = false;
    for (char c : clean.toCharArray()) {
      String named = NAMED_ENTITIES.get(c);
      if (named != null) {
        sb.append(rnd.nextInt(4) == 0 && c > 0x7F ? "&#" + (int) c + ";" : named);
        changed = true;
      } else if (c > 0x7F && Character.isLetter(c)) {
        sb.append("&#").append((int) c).append(';');
        changed = true;
      } else {
        sb.append(c);
      }
    }
    return changed ? sb.toString() : null;
  }

  private static String urlEncoding(String type, String clean) {
    if (type.equals("EMAIL_ADDRESS")) {
      return clean.replace("+", "%2B").replace("@", "%40");
    }
    StringBuilder sb = new StringBuilder();
    for (char c : clean.toCharArray()) {
      switch (c) {
        case ':' -> sb.append("%3A");
        case '/' -> sb.append("%2F");
        case '?' -> sb.append("%3F");
        case '=' -> sb.append("%3D");
        case '&' -> sb.append("%26");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  static String fullwidth(String clean) {
    StringBuilder sb = new StringBuilder(clean.length());
    for (char c : clean.toCharArray()) {
      if (c >= 0x21 && c <= 0x7E) {
        sb.append((char) (c + 0xFEE0));
      } else if (c == ' ') {
        sb.append('\u3000');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String homoglyphs(String clean, Random rnd) {
    List<Integer> eligible = new ArrayList<>();
    for (int i = 0; i < clean.length(); i++) {
      if (LATIN_LOOKALIKES.indexOf(clean.charAt(i)) >= 0) {
        eligible.add(i);
      }
    }
    if (eligible.isEmpty()) {
      return null;
    }
    char[] out = clean.toCharArray();
    int n = Math.min(eligible.size(), 1 + rnd.nextInt(3));
    for (int k = 0; k < n; k++) {
      int i = eligible.remove(rnd.nextInt(eligible.size()));
      out[i] = CYRILLIC_LOOKALIKES.charAt(LATIN_LOOKALIKES.indexOf(out[i]));
    }
    return new String(out);
  }

  private static String insertInvisible(String clean, char[] chars, int count, Random rnd) {
    if (clean.length() < 2) {
      return null;
    }
    StringBuilder sb = new StringBuilder(clean);
    for (int k = 0; k < count; k++) {
      int at = 1 + rnd.nextInt(sb.length() - 1);
      if (Character.isLowSurrogate(sb.charAt(at))) {
        at--;
      }
      sb.insert(Math.max(1, at), chars[rnd.nextInt(chars.length)]);
    }
    return sb.toString();
  }

  private static String nonAsciiDigits(String clean, Random rnd) {
    char zero = DIGIT_ZEROS[rnd.nextInt(DIGIT_ZEROS.length)];
    StringBuilder sb = new StringBuilder(clean.length());
    boolean changed = false;
    for (char c : clean.toCharArray()) {
      if (c >= '0' && c <= '9') {
        sb.append((char) (zero + (c - '0')));
        changed = true;
      } else {
        sb.append(c);
      }
    }
    return changed ? sb.toString() : null;
  }

  private static String letterDigitSwaps(String type, String clean, Random rnd) {
    List<Integer> eligible = new ArrayList<>();
    int from = type.equals("IBAN_CODE") || type.equals("UK_NINO") ? 2 : 0;
    for (int i = from; i < clean.length(); i++) {
      char c = clean.charAt(i);
      if (c == '0' || c == '1') {
        eligible.add(i);
      }
    }
    if (eligible.isEmpty()) {
      return null;
    }
    char[] out = clean.toCharArray();
    int n = Math.min(eligible.size(), 1 + rnd.nextInt(3));
    for (int k = 0; k < n; k++) {
      int i = eligible.remove(rnd.nextInt(eligible.size()));
      out[i] = out[i] == '0' ? (rnd.nextInt(4) == 0 ? 'o' : 'O') : (rnd.nextInt(4) == 0 ? 'I' : 'l');
    }
    return new String(out);
  }

  private static String spelled(String type, String clean, Lang lang, Random rnd) {
    List<String> groups = groups(type, clean);
    boolean plus = clean.startsWith("+");
    StringBuilder sb = new StringBuilder();
    boolean oh = rnd.nextBoolean();
    boolean pairs = lang == Lang.FR || (lang == Lang.ES && rnd.nextBoolean());
    String groupSep = rnd.nextBoolean() ? ", " : " ";
    for (int g = 0; g < groups.size(); g++) {
      String group = groups.get(g);
      if (g > 0) {
        sb.append(groupSep);
      }
      if (g == 0 && plus) {
        sb.append(lang == Lang.ES ? "más " : "plus ");
      }
      if (pairs) {
        int i = 0;
        if (group.length() % 2 == 1) {
          sb.append(NumberWords.digit(lang, group.charAt(0) - '0', false));
          i = 1;
        }
        for (; i < group.length(); i += 2) {
          if (i > 0) {
            sb.append(' ');
          }
          int d1 = group.charAt(i) - '0';
          int d2 = group.charAt(i + 1) - '0';
          if (d1 == 0) {
            sb.append(NumberWords.digit(lang, 0, false)).append(' ').append(NumberWords.digit(lang, d2, false));
          } else {
            sb.append(lang == Lang.FR ? NumberWords.french(d1 * 10 + d2) : NumberWords.spanish(d1 * 10 + d2));
          }
        }
      } else {
        for (int i = 0; i < group.length(); i++) {
          if (i > 0) {
            sb.append(' ');
          }
          sb.append(NumberWords.digit(lang, group.charAt(i) - '0', oh));
        }
      }
    }
    return sb.toString();
  }

  private static String mixedSeparators(String type, String clean, Random rnd) {
    if (type.equals("ES_NIF")) {
      String digits = clean.replaceAll("[^0-9]", "");
      char letter = clean.charAt(clean.length() - 1);
      String prefix = Character.isLetter(clean.charAt(0)) ? clean.charAt(0) + "-" : "";
      if (digits.length() == 8) {
        return prefix + digits.substring(0, 2) + "." + digits.substring(2, 5) + "." + digits.substring(5) + "-" + letter;
      }
      return prefix + digits + "-" + letter;
    }
    List<String> groups = groups(type, clean);
    if (groups.size() < 2) {
      return null;
    }
    String[] seps = {".", "/", "_", " - ", "·", " / ", ". "};
    boolean uniform = rnd.nextBoolean();
    String sep = seps[rnd.nextInt(seps.length)];
    StringBuilder sb = new StringBuilder(clean.startsWith("+") ? "+" : "");
    for (int g = 0; g < groups.size(); g++) {
      if (g > 0) {
        sb.append(uniform ? sep : seps[rnd.nextInt(seps.length)]);
      }
      sb.append(groups.get(g));
    }
    return sb.toString();
  }

  private static String joinGroups(String type, String clean, String sep) {
    if (type.equals("DATE_TIME") && !clean.matches("[0-9./-]+")) {
      return null;
    }
    List<String> groups = groups(type, clean);
    if (groups.size() < 2) {
      return null;
    }
    return (clean.startsWith("+") ? "+" : "") + String.join(sep, groups);
  }

  private static String lineBreak(String type, String clean, Random rnd) {
    int at;
    if (type.equals("EMAIL_ADDRESS")) {
      at = clean.indexOf('@') + 1;
    } else if (type.equals("URL")) {
      at = clean.indexOf('/', clean.indexOf("://") + 3);
      if (at < 0) {
        return null;
      }
    } else {
      List<Integer> spaces = new ArrayList<>();
      for (int i = 1; i < clean.length() - 1; i++) {
        if (clean.charAt(i) == ' ') {
          spaces.add(i);
        }
      }
      if (spaces.isEmpty()) {
        if (clean.length() < 8) {
          return null;
        }
        at = clean.length() / 2;
      } else {
        int i = spaces.get(rnd.nextInt(spaces.size()));
        return clean.substring(0, i) + "\n" + clean.substring(i + 1);
      }
    }
    return clean.substring(0, at) + "\n" + clean.substring(at);
  }

  // ------------------------------------------------------------------------------ helpers

  private static String compact(String clean) {
    StringBuilder sb = new StringBuilder();
    for (char c : clean.toCharArray()) {
      if (Character.isLetterOrDigit(c) || c == '+') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The digit or letter groups of a value: as written, or cut the usual way if written compact. */
  static List<String> groups(String type, String clean) {
    List<String> groups = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (char c : clean.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        cur.append(c);
      } else if (cur.length() > 0) {
        groups.add(cur.toString());
        cur.setLength(0);
      }
    }
    if (cur.length() > 0) {
      groups.add(cur.toString());
    }
    if (groups.size() != 1) {
      return groups;
    }
    String s = groups.get(0);
    groups.clear();
    switch (type) {
      case "PHONE_NUMBER" -> {
        int i = 0;
        if (clean.startsWith("+")) {
          int cc = s.startsWith("1") ? 1 : 2;
          groups.add(s.substring(0, cc));
          groups.add(s.substring(cc, cc + 1));
          i = cc + 1;
        }
        for (; i < s.length(); i += 2) {
          groups.add(s.substring(i, Math.min(s.length(), i + 2)));
        }
      }
      case "US_SSN" -> {
        groups.add(s.substring(0, 3));
        groups.add(s.substring(3, 5));
        groups.add(s.substring(5));
      }
      case "FR_NIR" -> {
        int[] cuts = {1, 3, 5, 7, 10, 13, 15};
        int prev = 0;
        for (int cut : cuts) {
          groups.add(s.substring(prev, Math.min(cut, s.length())));
          prev = cut;
        }
      }
      case "UK_NINO" -> {
        groups.add(s.substring(0, 2));
        groups.add(s.substring(2, 4));
        groups.add(s.substring(4, 6));
        groups.add(s.substring(6, 8));
        groups.add(s.substring(8));
      }
      case "DE_TAX_ID" -> {
        groups.add(s.substring(0, 2));
        groups.add(s.substring(2, 5));
        groups.add(s.substring(5, 8));
        groups.add(s.substring(8));
      }
      default -> {
        for (int i = 0; i < s.length(); i += 4) {
          groups.add(s.substring(i, Math.min(s.length(), i + 4)));
        }
      }
    }
    return groups;
  }
}
