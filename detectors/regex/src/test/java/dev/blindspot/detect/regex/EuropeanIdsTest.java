package dev.blindspot.detect.regex;

import static dev.blindspot.detect.regex.TestSupport.assertAll;
import static dev.blindspot.detect.regex.TestSupport.assertRobust;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The validators of {@link EuropeanIds}: published examples, values built by hand with each
 * algorithm, the structure rules (dates, centuries, ranges), and the exact strength of each check:
 * changing a check char always fails, and for the checks that detect every single substitution
 * (mod 31, mod 97, mod 511, Luhn, weights prime to the modulus...) changing any one digit fails.
 *
 * <p>Published examples: python-stdnum's module documentation (UK UTR 1955839661, numéro fiscal
 * 0701987765493, NIF 501964843, PPS 6433435F, AHV 7569217076985, SVNR 1237 010180, fødselsnummer
 * 15108695088, CPR 211062-5629, organisationsnummer 1234567897, rodné číslo 710319/2745, REGON
 * 192598184 and 12345678512347, OIB 33392005961, CNP 1630615123457, EGN 7523169263, EMŠO
 * 0101006500006, isikukood 36805280109, asmens kodas 33309240064, personas kods 161175-19997, AMKA
 * 01013099997, kennitala 450401-3150 and 120174-3399, enterprise number 0403.019.261, Y-tunnus
 * 2077474-0, organisasjonsnummer 988 077 917, CVR 13585628); DVV's henkilötunnus example
 * 131052-308T; the AHV number of the ZAS insurance card sample 756.1234.5678.97; the DVLA licence
 * example MORGA753116SM9IJ; the example of AMA's Cartão de Cidadão specification 00000000 0 ZZ4;
 * the worked example of the Rentenversicherungsnummer check on kryptografie.de, 10010490A443.
 */
class EuropeanIdsTest {

  private static final String DIGITS = "0123456789";
  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  /**
   * One validator under test.
   *
   * @param checkPositions positions of the check chars (every other char there must fail)
   * @param everySubstitution true when every single digit substitution anywhere must fail
   */
  record Case(String name, Predicate<String> validator, List<String> valid, int[] checkPositions,
      boolean everySubstitution) {}

  private static int[] last(int n) {
    return new int[] {n - 1};
  }

  static List<Case> cases() {
    return List.of(
        new Case("UK_UTR", EuropeanIds::ukUtr,
            List.of("1955839661", "1857676640", "5158813998", "4698797309", "3114170753"),
            new int[] {0}, false),
        new Case("FR_TAX_ID", EuropeanIds::frTaxId,
            List.of("0701987765493", "3513627010208", "3981933190438", "1792984162137"),
            new int[] {10, 11, 12}, true),
        new Case("DE_SOCIAL_SECURITY", EuropeanIds::deSocialSecurity,
            List.of("10010490A443", "16191185G949", "74241085G498", "47040377B219"), last(12),
            false),
        new Case("ES_NSS", EuropeanIds::esNss,
            List.of("281234567840", "081687566963", "031786874637", "025801167517"),
            new int[] {10, 11}, true),
        new Case("PT_NIF", EuropeanIds::ptNif,
            List.of("501964843", "388642300", "148764525", "285003704"), last(9), false),
        new Case("PT_CC", EuropeanIds::ptCitizenCard,
            List.of("000000000ZZ4", "258220180ZZ2", "515438294ZX6", "215711645AB3"), last(12),
            true),
        new Case("IE_PPSN", EuropeanIds::iePpsn,
            List.of("6433435F", "1234567T", "7392419CA", "8982104VA", "6193073M"), new int[] {7},
            true),
        new Case("CH_AHV", EuropeanIds::chAhv,
            List.of("7569217076985", "7561234567897", "7563298222903", "7560442248529"),
            last(13), true),
        new Case("AT_SOCIAL_SECURITY", EuropeanIds::atSocialSecurity,
            List.of("1237010180", "1828020575", "5637170245", "7604260753"), new int[] {3}, true),
        new Case("FI_PERSONAL_IDENTITY_CODE", EuropeanIds::fiHetu,
            List.of("131052308T", "190254489K", "180205A1766", "010105A123P", "150395Y2345",
                "290200A345E"),
            null, true),
        new Case("NO_FNR", EuropeanIds::noFnr,
            List.of("15108695088", "21096947825", "41018512007", "15508512314", "01018550144",
                "15032351287", "29028812181"),
            new int[] {9, 10}, true),
        new Case("SE_ORGANISATIONSNUMMER", EuropeanIds::seOrganisationsnummer,
            List.of("1234567897", "9680452191", "5149629585", "8398848864"), last(10), true),
        new Case("CZ_BIRTH_NUMBER", EuropeanIds::czBirthNumber,
            List.of("7103192745", "7405011526", "8553151233", "0572151239", "6953151865"),
            last(10), false),
        new Case("PL_ID_CARD", EuropeanIds::plIdCard,
            List.of("ABA300000", "XKY215669", "OUM415679", "KTM650565"), new int[] {3}, true),
        new Case("PL_REGON", EuropeanIds::plRegon,
            List.of("192598184", "12345678512347", "734789232", "624013761"), null, false),
        new Case("HU_TAJ", EuropeanIds::huTaj,
            List.of("597760556", "384885686", "106709072", "276151411"), last(9), true),
        new Case("HR_OIB", EuropeanIds::hrOib,
            List.of("33392005961", "69534940427", "57478182445", "70261956808"), last(11), true),
        new Case("RO_CNP", EuropeanIds::roCnp,
            List.of("1630615123457", "2881004329488", "5010101400117", "7020203400126",
                "1850101520016", "1850101700010"),
            last(13), false),
        new Case("BG_EGN", EuropeanIds::bgEgn,
            List.of("7523169263", "5506047804", "0544151234", "8910126375"), last(10), false),
        new Case("SI_EMSO", EuropeanIds::siEmso,
            List.of("0101006500006", "0206010509863", "2501009501548", "1302967501034"),
            last(13), true),
        new Case("EE_ISIKUKOOD", EuropeanIds::eeIsikukood,
            List.of("36805280109", "37605030299", "35911113138", "50101010016", "47203256416"),
            last(11), false),
        new Case("LT_ASMENS_KODAS", EuropeanIds::ltAsmensKodas,
            List.of("33309240064", "47112231108", "44310176007", "36209262070"), last(11),
            false),
        new Case("LV_PERSONAS_KODS", EuropeanIds::lvPersonasKods,
            List.of("16117519997", "12020220296", "01010500004", "01010520005"), last(11), true),
        new Case("GR_AMKA", EuropeanIds::grAmka,
            List.of("01013099997", "02025725496", "20114421884", "19054795315"), last(11), true),
        new Case("IS_KENNITALA", EuropeanIds::isKennitala,
            List.of("4504013150", "1201743399", "2809985599", "1406026040"), new int[] {8}, false),
        new Case("BE_ENTERPRISE_NUMBER", EuropeanIds::beEnterpriseNumber,
            List.of("0403019261", "1579101602", "0938327124", "1514351132"), new int[] {8, 9},
            true),
        new Case("FI_BUSINESS_ID", EuropeanIds::fiBusinessId,
            List.of("20774740", "59460554", "18300079", "14655577"), last(8), true),
        new Case("NO_ORGANISASJONSNUMMER", EuropeanIds::noOrganisasjonsnummer,
            List.of("988077917", "978605184", "876125390", "857537076"), last(9), true),
        new Case("DK_CVR", EuropeanIds::dkCvr,
            List.of("13585628", "64741543", "87333744", "46630440"), last(8), true));
  }

  @TestFactory
  Stream<DynamicTest> examplesAreValid() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(),
        () -> assertAll(c.validator(), true, c.valid().toArray(String[]::new))));
  }

  @TestFactory
  Stream<DynamicTest> everyOtherCheckCharFails() {
    return cases().stream().filter(c -> c.checkPositions() != null)
        .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
          for (String v : c.valid()) {
            for (int at : c.checkPositions()) {
              for (String m : substitutions(v, at)) {
                assertFalse(c.validator().test(m), () -> c.name() + " accepts " + m);
              }
            }
          }
        }));
  }

  /** Digits only: letters may be interchangeable (henkilötunnus signs A to F all mean 2000s). */
  @TestFactory
  Stream<DynamicTest> strongChecksRejectEverySingleDigitSubstitution() {
    return cases().stream().filter(Case::everySubstitution).map(c -> DynamicTest.dynamicTest(
        c.name(), () -> {
          for (String v : c.valid()) {
            for (int at = 0; at < v.length(); at++) {
              if (!Checksums.isDigit(v.charAt(at))) {
                continue;
              }
              for (String m : substitutions(v, at)) {
                assertFalse(c.validator().test(m), () -> c.name() + " accepts " + m);
              }
            }
          }
        }));
  }

  /** Weak checks still catch most substitutions: at least 85 in 100 single-digit changes fail. */
  @TestFactory
  Stream<DynamicTest> weakChecksRejectMostSubstitutions() {
    return cases().stream().filter(c -> !c.everySubstitution()).map(c -> DynamicTest.dynamicTest(
        c.name(), () -> {
          int all = 0;
          int rejected = 0;
          for (String v : c.valid()) {
            for (int at = 0; at < v.length(); at++) {
              for (String m : substitutions(v, at)) {
                all++;
                rejected += c.validator().test(m) ? 0 : 1;
              }
            }
          }
          assertTrue(rejected * 100 >= all * 85, c.name() + " rejects " + rejected + "/" + all);
        }));
  }

  @TestFactory
  Stream<DynamicTest> wrongLengthsAndCharsFailAndNothingThrows() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      for (String v : c.valid()) {
        assertFalse(c.validator().test(v.substring(1)), v);
        assertFalse(c.validator().test(v.substring(0, v.length() - 1)), v);
        assertFalse(c.validator().test(v + v.charAt(v.length() - 1)), v);
        assertFalse(c.validator().test(v.toLowerCase(Locale.ROOT).equals(v) ? v + "-" : v
            .toLowerCase(Locale.ROOT)), v);
        assertFalse(c.validator().test(v.substring(0, 2) + "-" + v.substring(3)), v);
      }
      assertRobust(c.validator());
    }));
  }

  /** Same chars but one at {@code at}, replaced by every other char of its class. */
  private static List<String> substitutions(String v, int at) {
    char c = v.charAt(at);
    String alphabet = Checksums.isDigit(c) ? DIGITS : LETTERS;
    List<String> out = new ArrayList<>();
    for (int i = 0; i < alphabet.length(); i++) {
      char r = alphabet.charAt(i);
      if (r != c) {
        out.add(v.substring(0, at) + r + v.substring(at + 1));
      }
    }
    return out;
  }

  @Test
  void ukUtrMapsRemainderTenToOne() {
    // 857676640 weighs 857676640 -> sum mod 11 = 10, whose check digit is 1 as for remainder 1.
    assertTrue(EuropeanIds.ukUtr("1857676640"));
    assertFalse(EuropeanIds.ukUtr("0857676640"));
  }

  @Test
  void ukDrivingLicenceStructure() {
    assertAll(EuropeanIds::ukDrivingLicence, true, "MORGA753116SM9IJ", "LI999802164PE9XW",
        "KHAN9907211R99IJ", "SMITH661214JA9LK");
    assertAll(EuropeanIds::ukDrivingLicence, false,
        "MORGA713116SM9IJ", // month 13
        "MORGA753326SM9IJ", // day 32
        "MORGA702297SM9IJ", // 29 February 1977 (or 2077) does not exist
        "9ORGA753116SM9IJ", // surname starts with a digit
        "MO9GA753116SM9IJ", // letter after the padding
        "MORGA7531169M9IJ", // first initial padded
        "MORGA753116SMAIJ", // arbitrary digit is a letter
        "MORGA753116SM9I1", // check chars are letters
        "MORGA753116SM9I"); // fifteen chars
    assertTrue(EuropeanIds.ukDrivingLicence("MORGA702296SM9IJ")); // 29 February 1976
  }

  @Test
  void frTaxIdFirstDigitAndKey() {
    assertFalse(EuropeanIds.frTaxId("4701987765493".substring(0, 10)
        + String.format("%03d", 4701987765L % 511)));
    assertTrue(EuropeanIds.frTaxId("3" + "123456789" + String.format("%03d", 3123456789L % 511)));
  }

  @Test
  void deSocialSecurityNeedsLetterAndDate() {
    assertFalse(EuropeanIds.deSocialSecurity("100104901443"));
    assertFalse(EuropeanIds.deSocialSecurity("10013490A446")); // right check, month 34
    assertFalse(EuropeanIds.deSocialSecurity("10320490A445")); // right check, day 32
  }

  @Test
  void esNssProvincesAndShortNumbers() {
    // Number below ten million: the key is taken over province * 10^7 + number.
    long joined = 8 * 10_000_000L + 1234567;
    assertTrue(EuropeanIds.esNss("08" + "01234567" + String.format("%02d", joined % 97)));
    assertFalse(EuropeanIds.esNss("60" + "12345678" + String.format("%02d", 6012345678L % 97)));
    assertTrue(EuropeanIds.esNss("66" + "12345678" + String.format("%02d", 6612345678L % 97)));
    assertFalse(EuropeanIds.esNss("00" + "12345678" + String.format("%02d", 12345678L % 97)));
  }

  @Test
  void ptNifPrefixes() {
    assertFalse(EuropeanIds.ptNif("412345676")); // right check, prefix 41
    assertFalse(EuropeanIds.ptNif("012345678"));
    assertTrue(EuropeanIds.ptNif(ptNifWithCheck("45123456")));
    assertFalse(EuropeanIds.ptNif(ptNifWithCheck("46123456")));
    assertTrue(EuropeanIds.ptNif(ptNifWithCheck("74123456")));
  }

  private static String ptNifWithCheck(String body) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (body.charAt(i) - '0');
    }
    int check = 11 - sum % 11;
    return body + (check >= 10 ? 0 : check);
  }

  @Test
  void ptCitizenCardNeedsVersionLetters() {
    assertTrue(EuropeanIds.ptCitizenCard("000000000ZZ4"));
    assertFalse(EuropeanIds.ptCitizenCard("00000000035" + "4"));
    assertFalse(EuropeanIds.ptCitizenCard("000000000ZZA"));
  }

  @Test
  void iePpsnSecondLetter() {
    // 1234567: weights 8..2 give 112; with A (value 1, weight 9) 121 -> 121 mod 23 = 6 -> F.
    assertTrue(EuropeanIds.iePpsn("1234567FA"));
    assertTrue(EuropeanIds.iePpsn("1234567TW"));
    // W counts 0, so an old number is valid with and without it.
    assertTrue(EuropeanIds.iePpsn("3548643DW"));
    assertTrue(EuropeanIds.iePpsn("3548643D"));
    assertFalse(EuropeanIds.iePpsn("1234567TA"));
    assertFalse(EuropeanIds.iePpsn("1234567FC"));
  }

  @Test
  void chAhvNeedsSwissPrefix() {
    assertFalse(EuropeanIds.chAhv("7571234567896"));
  }

  @Test
  void atSocialSecuritySerialAndDate() {
    assertFalse(EuropeanIds.atSocialSecurity("0237010180"));
    assertFalse(EuropeanIds.atSocialSecurity("1238320180")); // right check, day 32
    assertFalse(EuropeanIds.atSocialSecurity("1234011380")); // right check, month 13
  }

  @Test
  void fiHetuCenturySigns() {
    assertTrue(EuropeanIds.fiHetu("290200A345E")); // 29 February 2000
    assertFalse(EuropeanIds.fiHetu("290201A345P")); // 29 February 2001 does not exist
    assertTrue(EuropeanIds.fiHetu("290204B4562"));
    assertFalse(EuropeanIds.fiHetu("131052G308T")); // G is no century sign
    assertTrue(EuropeanIds.fiHetu("131052Y308T")); // Y is a 1900s sign since 2023
    // Right check chars, but individual numbers 000-001 and 900-999 (temporary) are not issued.
    assertFalse(EuropeanIds.fiHetu("131052001W"));
    assertFalse(EuropeanIds.fiHetu("131052900W"));
  }

  @Test
  void noFnrCenturyFromIndividualNumber() {
    assertTrue(EuropeanIds.noFnr("29028812181")); // 29 February 1988
    assertFalse(EuropeanIds.noFnr("29028712160")); // 1987 has no 29 February
    assertTrue(EuropeanIds.noFnr("41018512007")); // D-number: day + 40
    assertTrue(EuropeanIds.noFnr("15508512314")); // H-number: month + 40
  }

  @Test
  void dkCprCenturyRule() {
    assertFalse(EuropeanIds.dkCpr("2902001234")); // 1900: not a leap year
    assertTrue(EuropeanIds.dkCpr("2902004234")); // 7th digit 4, year 00: 2000, a leap year
    assertTrue(EuropeanIds.dkCpr("2902005234")); // 7th digit 5, year 00: 2000
    assertFalse(EuropeanIds.dkCpr("3204851234"));
    assertFalse(EuropeanIds.dkCpr("0113851234"));
  }

  @Test
  void seOrganisationsnummerIsNeverAPersonnummer() {
    assertFalse(EuropeanIds.seOrganisationsnummer("8112189876"));
    assertTrue(NationalIds.sePersonnummer("8112189876"));
    assertTrue(Checksums.luhn("4234567891"));
    assertFalse(EuropeanIds.seOrganisationsnummer("4234567891")); // group 4 does not exist
  }

  @Test
  void czBirthNumberMonthsAndOldRemainder() {
    assertTrue(EuropeanIds.czBirthNumber("8553151233")); // woman: month + 50
    assertTrue(EuropeanIds.czBirthNumber("0572151239")); // month + 70 since 2004
    assertFalse(EuropeanIds.czBirthNumber("8513151240")); // divisible by 11, month 13
    // 047215123 leaves 10 mod 11: check 0 allowed only on numbers issued before 1986.
    assertFalse(EuropeanIds.czBirthNumber("0472151230"));
    assertTrue(EuropeanIds.czBirthNumber(czOld()));
  }

  private static String czOld() {
    for (int serial = 0; serial < 1000; serial++) {
      String body = "780412" + String.format("%03d", serial);
      if (Long.parseLong(body) % 11 == 10) {
        return body + "0";
      }
    }
    throw new AssertionError();
  }

  @Test
  void plRegonFourteenDigitsNeedsValidNine() {
    assertTrue(EuropeanIds.plRegon("12345678512347"));
    assertFalse(EuropeanIds.plRegon("12345678612347"));
  }

  @Test
  void roCnpCountiesAndCenturies() {
    assertTrue(EuropeanIds.roCnp("1850101520016")); // county 52
    assertFalse(EuropeanIds.roCnp("1850101530013")); // county 53 does not exist
    assertTrue(EuropeanIds.roCnp("1850101700010")); // county 70
    assertFalse(EuropeanIds.roCnp("1850101990015"));
    assertTrue(EuropeanIds.roCnp("5010101400117")); // 2001
  }

  @Test
  void bgEgnCenturyInMonth() {
    assertTrue(EuropeanIds.bgEgn("7523169263")); // month 23: March 1875
    assertTrue(EuropeanIds.bgEgn("0544151234")); // month 44: April 2005
    assertTrue(EuropeanIds.bgEgn("9952311239")); // month 52: 31 December 2099
    assertFalse(EuropeanIds.bgEgn("9953011236")); // right check, month 53: no thirteenth month
  }

  @Test
  void siEmsoRegister() {
    assertFalse(EuropeanIds.siEmso("0206010499809")); // register 49 is not Slovenian
  }

  @Test
  void balticCodesSecondStageAndDates() {
    assertTrue(EuropeanIds.eeIsikukood("35911113138")); // first stage gives 10
    assertFalse(EuropeanIds.eeIsikukood("60202291235")); // 29 February 2002
    assertFalse(EuropeanIds.eeIsikukood("79912310000"));
    assertEquals(EuropeanIds.eeIsikukood("33309240064"), EuropeanIds.ltAsmensKodas("33309240064"));
  }

  @Test
  void lvPersonasKodsCenturyDigit() {
    assertTrue(EuropeanIds.lvPersonasKods("01010500004")); // 1805
    assertTrue(EuropeanIds.lvPersonasKods("01010520005")); // 2005
    assertFalse(EuropeanIds.lvPersonasKods("01010530000")); // right check, century digit 3
  }

  @Test
  void grAmkaDate() {
    assertFalse(EuropeanIds.grAmka("32018512346")); // Luhn passes, day 32
  }

  @Test
  void isKennitalaCompaniesAndCenturyDigit() {
    assertTrue(EuropeanIds.isKennitala("4504013150")); // company: day + 40
    assertFalse(EuropeanIds.isKennitala("1201743397")); // century digit 7
  }

  @Test
  void beEnterpriseNumberFirstDigit() {
    assertTrue(EuropeanIds.beEnterpriseNumber("0403019261"));
    // Right key, but enterprise numbers start with 0 or 1.
    assertFalse(EuropeanIds.beEnterpriseNumber(
        "24030192" + String.format("%02d", 97 - 24030192 % 97)));
  }

  @Test
  void fiBusinessIdRemainderOne() {
    // A body whose weighted sum leaves 1 has no check digit: no number with it is valid.
    for (int body = 1_000_000; body < 1_000_100; body++) {
      String b = Integer.toString(body);
      int sum = 0;
      int[] w = {7, 9, 10, 5, 8, 4, 2};
      for (int i = 0; i < 7; i++) {
        sum += w[i] * (b.charAt(i) - '0');
      }
      if (sum % 11 == 1) {
        for (char c = '0'; c <= '9'; c++) {
          assertFalse(EuropeanIds.fiBusinessId(b + c), b + c);
        }
        return;
      }
    }
    throw new AssertionError("no body with remainder 1");
  }

  @Test
  void noOrganisasjonsnummerFirstDigit() {
    assertFalse(EuropeanIds.noOrganisasjonsnummer("788077912")); // right check, first digit 7
  }

  @Test
  void dkCvrFirstDigit() {
    assertTrue(EuropeanIds.dkCvr("13585628"));
    assertFalse(EuropeanIds.dkCvr("00000000")); // sum divisible by 11, first digit 0
  }
}
