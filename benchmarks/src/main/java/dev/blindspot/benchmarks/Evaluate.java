package dev.blindspot.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.blindspot.Finding;
import dev.blindspot.PiiScanner;
import dev.blindspot.PiiType;
import dev.blindspot.benchmarks.eval.EvalSets;
import dev.blindspot.benchmarks.eval.LabeledText;
import dev.blindspot.benchmarks.eval.Scoring;
import dev.blindspot.benchmarks.eval.Scoring.Category;
import dev.blindspot.benchmarks.eval.Scoring.Counts;
import dev.blindspot.benchmarks.eval.Span;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Measures how much Blindspot finds: precision, recall and F1 per type, separately for clean and
 * obfuscated values, and the share of personal chars left unredacted, on the labeled sets of
 * {@link EvalSets}; the same for the {@link NaiveRegexScanner} floor; and false alarms per 10,000
 * lines of the hard-negative sets.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.blindspot.benchmarks.Evaluate [--json]
 *     [--detectors regex,fuzzy,nlp] [--sets en,fr,de,es]
 * </pre>
 *
 * <p><b>Matching rule</b> (see {@link Scoring}): a finding matches a label when the types are equal
 * and the overlap covers at least half of the label and at least half of the finding; each label
 * and finding is matched at most once. False positives are counted in the category (clean or
 * obfuscated) of their record. The unredacted share counts the non-white-space chars of labels
 * that no finding covers, whatever its type.
 *
 * <p>{@code --detectors} selects families by provider name (default: {@code regex,fuzzy,nlp});
 * a family that is not on the class path is reported as missing and the others are evaluated.
 * Types that the selected detectors never emit are marked with {@code *}: their recall is zero by
 * construction. {@code --json} prints one JSON document instead of tables (NaN is written as
 * null). Exit status 0, or 2 on bad usage.
 */
public final class Evaluate {

  private static final String MATCHING_RULE =
      "same type, overlap >= 50% of the label and >= 50% of the finding, one-to-one";

  private Evaluate() {}

  /**
   * Runs the evaluation.
   *
   * @param args {@code [--json] [--detectors a,b] [--sets en,fr]}
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int status = run(args, out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** A system under evaluation: a name, its findings per record, the types it can emit. */
  private record Contender(String name, List<String> families, Function<LabeledText, List<Finding>> scan, Set<String> types) {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    boolean json = false;
    List<String> requested = DetectorFamilies.FAMILIES;
    List<String> langs = EvalSets.LABELED;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--json" -> json = true;
        case "--detectors", "--sets" -> {
          if (i + 1 >= args.length || args[i + 1].isBlank()) {
            err.println("evaluate: " + args[i] + " needs a comma-separated list");
            return 2;
          }
          List<String> values = Arrays.stream(args[++i].split(",")).map(String::trim)
              .filter(s -> !s.isEmpty()).toList();
          if (args[i - 1].equals("--detectors")) {
            requested = values;
          } else {
            for (String v : values) {
              if (!EvalSets.LABELED.contains(v)) {
                err.println("evaluate: unknown set '" + v + "'; known: " + String.join(",", EvalSets.LABELED));
                return 2;
              }
            }
            langs = values;
          }
        }
        default -> {
          err.println("evaluate: unknown option '" + args[i]
              + "'; usage: Evaluate [--json] [--detectors regex,fuzzy,nlp] [--sets en,fr,de,es]");
          return 2;
        }
      }
    }
    List<String> missing = DetectorFamilies.missing(requested);
    List<String> present = new ArrayList<>(requested);
    present.removeAll(missing);

    List<Contender> systems = new ArrayList<>();
    if (!present.isEmpty()) {
      PiiScanner scanner = DetectorFamilies.require(present.toArray(new String[0]));
      systems.add(new Contender("blindspot", present, r -> scanner.scan(r.text(), r.lang()),
          scanner.types().stream().map(PiiType::name).collect(Collectors.toCollection(TreeSet::new))));
    }
    NaiveRegexScanner naive = new NaiveRegexScanner();
    systems.add(new Contender(NaiveRegexScanner.ID, List.of(), r -> naive.scan(r.text()),
        naive.types().stream().map(PiiType::name).collect(Collectors.toCollection(TreeSet::new))));

    Map<String, Object> report = new LinkedHashMap<>();
    Map<String, Object> families = new LinkedHashMap<>();
    families.put("requested", requested);
    families.put("present", present);
    families.put("missing", missing);
    report.put("detectors", families);
    report.put("matching", MATCHING_RULE);
    List<Object> sets = new ArrayList<>();
    List<Object> negatives = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    text.append("Blindspot accuracy evaluation\n");
    text.append("matching: ").append(MATCHING_RULE).append('\n');
    text.append("detector families:");
    for (String name : requested) {
      text.append(' ').append(name).append(missing.contains(name) ? " MISSING" : " present").append(';');
    }
    text.append('\n');
    if (present.isEmpty()) {
      text.append("no requested detector family is on the class path: only the naive floor is evaluated\n");
    }

    for (String lang : langs) {
      List<LabeledText> records = EvalSets.load(lang);
      Map<String, Object> set = new LinkedHashMap<>();
      long values = records.stream().mapToLong(r -> r.spans().size()).sum();
      long obfuscated = records.stream().flatMap(r -> r.spans().stream()).filter(Span::obfuscated).count();
      set.put("set", lang);
      set.put("records", records.size());
      set.put("values", values);
      set.put("obfuscatedValues", obfuscated);
      text.append(String.format(Locale.ROOT, "%n== set %s: %d records, %d labeled values (%d clean, %d obfuscated)%n",
          lang, records.size(), values, values - obfuscated, obfuscated));
      List<Object> results = new ArrayList<>();
      for (Contender system : systems) {
        Scoring.SetScore score = Scoring.score(records, system.scan());
        results.add(setJson(system, score));
        appendTable(text, system, score);
      }
      set.put("systems", results);
      sets.add(set);
    }

    text.append("\n== hard negatives: texts without personal data (false alarms per 10,000 lines)\n");
    text.append(String.format(Locale.ROOT, "%-14s %6s", "set", "lines"));
    for (Contender system : systems) {
      text.append(String.format(Locale.ROOT, " | %-26s", system.name() + " alarms, /10k lines"));
    }
    text.append('\n');
    for (String lang : langs) {
      String name = "negatives-" + lang;
      List<LabeledText> records = EvalSets.load(name);
      Map<String, Object> neg = new LinkedHashMap<>();
      neg.put("set", name);
      neg.put("records", records.size());
      List<Object> results = new ArrayList<>();
      long lines = 0;
      StringBuilder row = new StringBuilder();
      for (Contender system : systems) {
        Scoring.NegativeScore score = Scoring.scoreNegatives(records, system.scan());
        lines = score.lines();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("system", system.name());
        r.put("falseAlarms", score.falseAlarms());
        r.put("per10kLines", number(score.per10kLines()));
        r.put("byType", score.byType());
        results.add(r);
        row.append(String.format(Locale.ROOT, " | %6d %8.1f %-10s", score.falseAlarms(), score.per10kLines(),
            topTypes(score.byType())));
      }
      neg.put("lines", lines);
      neg.put("systems", results);
      negatives.add(neg);
      text.append(String.format(Locale.ROOT, "%-14s %6d", name, lines)).append(row).append('\n');
    }
    report.put("sets", sets);
    report.put("negatives", negatives);

    if (json) {
      try {
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write the report as JSON", e);
      }
    } else {
      out.print(text);
    }
    return 0;
  }

  private static String topTypes(Map<String, Integer> byType) {
    return byType.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue())
        .limit(2)
        .map(e -> e.getKey() + ":" + e.getValue())
        .collect(Collectors.joining(","));
  }

  private static Map<String, Object> setJson(Contender system, Scoring.SetScore score) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("system", system.name());
    m.put("families", system.families());
    Map<String, Object> types = new LinkedHashMap<>();
    for (String type : score.types()) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("emitted", system.types().contains(type));
      for (Category c : Category.values()) {
        t.put(c.name().toLowerCase(Locale.ROOT), countsJson(score.counts(type, c)));
      }
      types.put(type, t);
    }
    m.put("types", types);
    Map<String, Object> all = new LinkedHashMap<>();
    for (Category c : Category.values()) {
      all.put(c.name().toLowerCase(Locale.ROOT), countsJson(score.total(c)));
    }
    m.put("all", all);
    Map<String, Object> techniques = new LinkedHashMap<>();
    score.byTechnique().forEach((technique, c) -> {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("labels", c.labels());
      t.put("truePositives", c.truePositives());
      t.put("recall", number(c.recall()));
      t.put("unredactedShare", number(c.unredactedShare()));
      techniques.put(technique, t);
    });
    m.put("obfuscatedByTechnique", techniques);
    return m;
  }

  private static Map<String, Object> countsJson(Counts c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("labels", c.labels());
    m.put("truePositives", c.truePositives());
    m.put("falsePositives", c.falsePositives());
    m.put("falseNegatives", c.falseNegatives());
    m.put("precision", number(c.precision()));
    m.put("recall", number(c.recall()));
    m.put("f1", number(c.f1()));
    m.put("unredactedShare", number(c.unredactedShare()));
    return m;
  }

  private static Object number(double d) {
    return Double.isNaN(d) ? null : Math.round(d * 10_000) / 10_000.0;
  }

  private static void appendTable(StringBuilder sb, Contender system, Scoring.SetScore score) {
    sb.append("-- ").append(system.name());
    if (!system.families().isEmpty()) {
      sb.append(" [").append(String.join(", ", system.families())).append(']');
    }
    sb.append('\n');
    sb.append(String.format(Locale.ROOT, "%-15s | %-23s | %-23s | %s%n", "", "clean", "obfuscated",
        "unredacted"));
    sb.append(String.format(Locale.ROOT, "%-15s | %5s %5s %5s %5s | %5s %5s %5s %5s | %6s / %6s%n", "type",
        "P", "R", "F1", "n", "P", "R", "F1", "n", "clean", "obf"));
    boolean marked = false;
    for (String type : score.types()) {
      boolean emitted = system.types().contains(type);
      marked |= !emitted && score.counts(type, Category.ALL).labels() > 0;
      sb.append(row((emitted ? "" : "*") + type, score.counts(type, Category.CLEAN),
          score.counts(type, Category.OBFUSCATED)));
    }
    sb.append(row("ALL", score.total(Category.CLEAN), score.total(Category.OBFUSCATED)));
    if (marked) {
      sb.append("  * not emitted by these detectors: recall 0 by construction\n");
    }
    sb.append("  obfuscated recall by technique:");
    score.byTechnique().forEach((technique, c) -> sb.append(String.format(Locale.ROOT, " %s %d/%d;",
        technique, c.truePositives(), c.labels())));
    sb.append('\n');
  }

  private static String row(String name, Counts clean, Counts obf) {
    return String.format(Locale.ROOT, "%-15s | %5s %5s %5s %5d | %5s %5s %5s %5d | %6s / %6s%n", name,
        f(clean.precision()), f(clean.recall()), f(clean.f1()), clean.labels(),
        f(obf.precision()), f(obf.recall()), f(obf.f1()), obf.labels(),
        pct(clean.unredactedShare()), pct(obf.unredactedShare()));
  }

  private static String f(double d) {
    return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.3f", d);
  }

  private static String pct(double d) {
    return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.1f%%", d * 100);
  }
}
