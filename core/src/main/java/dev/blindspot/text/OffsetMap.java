package dev.blindspot.text;

import java.util.Arrays;

/**
 * Maps offsets of a view back to offsets of the text it was built from.
 *
 * <p>Every view char comes from a span of source chars: a copied char from itself, a replacement
 * from the whole span it replaced (so a span never splits a replaced source run, in the spirit of
 * Lucene's {@code MappingCharFilter}). Deleted source chars belong to no view char but fall inside
 * any view span that covers both of their neighbours.
 *
 * <p>The map is stored as a sorted table of segments, one per run of copied chars and one per
 * replacement, and looked up by binary search: an unchanged text costs one segment. Instances are
 * immutable and thread-safe.
 */
public final class OffsetMap {

  private final int viewLength;
  private final int sourceLength;
  // Segment k covers view chars [viewStart[k], viewStart[k+1]) and source chars
  // [sourceStart[k], sourceStart[k] + sourceLen[k]); atomic segments map every char to the whole
  // source span, copy segments map char by char.
  private final int[] viewStart;
  private final int[] sourceStart;
  private final int[] sourceLen;
  private final boolean[] atomic;

  OffsetMap(
      int viewLength,
      int sourceLength,
      int[] viewStart,
      int[] sourceStart,
      int[] sourceLen,
      boolean[] atomic,
      int segments) {
    this.viewLength = viewLength;
    this.sourceLength = sourceLength;
    this.viewStart = Arrays.copyOf(viewStart, segments);
    this.sourceStart = Arrays.copyOf(sourceStart, segments);
    this.sourceLen = Arrays.copyOf(sourceLen, segments);
    this.atomic = Arrays.copyOf(atomic, segments);
  }

  /**
   * Returns the map of a view that is its source, unchanged.
   *
   * @param length length of the text
   * @return the identity map
   */
  public static OffsetMap identity(int length) {
    if (length < 0) {
      throw new IllegalArgumentException("length must be >= 0, got " + length);
    }
    return length == 0
        ? new OffsetMap(0, 0, new int[0], new int[0], new int[0], new boolean[0], 0)
        : new OffsetMap(
            length, length, new int[] {0}, new int[] {0}, new int[] {length}, new boolean[] {false}, 1);
  }

  /**
   * Returns the number of chars of the view.
   *
   * @return view length
   */
  public int viewLength() {
    return viewLength;
  }

  /**
   * Returns the number of chars of the source.
   *
   * @return source length
   */
  public int sourceLength() {
    return sourceLength;
  }

  /**
   * Maps the start of a view span to the start of the source span it came from.
   *
   * @param viewOffset a view offset in {@code [0, viewLength]}
   * @return the source offset of the first source char behind the view char at {@code viewOffset},
   *     or the source length for {@code viewOffset == viewLength}
   * @throws IndexOutOfBoundsException if {@code viewOffset} is out of range
   */
  public int mapStart(int viewOffset) {
    checkOffset(viewOffset);
    if (viewOffset == viewLength) {
      return sourceLength;
    }
    int k = segmentOf(viewOffset);
    return atomic[k] ? sourceStart[k] : sourceStart[k] + (viewOffset - viewStart[k]);
  }

  /**
   * Maps the exclusive end of a view span to the exclusive end of the source span it came from.
   *
   * @param viewOffset a view offset in {@code [0, viewLength]}
   * @return the source offset after the last source char behind the view char before {@code
   *     viewOffset}, or the offset of the first source char for {@code viewOffset == 0}
   * @throws IndexOutOfBoundsException if {@code viewOffset} is out of range
   */
  public int mapEnd(int viewOffset) {
    checkOffset(viewOffset);
    if (viewOffset == 0) {
      return viewLength == 0 ? sourceLength : sourceStart[0];
    }
    int k = segmentOf(viewOffset - 1);
    return atomic[k]
        ? sourceStart[k] + sourceLen[k]
        : sourceStart[k] + (viewOffset - viewStart[k]);
  }

  /**
   * Tells whether the view is its source unchanged.
   *
   * @return true when every offset maps to itself
   */
  public boolean isIdentity() {
    return viewLength == sourceLength
        && (viewStart.length == 0 || (viewStart.length == 1 && !atomic[0] && sourceStart[0] == 0));
  }

  private int segmentOf(int viewOffset) {
    int k = Arrays.binarySearch(viewStart, viewOffset);
    return k >= 0 ? k : -k - 2;
  }

  private void checkOffset(int viewOffset) {
    if (viewOffset < 0 || viewOffset > viewLength) {
      throw new IndexOutOfBoundsException(
          "view offset " + viewOffset + " outside [0, " + viewLength + "]");
    }
  }

  /** Returns the sizes and the number of segments; never text. */
  @Override
  public String toString() {
    return "OffsetMap[view=" + viewLength + ", source=" + sourceLength + ", segments="
        + viewStart.length + "]";
  }
}
