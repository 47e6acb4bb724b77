package dev.blindspot.detect.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the location and organization rules know about words, every language merged: street types,
 * legal forms of companies, nouns of businesses, known places, and the phrases that announce a
 * residence, an address or an employer. Immutable and thread-safe; the standard lexicon is loaded
 * once.
 *
 * <p>The resource {@code places-and-companies.txt} next to this class, in UTF-8, has one section
 * per kind of knowledge, a section starting with its name in brackets; {@code #} starts a comment.
 * Word sections ({@code [street-after]}, {@code [street-before]}, {@code [org-head]}, {@code
 * [connector]}, {@code [place]}, {@code [legal-prefix]}) hold words separated by white space;
 * {@code [street-suffix]} holds endings of German street names; {@code [legal-form]} holds legal
 * forms as they are written, a form in capitals counting only in capitals; phrase sections ({@code
 * [residence]}, {@code [address]}, {@code [employer]}) hold one phrase a line, {@code :} standing
 * for a colon, and the option {@code ; weak} for a phrase that needs more evidence.
 */
final class EntityLexicon {

  static final int STREET_AFTER = 1;
  static final int STREET_BEFORE = 1 << 1;
  static final int ORG_HEAD = 1 << 2;
  static final int CONNECTOR = 1 << 3;
  static final int PLACE = 1 << 4;
  static final int LEGAL_PREFIX = 1 << 5;

  /** A phrase announcing a place where a person lives. */
  static final int RESIDENCE = 0;
  /** A phrase announcing a postal address. */
  static final int ADDRESS = 1;
  /** A phrase announcing an employer or the business a person speaks for. */
  static final int EMPLOYER = 2;

  private static final String RESOURCE = "places-and-companies.txt";

  private static final Map<String, Integer> WORD_SECTIONS =
      Map.of(
          "street-after", STREET_AFTER,
          "street-before", STREET_BEFORE,
          "org-head", ORG_HEAD,
          "connector", CONNECTOR,
          "place", PLACE,
          "legal-prefix", LEGAL_PREFIX);

  private static final Map<String, Integer> PHRASE_SECTIONS =
      Map.of("residence", RESIDENCE, "address", ADDRESS, "employer", EMPLOYER);

  /**
   * A phrase: folded words, {@code ":"} for a colon.
   *
   * @param id the words joined by hyphens, for explanations
   * @param kind {@link #RESIDENCE}, {@link #ADDRESS} or {@link #EMPLOYER}
   * @param words the folded words
   * @param weak whether the phrase needs more evidence than a capitalised word
   */
  record Phrase(String id, int kind, String[] words, boolean weak) {}

  private final WordTable<Integer> words;
  private final String[] streetSuffixes;
  private final WordTable<String> legalForms;
  private final WordTable<Phrase[]> phrases;
  private final PersonLexicon personLexicon;

  private EntityLexicon(
      WordTable<Integer> words,
      String[] streetSuffixes,
      WordTable<String> legalForms,
      WordTable<Phrase[]> phrases,
      PersonLexicon personLexicon) {
    this.words = words;
    this.streetSuffixes = streetSuffixes;
    this.legalForms = legalForms;
    this.phrases = phrases;
    this.personLexicon = personLexicon;
  }

  /** Returns the standard lexicon, loaded on first use. */
  static EntityLexicon standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final EntityLexicon INSTANCE = load(PersonLexicon.standard());
  }

  static EntityLexicon load(PersonLexicon personLexicon) {
    Map<String, Integer> flags = new HashMap<>();
    List<String> suffixes = new ArrayList<>();
    Map<String, String> legal = new HashMap<>();
    Map<String, List<Phrase>> byFirst = new HashMap<>();
    boolean found = SectionFile.read(RESOURCE, (section, content) -> {
      if (section == null) {
        throw new IllegalArgumentException("words before a section");
      } else if (PHRASE_SECTIONS.containsKey(section)) {
        Phrase phrase = phrase(PHRASE_SECTIONS.get(section), content);
        byFirst.computeIfAbsent(phrase.words()[0], k -> new ArrayList<>()).add(phrase);
      } else if (!WORD_SECTIONS.containsKey(section) && !section.equals("street-suffix")
          && !section.equals("legal-form")) {
        throw new IllegalArgumentException("unknown section");
      } else {
        for (String word : content.split("\\s+")) {
          if (section.equals("street-suffix")) {
            suffixes.add(WordTable.fold(word));
          } else if (section.equals("legal-form")) {
            legal.put(WordTable.fold(word), word);
          } else {
            flags.merge(WordTable.fold(word), WORD_SECTIONS.get(section), (x, y) -> x | y);
          }
        }
      }
    });
    if (!found) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    Map<String, Phrase[]> phrases = new HashMap<>();
    byFirst.forEach((k, v) -> phrases.put(k, v.toArray(new Phrase[0])));
    return new EntityLexicon(
        WordTable.of(flags),
        suffixes.toArray(new String[0]),
        WordTable.of(legal),
        WordTable.of(phrases),
        personLexicon);
  }

  private static Phrase phrase(int kind, String content) {
    int semicolon = content.indexOf(';');
    boolean weak = semicolon >= 0 && content.substring(semicolon + 1).strip().equals("weak");
    String body = (semicolon >= 0 ? content.substring(0, semicolon) : content).strip();
    String[] parts = body.split("\\s+");
    for (int i = 0; i < parts.length; i++) {
      parts[i] = WordTable.fold(parts[i]);
    }
    return new Phrase(String.join("-", Arrays.asList(parts)).replace("-:", ""), kind, parts, weak);
  }

  /** Returns the flags of this lexicon for the word; 0 for an unknown word. */
  int flags(CharSequence text, int start, int end) {
    Integer flags = words.get(text, start, end);
    int result = flags == null ? 0 : flags;
    if ((personLexicon.flags(text, start, end) & PersonLexicon.PLACE) != 0) {
      result |= PLACE;
    }
    return result;
  }

  /** Returns the flags of the person lexicon for the word (function words, products...). */
  int personFlags(CharSequence text, int start, int end) {
    return personLexicon.flags(text, start, end);
  }

  /** Returns the phrases whose first word is the word, or null. */
  Phrase[] phrases(CharSequence text, int start, int end) {
    return phrases.get(text, start, end);
  }

  /**
   * Tells whether a capitalised word is a German street name with its street word joined:
   * "Hauptstraße", "Gartenweg"; the name part has at least three letters.
   */
  boolean isJoinedStreet(CharSequence text, int start, int end) {
    for (String suffix : streetSuffixes) {
      int from = end - suffix.length();
      if (from >= start + 3 && WordTable.foldedEquals(suffix, text, from, end)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether the letters, read without dots, are a legal form written as the lexicon writes
   * it: in capitals for a form in capitals ("SA", "AG"), else capitalised ("Ltd", "GmbH"), and
   * in capitals only from three letters ("LTD", not "CO", the state of Colorado).
   *
   * @param letters the letters of the candidate, dots removed
   */
  boolean isLegalForm(String letters) {
    String form = legalForms.get(letters, 0, letters.length());
    if (form == null || !Character.isUpperCase(letters.charAt(0))) {
      return false;
    }
    boolean capitals = letters.equals(letters.toUpperCase(Locale.ROOT));
    if (form.equals(form.toUpperCase(Locale.ROOT))) {
      return capitals;
    }
    return !capitals || letters.length() >= 3;
  }

  /** Returns the sizes of the tables; never words. */
  @Override
  public String toString() {
    return "EntityLexicon[words=" + words.size() + ", legalForms=" + legalForms.size()
        + ", phraseKeys=" + phrases.size() + "]";
  }
}
