package dev.blindspot;

import dev.blindspot.testing.DigitsProvider;
import dev.blindspot.testing.SupportChat;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Locale;
import java.util.Random;

/**
 * The program {@link HugeStreamTest} runs in a JVM of {@code -Xmx64m}: streams a generated
 * support chat of the given number of MiB of chars through {@code redact(Reader, Writer)} and
 * compares the output with the expected redaction, computed on the fly (their lengths, hashes and
 * numbers of tags); neither is ever held in memory. Prints {@code OK ...} with the counts and the peak heap, and exits 0, or prints {@code
 * FAIL ...} and exits 1.
 *
 * <p>Run by hand: {@code java -Xmx64m -cp <test class path> dev.blindspot.HugeStreamCheck 1024}.
 */
public final class HugeStreamCheck {

  static final String TAG = "<" + dev.blindspot.testing.TestDetectors.DIGIT_RUN + ">";

  private HugeStreamCheck() {}

  /**
   * Runs the check.
   *
   * @param args the size in MiB of chars, and optionally the seed
   */
  public static void main(String[] args) throws IOException {
    long chars = Long.parseLong(args[0]) << 20;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 0x4B16L;
    PiiScanner scanner = PiiScanner.builder().detectors(DigitsProvider.NAME).languages("fr", "en").build();
    ChatReader input = new ChatReader(new Random(seed), chars, PiiScanner.DEFAULT_CHUNK);
    CheckingWriter output = new CheckingWriter();
    long started = System.nanoTime();
    scanner.redact(input, output);
    long millis = (System.nanoTime() - started) / 1_000_000;
    long peak = output.peakUsedHeap;
    String counts = String.format(Locale.ROOT,
        "chars=%d values=%d straddling=%d tags=%d outputChars=%d expectedChars=%d peakUsedHeapBytes=%d"
            + " maxHeapBytes=%d millis=%d",
        input.produced, input.values, input.straddling, output.tags, output.length,
        input.expectedLength, peak, Runtime.getRuntime().maxMemory(), millis);
    boolean ok = input.produced >= chars
        && output.tags == input.values
        && output.length == input.expectedLength
        && output.hash == input.expectedHash
        && input.straddling > 0;
    System.out.println((ok ? "OK " : "FAIL ") + counts);
    System.out.flush();
    System.exit(ok ? 0 : 1);
  }

  /** Heap in use now, garbage included (test sources live in the module, which reads no java.management). */
  static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /** Extends a 64-bit FNV-1a hash over UTF-16 code units with {@code s[from, to)}. */
  static long hash(long h, CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      h = (h ^ s.charAt(i)) * 0x100000001B3L;
    }
    return h;
  }

  static final long HASH_SEED = 0xCBF29CE484222325L;

  /**
   * Seeded support-chat lines, one after the other, until the size is reached; before every
   * chunk boundary of the scanner, a digit run that straddles it. Computes the expected redaction
   * of each line with a reference of the test detector (maximal runs of 4 or more ASCII digits
   * become the tag) and keeps only its hash and length.
   */
  static final class ChatReader extends Reader {
    private static final String FILLER =
        "Agent : je regarde votre dossier, un instant s'il vous plait. Customer: ok thanks! ";

    private final Random rnd;
    private final long size;
    private final int chunk;
    private final StringBuilder line = new StringBuilder();
    private final StringBuilder expected = new StringBuilder();
    private int linePos;
    long produced;
    long values;
    long straddling;
    long expectedLength;
    long expectedHash = HASH_SEED;

    ChatReader(Random rnd, long size, int chunk) {
      this.rnd = rnd;
      this.size = size;
      this.chunk = chunk;
    }

    @Override
    public int read(char[] buf, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (linePos == line.length() && !nextLine()) {
        return -1;
      }
      int n = Math.min(len, line.length() - linePos);
      line.getChars(linePos, linePos + n, buf, off);
      linePos += n;
      produced += n;
      return n;
    }

    private boolean nextLine() {
      long start = produced;
      if (start >= size) {
        return false;
      }
      line.setLength(0);
      linePos = 0;
      String chat = SupportChat.line(rnd);
      long boundary = (start / chunk + 1) * chunk;
      if (start + chat.length() + 1 <= boundary) {
        line.append(chat).append('\n');
      } else {
        // Filler up to a few chars before the boundary, then a value across it. No emoji lies
        // across a boundary, so boundaries stay at multiples of the chunk.
        String value = SupportChat.digits(rnd);
        int before = 1 + rnd.nextInt(value.length() - 1);
        int fill = (int) (boundary - before - start - 1);
        for (int i = 0; i < fill; i++) {
          line.append(FILLER.charAt(i % FILLER.length()));
        }
        line.append(' ').append(value).append(" est le numéro de commande.\n");
        straddling++;
      }
      expected.setLength(0);
      for (int i = 0; i < line.length(); ) {
        int end = i;
        while (end < line.length() && line.charAt(end) >= '0' && line.charAt(end) <= '9') {
          end++;
        }
        if (end - i >= 4) {
          expected.append(TAG);
          values++;
          i = end;
        } else if (end > i) {
          expected.append(line, i, end);
          i = end;
        } else {
          expected.append(line.charAt(i++));
        }
      }
      expectedHash = hash(expectedHash, expected, 0, expected.length());
      expectedLength += expected.length();
      return true;
    }

    @Override
    public void close() {}
  }

  /**
   * Keeps the hash, the length and the number of tags of what is written, nothing else, and
   * samples the heap in use about every 64 Ki chars.
   */
  static final class CheckingWriter extends Writer {
    long hash = HASH_SEED;
    long length;
    long tags;
    long peakUsedHeap;
    private long nextSample;

    @Override
    public void write(char[] buf, int off, int len) {
      write(java.nio.CharBuffer.wrap(buf, off, len), 0, len);
    }

    @Override
    public void write(String s, int off, int len) {
      write((CharSequence) s, off, off + len);
    }

    private void write(CharSequence s, int from, int to) {
      hash = hash(hash, s, from, to);
      length += to - from;
      if (length >= nextSample) {
        peakUsedHeap = Math.max(peakUsedHeap, usedHeap());
        nextSample = length + (1 << 16);
      }
      for (int i = from; i < to; i++) {
        if (s.charAt(i) == '<') { // the chats hold no '<': each one starts a tag
          tags++;
        }
      }
    }

    @Override
    public Writer append(CharSequence s, int start, int end) {
      write(s, start, end);
      return this;
    }

    @Override
    public Writer append(CharSequence s) {
      write(s, 0, s.length());
      return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
