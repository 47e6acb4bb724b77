package dev.blindspot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.spi.Detector;
import dev.blindspot.testing.TestDetectors;
import dev.blindspot.testing.TestDetectors.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Random overlapping candidates from several detectors, merged by the scanner, against a naive
 * reference: clusters are the connected components of the overlap graph; each becomes the union of
 * its spans with type, score and detector of its best member (highest score, then longest, then
 * earliest, then first reported).
 */
class OverlapResolutionTest {

  private static final PiiType[] TYPES = {PiiType.PERSON, PiiType.LOCATION, PiiType.EMAIL_ADDRESS};

  private record Candidate(Span span, String detectorId, int order) {}

  @Test
  void mergedFindingsEqualTheNaiveReference() {
    Random rnd = new Random(0x0E71A9L);
    String text = "x".repeat(120);
    for (int iteration = 0; iteration < 500; iteration++) {
      List<Candidate> all = new ArrayList<>();
      List<Detector> detectors = new ArrayList<>();
      int detectorCount = 1 + rnd.nextInt(3);
      for (int d = 0; d < detectorCount; d++) {
        List<Span> spans = new ArrayList<>();
        for (int k = rnd.nextInt(12); k > 0; k--) {
          int start = rnd.nextInt(115);
          int end = start + 1 + rnd.nextInt(Math.min(8, 120 - start));
          Span s = new Span(TYPES[rnd.nextInt(TYPES.length)], start, end, rnd.nextInt(4) / 4.0 + 0.25);
          spans.add(s);
          all.add(new Candidate(s, "test.d" + d, all.size()));
        }
        detectors.add(TestDetectors.fixed("test.d" + d, spans));
      }
      PiiScanner scanner = PiiScanner.builder().noProviders()
          .detector(detectors.toArray(new Detector[0])).minScore(0).build();
      List<Finding> found = scanner.scan(text);
      assertEquals(reference(all), describe(found), "iteration " + iteration);
      for (int i = 1; i < found.size(); i++) {
        assertTrue(found.get(i - 1).end() <= found.get(i).start(), "sorted and not overlapping");
      }
    }
  }

  @Test
  void aMergedFindingKeepsTheNormalizationsOfEveryMember() {
    // A clean match "smith@outlook.com" (0.9) widened by a fuzzy one "john . smith@outlook.com"
    // (0.85): the merged finding is the clean one's, spanning both, and says what was undone.
    String text = "mail: john . smith@outlook.com";
    Detector clean = detector("test.clean", 13, 30, 0.9, Explanation.of("pattern:email"));
    Detector fuzzy = detector("test.fuzzy", 6, 30, 0.85,
        new Explanation("pattern:email", List.of(), List.of(), List.of("spaces-around-dot")));
    List<Finding> found = PiiScanner.builder().noProviders().detector(clean, fuzzy).build().scan(text);
    assertEquals(1, found.size());
    assertEquals(6, found.get(0).start());
    assertEquals(30, found.get(0).end());
    assertEquals("test.clean", found.get(0).detectorId());
    assertEquals(List.of("spaces-around-dot"), found.get(0).explanation().normalizations());
  }

  /** "n°1234 " a million times: a million digit runs, 8 chars apart. */
  private static String millionValues() {
    StringBuilder sb = new StringBuilder(8 * MILLION);
    for (int i = 0; i < MILLION; i++) {
      sb.append("n°").append(1000 + i % 9000).append(", ");
    }
    return sb.toString();
  }

  private static final int MILLION = 1_000_000;

  // A quadratic sort or merge (insertion into a sorted list, pairwise overlap checks) would take
  // hours on these; the timeout makes such a regression fail instead of hang.
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aMillionFindingsAreSortedAndResolved() throws java.io.IOException {
    String text = millionValues();
    // Reported last first, so the sort has work to do.
    Detector reversed = TestDetectors.of("test.reversed", Set.of(TestDetectors.DIGIT_RUN), (context, sink) -> {
      for (int i = MILLION - 1; i >= 0; i--) {
        sink.report(TestDetectors.DIGIT_RUN, 8 * i + 2, 8 * i + 6, 0.7, Explanation.of("test"));
      }
    });
    PiiScanner scanner = PiiScanner.builder().detectors("test-digits").detector(reversed).build();
    List<Finding> found = scanner.scan(text);
    assertEquals(MILLION, found.size());
    assertEquals(8 * 123_456 + 2, found.get(123_456).start());
    assertEquals("test.reversed", found.get(123_456).detectorId(), "the more confident of two equal spans");
    String redacted = scanner.redact(text);
    assertEquals(MILLION, redacted.split("<DIGIT_RUN>", -1).length - 1);
    long[] streamed = {0};
    PiiScanner.builder().detectors("test-digits").build()
        .scan(new java.io.StringReader(text), f -> streamed[0]++);
    assertEquals(MILLION, streamed[0]);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aChainOfTwoMillionOverlappingCandidatesIsOneFinding() {
    String text = millionValues();
    // Each bridge overlaps the value before and the value after it: one cluster of 2M - 1 members.
    Detector bridges = TestDetectors.of("test.bridges", Set.of(PiiType.LOCATION), (context, sink) -> {
      for (int i = 0; i + 1 < MILLION; i++) {
        sink.report(PiiType.LOCATION, 8 * i + 4, 8 * i + 11, 0.55, Explanation.of("test"));
      }
    });
    PiiScanner scanner = PiiScanner.builder().detectors("test-digits").detector(bridges).build();
    List<Finding> found = scanner.scan(text);
    assertEquals(1, found.size());
    assertEquals(2, found.get(0).start());
    assertEquals(8 * (MILLION - 1) + 6, found.get(0).end());
    assertEquals(TestDetectors.DIGIT_RUN, found.get(0).type(), "type of the most confident member");
  }

  private static Detector detector(String id, int start, int end, double score, Explanation why) {
    return new Detector() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public java.util.Set<PiiType> types() {
        return java.util.Set.of(PiiType.EMAIL_ADDRESS);
      }

      @Override
      public void detect(dev.blindspot.spi.ScanContext context, dev.blindspot.spi.FindingSink sink) {
        sink.report(PiiType.EMAIL_ADDRESS, start, end, score, why);
      }
    };
  }

  private static List<String> reference(List<Candidate> candidates) {
    int n = candidates.size();
    int[] cluster = new int[n];
    for (int i = 0; i < n; i++) {
      cluster[i] = i;
    }
    boolean changed = true;
    while (changed) { // naive fixpoint: overlapping candidates take the smaller cluster id
      changed = false;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          Span a = candidates.get(i).span();
          Span b = candidates.get(j).span();
          if (a.start() < b.end() && b.start() < a.end() && cluster[j] > cluster[i]) {
            cluster[j] = cluster[i];
            changed = true;
          }
        }
      }
    }
    List<String> out = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      int start = Integer.MAX_VALUE;
      int end = -1;
      Candidate best = null;
      for (int i = 0; i < n; i++) {
        if (cluster[i] != c) {
          continue;
        }
        Candidate cand = candidates.get(i);
        start = Math.min(start, cand.span().start());
        end = Math.max(end, cand.span().end());
        if (best == null || better(cand, best)) {
          best = cand;
        }
      }
      if (best != null) {
        String line = start + ".." + end + " " + best.span().type() + " " + best.span().score()
            + " " + best.detectorId();
        int at = 0;
        while (at < starts.size() && starts.get(at) < start) {
          at++;
        }
        starts.add(at, start);
        out.add(at, line);
      }
    }
    return out;
  }

  private static boolean better(Candidate a, Candidate b) {
    Span x = a.span();
    Span y = b.span();
    if (x.score() != y.score()) {
      return x.score() > y.score();
    }
    int lx = x.end() - x.start();
    int ly = y.end() - y.start();
    if (lx != ly) {
      return lx > ly;
    }
    if (x.start() != y.start()) {
      return x.start() < y.start();
    }
    return a.order() < b.order();
  }

  private static List<String> describe(List<Finding> found) {
    return found.stream()
        .map(f -> f.start() + ".." + f.end() + " " + f.type() + " " + f.score() + " " + f.detectorId())
        .toList();
  }
}
