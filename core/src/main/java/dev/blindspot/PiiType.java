package dev.blindspot;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The kind of a piece of personal data, such as {@link #EMAIL_ADDRESS} or a custom {@code
 * EMPLOYEE_ID}.
 *
 * <p>An open value type rather than an enum: the constants below carry the canonical names shared
 * with other tools (Presidio-compatible where Presidio has one), and {@link #of(String)} creates
 * any other. Two types are equal when their names are equal.
 *
 * @param name upper-case name: a letter, then letters, digits or underscores (at most 64 chars)
 */
public record PiiType(String name) {

  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** An e-mail address. */
  public static final PiiType EMAIL_ADDRESS = new PiiType("EMAIL_ADDRESS");
  /** A telephone number. */
  public static final PiiType PHONE_NUMBER = new PiiType("PHONE_NUMBER");
  /** A payment card number. */
  public static final PiiType CREDIT_CARD = new PiiType("CREDIT_CARD");
  /** An international bank account number. */
  public static final PiiType IBAN_CODE = new PiiType("IBAN_CODE");
  /** An IPv4 or IPv6 address. */
  public static final PiiType IP_ADDRESS = new PiiType("IP_ADDRESS");
  /** A network hardware (MAC) address. */
  public static final PiiType MAC_ADDRESS = new PiiType("MAC_ADDRESS");
  /** A web address. */
  public static final PiiType URL = new PiiType("URL");
  /** A United States social security number. */
  public static final PiiType US_SSN = new PiiType("US_SSN");
  /** A French social security number (NIR). */
  public static final PiiType FR_NIR = new PiiType("FR_NIR");
  /** The name of a person. */
  public static final PiiType PERSON = new PiiType("PERSON");
  /** A place: a city, a country, an address. */
  public static final PiiType LOCATION = new PiiType("LOCATION");
  /** The name of a company or an institution. */
  public static final PiiType ORGANIZATION = new PiiType("ORGANIZATION");
  /** A date or a time that can identify a person, such as a date of birth. */
  public static final PiiType DATE_TIME = new PiiType("DATE_TIME");

  private static final Map<String, PiiType> WELL_KNOWN =
      Stream.of(
              EMAIL_ADDRESS, PHONE_NUMBER, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, MAC_ADDRESS, URL,
              US_SSN, FR_NIR, PERSON, LOCATION, ORGANIZATION, DATE_TIME)
          .collect(Collectors.toUnmodifiableMap(PiiType::name, Function.identity()));

  /**
   * Validates the name.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is not an upper-case identifier
   */
  public PiiType {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "PII type name must be 1-64 chars of A-Z, 0-9 and _, starting with a letter: '"
              + name + "'");
    }
  }

  /**
   * Returns the type with this name: the well-known constant when there is one, else a new type.
   *
   * @param name upper-case name, such as {@code "EMPLOYEE_ID"}
   * @return the type
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is not an upper-case identifier
   */
  public static PiiType of(String name) {
    Objects.requireNonNull(name, "name");
    PiiType known = WELL_KNOWN.get(name);
    return known != null ? known : new PiiType(name);
  }

  /**
   * Tells whether this type is one of the canonical constants of this class.
   *
   * @return true for a canonical type
   */
  public boolean isWellKnown() {
    return WELL_KNOWN.containsKey(name);
  }

  /** Returns the name, such as {@code EMAIL_ADDRESS}. */
  @Override
  public String toString() {
    return name;
  }
}
