package dev.blindspot.detect.fuzzy;

import dev.blindspot.text.TextView;
import dev.blindspot.text.ViewFactory;
import java.util.HashMap;
import java.util.Map;

/**
 * The view of a text with its HTML character references decoded: numeric ({@code &#64;}, {@code
 * &#x40;}, the semicolon optional) and named ({@code &commat;}, {@code &period;}, {@code &amp;},
 * the Latin-1 letters such as {@code &eacute;}...; the semicolon required). Each reference becomes
 * its char (two for a supplementary code point), mapped back to the whole reference. References to
 * control chars, surrogates or nothing are left as written; decoding is one level deep ({@code
 * &amp;#64;} reads {@code &#64;}).
 *
 * <p>Pre-filter: the view is built only when an {@code '&'} is followed by {@code '#'} or a
 * letter. One pass, each reference read at most {@value #LONGEST} chars. Stateless and
 * thread-safe; use {@link #FACTORY}.
 */
final class HtmlEntityView implements ViewFactory {

  /** The one factory, so that views are shared within a scan. */
  static final HtmlEntityView FACTORY = new HtmlEntityView();

  /** The name of this view's step in explanations. */
  static final String STEP = "html-entities-decoded";

  /** The longest reference read, "&ZeroWidthSpace;" included. */
  private static final int LONGEST = 18;

  private static final Map<String, String> NAMED = new HashMap<>();

  static {
    String[] pairs = {
      "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", "\u00a0",
      "commat", "@", "period", ".", "lowbar", "_", "hyphen", "\u2010", "dash", "\u2010",
      "minus", "\u2212", "ndash", "\u2013", "mdash", "\u2014", "plus", "+", "num", "#",
      "colon", ":", "semi", ";", "comma", ",", "sol", "/", "bsol", "\\", "excl", "!",
      "quest", "?", "equals", "=", "percnt", "%", "dollar", "$", "ast", "*", "lpar", "(",
      "rpar", ")", "lsqb", "[", "rsqb", "]", "lbrack", "[", "rbrack", "]", "lcub", "{",
      "rcub", "}", "lbrace", "{", "rbrace", "}", "verbar", "|", "tilde", "~", "Hat", "^",
      "grave", "`", "shy", "\u00ad", "zwsp", "\u200b", "ZeroWidthSpace", "\u200b",
      "zwnj", "\u200c", "zwj", "\u200d", "ensp", "\u2002", "emsp", "\u2003",
      "thinsp", "\u2009", "Tab", "\t", "NewLine", "\n", "szlig", "\u00df", "ccedil", "\u00e7",
      "Ccedil", "\u00c7", "ntilde", "\u00f1", "Ntilde", "\u00d1", "aelig", "\u00e6",
      "AElig", "\u00c6", "oelig", "\u0153", "OElig", "\u0152", "oslash", "\u00f8",
      "Oslash", "\u00d8", "aring", "\u00e5", "Aring", "\u00c5"
    };
    for (int i = 0; i < pairs.length; i += 2) {
      NAMED.put(pairs[i], pairs[i + 1]);
    }
    // Accented vowels: &eacute; &Egrave; &ocirc; &uuml; &atilde; ...
    String[][] accents = {
      {"grave", "\u00e0\u00e8\u00ec\u00f2\u00f9", "\u00c0\u00c8\u00cc\u00d2\u00d9"},
      {"acute", "\u00e1\u00e9\u00ed\u00f3\u00fa", "\u00c1\u00c9\u00cd\u00d3\u00da"},
      {"circ", "\u00e2\u00ea\u00ee\u00f4\u00fb", "\u00c2\u00ca\u00ce\u00d4\u00db"},
      {"uml", "\u00e4\u00eb\u00ef\u00f6\u00fc", "\u00c4\u00cb\u00cf\u00d6\u00dc"},
    };
    String vowels = "aeiou";
    for (String[] accent : accents) {
      for (int v = 0; v < vowels.length(); v++) {
        NAMED.put(vowels.charAt(v) + accent[0], String.valueOf(accent[1].charAt(v)));
        NAMED.put(Character.toUpperCase(vowels.charAt(v)) + accent[0],
            String.valueOf(accent[2].charAt(v)));
      }
    }
    NAMED.put("atilde", "\u00e3");
    NAMED.put("otilde", "\u00f5");
    NAMED.put("yacute", "\u00fd");
    NAMED.put("yuml", "\u00ff");
  }

  private HtmlEntityView() {}

  /**
   * The pre-filter: tells whether the text may hold a character reference.
   *
   * @param text the text
   * @return false when the view would be the text itself
   */
  static boolean mayApply(CharSequence text) {
    for (int i = 0, n = text.length() - 2; i < n; i++) {
      if (text.charAt(i) == '&') {
        char next = text.charAt(i + 1);
        if (next == '#' || (next | 0x20) >= 'a' && (next | 0x20) <= 'z') {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public TextView create(TextView base) {
    CharSequence text = base.text();
    if (!mayApply(text)) {
      return base;
    }
    TextView.Builder builder = null;
    int n = text.length();
    int[] end = new int[1];
    for (int i = 0; i < n; i++) {
      if (text.charAt(i) != '&') {
        continue;
      }
      String decoded = decodeAt(text, i, end);
      if (decoded != null) {
        if (builder == null) {
          builder = TextView.builder(base, STEP);
        }
        builder.copy(i).replace(end[0], decoded);
        i = end[0] - 1;
      }
    }
    return builder == null ? base : builder.build();
  }

  /** Decodes the reference starting with the {@code '&'} at {@code i}; sets its end. */
  static String decodeAt(CharSequence text, int i, int[] end) {
    int n = Math.min(text.length(), i + LONGEST);
    if (i + 1 >= n) {
      return null;
    }
    if (text.charAt(i + 1) == '#') {
      boolean hex = i + 2 < n && (text.charAt(i + 2) | 0x20) == 'x';
      int p = i + (hex ? 3 : 2);
      int digitsStart = p;
      int value = 0;
      while (p < n && p - digitsStart < 7 && Character.digit(text.charAt(p), hex ? 16 : 10) >= 0
          && text.charAt(p) < 0x80) {
        value = value * (hex ? 16 : 10) + Character.digit(text.charAt(p), hex ? 16 : 10);
        p++;
      }
      if (p == digitsStart || value > Character.MAX_CODE_POINT || value < 0x20
          || (value >= 0x7F && value < 0xA0) || (value >= 0xD800 && value <= 0xDFFF)) {
        return null;
      }
      if (p < text.length() && text.charAt(p) == ';') {
        p++; // without it, the reference ends at the first non-digit, as browsers read it
      }
      end[0] = p;
      return new String(Character.toChars(value));
    }
    int p = i + 1;
    while (p < n && ((text.charAt(p) | 0x20) >= 'a' && (text.charAt(p) | 0x20) <= 'z')) {
      p++;
    }
    if (p == i + 1 || p >= n || text.charAt(p) != ';') {
      return null;
    }
    String decoded = NAMED.get(text.subSequence(i + 1, p).toString());
    if (decoded != null) {
      end[0] = p + 1;
    }
    return decoded;
  }

  /** Returns the step name; the factory holds no text. */
  @Override
  public String toString() {
    return "HtmlEntityView[" + STEP + "]";
  }
}
