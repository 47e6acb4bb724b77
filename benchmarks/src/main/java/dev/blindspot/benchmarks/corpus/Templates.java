package dev.blindspot.benchmarks.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hand-written chat turns of {@code /corpus/chat-LANG.txt}, parsed once: literal text and
 * slots such as {@code {EMAIL}}. Personal slots fill with labeled values, the others with the
 * order numbers, versions and prices that make hard negatives.
 */
final class Templates {

  /** Slots filled with personal data, and the type each one is labeled with. */
  static final Map<String, String> PERSONAL_SLOTS = Map.ofEntries(
      Map.entry("PERSON", "PERSON"), Map.entry("FIRST", "PERSON"), Map.entry("AGENT", "PERSON"),
      Map.entry("EMAIL", "EMAIL_ADDRESS"), Map.entry("PHONE", "PHONE_NUMBER"),
      Map.entry("CARD", "CREDIT_CARD"), Map.entry("IBAN", "IBAN_CODE"), Map.entry("SSN", "US_SSN"),
      Map.entry("NIR", "FR_NIR"), Map.entry("NINO", "UK_NINO"), Map.entry("DETAX", "DE_TAX_ID"),
      Map.entry("NIF", "ES_NIF"), Map.entry("IP", "IP_ADDRESS"), Map.entry("MAC", "MAC_ADDRESS"),
      Map.entry("URL", "URL"), Map.entry("CITY", "LOCATION"), Map.entry("ADDRESS", "LOCATION"),
      Map.entry("ORG", "ORGANIZATION"), Map.entry("DOB", "DATE_TIME"));

  /** Slots filled with ordinary values. */
  static final Set<String> OTHER_SLOTS = Set.of(
      "PRODUCT", "ERROR", "VERSION", "PRICE", "ORDER", "TICKET", "TRACKING", "DATE", "TIME", "REF",
      "N", "SERIAL");

  /** One turn: who speaks, and the parts of the text (a literal, or a slot name in braces). */
  record Turn(boolean agent, List<String> parts, boolean personal) {
    boolean hasSlot(String slot) {
      return parts.contains("{" + slot + "}");
    }
  }

  /** The turns of one language. */
  record Bank(List<Turn> personal, List<Turn> plain) {}

  private static final Map<Lang, Bank> BANKS = new EnumMap<>(Lang.class);

  static {
    for (Lang lang : Lang.values()) {
      BANKS.put(lang, load(lang));
    }
  }

  private Templates() {}

  static Bank of(Lang lang) {
    return BANKS.get(lang);
  }

  private static Bank load(Lang lang) {
    String resource = "/corpus/chat-" + lang.code() + ".txt";
    List<Turn> personal = new ArrayList<>();
    List<Turn> plain = new ArrayList<>();
    try (InputStream in = Templates.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing template resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Turn> section = null;
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (line.equals("[pii]")) {
          section = personal;
          continue;
        }
        if (line.equals("[plain]")) {
          section = plain;
          continue;
        }
        if (section == null || line.length() < 3 || line.charAt(1) != '|'
            || (line.charAt(0) != 'A' && line.charAt(0) != 'C')) {
          throw new IllegalStateException(resource + ":" + lineNo + ": expected A|text or C|text in a section");
        }
        Turn turn = parse(line.substring(2), line.charAt(0) == 'A', resource + ":" + lineNo);
        if (turn.personal() != (section == personal)) {
          throw new IllegalStateException(resource + ":" + lineNo
              + (turn.personal() ? ": personal slot in [plain]" : ": no personal slot in [pii]"));
        }
        section.add(turn);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Bank(List.copyOf(personal), List.copyOf(plain));
  }

  private static Turn parse(String text, boolean agent, String where) {
    List<String> parts = new ArrayList<>();
    boolean personal = false;
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf('{', i);
      if (open < 0) {
        parts.add(text.substring(i));
        break;
      }
      if (open > i) {
        parts.add(text.substring(i, open));
      }
      int close = text.indexOf('}', open);
      if (close < 0) {
        throw new IllegalStateException(where + ": unclosed slot");
      }
      String slot = text.substring(open + 1, close);
      if (PERSONAL_SLOTS.containsKey(slot)) {
        personal = true;
      } else if (!OTHER_SLOTS.contains(slot)) {
        throw new IllegalStateException(where + ": unknown slot {" + slot + "}");
      }
      parts.add("{" + slot + "}");
      i = close + 1;
    }
    return new Turn(agent, List.copyOf(parts), personal);
  }
}
