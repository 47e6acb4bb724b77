package dev.blindspot.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A text derived from an original text, with the map back to it.
 *
 * <p>The original text is a view of itself ({@link #of(CharSequence)}); normalized views are built
 * on top of another view with {@link #builder(TextView, String)} and map through it, so {@link
 * #originalStart(int)} and {@link #originalEnd(int)} always answer in the original's offsets.
 *
 * <p>A view is not a {@link CharSequence} on purpose: its {@link #toString()} must not reveal the
 * text, which may hold personal data. Read the chars with {@link #text()}. Views are immutable and
 * thread-safe.
 */
public final class TextView {

  private final CharSequence text;
  private final TextView parent;
  private final OffsetMap map;
  private final List<String> steps;

  private TextView(CharSequence text, TextView parent, OffsetMap map, List<String> steps) {
    this.text = text;
    this.parent = parent;
    this.map = map;
    this.steps = steps;
  }

  /**
   * Wraps an original text as a view of itself.
   *
   * @param original the text; not copied, so it must not change while the view is in use
   * @return the view
   */
  public static TextView of(CharSequence original) {
    Objects.requireNonNull(original, "original");
    return new TextView(original, null, OffsetMap.identity(original.length()), List.of());
  }

  /**
   * Starts a view derived from {@code base}.
   *
   * @param base the view to read from; the new view maps through it
   * @param step name of the normalization this view applies, for explanations (such as {@code
   *     "zero-width-removed"})
   * @return a builder positioned at the start of {@code base}
   */
  public static Builder builder(TextView base, String step) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(step, "step");
    if (step.isBlank()) {
      throw new IllegalArgumentException("step must not be blank");
    }
    return new Builder(base, step);
  }

  /**
   * Returns the chars of this view. They may be personal data: do not log them.
   *
   * @return the text
   */
  public CharSequence text() {
    return text;
  }

  /**
   * Returns the number of chars of this view.
   *
   * @return the length
   */
  public int length() {
    return text.length();
  }

  /**
   * Tells whether this view is the original text.
   *
   * @return true for the view made by {@link #of(CharSequence)}
   */
  public boolean isOriginal() {
    return parent == null;
  }

  /**
   * Returns the map from this view to the view it was built on (the identity for the original).
   *
   * @return the map one level down
   */
  public OffsetMap map() {
    return map;
  }

  /**
   * Returns the normalization steps from the original text to this view, oldest first.
   *
   * @return the step names; empty for the original
   */
  public List<String> steps() {
    return steps;
  }

  /**
   * Maps the start of a span of this view to the start of the span in the original text.
   *
   * @param viewStart start offset in this view, in {@code [0, length()]}
   * @return start offset in the original text
   * @throws IndexOutOfBoundsException if {@code viewStart} is out of range
   */
  public int originalStart(int viewStart) {
    int offset = map.mapStart(viewStart);
    return parent == null ? offset : parent.originalStart(offset);
  }

  /**
   * Maps the exclusive end of a span of this view to the exclusive end in the original text.
   *
   * @param viewEnd end offset in this view, in {@code [0, length()]}
   * @return end offset in the original text
   * @throws IndexOutOfBoundsException if {@code viewEnd} is out of range
   */
  public int originalEnd(int viewEnd) {
    int offset = map.mapEnd(viewEnd);
    return parent == null ? offset : parent.originalEnd(offset);
  }

  /**
   * Returns the normalization steps, oldest first, that changed some char of a span of this view:
   * the steps a value found there had to undo. Steps that changed only other parts of the text are
   * left out, so the answer for a value does not depend on the rest of the text.
   *
   * @param viewStart start offset in this view
   * @param viewEnd end offset in this view, at or after {@code viewStart}
   * @return the step names; empty for the original, for an empty span, or when no step changed
   *     the span
   * @throws IndexOutOfBoundsException if the span is out of range
   */
  public List<String> stepsChanging(int viewStart, int viewEnd) {
    if (viewStart < 0 || viewEnd < viewStart || viewEnd > text.length()) {
      throw new IndexOutOfBoundsException(
          "span " + viewStart + ".." + viewEnd + " outside [0, " + text.length() + "]");
    }
    if (viewStart == viewEnd) {
      return List.of();
    }
    List<String> changed = new ArrayList<>();
    int start = viewStart;
    int end = viewEnd;
    for (TextView v = this; v.parent != null; v = v.parent) {
      int baseStart = v.map.mapStart(start);
      int baseEnd = v.map.mapEnd(end);
      String step = v.steps.get(v.steps.size() - 1);
      if (baseEnd <= baseStart) {
        changed.add(step); // only inserted chars: this step made them, no lower step touched them
        break;
      }
      if (!sameChars(v.text, start, end, v.parent.text, baseStart, baseEnd)) {
        changed.add(step);
      }
      start = baseStart;
      end = baseEnd;
    }
    Collections.reverse(changed);
    return List.copyOf(changed);
  }

  private static boolean sameChars(
      CharSequence a, int aStart, int aEnd, CharSequence b, int bStart, int bEnd) {
    if (aEnd - aStart != bEnd - bStart) {
      return false;
    }
    for (int i = 0; i < aEnd - aStart; i++) {
      if (a.charAt(aStart + i) != b.charAt(bStart + i)) {
        return false;
      }
    }
    return true;
  }

  /** Returns the length and the steps of this view; never its text. */
  @Override
  public String toString() {
    return "TextView[length=" + text.length() + ", steps=" + steps + "]";
  }

  /**
   * Builds a view by walking its base text from start to end: each call consumes base chars up to
   * an offset and says what becomes of them (copied, replaced, skipped).
   *
   * <p>Not thread-safe; use one builder per view.
   */
  public static final class Builder {
    private final TextView base;
    private final CharSequence source;
    private final String step;
    private final StringBuilder out;
    private int position;
    private boolean changed;

    private int[] viewStart = new int[8];
    private int[] sourceStart = new int[8];
    private int[] sourceLen = new int[8];
    private boolean[] atomic = new boolean[8];
    private int segments;

    private Builder(TextView base, String step) {
      this.base = base;
      this.source = base.text();
      this.step = step;
      this.out = new StringBuilder(source.length());
    }

    /**
     * Returns the base offset up to which chars are consumed.
     *
     * @return the position in the base text
     */
    public int position() {
      return position;
    }

    /**
     * Copies base chars from the position up to {@code baseEnd} unchanged.
     *
     * @param baseEnd offset in the base text, at or after the position
     * @return this builder
     */
    public Builder copy(int baseEnd) {
      checkEnd(baseEnd);
      int len = baseEnd - position;
      if (len == 0) {
        return this;
      }
      int last = segments - 1;
      if (last >= 0
          && !atomic[last]
          && sourceStart[last] + sourceLen[last] == position
          && viewStart[last] + sourceLen[last] == out.length()) {
        sourceLen[last] += len;
      } else {
        addSegment(out.length(), position, len, false);
      }
      out.append(source, position, baseEnd);
      position = baseEnd;
      return this;
    }

    /**
     * Replaces base chars from the position up to {@code baseEnd} with {@code replacement}, as one
     * unit: every replacement char maps to the whole replaced span. An empty replacement skips the
     * chars; an empty span inserts the replacement.
     *
     * @param baseEnd offset in the base text, at or after the position
     * @param replacement the chars that stand for the replaced ones in the view
     * @return this builder
     */
    public Builder replace(int baseEnd, CharSequence replacement) {
      Objects.requireNonNull(replacement, "replacement");
      checkEnd(baseEnd);
      if (replacement.length() > 0) {
        addSegment(out.length(), position, baseEnd - position, true);
        out.append(replacement);
      }
      changed = true;
      position = baseEnd;
      return this;
    }

    /**
     * Drops base chars from the position up to {@code baseEnd}.
     *
     * @param baseEnd offset in the base text, at or after the position
     * @return this builder
     */
    public Builder skip(int baseEnd) {
      return replace(baseEnd, "");
    }

    /**
     * Copies the rest of the base text and returns the view.
     *
     * @return the new view, mapping through the base view
     */
    public TextView build() {
      copy(source.length());
      List<String> allSteps = new ArrayList<>(base.steps());
      allSteps.add(step);
      OffsetMap built =
          new OffsetMap(
              out.length(), source.length(), viewStart, sourceStart, sourceLen, atomic, segments);
      if (!changed) {
        built = OffsetMap.identity(source.length());
      }
      return new TextView(out.toString(), base, built, List.copyOf(allSteps));
    }

    private void addSegment(int view, int src, int len, boolean isAtomic) {
      if (segments == viewStart.length) {
        int grown = segments * 2;
        viewStart = java.util.Arrays.copyOf(viewStart, grown);
        sourceStart = java.util.Arrays.copyOf(sourceStart, grown);
        sourceLen = java.util.Arrays.copyOf(sourceLen, grown);
        atomic = java.util.Arrays.copyOf(atomic, grown);
      }
      // Two segments may start at the same view offset only if the first is empty in the view
      // (never stored), so view starts stay strictly increasing.
      viewStart[segments] = view;
      sourceStart[segments] = src;
      sourceLen[segments] = len;
      atomic[segments] = isAtomic;
      segments++;
    }

    private void checkEnd(int baseEnd) {
      if (baseEnd < position || baseEnd > source.length()) {
        throw new IndexOutOfBoundsException(
            "base offset " + baseEnd + " outside [" + position + ", " + source.length() + "]");
      }
    }

    /** Returns the position and the step; never text. */
    @Override
    public String toString() {
      return "TextView.Builder[step=" + step + ", position=" + position + "]";
    }
  }
}
