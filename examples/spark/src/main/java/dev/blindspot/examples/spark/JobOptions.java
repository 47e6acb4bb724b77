package dev.blindspot.examples.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parsed arguments of {@link BlindspotSparkJob}. Options come as {@code --name value} or
 * {@code --name=value}, in any order after the command. Error messages name options, never values
 * that could be data or secrets.
 *
 * @param scan true for {@code scan} (findings only, the text columns dropped), false for {@code
 *     redact}
 * @param input the input path
 * @param inputFormat jsonl or parquet
 * @param output the output path
 * @param outputFormat jsonl or parquet
 * @param overwrite whether an existing output is replaced
 * @param columns the text columns
 * @param languageColumn the column of per-row language tags, or null
 * @param findings whether redact adds a findings column per text column
 * @param partitions how many partitions to spread the rows over before scanning, or 0 to keep the
 *     input's
 * @param config the Blindspot configuration
 */
record JobOptions(
    boolean scan,
    String input,
    Format inputFormat,
    String output,
    Format outputFormat,
    boolean overwrite,
    List<String> columns,
    String languageColumn,
    boolean findings,
    int partitions,
    BlindspotConfig config) {

  /** A dataset format. */
  enum Format {
    JSONL,
    PARQUET;

    static Format of(String value, String option) throws JobException {
      switch (value) {
        case "jsonl":
          return JSONL;
        case "parquet":
          return PARQUET;
        default:
          throw JobException.usage(option + " must be jsonl or parquet");
      }
    }
  }

  static final String INPUT = "--input";
  static final String INPUT_FORMAT = "--input-format";
  static final String OUTPUT = "--output";
  static final String OUTPUT_FORMAT = "--output-format";
  static final String COLUMNS = "--columns";
  static final String LANGUAGE_COLUMN = "--language-column";
  static final String DETECTORS = "--detectors";
  static final String DETECTOR_CLASSES = "--detector-classes";
  static final String LANGUAGES = "--languages";
  static final String MIN_SCORE = "--min-score";
  static final String OPERATOR = "--operator";
  static final String HMAC_KEY_FILE = "--hmac-key-file";
  static final String ON_FAILURE = "--on-failure";
  static final String OVERWRITE = "--overwrite";
  static final String FINDINGS = "--findings";
  static final String PARTITIONS = "--partitions";

  private static final Set<String> VALUED = Set.of(INPUT, INPUT_FORMAT, OUTPUT, OUTPUT_FORMAT,
      COLUMNS, LANGUAGE_COLUMN, DETECTORS, DETECTOR_CLASSES, LANGUAGES, MIN_SCORE, OPERATOR,
      HMAC_KEY_FILE, ON_FAILURE, PARTITIONS);
  private static final Set<String> FLAGS = Set.of(OVERWRITE, FINDINGS);

  /** Returns whether the arguments ask for the help. */
  static boolean helpRequested(String[] args) {
    for (String arg : args) {
      if (arg.equals("--help") || arg.equals("-h")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Parses the arguments.
   *
   * @throws JobException with status 2 if they are not a valid command line
   */
  static JobOptions parse(String[] args) throws JobException {
    Map<String, String> values = new LinkedHashMap<>();
    Set<String> flags = new LinkedHashSet<>();
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        positional.add(arg);
        continue;
      }
      int eq = arg.indexOf('=');
      String name = eq > 0 ? arg.substring(0, eq) : arg;
      if (FLAGS.contains(name) && eq < 0) {
        if (!flags.add(name)) {
          throw JobException.usage("option " + name + " is given twice");
        }
        continue;
      }
      if (!VALUED.contains(name)) {
        throw JobException.usage("unknown option '" + printable(name) + "' (see --help)");
      }
      String value;
      if (eq > 0) {
        value = arg.substring(eq + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw JobException.usage("option " + name + " needs a value (see --help)");
      }
      if (values.put(name, value) != null) {
        throw JobException.usage("option " + name + " is given twice");
      }
    }

    if (positional.isEmpty()) {
      throw JobException.usage("missing command: scan or redact (see --help)");
    }
    if (positional.size() > 1) {
      throw JobException.usage("unexpected argument after the command: give paths with "
          + INPUT + " and " + OUTPUT + " (see --help)");
    }
    boolean scan;
    switch (positional.get(0)) {
      case "scan":
        scan = true;
        break;
      case "redact":
        scan = false;
        break;
      default:
        throw JobException.usage(
            "unknown command '" + printable(positional.get(0)) + "': use scan or redact");
    }

    String input = required(values, INPUT);
    String output = required(values, OUTPUT);
    Format inputFormat = values.containsKey(INPUT_FORMAT)
        ? Format.of(values.get(INPUT_FORMAT), INPUT_FORMAT)
        : endsWith(input, ".parquet") ? Format.PARQUET : Format.JSONL;
    Format outputFormat = values.containsKey(OUTPUT_FORMAT)
        ? Format.of(values.get(OUTPUT_FORMAT), OUTPUT_FORMAT)
        : endsWith(output, ".jsonl") || endsWith(output, ".json") ? Format.JSONL : Format.PARQUET;

    List<String> columns = values.containsKey(COLUMNS)
        ? names(values.get(COLUMNS), COLUMNS)
        : List.of("text");
    if (new LinkedHashSet<>(columns).size() < columns.size()) {
      throw JobException.usage(COLUMNS + " names a column twice");
    }
    String languageColumn = values.get(LANGUAGE_COLUMN);
    if (languageColumn != null && (languageColumn.isBlank() || columns.contains(languageColumn))) {
      throw JobException.usage(LANGUAGE_COLUMN + " must name a column that is not a text column");
    }
    if (scan && flags.contains(FINDINGS)) {
      throw JobException.usage(FINDINGS + " applies to redact only (scan always writes findings)");
    }
    if (scan && values.containsKey(OPERATOR)) {
      throw JobException.usage(OPERATOR + " applies to redact only");
    }

    int partitions = 0;
    if (values.containsKey(PARTITIONS)) {
      try {
        partitions = Integer.parseInt(values.get(PARTITIONS).strip());
      } catch (NumberFormatException e) {
        partitions = -1;
      }
      if (partitions < 1) {
        throw JobException.usage(PARTITIONS + " must be a positive number");
      }
    }

    return new JobOptions(scan, input, inputFormat, output, outputFormat,
        flags.contains(OVERWRITE), columns, languageColumn, flags.contains(FINDINGS), partitions,
        config(values));
  }

  private static BlindspotConfig config(Map<String, String> values) throws JobException {
    BlindspotConfig.Builder builder = BlindspotConfig.builder();
    try {
      if (values.containsKey(DETECTORS)) {
        builder.detectors(names(values.get(DETECTORS), DETECTORS).toArray(String[]::new));
      }
      if (values.containsKey(DETECTOR_CLASSES)) {
        builder.detectorClasses(
            names(values.get(DETECTOR_CLASSES), DETECTOR_CLASSES).toArray(String[]::new));
      }
      if (values.containsKey(LANGUAGES)) {
        builder.languages(names(values.get(LANGUAGES), LANGUAGES).toArray(String[]::new));
      }
      if (values.containsKey(MIN_SCORE)) {
        double score;
        try {
          score = Double.parseDouble(values.get(MIN_SCORE).strip());
        } catch (NumberFormatException e) {
          throw JobException.usage(MIN_SCORE + " must be a number in [0, 1]");
        }
        builder.minScore(score);
      }
      if (values.containsKey(OPERATOR)) {
        builder.operator(BlindspotConfig.Operator.of(values.get(OPERATOR)));
      }
      if (values.containsKey(HMAC_KEY_FILE)) {
        builder.hmacKeyFile(values.get(HMAC_KEY_FILE));
      }
      switch (values.getOrDefault(ON_FAILURE, "fail")) {
        case "fail":
          builder.onFailure(BlindspotConfig.OnFailure.FAIL);
          break;
        case "quarantine":
          builder.onFailure(BlindspotConfig.OnFailure.QUARANTINE);
          break;
        default:
          throw JobException.usage(ON_FAILURE + " must be fail or quarantine");
      }
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw JobException.usage(e.getMessage());
    }
  }

  private static String required(Map<String, String> values, String option)
      throws JobException {
    String value = values.get(option);
    if (value == null || value.isBlank()) {
      throw JobException.usage("missing " + option + " PATH (see --help)");
    }
    return value;
  }

  private static boolean endsWith(String path, String suffix) {
    String p = path.toLowerCase(Locale.ROOT);
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.endsWith(suffix);
  }

  private static List<String> names(String value, String option) throws JobException {
    List<String> names = new ArrayList<>();
    for (String name : value.split(",", -1)) {
      if (name.isBlank()) {
        throw JobException.usage(option + " needs a comma-separated list of names, none empty");
      }
      names.add(name.strip());
    }
    return List.copyOf(names);
  }

  /** Echoes a short option or command name; anything else might be data pasted by mistake. */
  private static String printable(String arg) {
    return arg.length() <= 40 && arg.matches("[-A-Za-z0-9_.]*")
        ? arg
        : "(" + arg.length() + " chars)";
  }
}
