package dev.blindspot.detect.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionFileTest {

  private static final String SAMPLE = "section-file-sample.txt";

  @Test
  void givesEveryLineOfContentWithItsSectionWithoutCommentsOrBlankLines() {
    List<String> lines = new ArrayList<>();
    assertTrue(SectionFile.read(SAMPLE, (section, content) -> lines.add(section + "|" + content)));
    assertEquals(List.of("null|loose words", "given|Amina  Kofi", "family|Nguyen"), lines);
  }

  @Test
  void aMissingResourceIsNotAnError() {
    assertFalse(SectionFile.read("no-such-file.txt", (section, content) -> {}));
  }

  @Test
  void aRefusedLineNamesTheResourceAndTheLineNumber() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> SectionFile.read(SAMPLE, (section, content) -> {
          if (section == null) {
            throw new IllegalArgumentException("words before a section");
          }
        }));
    assertEquals(SAMPLE + ":3: words before a section", e.getMessage());
  }
}
