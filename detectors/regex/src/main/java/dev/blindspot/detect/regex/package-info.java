/**
 * Structured identifiers: the {@code "regex"} detector family.
 *
 * <p>Public here are only {@link dev.blindspot.detect.regex.RegexDetectorProvider}, found by
 * {@link java.util.ServiceLoader}, and the two recognizers other families reuse on normalized
 * views: {@link dev.blindspot.detect.regex.EmailMatcher} and {@link
 * dev.blindspot.detect.regex.StructuredRecognizers}. Everything else is package-private.
 *
 * <h2>Architecture: one pass, two detectors</h2>
 *
 * <ul>
 *   <li>{@code regex.email} finds e-mail addresses around each {@code '@'} (one {@code indexOf}
 *       on text without one).
 *   <li>{@code regex.structured} reports every other type. It is one detector emitting many
 *       types, not one detector per type, because the scanner runs each detector over the whole
 *       text: eighty detectors would be eighty passes. The finding's detector id is {@code
 *       regex.structured}; its explanation names the type's recognizer, such as {@code
 *       "pattern:iban"}. Users select types with the scanner's allow and deny lists.
 *   <li>{@code CandidateScanner} walks the text once with a table lookup per char and yields
 *       bounded candidates: <em>runs</em> of ASCII letter-and-digit atoms joined by one or two
 *       separator chars (space, no-break space, {@code - . / : ( )}), holding at least one digit,
 *       and <em>URL</em> candidates ({@code http://}, {@code https://}, {@code www.}). Text
 *       without digits or URLs costs that pass and nothing more; no regular expression runs over
 *       the text. One more bounded candidate: a standalone word of 8 or 11 upper-case letters
 *       (the shape of a BIC such as {@code BNPAFRPP}), checked only when a BIC word is near.
 *   <li>Each run goes to the recognizers whose cheap {@code wants} test (digit count, atom lengths)
 *       accepts it. A recognizer reads windows of consecutive atoms of bounded length, checks its
 *       shape and validator, and adds hits with a base score. libphonenumber only ever sees one
 *       window of at most {@value dev.blindspot.detect.regex.PhoneRecognizer#MAX_DIGITS} digits,
 *       and only for the regions where a precheck on tables built from its metadata ({@code
 *       PhonePrecheck}) says the window may hold a valid number.
 *   <li>The hits of a run get their context words, then overlapping hits are resolved (highest
 *       score, then longest, then earliest) and reported in offset order.
 * </ul>
 *
 * <p>Every char is read by the pass once, and each atom by each recognizer a bounded number of
 * times, so a scan is linear in the text length, also on adversarial input (a megabyte of digits,
 * {@code 1-1-1-...}).
 *
 * <h2>Scoring model</h2>
 *
 * <p>A recognizer gives each value a base score by the strength of its evidence:
 *
 * <table>
 *   <caption>Base scores</caption>
 *   <tr><th>evidence</th><th>base</th><th>types</th></tr>
 *   <tr><td>a checksum passed on a value that is not a bare run of digits, or a strong one (2-digit
 *       key, 4-byte hash)</td><td>0.95</td>
 *       <td>CREDIT_CARD (Luhn and issuer range), IBAN_CODE (country length and mod 97), FR_NIR
 *       (key), EU_VAT (country prefix and the country's check), ES_NIF (DNI/NIE letter), ES_CIF,
 *       IT_FISCAL_CODE, SG_NRIC (check letter), BE_NATIONAL_NUMBER written {@code YY.MM.DD-SSS.KK},
 *       CRYPTO (Base58Check, Bech32/Bech32m, EIP-55), MX_CURP, IN_GSTIN (mod 36), TW_NATIONAL_ID,
 *       CN_RESIDENT_ID (date and MOD 11-2), VIN with its check digit, CA_BUSINESS_NUMBER with its
 *       program account ({@code 123456782RT0001}), and the official writings BR_CPF {@code
 *       111.444.777-35}, BR_CNPJ {@code 11.222.333/0001-81}, CL_RUT {@code 12.345.678-5}, AR_CUIT
 *       {@code 20-12345678-6}, CO_NIT {@code 900.123.456-7}, HK_ID {@code A123456(3)},
 *       AE_EMIRATES_ID {@code 784-1985-1234567-1},
 *       TH_NATIONAL_ID {@code 1-1017-00203-41-7}, IE_PPSN (mod 23 letter),
 *       FI_PERSONAL_IDENTITY_CODE (mod 31 char), PL_ID_CARD, DE_SOCIAL_SECURITY, PT_CC (letters in
 *       the value), FR_TAX_ID (key mod 511), NO_FNR (two mod 11 digits), ES_NSS written {@code
 *       28/12345678/40}, CH_AHV written {@code 756.1234.5678.97}, LV_PERSONAS_KODS written {@code
 *       DDMMYY-CNNNN}, BE_ENTERPRISE_NUMBER written {@code 0403.170.701}</td></tr>
 *   <tr><td>a syntax that ordinary numbers do not have</td><td>0.6 to 0.85</td>
 *       <td>PHONE_NUMBER valid for libphonenumber in international form (0.85) or national form
 *       with separators (0.65), IPv6 (0.75), MAC_ADDRESS (0.7), IPv4 with four valid octets
 *       (0.65), US_SSN and US_ITIN dashed or spaced (0.65), SE_PERSONNUMMER written {@code
 *       YYMMDD-NNNN} (0.65), FI_PERSONAL_IDENTITY_CODE written {@code DDMMYY-NNNC} with a digit
 *       as check (0.65), URL (0.6)</td></tr>
 *   <tr><td>a bare run of digits passing a check that one random number in ten or eleven passes
 *       </td><td>0.4</td>
 *       <td>UK_NHS, US_ABA_ROUTING, FR_SIREN, FR_SIRET, DE_TAX_ID, IT_VAT, NL_BSN,
 *       BE_NATIONAL_NUMBER, PL_PESEL, PL_NIP, SE_PERSONNUMMER, CA_SIN, AU_TFN, AU_MEDICARE,
 *       AU_ABN, IN_AADHAAR, US_NPI, US_DEA, CA_BUSINESS_NUMBER, AU_ACN, NZ_IRD, IL_ID, ZA_ID,
 *       JP_MY_NUMBER, PE_RUC, ICCID, UK_UTR, AT_SOCIAL_SECURITY, PT_NIF, SE_ORGANISATIONSNUMMER,
 *       CZ_BIRTH_NUMBER, PL_REGON, HU_TAJ, HR_OIB, RO_CNP, BG_EGN, SI_EMSO, EE_ISIKUKOOD,
 *       LT_ASMENS_KODAS, GR_AMKA, IS_KENNITALA, FI_BUSINESS_ID, NO_ORGANISASJONSNUMMER, DK_CVR, and
 *       unformatted BR_CPF, BR_CNPJ, AR_CUIT, CO_NIT, AE_EMIRATES_ID, TH_NATIONAL_ID, ES_NSS,
 *       CH_AHV, LV_PERSONAS_KODS, BE_ENTERPRISE_NUMBER, CL_RUT written {@code 12345678-5}, HK_ID
 *       written {@code A1234563} (two check digits on eleven bare digits are still met in phone
 *       numbers)</td></tr>
 *   <tr><td>a bare pattern, or a check that one number in ten passes</td><td>0.35</td>
 *       <td>PHONE_NUMBER as bare digits, US_SSN and US_ITIN as nine bare digits, UK_NINO, IMEI
 *       (Luhn), passports and identity cards (US_PASSPORT, FR_PASSPORT, FR_ID_CARD, DE_ID_CARD,
 *       DE_PASSPORT), US_DRIVER_LICENSE, UK_DRIVING_LICENCE (its check letters are not
 *       published), DK_CPR (its mod 11 check was given up in 2007), IN_PAN, Ethereum addresses
 *       without mixed case, BIC, DATE_TIME (dates of birth), US_EIN (assigned prefix), US_MBI
 *       (character classes), KR_RRN (date and sex digit), VIN without a valid check digit
 *       (outside North America)</td></tr>
 * </table>
 *
 * <p>So a number that is only nine to twelve digits with a one-in-ten check never reaches the
 * default threshold alone; a word of its type ("BSN", "NAS", "tax file number", "Aadhaar")
 * lifts it to 0.75. Where the same digits pass several types (a BSN may also pass the SIN and TFN
 * checks), each type adds its candidate and its own context words decide which scores highest;
 * between equal scores the longer, then the type listed first in {@code Recognizers.all()} wins.
 * BIC and DATE_TIME are context-only: a BIC becomes a candidate only near "BIC" or "SWIFT", a date
 * reaches the threshold only near a birth word ("born", "né le", "geboren", "fecha de
 * nacimiento").
 *
 * <p>Value added tax numbers written with their country prefix ({@code FR40303265045}) are all
 * {@code EU_VAT}; national writings without the prefix are national types ({@code IT_VAT} for a
 * partita IVA, {@code FR_SIREN}, {@code ES_CIF}, {@code PL_NIP}).
 *
 * <p>Then the context words of the type, in English, French, German and Spanish, matched as
 * whole words, ignoring case and accents, within 64 chars before or 48 after the value:
 *
 * <ul>
 *   <li>a positive word ("IBAN", "téléphone", "carte bancaire", "SSN", "IMEI") adds 0.35, so a
 *       bare pattern reaches 0.7, above the scanner's default threshold of 0.5;
 *   <li>a negative word (for digit types: "order number", "invoice", "tracking", "ticket", "n°
 *       de commande", "facture", "Bestellnummer", "pedido"; for IPv4: "version", "build")
 *       subtracts 0.5, so a checksum value drops to 0.45 and a bare pattern to nothing;
 *   <li>the sum is clamped to [0, 1]; values at 0 are dropped. The explanation lists the words
 *       seen, negative ones as {@code "not:<word>"}.
 * </ul>
 *
 * <p>A value that fails its validator (a Luhn-failing card number, an IBAN with a wrong check, an
 * SSN with area 000) is never reported, whatever its context. Context words configured on the
 * scanner ({@code PiiScanner.Builder.contextWords}) are applied by the scanner on top.
 *
 * <h2>Adding a type</h2>
 *
 * <p>An identifier of fixed length written unseparated or in known groups: add one method to
 * {@code NationalIdFormats}, {@code EuropeanIdFormats} for a European one, or {@code
 * WorldIdFormats} for the Americas, Asia, Africa and Oceania (type, groupings, validator, scores,
 * context words) and list it in its {@code all()}. Any other shape: write one {@code Recognizer}
 * subclass (type, recognizer name, context words, {@code wants} and {@code match} over the atoms
 * of a {@code Run}, validator) and add one line to {@code Recognizers.all()}. Check-digit
 * algorithms live in {@code Checksums}, format rules per country in {@code NationalIds}, {@code
 * EuropeanIds}, {@code WorldIds}, {@code TaxIds}, {@code EuVatNumbers} and {@code
 * CryptoAddresses}.
 */
package dev.blindspot.detect.regex;
