package dev.blindspot.detect.nlp;

import static dev.blindspot.detect.nlp.PersonLexicon.AFTER_SELF;
import static dev.blindspot.detect.nlp.PersonLexicon.CALENDAR;
import static dev.blindspot.detect.nlp.PersonLexicon.COMMON;
import static dev.blindspot.detect.nlp.PersonLexicon.FUNCTION;
import static dev.blindspot.detect.nlp.PersonLexicon.GREETING;
import static dev.blindspot.detect.nlp.PersonLexicon.HONORIFIC;
import static dev.blindspot.detect.nlp.PersonLexicon.PARTICLE;
import static dev.blindspot.detect.nlp.PersonLexicon.PRODUCT;

import dev.blindspot.Explanation;
import dev.blindspot.PiiType;
import dev.blindspot.spi.FindingSink;
import java.util.List;

/**
 * One run of the person rules over one text: a single pass over its words, with a look-ahead of a
 * few words after each title, phrase word or capitalised word opening a line. Each word is read
 * by at most a bounded number of look-aheads, so the run is linear in the text length. Belongs to
 * one thread.
 */
final class PersonScan {

  /** Words that stop a name after a title: "Mr And Mrs Smith", "Dr. Who". */
  private static final int TITLE_STOP = FUNCTION | PRODUCT | HONORIFIC;
  /** Words that stop a name after a phrase, where any capitalised word may follow. */
  private static final int PHRASE_STOP = TITLE_STOP | COMMON;

  /** Name collection modes. */
  private static final int AFTER_TITLE = 1;
  private static final int LOWER_CASE_NAMES = 1 << 1;
  private static final int LINE_START = 1 << 2;

  private static final int MAX_NAME_WORDS = 3;
  private static final int MAX_INITIALS = 2;
  private static final int MAX_PARTICLES = 2;
  /** Quotes or a colon between a phrase and the name: my name is: "John". */
  private static final String INTRO_MARKS = ":\"'\u201C\u201E\u00AB\u2018";
  private static final int MAX_INTRO_MARKS = 2;
  /** What may follow "Sarah here" for it to be an introduction. */
  private static final String CLOSING_MARKS = ",.!?;:-\u2013\u2014)\u2026";
  /** Gap chars that end a sentence or a chat label, so that the next word opens a clause. */
  private static final String CLAUSE_MARKS = ".!?:\u2026";

  private final PersonLexicon lexicon;
  private final CharSequence text;
  private final FindingSink sink;
  private final int length;

  // The name found by the last successful collectName.
  private int nameStart;
  private int nameEnd;
  private boolean nameCapitalised;

  PersonScan(PersonLexicon lexicon, CharSequence text, FindingSink sink) {
    this.lexicon = lexicon;
    this.text = text;
    this.sink = sink;
    this.length = text.length();
  }

  void run() {
    List<AnnouncingPhrase> lineStart = lexicon.lineStartPhrases();
    boolean first = true;
    boolean afterTitle = false;
    boolean greetingOpens = false;
    int pos = 0;
    while (pos < length) {
      // Walk the gap before the next word, noting whether it ends a clause.
      boolean clauseMark = false;
      boolean onlySpaceOrComma = true;
      int start = pos;
      while (start < length) {
        int cp = Character.codePointAt(text, start);
        if (Words.isWordChar(cp)) {
          break;
        }
        char c = text.charAt(start);
        if (Words.isLineBreak(c) || CLAUSE_MARKS.indexOf(c) >= 0) {
          clauseMark = true;
        }
        if (!(Words.isHorizontalSpace(c) || c == ',' || c == '!')) {
          onlySpaceOrComma = false;
        }
        start += Character.charCount(cp);
      }
      if (start >= length) {
        return;
      }
      int end = Words.wordEnd(text, start);
      boolean opensClause =
          first || (clauseMark && !afterTitle) || (greetingOpens && onlySpaceOrComma);
      first = false;

      PersonLexicon.Trigger trigger = lexicon.trigger(text, start, end);
      Honorific title = null;
      if (trigger != null) {
        title = trigger.title();
        if (title != null) {
          tryTitle(title, start, end);
        }
        for (AnnouncingPhrase phrase : trigger.phrases()) {
          tryPhrase(phrase, end);
        }
      }
      greetingOpens = false;
      if (opensClause && title == null) {
        if ((lexicon.flags(text, start, end) & GREETING) != 0) {
          greetingOpens = true;
        } else if (!lineStart.isEmpty()
            && Words.nameShape(text, start, end) == Words.CAPITALISED) {
          tryLineStart(lineStart, start);
        }
      }
      afterTitle = title != null;
      pos = end;
    }
  }

  /** Mr Smith, M. Dupont, Doña María: a capitalised name right after a title. */
  private void tryTitle(Honorific title, int start, int end) {
    int after = end;
    boolean period = after < length && text.charAt(after) == '.';
    if (title.periodRequired() && !period) {
      return;
    }
    if (period) {
      after++;
    }
    int at = Words.nextWordAcrossSpace(text, after);
    if (at < 0) {
      // "Mr.Smith": a title of two letters or more may touch the name through its period.
      if (!period || end - start < 2 || after >= length
          || !Words.isWordChar(Character.codePointAt(text, after))) {
        return;
      }
      at = after;
    }
    int wordEnd = Words.wordEnd(text, at);
    if (title.products().get(text, at, wordEnd) != null) {
      return; // Dr. Martens, Mr. Coffee: a product
    }
    if (Words.isAllCaps(text, start, end)
        && !Words.isAllCaps(text, at, wordEnd)
        && !Words.isInitial(text, at, wordEnd)) {
      return; // MS Word, PR Team, DR Congo: an acronym, not a title
    }
    int stop = TITLE_STOP | (title.everydayWord() ? COMMON : 0);
    if (collectName(at, stop, AFTER_TITLE, null)) {
      report(PersonRuleDetector.CAPITALISED_SCORE, title.why());
    }
  }

  /** My name is John Smith, je m'appelle marie, this is Sarah speaking. */
  private void tryPhrase(AnnouncingPhrase phrase, int firstWordEnd) {
    String[] prefix = phrase.prefix();
    int at = firstWordEnd;
    for (int k = 1; k < prefix.length; k++) {
      at = matchWord(at, prefix[k]);
      if (at < 0) {
        return;
      }
    }
    int nameAt = skipIntroduction(at);
    if (nameAt < 0) {
      return;
    }
    if (lexicon.honorific(text, nameAt, Words.wordEnd(text, nameAt)) != null) {
      return; // "my name is Dr. Okafor": the title rule reports the name
    }
    int stop = PHRASE_STOP | (phrase.selfDescription() ? AFTER_SELF : 0);
    int mode = phrase.lowerCaseNames() ? LOWER_CASE_NAMES : 0;
    if (!collectName(nameAt, stop, mode, phrase)) {
      return;
    }
    if (phrase.suffix().length > 0 && matchWords(nameEnd, phrase.suffix()) < 0) {
      return;
    }
    report(
        nameCapitalised
            ? PersonRuleDetector.CAPITALISED_SCORE
            : PersonRuleDetector.LOWER_CASE_SCORE,
        phrase.why(nameCapitalised));
  }

  /** "Sarah here," or "Hi, Marie Dupont à l'appareil." at the start of a line or sentence. */
  private void tryLineStart(List<AnnouncingPhrase> phrases, int start) {
    // "Sarah here" is a self-description too: "Busy here!" is not a name.
    if (!collectName(start, PHRASE_STOP | AFTER_SELF, LINE_START, null)) {
      return;
    }
    for (AnnouncingPhrase phrase : phrases) {
      int end = matchWords(nameEnd, phrase.suffix());
      if (end >= 0 && closesIntroduction(end)) {
        report(PersonRuleDetector.CAPITALISED_SCORE, phrase.why(true));
        return;
      }
    }
  }

  /**
   * Collects the words of a name starting at the word at {@code at}: up to three name words, with
   * initials and particles between them, stopping at a word whose flags meet {@code stop}, at a
   * phrase's suffix, or at anything but horizontal space between words. A lower-case particle
   * opens the name only after a title ("M. de Villepin", not "je suis de Lyon"). Months count
   * towards the three words, so the look-ahead is bounded. On success sets {@link #nameStart},
   * {@link #nameEnd} and {@link #nameCapitalised}.
   *
   * @param mode {@link #AFTER_TITLE}, {@link #LOWER_CASE_NAMES} (lower-case and uncased words
   *     count as name words) or {@link #LINE_START} (the line-start suffixes end the name)
   * @param phrase a phrase whose suffix ends the name, or null
   * @return whether at least one name word was found
   */
  private boolean collectName(int at, int stop, int mode, AnnouncingPhrase phrase) {
    boolean lowerCase = (mode & LOWER_CASE_NAMES) != 0;
    boolean lineStart = (mode & LINE_START) != 0;
    boolean particleFirst = (mode & AFTER_TITLE) != 0;
    int words = 0;
    int initials = 0;
    int particles = 0;
    int pendingStart = -1; // first word after the last name word: a particle, initial or month
    int pendingWords = 0;
    boolean pendingCapitalised = true;
    boolean allCapitalised = true;
    int start = -1;
    int end = -1;
    int w = at;
    while (true) {
      if (startsSuffix(w, phrase, lineStart)) {
        break;
      }
      int e = Words.wordEnd(text, w);
      int next = e;
      if (Words.isInitial(text, w, e) && initials < MAX_INITIALS && isInitialAt(e)) {
        initials++;
        pendingStart = pendingStart < 0 ? w : pendingStart;
        if (next < length && text.charAt(next) == '.') {
          next++;
          if (next < length && Words.isWordChar(Character.codePointAt(text, next))) {
            w = next; // "J.Smith"
            continue;
          }
        }
      } else if ((lexicon.flags(text, w, e) & PARTICLE) != 0
          && particles < MAX_PARTICLES
          && (start >= 0
              || particleFirst
              || Words.nameShape(text, w, e) == Words.CAPITALISED)) {
        particles++;
        pendingStart = pendingStart < 0 ? w : pendingStart;
      } else {
        int trimmed = Words.withoutPossessive(text, w, e);
        int shape = Words.nameShape(text, w, trimmed);
        boolean capitalised = shape == Words.CAPITALISED;
        if (!capitalised && !(lowerCase && shape != Words.NOT_A_NAME)) {
          break;
        }
        if (Character.charCount(Character.codePointAt(text, w)) == trimmed - w) {
          break; // a single letter that is not an initial
        }
        int flags = lexicon.flags(text, w, trimmed);
        if ((flags & stop) != 0) {
          break;
        }
        if ((flags & CALENDAR) != 0) {
          // A weekday or month is a name only before another name word: "April Ncube".
          pendingStart = pendingStart < 0 ? w : pendingStart;
          pendingWords++;
          pendingCapitalised &= capitalised;
        } else {
          start = start < 0 ? (pendingStart < 0 ? w : pendingStart) : start;
          end = trimmed;
          words += 1 + pendingWords;
          allCapitalised &= capitalised && pendingCapitalised;
          pendingStart = -1;
          pendingWords = 0;
          pendingCapitalised = true;
        }
        if (trimmed != e || words + pendingWords >= MAX_NAME_WORDS) {
          break; // a possessive ends the name: "Mr Smith's account"
        }
      }
      w = Words.nextWordAcrossSpace(text, next);
      if (w < 0) {
        break;
      }
    }
    if (end < 0) {
      return false;
    }
    nameStart = start;
    nameEnd = end;
    nameCapitalised = allCapitalised;
    return true;
  }

  /** An initial is followed by a period or by a capitalised word: "J. Smith", "J Smith". */
  private boolean isInitialAt(int end) {
    if (end < length && text.charAt(end) == '.') {
      return true;
    }
    int next = Words.nextWordAcrossSpace(text, end);
    return next >= 0
        && Words.nameShape(text, next, Words.wordEnd(text, next)) == Words.CAPITALISED;
  }

  private boolean startsSuffix(int w, AnnouncingPhrase phrase, boolean lineStart) {
    if (phrase != null && phrase.suffix().length > 0 && matchWordsAt(w, phrase.suffix()) >= 0) {
      return true;
    }
    if (lineStart) {
      for (AnnouncingPhrase p : lexicon.lineStartPhrases()) {
        if (matchWordsAt(w, p.suffix()) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** Matches one folded word after a horizontal gap; returns its end, or -1. */
  private int matchWord(int from, String word) {
    int w = Words.nextWordAcrossSpace(text, from);
    if (w < 0) {
      return -1;
    }
    int e = Words.wordEnd(text, w);
    return WordTable.foldedEquals(word, text, w, e) ? e : -1;
  }

  /** Matches folded words, the first after a horizontal gap; returns the end of the last, or -1. */
  private int matchWords(int from, String[] words) {
    int at = from;
    for (String word : words) {
      at = matchWord(at, word);
      if (at < 0) {
        return -1;
      }
    }
    return at;
  }

  /** Matches folded words, the first starting at {@code w}; returns the end of the last, or -1. */
  private int matchWordsAt(int w, String[] words) {
    int e = Words.wordEnd(text, w);
    if (!WordTable.foldedEquals(words[0], text, w, e)) {
      return -1;
    }
    for (int k = 1; k < words.length && e >= 0; k++) {
      e = matchWord(e, words[k]);
    }
    return e;
  }

  /** Skips spaces, a colon or quotes between a phrase and the name; returns the name's start. */
  private int skipIntroduction(int from) {
    int i = from;
    int marks = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (Words.isHorizontalSpace(c)) {
        i++;
      } else if (INTRO_MARKS.indexOf(c) >= 0 && marks < MAX_INTRO_MARKS) {
        marks++;
        i++;
      } else {
        break;
      }
    }
    if (i == from || i >= length || !Words.isWordChar(Character.codePointAt(text, i))) {
      return -1;
    }
    return i;
  }

  /** "Sarah here" introduces Sarah when punctuation or the end of the line follows. */
  private boolean closesIntroduction(int from) {
    int i = from;
    while (i < length && Words.isHorizontalSpace(text.charAt(i))) {
      i++;
    }
    if (i == length) {
      return true;
    }
    char c = text.charAt(i);
    return Words.isLineBreak(c) || CLOSING_MARKS.indexOf(c) >= 0;
  }

  private void report(double score, Explanation why) {
    sink.report(PiiType.PERSON, nameStart, nameEnd, score, why);
  }
}
