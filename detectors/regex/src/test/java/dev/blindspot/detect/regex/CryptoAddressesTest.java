package dev.blindspot.detect.regex;

import static dev.blindspot.detect.regex.TestSupport.assertRobust;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CryptoAddressesTest {

  private static final HexFormat HEX = HexFormat.of();

  // ------------------------------------------------ Keccak-256

  @Test
  void keccakKnownAnswers() {
    // Keccak team / Ethereum known answers: "", "abc", and the pangram.
    assertEquals("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
        HEX.formatHex(Keccak256.hash(new byte[0])));
    assertEquals("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45",
        HEX.formatHex(Keccak256.hash("abc".getBytes(StandardCharsets.US_ASCII))));
    assertEquals("4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15",
        HEX.formatHex(Keccak256.hash("The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.US_ASCII))));
  }

  @Test
  void spongeMatchesJdkSha3AcrossBlockBoundaries() throws Exception {
    // SHA3-256 = same permutation and rate, padding byte 0x06: checks permutation, absorption
    // of multiple blocks and padding placement at every length around the 136-byte rate.
    Random rnd = new Random(50);
    MessageDigest sha3 = MessageDigest.getInstance("SHA3-256");
    for (int len = 0; len <= 420; len++) {
      byte[] m = new byte[len];
      rnd.nextBytes(m);
      assertArrayEquals(sha3.digest(m), Keccak256.sponge(m, (byte) 0x06), "length " + len);
    }
  }

  // ------------------------------------------------ Ethereum

  // EIP-55 specification test cases (all caps, all lower, normal).
  private static final String[] EIP55 = {
    "0x52908400098527886E0F7030069857D2E4169EE7",
    "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
    "0xde709f2102306220921060314715629080e2fb77",
    "0x27b1fdb04752bbc536007a920d24acb045561c26",
    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
    "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
    "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
    "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
  };

  /** EIP-55 encoding written from the EIP text, using the (separately verified) Keccak. */
  static String toChecksum(String lowerHex40) {
    String h = HEX.formatHex(Keccak256.hash(lowerHex40.getBytes(StandardCharsets.US_ASCII)));
    StringBuilder sb = new StringBuilder("0x");
    for (int i = 0; i < 40; i++) {
      char c = lowerHex40.charAt(i);
      sb.append(Character.digit(h.charAt(i), 16) >= 8 ? Character.toUpperCase(c) : c);
    }
    return sb.toString();
  }

  @Test
  void ethereum() {
    for (String a : EIP55) {
      assertTrue(CryptoAddresses.ethereumAddress(a), a);
    }
    for (int i = 3; i < EIP55.length; i++) {
      assertEquals(EIP55[i], toChecksum(EIP55[i].substring(2).toLowerCase()));
      assertTrue(CryptoAddresses.eip55(EIP55[i]));
    }
    Random rnd = new Random(51);
    int invalid = 0;
    for (int n = 0; n < 200; n++) {
      byte[] raw = new byte[20];
      rnd.nextBytes(raw);
      String good = toChecksum(HEX.formatHex(raw));
      assertTrue(CryptoAddresses.ethereumAddress(good), good);
      assertTrue(CryptoAddresses.eip55(good), good);
      // Flipping the case of one letter must break the checksum.
      List<Integer> letters = new ArrayList<>();
      for (int i = 2; i < 42; i++) {
        if (Character.isLetter(good.charAt(i))) {
          letters.add(i);
        }
      }
      if (letters.size() >= 2) {
        int i = letters.get(rnd.nextInt(letters.size()));
        char c = good.charAt(i);
        String bad = TestSupport.replace(good, i, Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        boolean stillMixed = !bad.substring(2).equals(bad.substring(2).toLowerCase()) && !bad.substring(2).equals(bad.substring(2).toUpperCase());
        assertFalse(CryptoAddresses.eip55(bad), bad);
        if (stillMixed) {
          assertFalse(CryptoAddresses.ethereumAddress(bad), bad);
          invalid++;
        }
      }
      assertFalse(CryptoAddresses.ethereumAddress(good.substring(0, 41)));
      assertFalse(CryptoAddresses.ethereumAddress(good + "0"));
      assertFalse(CryptoAddresses.ethereumAddress("1x" + good.substring(2)));
      assertFalse(CryptoAddresses.ethereumAddress(good.substring(0, 41) + "g"));
    }
    assertTrue(invalid >= 10);
    assertRobust(CryptoAddresses::ethereumAddress);
    assertRobust(CryptoAddresses::eip55);
  }

  // ------------------------------------------------ Base58Check

  private static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  static String base58Check(byte[] payload) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    byte[] check = sha.digest(sha.digest(payload));
    byte[] full = new byte[payload.length + 4];
    System.arraycopy(payload, 0, full, 0, payload.length);
    System.arraycopy(check, 0, full, payload.length, 4);
    BigInteger n = new BigInteger(1, full);
    StringBuilder sb = new StringBuilder();
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(BigInteger.valueOf(58));
      sb.append(B58.charAt(qr[1].intValue()));
      n = qr[0];
    }
    for (int i = 0; i < full.length && full[i] == 0; i++) {
      sb.append('1');
    }
    return sb.reverse().toString();
  }

  @Test
  void bitcoinBase58() throws Exception {
    // Genesis block coinbase address and the Bitcoin wiki's P2PKH / P2SH examples.
    for (String a : new String[] {"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",
        "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"}) {
      assertTrue(CryptoAddresses.bitcoinBase58(a), a);
    }
    for (String a : new String[] {"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN",
        "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNL0", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN22"}) {
      assertFalse(CryptoAddresses.bitcoinBase58(a), a);
    }
    Random rnd = new Random(52);
    int swapsRejected = 0;
    for (int n = 0; n < 200; n++) {
      byte[] payload = new byte[21];
      rnd.nextBytes(payload);
      payload[0] = (byte) (rnd.nextBoolean() ? 0x00 : 0x05);
      if (n % 10 == 0) {
        payload[1] = 0; // exercise extra leading zero bytes
      }
      String a = base58Check(payload);
      assertTrue(CryptoAddresses.bitcoinBase58(a), a);
      int i = rnd.nextInt(a.length() - 1) + 1;
      char r;
      do {
        r = B58.charAt(rnd.nextInt(58));
      } while (r == a.charAt(i));
      assertFalse(CryptoAddresses.bitcoinBase58(TestSupport.replace(a, i, r)));
      int j = 1 + rnd.nextInt(a.length() - 2);
      if (a.charAt(j) != a.charAt(j + 1)) {
        String sw = a.substring(0, j) + a.charAt(j + 1) + a.charAt(j) + a.substring(j + 2);
        assertFalse(CryptoAddresses.bitcoinBase58(sw), sw);
        swapsRejected++;
      }
      assertFalse(CryptoAddresses.bitcoinBase58(a.substring(0, a.length() - 1)));
      assertFalse(CryptoAddresses.bitcoinBase58(a + "1"));
      assertFalse(CryptoAddresses.bitcoinBase58(TestSupport.replace(a, i, '0')));
      // Other version bytes (e.g. 0x6f testnet) are not Bitcoin mainnet.
      byte[] other = payload.clone();
      other[0] = 0x6f;
      assertFalse(CryptoAddresses.bitcoinBase58(base58Check(other)));
    }
    assertTrue(swapsRejected >= 10);
    assertRobust(CryptoAddresses::bitcoinBase58);
  }

  // ------------------------------------------------ Bech32 / Bech32m

  @Test
  void segwitBip350Vectors() {
    // BIP-350 "Test vectors for v0-v16 native segregated witness addresses".
    String[] valid = {
      "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
      "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7",
      "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y",
      "BC1SW50QGDZ25J",
      "bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs",
      "tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy",
      "tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c",
      "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
    };
    for (String a : valid) {
      String hrp = a.substring(0, 2).toLowerCase();
      assertTrue(CryptoAddresses.segwit(a, hrp), a);
      assertEquals(hrp.equals("bc"), CryptoAddresses.bitcoinSegwit(a), a);
    }
    String[] invalid = {
      "tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut",
      "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd",
      "tb1z0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqglt7rf",
      "BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL",
      "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh",
      "tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47",
      "bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4",
      "BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R",
      "bc1pw5dgrnzv",
      "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav",
      "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P",
      "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq",
      "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf",
      "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j",
      "bc1gmk9yu",
    };
    for (String a : invalid) {
      assertFalse(CryptoAddresses.segwit(a, "bc"), a);
      assertFalse(CryptoAddresses.segwit(a, "tb"), a);
    }
  }

  private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

  /** BIP-173 reference polymod, written over a list of 5-bit values as in the BIP text. */
  static int polymod(List<Integer> values) {
    int[] gen = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    int chk = 1;
    for (int v : values) {
      int b = chk >>> 25;
      chk = (chk & 0x1ffffff) << 5 ^ v;
      for (int i = 0; i < 5; i++) {
        if (((b >> i) & 1) == 1) {
          chk ^= gen[i];
        }
      }
    }
    return chk;
  }

  static String encodeSegwit(String hrp, int version, byte[] program) {
    List<Integer> data = new ArrayList<>();
    data.add(version);
    int acc = 0;
    int bits = 0;
    for (byte b : program) {
      acc = acc << 8 | (b & 0xFF);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        data.add((acc >> bits) & 31);
      }
    }
    if (bits > 0) {
      data.add((acc << (5 - bits)) & 31);
    }
    List<Integer> values = new ArrayList<>();
    for (char c : hrp.toCharArray()) {
      values.add(c >> 5);
    }
    values.add(0);
    for (char c : hrp.toCharArray()) {
      values.add(c & 31);
    }
    values.addAll(data);
    for (int i = 0; i < 6; i++) {
      values.add(0);
    }
    int mod = polymod(values) ^ (version == 0 ? 1 : 0x2bc830a3);
    StringBuilder sb = new StringBuilder(hrp).append('1');
    for (int d : data) {
      sb.append(CHARSET.charAt(d));
    }
    for (int i = 0; i < 6; i++) {
      sb.append(CHARSET.charAt((mod >> (5 * (5 - i))) & 31));
    }
    return sb.toString();
  }

  @Test
  void segwitGenerated() {
    Random rnd = new Random(53);
    for (int n = 0; n < 300; n++) {
      int version = n % 3 == 0 ? 0 : rnd.nextInt(17);
      int len = version == 0 ? (rnd.nextBoolean() ? 20 : 32) : 2 + rnd.nextInt(39);
      byte[] program = new byte[len];
      rnd.nextBytes(program);
      String a = encodeSegwit("bc", version, program);
      assertTrue(CryptoAddresses.bitcoinSegwit(a), a);
      assertTrue(CryptoAddresses.bitcoinSegwit(a.toUpperCase()), a);
      // BCH code: every substitution and adjacent swap in the data part is detected.
      int i = 3 + rnd.nextInt(a.length() - 3);
      char r;
      do {
        r = CHARSET.charAt(rnd.nextInt(32));
      } while (r == a.charAt(i));
      assertFalse(CryptoAddresses.bitcoinSegwit(TestSupport.replace(a, i, r)));
      int j = 3 + rnd.nextInt(a.length() - 4);
      if (a.charAt(j) != a.charAt(j + 1)) {
        assertFalse(CryptoAddresses.bitcoinSegwit(a.substring(0, j) + a.charAt(j + 1) + a.charAt(j) + a.substring(j + 2)));
      }
      assertFalse(CryptoAddresses.bitcoinSegwit("tb" + a.substring(2)));
      for (int k = 4; k < a.length(); k++) {
        if (Character.isLetter(a.charAt(k))) {
          String mixed = a.substring(0, k) + Character.toUpperCase(a.charAt(k)) + a.substring(k + 1);
          assertFalse(CryptoAddresses.bitcoinSegwit(mixed), mixed);
          break;
        }
      }
    }
    // Version 0 with a non-20/32 program and version 17+ are invalid.
    assertFalse(CryptoAddresses.bitcoinSegwit(encodeSegwit("bc", 0, new byte[21])));
    assertFalse(CryptoAddresses.bitcoinSegwit(encodeSegwit("bc", 1, new byte[41])));
    assertFalse(CryptoAddresses.bitcoinSegwit(encodeSegwit("bc", 1, new byte[1])));
    assertRobust(CryptoAddresses::bitcoinSegwit);
  }
}
