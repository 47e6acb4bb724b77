package dev.blindspot.redact;

import dev.blindspot.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Applies an operator to the findings of a text. {@link dev.blindspot.PiiScanner#redact} does this
 * for you; use this class to redact with findings you filtered or produced yourself.
 */
public final class Redaction {

  private Redaction() {}

  /**
   * Returns the text with every finding replaced by the operator's replacement and every other
   * char kept, in order.
   *
   * @param text the original text
   * @param findings findings in that text, sorted by start and not overlapping (as a scan returns
   *     them)
   * @param operator what replaces each finding; its {@link Operator#forDocument()} is called once
   * @return the redacted text
   * @throws IllegalArgumentException if findings overlap, are unsorted or lie outside the text
   */
  public static String apply(CharSequence text, List<Finding> findings, Operator operator) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(operator, "operator");
    StringBuilder out = new StringBuilder(text.length() + 16 * findings.size());
    try {
      write(text, 0, findings, operator.forDocument(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder never throws
    }
    return out.toString();
  }

  /**
   * Appends a piece of a longer document to {@code out} with its findings replaced; the building
   * block of streaming redaction.
   *
   * @param piece chars of the document starting at document offset {@code pieceOffset}
   * @param pieceOffset document offset of {@code piece.charAt(0)}
   * @param findings findings inside the piece, in document offsets, sorted and not overlapping
   * @param documentOperator the operator for this document, from {@link Operator#forDocument()}
   * @param out where to write
   * @throws IOException if {@code out} fails
   * @throws IllegalArgumentException if findings overlap, are unsorted or lie outside the piece
   */
  public static void write(
      CharSequence piece,
      int pieceOffset,
      List<Finding> findings,
      Operator documentOperator,
      Appendable out)
      throws IOException {
    Objects.requireNonNull(piece, "piece");
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(documentOperator, "documentOperator");
    Objects.requireNonNull(out, "out");
    int pos = 0;
    for (Finding f : findings) {
      int start = f.start() - pieceOffset;
      int end = f.end() - pieceOffset;
      if (start < pos || end > piece.length()) {
        throw new IllegalArgumentException(
            "findings must be sorted, not overlapping and inside the text; bad finding at "
                + f.start() + ".." + f.end());
      }
      out.append(piece, pos, start);
      String replacement = documentOperator.replacement(f, piece.subSequence(start, end));
      if (replacement == null) {
        throw new NullPointerException("operator returned null for a finding of type " + f.type());
      }
      out.append(replacement);
      pos = end;
    }
    out.append(piece, pos, piece.length());
  }
}
