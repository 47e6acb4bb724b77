package dev.blindspot.detect.regex;

import dev.blindspot.PiiType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Bank identifier codes (BIC, SWIFT codes, ISO 9362): four letters for the bank, a country code of
 * ISO 3166, two letters or digits for the location and an optional three for the branch ({@code
 * DEUTDEFF}, {@code BNPAFRPPXXX}, {@code DEUTDEFF500}); upper case, one atom of 8 or 11 chars.
 *
 * <p>A BIC has no check digit and most are made of letters only, the shape of any word written in
 * capitals, so context is required: a candidate becomes a hit only when a word such as "BIC",
 * "SWIFT" or "code banque" is near, and then scores {@value Recognizer#BARE} plus the context
 * boost. Codes holding a digit come in runs; letter-only ones through {@link
 * CandidateScanner.Handler#onWord}, which only hands out upper-case words of 8 or 11 letters.
 */
final class BicRecognizer extends Recognizer {

  private static final Set<String> COUNTRIES = countries();

  BicRecognizer() {
    super(
        PiiType.of("BIC"),
        "pattern:bic",
        ContextWords.of(
            List.of(
                "bic", "swift", "swift code", "bic code", "swift/bic", "bic/swift", "code bic",
                "code swift", "BIC-Code", "SWIFT-Code", "código bic", "código swift"),
            ReferenceWords.NOT_PERSONAL));
  }

  private static Set<String> countries() {
    Set<String> all = new HashSet<>(Set.of(Locale.getISOCountries()));
    all.add("XK"); // Kosovo, used by SWIFT though not in ISO 3166
    return Set.copyOf(all);
  }

  @Override
  boolean wants(Run run) {
    return true;
  }

  @Override
  void match(Run run, List<String> languages, Hits hits) {
    for (int k = 0; k < run.size(); k++) {
      matchWord(run.text(), run.start(k), run.end(k), hits);
    }
  }

  /** Checks one atom {@code text[start, end)}, made of letters or not. */
  void matchWord(CharSequence text, int start, int end, Hits hits) {
    int length = end - start;
    if ((length != 8 && length != 11) || !shape(text, start, end)
        || !COUNTRIES.contains(text.subSequence(start + 4, start + 6).toString())
        || !context().positiveNear(text, start, end)) {
      return;
    }
    hits.add(this, start, end, BARE, explain().withValidation("country:"
        + text.subSequence(start + 4, start + 6)));
  }

  private static boolean shape(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      boolean letter = Checksums.isUpperLetter(c);
      if (i < start + 6 ? !letter : !(letter || Checksums.isDigit(c))) {
        return false;
      }
    }
    return true;
  }
}
