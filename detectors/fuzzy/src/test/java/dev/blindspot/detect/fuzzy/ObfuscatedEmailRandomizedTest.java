package dev.blindspot.detect.fuzzy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Seeded random tests of the offset mapping: every reported span is a region of the original text
 * that, with the obfuscation removed by a slow reference, is the address.
 */
class ObfuscatedEmailRandomizedTest {

  private static final String[] LOCALS = {
    "john.smith", "marie", "jean.dupont", "j.doe", "lucie_martin", "paul-henri", "zoé", "tom",
    "françois.lefèvre", "k.dubois42", "anna.k", "support", "m.o.r.g.a.n", "élodie.martin"
  };
  private static final String[] DOMAINS = {
    "outlook.com", "gmail.com", "orange.fr", "free.fr", "laposte.net", "example.co.uk",
    "acme-corp.io", "société.fr", "mail.example.org", "proton.me", "uni-paris.eu", "web.de"
  };
  private static final String[][] ATS = {
    {"@", null}, {" @ ", "spaces-around-at"}, {" @", "spaces-around-at"},
    {"@ ", "spaces-around-at"}, {" at ", "at-dot-words"}, {" AT ", "at-dot-words"},
    {" arobase ", "at-dot-words"}, {"[at]", "bracketed-at-dot"}, {" [at] ", "bracketed-at-dot"},
    {"(at)", "bracketed-at-dot"}, {" (arobase) ", "bracketed-at-dot"}, {"[@]", "bracketed-at-dot"},
    {" (@) ", "bracketed-at-dot"}, {" {at} ", "bracketed-at-dot"}
  };
  private static final String[][] DOTS = {
    {".", null}, {".", null}, {" . ", "spaces-around-dot"}, {" .", "spaces-around-dot"},
    {" dot ", "at-dot-words"}, {" DOT ", "at-dot-words"}, {" point ", "at-dot-words"},
    {"[dot]", "bracketed-at-dot"}, {" [dot] ", "bracketed-at-dot"}, {"(dot)", "bracketed-at-dot"},
    {" (.) ", "bracketed-at-dot"}, {"[.]", "bracketed-at-dot"}, {" (point) ", "bracketed-at-dot"}
  };
  private static final String[] TEMPLATES = {
    "Please write to %s today.", "Mon adresse : %s, merci !", "Reach me at %s", "(%s)", "%s",
    "Contact %s or call me on Monday", "Écrivez-moi à %s svp", "my email is %s.",
    "Vous pouvez m'écrire sur %s ou passer au bureau", "New address -> %s <- use this one",
    "mail me at %s? thanks"
  };

  @Test
  void everyGeneratedAddressIsFoundOverItsWholeObfuscatedSpan() {
    Random random = new Random(7_2026L);
    for (int n = 0; n < 3_000; n++) {
      String local = LOCALS[random.nextInt(LOCALS.length)];
      String domain = DOMAINS[random.nextInt(DOMAINS.length)];
      String address = local + "@" + domain;
      StringBuilder obfuscated = new StringBuilder();
      Set<String> techniques = new LinkedHashSet<>();
      boolean changed = false;
      for (int i = 0; i < address.length(); i++) {
        char c = address.charAt(i);
        String[] form = c == '@' ? ATS[random.nextInt(ATS.length)]
            : c == '.' ? DOTS[random.nextInt(DOTS.length)] : null;
        if (form == null) {
          obfuscated.append(c);
          continue;
        }
        obfuscated.append(form[0]);
        if (form[1] != null) {
          techniques.add(form[1]);
          changed = true;
        }
      }
      String template = TEMPLATES[random.nextInt(TEMPLATES.length)];
      String value = obfuscated.toString().strip();
      String text = String.format(template, value);
      int start = template.indexOf("%s");
      RecordingSink sink = Detect.run(text);
      if (!changed) {
        assertEquals(List.of(), sink.reports, text);
        continue;
      }
      assertEquals(List.of(start + ".." + (start + value.length()) + "=" + value), sink.describe(text),
          () -> "text: " + text);
      RecordingSink.Report r = sink.reports.get(0);
      assertEquals(address, r.viewValue());
      assertEquals(address, Detect.deobfuscate(text.substring(r.start(), r.end())));
      Set<String> reported = new LinkedHashSet<>(r.why().normalizations());
      reported.remove(ObfuscatedEmailView.STEP);
      // Surrounding white space of the first or last separator may be stripped away with the value.
      assertTrue(techniques.containsAll(reported) && reported.containsAll(techniquesOf(value)),
          () -> text + " -> " + reported);
    }
  }

  /** The techniques whose separators are left in the value once it is stripped. */
  private static Set<String> techniquesOf(String value) {
    Set<String> out = new LinkedHashSet<>();
    if (value.matches("(?s).*(\\s@|@\\s).*")) {
      out.add("spaces-around-at");
    }
    if (value.matches("(?s).*\\s\\..*")) {
      out.add("spaces-around-dot");
    }
    if (value.matches("(?s).*[\\[({].*")) {
      out.add("bracketed-at-dot");
    }
    if (value.matches("(?is).*\\s(at|dot|point|arobase)\\s.*")) {
      out.add("at-dot-words");
    }
    return out;
  }

  /** Random soup of words and separators: whatever is reported reads back as the view's value. */
  @Test
  void everyReportedSpanOnRandomSoupDeobfuscatesToTheValueOnTheView() {
    String[] pieces = {
      "john", "smith", "outlook", "com", "fr", "net", "x1", "é", ".", " . ", " .", " @ ", "@", " @",
      " at ", " dot ", " point ", " arobase ", "[at]", "(dot)", "[.]", " ", "  ", ",", "-", "at",
      "dot", " AT ", "\n", "(", ")"
    };
    Random random = new Random(1234L);
    int reported = 0;
    for (int n = 0; n < 100_000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = 1 + random.nextInt(24);
      for (int i = 0; i < length; i++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      for (RecordingSink.Report r : Detect.run(text).reports) {
        reported++;
        String span = text.substring(r.start(), r.end());
        assertEquals(r.viewValue(), Detect.deobfuscate(span), () -> "text: [" + text + "]");
        // Spans start at the local part's first char and end at the top-level domain's last.
        assertTrue(SeparatorParser.isAddressChar(span.charAt(0)) && span.charAt(0) != '.', span);
        assertTrue(Character.isLetter(span.charAt(span.length() - 1)), span);
      }
    }
    assertTrue(reported > 1_000, "reported: " + reported);
  }
}
