package dev.blindspot.detect.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.blindspot.Finding;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Inputs built to make a careless implementation slow or wrong: long runs of titles and phrases,
 * a megabyte of capitalised words, huge words and gaps. Each must finish (the detector is linear)
 * with exactly the right findings; no timing is asserted.
 */
class AdversarialInputTest {

  private static final int MEGABYTE = 1 << 20;

  @Test
  void hundredThousandTitlesInARow() {
    String titles = "Mr ".repeat(100_000);
    assertEquals(List.of(), RecordingSink.detect(titles));

    String text = titles + "Okafor";
    List<Finding> found = RecordingSink.detect(text);
    assertEquals(1, found.size());
    assertEquals(titles.length(), found.get(0).start());
    assertEquals(text.length(), found.get(0).end());
  }

  @Test
  void hundredThousandTitlesWithPeriods() {
    String text = "Dr. M. ".repeat(100_000) + "Dr. Mensah";
    List<Finding> found = RecordingSink.detect(text);
    assertEquals(1, found.size());
    assertEquals("Mensah", found.get(0).text(text));
  }

  @Test
  void hundredThousandPhrasesInARow() {
    String phrases = "my name is ".repeat(100_000);
    String text = phrases + "john";
    List<Finding> found = RecordingSink.detect(text);
    assertEquals(1, found.size());
    assertEquals(phrases.length(), found.get(0).start());
    assertEquals(0.7, found.get(0).score());
  }

  @Test
  void hundredThousandSelfDescriptionsInARow() {
    assertEquals(List.of(), RecordingSink.detect("je suis ".repeat(100_000)));
    assertEquals(List.of(), RecordingSink.detect("I am I am ".repeat(50_000)));
  }

  @Test
  void hundredThousandMonthsAfterTitlesAndPhrases() {
    assertEquals(List.of(), RecordingSink.detect("Mr " + "Monday ".repeat(100_000)));
    assertEquals(List.of(), RecordingSink.detect("my name is " + "june ".repeat(100_000)));
    String text = "Monday here. ".repeat(100_000) + "Mr June Mbeki";
    List<Finding> found = RecordingSink.detect(text);
    assertEquals(1, found.size());
    assertEquals("June Mbeki", found.get(0).text(text));
  }

  @Test
  void megabyteLineOfCapitalisedWords() {
    String line = capitalisedWords(new Random(20260101L), MEGABYTE);
    assertEquals(List.of(), RecordingSink.detect(line));

    int middle = line.indexOf(' ', line.length() / 2) + 1;
    String text = line.substring(0, middle) + "Mr Okafor " + line.substring(middle);
    List<Finding> found = RecordingSink.detect(text);
    // The title takes up to three capitalised words: Okafor and the two random ones after it.
    assertEquals(1, found.size());
    assertEquals(middle + 3, found.get(0).start());
    int expectedEnd = text.indexOf(' ', text.indexOf(' ', middle + 10) + 1);
    assertEquals(expectedEnd, found.get(0).end());
  }

  @Test
  void megabyteOfSentencesOpeningWithCapitals() {
    // Every word opens a sentence, so each one is tried as "Sarah here"; none is followed by it.
    String text = capitalisedWords(new Random(7L), MEGABYTE).replace(" ", ". ");
    assertEquals(List.of(), RecordingSink.detect(text));
  }

  @Test
  void hugeWordAfterATitleIsNotAName() {
    String word = "A" + "a".repeat(MEGABYTE);
    assertEquals(List.of(), RecordingSink.detect("Mr " + word));
    assertEquals(List.of(), RecordingSink.detect("my name is " + word.toLowerCase()));
    assertEquals(List.of(), RecordingSink.detect("Mr " + "Jean-".repeat(200_000) + "Pierre"));
  }

  @Test
  void hugeGapBetweenTitleAndName() {
    String text = "Mr" + " ".repeat(MEGABYTE) + "Smith";
    List<Finding> found = RecordingSink.detect(text);
    assertEquals(1, found.size());
    assertEquals("Smith", found.get(0).text(text));
  }

  @Test
  void megabyteOfLowerCaseWordsAfterAPhrase() {
    String text = "my name is " + "xq ".repeat(MEGABYTE / 3);
    List<Finding> found = RecordingSink.detect(text);
    assertEquals(1, found.size());
    assertEquals("xq xq xq", found.get(0).text(text));
  }

  @Test
  void megabyteOfPunctuationAndApostrophes() {
    String text = "'-'.’ ".repeat(MEGABYTE / 6) + "Mr '-O'Brien";
    assertEquals(List.of(), RecordingSink.detect(text));
  }

  /** Words of three consonant-vowel syllables, none of which is a title or a listed word. */
  static String capitalisedWords(Random random, int length) {
    String consonants = "bklmnrtvz";
    String vowels = "aeiou";
    StringBuilder sb = new StringBuilder(length + 8);
    while (sb.length() < length) {
      for (int s = 0; s < 3; s++) {
        char c = consonants.charAt(random.nextInt(consonants.length()));
        sb.append(s == 0 ? Character.toUpperCase(c) : c);
        sb.append(vowels.charAt(random.nextInt(vowels.length())));
      }
      sb.append(' ');
    }
    return sb.toString();
  }
}
