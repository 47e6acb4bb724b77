package dev.blindspot.detect.fuzzy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.blindspot.spi.ScanContext;
import dev.blindspot.text.TextView;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the view undoes, what it leaves alone, and how its offsets map back. */
class ObfuscatedEmailViewTest {

  private static TextView view(String text) {
    return ObfuscatedEmailView.FACTORY.create(TextView.of(text));
  }

  @Test
  void mapsEveryCharBackToItsSource() {
    //                0         1         2
    //                0123456789012345678901234567
    String original = "john . smith @ outlook . com";
    //                "john.smith@outlook.com"
    //                 0123456789012345678901
    TextView v = view(original);
    assertEquals("john.smith@outlook.com", v.text().toString());
    assertEquals(List.of(ObfuscatedEmailView.STEP), v.steps());
    // Copied chars map to themselves.
    assertEquals(0, v.originalStart(0));
    assertEquals(7, v.originalStart(5)); // 's' of smith
    assertEquals(28, v.originalEnd(22)); // end of "com"
    // An undone separator maps to the whole separator with its spaces.
    assertEquals(4, v.originalStart(4));
    assertEquals(7, v.originalEnd(5));
    assertEquals(12, v.originalStart(10));
    assertEquals(15, v.originalEnd(11));
  }

  @Test
  void undoesEachFormOfSeparator() {
    assertEquals("x john.smith@outlook.com y", view("x john.smith @outlook.com y").text().toString());
    assertEquals("john@outlook.com", view("john [at] outlook [dot] com").text().toString());
    assertEquals("john@outlook.com", view("john(at)outlook(dot)com").text().toString());
    assertEquals("john@outlook.com", view("john{ at }outlook< dot >com").text().toString());
    assertEquals("john@outlook.com", view("john [@] outlook [.] com").text().toString());
    assertEquals("jean.dupont@orange.fr", view("jean.dupont arobase orange point fr").text().toString());
    assertEquals("john@outlook.com", view("john at outlook dot com").text().toString());
    assertEquals("john@outlook.com", view("john\u00a0AT\u00a0outlook\tDOT\tcom").text().toString());
    assertEquals("jean.dupont@orange.fr", view("jean point dupont (arobas) orange.fr").text().toString());
  }

  @Test
  void leavesOrdinaryTextAlone() {
    for (String text :
        List.of(
            "I looked at the screen dot by dot",
            "see you at home",
            "reply at your convenience. Com port 3",
            "mail me at john.smith@outlook.com",
            "john . smith\n\n@ outlook.com",
            "john      @ outlook.com")) {
      TextView original = TextView.of(text);
      assertSame(original, ObfuscatedEmailView.FACTORY.create(original), text);
    }
  }

  @Test
  void joinsAnAddressBrokenByOneLineBreak() {
    assertEquals("john.smith@outlook.com", view("john . smith\n@ outlook.com").text().toString());
    assertEquals("Mail: john.smith@outlook.com\nThanks",
        view("Mail: john.smith@\r\noutlook.com\nThanks").text().toString());
    assertEquals("jean.dupont@orange.fr", view("jean.dupont@orange.\nfr").text().toString());
    assertEquals("marie@free.fr", view("marie arobase\n  free point fr").text().toString());
  }

  @Test
  void undoesAtAndDotWordsInManyLanguages() {
    assertEquals("hans.muller@web.de", view("hans.muller Klammeraffe web punkt de").text().toString());
    assertEquals("hans@web.de", view("hans ät web punkt de").text().toString());
    assertEquals("maria@correo.es", view("maria arroba correo punto es").text().toString());
    assertEquals("joao@uol.com.br", view("joao [arroba] uol [ponto] com [ponto] br").text().toString());
    assertEquals("giulia@libero.it", view("giulia chiocciola libero punto it").text().toString());
    assertEquals("jan@ziggo.nl", view("jan apenstaartje ziggo punt nl").text().toString());
    assertEquals("sven@telia.se", view("sven snabel-a telia punkt se").text().toString());
    assertEquals("ivan@mail.ru", view("ivan собака mail точка ru").text().toString());
    assertEquals("ivan@mail.ru", view("ivan (СОБАКА) mail {ТОЧКА} ru").text().toString());
  }

  @Test
  void dotsAreUndoneOnlyNextToAnAt() {
    assertEquals("Page 2 . 3 : write to john@outlook.com",
        view("Page 2 . 3 : write to john at outlook dot com").text().toString());
  }

  @Test
  void chainsStopAtTheLongestLocalPart() {
    String local = "a . ".repeat(40) + "john";
    String text = local + " @ outlook.com";
    String normalized = view(text).text().toString();
    // The chain before the at holds at most 64 chars; older dots stay as written.
    int at = normalized.indexOf('@');
    int lastSpace = normalized.lastIndexOf(' ', at);
    assertEquals(true, at - lastSpace - 1 <= 64, normalized);
    assertEquals(true, normalized.endsWith(".a.john@outlook.com"), normalized);
  }

  @Test
  void isBuiltOncePerScanAndShared() {
    ScanContext context = ScanContext.of("john [at] outlook [dot] com", "en");
    assertSame(context.view(ObfuscatedEmailView.FACTORY), context.view(ObfuscatedEmailView.FACTORY));
  }
}
