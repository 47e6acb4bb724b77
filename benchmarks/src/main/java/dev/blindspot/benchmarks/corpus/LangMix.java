package dev.blindspot.benchmarks.corpus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Relative weights of the languages of a chat corpus; each conversation picks its language with
 * these weights.
 */
public final class LangMix {

  /** English, French, German and Spanish in equal parts. */
  public static final LangMix ALL = parse("en,fr,de,es");

  private final Map<Lang, Double> weights;
  private final Lang[] langs;
  private final double[] cumulative;

  private LangMix(Map<Lang, Double> weights) {
    this.weights = weights;
    this.langs = weights.keySet().toArray(new Lang[0]);
    this.cumulative = new double[langs.length];
    double total = 0;
    for (int i = 0; i < langs.length; i++) {
      total += weights.get(langs[i]);
      cumulative[i] = total;
    }
    for (int i = 0; i < langs.length; i++) {
      cumulative[i] /= total;
    }
  }

  /**
   * Parses a mix such as {@code "en=3,fr=2,de,es"} (a missing weight is 1).
   *
   * @param spec comma-separated language codes with optional {@code =weight}
   * @return the mix
   * @throws IllegalArgumentException if a code is unknown, a weight is not a positive number, or
   *     the mix is empty
   */
  public static LangMix parse(String spec) {
    Map<Lang, Double> weights = new EnumMap<>(Lang.class);
    for (String part : spec.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      String[] kv = part.split("=", 2);
      double w;
      try {
        w = kv.length == 2 ? Double.parseDouble(kv[1].trim()) : 1.0;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("weight of '" + kv[0].trim() + "' is not a number");
      }
      if (!(w > 0)) {
        throw new IllegalArgumentException("weight of '" + kv[0].trim() + "' must be positive");
      }
      weights.merge(Lang.of(kv[0]), w, Double::sum);
    }
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("a language mix needs at least one of en, fr, de, es");
    }
    return new LangMix(weights);
  }

  /**
   * Returns a mix of one language.
   *
   * @param lang the language
   * @return the mix
   */
  public static LangMix only(Lang lang) {
    return parse(lang.code());
  }

  /**
   * Returns the languages of this mix.
   *
   * @return languages with a positive weight, in enum order
   */
  public List<Lang> languages() {
    return new ArrayList<>(weights.keySet());
  }

  Lang pick(Random rnd) {
    double x = rnd.nextDouble();
    for (int i = 0; i < langs.length; i++) {
      if (x < cumulative[i]) {
        return langs[i];
      }
    }
    return langs[langs.length - 1];
  }

  /** Returns the mix as it would be parsed, such as {@code en=1.0,fr=1.0}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    weights.forEach((l, w) -> sb.append(sb.length() == 0 ? "" : ",").append(l.code()).append('=').append(w));
    return sb.toString();
  }
}
