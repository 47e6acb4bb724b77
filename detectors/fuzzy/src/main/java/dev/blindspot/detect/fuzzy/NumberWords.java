package dev.blindspot.detect.fuzzy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers written in words, as people read out phone and card numbers, in English, French, German
 * and Spanish: digits one at a time ("oh six one two", "zéro six", "null sechs", "cero seis"),
 * "double"/"triple" ("double five"), and pairs ("twelve", "thirty-four", "soixante-dix-huit",
 * "quatre-vingt-dix-neuf", "vierunddreißig", "treinta y cuatro").
 *
 * <p>{@link #read} reads one number, possibly of several words joined by hyphens or single
 * spaces, and gives its digits: one digit for a digit word, two for a pair, repeated digits for
 * "double"/"triple". Words of the languages not asked for are not read ("Sept" is a month in
 * English, seven in French). Immutable and thread-safe.
 */
final class NumberWords {

  /** Language bits. */
  static final int EN = 1;
  static final int FR = 2;
  static final int DE = 4;
  static final int ES = 8;
  static final int ALL = EN | FR | DE | ES;

  // Kinds, in the high bits of a table value; value in the low byte, languages in the next.
  private static final int UNIT = 1;
  private static final int TEEN = 2;
  private static final int TENS = 3;
  private static final int PAIR = 4;
  private static final int MULT = 5;
  private static final int CONJ = 6;

  private static final int MISSING = -1;

  private static final WordTable WORDS = new WordTable(table());

  private NumberWords() {}

  private static Map<String, Integer> table() {
    Map<String, Integer> m = new HashMap<>();
    add(m, EN, UNIT, "zero one two three four five six seven eight nine");
    put(m, EN, UNIT, "oh", 0);
    add(m, EN, TEEN, "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen"
        + " nineteen");
    add(m, EN, TENS, "- - twenty thirty forty fifty sixty seventy eighty ninety");
    add(m, FR, UNIT, "zéro un deux trois quatre cinq six sept huit neuf");
    add(m, FR, TEEN, "dix onze douze treize quatorze quinze seize");
    add(m, FR, TENS, "- - vingt trente quarante cinquante soixante septante huitante nonante");
    add(m, DE, UNIT, "null eins zwei drei vier fünf sechs sieben acht neun");
    add(m, DE, TEEN, "zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn"
        + " neunzehn");
    add(m, DE, TENS, "- - zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig");
    add(m, ES, UNIT, "cero uno dos tres cuatro cinco seis siete ocho nueve");
    add(m, ES, TEEN, "diez once doce trece catorce quince dieciséis diecisiete dieciocho"
        + " diecinueve");
    add(m, ES, TENS, "- - veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa");
    // Spellings without accents or eszett, and other variants.
    put(m, FR, UNIT, "zero", 0);
    put(m, FR, TENS, "octante", 80);
    put(m, FR, TENS, "vingts", 20);
    put(m, DE, UNIT, "zwo", 2);
    put(m, DE, UNIT, "fuenf", 5);
    put(m, DE, TEEN, "zwoelf", 12);
    put(m, DE, TEEN, "fuenfzehn", 15);
    put(m, DE, TENS, "dreissig", 30);
    put(m, DE, TENS, "fuenfzig", 50);
    put(m, ES, TEEN, "dieciseis", 16);
    String[] veinti = {
      "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis",
      "veintisiete", "veintiocho", "veintinueve"
    };
    for (int i = 0; i < veinti.length; i++) {
      put(m, ES, PAIR, veinti[i], 21 + i);
    }
    put(m, ES, PAIR, "veintidos", 22);
    put(m, ES, PAIR, "veintitres", 23);
    put(m, ES, PAIR, "veintiseis", 26);
    put(m, EN, MULT, "double", 2);
    put(m, EN, MULT, "triple", 3);
    put(m, ES, MULT, "doble", 2);
    put(m, FR, MULT, "double", 2);
    put(m, FR, MULT, "triple", 3);
    put(m, FR, CONJ, "et", 0);
    put(m, ES, CONJ, "y", 0);
    return m;
  }

  private static void add(Map<String, Integer> m, int language, int kind, String words) {
    String[] list = words.split(" ");
    int step = kind == TENS ? 10 : 1;
    int base = kind == TEEN ? 10 : 0;
    for (int i = 0; i < list.length; i++) {
      if (!list[i].equals("-")) {
        put(m, language, kind, list[i], base + i * step);
      }
    }
  }

  private static void put(Map<String, Integer> m, int language, int kind, String word, int value) {
    Integer old = m.get(word);
    if (old != null) {
      if (kind(old) != kind || value(old) != value) {
        // Words shared by two languages ("six", "double") carry both language bits; a word with
        // two meanings would be a table error.
        throw new IllegalStateException("number word with two meanings: " + word);
      }
      m.put(word, old | (language << 8));
      return;
    }
    m.put(word, (kind << 16) | (language << 8) | value);
  }

  private static int kind(int entry) {
    return entry >>> 16;
  }

  private static int value(int entry) {
    return entry & 0xFF;
  }

  private static int languages(int entry) {
    return (entry >>> 8) & 0xFF;
  }

  /**
   * Returns the language bits to read for a language code.
   *
   * @param languages ISO 639 codes, such as {@code "fr"}; empty or unknown ones mean all
   * @return a mask of {@link #EN}, {@link #FR}, {@link #DE}, {@link #ES}
   */
  static int mask(List<String> languages) {
    int mask = 0;
    for (String language : languages) {
      switch (language) {
        case "en" -> mask |= EN;
        case "fr" -> mask |= FR;
        case "de" -> mask |= DE;
        case "es" -> mask |= ES;
        default -> { }
      }
    }
    return mask == 0 ? ALL : mask;
  }

  /** Looks up one word (a run of letters), German compounds such as "vierunddreißig" included. */
  private static int lookup(CharSequence text, int from, int to, int mask) {
    int entry = WORDS.get(text, from, to, MISSING);
    if (entry != MISSING) {
      return (languages(entry) & mask) != 0 ? entry : MISSING;
    }
    if ((mask & DE) == 0 || to - from < 9) {
      return MISSING;
    }
    for (int k = from + 3; k + 3 < to; k++) {
      if (Character.toLowerCase(text.charAt(k)) == 'u'
          && Character.toLowerCase(text.charAt(k + 1)) == 'n'
          && Character.toLowerCase(text.charAt(k + 2)) == 'd') {
        int tens = WORDS.get(text, k + 3, to, MISSING);
        int unit = WORDS.get(text, from, k, MISSING);
        boolean ein = k - from == 3 && Character.toLowerCase(text.charAt(from)) == 'e'
            && Character.toLowerCase(text.charAt(from + 1)) == 'i'
            && Character.toLowerCase(text.charAt(from + 2)) == 'n';
        int u = ein ? 1 : unit != MISSING && kind(unit) == UNIT && (languages(unit) & DE) != 0
            && value(unit) > 0 ? value(unit) : -1;
        if (u > 0 && tens != MISSING && kind(tens) == TENS && (languages(tens) & DE) != 0) {
          return (PAIR << 16) | (DE << 8) | (value(tens) + u);
        }
        return MISSING;
      }
    }
    return MISSING;
  }

  /** Tells whether a char may be part of a number word. */
  static boolean isWordChar(char c) {
    return Character.isLetter(c);
  }

  /** Returns the end of the letter run at {@code i}. */
  static int wordEnd(CharSequence text, int i, int limit) {
    int e = i;
    while (e < limit && isWordChar(text.charAt(e))) {
      e++;
    }
    return e;
  }

  /**
   * Reads one number whose first word starts at {@code i} (a word start).
   *
   * @param text the text
   * @param i start of a word
   * @param mask languages to read
   * @param out receives the digits
   * @return the end of the number's last word, or -1 when no number starts at {@code i}
   */
  static int read(CharSequence text, int i, int mask, StringBuilder out) {
    int n = text.length();
    int e = wordEnd(text, i, n);
    int w = lookup(text, i, e, mask);
    if (w == MISSING || kind(w) == CONJ) {
      return -1;
    }
    switch (kind(w)) {
      case MULT: {
        int next = joined(text, e);
        int ne = next < 0 ? -1 : wordEnd(text, next, n);
        int unit = next < 0 ? MISSING : lookup(text, next, ne, mask);
        if (unit == MISSING || kind(unit) != UNIT) {
          return -1;
        }
        for (int k = 0; k < value(w); k++) {
          out.append((char) ('0' + value(unit)));
        }
        return ne;
      }
      case UNIT: {
        // "quatre-vingt(s)" is 80, then maybe one to nineteen: "quatre-vingt-dix-neuf".
        if (value(w) == 4 && (languages(w) & FR) != 0) {
          int next = joined(text, e);
          if (next >= 0 && isVingt(text, next, wordEnd(text, next, n))) {
            return tensTail(text, wordEnd(text, next, n), 80, true, mask, out);
          }
        }
        out.append((char) ('0' + value(w)));
        return e;
      }
      case TEEN: {
        int value = value(w);
        int end = e;
        if (value == 10 && (languages(w) & FR) != 0) { // "dix-sept", "dix-huit", "dix-neuf"
          int next = joined(text, e);
          int ne = next < 0 ? -1 : wordEnd(text, next, n);
          int unit = next < 0 ? MISSING : lookup(text, next, ne, FR);
          if (unit != MISSING && kind(unit) == UNIT && value(unit) >= 7) {
            value += value(unit);
            end = ne;
          }
        }
        out.append(value);
        return end;
      }
      case TENS:
        return tensTail(text, e, value(w), value(w) == 60 && (languages(w) & FR) != 0, mask, out);
      default: // PAIR
        out.append(value(w));
        return e;
    }
  }

  /**
   * After a tens word ending at {@code e}: an optional "et"/"y", then a unit, or ten to nineteen
   * when the tens count on in French ({@code countsOn}: "soixante-dix-huit", "quatre-vingt-onze").
   */
  private static int tensTail(
      CharSequence text, int e, int tens, boolean countsOn, int mask, StringBuilder out) {
    int n = text.length();
    int start = joined(text, e);
    int end = start < 0 ? -1 : wordEnd(text, start, n);
    int word = start < 0 ? MISSING : lookup(text, start, end, mask);
    if (word != MISSING && kind(word) == CONJ) { // "vingt et un", "treinta y cuatro"
      start = joined(text, end);
      end = start < 0 ? -1 : wordEnd(text, start, n);
      word = start < 0 ? MISSING : lookup(text, start, end, mask);
      if (word == MISSING || value(word) == 0 || (kind(word) != UNIT && kind(word) != TEEN)) {
        word = MISSING;
      }
    }
    if (word != MISSING && kind(word) == UNIT && value(word) > 0) {
      out.append(tens + value(word));
      return end;
    }
    if (word != MISSING && kind(word) == TEEN && countsOn) {
      StringBuilder teen = new StringBuilder(2);
      int teenEnd = read(text, start, FR, teen); // "dix-huit" is one teen
      out.append(tens + Integer.parseInt(teen.toString()));
      return teenEnd;
    }
    out.append(tens);
    return e;
  }

  private static boolean isVingt(CharSequence text, int from, int to) {
    int w = WORDS.get(text, from, to, MISSING);
    return w != MISSING && kind(w) == TENS && value(w) == 20 && (languages(w) & FR) != 0;
  }

  /**
   * Returns the start of the word joined to the one ending at {@code e} by a hyphen or one or two
   * spaces, or -1.
   */
  private static int joined(CharSequence text, int e) {
    int n = text.length();
    int p = e;
    if (p < n && text.charAt(p) == '-') {
      p++;
    } else {
      while (p < n && p - e < 2 && text.charAt(p) == ' ') {
        p++;
      }
    }
    return p > e && p < n && isWordChar(text.charAt(p)) ? p : -1;
  }
}
