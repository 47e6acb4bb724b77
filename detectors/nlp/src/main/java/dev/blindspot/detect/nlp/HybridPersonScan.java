package dev.blindspot.detect.nlp;

import dev.blindspot.Explanation;
import dev.blindspot.PiiType;
import dev.blindspot.spi.FindingSink;
import dev.blindspot.spi.ScanContext;
import dev.blindspot.text.TextView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import opennlp.tools.util.Span;

/**
 * One run of the {@link PersonDetector} over one text: collects candidates from the rules, the
 * gazetteer and the models, merges those that overlap and reports each merged span once with the
 * combined score. Belongs to one thread.
 */
final class HybridPersonScan implements FindingSink {

  /** Lexicon flags of words that are not a person on the word of a model or the gazetteer. */
  static final int NOT_A_PERSON =
      PersonLexicon.FUNCTION | PersonLexicon.COMMON | PersonLexicon.CALENDAR
          | PersonLexicon.PRODUCT | PersonLexicon.HONORIFIC | PersonLexicon.GREETING
          | PersonLexicon.PLACE | PersonLexicon.AFTER_SELF | PersonLexicon.ROLE
          | PersonLexicon.PRODUCT_NOUN;

  /** A model's span probability is scaled by this: a model alone needs p >= 0.5 / weight. */
  static final double MODEL_WEIGHT = 0.9;
  /**
   * The probability a model needs for one word that no list knows and that opens a clause, where
   * every word is capitalised: "Customer: Serial number".
   */
  static final double CLAUSE_OPENER_MIN = 0.65;
  /** Gazetteer confidences. */
  static final double GIVEN_FAMILY = 0.6;
  static final double GIVEN_UNKNOWN = 0.45;
  static final double UNKNOWN_FAMILY = 0.35;
  static final double LOWER_CASE_PAIR = 0.4;
  static final double GIVEN_ALONE = 0.35;
  static final double FAMILY_ALONE = 0.2;
  static final double UNKNOWN_NAME_WORDS = 0.05;
  /** Score of another mention of a name found with at least {@link #PROPAGATION_MIN}. */
  static final double REPEATED = 0.75;
  static final double PROPAGATION_MIN = 0.7;
  static final String REPEATED_RULE = "rule:repeated-name";
  /** Longest run of name words the gazetteer considers. */
  private static final int MAX_RUN = 4;

  private static final int RULE = 0;
  private static final int MODEL = 1;
  private static final int GAZETTEER = 2;
  private static final int ROLE = 3;
  /** Score of a capitalised word right after a role word: "my son Farhad". */
  static final double AFTER_ROLE = 0.55;
  /** Score of a given name the gazetteer knows right after a greeting: "Danke Anna". */
  static final double AFTER_GREETING = 0.6;

  /** A span one signal proposes. */
  private record Candidate(int start, int end, int kind, double score, Explanation rule,
      String signal) {}

  private final ScanContext context;
  private final CharSequence text;
  private final PersonLexicon lexicon;
  private final Gazetteer gazetteer;
  private final PersonRuleDetector rules;
  private final Function<String, PersonDetector.LanguageTools> toolsByLanguage;
  private final List<Candidate> ruleCandidates = new ArrayList<>();
  private final List<Candidate> candidates = new ArrayList<>();
  /** The tools of the language that reads the current line; null: strong signals only. */
  private PersonDetector.LanguageTools tools;
  /** The guess for the whole text, made when a line of an undetermined text gives no clue. */
  private String textGuess;
  /** Index of the first rule candidate that does not start before the current line. */
  private int nextRule;

  HybridPersonScan(ScanContext context, PersonLexicon lexicon, Gazetteer gazetteer,
      PersonRuleDetector rules, Function<String, PersonDetector.LanguageTools> toolsByLanguage) {
    this.context = context;
    this.text = context.text();
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
    this.rules = rules;
    this.toolsByLanguage = toolsByLanguage;
  }

  void run(FindingSink sink) {
    rules.detect(context, this);
    ruleCandidates.sort(Comparator.comparingInt(Candidate::start));
    candidates.addAll(ruleCandidates);
    int length = text.length();
    int lineStart = 0;
    while (lineStart < length) {
      int lineEnd = lineStart;
      while (lineEnd < length && !Words.isLineBreak(text.charAt(lineEnd))) {
        lineEnd++;
      }
      while (nextRule < ruleCandidates.size() && ruleCandidates.get(nextRule).start() < lineStart) {
        nextRule++;
      }
      if (rulesWithin(lineStart, lineEnd) || lineHasCandidate(lineStart, lineEnd)) {
        tools = toolsByLanguage.apply(lineLanguage(lineStart, lineEnd));
        if (tools == null || tools.finders.length == 0) {
          // No model reads this language: no sentence detection, no tokens, strong signals only.
          tools = null;
          gazetteerRuns(lineStart, lineEnd);
        } else {
          String line = text.subSequence(lineStart, lineEnd).toString();
          if (mayHoldSentences(lineStart, lineEnd)) {
            for (Span sentence : tools.sentences.sentPosDetect(line)) {
              sentence(line, lineStart, sentence.getStart(), sentence.getEnd());
            }
          } else {
            sentence(line, lineStart, 0, line.length());
          }
        }
      }
      lineStart = lineEnd + 1;
    }
    report(sink);
  }

  /**
   * Tells whether a line may hold more than one sentence: a period, "!" or "?" before white space
   * and more text. Most chat lines do not, and skip the sentence detector, which reads every
   * period of a version number or an amount.
   */
  private boolean mayHoldSentences(int start, int end) {
    for (int i = start; i + 2 < end; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?' || c == '\u2026')
          && Character.isWhitespace(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether a rule's finding starts in {@code [start, end)}; rule findings stay on a line. */
  private boolean rulesWithin(int start, int end) {
    for (int i = nextRule; i < ruleCandidates.size(); i++) {
      int s = ruleCandidates.get(i).start();
      if (s >= end) {
        return false;
      }
      if (s >= start) {
        return true;
      }
    }
    return false;
  }

  /** The scan's language, or for an undetermined text the line's guess, else the text's guess. */
  private String lineLanguage(int start, int end) {
    String language = context.language();
    if (!ScanContext.UNDETERMINED.equals(language)) {
      return language;
    }
    String guess = LanguageGuess.guess(text, start, end);
    if (guess != null) {
      return guess;
    }
    if (textGuess == null) {
      textGuess = LanguageGuess.guess(text);
    }
    return textGuess;
  }

  /** Receives the rules' findings. */
  @Override
  public void report(PiiType type, int start, int end, double score, Explanation why) {
    ruleCandidates.add(new Candidate(start, end, RULE, score, why, why.recognizer()));
  }

  @Override
  public void report(TextView view, PiiType type, int start, int end, double score,
      Explanation why) {
    throw new UnsupportedOperationException("the person rules read the original text only");
  }

  /**
   * Tells whether a line may hold a name: a capitalised word that does not open it and is not
   * common vocabulary, a gazetteer hit, or a rule's finding. Most lines of a chat without names
   * stop here, before sentence detection and tokenization.
   */
  private boolean lineHasCandidate(int start, int end) {
    boolean opens = true;
    int previousEnd = start;
    int w = Words.nextWordStart(text, start);
    while (w < end) {
      int e = Words.wordEnd(text, w);
      opens |= endsSentence(previousEnd, w);
      if (isCandidateWord(w, e, opens)) {
        return true;
      }
      opens = false;
      previousEnd = e;
      w = Words.nextWordStart(text, e);
    }
    return false;
  }

  /**
   * A word that may be (part of) a name: one the gazetteer knows, or a capitalised word that does
   * not open a clause, is neither in capitals nor an initial, has no inner capital, is not common
   * vocabulary and is not named a product by its neighbours.
   */
  private boolean isCandidateWord(int start, int end, boolean opensSentence) {
    char first = text.charAt(start);
    if (first < 0x80 && !Character.isLetter(first)) {
      return false; // digits and punctuation, the most frequent non-letters, cost nothing
    }
    int shape = Words.nameShape(text, start, end);
    if (shape == Words.NOT_A_NAME) {
      return false;
    }
    int names = gazetteer.flags(text, start, end);
    if (shape == Words.CAPITALISED ? names != 0 : (names & Gazetteer.GIVEN) != 0) {
      return true; // a given name in a lower-case chat, not "price" or "rose"
    }
    return shape == Words.CAPITALISED
        && !opensSentence
        && !Words.isAllCaps(text, start, end)
        && !Words.isInitial(text, start, end)
        && !Words.isInnerCapitalised(text, start, end)
        && !Words.hasLowerCaseTail(text, start, end)
        && (lexicon.flags(text, start, end) & NOT_A_PERSON) == 0
        && !isThingByContext(start, end, false);
  }

  /** Looks for names in one sentence {@code line[from, to)}, the line starting at {@code base}. */
  private void sentence(String line, int base, int from, int to) {
    int start = base + from;
    int end = base + to;
    boolean candidate = rulesWithin(start, end);
    boolean opens = true;
    int previousEnd = start;
    for (int w = Words.nextWordStart(text, start); w < end && !candidate; ) {
      int e = Math.min(end, Words.wordEnd(text, w));
      opens |= endsSentence(previousEnd, w);
      candidate = isCandidateWord(w, e, opens);
      opens = false;
      previousEnd = e;
      w = Words.nextWordStart(text, e);
    }
    if (!candidate) {
      return;
    }
    gazetteerRuns(start, end);
    String sentence = line.substring(from, to);
    Span[] tokens = tools.tokenizer.tokenizePos(sentence);
    if (tokens.length == 0 || tools.finders.length == 0) {
      return;
    }
    String[] words = Span.spansToStrings(tokens, sentence);
    for (int m = 0; m < tools.finders.length; m++) {
      tools.finders[m].clearAdaptiveData(); // each training sentence was its own document
      for (Span name : tools.finders[m].find(words)) {
        String type = name.getType();
        if (type != null && !type.equals("person") && !type.equals("per")
            && !type.equals("default")) {
          continue;
        }
        int s = start + tokens[name.getStart()].getStart();
        int e = start + tokens[name.getEnd() - 1].getEnd();
        modelCandidate(s, e, name.getProb(), tools.recognizers[m]);
      }
      tools.finders[m].clearAdaptiveData();
    }
  }

  /**
   * Trims what is not a name off a model's span (titles, common words, lower-case words next to
   * capitalised ones, a possessive), cuts it at a word that cannot be part of a name, and keeps it
   * unless nothing is left, every word is a place, or a word such as "Bakery" or "Road" makes it a
   * company or a street.
   */
  private void modelCandidate(int start, int end, double probability, String recognizer) {
    List<int[]> words = new ArrayList<>(); // start, end, shape, flags
    boolean capitalised = false;
    for (int w = Words.nextWordStart(text, start); w < end; ) {
      int we = Math.min(end, Words.wordEnd(text, w));
      int trimmed = Words.withoutPossessive(text, w, we);
      // A token cut out of a longer run of letters and digits ("E" of "E1:07") is no name word.
      boolean broken = (w > 0 && w == start && Words.isWordChar(Character.codePointBefore(text, w)))
          || (we < text.length() && Words.isWordChar(Character.codePointAt(text, we)));
      int shape = broken ? Words.NOT_A_NAME : Words.nameShape(text, w, trimmed);
      int flags = lexicon.flags(text, w, trimmed);
      words.add(new int[] {w, trimmed, shape, flags});
      capitalised |= shape == Words.CAPITALISED && (flags & NOT_A_PERSON) == 0;
      if (trimmed != we) {
        break; // "Park's order": the possessive ends the name
      }
      w = Words.nextWordStart(text, we);
    }
    int first = 0;
    int last = words.size() - 1;
    while (first <= last && !edgeWord(words.get(first), capitalised)) {
      first++;
    }
    while (last >= first && !edgeWord(words.get(last), capitalised)) {
      last--;
    }
    if (first > last) {
      return;
    }
    boolean person = false;
    boolean known = false;
    boolean shaped = false; // a word in mixed case, in small letters or a name word, not an acronym
    int cut = last;
    for (int i = first; i <= last; i++) {
      int[] word = words.get(i);
      if ((word[3] & PersonLexicon.ORGANIZATION) != 0) {
        return; // "Hoffmann Bakery"
      }
      if (!nameWord(word) && (word[3] & PersonLexicon.PARTICLE) == 0) {
        cut = i - 1;
        break;
      }
      boolean inGazetteer = gazetteer.flags(text, word[0], word[1]) != 0;
      if (!inGazetteer && Words.isInnerCapitalised(text, word[0], word[1])) {
        return; // "SoundLoop", "HomeCam": the shape of a brand
      }
      person |= (word[3] & PersonLexicon.PLACE) == 0;
      known |= inGazetteer;
      shaped |= !Words.isAllCaps(text, word[0], word[1])
          && !Words.isInitial(text, word[0], word[1]);
    }
    while (cut >= first && !edgeWord(words.get(cut), capitalised)) {
      cut--;
    }
    if (cut < first || !person || !(shaped || known)) {
      return; // "D E" of a spelt IBAN, "SSN": letters and acronyms
    }
    int spanStart = words.get(first)[0];
    int spanEnd = words.get(cut)[1];
    if (Words.isEmbedded(text, spanStart, spanEnd)
        || followedByOrganization(spanEnd)
        || productAfterTitle(spanStart, words.get(first)[1])
        || isThingByContext(spanStart, spanEnd, known)
        || (!known && cut == first && probability < CLAUSE_OPENER_MIN
            && opensClauseAt(spanStart))) {
      // Part of an e-mail address, a company, a product ("mon casque SoundLoop", "Cyclo V8"), or
      // one unknown word opening a sentence that the model is not sure of ("Customer: Serial
      // number ...").
      return;
    }
    double score = probability * MODEL_WEIGHT;
    if (!capitalised && !known) {
      score /= 2; // a lower-case span that no list knows: the model's weakest guess
    }
    candidates.add(new Candidate(spanStart, spanEnd, MODEL, score, null, recognizer));
  }

  /**
   * Tells whether the words {@code [start, end)} name a thing by their neighbours: a kind of
   * product, an article, or a word of companies and streets right before ("le routeur Flux", "the
   * Lumen", "avenue Victor Hugo", "Lycée Jean Moulin"), a kind of product (one word may come
   * between) or a model code right after ("Flux router", "Lumen smart bulb", "Cyclo V8"), or a
   * number after a word no list knows ("Brewmaster 3000").
   */
  private boolean isThingByContext(int start, int end, boolean known) {
    int before = previousWordAcrossSpace(start);
    if (before >= 0
        && (lexicon.flags(text, before, start - gapBefore(start)) & (PersonLexicon.PRODUCT_NOUN
            | PersonLexicon.DETERMINER | PersonLexicon.ORGANIZATION)) != 0) {
      return true;
    }
    int next = Words.nextWordAcrossSpace(text, end);
    if (next < 0) {
      return false;
    }
    int nextEnd = Words.wordEnd(text, next);
    if (Words.isModelCode(text, next, nextEnd) || (!known && Words.isNumber(text, next, nextEnd))
        || (lexicon.flags(text, next, nextEnd) & PersonLexicon.PRODUCT_NOUN) != 0) {
      return true;
    }
    if (Words.nameShape(text, next, nextEnd) != Words.LOWER_CASE) {
      return false;
    }
    // One word may come between: "the Lumen smart bulb".
    int second = Words.nextWordAcrossSpace(text, nextEnd);
    return second >= 0 && (lexicon.flags(text, second, Words.wordEnd(text, second))
        & PersonLexicon.PRODUCT_NOUN) != 0;
  }

  /** Returns the number of horizontal spaces right before {@code start}. */
  private int gapBefore(int start) {
    int i = start;
    while (i > 0 && Words.isHorizontalSpace(text.charAt(i - 1))) {
      i--;
    }
    return start - i;
  }

  /**
   * Returns the start of the word that ends right before {@code start} across horizontal space
   * only, at least one char of it; or -1.
   */
  private int previousWordAcrossSpace(int start) {
    int gap = gapBefore(start);
    int end = start - gap;
    if (gap == 0 || end == 0 || !Words.isWordChar(Character.codePointBefore(text, end))) {
      return -1;
    }
    int i = end;
    while (i > 0 && end - i < Words.MAX_NAME_LENGTH) {
      int cp = Character.codePointBefore(text, i);
      if (Words.isWordChar(cp)) {
        i -= Character.charCount(cp);
      } else if (Words.isJoiner(text.charAt(i - 1)) && i - 1 > 0
          && Words.isWordChar(Character.codePointBefore(text, i - 1))) {
        i--;
      } else {
        break;
      }
    }
    return i;
  }

  /** Tells whether {@code start} opens its line or follows a clause mark: "Customer: Serial". */
  private boolean opensClauseAt(int start) {
    for (int i = start - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (Words.isLineBreak(c) || c == ':' || c == '.' || c == '!' || c == '?') {
        return true;
      }
      if (!Words.isHorizontalSpace(c) && c != '"' && c != '\u201C' && c != '\u00AB') {
        return false;
      }
    }
    return true;
  }

  /** A word a name may start or end with; lower-case ones only where nothing is capitalised. */
  private static boolean edgeWord(int[] word, boolean spanCapitalised) {
    if (!nameWord(word) || (word[3] & PersonLexicon.PARTICLE) != 0) {
      return false;
    }
    return word[2] == Words.CAPITALISED || !spanCapitalised;
  }

  private static boolean nameWord(int[] word) {
    return word[2] != Words.NOT_A_NAME && (word[3] & NOT_A_PERSON & ~PersonLexicon.PLACE) == 0;
  }

  /** Tells whether the word is a product named with the title before it: "Dr. Martens". */
  private boolean productAfterTitle(int start, int end) {
    int i = start - 1;
    while (i >= 0 && (Words.isHorizontalSpace(text.charAt(i)) || text.charAt(i) == '.')
        && start - i <= 3) {
      i--;
    }
    int titleEnd = i + 1;
    while (i >= 0 && Character.isLetter(text.charAt(i)) && titleEnd - i <= 12) {
      i--;
    }
    if (i + 1 >= titleEnd) {
      return false;
    }
    Honorific title = lexicon.honorific(text, i + 1, titleEnd);
    return title != null && title.products().get(text, start, end) != null;
  }

  /** Tells whether the word after {@code end} (across spaces) makes a company or a street. */
  private boolean followedByOrganization(int end) {
    int after = end;
    if (after + 1 < text.length() && (text.charAt(after) == '\'' || text.charAt(after) == '\u2019')
        && (text.charAt(after + 1) == 's' || text.charAt(after + 1) == 'S')) {
      after += 2; // "St. Anne's Hospital"
    }
    int next = Words.nextWordAcrossSpace(text, after);
    return next >= 0
        && (lexicon.flags(text, next, Words.wordEnd(text, next)) & PersonLexicon.ORGANIZATION) != 0;
  }

  /**
   * Adds the runs of capitalised name words (with particles and initials between them) that the
   * gazetteer knows, and pairs of lower-case words that it knows as a given then a family name.
   * A run next to a word such as "Bakery" or "Road" is a company or a street, not a person.
   */
  private void gazetteerRuns(int start, int end) {
    Run run = null;
    boolean opensSentence = true;
    int previousLower = -1;
    int previousLowerEnd = -1;
    int roleEnd = -1;
    int greetingEnd = -1;
    int previousEnd = -1;
    for (int w = Words.nextWordStart(text, start); w < end; ) {
      int we = Math.min(end, Words.wordEnd(text, w));
      opensSentence |= previousEnd >= 0 && opensClause(previousEnd, w);
      previousEnd = we;
      int ws = afterElision(w, we);
      int trimmed = Words.withoutPossessive(text, ws, we);
      int shape = Words.nameShape(text, ws, trimmed);
      int flags = lexicon.flags(text, ws, trimmed);
      int names = gazetteer.flags(text, ws, trimmed);
      boolean joined = run != null && onlySpaceBetween(run.reach, w)
          && (!hasPeriod(run.reach, w) || isInitialBefore(run.reach));
      boolean nameWord = shape == Words.CAPITALISED && (flags & NOT_A_PERSON) == 0
          && (flags & PersonLexicon.ORGANIZATION) == 0
          && !Words.isAllCaps(text, ws, trimmed) && !Words.isInitial(text, ws, trimmed)
          && !Words.isEmbedded(text, ws, trimmed)
          && (names != 0 || !Words.isInnerCapitalised(text, ws, trimmed));
      boolean glue = (flags & PersonLexicon.PARTICLE) != 0 || Words.isInitial(text, ws, trimmed);
      if (joined && (flags & PersonLexicon.ORGANIZATION) != 0) {
        run = null; // "Hoffmann Bakery"
      } else if (nameWord && joined && run.words < MAX_RUN && ws == w) {
        run.add(ws, trimmed, names);
      } else if (glue && joined) {
        run.reach = we;
      } else {
        emit(run);
        run = nameWord ? new Run(ws, trimmed, names, opensSentence) : null;
        if (run != null) {
          run.afterRole = roleEnd >= 0 && onlySpaceOrCommaBetween(roleEnd, ws);
          run.afterGreeting = greetingEnd >= 0 && onlySpaceOrCommaBetween(greetingEnd, ws);
        }
      }
      if (trimmed != we) {
        emit(run); // a possessive ends the name
        run = null;
      }
      // "john smith" in a lower-case chat: a known given name then a known family name.
      if (tools != null && shape == Words.LOWER_CASE && (names & Gazetteer.FAMILY) != 0
          && previousLower >= 0 && onlyHorizontalSpaceBetween(previousLowerEnd, w)
          && !Words.isEmbedded(text, previousLower, trimmed)
          && (gazetteer.flags(text, previousLower, previousLowerEnd) & Gazetteer.GIVEN) != 0) {
        candidates.add(new Candidate(previousLower, trimmed, GAZETTEER, LOWER_CASE_PAIR, null,
            "gazetteer:lower-case-given-family"));
      }
      roleEnd = (flags & PersonLexicon.ROLE) != 0 ? we : -1;
      greetingEnd = (flags & (PersonLexicon.GREETING | PersonLexicon.THANKS)) != 0 ? we : -1;
      boolean lowerName = shape == Words.LOWER_CASE && (flags & NOT_A_PERSON) == 0;
      previousLower = lowerName ? w : -1;
      previousLowerEnd = lowerName ? we : -1;
      opensSentence = false;
      w = Words.nextWordStart(text, we);
    }
    emit(run);
  }

  /** A run of capitalised name words being collected. */
  private static final class Run {
    int start;
    boolean opensSentence;
    int firstFlags;
    int secondStart = -1;
    int secondFlags;
    int end;
    int reach; // end of the last word, particles and initials included
    int words = 1;
    int known;
    int lastFlags;

    boolean afterRole;
    boolean afterGreeting;

    Run(int start, int end, int flags, boolean opensSentence) {
      this.start = start;
      this.end = end;
      this.reach = end;
      this.firstFlags = flags;
      this.lastFlags = flags;
      this.known = flags != 0 ? 1 : 0;
      this.opensSentence = opensSentence;
    }

    void add(int wordStart, int wordEnd, int flags) {
      if (words == 1) {
        secondStart = wordStart;
        secondFlags = flags;
      }
      end = wordEnd;
      reach = wordEnd;
      words++;
      known += flags != 0 ? 1 : 0;
      lastFlags = flags;
    }
  }

  private void emit(Run run) {
    if (run == null) {
      return;
    }
    if (run.opensSentence && run.firstFlags == 0 && run.secondStart >= 0) {
      // "Mettez Cyril Bouvier": a capital that opens a sentence is no sign of a name.
      run.known -= run.firstFlags != 0 ? 1 : 0;
      run.start = run.secondStart;
      run.firstFlags = run.secondFlags;
      run.words--;
      run.opensSentence = false;
    }
    boolean given = (run.firstFlags & Gazetteer.GIVEN) != 0;
    boolean context = !followedByOrganization(run.end)
        && !isThingByContext(run.start, run.end, run.known > 0);
    if (run.afterGreeting && given && context) {
      // "Danke Anna.", "Hola Jing, soy Lars": a known given name addressed after a greeting.
      candidates.add(new Candidate(run.start, run.end, GAZETTEER, AFTER_GREETING, null,
          "gazetteer:after-greeting"));
    }
    if (run.afterRole && context && (tools != null || given)) {
      candidates.add(new Candidate(run.start, run.end, ROLE, AFTER_ROLE, null, "rule:role-noun"));
    }
    if (tools == null && !(run.words >= 2 && given && run.known >= 2 && run.lastFlags != 0)) {
      return; // no model reads the language: the signals above, a given and family name, or none
    }
    double score;
    String signal;
    if (run.words >= 2 && given && run.known >= 2 && run.lastFlags != 0) {
      score = GIVEN_FAMILY;
      signal = "gazetteer:given-family";
    } else if (run.words >= 2 && given) {
      score = GIVEN_UNKNOWN;
      signal = "gazetteer:given";
    } else if (run.words >= 2 && run.known >= 1) {
      score = UNKNOWN_FAMILY;
      signal = "gazetteer:family";
    } else if (run.words == 1 && given) {
      score = run.opensSentence ? GIVEN_ALONE / 2 : GIVEN_ALONE;
      signal = "gazetteer:given";
    } else if (run.words == 1 && run.known == 1) {
      score = FAMILY_ALONE;
      signal = "gazetteer:family";
    } else if (run.words >= 2) {
      score = UNKNOWN_NAME_WORDS; // carries the span of a name the model only partly found
      signal = "gazetteer:name-shape";
    } else {
      return;
    }
    if (followedByOrganization(run.end) || productAfterTitle(run.start, run.end)
        || isThingByContext(run.start, run.end, run.known > 0)) {
      return;
    }
    candidates.add(new Candidate(run.start, run.end, GAZETTEER, score, null, signal));
  }

  /** Skips a French elision before a name: "d'Ines" gives "Ines"; else returns {@code start}. */
  private int afterElision(int start, int end) {
    if (end - start > 3 && Character.isLowerCase(text.charAt(start))
        && (text.charAt(start + 1) == '\'' || text.charAt(start + 1) == '\u2019')
        && Character.isUpperCase(text.charAt(start + 2))) {
      return start + 2;
    }
    return start;
  }

  /** Tells whether the gap ends a clause or a chat label: "Agent: Thanks", "Done. Sarah". */
  /**
   * Tells whether the gap ends a sentence: "Done. Sarah". Unlike {@link #opensClause}, a chat label
   * does not count: the model still reads "Customer: Leopold told me".
   */
  private boolean endsSentence(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?') {
        return true;
      }
    }
    return false;
  }

  private boolean opensClause(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ':' || c == '.' || c == '!' || c == '?') {
        return true;
      }
    }
    return false;
  }

  private boolean onlySpaceOrCommaBetween(int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Words.isHorizontalSpace(c) && c != ',') {
        return false;
      }
    }
    return true;
  }

  private boolean onlyHorizontalSpaceBetween(int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!Words.isHorizontalSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean hasPeriod(int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '.') {
        return true;
      }
    }
    return false;
  }

  /** Tells whether the word ending at {@code end} is one letter: "J" of "J. Smith". */
  private boolean isInitialBefore(int end) {
    return end >= 1 && Character.isLetter(text.charAt(end - 1))
        && (end == 1 || !Words.isWordChar(text.charAt(end - 2)));
  }

  private boolean onlySpaceBetween(int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Words.isHorizontalSpace(c) && c != '.') {
        return false;
      }
    }
    return true;
  }

  /** A merged span, as reported. */
  private record Merged(int start, int end, double score, Explanation why) {}

  /**
   * Merges overlapping candidates, reports each cluster once, then reports the other mentions in
   * the text of the words of confident names ("Thank you Farhad" after "my son Farhad").
   */
  private void report(FindingSink sink) {
    candidates.sort(Comparator.comparingInt(Candidate::start));
    List<Merged> merged = new ArrayList<>();
    List<Candidate> cluster = new ArrayList<>();
    int clusterEnd = -1;
    for (Candidate c : candidates) {
      if (!cluster.isEmpty() && c.start() >= clusterEnd) {
        merge(cluster, merged);
        cluster.clear();
      }
      cluster.add(c);
      clusterEnd = cluster.size() == 1 ? c.end() : Math.max(clusterEnd, c.end());
    }
    if (!cluster.isEmpty()) {
      merge(cluster, merged);
    }
    repeatedMentions(merged, sink);
  }

  private void merge(List<Candidate> cluster, List<Merged> out) {
    Candidate[] best = new Candidate[4];
    int start = Integer.MAX_VALUE;
    int end = -1;
    for (Candidate c : cluster) {
      if (best[c.kind()] == null || c.score() > best[c.kind()].score()) {
        best[c.kind()] = c;
      }
      start = Math.min(start, c.start());
      end = Math.max(end, c.end());
    }
    if (best[RULE] == null && best[MODEL] == null && best[ROLE] == null
        && best[GAZETTEER].score() < GIVEN_ALONE / 2) {
      return; // the shape of a name and nothing else
    }
    double miss = 1.0;
    for (Candidate c : best) {
      if (c != null) {
        miss *= 1.0 - c.score();
      }
    }
    double score = Math.min(0.99, 1.0 - miss);
    Explanation why;
    if (best[RULE] != null) {
      why = best[RULE].rule();
      if (best[MODEL] == null && best[GAZETTEER] == null) {
        score = best[RULE].score(); // the rules alone keep their own score
      }
    } else if (best[MODEL] != null) {
      why = Explanation.of(best[MODEL].signal());
    } else if (best[ROLE] != null) {
      why = Explanation.of(best[ROLE].signal());
    } else {
      why = Explanation.of("gazetteer");
    }
    if (best[ROLE] != null && (best[RULE] != null || best[MODEL] != null)) {
      why = why.withValidation(best[ROLE].signal());
    }
    if (best[MODEL] != null && best[RULE] != null) {
      why = why.withValidation(best[MODEL].signal());
    }
    if (best[GAZETTEER] != null) {
      why = why.withValidation(best[GAZETTEER].signal());
    }
    out.add(new Merged(start, end, score, why));
  }

  /**
   * Reports the other mentions of the words of names found with at least {@link
   * #PROPAGATION_MIN}: in a chat, a name given once is repeated bare ("Thanks Farhad"). A mention
   * counts when written with a capital, or in lower case where the name was found in lower case.
   */
  private void repeatedMentions(List<Merged> merged, FindingSink sink) {
    WordTable<Boolean> table = confidentNameWords(merged);
    Explanation why = Explanation.of(REPEATED_RULE);
    int covered = 0; // index into merged, sorted by start
    int spanStart = -1;
    int spanEnd = -1;
    int length = text.length();
    for (int w = Words.nextWordStart(text, 0); ; ) {
      boolean atEnd = w >= length;
      int we = atEnd ? length : Words.wordEnd(text, w);
      int trimmed = atEnd ? length : Words.withoutPossessive(text, w, we);
      while (covered < merged.size() && merged.get(covered).end() <= w) {
        report(merged.get(covered), table, sink);
        covered++;
      }
      boolean inside = covered < merged.size() && merged.get(covered).start() < we;
      boolean mention = !atEnd && !inside && table != null && isMention(table, w, trimmed);
      if (mention && spanStart >= 0 && onlySpaceBetween(spanEnd, w)) {
        spanEnd = trimmed;
      } else {
        if (spanStart >= 0) {
          sink.report(PiiType.PERSON, spanStart, spanEnd, REPEATED, why);
        }
        spanStart = mention ? w : -1;
        spanEnd = mention ? trimmed : -1;
      }
      if (trimmed != we && spanStart >= 0) {
        sink.report(PiiType.PERSON, spanStart, spanEnd, REPEATED, why);
        spanStart = -1;
      }
      if (atEnd) {
        break;
      }
      w = Words.nextWordStart(text, we);
    }
    for (; covered < merged.size(); covered++) {
      report(merged.get(covered), table, sink);
    }
  }

  /**
   * Returns the words of names found with at least {@link #PROPAGATION_MIN}, each mapped to
   * whether it was written in lower case; null when there is none.
   */
  private WordTable<Boolean> confidentNameWords(List<Merged> merged) {
    java.util.Map<String, Boolean> words = new java.util.HashMap<>();
    for (Merged m : merged) {
      if (m.score() < PROPAGATION_MIN) {
        continue;
      }
      for (int w = Words.nextWordStart(text, m.start()); w < m.end(); ) {
        int we = Math.min(m.end(), Words.wordEnd(text, w));
        int shape = Words.nameShape(text, w, we);
        int flags = lexicon.flags(text, w, we);
        if (shape != Words.NOT_A_NAME && we - w >= 3 && (flags & NOT_A_PERSON) == 0
            && (flags & PersonLexicon.PARTICLE) == 0) {
          words.merge(WordTable.fold(text.subSequence(w, we)), shape == Words.LOWER_CASE,
              Boolean::logicalOr);
        }
        w = Words.nextWordStart(text, we);
      }
    }
    return words.isEmpty() ? null : WordTable.of(words);
  }

  /** A word of a confident name, capitalised or in lower case as the name was. */
  private boolean isMention(WordTable<Boolean> table, int start, int end) {
    Boolean lowerCase = table.get(text, start, end);
    if (lowerCase == null) {
      return false;
    }
    int shape = Words.nameShape(text, start, end);
    return shape == Words.CAPITALISED || (lowerCase && shape == Words.LOWER_CASE);
  }

  /** Reports a merged span, raised when a weak one repeats words of a confident name. */
  private void report(Merged m, WordTable<Boolean> table, FindingSink sink) {
    double score = m.score();
    Explanation why = m.why();
    if (table != null && score < REPEATED) {
      boolean all = true;
      for (int w = Words.nextWordStart(text, m.start()); w < m.end() && all; ) {
        int we = Math.min(m.end(), Words.wordEnd(text, w));
        all = isMention(table, w, we) || (lexicon.flags(text, w, we) & PersonLexicon.PARTICLE) != 0;
        w = Words.nextWordStart(text, we);
      }
      if (all) {
        score = 1.0 - (1.0 - score) * (1.0 - REPEATED);
        why = why.withValidation(REPEATED_RULE);
      }
    }
    sink.report(PiiType.PERSON, m.start(), m.end(), score, why);
  }
}
