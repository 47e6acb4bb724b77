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
 * of the most confident member (ties: the longer, then the earlier, then the first reported).
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
    Finding best = sorted.get(0);
    int clusterStart = best.start();
    int clusterEnd = best.end();
    int members = 1;
    for (int i = 1; i < sorted.size(); i++) {
      Finding f = sorted.get(i);
      if (f.start() < clusterEnd) {
        members++;
        clusterEnd = Math.max(clusterEnd, f.end());
        if (better(f, best)) {
          best = f;
        }
      } else {
        out.add(members == 1 ? best : best.withSpan(clusterStart, clusterEnd));
        best = f;
        clusterStart = f.start();
        clusterEnd = f.end();
        members = 1;
      }
    }
    out.add(members == 1 ? best : best.withSpan(clusterStart, clusterEnd));
    return out;
  }

  private static boolean better(Finding candidate, Finding best) {
    if (candidate.score() != best.score()) {
      return candidate.score() > best.score();
    }
    return candidate.length() > best.length();
  }
}
