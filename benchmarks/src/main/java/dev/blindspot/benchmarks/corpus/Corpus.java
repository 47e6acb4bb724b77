package dev.blindspot.benchmarks.corpus;

import dev.blindspot.benchmarks.eval.Span;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Generates benchmark corpora on demand, from a seed and without network: customer-support chats
 * in English, French, German and Spanish at a chosen density of personal data, or adversarial
 * input.
 *
 * <pre>{@code
 * String oneMegabyte = Corpus.generate(CorpusKind.CHAT, Density.MEDIUM, LangMix.ALL, 1_000_000, 42);
 * }</pre>
 *
 * <p>The same arguments always give the same text. The size is exact, in UTF-8 bytes (a lone
 * surrogate of the adversarial corpus counts 3 bytes, as in WTF-8): the last line is cut and
 * padded with spaces and a final line feed. Personal values are fictional, valid where a checksum
 * applies, and a quarter of them are obfuscated with the techniques of DESIGN.md section 4.
 */
public final class Corpus {

  /** The largest size a corpus can have in memory (a Java string holds at most 2^31-1 chars). */
  public static final long MAX_SIZE = Integer.MAX_VALUE - 64;

  /**
   * A generated text with the spans of the personal values it contains.
   *
   * @param text the corpus
   * @param spans the personal values, sorted, with UTF-16 offsets into {@code text}; empty for the
   *     adversarial corpus, whose matches are not labeled
   */
  public record Labeled(String text, List<Span> spans) {

    /**
     * Copies the spans.
     *
     * @throws NullPointerException if an argument is null
     */
    public Labeled {
      Objects.requireNonNull(text, "text");
      spans = List.copyOf(spans);
    }

    /** Returns the size and span count; never the text. */
    @Override
    public String toString() {
      return "Corpus.Labeled[" + text.length() + " chars, " + spans.size() + " spans]";
    }
  }

  private Corpus() {}

  /**
   * Generates a corpus.
   *
   * @param kind chats or adversarial input
   * @param density share of chat lines with personal data (ignored for adversarial input)
   * @param mix languages of the conversations (ignored for adversarial input)
   * @param sizeBytes exact size in UTF-8 bytes, at least 1
   * @param seed the seed; equal arguments give equal texts
   * @return the text
   * @throws IllegalArgumentException if the size is not in [1, {@link #MAX_SIZE}]
   */
  public static String generate(CorpusKind kind, Density density, LangMix mix, long sizeBytes, long seed) {
    return build(kind, density, mix, sizeBytes, seed, false).text();
  }

  /**
   * Generates a corpus and the spans of its personal values; costs more memory than {@link
   * #generate}, for tests and density checks.
   *
   * @param kind chats or adversarial input
   * @param density share of chat lines with personal data
   * @param mix languages of the conversations
   * @param sizeBytes exact size in UTF-8 bytes, at least 1
   * @param seed the seed
   * @return the text and its spans
   * @throws IllegalArgumentException if the size is not in [1, {@link #MAX_SIZE}]
   */
  public static Labeled generateLabeled(
      CorpusKind kind, Density density, LangMix mix, long sizeBytes, long seed) {
    LabeledBuilder b = build(kind, density, mix, sizeBytes, seed, true);
    return new Labeled(b.text(), b.spans());
  }

  private static LabeledBuilder build(
      CorpusKind kind, Density density, LangMix mix, long sizeBytes, long seed, boolean labels) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(density, "density");
    Objects.requireNonNull(mix, "mix");
    if (sizeBytes < 1 || sizeBytes > MAX_SIZE) {
      throw new IllegalArgumentException(
          "corpus size must be between 1 and " + MAX_SIZE + " bytes, got " + sizeBytes);
    }
    Random rnd = new Random(seed);
    LabeledBuilder out = new LabeledBuilder((int) Math.min(sizeBytes + 1024, MAX_SIZE), labels);
    if (kind == CorpusKind.ADVERSARIAL) {
      new AdversarialGenerator(rnd).generate(out, sizeBytes);
    } else {
      ChatGenerator chats = new ChatGenerator(mix, density, rnd);
      while (out.utf8Bytes() < sizeBytes) {
        chats.conversation(out);
      }
    }
    out.fitTo(sizeBytes);
    return out;
  }

  /**
   * Parses a size such as {@code 1KB}, {@code 64KB}, {@code 1MB}, {@code 100MB} or {@code 1GB}
   * (decimal units: 1 KB = 1,000 bytes) or a plain number of bytes.
   *
   * @param text the size
   * @return bytes
   * @throws IllegalArgumentException if the text is not a size
   */
  public static long parseSize(String text) {
    String t = text.trim().toUpperCase(java.util.Locale.ROOT);
    long unit = 1;
    if (t.endsWith("KB")) {
      unit = 1_000;
    } else if (t.endsWith("MB")) {
      unit = 1_000_000;
    } else if (t.endsWith("GB")) {
      unit = 1_000_000_000;
    }
    String number = unit == 1 ? (t.endsWith("B") ? t.substring(0, t.length() - 1) : t) : t.substring(0, t.length() - 2);
    try {
      return Math.multiplyExact(Long.parseLong(number.trim()), unit);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException("not a size: '" + text + "' (use e.g. 1KB, 1MB, 100MB)");
    }
  }
}
