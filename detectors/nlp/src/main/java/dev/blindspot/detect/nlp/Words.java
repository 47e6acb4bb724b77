package dev.blindspot.detect.nlp;

import java.util.Set;

/**
 * Splits text into words in place, by index, without allocating.
 *
 * <p>A word is a run of letters, decimal digits and combining marks; an apostrophe or a hyphen
 * between two such chars joins them ({@code O'Brien}, {@code Jean-Pierre}, {@code m'appelle}).
 * Offsets are UTF-16 indexes; a surrogate pair is never split.
 */
final class Words {

  /** Longest word taken as a name: longer runs are identifiers or noise. */
  static final int MAX_NAME_LENGTH = 40;

  /** The word is not a possible name: it has a digit, is too long or has no letter. */
  static final int NOT_A_NAME = 0;
  /** The word starts with a capital, or with a short lower-case prefix before one (d'Artagnan). */
  static final int CAPITALISED = 1;
  /** The word starts with a lower-case letter. */
  static final int LOWER_CASE = 2;
  /** The word is in a script without case, such as Arabic or Han. */
  static final int UNCASED = 3;

  /** The longest lower-case prefix joined to a capitalised rest: "d'", "al-", "ibn-". */
  private static final int MAX_NAME_PREFIX = 3;

  /** Chars that glue a word to the value before it: "@sarah", "x_smith", "id=Sarah". */
  private static final String GLUE_BEFORE = "@_=#+";
  /**
   * Chars that glue a word to the value after it: "sarah@", "smith_42", "sarah+shop", "sarah%40",
   * "sarah&#64;".
   */
  private static final String GLUE_AFTER = "@_=+%&";
  /** Prefixes of family names written with an inner capital: McDonald, LeBlanc, DiCaprio. */
  private static final Set<String> NAME_PREFIXES =
      Set.of("mc", "mac", "de", "di", "da", "du", "le", "la", "van", "von", "del", "jo");

  private Words() {}

  static boolean isWordChar(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  static boolean isJoiner(char c) {
    return c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '\u2011';
  }

  /** Spaces and tabs, including no-break spaces; not line breaks. */
  static boolean isHorizontalSpace(char c) {
    return c == ' ' || c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }

  /** Returns the index of the first word char at or after {@code from}, or the text length. */
  static int nextWordStart(CharSequence text, int from) {
    int n = text.length();
    int i = from;
    while (i < n) {
      int cp = Character.codePointAt(text, i);
      if (isWordChar(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return n;
  }

  /** Returns the index after the word that starts at {@code start}. */
  static int wordEnd(CharSequence text, int start) {
    int n = text.length();
    int i = start;
    while (i < n) {
      int cp = Character.codePointAt(text, i);
      if (isWordChar(cp)) {
        i += Character.charCount(cp);
      } else if (isJoiner(text.charAt(i))
          && i + 1 < n
          && isWordChar(Character.codePointAt(text, i + 1))) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /**
   * Returns the index of the word that follows {@code from} across a gap of horizontal space only,
   * at least one char of it; or -1 when the gap is empty, holds anything else or ends the text.
   */
  static int nextWordAcrossSpace(CharSequence text, int from) {
    int n = text.length();
    int i = from;
    while (i < n && isHorizontalSpace(text.charAt(i))) {
      i++;
    }
    if (i == from || i == n || !isWordChar(Character.codePointAt(text, i))) {
      return -1;
    }
    return i;
  }

  /**
   * Classifies a word as a possible name: {@link #CAPITALISED}, {@link #LOWER_CASE}, {@link
   * #UNCASED} or {@link #NOT_A_NAME}.
   */
  static int nameShape(CharSequence text, int start, int end) {
    if (end - start > MAX_NAME_LENGTH) {
      return NOT_A_NAME;
    }
    int first = Character.codePointAt(text, start);
    if (!Character.isLetter(first)) {
      return NOT_A_NAME;
    }
    for (int i = start; i < end; ) {
      int cp = Character.codePointAt(text, i);
      if (Character.isDigit(cp)) {
        return NOT_A_NAME;
      }
      i += Character.charCount(cp);
    }
    if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
      return CAPITALISED;
    }
    if (Character.isLowerCase(first)) {
      return hasCapitalisedRest(text, start, end) ? CAPITALISED : LOWER_CASE;
    }
    return UNCASED;
  }

  /** Tells whether a word is a short lower-case prefix joined to a capital: d'Artagnan, al-Amin. */
  private static boolean hasCapitalisedRest(CharSequence text, int start, int end) {
    int limit = Math.min(end - 1, start + MAX_NAME_PREFIX);
    for (int i = start; i <= limit; i++) {
      char c = text.charAt(i);
      if (isJoiner(c)) {
        return i > start && Character.isUpperCase(Character.codePointAt(text, i + 1));
      }
      if (!Character.isLowerCase(c)) {
        return false;
      }
    }
    return false;
  }

  /** Tells whether every cased letter of the word is upper case and it has at least two. */
  static boolean isAllCaps(CharSequence text, int start, int end) {
    int upper = 0;
    for (int i = start; i < end; ) {
      int cp = Character.codePointAt(text, i);
      if (Character.isLowerCase(cp)) {
        return false;
      }
      if (Character.isUpperCase(cp)) {
        upper++;
      }
      i += Character.charCount(cp);
    }
    return upper >= 2;
  }

  /** Tells whether the word is one capital letter, as in the initial of "J. Smith". */
  static boolean isInitial(CharSequence text, int start, int end) {
    int cp = Character.codePointAt(text, start);
    return start + Character.charCount(cp) == end && Character.isUpperCase(cp);
  }

  /**
   * Tells whether the words {@code [start, end)} are glued to, or joined into, an e-mail address, a
   * handle or a dotted identifier ("giulia.ricci@", "@sarah", "john_smith", "name=Sarah",
   * "sarah%40"): part of another value, not a name in running text.
   */
  static boolean isEmbedded(CharSequence text, int start, int end) {
    int n = text.length();
    for (int i = start + 1; i < end - 1; i++) {
      char c = text.charAt(i);
      if (c == '@' || c == '_' || (c == '.' && isWordChar(Character.codePointAt(text, i + 1)))) {
        return true; // "giulia.ricci", "elif_demir" read as one span
      }
    }
    if (start > 0) {
      char before = text.charAt(start - 1);
      if (GLUE_BEFORE.indexOf(before) >= 0) {
        return true;
      }
      if (before == '.' && start >= 2 && isWordChar(Character.codePointBefore(text, start - 1))) {
        return true;
      }
    }
    if (end < n) {
      char after = text.charAt(end);
      if (GLUE_AFTER.indexOf(after) >= 0) {
        return true;
      }
      return after == '.' && end + 1 < n && isWordChar(Character.codePointAt(text, end + 1));
    }
    return false;
  }

  /**
   * Tells whether the word has a capital right after a lower-case letter ("SoundLoop", "HomeCam"),
   * the shape of brands and products, unless what comes before it is a prefix of family names
   * ("McDonald", "MacArthur", "DeShawn", "LeBlanc", "DiCaprio").
   */
  static boolean isInnerCapitalised(CharSequence text, int start, int end) {
    for (int i = start + 1; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c) && Character.isLowerCase(text.charAt(i - 1))) {
        return i - start > MAX_NAME_PREFIX + 1
            || !NAME_PREFIXES.contains(WordTable.fold(text.subSequence(start, i)));
      }
    }
    return false;
  }

  /**
   * Tells whether a capitalised word goes on, after an apostrophe or a hyphen, in lower case: a
   * French elision or a verb with its pronoun ("L'erreur", "D'accord", "Pouvez-vous"), where
   * names capitalise every part ("D'Angelo", "Jean-Pierre").
   */
  static boolean hasLowerCaseTail(CharSequence text, int start, int end) {
    for (int i = end - 2; i > start; i--) {
      if (isJoiner(text.charAt(i))) {
        return Character.isLowerCase(text.charAt(i + 1));
      }
    }
    return false;
  }

  /** Tells whether the word mixes letters and digits: "V8", "X2", "S10", "5G". */
  static boolean isModelCode(CharSequence text, int start, int end) {
    boolean letter = false;
    boolean digit = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      letter |= Character.isLetter(c);
      digit |= Character.isDigit(c);
    }
    return letter && digit;
  }

  /** Tells whether the word is made of decimal digits only. */
  static boolean isNumber(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return end > start;
  }

  /**
   * Returns the end of the word without an English possessive "'s" ("Smith's" gives "Smith"), or
   * {@code end} when it has none.
   */
  static int withoutPossessive(CharSequence text, int start, int end) {
    if (end - start >= 4) {
      char s = text.charAt(end - 1);
      char apostrophe = text.charAt(end - 2);
      if ((s == 's' || s == 'S') && (apostrophe == '\'' || apostrophe == '\u2019')) {
        return end - 2;
      }
    }
    return end;
  }
}
