package dev.blindspot.detect.fuzzy;

import dev.blindspot.Explanation;
import dev.blindspot.PiiType;
import dev.blindspot.detect.regex.EmailMatcher;
import dev.blindspot.spi.Detector;
import dev.blindspot.spi.FindingSink;
import dev.blindspot.spi.ScanContext;
import dev.blindspot.text.TextView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reports e-mail addresses written with their {@code '@'} or dots obfuscated: it runs the regex
 * module's {@link EmailMatcher} on the {@link ObfuscatedEmailView} and reports view offsets, which
 * the scanner maps back to the whole obfuscated span of the original text.
 *
 * <p>On top of the recognizer's rules, an obfuscated address must end with a real-looking
 * top-level domain ({@link TopLevelDomains}). Its score is that of its weakest separator (see
 * {@link Separator}); it drops to {@value #IMPLAUSIBLE_SCORE}, under the default threshold, when
 * its local part or first domain label is an everyday word, its domain starts with {@code www}, or
 * a bare "at" is its only obfuscation and the local part looks like a word rather than a mailbox
 * ("available at amazon.com"). Addresses that need nothing undone are left to the regex detector.
 */
final class ObfuscatedEmailDetector implements Detector {

  static final String ID = "fuzzy.email";

  /** The score of an obfuscated address that reads like a sentence: context words may raise it. */
  static final double IMPLAUSIBLE_SCORE = 0.4;

  private static final Set<PiiType> TYPES = Set.of(PiiType.EMAIL_ADDRESS);

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
    CharSequence text = context.text();
    if (!ObfuscatedEmailView.mayApply(text)) {
      return;
    }
    TextView view = context.view(ObfuscatedEmailView.FACTORY);
    if (view.isOriginal()) {
      return;
    }
    CharSequence normalized = view.text();
    EmailMatcher matcher = EmailMatcher.of(normalized);
    while (matcher.find()) {
      int start = view.originalStart(matcher.start());
      int end = view.originalEnd(matcher.end());
      if (end - start == matcher.end() - matcher.start()) {
        continue; // written in clear: the regex detector reports it
      }
      CharSequence tld = normalized.subSequence(matcher.tldStart(), matcher.end());
      if (!TopLevelDomains.isKnown(tld)) {
        continue;
      }
      report(sink, view, matcher, Tokens.of(text, start, end));
    }
  }

  private static void report(FindingSink sink, TextView view, EmailMatcher matcher, Tokens span) {
    double score = 1.0;
    boolean bareAt = false;
    boolean dotUndone = false;
    List<String> techniques = new ArrayList<>(2);
    for (int k = 0; k < span.count(); k++) {
      Separator s = span.separator(k);
      if (s == null || s.technique() == null) {
        continue;
      }
      score = Math.min(score, s.score());
      bareAt |= s == Separator.AT_WORD;
      dotUndone |= !s.isAt();
      if (!techniques.contains(s.technique())) {
        techniques.add(s.technique());
      }
    }
    CharSequence normalized = view.text();
    String local = normalized.subSequence(matcher.start(), matcher.atIndex()).toString();
    int labelEnd = matcher.atIndex() + 1;
    while (normalized.charAt(labelEnd) != '.') {
      labelEnd++;
    }
    String firstLabel = normalized.subSequence(matcher.atIndex() + 1, labelEnd).toString();
    boolean plausible =
        !CommonWords.contains(local)
            && !CommonWords.contains(firstLabel)
            && !firstLabel.equalsIgnoreCase("www")
            && (!bareAt || dotUndone || looksLikeMailbox(local));
    Explanation why =
        Explanation.of(EmailMatcher.RECOGNIZER)
            .withValidation("domain")
            .withValidation("tld")
            .withValidation("known-tld");
    if (plausible) {
      why = why.withValidation("plausible-words");
    }
    why = why.withNormalizations(techniques);
    sink.report(
        view,
        PiiType.EMAIL_ADDRESS,
        matcher.start(),
        matcher.end(),
        plausible ? score : IMPLAUSIBLE_SCORE,
        why);
  }

  /** A local part with a dot, a digit or a symbol is a mailbox; a single word may be prose. */
  private static boolean looksLikeMailbox(String local) {
    for (int i = 0; i < local.length(); i++) {
      if (!Character.isLetter(local.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Returns the id; a detector holds no text. */
  @Override
  public String toString() {
    return "ObfuscatedEmailDetector[id=" + ID + "]";
  }
}
