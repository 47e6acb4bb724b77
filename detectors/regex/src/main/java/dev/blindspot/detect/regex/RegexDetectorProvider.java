package dev.blindspot.detect.regex;

import dev.blindspot.spi.Detector;
import dev.blindspot.spi.DetectorConfig;
import dev.blindspot.spi.DetectorProvider;
import java.util.List;
import java.util.Objects;

/**
 * The {@value #NAME} detector family: personal identifiers with a fixed shape, found by bounded
 * pattern scans and validators, in time linear in the text length.
 *
 * <p>Select it with {@code PiiScanner.builder().detectors("regex")}; it is found by {@link
 * java.util.ServiceLoader}, so users never instantiate it. Its detectors:
 *
 * <ul>
 *   <li>{@code regex.email}: e-mail addresses ({@code EMAIL_ADDRESS}), including
 *       internationalized ones, see {@link EmailMatcher}.
 *   <li>{@code regex.structured}: every other structured type, see {@link
 *       StructuredRecognizers}: {@code CREDIT_CARD}, {@code IBAN_CODE}, {@code BIC}, {@code
 *       PHONE_NUMBER}, {@code IP_ADDRESS}, {@code MAC_ADDRESS}, {@code URL}, {@code IMEI}, {@code
 *       CRYPTO}, {@code DATE_TIME} (dates of birth), {@code EU_VAT}; United States {@code
 *       US_SSN}, {@code US_ITIN}, {@code US_ABA_ROUTING}, {@code US_PASSPORT}, {@code
 *       US_DRIVER_LICENSE}; {@code UK_NINO}, {@code UK_NHS}; France {@code FR_NIR}, {@code
 *       FR_SIREN}, {@code FR_SIRET}, {@code FR_PASSPORT}, {@code FR_ID_CARD}; Germany {@code
 *       DE_TAX_ID}, {@code DE_ID_CARD}, {@code DE_PASSPORT}; Spain {@code ES_NIF}, {@code ES_CIF};
 *       Italy {@code IT_FISCAL_CODE}, {@code IT_VAT}; {@code NL_BSN}; {@code BE_NATIONAL_NUMBER};
 *       Poland {@code PL_PESEL}, {@code PL_NIP}; {@code SE_PERSONNUMMER}; {@code CA_SIN};
 *       Australia {@code AU_TFN}, {@code AU_MEDICARE}, {@code AU_ABN}, {@code AU_ACN}; India
 *       {@code IN_AADHAAR}, {@code IN_PAN}, {@code IN_GSTIN}; {@code SG_NRIC}; United States {@code
 *       US_NPI}, {@code US_DEA}, {@code US_MBI}, {@code US_EIN}; {@code CA_BUSINESS_NUMBER};
 *       Brazil {@code BR_CPF}, {@code BR_CNPJ}; {@code MX_CURP}; {@code CL_RUT}; {@code AR_CUIT};
 *       {@code PE_RUC}; {@code CO_NIT}; {@code CN_RESIDENT_ID}; {@code HK_ID};
 *       {@code TW_NATIONAL_ID}; {@code JP_MY_NUMBER}; {@code KR_RRN}; {@code ZA_ID}; {@code IL_ID};
 *       {@code AE_EMIRATES_ID}; {@code NZ_IRD}; {@code TH_NATIONAL_ID};
 *       vehicle identification numbers {@code VIN}; SIM card numbers {@code ICCID}; and the
 *       European ids of {@link EuropeanIdFormats}: UK {@code UK_UTR}, {@code UK_DRIVING_LICENCE};
 *       {@code IE_PPSN}; {@code FR_TAX_ID}; {@code DE_SOCIAL_SECURITY}; {@code ES_NSS}; Portugal
 *       {@code PT_NIF}, {@code PT_CC}; {@code CH_AHV}; {@code AT_SOCIAL_SECURITY}; {@code
 *       FI_PERSONAL_IDENTITY_CODE}; {@code NO_FNR}; {@code DK_CPR}; {@code SE_ORGANISATIONSNUMMER};
 *       {@code CZ_BIRTH_NUMBER}; Poland {@code PL_ID_CARD}, {@code PL_REGON}; {@code HU_TAJ};
 *       {@code HR_OIB}; {@code RO_CNP}; {@code BG_EGN}; {@code SI_EMSO}; {@code EE_ISIKUKOOD};
 *       {@code LT_ASMENS_KODAS}; {@code LV_PERSONAS_KODS}; {@code GR_AMKA}; {@code IS_KENNITALA};
 *       {@code BE_ENTERPRISE_NUMBER}; {@code FI_BUSINESS_ID}; {@code NO_ORGANISASJONSNUMMER};
 *       {@code DK_CVR}.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class RegexDetectorProvider implements DetectorProvider {

  /** The name users select this family by. */
  public static final String NAME = "regex";

  /** Creates the provider; called by {@link java.util.ServiceLoader}. */
  public RegexDetectorProvider() {}

  /**
   * Returns {@value #NAME}.
   *
   * @return the provider name
   */
  @Override
  public String name() {
    return NAME;
  }

  /**
   * Creates the detectors of this family.
   *
   * @param config the scanner's configuration for this family (no key is accepted yet); its
   *     languages choose the regions of national phone numbers in texts of unknown language
   * @return the detectors, immutable and thread-safe
   */
  @Override
  public List<Detector> create(DetectorConfig config) {
    Objects.requireNonNull(config, "config");
    return List.of(new EmailDetector(), new StructuredDetector(config.languages()));
  }

  /** Returns the provider name. */
  @Override
  public String toString() {
    return "RegexDetectorProvider[" + NAME + "]";
  }
}
