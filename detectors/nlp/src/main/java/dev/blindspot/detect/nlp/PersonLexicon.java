package dev.blindspot.detect.nlp;

import dev.blindspot.Explanation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the person rules know about words, merged over every supported language: the titles and
 * phrases that announce a name, and the words that are never a name (function words, weekdays and
 * months, products and brands, common vocabulary). Immutable and thread-safe; the standard lexicon
 * is loaded once.
 *
 * <p>Each language has a resource {@code person-<language>.txt} next to this class, in UTF-8, with
 * one section per kind of knowledge. A section starts with its name in brackets; then come words
 * separated by white space, and {@code #} starts a comment. The sections:
 *
 * <ul>
 *   <li>{@code [honorific]} titles before a name; a final period ({@code m.}) means it is required,
 *       a final {@code *} ({@code miss*}) marks a title that is also an everyday word, after which
 *       common vocabulary is not a name
 *   <li>{@code [honorific-product]} a title and a word that together name a product: {@code dr
 *       martens}, one pair per line
 *   <li>{@code [phrase]} one phrase per line, {@code id: words _ words ; options}, {@code _} standing
 *       for the name; options {@code lower-case} (names in lower case count) and {@code self} (the
 *       phrase also introduces self-descriptions, so {@code [after-self]} words stop the name)
 *   <li>{@code [particle]} words between the parts of a name: de, van, bin
 *   <li>{@code [greeting]} words that may open a line before "Sarah here"; a given name the
 *       gazetteer knows right after one is addressed ("Hallo Ingrid")
 *   <li>{@code [thanks]} words after which a given name the gazetteer knows is addressed ("Danke
 *       Anna", "Gracias Pablo")
 *   <li>{@code [function]} words that are never a name, even capitalised after a title
 *   <li>{@code [calendar]} weekdays and months: a name only before another name word ("April Ncube")
 *   <li>{@code [product]} products, brands and companies
 *   <li>{@code [common]} vocabulary that is not a name after an announcing phrase
 *   <li>{@code [after-self]} words that follow "I am" or "je suis" in a self-description, or
 *       come before "here": not a name after a {@code self} phrase or at the start of a line
 *   <li>{@code [place]} countries, regions and cities: the rules ignore them (after a title or a
 *       phrase they are names), the statistical signals do not take them for persons
 *   <li>{@code [organization]} words that make the capitalised words before them a company, a shop
 *       or a street ("Hoffmann Bakery", "Arden Road"); ignored by the rules
 *   <li>{@code [role]} words that introduce a person by role ("my son", "le livreur"), after which
 *       a capitalised word is likely a name; ignored by the rules
 *   <li>{@code [product-noun]} kinds of products ("router", "casque", "Staubsauger"): a
 *       capitalised word next to one names a product ("the Flux router", "mon casque SoundLoop");
 *       ignored by the rules
 *   <li>{@code [determiner]} articles and possessives ("the", "my", "le", "mon"): a capitalised
 *       word right after one is a thing, not a person, on the word of a model or the gazetteer
 * </ul>
 */
final class PersonLexicon {

  /** The languages of the standard lexicon. */
  static final List<String> STANDARD_LANGUAGES = List.of("en", "fr", "de", "es");

  static final int FUNCTION = 1;
  static final int COMMON = 1 << 1;
  static final int CALENDAR = 1 << 2;
  static final int PRODUCT = 1 << 3;
  static final int AFTER_SELF = 1 << 4;
  static final int PARTICLE = 1 << 5;
  static final int GREETING = 1 << 6;
  static final int HONORIFIC = 1 << 7;
  static final int PLACE = 1 << 8;
  static final int ORGANIZATION = 1 << 9;
  static final int ROLE = 1 << 10;
  static final int PRODUCT_NOUN = 1 << 11;
  static final int DETERMINER = 1 << 12;
  static final int THANKS = 1 << 13;

  private static final Map<String, Integer> SECTION_FLAGS =
      Map.ofEntries(
          Map.entry("function", FUNCTION),
          Map.entry("common", COMMON),
          Map.entry("calendar", CALENDAR),
          Map.entry("product", PRODUCT),
          Map.entry("after-self", AFTER_SELF),
          Map.entry("particle", PARTICLE),
          Map.entry("greeting", GREETING | FUNCTION),
          Map.entry("place", PLACE),
          Map.entry("organization", ORGANIZATION),
          Map.entry("role", ROLE),
          Map.entry("product-noun", PRODUCT_NOUN),
          Map.entry("determiner", DETERMINER),
          Map.entry("thanks", THANKS | FUNCTION));

  private static final WordTable<Boolean> NO_PRODUCTS = WordTable.of(Map.of());

  private final WordTable<Integer> words;
  private final WordTable<Trigger> triggers;
  private final int titleCount;
  private final List<AnnouncingPhrase> lineStartPhrases;
  private final List<String> languages;

  private PersonLexicon(Loader loader, List<String> languages) {
    Map<String, Integer> flags = new HashMap<>(loader.flags);
    Map<String, Honorific> titles = new HashMap<>();
    for (Map.Entry<String, Boolean> e : loader.honorificPeriod.entrySet()) {
      String key = e.getKey();
      flags.merge(key, HONORIFIC | FUNCTION, (a, b) -> a | b);
      Set<String> products = loader.honorificProducts.getOrDefault(key, Set.of());
      Map<String, Boolean> productWords = new HashMap<>();
      products.forEach(p -> productWords.put(p, Boolean.TRUE));
      String id = loader.honorificIds.get(key);
      titles.put(
          key,
          new Honorific(
              id,
              e.getValue(),
              loader.everydayTitles.contains(key),
              products.isEmpty() ? NO_PRODUCTS : WordTable.of(productWords),
              Explanation.of(PersonRuleDetector.HONORIFIC_RULE)
                  .withValidation("honorific:" + id)
                  .withValidation("capitalised-name")
                  .withValidation(PersonRuleDetector.NOT_A_STOP_WORD)));
    }
    for (String key : loader.honorificProducts.keySet()) {
      if (!titles.containsKey(key)) {
        throw new IllegalStateException("product pair names an unknown title: " + key);
      }
    }
    Map<String, List<AnnouncingPhrase>> byFirst = new HashMap<>();
    List<AnnouncingPhrase> lineStart = new ArrayList<>();
    for (AnnouncingPhrase phrase : loader.phrases) {
      if (phrase.lineStart()) {
        lineStart.add(phrase);
      } else {
        byFirst.computeIfAbsent(phrase.prefix()[0], k -> new ArrayList<>()).add(phrase);
      }
    }
    Map<String, Trigger> triggerMap = new HashMap<>();
    titles.forEach((key, title) -> triggerMap.put(key, new Trigger(title, List.of())));
    // A word may be both: "Me" is a French title and starts "me llamo".
    byFirst.forEach(
        (key, phrases) -> triggerMap.put(key, new Trigger(titles.get(key), List.copyOf(phrases))));
    this.words = WordTable.of(flags);
    this.triggers = WordTable.of(triggerMap);
    this.titleCount = titles.size();
    this.lineStartPhrases = List.copyOf(lineStart);
    this.languages = List.copyOf(languages);
  }

  /** Returns the lexicon of every standard language, loaded on first use. */
  static PersonLexicon standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final PersonLexicon INSTANCE = load(STANDARD_LANGUAGES);
  }

  /**
   * Loads and merges the lexicons of some languages.
   *
   * @throws IllegalArgumentException if a language has no resource
   * @throws IllegalStateException if a resource is malformed
   */
  static PersonLexicon load(List<String> languages) {
    Loader loader = new Loader();
    for (String language : languages) {
      loader.load(language);
    }
    return new PersonLexicon(loader, languages);
  }

  /** Returns the {@code FUNCTION}, {@code COMMON}... flags of a word; 0 for an unknown word. */
  int flags(CharSequence text, int start, int end) {
    Integer flags = words.get(text, start, end);
    return flags == null ? 0 : flags;
  }

  /**
   * Returns what the word may start: a name after a title, a phrase, or both; null for most words.
   */
  Trigger trigger(CharSequence text, int start, int end) {
    return triggers.get(text, start, end);
  }

  /** Returns the title the word is, or null. */
  Honorific honorific(CharSequence text, int start, int end) {
    Trigger trigger = triggers.get(text, start, end);
    return trigger == null ? null : trigger.title();
  }

  /** Returns the phrases that have no prefix: "_ here". */
  List<AnnouncingPhrase> lineStartPhrases() {
    return lineStartPhrases;
  }

  /** Returns the languages and sizes; never words. */
  @Override
  public String toString() {
    return "PersonLexicon[languages=" + languages + ", words=" + words.size() + ", titles="
        + titleCount + "]";
  }

  /**
   * What a word may start.
   *
   * @param title the title the word is, or null
   * @param phrases the phrases whose first word it is, often none
   */
  record Trigger(Honorific title, List<AnnouncingPhrase> phrases) {}

  /** Reads resources; one per lexicon being built. */
  private static final class Loader {
    final Map<String, Integer> flags = new HashMap<>();
    final Map<String, Boolean> honorificPeriod = new HashMap<>();
    final Set<String> everydayTitles = new HashSet<>();
    final Map<String, String> honorificIds = new HashMap<>();
    final Map<String, Set<String>> honorificProducts = new HashMap<>();
    final List<AnnouncingPhrase> phrases = new ArrayList<>();

    void load(String language) {
      String resource = "person-" + language + ".txt";
      if (!SectionFile.read(resource, (section, content) -> accept(language, section, content))) {
        throw new IllegalArgumentException(
            "no person rules for language '" + language + "'; known: " + STANDARD_LANGUAGES);
      }
    }

    private void accept(String language, String section, String content) {
      if (section == null) {
        throw new IllegalArgumentException("words before the first [section]");
      }
      switch (section) {
        case "honorific":
          for (String word : content.split("\\s+")) {
            boolean everyday = word.endsWith("*");
            String title = everyday ? word.substring(0, word.length() - 1) : word;
            boolean period = title.endsWith(".");
            String id =
                (period ? title.substring(0, title.length() - 1) : title).toLowerCase(Locale.ROOT);
            String key = WordTable.fold(id);
            if (everyday) {
              everydayTitles.add(key);
            }
            honorificIds.putIfAbsent(key, id);
            // Languages that share a title agree on the lenient form: "Dr" with or without period.
            honorificPeriod.merge(key, period, Boolean::logicalAnd);
          }
          break;
        case "honorific-product":
          String[] pair = content.split("\\s+");
          if (pair.length != 2) {
            throw new IllegalArgumentException("expected a title and one word");
          }
          honorificProducts
              .computeIfAbsent(WordTable.fold(pair[0]), k -> new TreeSet<>())
              .add(WordTable.fold(pair[1]));
          break;
        case "phrase":
          phrases.add(parsePhrase(language, content));
          break;
        default:
          Integer flag = SECTION_FLAGS.get(section);
          if (flag == null) {
            throw new IllegalArgumentException(
                "unknown section [" + section + "]; known: honorific, honorific-product, phrase, "
                    + String.join(", ", new TreeSet<>(SECTION_FLAGS.keySet())));
          }
          for (String word : content.split("\\s+")) {
            flags.merge(WordTable.fold(word), flag, (a, b) -> a | b);
          }
      }
    }

    private static AnnouncingPhrase parsePhrase(String language, String content) {
      int colon = content.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("a phrase needs 'id: words _ words'");
      }
      String id = language + ":" + content.substring(0, colon).strip();
      String rest = content.substring(colon + 1);
      int semicolon = rest.indexOf(';');
      String pattern = (semicolon >= 0 ? rest.substring(0, semicolon) : rest).strip();
      Set<String> options = new TreeSet<>();
      if (semicolon >= 0) {
        options.addAll(Arrays.asList(rest.substring(semicolon + 1).strip().split("[\\s,]+")));
        options.remove("");
      }
      for (String option : options) {
        if (!option.equals("lower-case") && !option.equals("self")) {
          throw new IllegalArgumentException(
              "unknown phrase option '" + option + "'; known: lower-case, self");
        }
      }
      List<String> tokens = Arrays.asList(pattern.split("\\s+"));
      int name = tokens.indexOf("_");
      if (name < 0 || tokens.lastIndexOf("_") != name) {
        throw new IllegalArgumentException("a phrase needs exactly one '_' for the name");
      }
      List<String> prefix = new ArrayList<>();
      List<String> suffix = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        String token = tokens.get(i);
        if (i != name && Words.wordEnd(token, 0) != token.length()) {
          throw new IllegalArgumentException("phrase words must be single words: " + token);
        }
        if (i != name) {
          (i < name ? prefix : suffix).add(WordTable.fold(tokens.get(i)));
        }
      }
      return new AnnouncingPhrase(
          id, prefix, suffix, options.contains("lower-case"), options.contains("self"));
    }
  }
}
