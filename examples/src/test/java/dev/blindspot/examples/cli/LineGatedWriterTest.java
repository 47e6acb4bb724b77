package dev.blindspot.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class LineGatedWriterTest {

  @Test
  void passesCompleteLinesAndHoldsThePartialOne() throws IOException {
    StringWriter out = new StringWriter();
    LineGatedWriter gate = new LineGatedWriter(out);
    gate.write("Bonjour, je m'appelle ");
    assertEquals("", out.toString());
    gate.write("<PERSON>.\nMerci, et votre adresse");
    assertEquals("Bonjour, je m'appelle <PERSON>.\n", out.toString());
    gate.append(" ?\n\nElle est ").append("<EMAIL_ADDRESS>");
    assertEquals("Bonjour, je m'appelle <PERSON>.\nMerci, et votre adresse ?\n\n", out.toString());
    gate.close(); // dropping what is held, as after a failure
    assertEquals("Bonjour, je m'appelle <PERSON>.\nMerci, et votre adresse ?\n\n", out.toString());
  }

  @Test
  void finishPassesTheLastLineWithoutNewline() throws IOException {
    StringWriter out = new StringWriter();
    LineGatedWriter gate = new LineGatedWriter(out);
    gate.write("one\ntwo");
    gate.finish();
    assertEquals("one\ntwo", out.toString());
  }

  @Test
  void aVeryLongLineIsPassedOnInPieces() throws IOException {
    StringWriter out = new StringWriter();
    LineGatedWriter gate = new LineGatedWriter(out);
    String piece = "x".repeat(1000);
    int written = 0;
    while (out.getBuffer().length() == 0) {
      gate.write(piece);
      written += piece.length();
    }
    assertEquals(written, out.getBuffer().length());
    assertEquals((LineGatedWriter.MAX_HELD / 1000 + 1) * 1000, written); // the first write past it
  }
}
