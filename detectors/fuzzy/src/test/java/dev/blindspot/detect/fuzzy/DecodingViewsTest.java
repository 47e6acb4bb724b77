package dev.blindspot.detect.fuzzy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.blindspot.text.TextView;
import org.junit.jupiter.api.Test;

/** HTML character references and URL percent-escapes are decoded, each as one unit. */
class DecodingViewsTest {

  private static String html(String text) {
    return HtmlEntityView.FACTORY.create(TextView.of(text)).text().toString();
  }

  private static String url(String text) {
    return UrlDecodeView.FACTORY.create(TextView.of(text)).text().toString();
  }

  @Test
  void decodesNumericAndNamedReferences() {
    assertEquals("john@outlook.com", html("john&#64;outlook&#46;com"));
    assertEquals("john@outlook.com", html("john&#x40;outlook&#X2e;com"));
    assertEquals("john@outlook.com", html("john&commat;outlook&period;com"));
    assertEquals("marie.dupont@free.fr", html("marie&period;dupont&#64free&#46;fr"));
    assertEquals("Fish & Chips <b>", html("Fish &amp; Chips &lt;b&gt;"));
    assertEquals("françois.lefèvre", html("fran&ccedil;ois.lef&egrave;vre"));
    assertEquals("\uD835\uDC1A", html("&#x1D41A;"));
    assertEquals("@x", html("&#64x")); // as browsers read it
  }

  @Test
  void leavesWhatIsNotAReferenceAlone() {
    for (String text : new String[] {"R&D", "AT&T", "&unknown;", "&#;", "&#xZZ;", "&#0;",
        "&#55296;", "a & b", "&amp", "tom&jerry"}) {
      TextView original = TextView.of(text);
      assertSame(original, HtmlEntityView.FACTORY.create(original), text);
    }
  }

  @Test
  void mapsEachReferenceToItsWholeSpan() {
    //                0123456789012
    String original = "jo&#64;x.com";
    TextView v = HtmlEntityView.FACTORY.create(TextView.of(original));
    assertEquals("jo@x.com", v.text().toString());
    assertEquals(2, v.originalStart(2));
    assertEquals(7, v.originalEnd(3));
    assertEquals(12, v.originalEnd(8));
  }

  @Test
  void decodesPercentEscapesAndUtf8() {
    assertEquals("john@outlook.com", url("john%40outlook%2Ecom"));
    assertEquals("françois@orange.fr", url("fran%C3%A7ois%40orange.fr"));
    assertEquals("a b", url("a%20b"));
    assertEquals("%C3(", url("%C3%28")); // a broken sequence stays, the escape after it decodes
  }

  @Test
  void leavesMalformedEscapesAndPercentagesAlone() {
    for (String text : new String[] {"50% off", "100%", "%zz", "%C3", "%00", "%0A",
        "%E2%82", "%F8%88%80%80%80"}) {
      TextView original = TextView.of(text);
      assertSame(original, UrlDecodeView.FACTORY.create(original), text);
    }
  }

  @Test
  void aMultiByteSequenceMapsToAllItsEscapes() {
    String original = "x%C3%A9y";
    TextView v = UrlDecodeView.FACTORY.create(TextView.of(original));
    assertEquals("xéy", v.text().toString());
    assertEquals(1, v.originalStart(1));
    assertEquals(7, v.originalEnd(2));
  }
}
