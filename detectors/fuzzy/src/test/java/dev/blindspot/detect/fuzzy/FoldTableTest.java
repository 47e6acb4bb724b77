package dev.blindspot.detect.fuzzy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UCharacter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed fold table is what ICU says, and it never turns a digit into a letter. */
class FoldTableTest {

  private static final Path SOURCE =
      Path.of("src/main/resources/dev/blindspot/detect/fuzzy", FoldTable.RESOURCE);

  @Test
  void committedTableMatchesTheGeneratorByteForByte() throws IOException {
    String generated = FoldTableGenerator.generate();
    if (Boolean.getBoolean("blindspot.writeFoldTable")) {
      Files.writeString(SOURCE, generated, StandardCharsets.US_ASCII);
    }
    byte[] committed;
    try (InputStream in = FoldTable.class.getResourceAsStream(FoldTable.RESOURCE)) {
      committed = in.readAllBytes();
    }
    assertEquals(generated, new String(committed, StandardCharsets.US_ASCII),
        "fold-table.txt is stale: regenerate it with -Dblindspot.writeFoldTable=true");
  }

  @Test
  void foldsEachKindToASCII() {
    FoldTable table = FoldTable.get();
    assertFold(table, 0xFF41, 'a', FoldTable.FULLWIDTH); // ａ
    assertFold(table, 0xFF20, '@', FoldTable.FULLWIDTH); // ＠
    assertFold(table, 0xFE52, '.', FoldTable.FULLWIDTH); // small full stop
    assertFold(table, 0x1D41A, 'a', FoldTable.FULLWIDTH); // mathematical bold a
    assertFold(table, 0x2013, '-', FoldTable.DASH); // en dash
    assertFold(table, 0x2212, '-', FoldTable.DASH); // minus sign
    assertFold(table, 0x00A0, ' ', FoldTable.SPACE);
    assertFold(table, 0x3000, ' ', FoldTable.SPACE);
    assertFold(table, 0x0666, '6', FoldTable.DIGIT); // Arabic-Indic six
    assertFold(table, 0x096C, '6', FoldTable.DIGIT); // Devanagari six
    assertFold(table, 0xFF16, '6', FoldTable.DIGIT); // fullwidth six
    assertFold(table, 0x1D7D4, '6', FoldTable.DIGIT); // mathematical bold six
    assertFold(table, 0x0430, 'a', FoldTable.HOMOGLYPH); // Cyrillic a
    assertFold(table, 0x043E, 'o', FoldTable.HOMOGLYPH); // Cyrillic o
    assertFold(table, 0x0421, 'C', FoldTable.HOMOGLYPH); // Cyrillic Es
    assertFold(table, 0x03BF, 'o', FoldTable.HOMOGLYPH); // Greek omicron
    assertFold(table, 0x0391, 'A', FoldTable.HOMOGLYPH); // Greek Alpha
  }

  @Test
  void leavesOtherCharsAlone() {
    FoldTable table = FoldTable.get();
    for (int cp : new int[] {'a', '@', 0xE9, 0xDF, 0x2019, 0x20AC, 0x0436, 0x03BB, 0x4E2D, 0x1F600,
        0x00B2, 0x2460, 0x2160, 0x0417}) { // é ß ’ € ж λ 中 😀 ² ① Ⅰ З
      assertEquals(FoldTable.NONE, table.kind(cp), Integer.toHexString(cp));
    }
  }

  @Test
  void digitsNeverBecomeLettersNorLettersDigits() {
    FoldTable table = FoldTable.get();
    for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) {
      int kind = table.kind(cp);
      if (kind == FoldTable.NONE) {
        continue;
      }
      char target = table.target(cp);
      assertTrue(target < 0x80, Integer.toHexString(cp));
      // ICU's Unicode is newer than the JDK's: ask it.
      boolean digit = UCharacter.getType(cp) == UCharacter.DECIMAL_DIGIT_NUMBER;
      assertEquals(digit, target >= '0' && target <= '9', Integer.toHexString(cp));
      if (UCharacter.isLetter(cp)) {
        assertTrue(Character.isLetter(target), Integer.toHexString(cp));
      }
    }
  }

  private static void assertFold(FoldTable table, int cp, char target, int kind) {
    assertEquals(kind, table.kind(cp), Integer.toHexString(cp));
    assertEquals(target, table.target(cp), Integer.toHexString(cp));
  }
}
