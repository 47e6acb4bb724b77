package dev.blindspot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random views (copies, replacements, skips and insertions, stacked 1 to 3 deep) checked against a
 * deliberately slow reference that records, for every view char, the base span it came from, and
 * maps offsets by walking those per-char records down the stack one level at a time.
 */
class RandomViewsTest {

  private static final String[] PIECES = {
    "a", "b", "X", "é", "0", "7", " ", "@", ".", "\n", "\u200B", "\u00AD", "\uD83D\uDE00", "\uD83C\uDDEB"
  };

  /** One level of the reference: the view text and, per view char, its half-open base span. */
  private record Level(String text, int[] baseStart, int[] baseEnd, int baseLength) {
    int length() {
      return text.length();
    }
  }

  @Test
  void randomViewsMapLikeTheSlowReference() {
    Random rnd = new Random(0xB11D5B07L);
    for (int iteration = 0; iteration < 3000; iteration++) {
      String original = randomText(rnd, rnd.nextInt(24));
      TextView view = TextView.of(original);
      List<Level> levels = new ArrayList<>();
      int depth = 1 + rnd.nextInt(3);
      boolean inserts = iteration % 2 == 0;
      for (int d = 0; d < depth; d++) {
        TextView.Builder builder = TextView.builder(view, "step-" + d);
        Level level = randomLevel(rnd, view.text().toString(), builder, inserts);
        view = builder.build();
        levels.add(level);
        String context = "iteration " + iteration + ", level " + d;
        assertEquals(level.text(), view.text().toString(), context);
        assertEquals(d + 1, view.steps().size(), context);
        checkOffsets(view, levels, context);
        checkSpans(view, levels, original.length(), !inserts, context);
      }
    }
  }

  /** Every offset, start and end, equals the reference; so does every span built from them. */
  private static void checkOffsets(TextView view, List<Level> levels, String context) {
    int top = levels.size() - 1;
    Level level = levels.get(top);
    for (int offset = 0; offset <= view.length(); offset++) {
      assertEquals(slowStart(levels, top, offset), view.originalStart(offset), context + ", start " + offset);
      assertEquals(slowEnd(levels, top, offset), view.originalEnd(offset), context + ", end " + offset);
      assertEquals(oneLevelStart(level, offset), view.map().mapStart(offset), context + ", map start " + offset);
      assertEquals(oneLevelEnd(level, offset), view.map().mapEnd(offset), context + ", map end " + offset);
    }
  }

  /**
   * For every span of view chars, the original chars behind them all lie inside the mapped span:
   * a span never splits a source char. When {@code tight}, every other original char inside it is
   * one that no view char comes from (a deleted char between two kept ones): a span never takes a
   * foreign char. Tightness is only checked without insertions: an insertion that falls inside an
   * atomic replacement of a lower level sits somewhere in that replaced run, so it maps to all of
   * it (in the spirit of MappingCharFilter), including chars that other view chars also come from.
   */
  private static void checkSpans(
      TextView view, List<Level> levels, int originalLength, boolean tight, String context) {
    int top = levels.size() - 1;
    int n = view.length();
    BitSet[] sources = new BitSet[n];
    BitSet kept = new BitSet(originalLength);
    for (int i = 0; i < n; i++) {
      sources[i] = slowSources(levels, top, i);
      kept.or(sources[i]);
    }
    for (int s = 0; s < n; s++) {
      BitSet inSpan = new BitSet(originalLength);
      for (int e = s + 1; e <= n; e++) {
        inSpan.or(sources[e - 1]);
        int start = view.originalStart(s);
        int end = view.originalEnd(e);
        String span = context + ", span " + s + ".." + e + " -> " + start + ".." + end;
        assertTrue(inSpan.isEmpty() || (inSpan.nextSetBit(0) >= start && inSpan.length() <= end), span);
        for (int o = start; o < end; o++) {
          assertTrue(!tight || inSpan.get(o) || !kept.get(o), span + " takes original char " + o);
        }
      }
    }
  }

  /** Builds one random level with the real builder and records the reference at the same time. */
  private static Level randomLevel(Random rnd, String base, TextView.Builder builder, boolean inserts) {
    StringBuilder text = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    int pos = 0;
    int inserted = 0;
    while (pos < base.length() || (inserts && inserted < 2 && rnd.nextInt(3) == 0)) {
      int rest = base.length() - pos;
      int op = rest == 0 ? 3 : rnd.nextInt(6);
      if (!inserts && (op == 3 || op == 4)) {
        op = rnd.nextInt(3); // copy, replace or skip
      }
      if (op == 5 && rnd.nextBoolean()) {
        break; // leave the rest for build(), which copies it
      }
      int end = pos + (rest == 0 ? 0 : 1 + rnd.nextInt(Math.min(rest, 5)));
      switch (op) {
        case 0, 5 -> { // copy, sometimes zero chars
          int to = op == 5 ? pos : end;
          builder.copy(to);
          for (int i = pos; i < to; i++) {
            text.append(base.charAt(i));
            spans.add(new int[] {i, i + 1});
          }
          pos = to;
        }
        case 1 -> { // replace by 1 to 3 chars
          String replacement = randomText(rnd, 1 + rnd.nextInt(3));
          builder.replace(end, replacement);
          record(text, spans, replacement, pos, end);
          pos = end;
        }
        case 2 -> { // skip, or replace by nothing
          if (rnd.nextBoolean()) {
            builder.skip(end);
          } else {
            builder.replace(end, "");
          }
          pos = end;
        }
        default -> { // insert
          String insertion = randomText(rnd, 1 + rnd.nextInt(2));
          builder.replace(pos, insertion);
          record(text, spans, insertion, pos, pos);
          inserted++;
        }
      }
      if (builder.position() != pos) {
        throw new AssertionError("builder position " + builder.position() + " != " + pos);
      }
    }
    for (int i = pos; i < base.length(); i++) { // what build() copies
      text.append(base.charAt(i));
      spans.add(new int[] {i, i + 1});
    }
    int[] starts = spans.stream().mapToInt(s -> s[0]).toArray();
    int[] ends = spans.stream().mapToInt(s -> s[1]).toArray();
    return new Level(text.toString(), starts, ends, base.length());
  }

  private static void record(StringBuilder text, List<int[]> spans, String chars, int from, int to) {
    text.append(chars);
    for (int i = 0; i < chars.length(); i++) {
      spans.add(new int[] {from, to});
    }
  }

  // The reference: a view offset starts where its char's base span starts (the base length past
  // the last char) and ends where the base span of the char before it ends (for offset 0: where
  // the first char starts); both then map one level down, and so on to the original.

  private static int oneLevelStart(Level level, int offset) {
    return offset == level.length() ? level.baseLength() : level.baseStart()[offset];
  }

  private static int oneLevelEnd(Level level, int offset) {
    if (offset > 0) {
      return level.baseEnd()[offset - 1];
    }
    return level.length() == 0 ? level.baseLength() : level.baseStart()[0];
  }

  private static int slowStart(List<Level> levels, int k, int offset) {
    return k < 0 ? offset : slowStart(levels, k - 1, oneLevelStart(levels.get(k), offset));
  }

  private static int slowEnd(List<Level> levels, int k, int offset) {
    return k < 0 ? offset : slowEnd(levels, k - 1, oneLevelEnd(levels.get(k), offset));
  }

  /** The original chars a view char comes from: the union over its base span, level by level. */
  private static BitSet slowSources(List<Level> levels, int k, int index) {
    BitSet out = new BitSet();
    if (k < 0) {
      out.set(index);
      return out;
    }
    Level level = levels.get(k);
    for (int j = level.baseStart()[index]; j < level.baseEnd()[index]; j++) {
      out.or(slowSources(levels, k - 1, j));
    }
    return out;
  }

  private static String randomText(Random rnd, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      sb.append(PIECES[rnd.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }
}
