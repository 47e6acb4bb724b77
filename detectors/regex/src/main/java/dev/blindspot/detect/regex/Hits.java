package dev.blindspot.detect.regex;

import dev.blindspot.Explanation;
import java.util.ArrayList;
import java.util.List;

/**
 * The values the recognizers found in one candidate, before context and overlap resolution.
 * Mutable, one per scan, cleared for every candidate.
 */
final class Hits {

  /** One value: who found it, where, with which base score and why. */
  record Hit(Recognizer recognizer, int start, int end, double score, Explanation why) {
    boolean overlaps(Hit other) {
      return start < other.end && other.start < end;
    }

    /** Returns the recognizer and span; never text. */
    @Override
    public String toString() {
      return "Hit[" + recognizer.name() + " " + start + ".." + end + " score=" + score + "]";
    }
  }

  private final List<Hit> hits = new ArrayList<>();

  void add(Recognizer recognizer, int start, int end, double baseScore, Explanation why) {
    hits.add(new Hit(recognizer, start, end, baseScore, why));
  }

  List<Hit> list() {
    return hits;
  }

  boolean isEmpty() {
    return hits.isEmpty();
  }

  void clear() {
    hits.clear();
  }

  /** Returns the number of hits; never text. */
  @Override
  public String toString() {
    return "Hits[" + hits.size() + "]";
  }
}
