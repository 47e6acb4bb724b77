package dev.blindspot.benchmarks.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes customer-support conversations: a ticket header, then 6 to 14 timestamped turns,
 * alternating customer and agent, each carrying personal data with the chance that makes the
 * share of lines with personal data match the density.
 */
final class ChatGenerator {

  /** Share of personal values written obfuscated in chats. */
  static final double OBFUSCATED_SHARE = 0.25;

  private final LangMix mix;
  private final Density density;
  private final Random rnd;
  private final FakeValues values;
  private final TurnWriter writer;
  private final TurnWriter.Policy policy;

  ChatGenerator(LangMix mix, Density density, Random rnd) {
    this.mix = mix;
    this.density = density;
    this.rnd = rnd;
    this.values = new FakeValues(rnd);
    this.writer = new TurnWriter(values);
    this.policy = (type, r) -> {
      if (r.nextDouble() >= OBFUSCATED_SHARE) {
        return null;
      }
      List<String> techniques = Obfuscator.techniquesFor(type);
      return techniques.isEmpty() ? null : techniques.get(r.nextInt(techniques.size()));
    };
  }

  /** Appends one conversation, every line ending with a line feed. */
  void conversation(LabeledBuilder out) {
    Lang lang = mix.pick(rnd);
    Templates.Bank bank = Templates.of(lang);
    TurnWriter.Cast cast = writer.newCast(lang);
    int turns = values.between(6, 14);
    // The header line never carries personal data: raise the per-turn chance to compensate.
    double chance = Math.min(1.0, density.share() * (turns + 1) / turns);
    out.append("=== ").append(writer.ordinary("TICKET", lang)).append(" | ")
        .append(writer.ordinary("DATE", lang)).append(" | chat | ").append(lang.code()).append(" ===\n");
    boolean agent = rnd.nextBoolean();
    int h = values.between(7, 20);
    int m = values.between(0, 59);
    int s = values.between(0, 59);
    for (int t = 0; t < turns; t++) {
      s += values.between(5, 90);
      m += s / 60;
      s %= 60;
      h = (h + m / 60) % 24;
      m %= 60;
      boolean personal = rnd.nextDouble() < chance;
      List<Templates.Turn> pool = personal ? bank.personal() : bank.plain();
      Templates.Turn turn = pickTurn(pool, agent);
      out.append(String.format(Locale.ROOT, "[%02d:%02d:%02d] ", h, m, s))
          .append(agent ? lang.agentLabel() : lang.customerLabel()).append(": ");
      writer.write(turn, lang, cast, personal ? policy : (type, r) -> null, out);
      out.append('\n');
      agent = !agent;
    }
  }

  private Templates.Turn pickTurn(List<Templates.Turn> pool, boolean agent) {
    for (int attempt = 0; attempt < 64; attempt++) {
      Templates.Turn t = pool.get(rnd.nextInt(pool.size()));
      if (t.agent() == agent) {
        return t;
      }
    }
    return pool.get(rnd.nextInt(pool.size()));
  }
}
