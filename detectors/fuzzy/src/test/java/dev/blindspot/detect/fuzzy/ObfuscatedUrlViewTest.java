package dev.blindspot.detect.fuzzy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.blindspot.text.TextView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Defanged and read-out web addresses are written in clear; prose and clean addresses stay. */
class ObfuscatedUrlViewTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          see hxxps://www[.]facebook[.]com/tobias.wagner.691 ok          | see https://www.facebook.com/tobias.wagner.691 ok
          voir hxxp://www(.)lemaire-family[dot]net/photos/2018           | voir http://www.lemaire-family.net/photos/2018
          HXXPS://github[.]com/mfontaine9                                | HTTPS://github.com/mfontaine9
          on www dot linkedin dot com slash in slash felix-neumann-4a990e | on www.linkedin.com/in/felix-neumann-4a990e
          sur www point bouchard-family point net slash photos slash 2020 merci | sur www.bouchard-family.net/photos/2020 merci
          www[.]example[.]org/a                                          | www.example.org/a
          """)
  void writesAddressesInClear(String text, String expected) {
    TextView view = ObfuscatedUrlView.FACTORY.create(TextView.of(text));
    assertEquals(expected, view.text().toString());
    assertEquals(List.of(ObfuscatedUrlView.STEP), view.steps());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I looked at the screen dot by dot",
        "I looked at the www dot by dot and slash prices",
        "go to www.example.com or https://example.org/x today",
        "the www dot alone",
        "hxxp is not a scheme without a colon",
        "meet at 10 dot 30 at www",
      })
  void leavesProseAndCleanAddressesAlone(String text) {
    TextView original = TextView.of(text);
    assertSame(original, ObfuscatedUrlView.FACTORY.create(original));
  }

  @Test
  void eachSeparatorMapsBackToItsWholeSpan() {
    //                0         1         2         3
    //                0123456789012345678901234567890123456
    String original = "www dot shop dot fr slash a";
    TextView view = ObfuscatedUrlView.FACTORY.create(TextView.of(original));
    assertEquals("www.shop.fr/a", view.text().toString());
    assertEquals(3, view.originalStart(3)); // "." <- " dot "
    assertEquals(8, view.originalEnd(4));
    assertEquals(19, view.originalStart(11)); // "/" <- " slash "
    assertEquals(26, view.originalEnd(12));
    assertEquals(0, view.originalStart(0));
    assertEquals(original.length(), view.originalEnd(view.length()));
  }
}
