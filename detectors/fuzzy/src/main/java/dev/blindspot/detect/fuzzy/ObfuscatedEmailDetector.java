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
 * Reports e-mail addresses written with their {@code '@'} or dots obfuscated, or disguised by
 * encodings and Unicode: it runs the regex module's {@link EmailMatcher} on the {@link
 * ObfuscatedEmailView} built over the shared {@link NormalizedView} (entities and URL escapes
 * decoded, invisible chars removed, Unicode folded), and reports view offsets, which the scanner
 * maps back to the whole obfuscated span of the original text. The explanation names each
 * technique undone: the view steps that changed the value (added by the scanner) and, in finer
 * grain, the separators undone ({@code "spaces-around-at"}, {@code "at-dot-words"}, {@code
 * "bracketed-at-dot"}, {@code "line-break-joined"}...) and the Unicode folds ({@code
 * "fullwidth-folded"}, {@code "homoglyphs-folded"}...).
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

  /** The technique of a separator that held a line break. */
  static final String LINE_BREAK_JOINED = "line-break-joined";

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
    TextView base = context.view(NormalizedView.FACTORY);
    CharSequence baseText = base.text();
    boolean separators = ObfuscatedEmailView.mayApply(baseText);
    if (!separators && (base.isOriginal() || baseText.toString().indexOf('@') < 0)) {
      return;
    }
    TextView view = separators ? ObfuscatedEmailView.FACTORY.create(base) : base;
    if (view.isOriginal()) {
      return;
    }
    CharSequence normalized = view.text();
    EmailMatcher matcher = EmailMatcher.of(normalized);
    while (matcher.find()) {
      if (view.stepsChanging(matcher.start(), matcher.end()).isEmpty()) {
        continue; // written in clear: the regex detector reports it
      }
      CharSequence tld = normalized.subSequence(matcher.tldStart(), matcher.end());
      if (!TopLevelDomains.isKnown(tld)) {
        continue;
      }
      int baseStart = view == base ? matcher.start() : view.map().mapStart(matcher.start());
      int baseEnd = view == base ? matcher.end() : view.map().mapEnd(matcher.end());
      report(sink, context.text(), view, matcher, Tokens.of(baseText, baseStart, baseEnd));
    }
  }

  private static void report(
      FindingSink sink, CharSequence original, TextView view, EmailMatcher matcher, Tokens span) {
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
      if (span.hasLineBreak(k) && !techniques.contains(LINE_BREAK_JOINED)) {
        techniques.add(LINE_BREAK_JOINED);
      }
    }
    int originalStart = view.originalStart(matcher.start());
    int originalEnd = view.originalEnd(matcher.end());
    techniques.addAll(UnicodeFoldView.techniques(original, originalStart, originalEnd));
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
            && (!bareAt || dotUndone || looksLikeMailbox(local))
            && !pathFollows(normalized, matcher.end());
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

  /**
   * Tells whether a path follows, "/contact" or " slash contact": then the text is a web address
   * read out ("my profile at giuliaricci dot wordpress dot com slash contact"), not a mailbox.
   */
  private static boolean pathFollows(CharSequence text, int end) {
    int i = end;
    while (i < text.length() && i - end <= SeparatorParser.MAX_SPACES
        && SeparatorParser.isBlank(text.charAt(i))) {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '/') {
      return true;
    }
    int e = i + SLASH.length();
    if (i == end || e > text.length()
        || (e < text.length() && Character.isLetterOrDigit(text.charAt(e)))) {
      return false;
    }
    for (int k = 0; k < SLASH.length(); k++) {
      if (Character.toLowerCase(text.charAt(i + k)) != SLASH.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static final String SLASH = "slash";

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
