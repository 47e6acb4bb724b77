package dev.blindspot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PiiType, Finding and Explanation validate what they hold and show no value. */
class ValueTypesTest {

  @Test
  void wellKnownTypesAreTheConstants() {
    assertSame(PiiType.EMAIL_ADDRESS, PiiType.of("EMAIL_ADDRESS"));
    assertSame(PiiType.FR_NIR, PiiType.of("FR_NIR"));
    assertTrue(PiiType.PERSON.isWellKnown());
    PiiType custom = PiiType.of("EMPLOYEE_ID");
    assertFalse(custom.isWellKnown());
    assertEquals(custom, PiiType.of("EMPLOYEE_ID"));
    assertNotSame(custom, PiiType.of("EMPLOYEE_ID"));
    assertEquals("EMPLOYEE_ID", custom.toString());
  }

  @Test
  void typeNamesAreUpperCaseIdentifiers() {
    for (String bad : new String[] {"", "email", "1ST", "_X", "UK NINO", "A".repeat(65), "É"}) {
      assertThrows(IllegalArgumentException.class, () -> PiiType.of(bad), bad);
    }
    assertThrows(NullPointerException.class, () -> new PiiType(null));
    assertEquals(64, PiiType.of("A".repeat(64)).name().length());
  }

  @Test
  void findingsValidateTheirSpanAndScore() {
    Explanation why = Explanation.of("test");
    assertThrows(IllegalArgumentException.class, () -> new Finding(PiiType.URL, -1, 3, 0.5, "d", why));
    assertThrows(IllegalArgumentException.class, () -> new Finding(PiiType.URL, 3, 3, 0.5, "d", why));
    assertThrows(IllegalArgumentException.class, () -> new Finding(PiiType.URL, 0, 3, 1.01, "d", why));
    assertThrows(IllegalArgumentException.class, () -> new Finding(PiiType.URL, 0, 3, Double.NaN, "d", why));
    assertThrows(NullPointerException.class, () -> new Finding(null, 0, 3, 0.5, "d", why));
    assertThrows(NullPointerException.class, () -> new Finding(PiiType.URL, 0, 3, 0.5, null, why));
    assertThrows(NullPointerException.class, () -> new Finding(PiiType.URL, 0, 3, 0.5, "d", null));
  }

  @Test
  void aFindingExtractsItsValueAndShowsOnlyWhereItIs() {
    String text = "Client : c'est marie.curie@exemple.fr";
    Finding f = new Finding(PiiType.EMAIL_ADDRESS, 15, 37, 0.93, "regex.email",
        Explanation.of("pattern:email").withValidation("tld").withContextWord("e-mail"));
    assertEquals("marie.curie@exemple.fr", f.text(text));
    assertEquals(22, f.length());
    assertEquals(
        "Finding[EMAIL_ADDRESS 15..37 score=0.93 detector=regex.email"
            + " (pattern:email; validated: tld; context: e-mail)]",
        f.toString());
    assertThrows(IndexOutOfBoundsException.class, () -> f.text("trop court"));
    assertThrows(NullPointerException.class, () -> f.text(null));
  }

  @Test
  void explanationsAreImmutableAndAvoidDuplicates() {
    List<String> steps = new ArrayList<>(List.of("zero-width-removed"));
    Explanation e = new Explanation("pattern:email", List.of(), List.of(), steps);
    steps.add("mutated");
    assertEquals(List.of("zero-width-removed"), e.normalizations());
    assertThrows(UnsupportedOperationException.class, () -> e.normalizations().add("x"));
    Explanation more = e.withNormalizations(List.of("zero-width-removed", "at-dot-words"))
        .withValidation("tld").withValidation("tld").withContextWord("courriel");
    assertEquals(List.of("zero-width-removed", "at-dot-words"), more.normalizations());
    assertEquals(List.of("tld"), more.validations());
    assertEquals("pattern:email; validated: tld; context: courriel; normalized: zero-width-removed, at-dot-words",
        more.toString());
    assertEquals("pattern:email; normalized: zero-width-removed", e.toString());
    assertThrows(IllegalArgumentException.class, () -> Explanation.of(" "));
    assertThrows(NullPointerException.class, () -> Explanation.of("x").withValidation(null));
    assertThrows(NullPointerException.class, () -> new Explanation("x", List.of(), null, List.of()));
  }
}
