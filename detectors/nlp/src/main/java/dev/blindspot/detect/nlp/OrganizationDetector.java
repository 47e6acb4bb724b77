package dev.blindspot.detect.nlp;

import dev.blindspot.Explanation;
import dev.blindspot.PiiType;
import dev.blindspot.spi.Detector;
import dev.blindspot.spi.FindingSink;
import dev.blindspot.spi.ScanContext;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the names of companies and other employers, by rules and word lists: capitalised words
 * with a legal form after them ("Acme Ltd", "Müller GmbH", "Talleres Navarro S.L.") or before
 * them ("SARL Dupont"), and capitalised words after a phrase that announces an employer or the
 * business a person speaks for ("I work at", "on behalf of", "je travaille chez", "employeur :",
 * "im Auftrag von", "escribo en nombre de"). Capitalised words alone, brands and products are not
 * reported; after a phrase, words that are all known person names are left to the person detector.
 *
 * <p>Scores: {@value #ANNOUNCED_LEGAL_SCORE} for a legal form after a phrase, {@value
 * #LEGAL_SCORE} for a legal form alone, {@value #HEAD_SCORE} for a phrase and a business noun
 * ("Garage Fontaine", "Northfield Primary School"), {@value #PHRASE_SCORE} for a phrase and
 * capitalised words only.
 *
 * <p>The text is read once, word by word; only a legal form or the first word of a phrase starts
 * a look-around of a few words on the same line. Immutable and thread-safe.
 */
final class OrganizationDetector implements Detector {

  /** The id findings carry. */
  static final String ID = "nlp.organization";

  static final double ANNOUNCED_LEGAL_SCORE = 0.9;
  static final double LEGAL_SCORE = 0.85;
  static final double HEAD_SCORE = 0.8;
  static final double PHRASE_SCORE = 0.7;

  static final String LEGAL_RULE = "rule:legal-form";
  static final String PHRASE_RULE = "rule:announcing-phrase";

  private static final Set<PiiType> TYPES = Set.of(PiiType.ORGANIZATION);

  /** The most capitalised words taken as one name. */
  private static final int MAX_WORDS = 6;

  /** Person-lexicon flags of words that are never part of a company name. */
  private static final int NOT_A_NAME_WORD =
      PersonLexicon.FUNCTION | PersonLexicon.CALENDAR | PersonLexicon.DETERMINER
          | PersonLexicon.GREETING | PersonLexicon.THANKS;

  private final EntityLexicon lexicon;
  private final Gazetteer gazetteer;

  OrganizationDetector(EntityLexicon lexicon, Gazetteer gazetteer) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
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
    new Scan(context.text(), sink).run();
  }

  /** Returns the id; never words. */
  @Override
  public String toString() {
    return "OrganizationDetector[" + ID + "]";
  }

  /** One scan of one text. */
  private final class Scan {
    private final CharSequence text;
    private final FindingSink sink;
    private final WordList w;
    // Results of the last call to legalAt() and run().
    private int legalLast;
    private int legalEndChar;
    private boolean legal;
    private boolean head;
    private int runEndChar;

    Scan(CharSequence text, FindingSink sink) {
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

    private int at(int k) {
      EntityLexicon.Phrase[] phrases = lexicon.phrases(text, w.start(k), w.end(k));
      if (phrases != null) {
        for (EntityLexicon.Phrase phrase : phrases) {
          if (phrase.kind() == EntityLexicon.EMPLOYER) {
            int j = PhraseMatch.after(w, text, k, phrase);
            int last = j >= 0 ? announced(j, phrase) : -1;
            if (last >= 0) {
              return last;
            }
          }
        }
      }
      if (legalAt(k)) {
        int last = legalLast;
        int end = legalEndChar;
        int first = backwards(k);
        if (first >= 0) {
          sink.report(PiiType.ORGANIZATION, w.start(first), end, LEGAL_SCORE,
              Explanation.of(LEGAL_RULE).withValidation("legal-form-after"));
          return last;
        }
        if ((flags(k) & EntityLexicon.LEGAL_PREFIX) != 0 && last + 1 < w.size()
            && w.spaced(last) && forwards(last + 1) >= 0) {
          sink.report(PiiType.ORGANIZATION, w.start(k), runEndChar, LEGAL_SCORE,
              Explanation.of(LEGAL_RULE).withValidation("legal-form-before"));
          return last + 1;
        }
      }
      return -1;
    }

    private int announced(int j, EntityLexicon.Phrase phrase) {
      int last = forwards(j);
      if (last < 0 || phrase.weak() && !legal && !head) {
        return -1;
      }
      if (!legal && !head && (allPersonNames(j, last) || isPlace(j, last))) {
        return -1;
      }
      Explanation why = Explanation.of(PHRASE_RULE).withValidation("phrase:" + phrase.id());
      double score = PHRASE_SCORE;
      if (legal) {
        why = why.withValidation("legal-form");
        score = ANNOUNCED_LEGAL_SCORE;
      } else if (head) {
        why = why.withValidation("business-noun");
        score = HEAD_SCORE;
      } else {
        why = why.withValidation("capitalised-name");
      }
      sink.report(PiiType.ORGANIZATION, w.start(j), runEndChar, score, why);
      return last;
    }

    /**
     * Capitalised words from j, joined by connectors, "&" or an abbreviation's dot ("St. Anne's"),
     * up to a legal form, which ends the name; sets {@link #legal}, {@link #head} and {@link
     * #runEndChar}; returns the last word, or -1.
     */
    private int forwards(int j) {
      legal = false;
      head = false;
      int last = -1;
      int names = 0;
      int limit = Math.min(w.size(), j + 2 * MAX_WORDS + 1); // connectors too are bounded
      for (int m = j; m < limit && names < MAX_WORDS; m++) {
        if (names > 0 && legalAt(m)) {
          legal = true;
          runEndChar = legalEndChar;
          return legalLast;
        }
        boolean connector = (flags(m) & EntityLexicon.CONNECTOR) != 0;
        if (connector && names == 0) {
          return -1;
        }
        if (!connector) {
          if (!(names == 0 ? nameWord(m) : nameContinues(m))) {
            break;
          }
          head |= (flags(m) & EntityLexicon.ORG_HEAD) != 0;
          last = m;
          runEndChar = w.end(m);
          names++;
        }
        boolean abbreviation = w.length(m) <= 3 && w.capitalised(m);
        if (!w.spaced(m) && !w.gap(m, "&") && !(abbreviation && w.gap(m, "."))) {
          break;
        }
      }
      return last;
    }

    /** The first of the capitalised words right before the legal form at k, or -1. */
    private int backwards(int k) {
      int first = -1;
      int names = 0;
      int limit = Math.max(0, k - 2 * MAX_WORDS - 1); // connectors too are bounded
      for (int m = k - 1; m >= limit && names < MAX_WORDS - 1; m--) {
        if (!w.spaced(m) && !w.gap(m, "&")) {
          break;
        }
        boolean connector = (flags(m) & EntityLexicon.CONNECTOR) != 0;
        if (connector && first >= 0 && m > 0 && nameWord(m - 1)) {
          continue;
        }
        if (connector || !nameWord(m)) {
          break;
        }
        first = m;
        names++;
      }
      return first;
    }

    /**
     * Tells whether a legal form starts at word m: "Ltd", "GmbH", "S.A.", "S.L."; sets {@link
     * #legalLast} and {@link #legalEndChar}, which takes the abbreviation's dot when the sentence
     * goes on after it ("Inc., we").
     */
    private boolean legalAt(int m) {
      int n = text.length();
      if (w.length(m) <= 2 && w.end(m) < n && text.charAt(w.end(m)) == '.') {
        StringBuilder letters = new StringBuilder();
        int i = m;
        while (i < w.size() && w.length(i) <= 2 && w.end(i) < n && text.charAt(w.end(i)) == '.'
            && (i == m || w.start(i) == w.end(i - 1) + 1)) {
          letters.append(text, w.start(i), w.end(i));
          i++;
        }
        if (i - m >= 2 && lexicon.isLegalForm(letters.toString())) {
          legalLast = i - 1;
          legalEndChar = w.end(i - 1) + 1;
          return true;
        }
      }
      String word = text.subSequence(w.start(m), w.end(m)).toString();
      if (!lexicon.isLegalForm(word)) {
        return false;
      }
      legalLast = m;
      int end = w.end(m);
      if (end + 1 < n && text.charAt(end) == '.' && !w.allCaps(m)) {
        char after = text.charAt(end + 1);
        boolean goesOn = after == ',' || after == ';' || after == ')'
            || after == ' ' && end + 2 < n && Character.isLowerCase(text.charAt(end + 2));
        if (goesOn) {
          end++;
        }
      }
      legalEndChar = end;
      return true;
    }

    private boolean nameWord(int m) {
      if (!w.capitalised(m) && !w.allCaps(m)) {
        return false;
      }
      if ((flags(m) & EntityLexicon.ORG_HEAD) != 0) {
        return true;
      }
      return (lexicon.personFlags(text, w.start(m), w.end(m)) & NOT_A_NAME_WORD) == 0;
    }

    /** A capitalised word after the first word of a name: "Elektro Richter", "Muñoz e Hijos". */
    private boolean nameContinues(int m) {
      return (w.capitalised(m) || w.allCaps(m))
          && (lexicon.personFlags(text, w.start(m), w.end(m))
                  & (PersonLexicon.CALENDAR | PersonLexicon.DETERMINER | PersonLexicon.GREETING))
              == 0;
    }

    private boolean allPersonNames(int first, int last) {
      for (int m = first; m <= last; m++) {
        if ((flags(m) & EntityLexicon.CONNECTOR) == 0
            && gazetteer.flags(text, w.start(m), w.end(m)) == 0
            && !Words.isInitial(text, w.start(m), w.end(m))) {
          return false;
        }
      }
      return true;
    }

    private boolean isPlace(int first, int last) {
      return first == last && (flags(first) & EntityLexicon.PLACE) != 0;
    }

    private int flags(int m) {
      return lexicon.flags(text, w.start(m), w.end(m));
    }
  }
}
