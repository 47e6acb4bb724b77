package dev.blindspot.detect.nlp;

import dev.blindspot.Explanation;
import dev.blindspot.PiiType;
import dev.blindspot.spi.Detector;
import dev.blindspot.spi.FindingSink;
import dev.blindspot.spi.ScanContext;
import java.util.Objects;
import java.util.Set;

/**
 * Finds postal addresses and the places where a person lives, by rules and word lists: a house
 * number with a street type ("221B Baker Street", "12 rue de la Paix", "Hauptstraße 5", "calle
 * Mayor 3") and the postal code, city, state or floor that follow it; a postal code with a known
 * city ("75002 Paris"); a British postcode ("SW1A 1AA"); a place after a phrase that announces a
 * residence or an address ("I live in Lyon", "j'habite à Nantes", "my address is ..."). A city
 * named without such a cue ("the Paris office") is not reported.
 *
 * <p>Scores: {@value #ADDRESS_SCORE} for a street with its house number, {@value
 * #FULL_ADDRESS_SCORE} with a postal code or a city after it, {@value #ANNOUNCED_ADDRESS_SCORE}
 * after an address phrase; {@value #PLACE_SCORE} for a capitalised place after a residence phrase,
 * {@value #KNOWN_PLACE_SCORE} when the place is known or has a postal code; {@value
 * #POSTAL_CODE_SCORE} for a postal code with a known city; {@value #UK_POSTCODE_SCORE} for a
 * British postcode alone.
 *
 * <p>The text is read once, word by word; only a number, a street word, a postal code or the first
 * word of a phrase starts a look-ahead of a few words on the same line. Immutable and thread-safe.
 */
final class LocationDetector implements Detector {

  /** The id findings carry. */
  static final String ID = "nlp.location";

  static final double ADDRESS_SCORE = 0.85;
  static final double FULL_ADDRESS_SCORE = 0.9;
  static final double ANNOUNCED_ADDRESS_SCORE = 0.95;
  static final double PLACE_SCORE = 0.8;
  static final double KNOWN_PLACE_SCORE = 0.85;
  static final double POSTAL_CODE_SCORE = 0.75;
  static final double UK_POSTCODE_SCORE = 0.7;

  static final String STREET_RULE = "rule:street-type";
  static final String POSTAL_RULE = "rule:postal-code";
  static final String PHRASE_RULE = "rule:announcing-phrase";

  private static final Set<PiiType> TYPES = Set.of(PiiType.LOCATION);

  /** The postal abbreviations of the states of the United States. */
  private static final Set<String> US_STATES =
      Set.of(
          "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
          "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
          "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
          "VA", "WA", "WV", "WI", "WY", "DC");

  /** Words after a Spanish floor number: "2º izq.", "3º B". */
  private static final Set<String> FLOOR_SIDES = Set.of("izq", "izda", "dcha", "dch", "der", "pta");

  /** Words before a flat number: "Flat 2, 19 Chester Terrace". */
  private static final Set<String> FLAT_WORDS = Set.of("flat", "apt", "apartment", "unit", "suite");

  private static final String GERMAN_STREET = WordTable.fold("straße");
  private static final String GERMAN_STREET_ASCII = "strasse";
  private static final String GERMAN_STREET_SHORT = "str";

  /** Person-lexicon flags of words that are never part of a place name. */
  private static final int NOT_A_PLACE_WORD =
      PersonLexicon.FUNCTION | PersonLexicon.CALENDAR | PersonLexicon.DETERMINER
          | PersonLexicon.GREETING | PersonLexicon.THANKS | PersonLexicon.HONORIFIC
          | PersonLexicon.PRODUCT;

  private final EntityLexicon lexicon;

  LocationDetector(EntityLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<PiiType> types() {
    return TYPES;
  }

  @Override
  public void detect(ScanContext context, FindingSink sink) {
    new Scan(lexicon, context.text(), sink).run();
  }

  /** Returns the id; never words. */
  @Override
  public String toString() {
    return "LocationDetector[" + ID + "]";
  }

  /** A street address found: its first and last word, score and explanation. */
  private record Address(int first, int last, double score, Explanation why) {}

  /** One scan of one text. */
  private static final class Scan {
    private final EntityLexicon lexicon;
    private final CharSequence text;
    private final FindingSink sink;
    private final WordList w;
    // Results of the last call to extend().
    private boolean postcode;
    private boolean city;

    Scan(EntityLexicon lexicon, CharSequence text, FindingSink sink) {
      this.lexicon = lexicon;
      this.text = text;
      this.sink = sink;
      this.w = new WordList(text);
    }

    void run() {
      int k = 0;
      while (k < w.size()) {
        int last = at(k);
        k = last >= 0 ? last + 1 : k + 1;
      }
    }

    /** Tries every rule at word k; returns the last word reported, or -1. */
    private int at(int k) {
      EntityLexicon.Phrase[] phrases = lexicon.phrases(text, w.start(k), w.end(k));
      if (phrases != null) {
        for (EntityLexicon.Phrase phrase : phrases) {
          if (phrase.kind() != EntityLexicon.EMPLOYER) {
            int j = PhraseMatch.after(w, text, k, phrase);
            if (j >= 0) {
              int last = announced(j, phrase);
              if (last >= 0) {
                return last;
              }
            }
          }
        }
      }
      Address address = street(k);
      if (address == null && isFlat(k)) {
        // "Flat 2, 19 Chester Terrace"
        address = street(k + 2);
        if (address != null) {
          address = new Address(k, address.last(), address.score(), address.why());
        }
      }
      if (address != null) {
        report(w.start(address.first()), address.last(), address.score(), address.why());
        return address.last();
      }
      return postalCode(k);
    }

    /** A place or an address after a phrase; returns the last word reported, or -1. */
    private int announced(int j, EntityLexicon.Phrase phrase) {
      String id = "phrase:" + phrase.id();
      Address address = street(j);
      if (address != null) {
        double score =
            phrase.kind() == EntityLexicon.ADDRESS ? ANNOUNCED_ADDRESS_SCORE : address.score();
        report(w.start(j), address.last(), score, address.why().withValidation(id));
        return address.last();
      }
      int c = placeRun(j, 4);
      if (c < 0 || isProduct(j)) {
        return -1;
      }
      boolean known = false;
      for (int m = j; m <= c; m++) {
        known |= (lexicon.flags(text, w.start(m), w.end(m)) & EntityLexicon.PLACE) != 0;
      }
      int last = extend(c);
      boolean weak = phrase.weak() || phrase.kind() == EntityLexicon.ADDRESS;
      if (weak && !known && !postcode) {
        return -1;
      }
      Explanation why = Explanation.of(PHRASE_RULE).withValidation(id);
      why = why.withValidation(known ? "known-place" : "capitalised-place");
      if (postcode) {
        why = why.withValidation("postal-code");
      }
      report(w.start(j), last, known || postcode ? KNOWN_PLACE_SCORE : PLACE_SCORE, why);
      return last;
    }

    /** A street address starting at word k, with what follows it; or null. */
    private Address street(int k) {
      int n = w.size();
      if (w.houseNumber(k) && k + 1 < n && w.gap(k, ",")) {
        int j = k + 1;
        if ((isWord(j, "bis") || isWord(j, "ter")) && w.spaced(j) && j + 1 < n) {
          j++;
        }
        // "12 rue de la Paix", "79 impasse des Acacias"
        if ((flags(j) & EntityLexicon.STREET_BEFORE) != 0 && w.spaced(j)) {
          int last = nameRun(j + 1, 5, true);
          if (last >= 0) {
            return withTail(k, last, true);
          }
        }
        // "221B Baker Street", "11 Kingsway, Glasgow G12 0XR"
        if (w.spaced(k)) {
          int names = 0;
          for (int m = j; m < n && names < 4 && placeWord(m); m++) {
            if (names > 0 && (flags(m) & EntityLexicon.STREET_AFTER) != 0) {
              // "Elm Grove Road", "Park Lane"
              while (m + 1 < n && w.spaced(m) && w.capitalised(m + 1)
                  && (flags(m + 1) & EntityLexicon.STREET_AFTER) != 0) {
                m++;
              }
              return withTail(k, m, true);
            }
            names++;
            if (!w.spaced(m)) {
              break;
            }
          }
          if (names > 0) {
            extend(j + names - 1);
            if (postcode) {
              return withTail(k, j + names - 1, false);
            }
          }
        }
        return null;
      }
      if (!w.spaced(k) || k + 1 >= n) {
        return null;
      }
      // "Calle de Alcalá 52", "calle Mayor 3"
      if ((flags(k) & EntityLexicon.STREET_BEFORE) != 0) {
        int last = nameRun(k + 1, 5, true);
        if (last >= 0 && last + 1 < n && w.gap(last, ",") && w.houseNumber(last + 1)) {
          return withTail(k, last + 1, true);
        }
        return null;
      }
      if (!w.capitalised(k)) {
        return null;
      }
      // "Hauptstraße 5", "Gartenweg 121"
      if (lexicon.isJoinedStreet(text, w.start(k), w.end(k)) && w.houseNumber(k + 1)) {
        return withTail(k, k + 1, true);
      }
      // "Berliner Straße 5"
      if (k + 2 < n && w.spaced(k + 1) && w.houseNumber(k + 2) && isGermanStreetWord(k + 1)
          && placeWord(k)) {
        return withTail(k, k + 2, true);
      }
      return null;
    }

    private Address withTail(int first, int streetEnd, boolean streetType) {
      int last = extend(streetEnd);
      Explanation why =
          Explanation.of(streetType ? STREET_RULE : POSTAL_RULE).withValidation("house-number");
      if (postcode) {
        why = why.withValidation("postal-code");
      }
      if (city) {
        why = why.withValidation("city");
      }
      return new Address(
          first, last, postcode || city ? FULL_ADDRESS_SCORE : ADDRESS_SCORE, why);
    }

    /**
     * Extends an address over the floor, postal code, city and state that follow it on the line,
     * separated by spaces or commas; sets {@link #postcode} and {@link #city}; returns the new
     * last word.
     */
    private int extend(int last) {
      postcode = false;
      city = false;
      int cur = last;
      int n = w.size();
      boolean floorSide = false;
      for (int segment = 0; segment < 4; segment++) {
        int j = cur + 1;
        if (j >= n || !(w.gap(cur, ",") || floorSide && w.gap(cur, ".,", 2))) {
          break;
        }
        floorSide = false;
        if (isFloor(j)) {
          cur = j;
          if (j + 1 < n && w.spaced(j) && isFloorSide(j + 1)) {
            cur = j + 1;
            floorSide = true;
          }
          continue;
        }
        if (w.postalNumber(j)) {
          postcode = true;
          cur = j;
          int c = w.spaced(j) ? placeRun(j + 1, 3) : -1;
          if (c >= 0) {
            cur = c;
            city = true;
          }
          continue;
        }
        int uk = ukPostcode(j);
        if (uk >= 0) {
          postcode = true;
          cur = uk;
          continue;
        }
        int c = placeRun(j, 3);
        if (c < 0) {
          break;
        }
        uk = w.spaced(c) ? ukPostcode(c + 1) : -1;
        if (uk >= 0) {
          cur = uk;
          postcode = true;
          city = true;
          continue;
        }
        if (c + 2 < n && w.gap(c, ",") && w.spaced(c + 1) && isState(c + 1)
            && w.number(c + 2) && w.length(c + 2) == 5) {
          cur = c + 2;
          postcode = true;
          city = true;
          continue;
        }
        if (text.charAt(w.end(cur)) == ',' && ",.?!;)\n\r".indexOf(w.nextChar(c)) >= 0) {
          cur = c;
          city = true;
          continue;
        }
        break;
      }
      return cur;
    }

    /** A postal code with a known city after it, or a British postcode; returns its last word. */
    private int postalCode(int k) {
      if (w.postalNumber(k) && w.spaced(k) && w.houseNumber(k)) {
        int c = placeRun(k + 1, 3);
        if (c >= 0
            && (lexicon.flags(text, w.start(k + 1), w.end(k + 1)) & EntityLexicon.PLACE) != 0) {
          report(w.start(k), c, POSTAL_CODE_SCORE,
              Explanation.of(POSTAL_RULE).withValidation("known-place"));
          return c;
        }
      }
      int uk = ukPostcode(k);
      if (uk >= 0) {
        report(w.start(k), uk, UK_POSTCODE_SCORE,
            Explanation.of(POSTAL_RULE).withValidation("uk-postcode"));
        return uk;
      }
      return -1;
    }

    /**
     * Capitalised name words from j, with connectors between them ("de la", "am"), on one line;
     * returns the last name word, or -1 when there is none. After a street type, or after the
     * first name word, vocabulary counts as a name word.
     */
    private int nameRun(int j, int max, boolean afterStreetType) {
      int last = -1;
      int names = 0;
      int limit = Math.min(w.size(), j + 2 * max + 1); // connectors too are bounded
      for (int m = j; m < limit && names < max; m++) {
        boolean connector = (flags(m) & EntityLexicon.CONNECTOR) != 0;
        if (!connector) {
          boolean relaxed = afterStreetType || names > 0;
          if (!(relaxed ? nameContinues(m) : placeWord(m))) {
            break;
          }
          last = m;
          names++;
        }
        if (!w.spaced(m)) {
          break;
        }
      }
      return last;
    }

    /** Like {@link #nameRun} but starting with a name word, not a connector. */
    private int placeRun(int j, int max) {
      if (j >= w.size() || (flags(j) & EntityLexicon.CONNECTOR) != 0 || !placeWord(j)) {
        return -1;
      }
      return nameRun(j, max, false);
    }

    /**
     * A capitalised word after a street type or after a first name word: a word that is also
     * vocabulary ("calle Mayor", "Frankfurt am Main") counts, a weekday or a month does not.
     */
    private boolean nameContinues(int m) {
      return w.capitalised(m)
          && !Words.isInnerCapitalised(text, w.start(m), w.end(m))
          && (lexicon.personFlags(text, w.start(m), w.end(m))
                  & (PersonLexicon.CALENDAR | PersonLexicon.DETERMINER))
              == 0;
    }

    /** A capitalised word that may be part of a street or place name. */
    private boolean placeWord(int m) {
      if (!w.capitalised(m) || Words.isInnerCapitalised(text, w.start(m), w.end(m))) {
        return false;
      }
      if ((lexicon.flags(text, w.start(m), w.end(m)) & EntityLexicon.PLACE) != 0) {
        return true;
      }
      return (lexicon.personFlags(text, w.start(m), w.end(m)) & NOT_A_PLACE_WORD) == 0;
    }

    private boolean isProduct(int m) {
      return (lexicon.personFlags(text, w.start(m), w.end(m)) & PersonLexicon.PRODUCT) != 0
          && (flags(m) & EntityLexicon.PLACE) == 0;
    }

    private int flags(int m) {
      return lexicon.flags(text, w.start(m), w.end(m));
    }

    private boolean isWord(int m, String folded) {
      return WordTable.foldedEquals(folded, text, w.start(m), w.end(m));
    }

    private boolean isGermanStreetWord(int m) {
      return w.capitalised(m)
          && (isWord(m, GERMAN_STREET) || isWord(m, GERMAN_STREET_ASCII)
              || isWord(m, GERMAN_STREET_SHORT));
    }

    /** "Flat 2,", "Apt 4B": a flat number before a house number. */
    private boolean isFlat(int k) {
      if (k + 2 >= w.size() || !w.capitalised(k) || !w.spaced(k) || !w.gap(k + 1, ",")
          || !w.houseNumber(k + 1)) {
        return false;
      }
      for (String word : FLAT_WORDS) {
        if (isWord(k, word)) {
          return true;
        }
      }
      return false;
    }

    /** "3º", "1ª": a Spanish floor. */
    private boolean isFloor(int m) {
      int s = w.start(m);
      int e = w.end(m);
      char last = text.charAt(e - 1);
      return e - s >= 2 && e - s <= 3 && Character.isDigit(text.charAt(s))
          && (last == 'º' || last == 'ª' || last == '°');
    }

    private boolean isFloorSide(int m) {
      int length = w.length(m);
      if (length == 1) {
        return Character.isUpperCase(text.charAt(w.start(m)));
      }
      for (String side : FLOOR_SIDES) {
        if (isWord(m, side)) {
          return true;
        }
      }
      return false;
    }

    private boolean isState(int m) {
      return w.length(m) == 2
          && US_STATES.contains(text.subSequence(w.start(m), w.end(m)).toString());
    }

    /** A British postcode at word m ("SW1A 1AA", "G12 0XR"): returns its last word, or -1. */
    private int ukPostcode(int m) {
      if (m + 1 >= w.size() || !w.spaced(m)) {
        return -1;
      }
      int s = w.start(m);
      int e = w.end(m);
      if (e - s < 2 || e - s > 4 || !isUpper(text.charAt(s))) {
        return -1;
      }
      int i = s + 1;
      if (isUpper(text.charAt(i))) {
        i++;
      }
      if (i >= e || !Character.isDigit(text.charAt(i))) {
        return -1;
      }
      for (i++; i < e; i++) {
        if (!isUpper(text.charAt(i)) && !Character.isDigit(text.charAt(i))) {
          return -1;
        }
      }
      int s2 = w.start(m + 1);
      if (w.end(m + 1) - s2 != 3
          || !Character.isDigit(text.charAt(s2))
          || !isUpper(text.charAt(s2 + 1))
          || !isUpper(text.charAt(s2 + 2))) {
        return -1;
      }
      return m + 1;
    }

    private static boolean isUpper(char c) {
      return c >= 'A' && c <= 'Z';
    }

    private void report(int start, int lastWord, double score, Explanation why) {
      sink.report(PiiType.LOCATION, start, w.end(lastWord), score, why);
    }
  }
}
