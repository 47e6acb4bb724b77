package dev.blindspot.examples.cli;

import dev.blindspot.FailurePolicy;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed command line. Options may come before or after the command and the file, as {@code
 * --name value} or {@code --name=value}; {@code --} ends the options. Error messages name options
 * but never echo a value that could be a secret or a file's content.
 *
 * @param command scan or redact
 * @param format jsonl or text
 * @param detectors provider names, or null for every provider on the class path
 * @param languages language tags, or null for none
 * @param minScore the threshold, or null for the scanner's default
 * @param operator the redaction operator's name
 * @param hmacKeyFile the file holding the HMAC key, or null
 * @param onDetectorFailure what a failing detector does to its record or document
 * @param input the input file, or null for standard input
 */
record CliOptions(
    Command command,
    Format format,
    List<String> detectors,
    List<String> languages,
    Double minScore,
    String operator,
    Path hmacKeyFile,
    FailurePolicy onDetectorFailure,
    Path input) {

  /** What to do with the input. */
  enum Command {
    SCAN,
    REDACT
  }

  /** How the input is laid out. */
  enum Format {
    JSONL,
    TEXT
  }

  static final String FORMAT = "--format";
  static final String DETECTORS = "--detectors";
  static final String LANGUAGES = "--languages";
  static final String MIN_SCORE = "--min-score";
  static final String OPERATOR = "--operator";
  static final String HMAC_KEY_FILE = "--hmac-key-file";
  static final String ON_DETECTOR_FAILURE = "--on-detector-failure";

  static final Set<String> OPERATORS = Set.of("tag", "pseudonym", "mask", "hmac");

  private static final Set<String> VALUED =
      Set.of(FORMAT, DETECTORS, LANGUAGES, MIN_SCORE, OPERATOR, HMAC_KEY_FILE, ON_DETECTOR_FAILURE);

  /** What the command line asks for: a run, the help or the version. */
  enum Request {
    RUN,
    HELP,
    VERSION
  }

  /** Returns HELP or VERSION if the arguments ask for them (help wins), else RUN. */
  static Request request(String[] args) {
    Request request = Request.RUN;
    for (String arg : args) {
      if (arg.equals("--")) {
        break;
      }
      if (arg.equals("--help") || arg.equals("-h")) {
        return Request.HELP;
      }
      if (arg.equals("--version")) {
        request = Request.VERSION;
      }
    }
    return request;
  }

  /**
   * Parses the arguments of a run.
   *
   * @throws CliException with status 2 if they are not a valid command line
   */
  static CliOptions parse(String[] args) throws CliException {
    Map<String, String> values = new LinkedHashMap<>();
    List<String> positional = new ArrayList<>();
    boolean optionsEnded = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (optionsEnded || arg.equals("-") || !arg.startsWith("-")) {
        positional.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        optionsEnded = true;
        continue;
      }
      int eq = arg.indexOf('=');
      String name = arg.startsWith("--") && eq > 0 ? arg.substring(0, eq) : arg;
      if (!VALUED.contains(name)) {
        throw CliException.usage("unknown option '" + printable(name) + "' (see --help)");
      }
      String value;
      if (name.length() < arg.length()) {
        value = arg.substring(eq + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw CliException.usage("option " + name + " needs a value (see --help)");
      }
      if (values.put(name, value) != null) {
        throw CliException.usage("option " + name + " is given twice");
      }
    }

    if (positional.isEmpty()) {
      throw CliException.usage("missing command: scan or redact (see --help)");
    }
    Command command;
    switch (positional.get(0)) {
      case "scan":
        command = Command.SCAN;
        break;
      case "redact":
        command = Command.REDACT;
        break;
      default:
        throw CliException.usage(
            "unknown command '" + printable(positional.get(0)) + "': use scan or redact");
    }
    if (positional.size() > 2) {
      throw CliException.usage("too many arguments: give at most one input file (see --help)");
    }
    Path input = null;
    if (positional.size() == 2 && !positional.get(1).equals("-")) {
      input = path(positional.get(1), "input file");
    }

    Format format = Format.JSONL;
    String formatValue = values.get(FORMAT);
    if (formatValue != null) {
      switch (formatValue) {
        case "jsonl":
          break;
        case "text":
          format = Format.TEXT;
          break;
        default:
          throw CliException.usage("--format must be jsonl or text");
      }
    }

    Double minScore = null;
    String minScoreValue = values.get(MIN_SCORE);
    if (minScoreValue != null) {
      try {
        minScore = Double.valueOf(minScoreValue.strip());
      } catch (NumberFormatException e) {
        throw CliException.usage("--min-score must be a number in [0, 1]");
      }
    }

    String operator = values.getOrDefault(OPERATOR, "tag");
    if (!OPERATORS.contains(operator)) {
      throw CliException.usage("--operator must be one of tag, pseudonym, mask, hmac");
    }
    if (values.containsKey(OPERATOR) && command != Command.REDACT) {
      throw CliException.usage("--operator applies to redact only");
    }
    Path hmacKeyFile = null;
    if (values.containsKey(HMAC_KEY_FILE)) {
      if (!operator.equals("hmac")) {
        throw CliException.usage("--hmac-key-file applies to --operator hmac only");
      }
      hmacKeyFile = path(values.get(HMAC_KEY_FILE), "HMAC key file");
    }

    FailurePolicy onDetectorFailure;
    switch (values.getOrDefault(ON_DETECTOR_FAILURE, "throw")) {
      case "throw":
        onDetectorFailure = FailurePolicy.THROW;
        break;
      case "redact":
        onDetectorFailure = FailurePolicy.REDACT_DOCUMENT;
        break;
      default:
        throw CliException.usage(ON_DETECTOR_FAILURE + " must be throw or redact");
    }

    return new CliOptions(
        command,
        format,
        names(values.get(DETECTORS), DETECTORS),
        names(values.get(LANGUAGES), LANGUAGES),
        minScore,
        operator,
        hmacKeyFile,
        onDetectorFailure,
        input);
  }

  private static List<String> names(String value, String option) throws CliException {
    if (value == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (String name : value.split(",", -1)) {
      if (name.isBlank()) {
        throw CliException.usage(option + " needs a comma-separated list of names, none empty");
      }
      names.add(name.strip());
    }
    return List.copyOf(names);
  }

  private static Path path(String value, String what) throws CliException {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw CliException.usage("the " + what + " name is not a valid path");
    }
  }

  /** Echoes a short option or command name; anything else might be data pasted by mistake. */
  private static String printable(String arg) {
    return arg.length() <= 40 && arg.matches("[-A-Za-z0-9_.]*")
        ? arg
        : "(" + arg.length() + " chars)";
  }
}
