package dev.blindspot.spi;

import dev.blindspot.Explanation;
import dev.blindspot.PiiType;
import dev.blindspot.text.TextView;

/**
 * Receives the candidates a detector finds during one scan. The scanner's sink maps offsets back
 * to the original text, checks them and attaches the detector id. Not thread-safe: a sink belongs
 * to one scan.
 */
public interface FindingSink {

  /**
   * Reports a candidate found on the original text.
   *
   * @param type the type, one of the detector's {@link Detector#types()}
   * @param start start offset in the original text
   * @param end exclusive end offset in the original text, after {@code start}
   * @param score confidence in [0, 1] before context words
   * @param why how it was found
   */
  void report(PiiType type, int start, int end, double score, Explanation why);

  /**
   * Reports a candidate found on a view; the offsets are mapped back to the original text and the
   * steps of the view that changed the candidate's chars ({@link TextView#stepsChanging(int, int)})
   * are added to the explanation's normalizations.
   *
   * @param view the view the detector read
   * @param type the type, one of the detector's {@link Detector#types()}
   * @param start start offset in the view
   * @param end exclusive end offset in the view, after {@code start}
   * @param score confidence in [0, 1] before context words
   * @param why how it was found
   */
  void report(TextView view, PiiType type, int start, int end, double score, Explanation why);
}
