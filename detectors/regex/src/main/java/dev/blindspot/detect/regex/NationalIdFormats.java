package dev.blindspot.detect.regex;

import static dev.blindspot.detect.regex.FixedFormatRecognizer.Chars.ALPHANUMERIC;
import static dev.blindspot.detect.regex.FixedFormatRecognizer.Chars.DIGITS;
import static dev.blindspot.detect.regex.Recognizer.BARE;
import static dev.blindspot.detect.regex.Recognizer.CHECKSUM;
import static dev.blindspot.detect.regex.Recognizer.STRUCTURE;
import static dev.blindspot.detect.regex.Recognizer.WEAK_CHECKSUM;

import dev.blindspot.PiiType;
import java.util.List;

/**
 * The national identifiers of fixed length: one method per type, each stating the writings
 * accepted, the validator, the base scores and the context words (English, French, German,
 * Spanish and the country's language). Scores follow the package's model:
 *
 * <ul>
 *   <li>a bare run of digits that passed a check one random number in ten or eleven passes (NHS,
 *       BSN, SIN, TFN, Aadhaar, SIREN...) gets {@value Recognizer#WEAK_CHECKSUM}: below the
 *       default threshold until a context word lifts it;
 *   <li>a value with letters whose check passed (DNI letter, codice fiscale, NRIC) gets {@value
 *       Recognizer#CHECKSUM}, as do writings only the type has (Belgian {@code 85.07.30-033.28});
 *   <li>a pattern without a check (passports, identity cards, driver licences, PAN) gets {@value
 *       Recognizer#BARE}: context is required.
 * </ul>
 *
 * <p>Where the same digits pass several types (a nine-digit number may pass the BSN 11-test and the
 * SIN Luhn check), every type adds its hit; the context words decide which scores highest.
 */
final class NationalIdFormats {

  private NationalIdFormats() {}

  private static final List<String> NOT_PERSONAL = ReferenceWords.NOT_PERSONAL;

  private static int[][] groupings(int[]... groupings) {
    return groupings;
  }

  private static ContextWords words(String... positive) {
    return ContextWords.of(List.of(positive), NOT_PERSONAL);
  }

  /**
   * Every recognizer of this catalogue. Between equal candidates the earlier wins, so a shape with
   * a narrower alphabet (the German document numbers) comes before a broader one (the French
   * identity card).
   */
  static List<Recognizer> all() {
    return List.of(
        ukNhs(), usItin(), usAbaRouting(), usPassport(), usDriverLicense(), frSiren(), frSiret(),
        frPassport(), deTaxId(), deIdCard(), dePassport(), frIdCard(), esNif(), esCif(),
        itFiscalCode(), itVat(), nlBsn(), beNationalNumber(), plPesel(), plNip(),
        sePersonnummer(), caSin(), auTfn(), auMedicare(), auAbn(), inAadhaar(), inPan(),
        sgNric());
  }

  /** UK NHS number: ten digits, 3-3-4, mod 11. */
  static Recognizer ukNhs() {
    return new FixedFormatRecognizer(PiiType.of("UK_NHS"), "pattern:uk-nhs",
        words("nhs", "nhs number", "nhs no", "national health service", "health service number",
            "numéro nhs", "NHS-Nummer", "número nhs", "chi number", "patient number"),
        DIGITS, groupings(new int[] {10}, new int[] {3, 3, 4}), NationalIds::ukNhs, "mod11",
        WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /**
   * US individual taxpayer identification number: 9XX-[5-9]X-XXXX, no check digit; dashed or
   * spaced it has the syntax of an SSN and scores like one.
   */
  static Recognizer usItin() {
    return new FixedFormatRecognizer(PiiType.of("US_ITIN"), "pattern:us-itin",
        words("itin", "individual taxpayer", "taxpayer identification", "taxpayer id",
            "tax id", "tin", "irs", "w-7", "numéro fiscal", "identifiant fiscal",
            "Steuernummer", "número de identificación fiscal"),
        DIGITS, groupings(new int[] {9}, new int[] {3, 2, 4}), NationalIds::usItin,
        "area-group", BARE, STRUCTURE);
  }

  /** US ABA routing transit number: nine bare digits, Federal Reserve prefix, 3-7-1 check. */
  static Recognizer usAbaRouting() {
    return new FixedFormatRecognizer(PiiType.of("US_ABA_ROUTING"), "pattern:us-aba-routing",
        words("routing", "routing number", "routing no", "aba", "aba number", "rtn",
            "transit number", "bank routing", "numéro de routage", "code de routage",
            "Routingnummer", "número de ruta", "número de enrutamiento"),
        DIGITS, groupings(new int[] {9}), TaxIds::usAbaRouting, "aba-checksum",
        WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /** US passport book number: nine digits, or a letter and eight digits (next generation). */
  static Recognizer usPassport() {
    return new FixedFormatRecognizer(PiiType.of("US_PASSPORT"), "pattern:us-passport",
        words("passport", "passport number", "passport no", "us passport", "passeport",
            "numéro de passeport", "Reisepass", "Reisepassnummer", "pasaporte",
            "número de pasaporte"),
        ALPHANUMERIC, groupings(new int[] {9}), NationalIdFormats::usPassportFormat,
        "format", BARE, BARE);
  }

  static boolean usPassportFormat(String s) {
    return s.length() == 9
        && (Checksums.isDigit(s.charAt(0)) || Checksums.isUpperLetter(s.charAt(0)))
        && Checksums.allDigits(s, 1, 9);
  }

  /**
   * US driver licence numbers, whose formats vary by state: one or two letters and 5 to 13 digits,
   * or 7 to 12 digits. Context is required.
   */
  static Recognizer usDriverLicense() {
    int[][] lengths = new int[10][];
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] = new int[] {6 + i};
    }
    return new FixedFormatRecognizer(PiiType.of("US_DRIVER_LICENSE"), "pattern:us-driver-license",
        words("driver license", "driver's license", "drivers license", "driver licence",
            "driving licence", "driver's licence", "dl", "dl number", "license number",
            "licence number", "dmv", "permis de conduire", "Führerschein",
            "Führerscheinnummer", "licencia de conducir", "permiso de conducir"),
        ALPHANUMERIC, lengths, NationalIdFormats::usDriverLicenseFormat, "format", BARE, BARE);
  }

  static boolean usDriverLicenseFormat(String s) {
    int letters = 0;
    while (letters < s.length() && Checksums.isUpperLetter(s.charAt(letters))) {
      letters++;
    }
    int digits = s.length() - letters;
    return Checksums.allDigits(s, letters, s.length())
        && (letters == 0 ? digits >= 7 && digits <= 12 : letters <= 2 && digits >= 5);
  }

  /** French SIREN (company): nine digits, 3-3-3, Luhn. */
  static Recognizer frSiren() {
    return new FixedFormatRecognizer(PiiType.of("FR_SIREN"), "pattern:fr-siren",
        words("siren", "numéro siren", "n° siren", "rcs", "kbis", "entreprise", "société",
            "company number", "company registration", "Handelsregister", "empresa"),
        DIGITS, groupings(new int[] {9}, new int[] {3, 3, 3}), TaxIds::frSiren, "luhn",
        WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /** French SIRET (establishment): fourteen digits, 3-3-3-5, Luhn (La Poste: digit sum). */
  static Recognizer frSiret() {
    return new FixedFormatRecognizer(PiiType.of("FR_SIRET"), "pattern:fr-siret",
        words("siret", "numéro siret", "n° siret", "établissement", "entreprise", "société",
            "auto-entrepreneur", "micro-entreprise", "company number", "business number",
            "Betriebsnummer", "empresa"),
        DIGITS, groupings(new int[] {14}, new int[] {3, 3, 3, 5}), TaxIds::frSiret, "luhn",
        WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /** French passport: two digits, two letters, five digits ({@code 12AB34567}). */
  static Recognizer frPassport() {
    return new FixedFormatRecognizer(PiiType.of("FR_PASSPORT"), "pattern:fr-passport",
        words("passeport", "numéro de passeport", "n° de passeport", "passport",
            "passport number", "french passport", "Reisepass", "pasaporte"),
        ALPHANUMERIC, groupings(new int[] {9}), NationalIdFormats::frPassportFormat, "format",
        BARE, BARE);
  }

  static boolean frPassportFormat(String s) {
    return s.length() == 9 && Checksums.allDigits(s, 0, 2)
        && Checksums.isUpperLetter(s.charAt(2)) && Checksums.isUpperLetter(s.charAt(3))
        && Checksums.allDigits(s, 4, 9);
  }

  /**
   * French identity card: twelve digits (cards issued before 2021) or nine letters and digits
   * (since 2021). Context is required.
   */
  static Recognizer frIdCard() {
    return new FixedFormatRecognizer(PiiType.of("FR_ID_CARD"), "pattern:fr-id-card",
        words("carte d'identité", "carte nationale d'identité", "cni", "numéro de carte d'identité",
            "pièce d'identité", "identity card", "id card", "french id", "Personalausweis",
            "documento de identidad"),
        ALPHANUMERIC, groupings(new int[] {12}, new int[] {9}), NationalIdFormats::frIdCardFormat,
        "format", BARE, BARE);
  }

  static boolean frIdCardFormat(String s) {
    if (s.length() == 12) {
      return Checksums.allDigits(s);
    }
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      letter |= Checksums.isUpperLetter(s.charAt(i));
    }
    return s.length() == 9 && letter;
  }

  /** German tax id (Steuer-ID): eleven digits, digit-distribution rule, ISO 7064 MOD 11,10. */
  static Recognizer deTaxId() {
    return new FixedFormatRecognizer(PiiType.of("DE_TAX_ID"), "pattern:de-tax-id",
        words("steuer-id", "steuerid", "steueridentifikationsnummer",
            "steuerliche identifikationsnummer", "identifikationsnummer", "idnr", "tin",
            "tax id", "german tax id", "tax identification number", "numéro fiscal",
            "identifiant fiscal", "número de identificación fiscal"),
        DIGITS, groupings(new int[] {11}, new int[] {2, 3, 3, 3}), TaxIds::deSteuerId,
        "mod11-10", WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /**
   * German identity card: a letter L-Y and eight chars of the document alphabet, optionally
   * followed by the machine-readable check digit. Context is required.
   */
  static Recognizer deIdCard() {
    return new FixedFormatRecognizer(PiiType.of("DE_ID_CARD"), "pattern:de-id-card",
        words("personalausweis", "ausweis", "ausweisnummer", "personalausweisnummer",
            "identity card", "id card", "german id", "carte d'identité", "documento de identidad"),
        ALPHANUMERIC, groupings(new int[] {9}, new int[] {10}),
        s -> "LMNPRTVWXY".indexOf(s.charAt(0)) >= 0 && deDocument(s), "document-alphabet",
        BARE, BARE);
  }

  /**
   * German passport: a letter C-K and eight chars of the document alphabet, optionally followed by
   * the machine-readable check digit. Context is required.
   */
  static Recognizer dePassport() {
    return new FixedFormatRecognizer(PiiType.of("DE_PASSPORT"), "pattern:de-passport",
        words("reisepass", "reisepassnummer", "passnummer", "passport",
            "passport number", "german passport", "passeport", "pasaporte"),
        ALPHANUMERIC, groupings(new int[] {9}, new int[] {10}),
        s -> "CFGHJK".indexOf(s.charAt(0)) >= 0 && deDocument(s), "document-alphabet",
        BARE, BARE);
  }

  private static boolean deDocument(String s) {
    return s.length() == 9 ? NationalIds.deDocumentSerial(s) : NationalIds.deIdCardNumber(s);
  }

  /** Spanish NIF of a person: DNI (eight digits and letter), NIE (X/Y/Z), K/L/M; mod 23 letter. */
  static Recognizer esNif() {
    return new FixedFormatRecognizer(PiiType.of("ES_NIF"), "pattern:es-nif",
        words("dni", "nie", "nif", "documento nacional de identidad", "número de identidad",
            "número de identificación", "identificación fiscal", "spanish id", "carte d'identité",
            "Ausweis"),
        ALPHANUMERIC,
        groupings(new int[] {9}, new int[] {8, 1}, new int[] {1, 7, 1}, new int[] {2, 3, 3, 1}),
        s -> ("XYZKLM".indexOf(s.charAt(0)) >= 0 || Checksums.isDigit(s.charAt(0)))
            && TaxIds.esNif(s),
        "mod23-letter", CHECKSUM, CHECKSUM);
  }

  /** Spanish CIF (NIF of a legal entity): entity letter, seven digits, control digit or letter. */
  static Recognizer esCif() {
    return new FixedFormatRecognizer(PiiType.of("ES_CIF"), "pattern:es-cif",
        words("cif", "nif", "código de identificación fiscal", "identificación fiscal",
            "empresa", "sociedad", "company tax id", "société", "Steuernummer"),
        ALPHANUMERIC, groupings(new int[] {9}, new int[] {1, 8}, new int[] {1, 7, 1}),
        TaxIds::esCif, "cif-control", CHECKSUM, CHECKSUM);
  }

  /** Italian codice fiscale: sixteen letters and digits, month letter, day, check letter. */
  static Recognizer itFiscalCode() {
    return new FixedFormatRecognizer(PiiType.of("IT_FISCAL_CODE"), "pattern:it-fiscal-code",
        words("codice fiscale", "cod. fiscale", "cf", "tessera sanitaria", "fiscal code",
            "italian tax code", "tax code", "code fiscal", "Steuernummer", "código fiscal"),
        ALPHANUMERIC, groupings(new int[] {16}, new int[] {3, 3, 5, 5}),
        NationalIds::itCodiceFiscale, "check-char", CHECKSUM, CHECKSUM);
  }

  /** Italian partita IVA (national form): eleven digits, Luhn. */
  static Recognizer itVat() {
    return new FixedFormatRecognizer(PiiType.of("IT_VAT"), "pattern:it-vat",
        words("partita iva", "p.iva", "p. iva", "piva", "iva", "vat", "vat number",
            "numéro de tva", "tva", "USt-IdNr", "Umsatzsteuer", "número de iva"),
        DIGITS, groupings(new int[] {11}), TaxIds::itPartitaIva, "luhn", WEAK_CHECKSUM,
        WEAK_CHECKSUM);
  }

  /** Dutch BSN: nine digits (also 4-2-3 or 3-3-3), 11-test. */
  static Recognizer nlBsn() {
    return new FixedFormatRecognizer(PiiType.of("NL_BSN"), "pattern:nl-bsn",
        words("bsn", "burgerservicenummer", "sofinummer", "sofi-nummer", "citizen service number",
            "numéro bsn", "BSN-Nummer", "número bsn"),
        DIGITS, groupings(new int[] {9}, new int[] {4, 2, 3}, new int[] {3, 3, 3}),
        NationalIds::nlBsn, "eleven-test", WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /**
   * Belgian national register number: birth date, serial and a mod 97 key; the official writing
   * {@code YY.MM.DD-SSS.KK} is the type's own ({@value Recognizer#CHECKSUM}), eleven bare digits are
   * not ({@value Recognizer#WEAK_CHECKSUM}).
   */
  static Recognizer beNationalNumber() {
    return new FixedFormatRecognizer(PiiType.of("BE_NATIONAL_NUMBER"), "pattern:be-national-number",
        words("rijksregisternummer", "rijksregister", "numéro de registre national",
            "registre national", "numéro national", "niss", "insz", "national number",
            "national register number", "Nationalregisternummer", "número nacional"),
        DIGITS, groupings(new int[] {11}, new int[] {2, 2, 2, 3, 2}, new int[] {6, 3, 2}),
        NationalIds::beNationalNumber, "mod97", WEAK_CHECKSUM, CHECKSUM);
  }

  /** Polish PESEL: eleven digits, birth date with century in the month, weights 1-3-7-9. */
  static Recognizer plPesel() {
    return new FixedFormatRecognizer(PiiType.of("PL_PESEL"), "pattern:pl-pesel",
        words("pesel", "numer pesel", "nr pesel", "polish id", "numéro pesel", "PESEL-Nummer",
            "número pesel"),
        DIGITS, groupings(new int[] {11}), NationalIds::plPesel, "date-checksum",
        WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /** Polish NIP (tax id): ten digits, 3-3-2-2 or 3-2-2-3, mod 11. */
  static Recognizer plNip() {
    return new FixedFormatRecognizer(PiiType.of("PL_NIP"), "pattern:pl-nip",
        words("nip", "numer nip", "nr nip", "numer identyfikacji podatkowej", "polish tax id",
            "tax id", "numéro fiscal", "Steuernummer", "número de identificación fiscal"),
        DIGITS,
        groupings(new int[] {10}, new int[] {3, 3, 2, 2}, new int[] {3, 2, 2, 3}),
        TaxIds::plNip, "mod11", WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /**
   * Swedish personnummer: birth date and four digits, Luhn; the writing {@code YYMMDD-NNNN} (or
   * {@code YYYYMMDD-NNNN}) is the type's own.
   */
  static Recognizer sePersonnummer() {
    return new FixedFormatRecognizer(PiiType.of("SE_PERSONNUMMER"), "pattern:se-personnummer",
        words("personnummer", "personnr", "samordningsnummer", "swedish personal number",
            "personal identity number", "numéro personnel", "Personennummer",
            "número personal"),
        DIGITS,
        groupings(new int[] {10}, new int[] {12}, new int[] {6, 4}, new int[] {8, 4}),
        NationalIds::sePersonnummer, "date-luhn", WEAK_CHECKSUM, STRUCTURE);
  }

  /** Canadian social insurance number: nine digits, 3-3-3, Luhn. */
  static Recognizer caSin() {
    return new FixedFormatRecognizer(PiiType.of("CA_SIN"), "pattern:ca-sin",
        words("sin", "social insurance number", "social insurance", "sin number", "sin no", "sin#",
            "numéro d'assurance sociale", "assurance sociale", "nas",
            "Sozialversicherungsnummer", "número de seguro social"),
        DIGITS, groupings(new int[] {9}, new int[] {3, 3, 3}), NationalIds::caSin, "luhn",
        WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /** Australian tax file number: nine digits (or eight), 3-3-3, weighted mod 11. */
  static Recognizer auTfn() {
    return new FixedFormatRecognizer(PiiType.of("AU_TFN"), "pattern:au-tfn",
        words("tfn", "tax file number", "tax file no", "ato", "numéro fiscal australien",
            "Steuernummer", "número de archivo fiscal"),
        DIGITS, groupings(new int[] {9}, new int[] {3, 3, 3}, new int[] {8}),
        TaxIds::auTfn, "mod11", WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /** Australian Medicare card number: ten digits (eleven with the IRN), 4-5-1, weighted mod 10. */
  static Recognizer auMedicare() {
    return new FixedFormatRecognizer(PiiType.of("AU_MEDICARE"), "pattern:au-medicare",
        words("medicare", "medicare card", "medicare number", "medicare no",
            "carte medicare", "numéro medicare", "Medicare-Nummer", "tarjeta medicare"),
        DIGITS,
        groupings(new int[] {10}, new int[] {11}, new int[] {4, 5, 1}, new int[] {4, 5, 1, 1}),
        NationalIds::auMedicare, "mod10", WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /** Australian business number: eleven digits, 2-3-3-3, mod 89. */
  static Recognizer auAbn() {
    return new FixedFormatRecognizer(PiiType.of("AU_ABN"), "pattern:au-abn",
        words("abn", "australian business number", "business number", "numéro d'entreprise",
            "Unternehmensnummer", "número de empresa"),
        DIGITS, groupings(new int[] {11}, new int[] {2, 3, 3, 3}), TaxIds::auAbn, "mod89",
        WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /** Indian Aadhaar: twelve digits, 4-4-4, first digit 2-9, Verhoeff. */
  static Recognizer inAadhaar() {
    return new FixedFormatRecognizer(PiiType.of("IN_AADHAAR"), "pattern:in-aadhaar",
        words("aadhaar", "aadhar", "adhaar", "aadhaar number", "aadhaar card", "uidai",
            "numéro aadhaar", "Aadhaar-Nummer", "número aadhaar"),
        DIGITS, groupings(new int[] {12}, new int[] {4, 4, 4}), NationalIds::inAadhaar,
        "verhoeff", WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /** Indian PAN: five letters (the fourth a holder type), four digits, a letter; no known check. */
  static Recognizer inPan() {
    return new FixedFormatRecognizer(PiiType.of("IN_PAN"), "pattern:in-pan",
        words("pan", "pan card", "pan number", "pan no", "permanent account number",
            "income tax", "numéro pan", "PAN-Nummer", "número pan"),
        ALPHANUMERIC, groupings(new int[] {10}), TaxIds::inPan, "holder-type", BARE, BARE);
  }

  /** Singapore NRIC/FIN: prefix S, T, F, G or M, seven digits, check letter. */
  static Recognizer sgNric() {
    return new FixedFormatRecognizer(PiiType.of("SG_NRIC"), "pattern:sg-nric",
        words("nric", "fin number", "nric number", "ic number", "singapore id", "identity card",
            "numéro nric", "NRIC-Nummer", "número nric"),
        ALPHANUMERIC, groupings(new int[] {9}), NationalIds::sgNric, "check-letter", CHECKSUM,
        CHECKSUM);
  }
}
