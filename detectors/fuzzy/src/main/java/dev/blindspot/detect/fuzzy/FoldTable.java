package dev.blindspot.detect.fuzzy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The compact Unicode fold table: for each code point that folds, its ASCII target and the kind of
 * fold (fullwidth form, dash, space, digit, homoglyph). Loaded once from {@code fold-table.txt},
 * which {@code FoldTableGenerator} (a test class) derives from ICU4J; ICU is never loaded at run
 * time.
 *
 * <p>Lookups cost two array reads for the Basic Multilingual Plane (a two-stage table of 256-char
 * blocks, sharing one empty block) and a binary search over ranges for supplementary code points,
 * which are rare. Immutable and thread-safe.
 */
final class FoldTable {

  /** No fold. */
  static final int NONE = 0;
  /** A compatibility form of an ASCII letter, punctuation or symbol (fullwidth, small, math). */
  static final int FULLWIDTH = 1;
  /** A Unicode dash or the minus sign, folded to {@code '-'}. */
  static final int DASH = 2;
  /** A Unicode space, folded to {@code ' '}. */
  static final int SPACE = 3;
  /** A non-ASCII decimal digit, folded to its ASCII digit. */
  static final int DIGIT = 4;
  /** A Cyrillic or Greek letter that looks like an ASCII letter. */
  static final int HOMOGLYPH = 5;

  /** The kind names used in the table file, by kind. */
  static final String[] KIND_NAMES = {"none", "fullwidth", "dash", "space", "digit", "homoglyph"};

  /** The normalization names used in explanations, by kind. */
  static final String[] TECHNIQUES = {
    null, "fullwidth-folded", "dashes-folded", "spaces-folded", "digits-folded", "homoglyphs-folded"
  };

  /** The resource the table is read from, next to this class. */
  static final String RESOURCE = "fold-table.txt";

  /** Returns the table, loading it on first use. */
  static FoldTable get() {
    return Holder.INSTANCE;
  }

  /** Defers loading, so that the constants above can be read without it (the generator does). */
  private static final class Holder {
    static final FoldTable INSTANCE = load();
  }

  private final char[] blockIndex; // high byte -> first entry of its block in targets/kinds
  private final char[] targets;
  private final byte[] kinds;
  private final int[] supplementaryFirst;
  private final int[] supplementaryLast;
  private final int[] supplementaryTarget;
  private final byte[] supplementaryStep;
  private final byte[] supplementaryKind;

  private FoldTable(
      char[] blockIndex, char[] targets, byte[] kinds, int[] first, int[] last, int[] target,
      byte[] step, byte[] kind) {
    this.blockIndex = blockIndex;
    this.targets = targets;
    this.kinds = kinds;
    this.supplementaryFirst = first;
    this.supplementaryLast = last;
    this.supplementaryTarget = target;
    this.supplementaryStep = step;
    this.supplementaryKind = kind;
  }

  /**
   * Returns the kind of fold of a code point.
   *
   * @return one of the kind constants; {@link #NONE} for ASCII and for code points that stay
   */
  int kind(int cp) {
    if (cp < 0x80) {
      return NONE;
    }
    if (cp < 0x10000) {
      return kinds[blockIndex[cp >> 8] + (cp & 0xFF)];
    }
    int r = range(cp);
    return r < 0 ? NONE : supplementaryKind[r];
  }

  /** Returns the ASCII char a code point folds to; only meaningful when its kind is not NONE. */
  char target(int cp) {
    if (cp < 0x10000) {
      return targets[blockIndex[cp >> 8] + (cp & 0xFF)];
    }
    int r = range(cp);
    return (char) (supplementaryTarget[r] + supplementaryStep[r] * (cp - supplementaryFirst[r]));
  }

  private int range(int cp) {
    int r = Arrays.binarySearch(supplementaryFirst, cp);
    if (r < 0) {
      r = -r - 2;
    }
    return r >= 0 && cp <= supplementaryLast[r] ? r : -1;
  }

  private static FoldTable load() {
    try (InputStream in = FoldTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static FoldTable parse(BufferedReader reader) throws IOException {
    char[] flatTargets = new char[0x10000];
    byte[] flatKinds = new byte[0x10000];
    int supplementary = 0;
    int[] first = new int[64];
    int[] last = new int[64];
    int[] target = new int[64];
    byte[] step = new byte[64];
    byte[] kind = new byte[64];
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split(" ");
      int k = Arrays.asList(KIND_NAMES).indexOf(f[0]);
      int from = Integer.parseInt(f[1], 16);
      int to = Integer.parseInt(f[2], 16);
      int t = Integer.parseInt(f[3], 16);
      int s = Integer.parseInt(f[4]);
      if (k <= 0 || to < from || (s != 0 && s != 1)) {
        throw new IllegalStateException("malformed fold table line: " + line);
      }
      for (int cp = from; cp <= Math.min(to, 0xFFFF); cp++) {
        flatTargets[cp] = (char) (t + s * (cp - from));
        flatKinds[cp] = (byte) k;
      }
      if (to >= 0x10000) {
        if (supplementary == first.length) {
          first = Arrays.copyOf(first, supplementary * 2);
          last = Arrays.copyOf(last, supplementary * 2);
          target = Arrays.copyOf(target, supplementary * 2);
          step = Arrays.copyOf(step, supplementary * 2);
          kind = Arrays.copyOf(kind, supplementary * 2);
        }
        int start = Math.max(from, 0x10000);
        first[supplementary] = start;
        last[supplementary] = to;
        target[supplementary] = t + s * (start - from);
        step[supplementary] = (byte) s;
        kind[supplementary] = (byte) k;
        supplementary++;
      }
    }
    // Two stages: identical 256-char blocks (most are empty) are stored once.
    char[] blockIndex = new char[256];
    char[] targets = new char[0x10000];
    byte[] kinds = new byte[0x10000];
    int used = 0;
    for (int b = 0; b < 256; b++) {
      int found = -1;
      for (int other = 0; other < used && found < 0; other += 256) {
        if (Arrays.equals(targets, other, other + 256, flatTargets, b << 8, (b << 8) + 256)
            && Arrays.equals(kinds, other, other + 256, flatKinds, b << 8, (b << 8) + 256)) {
          found = other;
        }
      }
      if (found < 0) {
        System.arraycopy(flatTargets, b << 8, targets, used, 256);
        System.arraycopy(flatKinds, b << 8, kinds, used, 256);
        found = used;
        used += 256;
      }
      blockIndex[b] = (char) found;
    }
    return new FoldTable(
        blockIndex, Arrays.copyOf(targets, used), Arrays.copyOf(kinds, used),
        Arrays.copyOf(first, supplementary), Arrays.copyOf(last, supplementary),
        Arrays.copyOf(target, supplementary), Arrays.copyOf(step, supplementary),
        Arrays.copyOf(kind, supplementary));
  }

  /** Returns the table's size; no text. */
  @Override
  public String toString() {
    return "FoldTable[bmpBlocks=" + targets.length / 256 + ", supplementaryRanges="
        + supplementaryFirst.length + "]";
  }
}
