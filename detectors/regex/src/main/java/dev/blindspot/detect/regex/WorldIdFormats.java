package dev.blindspot.detect.regex;

import static dev.blindspot.detect.regex.FixedFormatRecognizer.Chars.ALPHANUMERIC;
import static dev.blindspot.detect.regex.FixedFormatRecognizer.Chars.DIGITS;
import static dev.blindspot.detect.regex.Recognizer.BARE;
import static dev.blindspot.detect.regex.Recognizer.CHECKSUM;
import static dev.blindspot.detect.regex.Recognizer.WEAK_CHECKSUM;

import dev.blindspot.PiiType;
import java.util.List;

/**
 * The identifiers of the Americas, Asia, Africa and Oceania, and the vehicle (VIN) and SIM card
 * (ICCID) numbers (the European and the first national ones are in {@link NationalIdFormats}):
 * one method per type, each stating the writings accepted, the validator (in {@link WorldIds}),
 * the base scores and the context words (English, French, German, Spanish and the country's
 * language). Scores follow the package's model:
 *
 * <ul>
 *   <li>a bare run of digits that passed a check, even a two-digit one (CPF, CUIT, NPI, My
 *       Number, IRD...), gets {@value Recognizer#WEAK_CHECKSUM}: eleven digits passing a one in a
 *       hundred check are still met in phone and order numbers, so a context word is needed, as
 *       for the mod 89 of the Australian ABN;
 *   <li>a value with letters whose check passed (CURP, GSTIN, Taiwanese id, VIN), a check over a
 *       birth date (Chinese resident id), or the official writing of a checked number that only
 *       the type has ({@code 111.444.777-35}, {@code 20-12345678-6}, {@code A123456(3)}) gets
 *       {@value Recognizer#CHECKSUM};
 *   <li>a pattern without a check (EIN, MBI, Korean resident number, a VIN of outside North
 *       America) gets {@value Recognizer#BARE}: context is required.
 * </ul>
 *
 * <p>Where the same digits pass several types (a nine-digit Luhn number is a valid SIN, SIREN,
 * Israeli id and Canadian business number), every type adds its hit and the context words decide.
 */
final class WorldIdFormats {

  private WorldIdFormats() {}

  private static int[][] groupings(int[]... groupings) {
    return groupings;
  }

  private static ContextWords words(String... positive) {
    return ContextWords.of(List.of(positive), ReferenceWords.NOT_PERSONAL);
  }

  /** Every recognizer of this catalogue, in the order they break ties. */
  static List<Recognizer> all() {
    return List.of(
        usNpi(), usDea(), usMbi(), usEin(), caBusinessNumber(), caBusinessProgramAccount(),
        brCpf(), brCnpj(), mxCurp(), clRut(), clRutDotted(), arCuit(), peRuc(), coNit(),
        coNitDotted(), cnResidentId(), new HkIdRecognizer(hkIdContext()),
        twNationalId(), jpMyNumber(), krRrn(), inGstin(), zaId(), ilId(), aeEmiratesId(),
        aeEmiratesIdDashed(), nzIrd(), auAcn(), thNationalId(), vinChecked(), vin(), iccid());
  }

  /** US National Provider Identifier: ten digits, first 1 or 2, Luhn over the 80840 prefix. */
  static Recognizer usNpi() {
    return new FixedFormatRecognizer(PiiType.of("US_NPI"), "pattern:us-npi",
        words("npi", "npi number", "national provider identifier", "provider number",
            "prescriber", "numéro npi", "identifiant de prestataire", "NPI-Nummer",
            "número npi", "identificador nacional de proveedor"),
        DIGITS, groupings(new int[] {10}), WorldIds::usNpi, "luhn-80840",
        WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /** US DEA registration number: registrant letter, initial, seven digits, 1-3-5/2-4-6 check. */
  static Recognizer usDea() {
    return new FixedFormatRecognizer(PiiType.of("US_DEA"), "pattern:us-dea",
        words("dea", "dea number", "dea registration", "dea #", "dea no", "prescriber",
            "numéro dea", "enregistrement dea", "DEA-Nummer", "número dea", "registro dea"),
        ALPHANUMERIC, groupings(new int[] {9}), WorldIds::usDea, "dea-checksum",
        WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /** US Medicare Beneficiary Identifier: eleven chars by position class, 4-3-4; no check. */
  static Recognizer usMbi() {
    return new FixedFormatRecognizer(PiiType.of("US_MBI"), "pattern:us-mbi",
        words("mbi", "medicare beneficiary identifier", "medicare number", "medicare id",
            "medicare card", "beneficiary id", "numéro medicare", "carte medicare",
            "Medicare-Nummer", "número de medicare", "tarjeta de medicare"),
        ALPHANUMERIC, groupings(new int[] {11}, new int[] {4, 3, 4}), WorldIds::usMbi,
        "mbi-format", BARE, BARE);
  }

  /** US Employer Identification Number: nine digits, 2-7, assigned prefix; no check. */
  static Recognizer usEin() {
    return new FixedFormatRecognizer(PiiType.of("US_EIN"), "pattern:us-ein",
        words("ein number", "ein no", "ein #", "ein:", "fein", "employer identification number",
            "employer id", "federal tax id", "federal tax identification number",
            "federal employer",
            "numéro d'identification d'employeur", "numéro ein", "Arbeitgebernummer",
            "número de identificación del empleador", "número ein"),
        DIGITS, groupings(new int[] {9}, new int[] {2, 7}), WorldIds::usEin, "ein-prefix",
        BARE, BARE);
  }

  private static ContextWords caBusinessContext() {
    return words("business number", "bn", "bn9", "bn15", "cra business number", "gst number",
        "hst number", "gst/hst", "tps/tvh", "numéro d'entreprise", "numéro d'entreprise canadien",
        "Unternehmensnummer", "número de empresa");
  }

  /** Canadian business number (BN9): nine digits, 3-3-3, Luhn. */
  static Recognizer caBusinessNumber() {
    return new FixedFormatRecognizer(PiiType.of("CA_BUSINESS_NUMBER"),
        "pattern:ca-business-number", caBusinessContext(), DIGITS,
        groupings(new int[] {9}, new int[] {3, 3, 3}), WorldIds::caBusinessNumber, "luhn",
        WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /**
   * Canadian business number with its program account (BN15, {@code 123456782RT0001}): the
   * program letters make the writing the type's own.
   */
  static Recognizer caBusinessProgramAccount() {
    return new FixedFormatRecognizer(PiiType.of("CA_BUSINESS_NUMBER"),
        "pattern:ca-business-number", caBusinessContext(), ALPHANUMERIC,
        groupings(new int[] {15}, new int[] {9, 6}, new int[] {9, 2, 4}),
        WorldIds::caBusinessNumber, "luhn-program", CHECKSUM, CHECKSUM);
  }

  /** Brazilian CPF: eleven digits, 3-3-3-2 ({@code 111.444.777-35}), two mod 11 digits. */
  static Recognizer brCpf() {
    return new FixedFormatRecognizer(PiiType.of("BR_CPF"), "pattern:br-cpf",
        words("cpf", "cadastro de pessoas físicas", "cadastro de pessoa física", "nº do cpf",
            "brazilian tax id", "numéro cpf", "CPF-Nummer", "número de cpf"),
        DIGITS, groupings(new int[] {11}, new int[] {3, 3, 3, 2}), WorldIds::brCpf,
        "mod11-2", WEAK_CHECKSUM, CHECKSUM);
  }

  /**
   * Brazilian CNPJ: fourteen chars, 2-3-3-4-2 ({@code 11.222.333/0001-81}), letters allowed in
   * the first twelve since 2026, two mod 11 digits.
   */
  static Recognizer brCnpj() {
    return new FixedFormatRecognizer(PiiType.of("BR_CNPJ"), "pattern:br-cnpj",
        words("cnpj", "cadastro nacional da pessoa jurídica", "nº do cnpj", "empresa",
            "company tax id", "brazilian company", "numéro cnpj", "CNPJ-Nummer",
            "número de cnpj"),
        ALPHANUMERIC, groupings(new int[] {14}, new int[] {2, 3, 3, 4, 2}), WorldIds::brCnpj,
        "mod11-2", WEAK_CHECKSUM, CHECKSUM);
  }

  /** Mexican CURP: eighteen letters and digits, birth date, state, check digit. */
  static Recognizer mxCurp() {
    return new FixedFormatRecognizer(PiiType.of("MX_CURP"), "pattern:mx-curp",
        words("curp", "clave única de registro de población", "clave curp", "mexican id",
            "numéro curp", "CURP-Nummer", "número curp"),
        ALPHANUMERIC, groupings(new int[] {18}), WorldIds::mxCurp, "date-check-digit",
        CHECKSUM, CHECKSUM);
  }

  private static ContextWords clRutContext() {
    return words("rut", "rol único tributario", "rol único nacional", "cédula",
        "cédula de identidad", "chilean id", "chilean tax id", "numéro rut", "RUT-Nummer",
        "número de rut");
  }

  /** Chilean RUT written with a dash only ({@code 12345678-5}): mod 11 check, K for 10. */
  static Recognizer clRut() {
    return new FixedFormatRecognizer(PiiType.of("CL_RUT"), "pattern:cl-rut", clRutContext(),
        ALPHANUMERIC, groupings(new int[] {8, 1}, new int[] {7, 1}), WorldIds::clRut,
        "mod11-k", WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /** Chilean RUT in its official writing {@code 12.345.678-5}, the type's own. */
  static Recognizer clRutDotted() {
    return new FixedFormatRecognizer(PiiType.of("CL_RUT"), "pattern:cl-rut", clRutContext(),
        ALPHANUMERIC, groupings(new int[] {2, 3, 3, 1}, new int[] {1, 3, 3, 1}),
        WorldIds::clRut, "mod11-k", CHECKSUM, CHECKSUM);
  }

  /** Argentine CUIT/CUIL: eleven digits, 2-8-1 ({@code 20-12345678-6}), type prefix, mod 11. */
  static Recognizer arCuit() {
    return new FixedFormatRecognizer(PiiType.of("AR_CUIT"), "pattern:ar-cuit",
        words("cuit", "cuil", "clave única de identificación tributaria",
            "código único de identificación laboral", "argentine tax id", "numéro cuit",
            "CUIT-Nummer", "número de cuit"),
        DIGITS, groupings(new int[] {11}, new int[] {2, 8, 1}), WorldIds::arCuit, "mod11",
        WEAK_CHECKSUM, CHECKSUM);
  }

  /** Peruvian RUC: eleven digits, kind prefix 10, 15, 17 or 20, weighted mod 11. */
  static Recognizer peRuc() {
    return new FixedFormatRecognizer(PiiType.of("PE_RUC"), "pattern:pe-ruc",
        words("ruc", "registro único de contribuyentes", "número de ruc", "nro de ruc",
            "sunat", "peruvian tax id", "numéro ruc", "RUC-Nummer"),
        DIGITS, groupings(new int[] {11}), WorldIds::peRuc, "mod11", WEAK_CHECKSUM,
        WEAK_CHECKSUM);
  }

  private static ContextWords coNitContext() {
    return words("nit", "número de identificación tributaria", "número nit", "rut colombiano",
        "dian", "colombian tax id", "numéro nit", "NIT-Nummer");
  }

  /** Colombian NIT unseparated or as {@code 900123456-7}: nine digits, verification digit. */
  static Recognizer coNit() {
    return new FixedFormatRecognizer(PiiType.of("CO_NIT"), "pattern:co-nit", coNitContext(),
        DIGITS, groupings(new int[] {10}, new int[] {9, 1}), WorldIds::coNit, "mod11-primes",
        WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /** Colombian NIT in its official writing {@code 900.123.456-7}, the type's own. */
  static Recognizer coNitDotted() {
    return new FixedFormatRecognizer(PiiType.of("CO_NIT"), "pattern:co-nit", coNitContext(),
        DIGITS, groupings(new int[] {3, 3, 3, 1}), WorldIds::coNit, "mod11-primes", CHECKSUM,
        CHECKSUM);
  }

  /** Chinese resident identity card: eighteen chars, province, birth date, MOD 11-2 check. */
  static Recognizer cnResidentId() {
    return new FixedFormatRecognizer(PiiType.of("CN_RESIDENT_ID"), "pattern:cn-resident-id",
        words("身份证", "身份证号", "身份证号码", "居民身份证", "resident identity card",
            "chinese id", "id card number", "carte d'identité chinoise", "carte de résident",
            "Personalausweis", "chinesischer Ausweis", "documento de identidad chino"),
        ALPHANUMERIC, groupings(new int[] {18}, new int[] {6, 8, 4}), WorldIds::cnResidentId,
        "date-mod11-2", CHECKSUM, CHECKSUM);
  }

  /** The context words of the Hong Kong identity card, for {@link HkIdRecognizer}. */
  static ContextWords hkIdContext() {
    return words("hkid", "hong kong id", "hong kong identity card", "identity card",
        "身份證", "香港身份證", "carte d'identité de hong kong", "carte d'identité hongkongaise",
        "Hongkonger Ausweis", "documento de identidad de hong kong");
  }

  /** Taiwanese national id: area letter, sex digit, eight digits, weighted mod 10. */
  static Recognizer twNationalId() {
    return new FixedFormatRecognizer(PiiType.of("TW_NATIONAL_ID"), "pattern:tw-national-id",
        words("身分證", "身分證字號", "統一編號", "national id", "taiwan id",
            "taiwanese id", "carte d'identité taïwanaise", "taiwanischer Ausweis",
            "documento de identidad taiwanés"),
        ALPHANUMERIC, groupings(new int[] {10}), WorldIds::twNationalId, "check-digit",
        CHECKSUM, CHECKSUM);
  }

  /** Japanese My Number: twelve digits, 4-4-4, mod 11 check digit. */
  static Recognizer jpMyNumber() {
    return new FixedFormatRecognizer(PiiType.of("JP_MY_NUMBER"), "pattern:jp-my-number",
        words("my number", "mynumber", "individual number", "マイナンバー", "個人番号",
            "numéro my number", "numéro individuel", "japanische Identifikationsnummer",
            "número personal japonés", "número my number"),
        DIGITS, groupings(new int[] {12}, new int[] {4, 4, 4}), WorldIds::jpMyNumber, "mod11",
        WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /**
   * South Korean resident registration number: YYMMDD-NNNNNNN, date and sex digit; no check digit
   * since 2020, so context is required.
   */
  static Recognizer krRrn() {
    return new FixedFormatRecognizer(PiiType.of("KR_RRN"), "pattern:kr-rrn",
        words("주민등록번호", "주민번호", "resident registration number", "rrn", "korean id",
            "numéro d'enregistrement de résident", "numéro coréen",
            "koreanische Registrierungsnummer", "número de registro de residente"),
        DIGITS, groupings(new int[] {13}, new int[] {6, 7}), WorldIds::krRrn, "date-sex",
        BARE, BARE);
  }

  /** Indian GSTIN: fifteen chars, state code, PAN, mod 36 check char. */
  static Recognizer inGstin() {
    return new FixedFormatRecognizer(PiiType.of("IN_GSTIN"), "pattern:in-gstin",
        words("gstin", "gst number", "gst no", "gst registration", "goods and services tax",
            "numéro gstin", "numéro de tps indien", "GSTIN-Nummer", "número gstin",
            "जीएसटीआईएन"),
        ALPHANUMERIC, groupings(new int[] {15}), WorldIds::inGstin, "mod36",
        CHECKSUM, CHECKSUM);
  }

  /** South African identity number: thirteen digits, birth date, citizenship, Luhn. */
  static Recognizer zaId() {
    return new FixedFormatRecognizer(PiiType.of("ZA_ID"), "pattern:za-id",
        words("south african id", "sa id", "id number", "identity number", "rsa id",
            "identiteitsnommer", "id-nommer", "numéro d'identité sud-africain",
            "südafrikanische Identitätsnummer", "número de identidad sudafricano"),
        DIGITS, groupings(new int[] {13}, new int[] {6, 4, 3}), WorldIds::zaId, "date-luhn",
        WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /** Israeli identity number (Teudat Zehut): nine digits, Luhn. */
  static Recognizer ilId() {
    return new FixedFormatRecognizer(PiiType.of("IL_ID"), "pattern:il-id",
        words("teudat zehut", "תעודת זהות", "מספר זהות", "israeli id", "israel id",
            "numéro d'identité israélien", "carte d'identité israélienne",
            "israelische Ausweisnummer", "número de identidad israelí"),
        DIGITS, groupings(new int[] {9}), WorldIds::ilId, "luhn", WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  private static ContextWords aeEmiratesIdContext() {
    return words("emirates id", "emirates id number", "eid", "uae id", "الهوية الإماراتية",
        "رقم الهوية", "carte d'identité émiratie", "Emirates-ID", "documento de identidad emiratí");
  }

  /** United Arab Emirates identity card number as fifteen bare digits: 784, year, Luhn. */
  static Recognizer aeEmiratesId() {
    return new FixedFormatRecognizer(PiiType.of("AE_EMIRATES_ID"), "pattern:ae-emirates-id",
        aeEmiratesIdContext(), DIGITS, groupings(new int[] {15}), WorldIds::aeEmiratesId,
        "luhn", WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /** United Arab Emirates identity card number written {@code 784-1985-1234567-1}, its own. */
  static Recognizer aeEmiratesIdDashed() {
    return new FixedFormatRecognizer(PiiType.of("AE_EMIRATES_ID"), "pattern:ae-emirates-id",
        aeEmiratesIdContext(), DIGITS, groupings(new int[] {3, 4, 7, 1}), WorldIds::aeEmiratesId,
        "luhn", CHECKSUM, CHECKSUM);
  }

  /** New Zealand IRD number: eight or nine digits, 2-3-3 or 3-3-3, two-weight mod 11. */
  static Recognizer nzIrd() {
    return new FixedFormatRecognizer(PiiType.of("NZ_IRD"), "pattern:nz-ird",
        words("ird", "ird number", "ird no", "inland revenue", "tax number", "te tari taake",
            "numéro ird", "numéro fiscal néo-zélandais", "IRD-Nummer", "número ird"),
        DIGITS,
        groupings(new int[] {8}, new int[] {9}, new int[] {2, 3, 3}, new int[] {3, 3, 3}),
        WorldIds::nzIrd, "mod11", WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /** Australian company number: nine digits, 3-3-3, weights 8..1 mod 10. */
  static Recognizer auAcn() {
    return new FixedFormatRecognizer(PiiType.of("AU_ACN"), "pattern:au-acn",
        words("acn", "australian company number", "company number", "asic",
            "numéro de société australien", "australische Firmennummer",
            "número de empresa australiano"),
        DIGITS, groupings(new int[] {9}, new int[] {3, 3, 3}), WorldIds::auAcn, "mod10",
        WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /** Thai national id: thirteen digits, 1-4-5-2-1 ({@code 1-1017-00203-41-7}), mod 11. */
  static Recognizer thNationalId() {
    return new FixedFormatRecognizer(PiiType.of("TH_NATIONAL_ID"), "pattern:th-national-id",
        words("เลขประจำตัวประชาชน", "บัตรประชาชน", "thai id", "thai national id",
            "national id", "citizen id", "carte d'identité thaïlandaise",
            "thailändische Ausweisnummer", "cédula tailandesa"),
        DIGITS, groupings(new int[] {13}, new int[] {1, 4, 5, 2, 1}), WorldIds::thNationalId,
        "mod11", WEAK_CHECKSUM, CHECKSUM);
  }

  private static ContextWords vinContext() {
    return words("vin", "vin number", "vehicle identification number", "chassis number",
        "chassis", "numéro de série du véhicule", "numéro vin", "numéro de châssis",
        "Fahrgestellnummer", "Fahrzeug-Identifizierungsnummer", "número de bastidor",
        "número de chasis", "número vin");
  }

  /** Vehicle identification number whose position-9 check digit is right (North America). */
  static Recognizer vinChecked() {
    return new FixedFormatRecognizer(PiiType.of("VIN"), "pattern:vin", vinContext(),
        ALPHANUMERIC, groupings(new int[] {17}), WorldIds::vinChecked, "vin-check-digit",
        CHECKSUM, CHECKSUM);
  }

  /** Vehicle identification number without a valid check digit (most of the world): context. */
  static Recognizer vin() {
    return new FixedFormatRecognizer(PiiType.of("VIN"), "pattern:vin", vinContext(),
        ALPHANUMERIC, groupings(new int[] {17}), WorldIds::vin, "vin-format", BARE, BARE);
  }

  /** SIM card number (ICCID): 19 or 20 digits, 89 prefix, 4-4-4-4-3(4) groups, Luhn. */
  static Recognizer iccid() {
    return new FixedFormatRecognizer(PiiType.of("ICCID"), "pattern:iccid",
        words("iccid", "sim", "sim card", "sim card number", "sim number", "carte sim",
            "numéro de carte sim", "numéro iccid", "SIM-Karte", "SIM-Kartennummer",
            "tarjeta sim", "número de tarjeta sim", "número iccid"),
        DIGITS, groupings(new int[] {19}, new int[] {20}, new int[] {4, 4, 4, 4, 3},
            new int[] {4, 4, 4, 4, 4}), WorldIds::iccid, "luhn", WEAK_CHECKSUM, WEAK_CHECKSUM);
  }
}
