package dev.blindspot.detect.fuzzy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.text.TextView;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Zero-width chars, soft hyphens and bidi controls are removed; offsets map over them. */
class InvisibleCharsViewTest {

  private static TextView view(String text) {
    return InvisibleCharsView.FACTORY.create(TextView.of(text));
  }

  @Test
  void removesEveryInvisibleChar() {
    for (char c : new char[] {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x200E, 0x200F,
        0x202A, 0x202E, 0x2066, 0x2069, 0x061C}) {
      assertEquals("john", view("jo" + c + "hn").text().toString(), Integer.toHexString(c));
    }
  }

  @Test
  void mapsOverTheRemovedChars() {
    //                0 1     2 3
    String original = "06\u200b\u200b12";
    TextView v = view(original);
    assertEquals("0612", v.text().toString());
    assertEquals(List.of(InvisibleCharsView.STEP), v.steps());
    assertEquals(3 + 1, v.originalStart(2)); // '1' after the two removed chars
    assertEquals(2, v.originalEnd(2)); // a span ending after "06" stops before them
    assertEquals(0, v.originalStart(0));
    assertEquals(6, v.originalEnd(4)); // the whole value covers them
    assertEquals(List.of(InvisibleCharsView.STEP), v.stepsChanging(0, 4));
    assertEquals(List.of(), v.stepsChanging(0, 2));
  }

  @Test
  void frenchTextWithSoftHyphensAndAnEmail() {
    String text = "Écrivez à ma\u00adrie.du\u00adpont@orange.fr, merci";
    assertEquals("Écrivez à marie.dupont@orange.fr, merci", view(text).text().toString());
  }

  @Test
  void preFilterAndIdentity() {
    TextView plain = TextView.of("Hello, my order 1234 never arrived.");
    assertSame(plain, InvisibleCharsView.FACTORY.create(plain));
    assertFalse(InvisibleCharsView.mayApply("café crème, 10 € — merci"));
    assertTrue(InvisibleCharsView.mayApply("a\u200Bb"));
  }
}
