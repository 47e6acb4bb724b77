package dev.blindspot.benchmarks.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a generated corpus to a file.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.blindspot.benchmarks.corpus.CorpusCli \
 *     --kind chat --density medium --langs en,fr,de,es --size 100MB --seed 42 --out chats.txt
 * </pre>
 *
 * <p>Options: {@code --kind chat|adversarial} (default chat), {@code --density
 * none|low|medium|high} (default medium), {@code --langs} a {@link LangMix} such as {@code
 * en=2,fr} (default all four), {@code --size} such as {@code 1KB}, {@code 100MB}, {@code 2GB}
 * (default 1MB), {@code --seed} (default 42), {@code --out FILE} (default standard output).
 * Sizes above 256 MB are written in 256 MB parts, part {@code i} with seed {@code seed + i}. The
 * file is UTF-8; a lone surrogate of the adversarial corpus, which UTF-8 cannot encode, is
 * written as {@code ?}. Exit status 0 on success, 2 on bad usage.
 */
public final class CorpusCli {

  private static final long PART = 256_000_000L;

  private CorpusCli() {}

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value.trim())) {
        return e;
      }
    }
    StringBuilder known = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      known.append(known.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
    }
    throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + value + "'; known: " + known);
  }

  /**
   * Runs the command line.
   *
   * @param args the options above
   * @throws IOException if the output cannot be written
   */
  public static void main(String[] args) throws IOException {
    CorpusKind kind = CorpusKind.CHAT;
    Density density = Density.MEDIUM;
    LangMix mix = LangMix.ALL;
    long size = 1_000_000;
    long seed = 42;
    Path out = null;
    try {
      for (int i = 0; i < args.length; i++) {
        String opt = args[i];
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("option " + opt + " needs a value");
        }
        String value = args[++i];
        switch (opt) {
          case "--kind" -> kind = parse(CorpusKind.class, value);
          case "--density" -> density = parse(Density.class, value);
          case "--langs" -> mix = LangMix.parse(value);
          case "--size" -> size = Corpus.parseSize(value);
          case "--seed" -> seed = Long.parseLong(value);
          case "--out" -> out = Path.of(value);
          default -> throw new IllegalArgumentException("unknown option " + opt);
        }
      }
      if (size < 1) {
        throw new IllegalArgumentException("size must be positive");
      }
    } catch (IllegalArgumentException e) {
      System.err.println("corpus: " + e.getMessage()
          + "; usage: --kind chat|adversarial --density none|low|medium|high --langs en,fr,de,es"
          + " --size 1MB --seed 42 --out FILE");
      System.exit(2);
      return;
    }
    try (Writer w = out == null
        ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
        : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8))) {
      long left = size;
      for (long part = 0; left > 0; part++) {
        long n = Math.min(left, PART);
        w.write(Corpus.generate(kind, density, mix, n, seed + part));
        left -= n;
      }
    }
  }
}
