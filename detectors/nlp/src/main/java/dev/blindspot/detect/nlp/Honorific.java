package dev.blindspot.detect.nlp;

import dev.blindspot.Explanation;

/**
 * A title written before a person's name, such as "Mr", "Mme" or "Doña".
 *
 * @param id the title in lower case without its period, as shown in explanations
 * @param periodRequired whether it counts only when followed by a period ("M." but not "M")
 * @param everydayWord whether the title is also an everyday word ("Me", "Miss", "Don"), so that
 *     common vocabulary after it is not taken for a name ("Call Me Back")
 * @param products words that after this title name a product, not a person ("Dr. Martens")
 * @param why the explanation of a name found after it
 */
record Honorific(
    String id,
    boolean periodRequired,
    boolean everydayWord,
    WordTable<Boolean> products,
    Explanation why) {}
