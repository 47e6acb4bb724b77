package dev.blindspot.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StrictUtf8ReaderTest {

  private static final String[] PIECES = {"a", "é", "€", "\uD83D\uDE00", "中", " ", "\n", "z"};

  private static String randomText(Random random, int codePoints) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < codePoints; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  /** Hands out at most a few random bytes per read, as pipes do. */
  private static InputStream trickle(byte[] bytes, Random random) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, 1 + random.nextInt(7)));
      }
    };
  }

  /** Reads everything with reads of random sizes, down to a single char. */
  private static String readAll(StrictUtf8Reader reader, Random random) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[100];
    int n;
    while ((n = reader.read(buf, 0, 1 + random.nextInt(buf.length))) >= 0) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  @Test
  void decodesValidUtf8WhateverTheReadSizes() throws IOException {
    Random random = new Random(1L);
    for (int round = 0; round < 50; round++) {
      String text = randomText(random, random.nextInt(40_000));
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      long[] lastCount = {0};
      StrictUtf8Reader reader = new StrictUtf8Reader(
          round % 2 == 0 ? new ByteArrayInputStream(bytes) : trickle(bytes, random),
          count -> lastCount[0] = count);
      assertEquals(text, readAll(reader, random));
      assertEquals(bytes.length, reader.bytesRead());
      assertEquals(bytes.length, lastCount[0]);
      assertEquals(text.length(), reader.charsRead());
    }
  }

  @Test
  void reportsTheOffsetOfTheFirstBadByteAfterHandingOutEverythingBefore() throws IOException {
    Random random = new Random(2L);
    byte[][] badSequences = {
      {(byte) 0xFF}, {(byte) 0xC3, 'a'}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
      {(byte) 0xC0, (byte) 0xAF}, // an overlong '/'
      {(byte) 0x80}, // a continuation byte alone
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // past U+10FFFF
    };
    for (int round = 0; round < 60; round++) {
      String before = randomText(random, random.nextInt(100_000));
      byte[] head = before.getBytes(StandardCharsets.UTF_8);
      byte[] bad = badSequences[round % badSequences.length];
      byte[] bytes = Arrays.copyOf(head, head.length + bad.length + 3);
      System.arraycopy(bad, 0, bytes, head.length, bad.length);
      bytes[bytes.length - 3] = 'e';
      bytes[bytes.length - 2] = 'n';
      bytes[bytes.length - 1] = 'd';
      StrictUtf8Reader reader = new StrictUtf8Reader(
          round % 2 == 0 ? new ByteArrayInputStream(bytes) : trickle(bytes, random), count -> {});
      StringBuilder got = new StringBuilder();
      char[] buf = new char[4096];
      InputFailure failure = assertThrows(InputFailure.class, () -> {
        int n;
        while ((n = reader.read(buf, 0, buf.length)) >= 0) {
          got.append(buf, 0, n);
        }
      });
      assertEquals("the input is not valid UTF-8 (byte " + head.length + ")", failure.getMessage());
      assertEquals(before, got.toString());
      // and it keeps failing: nothing after the bad bytes is ever handed out
      assertThrows(InputFailure.class, () -> reader.read(buf, 0, buf.length));
    }
  }

  @Test
  void aSupplementaryCharComesOutOneUnitAtATime() throws IOException {
    StrictUtf8Reader reader = new StrictUtf8Reader(
        new ByteArrayInputStream("\uD83D\uDE00".getBytes(StandardCharsets.UTF_8)), count -> {});
    char[] one = new char[1];
    assertEquals(1, reader.read(one, 0, 1));
    assertEquals('\uD83D', one[0]);
    assertEquals(1, reader.read(one, 0, 1));
    assertEquals('\uDE00', one[0]);
    assertEquals(-1, reader.read(one, 0, 1));
  }

  @Test
  void aFailingStreamIsAnInputFailureWithTheSystemsReason() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("Input/output error");
      }
    };
    InputFailure failure = assertThrows(InputFailure.class,
        () -> new StrictUtf8Reader(broken, count -> {}).read(new char[10], 0, 10));
    assertTrue(failure.getMessage().equals("cannot read the input: Input/output error"),
        failure.getMessage());
  }
}
