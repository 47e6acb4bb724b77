package dev.blindspot.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private static final String RECORDS;

  static {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      sb.append("{\"id\": ").append(i).append(", \"text\": \"mail ").append(i)
          .append("@example.com\"}\n");
    }
    RECORDS = sb.toString();
  }

  /** A clock that moves 0.25 s every time it is read. */
  private static CliEnvironment terminal(boolean isTerminal, AtomicLong reads) {
    return new CliEnvironment(Map.<String, String>of()::get, isTerminal,
        () -> reads.incrementAndGet() * 250_000_000L);
  }

  private static long count(String haystack, String needle) {
    return haystack.split(Pattern.quote(needle), -1).length - 1;
  }

  @Test
  void showsRecordsAtMostOncePerSecondOnATerminalAndClearsTheLine() {
    AtomicLong reads = new AtomicLong();
    Cli.Result r = Cli.run(RECORDS.getBytes(StandardCharsets.UTF_8),
        terminal(true, reads), "scan", "--detectors", "test-email");
    assertEquals(0, r.status());
    long shown = count(r.stderr(), " records, ");
    assertTrue(shown >= 10, r.stderr()); // 50 records over 12.5 clock seconds
    assertTrue(shown <= reads.get() / 4 + 1, r.stderr());
    assertTrue(r.stderr().contains("\rblindspot: 4 records, "), r.stderr());
    assertTrue(r.stderr().endsWith("\r\u001B[K"), r.stderr()); // cleared at the end
    assertEquals(50, r.lines().size()); // and never on standard output
  }

  @Test
  void showsNothingWhenStandardErrorIsNotATerminal() {
    AtomicLong reads = new AtomicLong();
    Cli.Result r = Cli.run(RECORDS.getBytes(StandardCharsets.UTF_8),
        terminal(false, reads), "scan", "--detectors", "test-email");
    assertEquals(0, r.status());
    assertEquals("", r.stderr());
  }

  @Test
  void anErrorStartsOnACleanLine() {
    AtomicLong reads = new AtomicLong();
    String input = RECORDS + "{\"id\": 51}\n";
    Cli.Result r = Cli.run(input.getBytes(StandardCharsets.UTF_8),
        terminal(true, reads), "scan", "--detectors", "test-email");
    assertEquals(2, r.status());
    assertTrue(r.stderr().endsWith("\r\u001B[Kblindspot: line 51: no \"text\" field\n"),
        r.stderr());
  }

  @Test
  void sizesAreHumanReadable() {
    assertEquals("0.5 kB", Progress.size(512));
    assertEquals("48.2 MB", Progress.size(48_200_000));
    assertEquals("3.10 GB", Progress.size(3_100_000_000L));
  }
}
