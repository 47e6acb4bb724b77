package dev.blindspot.detect.fuzzy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.text.TextView;
import dev.blindspot.text.ViewFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Seeded random text mixing every obfuscation: each view's text and offset map are compared,
 * char by char, with a deliberately slow and obvious reference (in the spirit of Lucene's
 * TestMappingCharFilter); the composed view with the composition of the references; and every
 * view, the value-specific ones included, never maps a span boundary into the middle of a
 * surrogate pair.
 */
class ViewOffsetsRandomizedTest {

  private static final String[] PIECES = {
    "john", "Marie", "06", "12", "4111", " ", "  ", ".", "@", "-", "\n", "\u200b", "\u200d",
    "\u00ad", "\u202e", "\ufeff", "ｊｏｈｎ", "＠", "．", "０６", "٠٦١٢", "०६", "\u2013", "\u00a0",
    "\u3000", "j\u043ehn", "gm\u0430il", "собака", "почта", "\uD835\uDC1A\uD835\uDC1B", "\uD83D\uDE00",
    "&#64;", "&#x40;", "&commat;", "&period;", "&amp;", "&eacute;", "&#0;", "&zz;", "&#64",
    "%40", "%2E", "%C3%A9", "%E2%80%8B", "%C3", "%zz", "100%", "zéro six", "douze", "O6", "l2",
    "trente-quatre", " at ", " dot ", "[at]", "(dot)", "é", "e\u0301", "hxxps://", "www", "[.]",
    " slash ", "com", " : ", "1D", "fe80", " point "
  };

  /** A view as the reference computes it: its text and, per char, the source span. */
  private record Mapped(String text, int[] starts, int[] ends) {
    static Mapped identity(String text) {
      int[] s = new int[text.length()];
      int[] e = new int[text.length()];
      for (int i = 0; i < s.length; i++) {
        s[i] = i;
        e[i] = i + 1;
      }
      return new Mapped(text, s, e);
    }

    /** Maps this view, built on {@code base}, through it to the base's source. */
    Mapped through(Mapped base) {
      int[] s = new int[starts.length];
      int[] e = new int[ends.length];
      for (int i = 0; i < s.length; i++) {
        s[i] = base.starts[starts[i]];
        e[i] = base.ends[ends[i] - 1];
      }
      return new Mapped(text, s, e);
    }
  }

  /** Builds a reference view piece by piece. */
  private static final class Out {
    final StringBuilder text = new StringBuilder();
    final List<int[]> spans = new ArrayList<>();

    void emit(String chars, int start, int end) {
      for (int i = 0; i < chars.length(); i++) {
        text.append(chars.charAt(i));
        spans.add(new int[] {start, end});
      }
    }

    Mapped done() {
      int[] s = new int[spans.size()];
      int[] e = new int[spans.size()];
      for (int i = 0; i < s.length; i++) {
        s[i] = spans.get(i)[0];
        e[i] = spans.get(i)[1];
      }
      return new Mapped(text.toString(), s, e);
    }
  }

  private static Mapped invisibleReference(String text) {
    Out out = new Out();
    for (int i = 0; i < text.length(); i++) {
      if ("\u00ad\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
          .indexOf(text.charAt(i)) < 0) {
        out.emit(String.valueOf(text.charAt(i)), i, i + 1);
      }
    }
    return out.done();
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}\\p{Nl}\\p{No}\\p{Mn}\\p{Mc}\\u00ad\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff]+");

  private static Mapped foldReference(String text) {
    FoldTable table = FoldTable.get();
    boolean[] inMixedWord = new boolean[text.length()];
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      boolean latin = m.group().chars().anyMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
          || (table.kind(c) == FoldTable.FULLWIDTH && Character.isLetter(c)));
      Arrays.fill(inMixedWord, m.start(), m.end(), latin);
    }
    Out out = new Out();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      int kind = table.kind(cp);
      if (kind == FoldTable.NONE || (kind == FoldTable.HOMOGLYPH && !inMixedWord[i])) {
        out.emit(text.substring(i, i + n), i, i + n);
        if (n == 2) { // copied chars map one to one
          out.spans.set(out.spans.size() - 2, new int[] {i, i + 1});
          out.spans.set(out.spans.size() - 1, new int[] {i + 1, i + 2});
        }
      } else {
        out.emit(String.valueOf(table.target(cp)), i, i + n);
      }
      i += n;
    }
    return out.done();
  }

  private static final Map<String, String> NAMED =
      Map.of("commat", "@", "period", ".", "amp", "&", "eacute", "é");
  private static final Pattern ENTITY =
      Pattern.compile("&#[xX]([0-9a-fA-F]{1,7});?|&#([0-9]{1,7});?|&([A-Za-z]+);");

  private static Mapped htmlReference(String text) {
    Out out = new Out();
    Matcher m = ENTITY.matcher(text);
    int copied = 0;
    while (m.find()) {
      String decoded = null;
      if (m.group(3) != null) {
        decoded = NAMED.get(m.group(3));
      } else {
        int cp = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2),
            m.group(1) != null ? 16 : 10);
        boolean valid = cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0) && !(cp >= 0xd800 && cp < 0xe000)
            && cp <= Character.MAX_CODE_POINT;
        decoded = valid ? new String(Character.toChars(cp)) : null;
      }
      if (decoded == null) {
        continue;
      }
      for (int i = copied; i < m.start(); i++) {
        out.emit(String.valueOf(text.charAt(i)), i, i + 1);
      }
      out.emit(decoded, m.start(), m.end());
      copied = m.end();
    }
    for (int i = copied; i < text.length(); i++) {
      out.emit(String.valueOf(text.charAt(i)), i, i + 1);
    }
    return out.done();
  }

  private static Mapped urlReference(String text) {
    Out out = new Out();
    int i = 0;
    while (i < text.length()) {
      int done = -1;
      // Try the longest well-formed UTF-8 sequence of escapes starting here, 4 bytes down to 1.
      for (int bytes = 4; bytes >= 1 && done < 0; bytes--) {
        int end = i + 3 * bytes;
        if (end > text.length() || !text.substring(i, end).matches("(%[0-9A-Fa-f]{2})+")) {
          continue;
        }
        byte[] raw = new byte[bytes];
        for (int k = 0; k < bytes; k++) {
          raw[k] = (byte) Integer.parseInt(text.substring(i + 3 * k + 1, i + 3 * k + 3), 16);
        }
        String decoded = new String(raw, StandardCharsets.UTF_8);
        int cp = decoded.isEmpty() ? -1 : decoded.codePointAt(0);
        boolean one = !decoded.isEmpty() && decoded.length() == Character.charCount(cp)
            && Arrays.equals(decoded.getBytes(StandardCharsets.UTF_8), raw) && cp != 0xFFFD;
        if (one && cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0)) {
          out.emit(decoded, i, end);
          done = end;
        }
      }
      if (done < 0) {
        out.emit(String.valueOf(text.charAt(i)), i, i + 1);
        done = i + 1;
      }
      i = done;
    }
    return out.done();
  }

  private static String randomText(Random random) {
    StringBuilder sb = new StringBuilder();
    int pieces = 1 + random.nextInt(30);
    for (int i = 0; i < pieces; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  private static void assertSameMap(Mapped expected, TextView view, String text) {
    assertEquals(expected.text(), view.text().toString(), () -> "text of [" + text + "]");
    for (int i = 0; i < expected.starts().length; i++) {
      int at = i;
      assertEquals(expected.starts()[i], view.originalStart(i), () -> "start " + at + " of [" + text + "]");
      assertEquals(expected.ends()[i], view.originalEnd(i + 1), () -> "end " + at + " of [" + text + "]");
    }
  }

  private static void check(
      ViewFactory factory, long seed, Function<String, Mapped> reference) {
    Random random = new Random(seed);
    for (int n = 0; n < 6_000; n++) {
      String text = randomText(random);
      assertSameMap(reference.apply(text), factory.create(TextView.of(text)), text);
    }
  }

  @Test
  void invisibleCharsView() {
    check(InvisibleCharsView.FACTORY, 1L, ViewOffsetsRandomizedTest::invisibleReference);
  }

  @Test
  void unicodeFoldView() {
    check(UnicodeFoldView.FACTORY, 2L, ViewOffsetsRandomizedTest::foldReference);
  }

  @Test
  void htmlEntityView() {
    check(HtmlEntityView.FACTORY, 3L, ViewOffsetsRandomizedTest::htmlReference);
  }

  @Test
  void urlDecodeView() {
    check(UrlDecodeView.FACTORY, 4L, ViewOffsetsRandomizedTest::urlReference);
  }

  @Test
  void composedNormalizedViewIsTheCompositionOfTheReferences() {
    check(NormalizedView.FACTORY, 5L, text -> {
      Mapped html = htmlReference(text);
      Mapped url = urlReference(html.text()).through(html);
      Mapped invisible = invisibleReference(url.text()).through(url);
      return foldReference(invisible.text()).through(invisible);
    });
  }

  @Test
  void noViewSplitsASurrogatePairAndEverySpanIsOrdered() {
    Random random = new Random(6L);
    List<ViewFactory> factories = List.of(
        NormalizedView.FACTORY,
        original -> ObfuscatedEmailView.FACTORY.create(NormalizedView.FACTORY.create(original)),
        original -> DigitsView.forLanguages(NumberWords.ALL)
            .create(NormalizedView.FACTORY.create(original)),
        original -> DigitsView.forLanguages(NumberWords.ALL).create(
            ObfuscatedUrlView.FACTORY.create(NormalizedView.FACTORY.create(original))));
    int changed = 0;
    for (int n = 0; n < 6_000; n++) {
      String text = randomText(random);
      for (ViewFactory factory : factories) {
        TextView v = factory.create(TextView.of(text));
        changed += v.isOriginal() ? 0 : 1;
        String viewText = v.text().toString();
        for (int i = 0; i <= v.length(); i++) {
          if (splits(viewText, i)) {
            continue; // an offset inside a pair of the view splits it already
          }
          int start = i < v.length() ? v.originalStart(i) : text.length();
          int end = v.originalEnd(i);
          int at = i;
          assertFalse(splits(text, start), () -> factory + " start " + at + " splits a pair in [" + text + "]");
          assertFalse(splits(text, end), () -> factory + " end " + at + " splits a pair in [" + text + "]");
          if (i < v.length()) {
            assertTrue(v.originalStart(i) < v.originalEnd(i + 1), text);
          }
        }
      }
    }
    assertTrue(changed > 9_000, "changed views: " + changed);
  }

  private static boolean splits(String text, int offset) {
    return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
        && Character.isLowSurrogate(text.charAt(offset));
  }
}
