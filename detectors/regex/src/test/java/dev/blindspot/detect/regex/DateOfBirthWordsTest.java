package dev.blindspot.detect.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Dates with the month in words, read backwards from the four-digit year. */
class DateOfBirthWordsTest {

  /** Start of the worded date ending with the year in {@code text}, or -1. */
  private static int start(String text) {
    int year = text.length() - 4; // every text ends with its year
    return DateOfBirthRecognizer.wordedDateStart(text, year);
  }

  @Test
  void readsDayMonthAndMonthDayInFourLanguages() {
    assertEquals(8, start("born on 4 August 1947"));
    assertEquals(6, start("born, August 4th, 1947"));
    assertEquals(6, start("né le 1er mars 1985"));
    assertEquals(7, start("née le 29 février 1996"));
    assertEquals(7, start("Ich am 12. März 1978"));
    assertEquals(6, start("nació 30 de septiembre de 1988"));
    assertEquals(0, start("Sept. 9, 1999"));
  }

  @Test
  void refusesDatesThatDoNotExistAndIncompleteOrGluedOnes() {
    assertEquals(-1, start("born on 31 February 1985"));
    assertEquals(-1, start("born on 29 février 1985"));
    assertEquals(-1, start("born in August 1947"));
    assertEquals(-1, start("born 4 Augusta 1947"));
    assertEquals(-1, start("version 4 August1947"));
    assertEquals(-1, start("on 123 August 1947"));
    assertEquals(-1, start("on 4 August 1899"));
    assertEquals(-1, start("1947"));
    assertEquals(-1, start("\uDC00 \uD800 1947"));
  }
}
