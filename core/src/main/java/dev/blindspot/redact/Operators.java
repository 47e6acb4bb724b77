package dev.blindspot.redact;

import dev.blindspot.Finding;
import dev.blindspot.PiiType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The built-in redaction operators. Each is thread-safe; stateful ones hand out a fresh
 * per-document instance from {@link Operator#forDocument()}.
 */
public final class Operators {

  /** The largest key file {@link #readHmacKey} reads, in bytes. */
  public static final long MAX_HMAC_KEY_FILE_BYTES = 64 * 1024;

  /** The shortest HMAC key accepted, in bytes (128 bits). */
  public static final int MIN_HMAC_KEY_BYTES = 16;

  private static final Operator TYPE_TAG =
      (finding, value) -> "<" + Objects.requireNonNull(finding, "finding").type() + ">";

  private Operators() {}

  /**
   * Replaces each finding with its type in angle brackets: {@code <EMAIL_ADDRESS>}. The default.
   *
   * @return the operator
   */
  public static Operator typeTag() {
    return TYPE_TAG;
  }

  /**
   * Replaces each finding with a numbered tag, consistent within a document: the first person
   * becomes {@code <PERSON_1>} wherever it appears, the second {@code <PERSON_2>}. Values are
   * compared ignoring case and runs of white space. Numbers restart with every document; the
   * per-document table grows with the number of distinct values.
   *
   * @return the operator
   */
  public static Operator pseudonyms() {
    return new Operator() {
      @Override
      public String replacement(Finding finding, CharSequence value) {
        throw new IllegalStateException(
            "pseudonyms are numbered per document: call forDocument() and use its result");
      }

      @Override
      public Operator forDocument() {
        return new PseudonymTable();
      }

      @Override
      public String toString() {
        return "Operators.pseudonyms()";
      }
    };
  }

  /**
   * Masks letters and digits with {@code '*'}, keeping punctuation and separators, the first char,
   * and for e-mail addresses the top-level domain: {@code john.smith@outlook.com} becomes {@code
   * j***.*****@*******.com}.
   *
   * @return the operator
   */
  public static Operator mask() {
    return mask('*');
  }

  /**
   * Like {@link #mask()} with another masking char.
   *
   * @param maskChar the char that stands for each hidden letter or digit
   * @return the operator
   * @throws IllegalArgumentException if {@code maskChar} is a letter, a digit or a surrogate
   */
  public static Operator mask(char maskChar) {
    if (Character.isLetterOrDigit(maskChar) || Character.isSurrogate(maskChar)) {
      throw new IllegalArgumentException("mask char must not be a letter, digit or surrogate");
    }
    return (finding, value) ->
        masked(
            Objects.requireNonNull(finding, "finding").type(),
            Objects.requireNonNull(value, "value"),
            maskChar);
  }

  /**
   * Replaces each finding with a keyed HMAC-SHA256 of its value: {@code
   * <EMAIL_ADDRESS:9f86d081884c7d659a2feaa0c55ad015>} (the first 128 bits, in hex). The same value
   * under the same key always gives the same tag, so redacted records can still be joined; without
   * the key the value cannot be recovered by hashing guesses. Keep the key secret and out of
   * command lines.
   *
   * @param key the secret key, at least {@value #MIN_HMAC_KEY_BYTES} bytes; copied
   * @return the operator
   * @throws IllegalArgumentException if the key is shorter than {@value #MIN_HMAC_KEY_BYTES} bytes
   */
  public static Operator hmac(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < MIN_HMAC_KEY_BYTES) {
      throw new IllegalArgumentException(
          "HMAC key must be at least " + MIN_HMAC_KEY_BYTES + " bytes, got " + key.length);
    }
    return new HmacOperator(new SecretKeySpec(Arrays.copyOf(key, key.length), "HmacSHA256"));
  }

  /**
   * Reads a key for {@link #hmac} from a file: its bytes, without the line ends that an editor or
   * {@code echo} leaves at the end. The caller owns the array and should zero it once the operator
   * is built. A file larger than {@value #MAX_HMAC_KEY_FILE_BYTES} bytes is refused: it is not a
   * key.
   *
   * @param file the key file
   * @return the key, possibly shorter than {@value #MIN_HMAC_KEY_BYTES} bytes (which {@link #hmac}
   *     refuses)
   * @throws IllegalArgumentException if the file is larger than {@value #MAX_HMAC_KEY_FILE_BYTES}
   *     bytes; the message names the file
   * @throws IOException if the file cannot be read
   */
  public static byte[] readHmacKey(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    if (Files.size(file) > MAX_HMAC_KEY_FILE_BYTES) {
      throw new IllegalArgumentException("the HMAC key file '" + file + "' is larger than "
          + MAX_HMAC_KEY_FILE_BYTES + " bytes: is it the right file?");
    }
    byte[] key = Files.readAllBytes(file);
    int length = key.length;
    while (length > 0 && (key[length - 1] == '\n' || key[length - 1] == '\r')) {
      length--;
    }
    if (length == key.length) {
      return key;
    }
    byte[] trimmed = Arrays.copyOf(key, length);
    Arrays.fill(key, (byte) 0);
    return trimmed;
  }

  static String masked(PiiType type, CharSequence value, char maskChar) {
    String s = value.toString();
    int keepFrom = s.length();
    if (type.equals(PiiType.EMAIL_ADDRESS)) {
      int at = s.lastIndexOf('@');
      int dot = s.lastIndexOf('.');
      if (at >= 0 && dot > at) {
        keepFrom = dot;
      }
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean first = true;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      if (i >= keepFrom || !Character.isLetterOrDigit(cp)) {
        sb.appendCodePoint(cp);
      } else if (first) {
        sb.appendCodePoint(cp);
        first = false;
      } else {
        sb.append(maskChar);
      }
      i += n;
    }
    return sb.toString();
  }

  private static final class PseudonymTable implements Operator {
    private final Map<PiiType, Map<String, Integer>> numbers = new HashMap<>();

    @Override
    public String replacement(Finding finding, CharSequence value) {
      Objects.requireNonNull(finding, "finding");
      Objects.requireNonNull(value, "value");
      Map<String, Integer> byValue = numbers.computeIfAbsent(finding.type(), t -> new HashMap<>());
      String key = value.toString().trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      int n = byValue.computeIfAbsent(key, k -> byValue.size() + 1);
      return "<" + finding.type() + "_" + n + ">";
    }

    @Override
    public String toString() {
      return "PseudonymTable[types=" + numbers.size() + "]";
    }
  }

  private static final class HmacOperator implements Operator {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private final SecretKeySpec key;
    private final Mac mac;

    HmacOperator(SecretKeySpec key) {
      this(key, null);
    }

    private HmacOperator(SecretKeySpec key, Mac mac) {
      this.key = key;
      this.mac = mac;
    }

    @Override
    public String replacement(Finding finding, CharSequence value) {
      Objects.requireNonNull(finding, "finding");
      Objects.requireNonNull(value, "value");
      // The shared prototype makes a Mac per call; forDocument() keeps one per document.
      Mac m = mac != null ? mac : newMac(key);
      byte[] digest = m.doFinal(value.toString().getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder(finding.type().name().length() + 35);
      sb.append('<').append(finding.type()).append(':');
      for (int i = 0; i < 16; i++) {
        sb.append(HEX[(digest[i] >> 4) & 0xF]).append(HEX[digest[i] & 0xF]);
      }
      return sb.append('>').toString();
    }

    @Override
    public Operator forDocument() {
      return new HmacOperator(key, newMac(key));
    }

    private static Mac newMac(SecretKeySpec key) {
      try {
        Mac m = Mac.getInstance("HmacSHA256");
        m.init(key);
        return m;
      } catch (NoSuchAlgorithmException | InvalidKeyException e) {
        throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
      }
    }

    @Override
    public String toString() {
      return "Operators.hmac(<key hidden>)";
    }
  }
}
