package dev.blindspot.detect.nlp;

import dev.blindspot.PiiType;
import dev.blindspot.spi.Detector;
import dev.blindspot.spi.FindingSink;
import dev.blindspot.spi.ScanContext;
import java.util.Objects;
import java.util.Set;

/**
 * Finds person names that the text itself announces: after a title ("Mr", "Mme", "Doña") or in a
 * phrase by which people give their name ("my name is", "je m'appelle", "Sarah here").
 *
 * <p>This is the rule-based half of the person detector: precise where names are announced, blind
 * elsewhere. It reads the text once, word by word; only a title, the first word of a phrase or a
 * capitalised word opening a line starts a look-ahead of a few words. The rules of every language
 * of the lexicon run on every text, because support chats mix languages and a scanner's language is
 * a default, not a fact. Immutable and thread-safe.
 */
final class PersonRuleDetector implements Detector {

  /** The id findings carry. */
  static final String ID = "nlp.person-rules";

  static final String HONORIFIC_RULE = "rule:honorific";
  static final String PHRASE_RULE = "rule:announcing-phrase";
  static final String NOT_A_STOP_WORD = "not-a-stop-word";

  /** Score of a capitalised name after a title or an announcing phrase. */
  static final double CAPITALISED_SCORE = 0.85;
  /** Score of a name written in lower case after an announcing phrase. */
  static final double LOWER_CASE_SCORE = 0.7;

  private static final Set<PiiType> TYPES = Set.of(PiiType.PERSON);

  private final PersonLexicon lexicon;

  PersonRuleDetector(PersonLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
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
    new PersonScan(lexicon, context.text(), sink).run();
  }

  /** Returns the id and the lexicon's languages; never words. */
  @Override
  public String toString() {
    return "PersonRuleDetector[" + ID + ", " + lexicon + "]";
  }
}
