package dev.blindspot.detect.fuzzy;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Everyday English and French words that, around an "at", usually make a sentence rather than an
 * address: "I work at google.com", "she is at amazon dot com", "buy @ store.com". An obfuscated
 * address whose local part or first domain label is one of them is reported with a low score,
 * which only context words can raise.
 *
 * <p>Role names that are real mailboxes ("contact", "info", "support", "hello") are not listed.
 */
final class CommonWords {

  private static final Set<String> WORDS =
      Set.copyOf(
          List.of(
              ("i me you he she it we they him her us them my your his its our their this that"
              + " these those who what where when there here is are was were be been being am do"
              + " does did have has had will would can could should may might must not no yes ok"
              + " and or but if so as at to of in on for with by from up out about into over"
              + " after before look looked looking see seen saw meet met meeting work works"
              + " worked working live lives lived living stay stayed staying arrive arrived"
              + " arriving leave left stop stopped start started home office least most all once"
              + " first last best good great one someone something everyone anyone nobody people"
              + " time now then later soon today tonight tomorrow yesterday morning evening"
              + " night noon back available sold buy bought price prices sell find found visit"
              + " visited the a an je tu il elle on nous vous ils elles le la les un une des du"
              + " de et ou est sont suis être été ai as avons avez ont mais donc car ni que qui"
              + " quoi où ici là ça ce cet cette ces mon ma mes ton ta tes son sa ses notre"
              + " votre leur chez pour par sur sous dans avec sans maison bureau travail")
                  .split(" ")));

  private CommonWords() {}

  /**
   * Tells whether a word is an everyday word rather than a name.
   *
   * @param word a local part or a domain label, any case
   * @return true for a listed word
   */
  static boolean contains(CharSequence word) {
    return WORDS.contains(word.toString().toLowerCase(Locale.ROOT));
  }
}
