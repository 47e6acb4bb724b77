package dev.blindspot.benchmarks.corpus;

import java.util.List;
import java.util.Random;

/**
 * Writes input built to hurt matchers: long runs that make backtracking patterns quadratic,
 * floods of candidates, invisible and malformed chars, and one very long line. Segments follow
 * each other in a fixed cycle, each on its own line.
 */
final class AdversarialGenerator {

  /** The segment kinds, in the order they are written. */
  static final List<String> KINDS = List.of(
      "very-long-line", "run-of-one-char", "at-chain", "dotted-local-part", "digits",
      "spaced-digits", "at-dot-words", "bracket-words", "zero-width-flood", "fullwidth-flood",
      "lone-surrogates", "control-chars", "bidi-overrides", "email-candidate-flood",
      "prefix-flood", "separator-soup", "homoglyph-flood", "entity-flood", "spelled-number-flood");

  private static final String RUN_CHARS = "ax.-_0@ 9+";
  private static final char[] ZERO_WIDTH = {'\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'};

  private final Random rnd;

  AdversarialGenerator(Random rnd) {
    this.rnd = rnd;
  }

  /** Appends segments until the text holds at least {@code sizeBytes} UTF-8 bytes. */
  void generate(LabeledBuilder out, long sizeBytes) {
    int segment = (int) Math.max(512, Math.min(16_384, sizeBytes / 24));
    int longLine = (int) Math.max(4096, Math.min(1 << 20, sizeBytes / 8));
    int cycle = 0;
    while (out.utf8Bytes() < sizeBytes) {
      for (String kind : KINDS) {
        if (out.utf8Bytes() >= sizeBytes) {
          return;
        }
        segment(kind, kind.equals("very-long-line") ? longLine : segment, cycle, out);
        out.append('\n');
      }
      cycle++;
    }
  }

  private void segment(String kind, int n, int cycle, LabeledBuilder out) {
    StringBuilder sb = new StringBuilder(n + 64);
    switch (kind) {
      case "very-long-line" -> {
        String[] words = {"the", "router", "order", "10.0.19041.1237", "at", "dot", "€49,99",
          "error", "E-4012", "merci", "Bestellung", "pedido", "4012", "+33", "version", "ticket"};
        while (sb.length() < n) {
          sb.append(words[rnd.nextInt(words.length)]).append(' ');
        }
      }
      case "run-of-one-char" -> sb.append(String.valueOf(RUN_CHARS.charAt(cycle % RUN_CHARS.length())).repeat(n));
      case "at-chain" -> {
        while (sb.length() < n) {
          sb.append(cycle % 2 == 0 ? "a@" : "a.b@");
        }
      }
      case "dotted-local-part" -> {
        while (sb.length() < n) {
          sb.append((char) ('a' + rnd.nextInt(26))).append('.');
        }
        sb.append(cycle % 2 == 0 ? "@example.com" : "example");
      }
      case "digits" -> {
        while (sb.length() < n) {
          sb.append((char) ('0' + rnd.nextInt(10)));
        }
      }
      case "spaced-digits" -> {
        while (sb.length() < n) {
          sb.append((char) ('0' + rnd.nextInt(10))).append(' ');
        }
      }
      case "at-dot-words" -> {
        String[] unit = {"at dot ", "john at at at dot dot com ", "arobase point ", "[at] dot (at) ",
          "x at y dot z at "};
        while (sb.length() < n) {
          sb.append(unit[cycle % unit.length]);
        }
      }
      case "bracket-words" -> {
        String[] unit = {"[at] (dot) {at} <dot> [.] (@) ", "[[[[(((({{{{", "a [at] b [dot] "};
        while (sb.length() < n) {
          sb.append(unit[cycle % unit.length]);
        }
      }
      case "zero-width-flood" -> {
        while (sb.length() < n) {
          sb.append(ZERO_WIDTH[rnd.nextInt(ZERO_WIDTH.length)]);
          if (cycle % 2 == 1) {
            sb.append("ab@.1".charAt(rnd.nextInt(5)));
          }
        }
      }
      case "fullwidth-flood" -> {
        String unit = "ａ＠ｂ．ｃ１２３－４５６＋３３　";
        while (sb.length() < n) {
          sb.append(unit.charAt(rnd.nextInt(unit.length())));
        }
      }
      case "lone-surrogates" -> {
        while (sb.length() < n) {
          // A surrogate is always followed by an ASCII char, so no pair is ever formed.
          sb.append(rnd.nextBoolean() ? (char) (0xD800 + rnd.nextInt(0x400)) : (char) (0xDC00 + rnd.nextInt(0x400)));
          sb.append("a@1.".charAt(rnd.nextInt(4)));
        }
      }
      case "control-chars" -> {
        while (sb.length() < n) {
          int r = rnd.nextInt(6);
          char c = switch (r) {
            case 0 -> '\u0000';
            case 1 -> (char) (1 + rnd.nextInt(8));
            case 2 -> "\r\t\u000B\u000C\u007F\u0085\u2028".charAt(rnd.nextInt(7));
            default -> "0123456789@.".charAt(rnd.nextInt(12));
          };
          sb.append(c);
        }
      }
      case "bidi-overrides" -> {
        String[] unit = {"\u202Emoc.elpmaxe@nhoj\u202C ", "\u2066+33 6 12 34 56 78\u2069 ",
          "\u202D4111 1111\u202C ", "\u200F\u200E", "\u202B\u202A\u202C"};
        while (sb.length() < n) {
          sb.append(unit[rnd.nextInt(unit.length)]);
        }
      }
      case "email-candidate-flood" -> {
        while (sb.length() < n) {
          sb.append(cycle % 2 == 0 ? "a@b.co " : "x.y@z.io,");
        }
      }
      case "prefix-flood" -> {
        String[] unit = {"4111 ", "+33 ", "FR76 ", "06 ", "192.168.", "00:1A:"};
        while (sb.length() < n) {
          sb.append(unit[cycle % unit.length]);
        }
      }
      case "separator-soup" -> {
        char sep = "-./ :".charAt(cycle % 5);
        while (sb.length() < n) {
          sb.append((char) ('0' + rnd.nextInt(10))).append((char) ('0' + rnd.nextInt(10))).append(sep);
        }
      }
      case "homoglyph-flood" -> {
        String unit = "\u0430\u0435\u043E\u0440\u0441\u0445@.aeopcx\u03BF\u03B1";
        while (sb.length() < n) {
          sb.append(unit.charAt(rnd.nextInt(unit.length())));
        }
      }
      case "entity-flood" -> {
        String[] unit = {"&#64;", "&#46;", "&commat;", "%40", "%2E", "&amp;", "a"};
        while (sb.length() < n) {
          sb.append(unit[rnd.nextInt(unit.length)]);
        }
      }
      case "spelled-number-flood" -> {
        String[] words = {"zero", "one", "two", "three", "oh", "six", "soixante-dix-huit", "zéro",
          "douze", "null", "eins", "cero", "at", "dot"};
        while (sb.length() < n) {
          sb.append(words[rnd.nextInt(words.length)]).append(' ');
        }
      }
      default -> throw new IllegalStateException("unknown kind " + kind);
    }
    out.append(sb);
  }
}
