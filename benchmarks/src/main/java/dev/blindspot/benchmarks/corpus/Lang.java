package dev.blindspot.benchmarks.corpus;

import java.util.Locale;

/** The languages of the generated chats, with the speaker labels used in each. */
public enum Lang {
  /** English (United States and United Kingdom). */
  EN("en", "Customer", "Agent"),
  /** French (France). */
  FR("fr", "Client", "Conseiller"),
  /** German (Germany). */
  DE("de", "Kunde", "Support"),
  /** Spanish (Spain). */
  ES("es", "Cliente", "Agente");

  private final String code;
  private final String customerLabel;
  private final String agentLabel;

  Lang(String code, String customerLabel, String agentLabel) {
    this.code = code;
    this.customerLabel = customerLabel;
    this.agentLabel = agentLabel;
  }

  /**
   * Returns the ISO 639 code.
   *
   * @return such as {@code "fr"}
   */
  public String code() {
    return code;
  }

  String customerLabel() {
    return customerLabel;
  }

  String agentLabel() {
    return agentLabel;
  }

  /**
   * Returns the language with this ISO 639 code.
   *
   * @param code such as {@code "de"}, any case
   * @return the language
   * @throws IllegalArgumentException if the code is not one of en, fr, de, es
   */
  public static Lang of(String code) {
    for (Lang l : values()) {
      if (l.code.equals(code.trim().toLowerCase(Locale.ROOT))) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown language '" + code + "'; known: en, fr, de, es");
  }
}
