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
 * on the {@link DigitsView} built over the shared {@link NormalizedView}, so that "zéro six,
 * douze, trente-quatre, cinquante-six, soixante-dix-huit", "O6 l2 34 56 78", "4111_1111_1111_1111",
 * fullwidth or Arabic-Indic digits and numbers broken across two lines are read with the same
 * validators (Luhn, MOD 97, libphonenumber) as clean ones, and reports view offsets, which the
 * scanner maps back to the whole disguised span.
 *
 * <p>A value the view did not change is left to the regex family, which reads it in the original
 * text; so is a value whose only change is a no-break or thin space, which that family reads too. A phone
 * number read out in words, in three or more groups, gets at least {@value #STRUCTURED_PHONE}, the
 * score the regex family gives a national number written with separators: the view joined its
 * groups into bare digits, which that family scores as an unformatted number. Other joined
 * numbers keep that lower score, so that only a context word ("phone", "tél") lifts an ambiguous
 * run of digits over the threshold.
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
    TextView view = DigitsView.forLanguages(languages).create(base);
    CharSequence original = context.text();
    if (view.isOriginal() || (view == base && base.steps().equals(List.of(UnicodeFoldView.STEP))
        && UnicodeFoldView.foldsOnly(original, SPACES_READ_AS_WRITTEN))) {
      return; // French text with no-break spaces and nothing else to undo: one structured pass
    }
    recognizers.scan(view.text(), language, (type, start, end, score, why) -> {
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
      double s = score;
      if (type.equals(PiiType.PHONE_NUMBER) && s < STRUCTURED_PHONE
          && steps.contains(DigitsView.WORDS_STEP)
          && groups(original, originalStart, originalEnd) >= 3) {
        s = STRUCTURED_PHONE;
      }
      Explanation explained = why.withNormalizations(folds);
      sink.report(view, type, start, end, s, explained);
    });
  }

  /** The Unicode spaces the regex family reads as spaces: no-break, narrow no-break, thin. */
  private static final String SPACES_READ_AS_WRITTEN = "\u00a0\u202f\u2009";

  /** Counts the runs of letters and digits of a span: the groups or words a number was read from. */
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
