package dev.blindspot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.redact.Operator;
import dev.blindspot.redact.Operators;
import dev.blindspot.testing.SupportChat;
import dev.blindspot.testing.TestDetectors;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Scanning and redacting a Reader window by window gives exactly what scanning and redacting the
 * whole String gives, whatever the chunk size, with values and surrogate pairs across boundaries.
 */
class StreamingScanTest {

  private static final int OVERLAP = 512;

  /** Every kind of detector and every list, so each is checked at window edges. */
  static PiiScanner.Builder supportDesk() {
    return PiiScanner.builder()
        .detectors("test-digits", "test-words")
        .configure("test-words", "words", SupportChat.CODE_WORDS)
        .detector(
            TestDetectors.emailLike("test.email", 0.45),
            TestDetectors.obfuscatedEmail("test.obfuscated-email", 0.45))
        .languages("en", "fr")
        .allow(SupportChat.SUPPORT_ADDRESS)
        .deny(PiiType.PERSON, SupportChat.DENIED_NAMES.toArray(new String[0]))
        .contextWords(PiiType.EMAIL_ADDRESS, SupportChat.EMAIL_CONTEXT.toArray(new String[0]));
  }

  private static final PiiScanner WHOLE = supportDesk().build();

  @Test
  void readerResultsEqualStringResultsForRandomChunkSizes() throws IOException {
    Random rnd = new Random(0xC4A7L);
    int boosted = 0;
    List<Operator> operators = List.of(Operators.typeTag(), Operators.pseudonyms(), Operators.mask());
    for (int iteration = 0; iteration < 60; iteration++) {
      int chunk = logUniform(rnd, 1, 5000);
      // Every window scans chunk + overlap chars: keep tiny chunks on shorter texts.
      String text = SupportChat.conversation(rnd, 300 + rnd.nextInt(chunk < 64 ? 1500 : 5000));
      PiiScanner streaming = supportDesk().streamWindow(chunk, OVERLAP).build();
      List<Finding> expected = WHOLE.scan(text);
      assertTrue(!expected.isEmpty());
      boosted += (int) expected.stream().filter(f -> !f.explanation().contextWords().isEmpty()).count();
      assertSameResults(streaming, text, "iteration " + iteration + ", chunk " + chunk,
          operators.get(iteration % operators.size()));
    }
    assertTrue(boosted > 20, "context words were exercised: " + boosted);
  }

  @Test
  void valuesStraddlingEveryChunkBoundaryAreFoundWhole() throws IOException {
    String[] values = {
      "marie.curie@exemple.fr", "48213377", "Okafor", "jean at exemple dot fr", "remboursement"
    };
    int chunk = 100;
    PiiScanner streaming = supportDesk().streamWindow(chunk, OVERLAP).build();
    for (String value : values) {
      // Start the value anywhere from well before the first boundary to just after it, and around
      // the end of the first window (chunk + overlap), where a value leaves the lookahead.
      int[][] ranges = {{chunk - value.length() - 2, chunk + 2}, {chunk + OVERLAP - 30, chunk + OVERLAP + 3}};
      for (int[] range : ranges) {
        for (int start = range[0]; start <= range[1]; start++) {
          int at = start;
          String text = filler(at - 1) + " " + value + " est noté, adresse e-mail confirmée.\n" + filler(700);
          List<Finding> expected = WHOLE.scan(text);
          assertTrue(expected.stream().anyMatch(f -> f.start() == at), value + " at " + at);
          assertSameResults(streaming, text, value + " at " + at);
        }
      }
    }
  }

  @Test
  void aSurrogatePairOnAChunkBoundaryStaysWhole() throws IOException {
    // The pair sits at chunk-1 / chunk for every chunk size, inside and next to values; the text
    // goes on past the first window so that the boundary is not the end of the input.
    String after = "\n" + filler(OVERLAP + 100);
    for (int chunk = 2; chunk <= 64; chunk++) {
      PiiScanner streaming = supportDesk().streamWindow(chunk, OVERLAP).build();
      String before = "x".repeat(chunk - 1);
      String values = "📦 48213377 📦📦 marie.curie@exemple.fr 🙂";
      assertSameResults(streaming, before + values + after, "chunk " + chunk);
      assertSameResults(streaming, before.substring(1) + "8📦8 Okafor🙂Nguyen" + after, "chunk " + chunk);
    }
  }

  @Test
  void noWriteCallEndsInsideASurrogatePair() throws IOException {
    // A writer that encodes each call on its own (as some network and logging writers do) would
    // turn half a pair into '?': streaming redaction never splits one across calls.
    String emoji = "\uD83D\uDCE6"; // 📦
    for (int chunk = 2; chunk <= 40; chunk++) {
      PiiScanner streaming = supportDesk().streamWindow(chunk, OVERLAP).build();
      String text = ("Client : colis " + emoji + emoji + " reçu, merci " + emoji + "\n").repeat(40);
      PairCheckingWriter out = new PairCheckingWriter();
      streaming.redact(new StringReader(text), out);
      assertEquals(WHOLE.redact(text), out.toString(), "chunk " + chunk);
    }
  }

  /** Fails a write that starts or ends between the two chars of a surrogate pair. */
  private static final class PairCheckingWriter extends java.io.Writer {
    private final StringBuilder sb = new StringBuilder();

    @Override
    public void write(char[] buf, int off, int len) {
      if (len > 0) {
        assertTrue(!Character.isLowSurrogate(buf[off]), "a write starts with a low surrogate");
        assertTrue(!Character.isHighSurrogate(buf[off + len - 1]), "a write ends with a high surrogate");
      }
      sb.append(buf, off, len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return sb.toString();
    }
  }

  @Test
  void aValueFilteredOutIsNotReportedWhenTheWindowStartCutsIt() throws IOException {
    // The allowed number is dropped by the window that owns it; the next window starts 256 chars
    // before its own chunk, inside the number, and sees a shorter run that is not on the allow list.
    String allowed = "4821337755";
    for (int chunk : new int[] {270, 300, 333}) {
      PiiScanner whole = PiiScanner.builder().detectors("test-digits").allow(allowed).build();
      PiiScanner streaming = PiiScanner.builder().detectors("test-digits").allow(allowed)
          .streamWindow(chunk, OVERLAP).build();
      int nextWindowStart = chunk - 256;
      for (int at = nextWindowStart - allowed.length() + 1; at < nextWindowStart; at++) {
        String text = filler(at - 1) + " " + allowed + " est le numéro du standard.\n"
            + filler(2 * chunk + OVERLAP) + " Commande 552301.";
        List<Finding> streamed = new ArrayList<>();
        streaming.scan(new StringReader(text), streamed::add);
        assertEquals(whole.scan(text), streamed, "chunk " + chunk + ", value at " + at);
        assertEquals(1, streamed.size());
      }
    }
  }

  @Test
  void aValueLongerThanTheOverlapIsCoveredByAdjacentPieces() throws IOException {
    // Beyond the overlap a value may be cut at window boundaries, but no char of it is dropped and
    // none is reported twice, so redaction still removes all of it.
    Random rnd = new Random(0x10A6L);
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < 1500; i++) {
      digits.append((char) ('0' + rnd.nextInt(10)));
    }
    String text = "Client : voici le journal de la box " + digits + " fin du journal.";
    int start = text.indexOf(digits.toString());
    int end = start + digits.length();
    for (int chunk : new int[] {1, 50, 100, 333, 1000}) {
      PiiScanner streaming = PiiScanner.builder().detectors("test-digits").streamWindow(chunk, 64).build();
      List<Finding> pieces = new ArrayList<>();
      streaming.scan(new StringReader(text), pieces::add);
      assertEquals(start, pieces.get(0).start(), "chunk " + chunk);
      for (int i = 1; i < pieces.size(); i++) {
        assertEquals(pieces.get(i - 1).end(), pieces.get(i).start(), "chunk " + chunk + ": adjacent pieces");
      }
      assertEquals(end, pieces.get(pieces.size() - 1).end(), "chunk " + chunk);
      StringWriter out = new StringWriter();
      streaming.redact(new StringReader(text), out);
      assertTrue(out.toString().startsWith("Client : voici le journal de la box <DIGIT_RUN>"), "chunk " + chunk);
      assertTrue(out.toString().endsWith("<DIGIT_RUN> fin du journal."), "chunk " + chunk);
      assertTrue(out.toString().chars().noneMatch(Character::isDigit), "chunk " + chunk + ": no digit left");
    }
  }

  @Test
  void aReaderReturningOneCharPerReadGivesTheSameResults() throws IOException {
    Random rnd = new Random(0x1C4A2L);
    String text = SupportChat.conversation(rnd, 4000);
    for (PiiScanner streaming : List.of(WHOLE, supportDesk().streamWindow(37, OVERLAP).build())) {
      List<Finding> found = new ArrayList<>();
      streaming.scan(new OneCharReader(text), found::add);
      assertEquals(WHOLE.scan(text), found);
      StringWriter out = new StringWriter();
      streaming.redact(new OneCharReader(text), out);
      assertEquals(WHOLE.redact(text), out.toString());
    }
  }

  @Test
  void emptyInput() throws IOException {
    PiiScanner streaming = supportDesk().streamWindow(1, OVERLAP).build();
    for (PiiScanner scanner : List.of(WHOLE, streaming)) {
      List<Finding> found = new ArrayList<>();
      scanner.scan(new StringReader(""), found::add);
      assertEquals(List.of(), found);
      StringWriter out = new StringWriter();
      scanner.redact(new StringReader(""), out, Operators.pseudonyms());
      assertEquals("", out.toString());
    }
  }

  @Test
  void aLongStreamHasGlobalOffsets() throws IOException {
    // Many windows of the default geometry: offsets keep counting across them.
    Random rnd = new Random(0x6105A1L);
    String text = SupportChat.conversation(rnd, 3 * PiiScanner.DEFAULT_CHUNK + 1000);
    List<Finding> found = new ArrayList<>();
    WHOLE.scan(new StringReader(text), found::add);
    assertEquals(WHOLE.scan(text), found);
    assertTrue(found.get(found.size() - 1).start() > 3 * PiiScanner.DEFAULT_CHUNK);
  }

  @Test
  void theWholeStreamIsOneDocumentForPseudonyms() throws IOException {
    PiiScanner streaming = supportDesk().streamWindow(40, OVERLAP).build();
    String text = "Mme Okafor a écrit.\n" + filler(300) + "Puis M. Nguyen.\n" + filler(300) + "Et encore OKAFOR.";
    StringWriter out = new StringWriter();
    streaming.redact(new StringReader(text), out, Operators.pseudonyms());
    assertEquals(WHOLE.redact(text, Operators.pseudonyms()), out.toString());
    assertTrue(out.toString().endsWith("Et encore <PERSON_1>."), out.toString());
    assertTrue(out.toString().contains("Puis M. <PERSON_2>."), out.toString());
  }

  private static void assertSameResults(PiiScanner streaming, String text, String context)
      throws IOException {
    assertSameResults(streaming, text, context, Operators.typeTag(), Operators.pseudonyms(), Operators.mask());
  }

  private static void assertSameResults(PiiScanner streaming, String text, String context, Operator... operators)
      throws IOException {
    List<Finding> expected = WHOLE.scan(text);
    List<Finding> streamed = new ArrayList<>();
    streaming.scan(new StringReader(text), streamed::add);
    assertEquals(expected, streamed, context);
    for (Operator op : operators) {
      StringWriter out = new StringWriter();
      streaming.redact(new StringReader(text), out, op);
      assertEquals(WHOLE.redact(text, op), out.toString(), context + ", " + op);
    }
  }

  private static String filler(int length) {
    String words = "Agent : je regarde votre dossier, un instant s'il vous plaît. Customer: ok thanks! ";
    StringBuilder sb = new StringBuilder(length);
    while (sb.length() < length) {
      sb.append(words, 0, Math.min(words.length(), length - sb.length()));
    }
    return sb.toString();
  }

  private static int logUniform(Random rnd, int min, int max) {
    double x = Math.exp(Math.log(min) + rnd.nextDouble() * (Math.log(max) - Math.log(min)));
    return Math.max(min, Math.min(max, (int) Math.round(x)));
  }

  /** A reader that hands out one char per call, the least a reader may do. */
  private static final class OneCharReader extends Reader {
    private final String text;
    private int pos;

    OneCharReader(String text) {
      this.text = text;
    }

    @Override
    public int read(char[] buf, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (pos == text.length()) {
        return -1;
      }
      buf[off] = text.charAt(pos++);
      return 1;
    }

    @Override
    public void close() {}
  }

  @Test
  void typesOfTheSupportDeskScanner() {
    assertEquals(
        Set.of(TestDetectors.DIGIT_RUN, TestDetectors.CODE_WORD, PiiType.EMAIL_ADDRESS, PiiType.PERSON),
        WHOLE.types());
  }
}
