package dev.blindspot.detect.regex;

/**
 * The one pass of the structured family: walks a text once, with a table lookup per char, and
 * hands out bounded candidates to the recognizers.
 *
 * <ul>
 *   <li>An <em>atom</em> is a maximal run of ASCII letters and digits. Atoms made only of letters
 *       and longer than {@value #MAX_LETTER_ATOM} chars are words: they end the current run and
 *       join none. Shorter letter atoms stay, since IBAN groups ({@code NWBK}), hexadecimal groups
 *       ({@code fe80}, {@code 1A}) and prefixes ({@code AB} of a NINO) look like that.
 *   <li>A <em>gap</em> joins two atoms: one separator char (space, no-break or thin space, {@code
 *       - . / : ( )}), or two of them with at most one space ({@code ") "}, {@code " ("}) or
 *       {@code "::"}. Anything else (a longer gap, a line break, a comma, a non-ASCII char) ends
 *       the run.
 *   <li>A <em>run</em> is a maximal sequence of atoms joined by gaps; it is handed out only when
 *       it holds a digit, so text without digits costs the pass and nothing more.
 *   <li>A <em>URL</em> starts at an atom {@code http}/{@code https} followed by {@code ://}, or
 *       {@code www} followed by a dot, at the start of a word; its extent is read by {@link
 *       UrlRecognizer#extent} (bounded), handed out, and the pass resumes after it.
 *   <li>A <em>word</em> is a letter atom of {@value #WORD_LENGTH} or {@value #LONG_WORD_LENGTH}
 *       upper-case letters standing alone (the shape of a BIC such as {@code BNPAFRPP}); it ends
 *       the current run like any word and is handed out on its own.
 * </ul>
 *
 * <p>Every char is read once by the pass; a URL reads at most {@link UrlRecognizer#MAX_LENGTH}
 * chars beyond its start, and a failed URL start at most a host's length. Stateless; the run
 * buffer belongs to the caller.
 */
final class CandidateScanner {

  /** Receives the candidates of one pass. */
  interface Handler {
    /** A run with at least one digit; valid only during the call. */
    void onRun(Run run);

    /** A URL candidate {@code [start, end)}. */
    void onUrl(int start, int end);

    /**
     * A word {@code [start, end)} of {@value CandidateScanner#WORD_LENGTH} or {@value
     * CandidateScanner#LONG_WORD_LENGTH} upper-case ASCII letters, the shape of a letter-only BIC;
     * ignored by default.
     */
    default void onWord(int start, int end) {}
  }

  static final int MAX_LETTER_ATOM = 4;

  /** Lengths of the upper-case words handed to {@link Handler#onWord}. */
  static final int WORD_LENGTH = 8;

  static final int LONG_WORD_LENGTH = 11;

  private static final byte OTHER = 0;
  private static final byte DIGIT = 1;
  private static final byte LETTER = 2;
  private static final byte SEPARATOR = 3;
  private static final byte SPACE = 4;

  private static final byte[] CLASS = new byte[128];

  static {
    for (char c = '0'; c <= '9'; c++) {
      CLASS[c] = DIGIT;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      CLASS[c] = LETTER;
      CLASS[c - 32] = LETTER;
    }
    for (char c : "-./:()".toCharArray()) {
      CLASS[c] = SEPARATOR;
    }
    CLASS[' '] = SPACE;
  }

  private CandidateScanner() {}

  static byte classOf(char c) {
    if (c < 128) {
      return CLASS[c];
    }
    return c == '\u00A0' || c == '\u202F' || c == '\u2009' ? SPACE : OTHER;
  }

  static boolean isAsciiAlnum(char c) {
    byte k = classOf(c);
    return k == DIGIT || k == LETTER;
  }

  static boolean isSpace(char c) {
    return classOf(c) == SPACE;
  }

  /** Walks {@code text} once and hands every run with a digit and every URL to the handler. */
  static void scan(CharSequence text, Run run, Handler handler) {
    run.reset(text);
    int n = text.length();
    int i = 0;
    while (i < n) {
      byte k = classOf(text.charAt(i));
      if (k == DIGIT || k == LETTER) {
        int start = i;
        int digits = 0;
        do {
          if (k == DIGIT) {
            digits++;
          }
          i++;
        } while (i < n && ((k = classOf(text.charAt(i))) == DIGIT || k == LETTER));
        if (digits == 0) {
          int urlEnd = wordStart(text, start) ? UrlRecognizer.extent(text, start, i) : -1;
          if (urlEnd > 0) {
            flush(run, handler);
            handler.onUrl(start, urlEnd);
            i = urlEnd;
            continue;
          }
          if (i - start > MAX_LETTER_ATOM) {
            flush(run, handler);
            if ((i - start == WORD_LENGTH || i - start == LONG_WORD_LENGTH)
                && upperCaseWord(text, start, i)) {
              handler.onWord(start, i);
            }
            continue;
          }
        }
        if (run.size() > 0 && !joins(text, run.end(run.size() - 1), start)) {
          flush(run, handler);
        }
        run.add(start, i, digits);
      } else if ((k == SEPARATOR || k == SPACE)
          && run.size() > 0
          && i - run.end(run.size() - 1) < 2) {
        i++; // may be part of a gap; checked when the next atom starts
      } else {
        flush(run, handler);
        i++;
      }
    }
    flush(run, handler);
  }

  /** Tells whether the chars {@code [from, to)} between two atoms form a gap. */
  private static boolean joins(CharSequence text, int from, int to) {
    int length = to - from;
    if (length == 1) {
      return true; // only separators reach here, see scan
    }
    if (length != 2) {
      return false;
    }
    char a = text.charAt(from);
    char b = text.charAt(from + 1);
    return (a == ':' && b == ':') || (isSpace(a) != isSpace(b));
  }

  /** Tells whether the letters {@code [start, end)} are upper case and a whole word. */
  private static boolean upperCaseWord(CharSequence text, int start, int end) {
    if (!wordStart(text, start)
        || (end < text.length() && Character.isLetterOrDigit(text.charAt(end)))) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (text.charAt(i) > 'Z') {
        return false;
      }
    }
    return true;
  }

  private static boolean wordStart(CharSequence text, int at) {
    return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
  }

  private static void flush(Run run, Handler handler) {
    if (run.size() > 0) {
      if (run.totalDigits() > 0) {
        handler.onRun(run);
      }
      run.clear();
    }
  }
}
