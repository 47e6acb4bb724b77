package dev.blindspot.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.blindspot.Explanation;
import dev.blindspot.Finding;
import dev.blindspot.PiiScanner;
import dev.blindspot.PiiType;
import dev.blindspot.benchmarks.corpus.Corpus;
import dev.blindspot.benchmarks.corpus.CorpusKind;
import dev.blindspot.benchmarks.corpus.Density;
import dev.blindspot.benchmarks.corpus.LangMix;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScanSanityTest {

  private static Finding f(int start, int end) {
    return new Finding(PiiType.EMAIL_ADDRESS, start, end, 1, "t", Explanation.of("t"));
  }

  @Test
  void acceptsSortedDisjointFindingsAndCountsThemByType() {
    String text = "a".repeat(100);
    assertEquals(Map.of("EMAIL_ADDRESS", 2), ScanSanity.check(text, List.of(f(0, 10), f(10, 20))));
  }

  @Test
  void rejectsOverlapsOverlongFindingsFloodsAndSplitPairs() {
    String text = "a".repeat(5000);
    assertThrows(IllegalStateException.class, () -> ScanSanity.check(text, List.of(f(0, 10), f(5, 20))));
    assertThrows(IllegalStateException.class, () -> ScanSanity.check(text, List.of(f(0, 3000))));
    assertThrows(IllegalStateException.class, () -> ScanSanity.check("abcdefgh", List.of(f(0, 1), f(1, 2), f(2, 3))));
    assertThrows(IllegalStateException.class, () -> ScanSanity.check("ab\uD83D\uDE00cd", List.of(f(0, 3))));
  }

  @Test
  void theNaiveFloorIsNotSaneOnAdversarialInput() {
    // its e-mail pattern swallows a whole dotted run: the check catches what it is built for
    String text = Corpus.generate(CorpusKind.ADVERSARIAL, Density.NONE, LangMix.ALL, 100_000, 3);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ScanSanity.check(text, new NaiveRegexScanner().scan(text)));
    assertTrue(e.getMessage().contains("chars long"), e.getMessage());
  }

  @Test
  void theFullScannerCompletesSanelyOnAdversarialInput() {
    assumeTrue(!DetectorFamilies.available().isEmpty(), "no detector family on the class path");
    PiiScanner scanner = DetectorFamilies.full();
    String text = Corpus.generate(CorpusKind.ADVERSARIAL, Density.NONE, LangMix.ALL, 200_000, 3);
    ScanSanity.check(text, scanner.scan(text));
    String plain = Corpus.generate(CorpusKind.CHAT, Density.NONE, LangMix.ALL, 100_000, 3);
    ScanSanity.check(plain, scanner.scan(plain));
  }

  @Test
  void aMissingFamilyIsNamedNotHidden() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> DetectorFamilies.require("no-such-family"));
    assertFalse(e.getMessage().isEmpty());
    assertEquals(List.of("no-such-family"), DetectorFamilies.missing(List.of("no-such-family")));
  }
}
