package dev.blindspot.detect.fuzzy;

import dev.blindspot.Explanation;
import dev.blindspot.PiiType;
import dev.blindspot.detect.regex.StructuredRecognizers;
import dev.blindspot.spi.Detector;
import dev.blindspot.spi.FindingSink;
import dev.blindspot.spi.ScanContext;
import dev.blindspot.text.TextView;
import java.util.List;
import java.util.Set;

/**
 * Reports the structured values of the regex module (phone, card and IBAN numbers, national ids,
 * IP addresses...) written in a disguise: it runs the regex module's {@link StructuredRecognizers}
 * on the digits view built over the shared {@link NormalizedView}, so that "zéro six,
 * douze, trente-quatre, cinquante-six, soixante-dix-huit", "O6 l2 34 56 78", "4111_1111_1111_1111",
 * fullwidth or Arabic-Indic digits and numbers broken across two lines are read with the same
 * validators (Luhn, MOD 97, libphonenumber) as clean ones, and reports view offsets, which the
 * scanner maps back to the whole disguised span.
 *
 * <p>The view is the {@link DigitsView} over the {@link ObfuscatedUrlView}
 * ("hxxps://www[.]x[.]com", "www dot x dot com slash y"); the recognizers read again only the
 * {@link ChangedWindows} of it, the stretches where normalization changed something, with margins
 * for the longest value and its context words: a view identical to the text costs one comparison
 * pass, and a text with a few disguised values costs a few short scans. Four numbers of at most
 * 255 joined by dots that the recognizers read as a phone number are reported as an IP address.
 *
 * <p>A value the view did not change is left to the regex family, which reads it in the original
 * text; so is a value whose only change is a no-break or thin space, which that family reads too.
 * A phone number read out in words, in three or more groups, gets at least {@value
 * #STRUCTURED_PHONE}, the score the regex family gives a national number written with separators:
 * the view joined its groups into bare digits, which that family scores as an unformatted number;
 * so does one broken across two lines or written with two kinds of separators ("06/55·03_17/12").
 * Other joined numbers keep that lower score, so that only a context word ("phone", "tél") lifts
 * an ambiguous run of digits over the threshold.
 *
 * <p>Immutable and thread-safe.
 */
final class ObfuscatedNumberDetector implements Detector {

  static final String ID = "fuzzy.structured";

  /** The regex family's score of a valid national phone number written with separators. */
  static final double STRUCTURED_PHONE = 0.65;

  private final StructuredRecognizers recognizers;
  private final int defaultLanguages;

  ObfuscatedNumberDetector(List<String> languages) {
    this.recognizers = StructuredRecognizers.of(languages);
    this.defaultLanguages = NumberWords.mask(languages);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<PiiType> types() {
    return recognizers.types();
  }

  @Override
  public void detect(ScanContext context, FindingSink sink) {
    TextView base = context.view(NormalizedView.FACTORY);
    String language = context.language();
    int languages = language.equals(ScanContext.UNDETERMINED)
        ? defaultLanguages : NumberWords.mask(List.of(language));
    TextView view =
        DigitsView.forLanguages(languages).create(ObfuscatedUrlView.FACTORY.create(base));
    CharSequence original = context.text();
    ChangedWindows windows = ChangedWindows.of(view, original, SPACES_READ_AS_WRITTEN);
    CharSequence text = view.text();
    for (int w = 0; w < windows.count(); w++) {
      int offset = windows.start(w);
      recognizers.scan(text.subSequence(offset, windows.end(w)), language,
          (type, start, end, score, why) ->
              found(view, original, sink, type, offset + start, offset + end, score, why));
    }
  }

  private static void found(TextView view, CharSequence original, FindingSink sink, PiiType type,
      int start, int end, double score, Explanation why) {
    List<String> steps = view.stepsChanging(start, end);
    if (steps.isEmpty()) {
      return; // written in clear: the regex family reports it
    }
    int originalStart = view.originalStart(start);
    int originalEnd = view.originalEnd(end);
    if (steps.equals(List.of(UnicodeFoldView.STEP)) && UnicodeFoldView.foldsOnly(
        original.subSequence(originalStart, originalEnd), SPACES_READ_AS_WRITTEN)) {
      return; // the regex family reads it as written
    }
    List<String> folds = UnicodeFoldView.techniques(original, originalStart, originalEnd);
    if (type.equals(PiiType.PHONE_NUMBER) && isDottedQuad(view.text(), start, end)) {
      // The regex family reads four dotted numbers of at most 255 as a phone number as often as
      // an IP address; once the view has unified the dots of an obfuscated one, it is an address.
      sink.report(view, PiiType.IP_ADDRESS, start, end, score,
          Explanation.of(IP_RECOGNIZER).withValidation("ipv4-octets").withNormalizations(folds));
      return;
    }
    double s = score;
    if (type.equals(PiiType.PHONE_NUMBER) && s < STRUCTURED_PHONE
        && (steps.contains(DigitsView.WORDS_STEP) || steps.contains(DigitsView.LINE_BREAKS_STEP)
            || mixedSeparators(original, originalStart, originalEnd))
        && groups(original, originalStart, originalEnd) >= 3) {
      s = STRUCTURED_PHONE;
    }
    sink.report(view, type, start, end, s, why.withNormalizations(folds));
  }

  /** The Unicode spaces the regex family reads as spaces: no-break, narrow no-break, thin. */
  private static final String SPACES_READ_AS_WRITTEN = "\u00a0\u202f\u2009";

  /** The recognizer name of IP addresses in the regex family. */
  static final String IP_RECOGNIZER = "pattern:ip";

  /** Tells whether {@code text[start, end)} is four numbers of at most 255 joined by dots. */
  static boolean isDottedQuad(CharSequence text, int start, int end) {
    int parts = 0;
    int value = -1;
    for (int i = start; i <= end; i++) {
      char c = i < end ? text.charAt(i) : '.';
      if (c >= '0' && c <= '9') {
        value = (value < 0 ? 0 : value * 10) + c - '0';
        if (value > 255) {
          return false;
        }
      } else if (c == '.' && value >= 0) {
        parts++;
        value = -1;
      } else {
        return false;
      }
    }
    return parts == 4;
  }

  /**
   * Tells whether a span mixes two kinds of separators ("06/55·03_17/12"): a number mangled on
   * purpose, where one kind ("83 - 85 - 81 - 13 - 12") may as well be a list.
   */
  private static boolean mixedSeparators(CharSequence text, int start, int end) {
    char first = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.isWhitespace(c) || c == '+') {
        continue;
      }
      if (first == 0) {
        first = c;
      } else if (c != first) {
        return true;
      }
    }
    return false;
  }

  /** Counts the runs of letters and digits of a span: the groups or words a number came from. */
  private static int groups(CharSequence text, int start, int end) {
    int groups = 0;
    boolean inside = false;
    for (int i = start; i < end; i++) {
      boolean alnum = Character.isLetterOrDigit(text.charAt(i));
      if (alnum && !inside) {
        groups++;
      }
      inside = alnum;
    }
    return groups;
  }

  /** Returns the id; a detector holds no text. */
  @Override
  public String toString() {
    return "ObfuscatedNumberDetector[id=" + ID + "]";
  }
}
