package dev.blindspot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Merges overlapping findings, in O(n log n).
 *
 * <p>Findings that overlap, directly or through a chain, form a cluster. A cluster of one is kept
 * as it is. A larger cluster becomes one finding whose span is the union of the cluster, so that
 * redaction removes every detected char, and whose type, score, detector and explanation are those
 * of the most confident member (ties: the longer, then the earlier, then the first reported), with
 * the normalizations of every member added to the explanation (a clean match widened by a fuzzy
 * one says what was undone).
 */
final class OverlapResolver {

  private static final Comparator<Finding> BY_POSITION =
      Comparator.comparingInt(Finding::start).thenComparing(Finding::end, Comparator.reverseOrder());

  private OverlapResolver() {}

  static List<Finding> resolve(List<Finding> findings) {
    if (findings.size() <= 1) {
      return List.copyOf(findings);
    }
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(BY_POSITION); // stable: equal spans keep report order
    List<Finding> out = new ArrayList<>();
    List<Finding> cluster = new ArrayList<>();
    int clusterEnd = -1;
    for (Finding f : sorted) {
      if (!cluster.isEmpty() && f.start() >= clusterEnd) {
        out.add(merge(cluster, clusterEnd));
        cluster.clear();
      }
      cluster.add(f);
      clusterEnd = Math.max(clusterEnd, f.end());
    }
    out.add(merge(cluster, clusterEnd));
    return out;
  }

  private static Finding merge(List<Finding> cluster, int clusterEnd) {
    Finding best = cluster.get(0);
    if (cluster.size() == 1) {
      return best;
    }
    for (Finding f : cluster) {
      if (better(f, best)) {
        best = f;
      }
    }
    Explanation why = best.explanation();
    for (Finding f : cluster) {
      why = why.withNormalizations(f.explanation().normalizations());
    }
    return new Finding(
        best.type(), cluster.get(0).start(), clusterEnd, best.score(), best.detectorId(), why);
  }

  private static boolean better(Finding candidate, Finding best) {
    if (candidate.score() != best.score()) {
      return candidate.score() > best.score();
    }
    return candidate.length() > best.length();
  }
}
