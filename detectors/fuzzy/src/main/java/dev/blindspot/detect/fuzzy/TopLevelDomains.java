package dev.blindspot.detect.fuzzy;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The top-level domains an obfuscated address must end with to be believed: the country codes in
 * use, the generic domains people's mailboxes live under, punycode labels, and internationalized
 * domains in a non-Latin script. "thanks @john.smith" ends with "smith", a chat mention, not an
 * address.
 */
final class TopLevelDomains {

  private static final Set<String> COUNTRY_CODES =
      Set.copyOf(
          List.of(
              ("ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj"
              + " bm bn bo bq br bs bt bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw"
              + " cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk fm fo fr ga gb gd ge"
              + " gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in"
              + " io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr"
              + " ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my"
              + " mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt"
              + " pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st su sv"
              + " sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va"
              + " vc ve vg vi vn vu wf ws ye yt za zm zw")
                  .split(" ")));

  private static final Set<String> GENERIC =
      Set.copyOf(
          List.of(
              ("com net org edu gov mil int info biz name pro mobi aero asia cat coop jobs"
              + " museum tel travel post app dev page blog shop store online site website web"
              + " tech cloud email mail live life world today space xyz club top vip icu fun art"
              + " design agency digital media news network systems solutions services company"
              + " group ltd global team work academy studio zone law legal bank finance money"
              + " capital consulting partners ventures holdings management marketing software"
              + " expert social center city town photo photography gallery link click host press"
              + " inc llc gmbh sarl paris bzh alsace corsica quebec berlin london nyc tokyo"
              + " swiss eus gal cymru scot wales africa health care clinic school university"
              + " college education events travel restaurant cafe green eco energy immo"
              + " immobilier realty properties auto fashion beauty fitness yoga golf games music"
              + " film radio chat support help love family")
                  .split(" ")));

  private TopLevelDomains() {}

  /**
   * Tells whether a top-level domain looks real.
   *
   * @param tld the last label of a domain, any case
   * @return true for a known country code or generic domain, a punycode label, or a label in a
   *     non-Latin script
   */
  static boolean isKnown(CharSequence tld) {
    String lower = tld.toString().toLowerCase(Locale.ROOT);
    if (lower.startsWith("xn--") || COUNTRY_CODES.contains(lower) || GENERIC.contains(lower)) {
      return true;
    }
    boolean nonLatin = !lower.isEmpty();
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      int type = Character.getType(cp);
      nonLatin &=
          Character.isLetter(cp)
              ? Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN
              : type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
      i += Character.charCount(cp);
    }
    return nonLatin;
  }
}
