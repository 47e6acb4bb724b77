package dev.blindspot.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * Decodes UTF-8 and fails on the first invalid byte sequence instead of replacing it, naming its
 * byte offset. Every char decoded before the bad bytes is handed out first, so a caller reading
 * lines sees each complete line before the error, and the error surfaces in the line that holds
 * it. Failures to read are reported as {@link InputFailure}, apart from failures of the output.
 */
final class StrictUtf8Reader extends Reader {

  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final LongConsumer onRead;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] byteArray = new byte[BUFFER];
  private final ByteBuffer bytes = ByteBuffer.wrap(byteArray).limit(0);
  private final CharBuffer chars = CharBuffer.allocate(BUFFER).limit(0);
  /** Offset in the input of {@code byteArray[0]}. */
  private long bufferOffset;
  private long charsRead;
  private boolean eof;
  private boolean decodedAll;
  private InputFailure pending;

  /**
   * @param in the bytes; not closed by {@link #close()} when it is standard input
   * @param onRead told the number of bytes read so far after each read from {@code in}
   */
  StrictUtf8Reader(InputStream in, LongConsumer onRead) {
    this.in = Objects.requireNonNull(in, "in");
    this.onRead = Objects.requireNonNull(onRead, "onRead");
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, cbuf.length);
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (!decodeMore()) {
        return -1;
      }
    }
    int n = Math.min(len, chars.remaining());
    chars.get(cbuf, off, n);
    charsRead += n;
    return n;
  }

  /** Returns the number of chars handed out so far. */
  long charsRead() {
    return charsRead;
  }

  /** Returns the number of bytes read from the input so far. */
  long bytesRead() {
    return bufferOffset + bytes.limit();
  }

  /** Refills {@code chars}; false at the end of the input; throws an error once it is reached. */
  private boolean decodeMore() throws IOException {
    if (pending != null) {
      throw pending;
    }
    if (decodedAll) {
      return false;
    }
    chars.clear();
    while (chars.position() == 0) {
      CoderResult result = decoder.decode(bytes, chars, eof);
      if (result.isError()) {
        // The decoder stops at the first byte of the bad sequence (or of a truncated one at EOF).
        pending = new InputFailure(
            "the input is not valid UTF-8 (byte " + (bufferOffset + bytes.position()) + ")");
        break;
      }
      if (result.isOverflow()) {
        break;
      }
      if (eof) {
        decoder.flush(chars);
        decodedAll = true;
        break;
      }
      readBytes();
    }
    chars.flip();
    if (chars.hasRemaining()) {
      return true;
    }
    if (pending != null) {
      throw pending;
    }
    return !decodedAll;
  }

  private void readBytes() throws InputFailure {
    bufferOffset += bytes.position();
    bytes.compact();
    int n;
    try {
      n = in.read(byteArray, bytes.position(), bytes.remaining());
    } catch (IOException e) {
      // An I/O error's message comes from the system ("Is a directory"), never from the data.
      throw new InputFailure("cannot read the input: "
          + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
    }
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
    onRead.accept(bytesRead());
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
