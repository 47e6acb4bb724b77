package dev.blindspot.detect.regex;

/**
* Keccak-256 as used by Ethereum: the Keccak[c=512] sponge of the final SHA-3 submission
* (Bertoni, Daemen, Peeters, Van Assche, "The Keccak reference", version 3.0) with the original
* pad10*1 padding whose first byte is 0x01. FIPS 202 SHA3-256 differs only in that first padding
* byte (0x06), so the JDK's "SHA3-256" cannot be used for EIP-55.
*/
final class Keccak256 {

  private static final int RATE_BYTES = 136; // (1600 - 2 * 256) / 8

  private static final long[] ROUND_CONSTANTS = new long[24];
  // Rotation offsets indexed by lane x + 5y.
  private static final int[] RHO = new int[25];

  static {
    // Round constants from the spec's LFSR x^8 + x^6 + x^5 + x^4 + 1 rather than a literal
    // table, so a mistyped constant is impossible.
    int lfsr = 1;
    for (int round = 0; round < 24; round++) {
      long rc = 0;
      for (int j = 0; j < 7; j++) {
        if ((lfsr & 1) != 0) {
          rc |= 1L << ((1 << j) - 1);
        }
        lfsr = (lfsr & 0x80) != 0 ? ((lfsr << 1) ^ 0x71) & 0xFF : lfsr << 1;
      }
      ROUND_CONSTANTS[round] = rc;
    }
    // Rotation offsets from the spec's walk (x, y) -> (y, 2x + 3y) starting at (1, 0).
    int x = 1;
    int y = 0;
    for (int t = 0; t < 24; t++) {
      RHO[x + 5 * y] = ((t + 1) * (t + 2) / 2) % 64;
      int nx = y;
      y = (2 * x + 3 * y) % 5;
      x = nx;
    }
  }

  private Keccak256() {
  }

  static byte[] hash(byte[] message) {
    return sponge(message, (byte) 0x01);
  }

  /**
  * The 256-bit-capacity sponge with a caller-chosen first padding byte; exposed to the package
  * so the permutation can be cross-checked against the JDK's SHA3-256 (padding byte 0x06).
  */
  static byte[] sponge(byte[] message, byte firstPad) {
    long[] state = new long[25];
    int offset = 0;
    while (message.length - offset >= RATE_BYTES) {
      absorb(state, message, offset, RATE_BYTES);
      permute(state);
      offset += RATE_BYTES;
    }
    byte[] last = new byte[RATE_BYTES];
    int remaining = message.length - offset;
    System.arraycopy(message, offset, last, 0, remaining);
    last[remaining] ^= firstPad;
    last[RATE_BYTES - 1] ^= (byte) 0x80;
    absorb(state, last, 0, RATE_BYTES);
    permute(state);
    byte[] out = new byte[32];
    for (int i = 0; i < 32; i++) {
      out[i] = (byte) (state[i >>> 3] >>> (8 * (i & 7)));
    }
    return out;
  }

  private static void absorb(long[] state, byte[] block, int offset, int length) {
    for (int i = 0; i < length; i++) {
      state[i >>> 3] ^= (block[offset + i] & 0xFFL) << (8 * (i & 7));
    }
  }

  /** Keccak-f[1600]: 24 rounds of theta, rho, pi, chi, iota. */
  private static void permute(long[] a) {
    long[] c = new long[5];
    long[] b = new long[25];
    for (int round = 0; round < 24; round++) {
      for (int x = 0; x < 5; x++) {
        c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
      }
      for (int x = 0; x < 5; x++) {
        long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
        for (int y = 0; y < 25; y += 5) {
          a[x + y] ^= d;
        }
      }
      for (int x = 0; x < 5; x++) {
        for (int y = 0; y < 5; y++) {
          // pi moves lane (x, y) to (y, 2x + 3y).
          b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], RHO[x + 5 * y]);
        }
      }
      for (int y = 0; y < 25; y += 5) {
        for (int x = 0; x < 5; x++) {
          a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
        }
      }
      a[0] ^= ROUND_CONSTANTS[round];
    }
  }
}
