package dev.blindspot.detect.nlp;

import java.util.HashMap;
import java.util.Map;

/**
 * Given and family names of many cultures, looked up without allocating, ignoring case and
 * accents. Immutable and thread-safe; the standard gazetteer is loaded once.
 *
 * <p>The resource {@code names.txt} next to this class holds a {@code [given]} and a {@code
 * [family]} section of words separated by white space; {@code #} starts a comment. A word the
 * {@link PersonLexicon} knows as something else (a function word, common vocabulary, a weekday or
 * month, a product, a place or a particle) is left out: "Will", "May" and "Lagos" are no evidence
 * of a person.
 */
final class Gazetteer {

  static final int GIVEN = 1;
  static final int FAMILY = 1 << 1;

  /** Lexicon flags that keep a word out of the gazetteer. */
  private static final int NOT_A_NAME =
      PersonLexicon.FUNCTION | PersonLexicon.COMMON | PersonLexicon.CALENDAR
          | PersonLexicon.PRODUCT | PersonLexicon.PLACE | PersonLexicon.PARTICLE
          | PersonLexicon.HONORIFIC | PersonLexicon.AFTER_SELF | PersonLexicon.PRODUCT_NOUN;

  private final WordTable<Integer> names;

  private Gazetteer(WordTable<Integer> names) {
    this.names = names;
  }

  /** Returns the standard gazetteer, loaded on first use. */
  static Gazetteer standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final Gazetteer INSTANCE = load(PersonLexicon.standard());
  }

  static Gazetteer load(PersonLexicon lexicon) {
    Map<String, Integer> entries = new HashMap<>();
    String resource = "names.txt";
    boolean found = SectionFile.read(resource, (section, content) -> {
      int flag;
      if ("given".equals(section)) {
        flag = GIVEN;
      } else if ("family".equals(section)) {
        flag = FAMILY;
      } else {
        throw new IllegalArgumentException("names outside [given] and [family]");
      }
      for (String word : content.split("\\s+")) {
        if ((lexicon.flags(word, 0, word.length()) & NOT_A_NAME) == 0) {
          entries.merge(WordTable.fold(word), flag, (x, y) -> x | y);
        }
      }
    });
    if (!found) {
      throw new IllegalStateException("missing resource " + resource);
    }
    return new Gazetteer(WordTable.of(entries));
  }

  /** Returns {@link #GIVEN} and {@link #FAMILY} flags of the word; 0 for an unknown word. */
  int flags(CharSequence text, int start, int end) {
    Integer flags = names.get(text, start, end);
    return flags == null ? 0 : flags;
  }

  /** Returns the number of names; never the names. */
  @Override
  public String toString() {
    return "Gazetteer[names=" + names.size() + "]";
  }
}
