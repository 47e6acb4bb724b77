package dev.blindspot.benchmarks.eval;

import dev.blindspot.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores findings against labeled sets.
 *
 * <p><b>Matching rule.</b> A finding matches a label when their types are equal and their
 * overlap covers at least half of the label and at least half of the finding ({@link
 * #MIN_OVERLAP}). Each label matches at most one finding and each finding at most one label;
 * pairs are assigned greedily, largest overlap first. A matched label is a true positive, an
 * unmatched label a false negative, an unmatched finding a false positive of the finding's type.
 *
 * <p><b>Clean and obfuscated.</b> Labels are counted in the category of their own {@code
 * obfuscation}. A false positive is counted in the category of its record: obfuscated when the
 * record holds an obfuscated label, clean otherwise (the generator keeps each record's values all
 * clean or all obfuscated).
 *
 * <p><b>Unredacted share.</b> The personal chars of a set are the non-white-space chars inside its
 * labels; the unredacted share is the part of them that no finding covers, whatever the finding's
 * type: what would still be readable after redacting every finding.
 */
public final class Scoring {

  /** The least share of each span that the overlap must cover for a match. */
  public static final double MIN_OVERLAP = 0.5;

  /** The part of a set a count belongs to. */
  public enum Category {
    /** Values written in clean form. */
    CLEAN,
    /** Values written with an obfuscation technique. */
    OBFUSCATED,
    /** Both. */
    ALL
  }

  private Scoring() {}

  /**
   * Tells whether a finding matches a label under the matching rule.
   *
   * @param label the label
   * @param finding the finding
   * @return true when the types are equal and the overlap covers at least half of both
   */
  public static boolean matches(Span label, Finding finding) {
    return label.type().equals(finding.type().name()) && overlap(label, finding) > 0
        && overlap(label, finding) >= MIN_OVERLAP * label.length()
        && overlap(label, finding) >= MIN_OVERLAP * finding.length();
  }

  private static int overlap(Span label, Finding f) {
    return Math.max(0, Math.min(label.end(), f.end()) - Math.max(label.start(), f.start()));
  }

  /** True positives, false positives, false negatives and personal chars of one type and category. */
  public static final class Counts {
    private int truePositives;
    private int falsePositives;
    private int falseNegatives;
    private long personalChars;
    private long unredactedChars;

    /** Creates zero counts. */
    public Counts() {}

    void add(Counts other) {
      truePositives += other.truePositives;
      falsePositives += other.falsePositives;
      falseNegatives += other.falseNegatives;
      personalChars += other.personalChars;
      unredactedChars += other.unredactedChars;
    }

    /**
     * Returns the matched labels.
     *
     * @return true positives
     */
    public int truePositives() {
      return truePositives;
    }

    /**
     * Returns the findings that matched no label.
     *
     * @return false positives
     */
    public int falsePositives() {
      return falsePositives;
    }

    /**
     * Returns the labels no finding matched.
     *
     * @return false negatives
     */
    public int falseNegatives() {
      return falseNegatives;
    }

    /**
     * Returns the number of labeled values.
     *
     * @return true positives plus false negatives
     */
    public int labels() {
      return truePositives + falseNegatives;
    }

    /**
     * Returns the precision.
     *
     * @return TP / (TP + FP), or NaN without any finding
     */
    public double precision() {
      return ratio(truePositives, truePositives + falsePositives);
    }

    /**
     * Returns the recall.
     *
     * @return TP / (TP + FN), or NaN without any label
     */
    public double recall() {
      return ratio(truePositives, truePositives + falseNegatives);
    }

    /**
     * Returns the F1 score, the harmonic mean of precision and recall.
     *
     * @return 2TP / (2TP + FP + FN), or NaN without any label or finding
     */
    public double f1() {
      return ratio(2L * truePositives, 2L * truePositives + falsePositives + falseNegatives);
    }

    /**
     * Returns the personal chars (non-white-space chars inside labels).
     *
     * @return the count
     */
    public long personalChars() {
      return personalChars;
    }

    /**
     * Returns the share of personal chars that no finding covers.
     *
     * @return a share in [0, 1], or NaN without personal chars
     */
    public double unredactedShare() {
      return ratio(unredactedChars, personalChars);
    }

    private static double ratio(long num, long den) {
      return den == 0 ? Double.NaN : (double) num / den;
    }

    @Override
    public String toString() {
      return "Counts[tp=" + truePositives + ", fp=" + falsePositives + ", fn=" + falseNegatives + "]";
    }
  }

  /** The score of one system on one labeled set: counts by type and category. */
  public static final class SetScore {
    private final Map<Category, Map<String, Counts>> byType = new TreeMap<>();
    private final Map<Category, Counts> totals = new TreeMap<>();
    private final Map<String, Counts> byTechnique = new TreeMap<>();
    private int records;

    SetScore() {
      for (Category c : Category.values()) {
        byType.put(c, new TreeMap<>());
        totals.put(c, new Counts());
      }
    }

    private Counts at(Category c, String type) {
      return byType.get(c).computeIfAbsent(type, t -> new Counts());
    }

    /**
     * Returns the counts of a type in a category.
     *
     * @param type a type name
     * @param category the category
     * @return the counts; zero for a type never labeled nor found
     */
    public Counts counts(String type, Category category) {
      Counts c = byType.get(category).get(type);
      return c == null ? new Counts() : c;
    }

    /**
     * Returns the counts of every type together in a category (micro average).
     *
     * @param category the category
     * @return the counts
     */
    public Counts total(Category category) {
      return totals.get(category);
    }

    /**
     * Returns the types labeled or found in the set.
     *
     * @return type names, sorted
     */
    public List<String> types() {
      return new ArrayList<>(byType.get(Category.ALL).keySet());
    }

    /**
     * Returns the counts of the obfuscated labels of each technique, all types together; only
     * their true positives, false negatives and personal chars are counted (a false positive has
     * no technique).
     *
     * @return counts by technique name, sorted
     */
    public Map<String, Counts> byTechnique() {
      return byTechnique;
    }

    /**
     * Returns the number of records scored.
     *
     * @return the count
     */
    public int records() {
      return records;
    }
  }

  /** False alarms of one system on a set of texts without personal data. */
  public static final class NegativeScore {
    private final Map<String, Integer> byType = new TreeMap<>();
    private int records;
    private long lines;
    private int falseAlarms;

    NegativeScore() {}

    /**
     * Returns the number of texts.
     *
     * @return records scored
     */
    public int records() {
      return records;
    }

    /**
     * Returns the number of lines of all texts.
     *
     * @return lines
     */
    public long lines() {
      return lines;
    }

    /**
     * Returns the findings reported in texts without personal data.
     *
     * @return false alarms
     */
    public int falseAlarms() {
      return falseAlarms;
    }

    /**
     * Returns the false alarms per type.
     *
     * @return counts by type name, sorted
     */
    public Map<String, Integer> byType() {
      return byType;
    }

    /**
     * Returns the false alarms per 10,000 lines.
     *
     * @return the rate
     */
    public double per10kLines() {
      return lines == 0 ? Double.NaN : falseAlarms * 10_000.0 / lines;
    }
  }

  /**
   * Scores a system on a labeled set.
   *
   * @param records the labeled records
   * @param system returns the findings of a record, sorted and not overlapping
   * @return the score
   */
  public static SetScore score(List<LabeledText> records, Function<LabeledText, List<Finding>> system) {
    SetScore score = new SetScore();
    for (LabeledText r : records) {
      score.records++;
      List<Finding> findings = system.apply(r);
      List<Span> labels = r.spans();
      boolean[] labelMatched = new boolean[labels.size()];
      boolean[] findingMatched = new boolean[findings.size()];
      List<int[]> pairs = new ArrayList<>();
      for (int i = 0; i < labels.size(); i++) {
        for (int j = 0; j < findings.size(); j++) {
          if (matches(labels.get(i), findings.get(j))) {
            pairs.add(new int[] {i, j, overlap(labels.get(i), findings.get(j))});
          }
        }
      }
      pairs.sort(Comparator.<int[]>comparingInt(p -> -p[2]).thenComparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
      for (int[] p : pairs) {
        if (!labelMatched[p[0]] && !findingMatched[p[1]]) {
          labelMatched[p[0]] = true;
          findingMatched[p[1]] = true;
        }
      }
      boolean obfuscatedRecord = labels.stream().anyMatch(Span::obfuscated);
      for (int i = 0; i < labels.size(); i++) {
        Span s = labels.get(i);
        Counts c = new Counts();
        if (labelMatched[i]) {
          c.truePositives = 1;
        } else {
          c.falseNegatives = 1;
        }
        countChars(r.text(), s, findings, c);
        add(score, s.obfuscated() ? Category.OBFUSCATED : Category.CLEAN, s.type(), c);
        if (s.obfuscated()) {
          score.byTechnique.computeIfAbsent(s.obfuscation(), t -> new Counts()).add(c);
        }
      }
      for (int j = 0; j < findings.size(); j++) {
        if (!findingMatched[j]) {
          Counts c = new Counts();
          c.falsePositives = 1;
          add(score, obfuscatedRecord ? Category.OBFUSCATED : Category.CLEAN, findings.get(j).type().name(), c);
        }
      }
    }
    return score;
  }

  private static void add(SetScore score, Category category, String type, Counts c) {
    score.at(category, type).add(c);
    score.at(Category.ALL, type).add(c);
    score.totals.get(category).add(c);
    score.totals.get(Category.ALL).add(c);
  }

  private static void countChars(String text, Span s, List<Finding> findings, Counts c) {
    for (int i = s.start(); i < s.end(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        continue;
      }
      c.personalChars++;
      boolean covered = false;
      for (Finding f : findings) {
        if (f.start() <= i && i < f.end()) {
          covered = true;
          break;
        }
      }
      if (!covered) {
        c.unredactedChars++;
      }
    }
  }

  /**
   * Counts the findings a system reports in texts without personal data.
   *
   * @param records texts without labels
   * @param system returns the findings of a record
   * @return the false alarms
   */
  public static NegativeScore scoreNegatives(
      List<LabeledText> records, Function<LabeledText, List<Finding>> system) {
    NegativeScore score = new NegativeScore();
    for (LabeledText r : records) {
      score.records++;
      score.lines += r.lineCount();
      for (Finding f : system.apply(r)) {
        score.falseAlarms++;
        score.byType.merge(f.type().name(), 1, Integer::sum);
      }
    }
    return score;
  }
}
