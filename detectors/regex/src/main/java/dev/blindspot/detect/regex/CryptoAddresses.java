package dev.blindspot.detect.regex;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
* Cryptocurrency address validators. Unlike the other validators these are case-sensitive and
* must receive the candidate exactly as written (Base58 and EIP-55 carry information in case).
*/
final class CryptoAddresses {

  private CryptoAddresses() {
  }

  // ---------------------------------------------------------------- Base58Check

  private static final String BASE58_ALPHABET =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final byte[] BASE58_INDEX = new byte[128];

  static {
    java.util.Arrays.fill(BASE58_INDEX, (byte) -1);
    for (int i = 0; i < BASE58_ALPHABET.length(); i++) {
      BASE58_INDEX[BASE58_ALPHABET.charAt(i)] = (byte) i;
    }
  }

  /**
  * Bitcoin legacy address (Bitcoin Core base58.cpp / Bitcoin wiki "Base58Check encoding"):
  * Base58 decodes to exactly 25 bytes = version (0x00 P2PKH or 0x05 P2SH) + 20-byte hash +
  * first 4 bytes of SHA-256(SHA-256(version + hash)).
  */
  static boolean bitcoinBase58(String s) {
    if (s == null || s.length() < 26 || s.length() > 35) {
      return false;
    }
    byte[] raw = new byte[25];
    // Big-endian base-256 accumulator; a value that needs more than 25 bytes is rejected.
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      int carry = ch < 128 ? BASE58_INDEX[ch] : -1;
      if (carry < 0) {
        return false;
      }
      for (int j = 24; j >= 0; j--) {
        carry += 58 * (raw[j] & 0xFF);
        raw[j] = (byte) carry;
        carry >>>= 8;
      }
      if (carry != 0) {
        return false;
      }
    }
    // Each leading '1' stands for one leading zero byte; the numeric value alone cannot tell.
    int leadingOnes = 0;
    while (leadingOnes < s.length() && s.charAt(leadingOnes) == '1') {
      leadingOnes++;
    }
    int leadingZeroBytes = 0;
    while (leadingZeroBytes < 25 && raw[leadingZeroBytes] == 0) {
      leadingZeroBytes++;
    }
    if (leadingOnes != leadingZeroBytes) {
      return false;
    }
    if (raw[0] != 0x00 && raw[0] != 0x05) {
      return false;
    }
    MessageDigest sha256 = sha256();
    sha256.update(raw, 0, 21);
    byte[] digest = sha256.digest(sha256.digest());
    for (int i = 0; i < 4; i++) {
      if (digest[i] != raw[21 + i]) {
        return false;
      }
    }
    return true;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java SE implementation must provide SHA-256.
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  // ---------------------------------------------------------------- Bech32 / Bech32m

  private static final String BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  private static final int BECH32_CONST = 1;
  private static final int BECH32M_CONST = 0x2bc830a3;

  /** Native segwit address on Bitcoin mainnet (HRP "bc"). */
  static boolean bitcoinSegwit(String s) {
    return segwit(s, "bc");
  }

  /**
  * Segwit address for the given lower-case HRP: BIP-173 (Bech32, witness version 0) and
  * BIP-350 (Bech32m, versions 1-16). Enforces no mixed case, max 90 chars, version &lt;= 16,
  * program 2-40 bytes, 20 or 32 bytes for v0, and zero padding of at most 4 bits.
  */
  static boolean segwit(String s, String hrp) {
    if (s == null || s.length() > 90) {
      return false;
    }
    int sep = s.lastIndexOf('1');
    int hrpLen = hrp.length();
    int dataLen = s.length() - sep - 1;
    if (sep != hrpLen || dataLen < 7) {
      return false;
    }
    boolean lower = false;
    boolean upper = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 33 || c > 126) {
        return false;
      }
      lower |= c >= 'a' && c <= 'z';
      upper |= c >= 'A' && c <= 'Z';
    }
    if (lower && upper) {
      return false;
    }
    int chk = 1;
    for (int i = 0; i < hrpLen; i++) {
      char c = Character.toLowerCase(s.charAt(i));
      if (c != hrp.charAt(i)) {
        return false;
      }
      chk = bech32Step(chk) ^ (c >>> 5);
    }
    chk = bech32Step(chk);
    for (int i = 0; i < hrpLen; i++) {
      chk = bech32Step(chk) ^ (hrp.charAt(i) & 31);
    }
    int version = -1;
    int acc = 0;
    int bits = 0;
    int programLen = 0;
    for (int i = 0; i < dataLen; i++) {
      int v = BECH32_CHARSET.indexOf(Character.toLowerCase(s.charAt(sep + 1 + i)));
      if (v < 0) {
        return false;
      }
      chk = bech32Step(chk) ^ v;
      if (i == 0) {
        version = v;
      } else if (i < dataLen - 6) {
        // Regroup 5-bit symbols into the witness program's bytes (BIP-173 convertbits).
        acc = (acc << 5 | v) & 0xFFF;
        bits += 5;
        if (bits >= 8) {
          bits -= 8;
          programLen++;
        }
      }
    }
    if (bits > 4 || (acc & ((1 << bits) - 1)) != 0) {
      return false;
    }
    if (version > 16 || programLen < 2 || programLen > 40) {
      return false;
    }
    if (version == 0) {
      return chk == BECH32_CONST && (programLen == 20 || programLen == 32);
    }
    return chk == BECH32M_CONST;
  }

  /** One step of the BIP-173 BCH polymod: multiply by x and reduce by the generator. */
  private static int bech32Step(int chk) {
    int top = chk >>> 25;
    chk = (chk & 0x1ffffff) << 5;
    if ((top & 1) != 0) {
      chk ^= 0x3b6a57b2;
    }
    if ((top & 2) != 0) {
      chk ^= 0x26508e6d;
    }
    if ((top & 4) != 0) {
      chk ^= 0x1ea119fa;
    }
    if ((top & 8) != 0) {
      chk ^= 0x3d4233dd;
    }
    if ((top & 16) != 0) {
      chk ^= 0x2a1462b3;
    }
    return chk;
  }

  // ---------------------------------------------------------------- Ethereum

  /**
  * Ethereum address: "0x" + 40 hex digits. All-lower or all-upper hex carries no checksum and
  * is accepted on format; mixed case must satisfy EIP-55.
  */
  static boolean ethereumAddress(String s) {
    if (!isHexAddress(s)) {
      return false;
    }
    boolean lower = false;
    boolean upper = false;
    for (int i = 2; i < 42; i++) {
      char c = s.charAt(i);
      lower |= c >= 'a' && c <= 'f';
      upper |= c >= 'A' && c <= 'F';
    }
    return !(lower && upper) || eip55(s);
  }

  /**
  * EIP-55 mixed-case checksum: the i-th hex letter is upper case iff the i-th nibble of
  * Keccak-256(lower-case hex address, ASCII, without 0x) is &gt;= 8.
  */
  static boolean eip55(String s) {
    if (!isHexAddress(s)) {
      return false;
    }
    byte[] ascii = new byte[40];
    for (int i = 0; i < 40; i++) {
      ascii[i] = (byte) Character.toLowerCase(s.charAt(i + 2));
    }
    byte[] hash = Keccak256.hash(ascii);
    for (int i = 0; i < 40; i++) {
      char c = s.charAt(i + 2);
      if (c >= '0' && c <= '9') {
        continue;
      }
      int nibble = (i & 1) == 0 ? (hash[i >>> 1] >>> 4) & 0xF : hash[i >>> 1] & 0xF;
      boolean wantUpper = nibble >= 8;
      if (wantUpper != (c >= 'A' && c <= 'F')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHexAddress(String s) {
    if (s == null || s.length() != 42 || s.charAt(0) != '0'
        || (s.charAt(1) != 'x' && s.charAt(1) != 'X')) {
      return false;
    }
    for (int i = 2; i < 42; i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
        return false;
      }
    }
    return true;
  }
}
