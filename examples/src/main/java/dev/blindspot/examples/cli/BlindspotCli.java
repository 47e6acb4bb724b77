package dev.blindspot.examples.cli;

import dev.blindspot.FailurePolicy;
import dev.blindspot.PiiScanner;
import dev.blindspot.examples.cli.CliOptions.Command;
import dev.blindspot.examples.cli.CliOptions.Format;
import dev.blindspot.redact.Operator;
import dev.blindspot.redact.Operators;
import dev.blindspot.spi.DetectorProvider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * The {@code blindspot.jar} command line: finds personal data in JSON lines or plain text and
 * prints the findings ({@code scan}) or a redacted copy ({@code redact}).
 *
 * <pre>
 * java -jar blindspot.jar scan chats.jsonl
 * java -jar blindspot.jar redact --operator pseudonym --detectors regex,fuzzy chats.jsonl
 * java -jar blindspot.jar redact --format text &lt; transcript.txt
 * </pre>
 *
 * <p>Run {@code --help} for every option, the formats and the exit statuses. Exit status 0 is
 * success, 1 an internal failure (a detector or the output failed), 2 bad usage or bad input. An
 * error is one line on standard error that never quotes the input; after it nothing more is
 * written, so the output is a prefix of complete lines. With {@code --on-detector-failure redact},
 * a record a detector fails on is redacted whole and the run goes on; it still ends with status 1
 * and a count of the failed records.
 *
 * <p>Detectors are found on the class path, so a detector of your own joins in when its jar is
 * added: {@code java -cp blindspot.jar:my-detector.jar dev.blindspot.examples.cli.BlindspotCli
 * scan --detectors regex,my-detector}.
 */
public final class BlindspotCli {

  /** The environment variable that holds the key of {@code --operator hmac}. */
  public static final String HMAC_KEY_VARIABLE = "BLINDSPOT_HMAC_KEY";


  private BlindspotCli() {}

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments; {@code --help} lists them
   */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /**
   * Runs the command line in this process with the given streams, as {@link #main} does with the
   * standard ones, and returns the exit status. Environment variables and whether standard error is
   * a terminal are taken from this process.
   *
   * @param args the arguments
   * @param in standard input; read only when no file is given, never closed
   * @param out standard output; flushed, not closed
   * @param err standard error
   * @return 0 on success, 1 if a detector or the output failed (with {@code --on-detector-failure
   *     redact} too: the run goes on, the status still tells), 2 on bad usage or bad input
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, CliEnvironment.system());
  }

  static int run(
      String[] args, InputStream in, PrintStream out, PrintStream err, CliEnvironment env) {
    Output output = null;
    Progress progress = null;
    try {
      switch (CliOptions.request(args)) {
        case HELP:
          out.print(help());
          out.flush();
          return 0;
        case VERSION:
          out.println("blindspot " + version());
          out.flush();
          return 0;
        default:
          break;
      }
      CliOptions options = CliOptions.parse(args);
      PiiScanner scanner = scanner(options);
      Operator operator = options.command() == Command.REDACT ? operator(options, env) : null;
      DetectorFailures failures = new DetectorFailures();
      try (InputStream input = open(options.input(), in)) {
        output = new Output(out);
        Progress shown = new Progress(err, env.stderrIsTerminal(), env.nanoClock());
        progress = shown;
        if (options.format() == Format.JSONL) {
          new JsonLines(scanner, operator, failures)
              .run(new StrictUtf8Reader(input, bytes -> {}), output, shown);
        } else {
          LongConsumer onRead = bytes -> shown.update(-1, bytes);
          new TextDocument(scanner, operator, failures)
              .run(new StrictUtf8Reader(input, onRead), output);
        }
        output.flush();
      }
      if (failures.count() > 0) {
        // Every record was written, the failed ones redacted whole; the status still says so.
        return fail(CliException.FAILURE,
            failures.message(options.format() == Format.JSONL, operator != null),
            output, progress, err);
      }
      progress.finish();
      return 0;
    } catch (CliException e) {
      return fail(e.status(), e.getMessage(), output, progress, err);
    } catch (OutputFailure e) {
      return fail(CliException.FAILURE, e.getMessage(), null, progress, err);
    } catch (IOException | UncheckedIOException e) {
      return fail(CliException.FAILURE, "input or output failed (" + e.getClass().getSimpleName()
          + ")", output, progress, err);
    } catch (RuntimeException e) {
      // A bug, not the user's doing; its message might quote the input, so only the class is shown.
      return fail(CliException.FAILURE, "internal error (" + e.getClass().getName() + ")",
          output, progress, err);
    }
  }

  /** Writes the complete lines produced so far, then the message; returns the status. */
  private static int fail(
      int status, String message, Output output, Progress progress, PrintStream err) {
    if (output != null) {
      try {
        output.flush();
      } catch (IOException e) {
        // The output is gone; the message below still says why the run ended.
      }
    }
    if (progress != null) {
      progress.finish();
    }
    err.println("blindspot: " + message);
    err.flush();
    return status;
  }

  private static PiiScanner scanner(CliOptions options) throws CliException {
    PiiScanner.Builder builder = PiiScanner.builder();
    try {
      if (options.detectors() != null) {
        builder.detectors(options.detectors().toArray(String[]::new));
      }
      if (options.languages() != null) {
        builder.languages(options.languages().toArray(String[]::new));
      }
      if (options.minScore() != null) {
        builder.minScore(options.minScore());
      }
      return builder.onDetectorFailure(options.onDetectorFailure()).build();
    } catch (IllegalArgumentException e) {
      // Unknown detector (listing the known ones), bad language tag, score out of range.
      throw CliException.usage(e.getMessage());
    } catch (IllegalStateException e) {
      throw CliException.failure("cannot start the detectors: " + e.getMessage());
    }
  }

  private static Operator operator(CliOptions options, CliEnvironment env) throws CliException {
    switch (options.operator()) {
      case "pseudonym":
        return Operators.pseudonyms();
      case "mask":
        return Operators.mask();
      case "hmac":
        byte[] key = hmacKey(options.hmacKeyFile(), env);
        try {
          return Operators.hmac(key);
        } finally {
          Arrays.fill(key, (byte) 0);
        }
      default:
        return Operators.typeTag();
    }
  }

  private static byte[] hmacKey(Path file, CliEnvironment env) throws CliException {
    byte[] key;
    if (file != null) {
      try {
        key = Operators.readHmacKey(file);
      } catch (IllegalArgumentException e) {
        throw CliException.usage(e.getMessage());
      } catch (IOException e) {
        throw CliException.usage("cannot read the HMAC key file '" + file + "': " + reason(e));
      }
    } else {
      String value = env.variables().apply(HMAC_KEY_VARIABLE);
      if (value == null || value.isEmpty()) {
        throw CliException.usage("--operator hmac needs a key: set " + HMAC_KEY_VARIABLE
            + " or give --hmac-key-file PATH (never the key itself)");
      }
      key = value.getBytes(StandardCharsets.UTF_8);
    }
    if (key.length < Operators.MIN_HMAC_KEY_BYTES) {
      int length = key.length;
      Arrays.fill(key, (byte) 0);
      throw CliException.usage("the HMAC key must be at least " + Operators.MIN_HMAC_KEY_BYTES
          + " bytes, got " + length);
    }
    return key;
  }

  private static InputStream open(Path file, InputStream stdin) throws CliException {
    if (file == null) {
      return new FilterInputStream(stdin) {
        @Override
        public void close() {
          // standard input belongs to the caller
        }
      };
    }
    if (Files.isDirectory(file)) {
      throw CliException.usage("cannot read '" + file + "': it is a directory");
    }
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw CliException.usage("cannot read '" + file + "': " + reason(e));
    }
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getClass().getSimpleName();
  }

  static String version() {
    Properties properties = new Properties();
    try (InputStream in = BlindspotCli.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // fall through to "unknown"
    }
    return properties.getProperty("version", "unknown");
  }

  /** Returns the names of the detector providers on the class path, skipping broken ones. */
  static TreeSet<String> availableDetectors() {
    TreeSet<String> names = new TreeSet<>();
    Iterator<ServiceLoader.Provider<DetectorProvider>> providers =
        ServiceLoader.load(DetectorProvider.class).stream().iterator();
    while (true) {
      try {
        if (!providers.hasNext()) {
          return names;
        }
        names.add(providers.next().get().name());
      } catch (ServiceConfigurationError e) {
        // a broken provider is reported when a scan selects it
      }
    }
  }

  /** Breaks {@code text} at spaces into lines of at most {@code width} chars, each indented. */
  private static String wrapped(String text, String indent, int width) {
    StringBuilder out = new StringBuilder(indent);
    int lineStart = 0;
    for (String word : text.split(" ")) {
      int length = out.length() - lineStart;
      boolean empty = length == indent.length();
      if (!empty && length + 1 + word.length() > width) {
        out.append('\n');
        lineStart = out.length();
        out.append(indent);
      } else if (!empty) {
        out.append(' ');
      }
      out.append(word);
    }
    return out.toString();
  }

  static String help() {
    TreeSet<String> detectors = availableDetectors();
    String names = "(" + (detectors.isEmpty() ? "none found" : String.join(", ", detectors)) + ")";
    return String.format(Locale.ROOT, """
        Usage: java -jar blindspot.jar scan|redact [OPTIONS] [FILE|-]

        Finds personal data in text, obfuscated values included, and prints where it is
        (scan) or the text without it (redact). FILE is read as UTF-8; without FILE, or
        with -, standard input is read.

        Options:
          --format jsonl|text   jsonl (default): one JSON object per line, with a "text"
                                string, an optional "id" (any JSON value, echoed as is)
                                and "lang" (such as "fr"). Blank lines are skipped.
                                scan prints one line per record, in input order:
                                {"id":...,"findings":[{"type":"EMAIL_ADDRESS","start":12,
                                "end":34,"score":0.93,"detector":"regex.email"}]}
                                with offsets as UTF-16 indexes into "text" and scores
                                rounded to 4 decimals; redact prints each object with
                                "text" redacted and every other field as it was.
                                text: the whole input is one document, streamed in
                                constant memory; scan prints one finding per line, with
                                offsets from the start of the input; redact prints the
                                redacted text.
          --detectors NAME,...  detector families to run; default: all in this jar
        %s
          --languages TAG,...   languages of the input, such as en,fr; a text with no
                                "lang" is in the only one given, or, with several,
                                undetermined (every one is tried)
          --min-score X         report findings that score X or more, in [0, 1];
                                default %s
          --operator OP         redact only; what replaces a finding:
                                  tag        <EMAIL_ADDRESS> (default)
                                  pseudonym  <PERSON_1>, numbered per document
                                             (per line in jsonl)
                                  mask       j***.*****@*******.com
                                  hmac       <EMAIL_ADDRESS:9f86d081...>, keyed HMAC-SHA256
          --hmac-key-file PATH  the key of --operator hmac, at least %d bytes (a final
                                newline is ignored); without it the key is read from the
                                environment variable %s. A key is never
                                taken from the command line.
          --on-detector-failure throw|redact
                                what a detector failure does. throw (default): the
                                run stops with status 1, nothing of the failing
                                record or chunk written. redact: in jsonl, the
                                record's "text" becomes %s (redact) or
                                its findings one %s finding of
                                the whole text (scan); in text, the output ends
                                with that tag or finding in place of the rest of
                                the input. The run goes on, then prints the
                                number of failed records and exits with status 1.
          --help, -h            this help
          --version             the version

        Output is UTF-8. On a terminal, progress is shown on standard error once a second.

        Exit status: 0 success; 1 internal failure (a detector or the output failed,
        under --on-detector-failure redact too); 2 bad usage or bad input (unknown
        option or detector, unreadable file, invalid UTF-8, a line that is not a JSON
        object with a "text" string). An error is one
        line on standard error that names the line but never quotes the input; nothing
        is written after it, so the output holds complete lines only, a prefix of the
        full result.
        """,
        wrapped(names, " ".repeat(24), 84), PiiScanner.DEFAULT_MIN_SCORE,
        Operators.MIN_HMAC_KEY_BYTES, HMAC_KEY_VARIABLE, FailurePolicy.FAILURE_TAG,
        FailurePolicy.FAILURE_TYPE.name());
  }

}
