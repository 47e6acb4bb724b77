package dev.blindspot.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OptionsCliTest {

  private static void assertUsageError(String expectedMessage, String... args) {
    Cli.Result r = Cli.run("{\"text\": \"a@example.com\"}\n", args);
    assertEquals(2, r.status(), r.stderr());
    assertEquals("blindspot: " + expectedMessage + "\n", r.stderr());
    assertEquals("", r.stdout());
  }

  @Test
  void unknownDetectorListsTheKnownOnes() {
    Cli.Result r = Cli.run("{\"text\": \"a@example.com\"}\n", "scan", "--detectors",
        "test-email,regexx");
    assertEquals(2, r.status());
    // The real families (regex, fuzzy, nlp) are listed too once their jars hold providers.
    assertTrue(r.stderr().startsWith("blindspot: unknown detector 'regexx'; known: employee-id, "),
        r.stderr());
    assertTrue(r.stderr().endsWith(", test-email, test-failing, test-language\n"), r.stderr());
    assertEquals(1, r.stderr().lines().count());
    assertEquals("", r.stdout());
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertUsageError("unknown option '--colour' (see --help)", "scan", "--colour", "always");
    assertUsageError("unknown option '-x' (see --help)", "-x", "scan");
  }

  @Test
  void anUnknownOptionWithAValueNeverEchoesTheValue() {
    Cli.Result r = Cli.run("", "redact", "--hmac-key=hunter2hunter2hunter2");
    assertEquals(2, r.status());
    assertEquals("blindspot: unknown option '--hmac-key' (see --help)\n", r.stderr());
  }

  @Test
  void commandAndArgumentsAreChecked() {
    assertUsageError("missing command: scan or redact (see --help)");
    assertUsageError("missing command: scan or redact (see --help)", "--format", "text");
    assertUsageError("unknown command 'scna': use scan or redact", "scna");
    assertUsageError("too many arguments: give at most one input file (see --help)",
        "scan", "a.jsonl", "b.jsonl");
    assertUsageError("option --format needs a value (see --help)", "scan", "--format");
    assertUsageError("option --format is given twice", "scan", "--format", "text",
        "--format=jsonl");
    assertUsageError("--format must be jsonl or text", "scan", "--format", "csv");
    assertUsageError("--min-score must be a number in [0, 1]", "scan", "--min-score", "high");
    assertUsageError("--operator must be one of tag, pseudonym, mask, hmac",
        "redact", "--operator", "blur");
    assertUsageError("--hmac-key-file applies to --operator hmac only",
        "redact", "--hmac-key-file", "k.key");
    assertUsageError("--detectors needs a comma-separated list of names, none empty",
        "scan", "--detectors", "test-email,");
  }

  @Test
  void optionsMayFollowTheFileAndDoubleDashEndsThem() {
    Cli.Result r =
        Cli.run("{\"text\": \"a@example.com\"}\n", "scan", "-", "--detectors=test-email");
    assertEquals(0, r.status(), r.stderr());
    assertTrue(r.stdout().contains("EMAIL_ADDRESS"));
    Cli.Result dashFile = Cli.run("", "scan", "--detectors", "test-email", "--", "--help");
    assertEquals(2, dashFile.status()); // "--help" is a file name here, and there is no such file
    assertEquals("blindspot: cannot read '--help': no such file\n", dashFile.stderr());
  }

  @Test
  void helpDescribesFormatsExitStatusesAndTheDetectorsInTheJar() {
    Cli.Result r = Cli.run("", "--help");
    assertEquals(0, r.status());
    assertEquals("", r.stderr());
    String help = r.stdout();
    assertTrue(help.startsWith("Usage: java -jar blindspot.jar scan|redact"), help);
    assertTrue(help.contains("Blank lines are skipped"), help);
    assertTrue(help.contains("BLINDSPOT_HMAC_KEY"), help);
    assertTrue(help.contains("Exit status: 0 success; 1 internal failure"), help);
    String oneLine = help.replaceAll("\\s+", " ");
    assertTrue(oneLine.contains("test-email, test-failing, test-language)"), help);
    for (String line : help.split("\n")) {
      assertTrue(line.length() <= 100, line);
    }
    assertEquals(help, Cli.run("", "scan", "--bogus", "-h").stdout()); // help wins
  }

  @Test
  void versionPrintsTheProjectVersion() {
    Cli.Result r = Cli.run("", "--version");
    assertEquals(0, r.status());
    assertTrue(r.stdout().matches("blindspot \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), r.stdout());
    assertFalse(r.stdout().contains("${"));
  }
}
