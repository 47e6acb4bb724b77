package dev.blindspot.detect.regex;

import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue of the structured family: one line per identifier type, the national ids of fixed
 * length being listed in {@link NationalIdFormats}, {@link EuropeanIdFormats} and, for the
 * Americas, Asia, Africa and Oceania, {@link WorldIdFormats}.
 */
final class Recognizers {

  private Recognizers() {}

  /**
   * Every recognizer. Overlaps are resolved by score, then length; between equal candidates the
   * earlier recognizer in this list wins.
   */
  static List<Recognizer> all() {
    List<Recognizer> all = new ArrayList<>(List.of(
        new CreditCardRecognizer(),
        new IbanRecognizer(),
        new PhoneRecognizer(),
        new IpAddressRecognizer(),
        new MacAddressRecognizer(),
        new UrlRecognizer(),
        new UsSsnRecognizer(),
        new FrNirRecognizer(),
        new UkNinoRecognizer(),
        new ImeiRecognizer(),
        new EuVatRecognizer(),
        new CryptoRecognizer(),
        new BicRecognizer(),
        new DateOfBirthRecognizer()));
    all.addAll(NationalIdFormats.all());
    all.addAll(EuropeanIdFormats.all());
    all.addAll(WorldIdFormats.all());
    return List.copyOf(all);
  }
}
