package dev.blindspot.benchmarks.corpus;

import dev.blindspot.benchmarks.eval.EvalSets;
import dev.blindspot.benchmarks.eval.LabeledText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates the labeled evaluation sets committed under {@code src/main/resources/eval/}, from
 * the hand-written chat turns and a fixed seed, so that anyone can check where they come from:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.blindspot.benchmarks.corpus.EvalSetGenerator \
 *     benchmarks/src/main/resources/eval
 * </pre>
 *
 * <p>Each labeled record is one or two chat turns; its personal values are all clean or all
 * obfuscated (half of the records), and the obfuscation techniques of each type are used in turn, so
 * that every technique is represented. Negative records are single turns without personal data,
 * rich in order, ticket and tracking numbers, versions, prices, dates, Luhn-failing references
 * and ordinary uses of "at" and "dot". A unit test regenerates the sets and compares them with
 * the committed files byte for byte.
 */
public final class EvalSetGenerator {

  /** The seed every set derives from. */
  public static final long SEED = 20_261_128L;

  private static final double OBFUSCATED_RECORDS = 0.5;

  private static final Map<Lang, Integer> LABELED_RECORDS =
      Map.of(Lang.EN, 600, Lang.FR, 600, Lang.DE, 160, Lang.ES, 160);
  private static final Map<Lang, Integer> NEGATIVE_RECORDS =
      Map.of(Lang.EN, 1000, Lang.FR, 1000, Lang.DE, 250, Lang.ES, 250);

  private EvalSetGenerator() {}

  /**
   * Writes every set as {@code NAME.jsonl} into a directory.
   *
   * @param args the directory, such as {@code benchmarks/src/main/resources/eval}
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: EvalSetGenerator OUTPUT_DIRECTORY");
      System.exit(2);
      return;
    }
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    for (Map.Entry<String, String> set : generateAll().entrySet()) {
      Files.writeString(dir.resolve(set.getKey() + ".jsonl"), set.getValue(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Generates every set.
   *
   * @return JSONL text by set name ({@link EvalSets#LABELED} then {@link EvalSets#NEGATIVES})
   */
  public static Map<String, String> generateAll() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Lang lang : Lang.values()) {
      out.put(lang.code(), EvalSets.toJsonl(labeled(lang)));
    }
    for (Lang lang : Lang.values()) {
      out.put("negatives-" + lang.code(), EvalSets.toJsonl(negatives(lang)));
    }
    return out;
  }

  static List<LabeledText> labeled(Lang lang) {
    Random rnd = new Random(SEED + lang.ordinal());
    FakeValues values = new FakeValues(rnd);
    TurnWriter writer = new TurnWriter(values);
    Templates.Bank bank = Templates.of(lang);
    List<String> types = typesOf(bank);
    Map<String, Integer> nextTechnique = new HashMap<>();
    List<LabeledText> records = new ArrayList<>();
    int count = LABELED_RECORDS.get(lang);
    for (int i = 0; i < count; i++) {
      String target = types.get(i % types.size());
      List<Templates.Turn> candidates = new ArrayList<>();
      for (Templates.Turn t : bank.personal()) {
        for (Map.Entry<String, String> slot : Templates.PERSONAL_SLOTS.entrySet()) {
          if (slot.getValue().equals(target) && t.hasSlot(slot.getKey())) {
            candidates.add(t);
            break;
          }
        }
      }
      Templates.Turn turn = candidates.get(rnd.nextInt(candidates.size()));
      TurnWriter.Policy policy = rnd.nextDouble() < OBFUSCATED_RECORDS
          ? obfuscating(target, lang, nextTechnique)
          : (type, r) -> null;
      TurnWriter.Cast cast = writer.newCast(lang);
      LabeledBuilder b = new LabeledBuilder(256, true);
      int clock = rnd.nextInt(10) < 3 ? 8 * 3600 + rnd.nextInt(10 * 3600) : -1;
      if (rnd.nextInt(10) < 3) {
        Templates.Turn before = pickTurn(bank.plain(), !turn.agent(), rnd);
        label(b, lang, before.agent(), clock);
        writer.write(before, lang, cast, (type, r) -> null, b);
        b.append('\n');
        clock = clock < 0 ? clock : clock + 5 + rnd.nextInt(120);
      }
      label(b, lang, turn.agent(), clock);
      writer.write(turn, lang, cast, policy, b);
      records.add(new LabeledText(
          String.format(Locale.ROOT, "%s-%04d", lang.code(), i + 1), lang.code(), b.text(), b.spans()));
    }
    return records;
  }

  static List<LabeledText> negatives(Lang lang) {
    Random rnd = new Random(SEED + 100 + lang.ordinal());
    FakeValues values = new FakeValues(rnd);
    TurnWriter writer = new TurnWriter(values);
    Templates.Bank bank = Templates.of(lang);
    TurnWriter.Cast cast = writer.newCast(lang);
    List<LabeledText> records = new ArrayList<>();
    int count = NEGATIVE_RECORDS.get(lang);
    for (int i = 0; i < count; i++) {
      Templates.Turn turn = bank.plain().get(rnd.nextInt(bank.plain().size()));
      LabeledBuilder b = new LabeledBuilder(128, true);
      label(b, lang, turn.agent(), rnd.nextInt(10) < 3 ? 8 * 3600 + rnd.nextInt(10 * 3600) : -1);
      writer.write(turn, lang, cast, (type, r) -> null, b);
      records.add(new LabeledText(
          String.format(Locale.ROOT, "negatives-%s-%04d", lang.code(), i + 1), lang.code(), b.text(), List.of()));
    }
    return records;
  }

  /** Obfuscates every value; the record's target type takes its techniques in turn. */
  private static TurnWriter.Policy obfuscating(String target, Lang lang, Map<String, Integer> next) {
    boolean[] targetDone = {false};
    return (type, rnd) -> {
      List<String> techniques = applicable(type, lang);
      if (techniques.isEmpty()) {
        return null;
      }
      if (type.equals(target) && !targetDone[0]) {
        targetDone[0] = true;
        int k = next.merge(type, 1, Integer::sum) - 1;
        return techniques.get(k % techniques.size());
      }
      return techniques.get(rnd.nextInt(techniques.size()));
    };
  }

  private static List<String> applicable(String type, Lang lang) {
    List<String> all = new ArrayList<>(Obfuscator.techniquesFor(type));
    if (type.equals("US_SSN") && lang != Lang.EN) {
      all.remove(Obfuscator.SPELLED_DIGITS);
    }
    return all;
  }

  private static List<String> typesOf(Templates.Bank bank) {
    Set<String> types = new LinkedHashSet<>();
    for (String slot : List.of("PERSON", "EMAIL", "PHONE", "CARD", "IBAN", "SSN", "NIR", "NINO",
        "DETAX", "NIF", "IP", "MAC", "URL", "ADDRESS", "ORG", "DOB")) {
      for (Templates.Turn t : bank.personal()) {
        if (t.hasSlot(slot)) {
          types.add(Templates.PERSONAL_SLOTS.get(slot));
        }
      }
    }
    // E-mail addresses and phone numbers have the most obfuscation techniques: more records.
    List<String> cycle = new ArrayList<>(types);
    cycle.add(cycle.indexOf("CREDIT_CARD") + 1, "EMAIL_ADDRESS");
    cycle.add(cycle.indexOf("IP_ADDRESS"), "PHONE_NUMBER");
    cycle.add(cycle.indexOf("MAC_ADDRESS"), "EMAIL_ADDRESS");
    return cycle;
  }

  private static Templates.Turn pickTurn(List<Templates.Turn> pool, boolean agent, Random rnd) {
    for (int attempt = 0; attempt < 64; attempt++) {
      Templates.Turn t = pool.get(rnd.nextInt(pool.size()));
      if (t.agent() == agent) {
        return t;
      }
    }
    return pool.get(0);
  }

  /** Appends the speaker label, after a timestamp when {@code secondOfDay} is not negative. */
  private static void label(LabeledBuilder b, Lang lang, boolean agent, int secondOfDay) {
    if (secondOfDay >= 0) {
      b.append(String.format(Locale.ROOT, "[%02d:%02d:%02d] ",
          secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60));
    }
    b.append(agent ? lang.agentLabel() : lang.customerLabel()).append(": ");
  }
}
