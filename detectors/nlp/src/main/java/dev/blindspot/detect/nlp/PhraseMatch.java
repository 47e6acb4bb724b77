package dev.blindspot.detect.nlp;

/** Matches the phrases of an {@link EntityLexicon} against the words of a text. */
final class PhraseMatch {

  private static final String COLON = ":";

  private PhraseMatch() {}

  /**
   * Tells whether the phrase starts at word k (whose first word is known to match) and returns
   * the index of the word right after it, on the same line; or -1.
   */
  static int after(WordList w, CharSequence text, int k, EntityLexicon.Phrase phrase) {
    String[] words = phrase.words();
    int i = k;
    boolean colon = false;
    for (int p = 1; p <= words.length; p++) {
      if (p < words.length && words[p].equals(COLON)) {
        colon = true;
        continue;
      }
      if (i + 1 >= w.size()) {
        return -1;
      }
      if (colon) {
        if (!w.gap(i, COLON) || w.nextChar(i) != ':') {
          return -1;
        }
        colon = false;
      } else if (!w.spaced(i)) {
        return -1;
      }
      i++;
      if (p < words.length && !WordTable.foldedEquals(words[p], text, w.start(i), w.end(i))) {
        return -1;
      }
    }
    return i;
  }
}
