package dev.blindspot.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Runs the command line in this process, with given standard input and environment. */
final class Cli {

  /** What a run left behind. */
  record Result(int status, byte[] stdoutBytes, String stderr) {
    String stdout() {
      return new String(stdoutBytes, StandardCharsets.UTF_8);
    }

    List<String> lines() {
      String out = stdout();
      if (out.isEmpty()) {
        return List.of();
      }
      assertEquals('\n', out.charAt(out.length() - 1), "output must end with a complete line");
      return Arrays.asList(out.substring(0, out.length() - 1).split("\n", -1));
    }
  }

  private Cli() {}

  static Result run(String stdin, String... args) {
    return run(stdin.getBytes(StandardCharsets.UTF_8), Map.of(), args);
  }

  static Result run(byte[] stdin, Map<String, String> env, String... args) {
    return run(stdin, new CliEnvironment(env::get, false, System::nanoTime), args);
  }

  static Result run(byte[] stdin, CliEnvironment env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = BlindspotCli.run(args, new ByteArrayInputStream(stdin), o, e, env);
    }
    return new Result(status, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }
}
