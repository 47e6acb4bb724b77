package dev.blindspot.detect.regex;

import static dev.blindspot.detect.regex.FixedFormatRecognizer.Chars.ALPHANUMERIC;
import static dev.blindspot.detect.regex.FixedFormatRecognizer.Chars.DIGITS;
import static dev.blindspot.detect.regex.Recognizer.BARE;
import static dev.blindspot.detect.regex.Recognizer.CHECKSUM;
import static dev.blindspot.detect.regex.Recognizer.STRUCTURE;
import static dev.blindspot.detect.regex.Recognizer.WEAK_CHECKSUM;

import dev.blindspot.PiiType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The European personal, tax, social security and company identifiers of fixed length that {@link
 * NationalIdFormats} does not list: one method per type, each stating the writings accepted, the
 * validator (in {@link EuropeanIds}), the base scores and the context words (English, French,
 * German, Spanish and the country's language). Scores follow the package's model:
 *
 * <ul>
 *   <li>a bare run of digits that passed a check one random number in ten or eleven passes (UTR,
 *       TAJ, OIB, CNP, EGN, EMŠO, isikukood, AMKA, kennitala, company numbers...) gets {@value
 *       Recognizer#WEAK_CHECKSUM}: below the default threshold until a context word lifts it;
 *   <li>a value with letters whose check passed (PPSN letter, henkilötunnus char, Polish identity
 *       card, Rentenversicherungsnummer, Cartão de Cidadão), a strong check on digits (the French
 *       numéro fiscal's key mod 511, the two Norwegian check digits), or a writing only the type
 *       has (Swiss {@code 756.1234.5678.97}, Spanish {@code 28/12345678/40}, Latvian {@code
 *       DDMMYY-CNNNN}, Belgian {@code 0403.170.701}) gets {@value Recognizer#CHECKSUM};
 *   <li>a pattern without a check (the UK driving licence, whose check letters are not published;
 *       the Danish CPR number, whose mod 11 check was dropped in 2007) gets {@value
 *       Recognizer#BARE}: context is required.
 * </ul>
 *
 * <p>Context words name the country ("Hungarian social security number", not "social security
 * number") where the generic phrase belongs to another type, so that the words decide between
 * types whose validators the same digits pass.
 */
final class EuropeanIdFormats {

  private EuropeanIdFormats() {}

  private static int[][] groupings(int[]... groupings) {
    return groupings;
  }

  private static ContextWords words(String... positive) {
    return ContextWords.of(List.of(positive), ReferenceWords.NOT_PERSONAL);
  }

  /**
   * Context words whose phrases hold a word of the shared negative list (the UK unique taxpayer
   * "reference", the French "numéro fiscal de référence"): those words are not negative here.
   */
  private static ContextWords wordsWithoutReference(String... positive) {
    List<String> negative = new ArrayList<>(ReferenceWords.NOT_PERSONAL);
    negative.removeAll(List.of("reference", "ref", "référence", "réf", "Referenz", "referencia"));
    return ContextWords.of(List.of(positive), negative);
  }

  private static Recognizer digits(String type, String name, ContextWords words, int[][] groupings,
      Predicate<String> validator, String validation, double bare, double grouped) {
    return new FixedFormatRecognizer(PiiType.of(type), name, words, DIGITS, groupings, validator,
        validation, bare, grouped);
  }

  private static Recognizer alphanumeric(String type, String name, ContextWords words,
      int[][] groupings, Predicate<String> validator, String validation, double score) {
    return new FixedFormatRecognizer(PiiType.of(type), name, words, ALPHANUMERIC, groupings,
        validator, validation, score, score);
  }

  /**
   * Every recognizer of this catalogue; the types with letters or strong checks come first, so
   * that between equal candidates the better-checked one wins.
   */
  static List<Recognizer> all() {
    return List.of(
        iePpsn(), fiHetu(), fiHetuDigitCheck(), plIdCard(), deSocialSecurity(), ptCitizenCard(),
        frTaxId(), esNss(), noFnr(), chAhv(), ukUtr(), ukDrivingLicence(), atSocialSecurity(),
        ptNif(), dkCpr(), seOrganisationsnummer(), czBirthNumber(), plRegon(), huTaj(), hrOib(),
        roCnp(), bgEgn(), siEmso(), eeIsikukood(), ltAsmensKodas(), lvPersonasKods(), grAmka(),
        isKennitala(), beEnterpriseNumber(), fiBusinessId(), noOrganisasjonsnummer(), dkCvr());
  }

  /** Irish PPSN: seven digits, check letter, optional second letter ({@code 1234567TA}). */
  static Recognizer iePpsn() {
    return alphanumeric("IE_PPSN", "pattern:ie-ppsn",
        words("ppsn", "pps", "pps number", "pps no", "personal public service number",
            "numéro pps", "numéro ppsn", "PPS-Nummer", "número pps", "uimhir pps"),
        groupings(new int[] {8}, new int[] {9}, new int[] {7, 1}, new int[] {7, 2}),
        EuropeanIds::iePpsn, "mod23-letter", CHECKSUM);
  }

  /**
   * Finnish henkilötunnus: {@code DDMMYY-NNNC} (the sign a separator) or {@code DDMMYYANNNC} (the
   * sign a letter), check char mod 31. Ten chars of which the check is a digit are also the shape
   * of a Danish CPR or Swedish personnummer ({@code 050247-0984}), which one time in 31 passes the
   * check: that writing is left to {@link #fiHetuDigitCheck()}.
   */
  static Recognizer fiHetu() {
    return alphanumeric("FI_PERSONAL_IDENTITY_CODE", "pattern:fi-personal-identity-code",
        fiHetuWords(),
        groupings(new int[] {11}, new int[] {6, 4}),
        s -> (s.length() == 11 || !Checksums.isDigit(s.charAt(9))) && EuropeanIds.fiHetu(s),
        "date-mod31", CHECKSUM);
  }

  /**
   * Finnish henkilötunnus written {@code DDMMYY-NNNC} with a digit as check char: {@value
   * Recognizer#STRUCTURE}, so that a Danish or Swedish context word, which lifts those types to
   * 0.7 or more, decides.
   */
  static Recognizer fiHetuDigitCheck() {
    return alphanumeric("FI_PERSONAL_IDENTITY_CODE", "pattern:fi-personal-identity-code",
        fiHetuWords(),
        groupings(new int[] {6, 4}),
        s -> s.length() == 10 && Checksums.isDigit(s.charAt(9)) && EuropeanIds.fiHetu(s),
        "date-mod31", STRUCTURE);
  }

  private static ContextWords fiHetuWords() {
    return words("henkilötunnus", "hetu", "henkilötunnukseni", "personbeteckning",
        "finnish personal identity code", "personal identity code", "finnish id",
        "identifiant personnel finlandais", "numéro d'identité finlandais",
        "finnische Personenkennziffer", "código de identidad finlandés");
  }

  /** Polish identity card (dowód osobisty): three letters and six digits, weighted check. */
  static Recognizer plIdCard() {
    return alphanumeric("PL_ID_CARD", "pattern:pl-id-card",
        words("dowód osobisty", "dowodu osobistego", "numer dowodu", "nr dowodu",
            "seria i numer dowodu", "polish id card", "polish identity card",
            "carte d'identité polonaise", "polnischer Personalausweis",
            "documento de identidad polaco"),
        groupings(new int[] {9}, new int[] {3, 6}), EuropeanIds::plIdCard, "weighted-mod10",
        CHECKSUM);
  }

  /**
   * German Rentenversicherungsnummer: area, birth date, initial, serial, check digit ({@code 65
   * 170839 J 003}).
   */
  static Recognizer deSocialSecurity() {
    return alphanumeric("DE_SOCIAL_SECURITY", "pattern:de-social-security",
        words("rentenversicherungsnummer", "sozialversicherungsnummer", "versicherungsnummer",
            "rv-nummer", "sv-nummer", "rvnr", "vsnr", "sozialversicherungsausweis",
            "german social security number", "german pension insurance number",
            "numéro de sécurité sociale allemand", "número de seguridad social alemán"),
        groupings(new int[] {12}, new int[] {2, 6, 1, 3}, new int[] {2, 6, 4}),
        EuropeanIds::deSocialSecurity, "cross-sum-mod10", CHECKSUM);
  }

  /** Portuguese Cartão de Cidadão number: {@code 12345678 9 ZZ4}, Luhn over letters and digits. */
  static Recognizer ptCitizenCard() {
    return alphanumeric("PT_CC", "pattern:pt-cc",
        words("cartão de cidadão", "cartao de cidadao", "número do documento",
            "número de documento", "portuguese citizen card", "citizen card",
            "portuguese id card", "carte de citoyen portugaise", "carte d'identité portugaise",
            "portugiesischer Personalausweis", "tarjeta de ciudadano portuguesa"),
        groupings(new int[] {12}, new int[] {8, 1, 3}, new int[] {9, 3}, new int[] {8, 4}),
        EuropeanIds::ptCitizenCard, "luhn-alphanumeric", CHECKSUM);
  }

  /** French numéro fiscal (SPI): thirteen digits, key mod 511 ({@code 12 34 567 890 123}). */
  static Recognizer frTaxId() {
    return digits("FR_TAX_ID", "pattern:fr-tax-id",
        wordsWithoutReference("numéro fiscal", "numéro fiscal de référence", "n° fiscal", "spi",
            "identifiant fiscal", "avis d'impôt", "avis d'imposition", "impots.gouv",
            "french tax number", "french tax id", "französische Steuernummer",
            "número fiscal francés"),
        groupings(new int[] {13}, new int[] {2, 2, 3, 3, 3}), EuropeanIds::frTaxId, "mod511",
        CHECKSUM, CHECKSUM);
  }

  /**
   * Spanish social security number: {@code 28/12345678/40}, key mod 97. Twelve bare digits are
   * also an Aadhaar, a French identity card or an order number one time in a hundred, so they score
   * {@value Recognizer#WEAK_CHECKSUM}; the grouped writing scores {@value Recognizer#CHECKSUM}.
   */
  static Recognizer esNss() {
    return digits("ES_NSS", "pattern:es-nss",
        words("seguridad social", "número de la seguridad social", "número de seguridad social",
            "nss", "número de afiliación", "afiliación",
            "spanish social security number", "numéro de sécurité sociale espagnol",
            "spanische Sozialversicherungsnummer"),
        groupings(new int[] {12}, new int[] {2, 8, 2}, new int[] {2, 10}), EuropeanIds::esNss,
        "mod97", WEAK_CHECKSUM, CHECKSUM);
  }

  /** Norwegian fødselsnummer or D-number: eleven digits, two mod 11 check digits. */
  static Recognizer noFnr() {
    return digits("NO_FNR", "pattern:no-fnr",
        words("fødselsnummer", "fødselsnummeret", "fodselsnummer", "d-nummer", "fnr",
            "norwegian national identity number", "norwegian id number",
            "numéro d'identité norvégien", "norwegische Personennummer",
            "número de identidad noruego"),
        groupings(new int[] {11}, new int[] {6, 5}), EuropeanIds::noFnr, "mod11-twice", CHECKSUM,
        CHECKSUM);
  }

  /**
   * Swiss AHV/AVS number: {@code 756.1234.5678.97}, EAN-13 check; the dotted writing is the
   * type's own ({@value Recognizer#CHECKSUM}), thirteen bare digits are not ({@value
   * Recognizer#WEAK_CHECKSUM}).
   */
  static Recognizer chAhv() {
    return digits("CH_AHV", "pattern:ch-ahv",
        words("ahv", "avs", "ahv-nummer", "ahv-nr", "ahv nummer", "numéro avs", "n° avs",
            "no avs", "numéro d'assuré", "numero avs", "swiss social security number",
            "ahv number", "avs number", "número avs", "Sozialversicherungsnummer"),
        groupings(new int[] {13}, new int[] {3, 4, 4, 2}), EuropeanIds::chAhv, "ean13",
        WEAK_CHECKSUM, CHECKSUM);
  }

  /** UK unique taxpayer reference: ten digits (or 5-5), weighted mod 11 first digit. */
  static Recognizer ukUtr() {
    return digits("UK_UTR", "pattern:uk-utr",
        wordsWithoutReference("utr", "unique taxpayer reference", "taxpayer reference",
            "self assessment", "self-assessment", "hmrc", "corporation tax reference",
            "numéro utr", "référence fiscale britannique", "UTR-Nummer",
            "referencia fiscal británica"),
        groupings(new int[] {10}, new int[] {5, 5}), EuropeanIds::ukUtr, "mod11",
        WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /** UK driving licence (DVLA): sixteen chars, surname, birth date, initials; structure only. */
  static Recognizer ukDrivingLicence() {
    return alphanumeric("UK_DRIVING_LICENCE", "pattern:uk-driving-licence",
        words("driving licence", "driving license", "driver's licence", "drivers licence",
            "driving licence number", "licence number", "dvla", "uk licence",
            "permis de conduire", "permis britannique", "britischer Führerschein", "Führerschein",
            "permiso de conducir", "carné de conducir"),
        groupings(new int[] {16}, new int[] {5, 6, 5}), EuropeanIds::ukDrivingLicence,
        "structure", BARE);
  }

  /** Austrian Sozialversicherungsnummer: {@code 1237 010180}, weighted mod 11. */
  static Recognizer atSocialSecurity() {
    return digits("AT_SOCIAL_SECURITY", "pattern:at-social-security",
        words("sozialversicherungsnummer", "versicherungsnummer", "svnr", "sv-nummer",
            "sv-nr", "e-card", "austrian social security number",
            "numéro de sécurité sociale autrichien", "número de seguridad social austriaco"),
        groupings(new int[] {10}, new int[] {4, 6}), EuropeanIds::atSocialSecurity, "mod11",
        WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /** Portuguese NIF (número de contribuinte): nine digits, mod 11. */
  static Recognizer ptNif() {
    return digits("PT_NIF", "pattern:pt-nif",
        words("nif", "número de contribuinte", "numero de contribuinte", "contribuinte",
            "número de identificação fiscal", "portuguese tax number", "portuguese nif",
            "nif portugais", "numéro fiscal portugais", "portugiesische Steuernummer",
            "número fiscal portugués"),
        groupings(new int[] {9}, new int[] {3, 3, 3}), EuropeanIds::ptNif, "mod11",
        WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /** Danish CPR number: {@code DDMMYY-SSSS}, date and century rule only. */
  static Recognizer dkCpr() {
    return digits("DK_CPR", "pattern:dk-cpr",
        words("cpr", "cpr-nummer", "cpr nummer", "cpr-nr", "cpr number",
            "danish personal number", "danish cpr", "numéro cpr", "numéro personnel danois",
            "dänische Personennummer", "número cpr"),
        groupings(new int[] {10}, new int[] {6, 4}), EuropeanIds::dkCpr, "date", BARE, BARE);
  }

  /** Swedish organisationsnummer: {@code NNNNNN-NNNN}, Luhn, never a date. */
  static Recognizer seOrganisationsnummer() {
    return digits("SE_ORGANISATIONSNUMMER", "pattern:se-organisationsnummer",
        words("organisationsnummer", "org.nr", "orgnr", "org nr", "org.nummer",
            "swedish company number", "swedish organisation number", "organisation number",
            "numéro d'organisation suédois", "schwedische Organisationsnummer",
            "número de organización sueco"),
        groupings(new int[] {10}, new int[] {6, 4}), EuropeanIds::seOrganisationsnummer, "luhn",
        WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /** Czech rodné číslo: {@code YYMMDD/SSSC}, date and mod 11. */
  static Recognizer czBirthNumber() {
    return digits("CZ_BIRTH_NUMBER", "pattern:cz-birth-number",
        words("rodné číslo", "rodného čísla", "r.č.", "czech birth number",
            "birth number", "numéro de naissance tchèque", "tschechische Geburtsnummer",
            "Geburtsnummer", "número de nacimiento checo"),
        groupings(new int[] {10}, new int[] {6, 4}), EuropeanIds::czBirthNumber, "date-mod11",
        WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /** Polish REGON: nine or fourteen digits, weighted mod 11. */
  static Recognizer plRegon() {
    return digits("PL_REGON", "pattern:pl-regon",
        words("regon", "numer regon", "nr regon", "polish business register number",
            "numéro regon", "REGON-Nummer", "número regon"),
        groupings(new int[] {9}, new int[] {14}), EuropeanIds::plRegon, "mod11", WEAK_CHECKSUM,
        WEAK_CHECKSUM);
  }

  /** Hungarian TAJ number: nine digits (or 3-3-3), weights 3 and 7 mod 10. */
  static Recognizer huTaj() {
    return digits("HU_TAJ", "pattern:hu-taj",
        words("taj", "taj szám", "tajszám", "taj-szám", "társadalombiztosítási azonosító jel",
            "hungarian social security number", "numéro taj",
            "numéro de sécurité sociale hongrois", "ungarische Sozialversicherungsnummer",
            "número de seguridad social húngaro"),
        groupings(new int[] {9}, new int[] {3, 3, 3}), EuropeanIds::huTaj, "weighted-mod10",
        WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /** Croatian OIB: eleven digits, ISO 7064 MOD 11,10. */
  static Recognizer hrOib() {
    return digits("HR_OIB", "pattern:hr-oib",
        words("oib", "osobni identifikacijski broj", "croatian personal identification number",
            "croatian oib", "numéro oib", "OIB-Nummer", "número oib"),
        groupings(new int[] {11}), EuropeanIds::hrOib, "mod11-10", WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /** Romanian CNP: thirteen digits, sex and century, date, county, weighted mod 11. */
  static Recognizer roCnp() {
    return digits("RO_CNP", "pattern:ro-cnp",
        words("cnp", "cod numeric personal", "codul numeric personal",
            "romanian personal numeric code", "numéro cnp", "code numérique personnel",
            "rumänische Personennummer", "número cnp"),
        groupings(new int[] {13}), EuropeanIds::roCnp, "date-mod11", WEAK_CHECKSUM,
        WEAK_CHECKSUM);
  }

  /** Bulgarian EGN: ten digits, birth date with century in the month, weighted mod 11. */
  static Recognizer bgEgn() {
    return digits("BG_EGN", "pattern:bg-egn",
        words("егн", "egn", "единен граждански номер", "bulgarian personal number",
            "unified civil number", "numéro egn", "bulgarische Personennummer", "número egn"),
        groupings(new int[] {10}), EuropeanIds::bgEgn, "date-mod11", WEAK_CHECKSUM,
        WEAK_CHECKSUM);
  }

  /** Slovenian EMŠO: thirteen digits, birth date, register 50-59, mod 11. */
  static Recognizer siEmso() {
    return digits("SI_EMSO", "pattern:si-emso",
        words("emšo", "enotna matična številka občana", "matična številka",
            "slovenian personal number", "slovenian emso", "numéro emšo", "EMŠO-Nummer",
            "número emšo"),
        groupings(new int[] {13}), EuropeanIds::siEmso, "date-mod11", WEAK_CHECKSUM,
        WEAK_CHECKSUM);
  }

  /** Estonian isikukood: eleven digits, sex and century, date, two-stage mod 11. */
  static Recognizer eeIsikukood() {
    return digits("EE_ISIKUKOOD", "pattern:ee-isikukood",
        words("isikukood", "isikukoodi", "estonian personal code", "estonian id code",
            "estonian personal identification code", "code personnel estonien",
            "estnischer Personencode", "código personal estonio"),
        groupings(new int[] {11}), EuropeanIds::eeIsikukood, "date-mod11", WEAK_CHECKSUM,
        WEAK_CHECKSUM);
  }

  /** Lithuanian asmens kodas: the structure and check of the Estonian code. */
  static Recognizer ltAsmensKodas() {
    return digits("LT_ASMENS_KODAS", "pattern:lt-asmens-kodas",
        words("asmens kodas", "asmens kodą", "asmens kodo", "lithuanian personal code",
            "code personnel lituanien", "litauischer Personencode", "código personal lituano"),
        groupings(new int[] {11}), EuropeanIds::ltAsmensKodas, "date-mod11", WEAK_CHECKSUM,
        WEAK_CHECKSUM);
  }

  /**
   * Latvian personas kods (form used until 2017): {@code DDMMYY-CNNNN}, check mod 11. The dashed
   * writing with a valid date, century digit and check is the type's own ({@value
   * Recognizer#CHECKSUM}: eleven digits dashed 6-5 are no phone number's writing); eleven bare
   * digits score {@value Recognizer#WEAK_CHECKSUM}.
   */
  static Recognizer lvPersonasKods() {
    return digits("LV_PERSONAS_KODS", "pattern:lv-personas-kods",
        words("personas kods", "personas kodu", "personas koda", "latvian personal code",
            "code personnel letton", "lettischer Personencode", "código personal letón"),
        groupings(new int[] {11}, new int[] {6, 5}), EuropeanIds::lvPersonasKods, "date-mod11",
        WEAK_CHECKSUM, CHECKSUM);
  }

  /** Greek AMKA: eleven digits, birth date {@code DDMMYY}, Luhn. */
  static Recognizer grAmka() {
    return digits("GR_AMKA", "pattern:gr-amka",
        words("amka", "αμκα", "α.μ.κ.α.", "αριθμός μητρώου κοινωνικής ασφάλισης",
            "greek social security number", "numéro amka", "griechische Sozialversicherungsnummer",
            "número amka"),
        groupings(new int[] {11}), EuropeanIds::grAmka, "date-luhn", WEAK_CHECKSUM,
        WEAK_CHECKSUM);
  }

  /** Icelandic kennitala: {@code DDMMYY-RRCS}, mod 11 check and century digit. */
  static Recognizer isKennitala() {
    return digits("IS_KENNITALA", "pattern:is-kennitala",
        words("kennitala", "kennitölu", "kennitalan", "icelandic id number",
            "icelandic identification number", "numéro d'identification islandais",
            "isländische Kennnummer", "número de identificación islandés"),
        groupings(new int[] {10}, new int[] {6, 4}), EuropeanIds::isKennitala, "date-mod11",
        WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /**
   * Belgian enterprise number: {@code 0403.170.701}, mod 97 key; the dotted writing is the type's
   * own ({@value Recognizer#CHECKSUM}), ten bare digits are not ({@value
   * Recognizer#WEAK_CHECKSUM}).
   */
  static Recognizer beEnterpriseNumber() {
    return digits("BE_ENTERPRISE_NUMBER", "pattern:be-enterprise-number",
        words("ondernemingsnummer", "numéro d'entreprise", "n° d'entreprise", "bce", "kbo",
            "numéro bce", "kbo-nummer", "enterprise number", "belgian company number",
            "belgische Unternehmensnummer", "número de empresa belga"),
        groupings(new int[] {10}, new int[] {4, 3, 3}), EuropeanIds::beEnterpriseNumber, "mod97",
        WEAK_CHECKSUM, CHECKSUM);
  }

  /** Finnish business id (Y-tunnus): {@code 1572860-0}, weighted mod 11. */
  static Recognizer fiBusinessId() {
    return digits("FI_BUSINESS_ID", "pattern:fi-business-id",
        words("y-tunnus", "ytunnus", "yritystunnus", "fo-nummer", "business id",
            "finnish business id", "finnish company number", "identifiant d'entreprise finlandais",
            "finnische Unternehmenskennung", "identificador de empresa finlandés"),
        groupings(new int[] {8}, new int[] {7, 1}), EuropeanIds::fiBusinessId, "mod11",
        WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /** Norwegian organisasjonsnummer: nine digits (or 3-3-3), weighted mod 11. */
  static Recognizer noOrganisasjonsnummer() {
    return digits("NO_ORGANISASJONSNUMMER", "pattern:no-organisasjonsnummer",
        words("organisasjonsnummer", "organisasjonsnummeret", "org.nr", "orgnr", "org nr",
            "norwegian organisation number", "norwegian company number",
            "numéro d'organisation norvégien", "norwegische Organisationsnummer",
            "número de organización noruego"),
        groupings(new int[] {9}, new int[] {3, 3, 3}), EuropeanIds::noOrganisasjonsnummer,
        "mod11", WEAK_CHECKSUM, WEAK_CHECKSUM);
  }

  /** Danish CVR number: eight digits, weighted mod 11. */
  static Recognizer dkCvr() {
    return digits("DK_CVR", "pattern:dk-cvr",
        words("cvr", "cvr-nummer", "cvr nummer", "cvr-nr", "cvr number", "danish company number",
            "numéro cvr", "numéro d'entreprise danois", "dänische CVR-Nummer", "número cvr"),
        groupings(new int[] {8}), EuropeanIds::dkCvr, "mod11", WEAK_CHECKSUM, WEAK_CHECKSUM);
  }
}
