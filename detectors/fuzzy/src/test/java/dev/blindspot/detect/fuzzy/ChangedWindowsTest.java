package dev.blindspot.detect.fuzzy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.text.TextView;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The recognizers read again only the windows of a view where normalization changed something:
 * every changed char lies in a window with its margins, and an unchanged text has no window.
 */
class ChangedWindowsTest {

  private static final String NBSP = "\u00a0\u202f\u2009";

  private static TextView digitsView(String text) {
    TextView base = NormalizedView.FACTORY.create(TextView.of(text));
    return DigitsView.forLanguages(NumberWords.ALL).create(base);
  }

  @Test
  void anUnchangedTextHasNoWindow() {
    String text = "Call 06 12 34 56 78 or write to jean.dupont@orange.fr, thanks.";
    assertEquals(0, ChangedWindows.of(digitsView(text), text, NBSP).count());
  }

  @Test
  void aChatLogWithoutObfuscationHasNoWindow() {
    // Each line starts with a time and many end with a reference: read as one number broken
    // across two lines, they would send the whole log back to the recognizers.
    String text =
        """
        === SR-68556 | 26/03/2025 | chat | fr ===
        [15:49:06] Client : Je l'ai commandé le 7 novembre 2024, commande n° #A-2023-937945.
        [15:49:40] Conseiller : C'est couvert par la garantie de 2 ans.
        === TCK-2025-619590 | 23 November 2024 | chat | en ===
        [07:39:40] Agent: I've issued a refund of £1,890.99; it takes 3 to 5 business days.
        [07:40:02] Customer: The invoice says 5375 3196 7894 6629.
        [07:40:31] Agent: Thanks, ticket TCK-2024-049443 is closed.
        """;
    assertEquals(0, ChangedWindows.of(digitsView(text), text, NBSP).count());
  }

  @Test
  void spacesTheRecognizersReadAsWrittenAreNoChange() {
    String text = "Tél\u00a0: 06\u00a012\u00a034\u00a056\u00a078, merci\u202f!";
    TextView view = digitsView(text);
    assertTrue(!view.isOriginal());
    assertEquals(0, ChangedWindows.of(view, text, NBSP).count());
    assertEquals(1, ChangedWindows.of(view, text, "").count());
  }

  @Test
  void distantChangesGetTheirOwnWindowsAndNearOnesMerge() {
    String filler = "Lorem ipsum dolor sit amet.\n".repeat(40);
    String text = "tél O6 l2 34 56 78\n" + filler + "card 4111_1111_1111_1111 and 4111_1111_1111_1111";
    TextView view = digitsView(text);
    ChangedWindows windows = ChangedWindows.of(view, text, NBSP);
    assertEquals(2, windows.count());
    assertEquals(0, windows.start(0));
    assertEquals(view.text().length(), windows.end(1));
    // Windows end at white space, so that no context word is cut.
    assertTrue(Character.isWhitespace(view.text().charAt(windows.end(0))));
    assertTrue(Character.isWhitespace(view.text().charAt(windows.start(1) - 1)));
  }

  @Test
  void aLongChangedTextIsOneWindowReadInLinearTime() {
    String text = "０１２３４５６７８９ ".repeat(20_000);
    TextView view = digitsView(text);
    ChangedWindows windows = ChangedWindows.of(view, text, NBSP);
    assertEquals(1, windows.count());
    assertEquals(0, windows.start(0));
    assertEquals(view.text().length(), windows.end(0));
  }

  private static final String[] PIECES = {
    "Lorem ", "ipsum ", "06 12 34 56 78 ", "O6 l2 34 56 78 ", "\u200b", "\u00ad", "&#64;",
    "%40", "０６", "\u00a0", "\n", "zéro six douze ", "4111_1111_1111_1111 ", "рау", ". ",
    "dolor sit amet, ", "john [at] mail [dot] com ", "\u2013", "١٢٣",
  };

  private static boolean nearDigitOrSlash(CharSequence text, int p) {
    int from = Math.max(0, p - ChangedWindows.ANCHOR_REACH);
    int to = Math.min(text.length(), p + ChangedWindows.ANCHOR_REACH + 1);
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if ((c >= '0' && c <= '9') || c == '/') {
        return true;
      }
    }
    return false;
  }

  @Test
  void aChangeFarFromAnyDigitOrSlashOpensNoWindow() {
    String text = "L’équipe vous répond « très vite » — merci, Ｓｏｐｈｉｅ.";
    TextView view = digitsView(text);
    assertTrue(!view.isOriginal());
    assertEquals(0, ChangedWindows.of(view, text, NBSP).count());
    String withNumber = text + " Tél : O6 l2 34 56 78";
    assertEquals(1, ChangedWindows.of(digitsView(withNumber), withNumber, NBSP).count());
  }

  @Test
  void everyChangedCharLiesInAWindowWithItsMargins() {
    Random random = new Random(20261128L);
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int pieces = 1 + random.nextInt(120);
      for (int k = 0; k < pieces; k++) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = sb.toString();
      TextView view = digitsView(text);
      ChangedWindows windows = ChangedWindows.of(view, text, "");
      int n = view.text().length();
      for (int p = 0; p < n; p++) {
        if (view.stepsChanging(p, p + 1).isEmpty() || !nearDigitOrSlash(view.text(), p)) {
          continue;
        }
        int from = Math.max(0, p - ChangedWindows.BEFORE);
        int to = Math.min(n, p + 1 + ChangedWindows.AFTER);
        boolean covered = false;
        for (int w = 0; w < windows.count() && !covered; w++) {
          covered = windows.start(w) <= from && to <= windows.end(w);
        }
        final int at = p;
        assertTrue(covered, () -> "view offset " + at + " of " + text.replace("\n", "\\n"));
      }
    }
  }
}
