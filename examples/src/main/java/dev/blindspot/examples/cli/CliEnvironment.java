package dev.blindspot.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * What a run takes from its process besides arguments and streams, so that tests can set it.
 *
 * @param variables environment variables by name; returns null when unset
 * @param stderrIsTerminal whether standard error is a terminal (progress is shown only then)
 * @param nanoClock a monotonic clock in nanoseconds, for the progress line
 */
record CliEnvironment(
    Function<String, String> variables, boolean stderrIsTerminal, LongSupplier nanoClock) {

  /** The environment of this process. */
  static CliEnvironment system() {
    return new CliEnvironment(System::getenv, isStderrATerminal(), System::nanoTime);
  }

  /**
   * Tells whether file descriptor 2 is a terminal. Linux shows it in /proc; elsewhere {@link
   * System#console()}, which needs standard input and output to be terminals, stands in.
   */
  private static boolean isStderrATerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }
}
