package dev.blindspot.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.blindspot.examples.employeeid.EmployeeIdProvider;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests of the built {@code target/blindspot.jar}, run with {@code java -jar} in a process of its
 * own. They run in the package phase, after the shade plugin.
 */
class ShadedJarIT {

  private static final Path JAR = Path.of("target/blindspot.jar");
  private static final String SERVICES = "META-INF/services/dev.blindspot.spi.DetectorProvider";

  private record Run(int status, String stdout, String stderr) {}

  private static Run java(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Collections.addAll(command, args);
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(command)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + command);
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static Set<String> providerLines(InputStream in) throws IOException {
    Set<String> lines = new TreeSet<>();
    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
      String entry = line.replaceAll("#.*", "").strip();
      if (!entry.isEmpty()) {
        lines.add(entry);
      }
    }
    return lines;
  }

  private static Set<String> mergedProviders() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      ZipEntry entry = jar.getEntry(SERVICES);
      return entry == null ? Set.of() : providerLines(jar.getInputStream(entry));
    }
  }

  @Test
  void isRunnableAndHoldsNoModuleDescriptorOrSignature() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      Manifest manifest = jar.getManifest();
      assertEquals(BlindspotCli.class.getName(),
          manifest.getMainAttributes().getValue("Main-Class"));
      assertNull(jar.getEntry("module-info.class"));
      assertTrue(jar.stream().noneMatch(e -> e.getName().matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)")
          || e.getName().endsWith("/module-info.class")));
      assertTrue(jar.stream().anyMatch(e -> e.getName().startsWith("com/fasterxml/jackson/")));
      assertNull(jar.getEntry(EmployeeIdProvider.class.getName().replace('.', '/') + ".class"),
          "the example detector is for users to copy, not part of blindspot.jar");
    }
  }

  @Test
  void mergesTheProvidersOfEveryDetectorFamily() throws IOException {
    // Every class path entry of this test but its own classes and the example detector's is a
    // dependency of the jar (a jar, or in a reactor build possibly a classes directory).
    Set<Path> notInTheJar = Set.of(codeSource(EmployeeIdProvider.class), codeSource(getClass()));
    Set<String> expected = new TreeSet<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry).toAbsolutePath();
      if (notInTheJar.contains(path)) {
        continue;
      }
      if (Files.isDirectory(path)) {
        Path services = path.resolve(SERVICES);
        if (Files.exists(services)) {
          try (InputStream in = Files.newInputStream(services)) {
            expected.addAll(providerLines(in));
          }
        }
      } else if (entry.endsWith(".jar")) {
        try (JarFile jar = new JarFile(path.toFile())) {
          ZipEntry services = jar.getEntry(SERVICES);
          if (services != null) {
            expected.addAll(providerLines(jar.getInputStream(services)));
          }
        }
      }
    }
    assertEquals(expected, mergedProviders());
  }

  private static Path codeSource(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toAbsolutePath();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void printsItsVersionAndHelp(@TempDir Path dir) throws Exception {
    Run version = java(dir, "-jar", JAR.toString(), "--version");
    assertEquals(0, version.status(), version.stderr());
    assertEquals("blindspot " + BlindspotCli.version() + "\n", version.stdout());
    Run help = java(dir, "-jar", JAR.toString(), "--help");
    assertEquals(0, help.status(), help.stderr());
    assertTrue(help.stdout().startsWith("Usage: java -jar blindspot.jar"), help.stdout());
  }

  @Test
  void anUnknownDetectorExitsWithStatus2AndOneLine(@TempDir Path dir) throws Exception {
    Run r = java(dir, "-jar", JAR.toString(), "scan", "--detectors", "nope",
        "data/support-chats.jsonl");
    assertEquals(2, r.status());
    assertTrue(r.stderr().startsWith("blindspot: unknown detector 'nope'; known: "), r.stderr());
    assertEquals(1, r.stderr().lines().count(), r.stderr());
    assertEquals("", r.stdout());
  }

  @Test
  void aCustomDetectorJoinsThroughTheClassPath(@TempDir Path dir) throws Exception {
    String example = codeSource(EmployeeIdProvider.class).toString();
    Run r = java(dir, "-cp", JAR + File.pathSeparator + example, BlindspotCli.class.getName(),
        "redact", "--format", "text", "--detectors", "employee-id", "data/support-chat.txt");
    assertEquals(0, r.status(), r.stderr());
    String transcript = Files.readString(Path.of("data/support-chat.txt"), StandardCharsets.UTF_8);
    assertEquals(transcript.replaceAll("EMP-\\d{6}", "<EMPLOYEE_ID>"), r.stdout());
  }

  @Test
  void scansTheSampleChatsWithEveryDetectorInTheJar(@TempDir Path dir) throws Exception {
    assumeTrue(!mergedProviders().isEmpty(), "no detector family is installed yet");
    Run r = java(dir, "-jar", JAR.toString(), "scan", "data/support-chats.jsonl");
    assertEquals(0, r.status(), r.stderr());
    assertEquals(Files.readAllLines(Path.of("data/support-chats.jsonl")).size(),
        r.stdout().lines().count());
    assertTrue(r.stdout().contains("\"type\":"), "nothing found in the sample chats");
  }

  @Test
  void runsTheQuickStart(@TempDir Path dir) throws Exception {
    assumeTrue(!mergedProviders().isEmpty(), "no detector family is installed yet");
    Run r = java(dir, "-cp", JAR.toString(), "dev.blindspot.examples.QuickStart");
    assertEquals(0, r.status(), r.stderr());
    List<String> lines = r.stdout().lines().toList();
    String redacted = lines.get(lines.size() - 1);
    assertEquals("Hi, I'm <PERSON>. Write to <EMAIL_ADDRESS>, or to <EMAIL_ADDRESS>, or call"
        + " <PHONE_NUMBER>.", redacted);
  }
}
