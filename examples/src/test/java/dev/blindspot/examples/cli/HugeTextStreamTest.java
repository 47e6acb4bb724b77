package dev.blindspot.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code redact --format text} streams a few hundred MB in constant memory: the command line runs
 * in a JVM of {@code -Xmx64m}, reads a seeded support chat from its standard input, written by a
 * thread of this test as it is generated, and its output is checked as it comes (hash, length and
 * number of tags against the expected redaction, computed independently while generating); neither
 * side ever holds the stream. Addresses of the test e-mail detector are planted across every chunk
 * boundary of the scanner.
 *
 * <p>The size is the system property {@code blindspot.cliHugeStream.mb} (MB of UTF-8 input; the
 * POM sets 300). The child's peak resident memory and its heap after each collection are printed.
 */
class HugeTextStreamTest {

  /** The scanner's default chunk, in chars: where planted values straddle a boundary. */
  private static final int CHUNK = 1 << 16;

  private static final String TAG = "<EMAIL_ADDRESS>";

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void redactsAHugeStreamExactlyWithSixtyFourMegabytesOfHeap(@TempDir Path dir) throws Exception {
    long bytes = Long.getLong("blindspot.cliHugeStream.mb", 300L) * 1_000_000L;
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path stderr = dir.resolve("stderr.txt");
    Path gcLog = dir.resolve("gc.log");
    Process child = new ProcessBuilder(List.of(
            javaBin, "-Xmx64m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
            "-Xlog:gc:file=" + gcLog,
            "-cp", classPath, BlindspotCli.class.getName(),
            "redact", "--format", "text", "--detectors", "test-email"))
        .redirectError(stderr.toFile())
        .start();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      ChatWriter chat = new ChatWriter(new Random(0x5EEDL), bytes);
      Future<?> written = threads.submit(() -> {
        try (OutputStream in = new BufferedOutputStream(child.getOutputStream(), 1 << 16)) {
          chat.writeTo(in);
        }
        return null;
      });
      PeakRss rss = new PeakRss(child.pid());
      Future<?> sampled = threads.submit(rss);
      OutputCheck output = new OutputCheck();
      try (Reader out = new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8)) {
        output.readAll(out);
      }
      assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the command line did not end");
      rss.stop();
      sampled.get(10, TimeUnit.SECONDS);
      String error = Files.readString(stderr, StandardCharsets.UTF_8);
      assertEquals(0, child.exitValue(), error);
      written.get(60, TimeUnit.SECONDS);

      String heap = gcSummary(Files.readString(gcLog, StandardCharsets.UTF_8));
      System.out.printf(Locale.ROOT, "CLI huge stream: %d bytes, %d chars, %d addresses"
              + " (%d across a chunk boundary), output %d chars, %d tags, child peak RSS %d MiB,"
              + " %s%n", chat.bytes, chat.chars, chat.values, chat.straddling, output.length,
          output.tags, rss.peakKib / 1024, heap);
      assertEquals("", error);
      assertTrue(chat.bytes >= bytes);
      assertTrue(chat.straddling > chat.chars / CHUNK / 2, "values across boundaries");
      assertEquals(chat.values, output.tags);
      assertEquals(chat.expectedLength, output.length);
      assertEquals(chat.expectedHash, output.hash, "the output differs from the expected one");
    } finally {
      threads.shutdownNow();
      child.destroyForcibly();
    }
  }

  /** Extends a 64-bit FNV-1a hash over UTF-16 code units. */
  private static long hash(long h, CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      h = (h ^ s.charAt(i)) * 0x100000001B3L;
    }
    return h;
  }

  private static final long HASH_SEED = 0xCBF29CE484222325L;

  /** The largest heap in use before and after a collection, from {@code -Xlog:gc}. */
  private static String gcSummary(String log) {
    Matcher m = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)").matcher(log);
    int collections = 0;
    long before = 0;
    long after = 0;
    long committed = 0;
    while (m.find()) {
      collections++;
      before = Math.max(before, Long.parseLong(m.group(1)));
      after = Math.max(after, Long.parseLong(m.group(2)));
      committed = Math.max(committed, Long.parseLong(m.group(3)));
    }
    return String.format(Locale.ROOT, "%d collections, heap at most %d MiB used before a"
        + " collection and %d MiB after one, %d MiB committed", collections, before, after,
        committed);
  }

  /**
   * Writes seeded support-chat lines (English and French, accents and emoji) as UTF-8 until the
   * size is reached, with an e-mail address in about every third line and one across every chunk
   * boundary, and keeps only the hash, length and tag count of the expected redaction.
   */
  static final class ChatWriter {
    private static final String[] LINES = {
      "Customer: my order A-58213 has not arrived yet, can you check?",
      "Agent: Thanks, I'm checking with the courier now \uD83D\uDE9A.",
      "Client : je n'ai pas reçu la facture de février, pouvez-vous la renvoyer ?",
      "Agent : bien sûr, la facture FAC-2024-0392 vous a été renvoyée.",
      "Cliente : le colis est arrivé abîmé \uD83D\uDE1E, que faire ?",
      "Agent: I'm sorry to hear that; a replacement ships tomorrow.",
    };
    private static final String[] BEFORE = {
      " Write to ", " Écrivez à ", " mail: ", " courriel : "
    };
    private static final String[] AFTER = {
      " please.", " merci !", ", thanks", " — bonne journée"
    };
    private static final String[] NAMES = {
      "daniel.okafor", "camille.lefevre", "t.becker", "priya.raman", "lea", "jean-baptiste.moreau",
      "h.nguyen", "zoe_martin", "support+ticket"
    };
    private static final String[] DOMAINS = {
      "example.com", "example.org", "example.net", "mail.example.fr", "example.co.uk"
    };
    private static final String FILLER =
        "Agent : je regarde votre dossier, un instant s'il vous plaît. Customer: ok thanks! ";

    private final Random random;
    private final long size;
    long bytes;
    long chars;
    long values;
    long straddling;
    long expectedLength;
    long expectedHash = HASH_SEED;

    ChatWriter(Random random, long size) {
      this.random = random;
      this.size = size;
    }

    void writeTo(OutputStream out) throws IOException {
      StringBuilder line = new StringBuilder();
      StringBuilder expected = new StringBuilder();
      while (bytes < size) {
        line.setLength(0);
        expected.setLength(0);
        String chat = LINES[random.nextInt(LINES.length)];
        String address = random.nextInt(3) == 0 ? address() : null;
        int length = chat.length() + 1 + (address == null ? 0 : 30 + address.length());
        long boundary = (chars / CHUNK + 1) * CHUNK;
        if (chars + length < boundary) {
          line.append(chat);
          expected.append(chat);
          if (address != null) {
            String before = BEFORE[random.nextInt(BEFORE.length)];
            String after = AFTER[random.nextInt(AFTER.length)];
            line.append(before).append(address).append(after);
            expected.append(before).append(TAG).append(after);
            values++;
          }
        } else {
          // Filler up to a few chars before the boundary, then an address across it. No
          // emoji lies across a boundary, so boundaries stay at multiples of the chunk.
          String value = address();
          int before = 1 + random.nextInt(value.length() - 1);
          if (boundary - chars < before + 2) {
            boundary += CHUNK; // too close: straddle the next boundary instead
          }
          int fill = (int) (boundary - before - chars - 1);
          for (int i = 0; i < fill; i++) {
            line.append(FILLER.charAt(i % FILLER.length()));
          }
          expected.append(line);
          line.append(' ').append(value).append(" est mon adresse.");
          expected.append(' ').append(TAG).append(" est mon adresse.");
          values++;
          straddling++;
        }
        line.append('\n');
        expected.append('\n');
        byte[] encoded = line.toString().getBytes(StandardCharsets.UTF_8);
        out.write(encoded);
        bytes += encoded.length;
        chars += line.length();
        expectedHash = hash(expectedHash, expected, 0, expected.length());
        expectedLength += expected.length();
      }
    }

    private String address() {
      String local = NAMES[random.nextInt(NAMES.length)];
      if (random.nextBoolean()) {
        local += random.nextInt(100);
      }
      return local + "@" + DOMAINS[random.nextInt(DOMAINS.length)];
    }
  }

  /** Hashes, counts and measures the output as it is read, keeping none of it. */
  static final class OutputCheck {
    long hash = HASH_SEED;
    long length;
    long tags;

    void readAll(Reader out) throws IOException {
      char[] buf = new char[1 << 16];
      CharBuffer view = CharBuffer.wrap(buf);
      for (int n; (n = out.read(buf)) >= 0; ) {
        hash = hash(hash, view, 0, n);
        length += n;
        for (int i = 0; i < n; i++) {
          if (buf[i] == '<') { // the chat holds no '<': each one starts a tag
            tags++;
          }
        }
      }
    }
  }

  /** Samples the peak resident memory of a process (VmHWM, Linux only) until stopped. */
  static final class PeakRss implements Callable<Void> {
    private final Path status;
    private volatile boolean stopped;
    volatile long peakKib;

    PeakRss(long pid) {
      this.status = Path.of("/proc", Long.toString(pid), "status");
    }

    void stop() {
      stopped = true;
    }

    @Override
    public Void call() throws InterruptedException {
      while (!stopped) {
        try {
          for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
              peakKib = Math.max(peakKib, Long.parseLong(line.replaceAll("[^0-9]", "")));
            }
          }
        } catch (IOException | RuntimeException e) {
          return null; // the process has ended, or this is not Linux
        }
        Thread.sleep(200);
      }
      return null;
    }
  }
}
