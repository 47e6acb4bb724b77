package dev.blindspot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Streams a few hundred MiB of generated chat through {@code redact(Reader, Writer)} in a JVM of
 * {@code -Xmx64m} ({@link HugeStreamCheck}): every planted value is redacted, values straddling
 * every chunk boundary included, and nothing else changes. The size is the system property {@code
 * blindspot.hugeStream.mib} (the POM sets 256; {@code -Dblindspot.hugeStream.mib=4096} runs a
 * multi-GB stream). The peak heap is printed to the test's output.
 */
class HugeStreamTest {

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void aHugeStreamIsRedactedExactlyInSixtyFourMegabytesOfHeap() throws Exception {
    String mib = System.getProperty("blindspot.hugeStream.mib", "256");
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(List.of(
            javaBin, "-Xmx64m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
            "-cp", classPath, HugeStreamCheck.class.getName(), mib))
        .redirectErrorStream(true)
        .start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = read(in);
    } finally {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
    System.out.println("HugeStreamCheck " + mib + " MiB: " + output.strip());
    assertEquals(0, process.exitValue(), output);
    assertTrue(output.startsWith("OK "), output);
    Matcher max = Pattern.compile("maxHeapBytes=(\\d+)").matcher(output);
    assertTrue(max.find(), output);
    assertTrue(Long.parseLong(max.group(1)) <= 64L << 20, "the check ran with at most 64 MiB of heap: " + output);
  }

  private static String read(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    in.transferTo(bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
