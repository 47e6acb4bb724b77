package dev.blindspot.detect.fuzzy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The word lists behind the plausibility checks. */
class WordListsTest {

  @Test
  void realLookingTopLevelDomains() {
    for (String tld : new String[] {"com", "FR", "co", "uk", "org", "io", "paris", "рф", "中国", "xn--p1ai"}) {
      assertTrue(TopLevelDomains.isKnown(tld), tld);
    }
    for (String tld : new String[] {"smith", "dupont", "comm", "thanks", "qq", "zz", "café", "x"}) {
      assertFalse(TopLevelDomains.isKnown(tld), tld);
    }
  }

  @Test
  void everydayWordsInEnglishAndFrench() {
    for (String word : new String[] {"Works", "available", "you", "être", "maison", "the"}) {
      assertTrue(CommonWords.contains(word), word);
    }
    for (String word : new String[] {"john", "contact", "support", "info", "marie", "jean.dupont"}) {
      assertFalse(CommonWords.contains(word), word);
    }
  }
}
