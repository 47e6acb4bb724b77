package dev.blindspot.benchmarks.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.Explanation;
import dev.blindspot.Finding;
import dev.blindspot.PiiType;
import dev.blindspot.benchmarks.eval.Scoring.Category;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTest {

  private static Finding finding(PiiType type, int start, int end) {
    return new Finding(type, start, end, 0.9, "test", Explanation.of("test"));
  }

  @Test
  void aFindingMatchesWhenTheOverlapCoversHalfOfBothSpans() {
    Span label = new Span(10, 20, "EMAIL_ADDRESS", null);
    assertTrue(Scoring.matches(label, finding(PiiType.EMAIL_ADDRESS, 10, 20)));
    assertTrue(Scoring.matches(label, finding(PiiType.EMAIL_ADDRESS, 15, 20))); // half of the label
    assertFalse(Scoring.matches(label, finding(PiiType.EMAIL_ADDRESS, 16, 20))); // 40% of the label
    assertTrue(Scoring.matches(label, finding(PiiType.EMAIL_ADDRESS, 10, 30))); // half of the finding
    assertFalse(Scoring.matches(label, finding(PiiType.EMAIL_ADDRESS, 10, 31))); // under half of it
    assertFalse(Scoring.matches(label, finding(PiiType.URL, 10, 20))); // another type
    assertFalse(Scoring.matches(label, finding(PiiType.EMAIL_ADDRESS, 20, 25))); // adjacent only
  }

  @Test
  void precisionRecallAndF1CountEachLabelAndFindingOnce() {
    // "Mail jean@x.fr or +33 6 12 34 56 78, card 4970 ..." with three labels
    String text = "Mail jean@x.fr or call 06 12 34 56 78 about order 4970101234567890 today.";
    LabeledText r = new LabeledText("t-1", "en", text, List.of(
        new Span(5, 14, "EMAIL_ADDRESS", null),
        new Span(23, 37, "PHONE_NUMBER", null),
        new Span(50, 66, "CREDIT_CARD", null)));
    List<Finding> found = List.of(
        finding(PiiType.EMAIL_ADDRESS, 5, 14),
        finding(PiiType.EMAIL_ADDRESS, 9, 14), // a second, smaller match of the same label
        finding(PiiType.PHONE_NUMBER, 23, 37),
        finding(PiiType.PHONE_NUMBER, 50, 66)); // wrong type on the card
    Scoring.SetScore score = Scoring.score(List.of(r), x -> found);
    Scoring.Counts email = score.counts("EMAIL_ADDRESS", Category.CLEAN);
    assertEquals(1, email.truePositives());
    assertEquals(1, email.falsePositives());
    Scoring.Counts phone = score.counts("PHONE_NUMBER", Category.ALL);
    assertEquals(1, phone.truePositives());
    assertEquals(1, phone.falsePositives());
    Scoring.Counts card = score.counts("CREDIT_CARD", Category.ALL);
    assertEquals(0, card.truePositives());
    assertEquals(1, card.falseNegatives());
    Scoring.Counts all = score.total(Category.ALL);
    assertEquals(2.0 / 4, all.precision(), 1e-9);
    assertEquals(2.0 / 3, all.recall(), 1e-9);
    assertEquals(2 * 2.0 / (2 * 2 + 2 + 1), all.f1(), 1e-9);
    // the card is covered by the phone finding: redaction hides it even with the wrong type
    assertEquals(0.0, all.unredactedShare(), 1e-9);
    assertEquals(0, score.total(Category.OBFUSCATED).labels());
  }

  @Test
  void obfuscatedLabelsAndTheFalseAlarmsOfTheirRecordsCountAsObfuscated() {
    String text = "Customer: jean dot dupont at gmail dot com, ticket TCK-2024-558812";
    LabeledText r = new LabeledText("t-2", "en", text,
        List.of(new Span(10, 42, "EMAIL_ADDRESS", "at-dot-words")));
    Scoring.SetScore score = Scoring.score(List.of(r),
        x -> List.of(finding(PiiType.EMAIL_ADDRESS, 10, 20), finding(PiiType.PHONE_NUMBER, 51, 66)));
    Scoring.Counts obf = score.total(Category.OBFUSCATED);
    assertEquals(1, obf.falseNegatives()); // 10 of 32 chars: under half of the label
    assertEquals(2, obf.falsePositives());
    assertEquals(0, score.total(Category.CLEAN).falsePositives());
    // 27 non-blank chars in the label, 10 of them redacted ("jean dot d" holds 8 non-blank)
    long nonBlank = text.substring(10, 42).chars().filter(c -> !Character.isWhitespace(c)).count();
    long covered = text.substring(10, 20).chars().filter(c -> !Character.isWhitespace(c)).count();
    assertEquals((double) (nonBlank - covered) / nonBlank, obf.unredactedShare(), 1e-9);
  }

  @Test
  void falseAlarmsAreCountedPer10kLines() {
    List<LabeledText> negatives = List.of(
        new LabeledText("n-1", "en", "Agent: Order ORD-1234-5678 shipped.\nCustomer: thanks", List.of()),
        new LabeledText("n-2", "en", "Customer: I'm at work until 5.", List.of()));
    Scoring.NegativeScore score = Scoring.scoreNegatives(negatives,
        r -> r.id().equals("n-1") ? List.of(finding(PiiType.PHONE_NUMBER, 13, 26)) : List.of());
    assertEquals(3, score.lines());
    assertEquals(1, score.falseAlarms());
    assertEquals(10_000.0 / 3, score.per10kLines(), 1e-9);
    assertEquals(Map.of("PHONE_NUMBER", 1), score.byType());
  }

  @Test
  void jsonlRoundTripsEscapedInvisibleCharsAndMultilineTexts() throws IOException {
    LabeledText r = new LabeledText("x-1", "fr", "Client : jean\u200B.dupont@free.fr\n« merci »\u202F!",
        List.of(new Span(9, 30, "EMAIL_ADDRESS", "zero-width")));
    String jsonl = EvalSets.toJsonl(List.of(r));
    assertTrue(jsonl.contains("\\u200b") && jsonl.contains("\\u202f") && jsonl.contains("\\n"));
    assertEquals(1, jsonl.lines().count());
    assertEquals(List.of(r), EvalSets.read(new StringReader(jsonl)));
  }
}
