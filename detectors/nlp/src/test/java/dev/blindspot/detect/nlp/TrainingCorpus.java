package dev.blindspot.detect.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;

/**
 * Generates annotated customer-support sentences for training and tuning a person name finder:
 * hand-written templates per language ({@code train/templates-<lang>.txt}), their fillers
 * ({@code train/fillers-<lang>.txt}: cities, brands, products, weekdays, months as traps), and the
 * names of the gazetteer ({@code names.txt}), grouped by culture.
 *
 * <p>Templates and names are split once, by position and a hash of the seed, into a training part
 * (four fifths) and a held-out part: the dev set uses only held-out templates and names, so that
 * its score measures what the model learnt about contexts and name shapes, not what it memorised.
 * Sentences are varied like real chats: lower-cased, with typos, without final punctuation, with a
 * speaker label. Everything is drawn from a seeded {@link Random}: same seed, same corpus.
 */
final class TrainingCorpus {

  /** Which part of the templates and names a corpus draws from. */
  enum Part {
    TRAIN,
    DEV
  }

  /**
   * A sentence with the spans of its person names.
   *
   * @param text the sentence
   * @param names half-open char spans of the names, in order
   */
  record Sentence(String text, List<Span> names) {}

  /** A culture's given and family names. */
  private record Culture(String name, List<String> given, List<String> family) {}

  private static final Set<String> PARTICLES =
      Set.of("van", "de", "del", "dela", "le", "la", "el", "ben", "da", "dos", "du", "der", "den");
  private static final String[] JOINED_PARTICLES = {"van", "de", "da", "bin", "al", "dos", "von"};
  private static final String[] LABELS_EN = {"Agent: ", "Customer: ", "[10:32] ", "Support: ", "Me: "};
  private static final String[] LABELS_FR = {
    "Conseiller : ", "Client : ", "[10:32] ", "Support : ", "Moi : "
  };

  private final String language;
  private final List<String> positive = new ArrayList<>();
  private final List<String> negative = new ArrayList<>();
  private final Map<String, List<String>> fillers;
  private final List<Culture> cultures;

  private TrainingCorpus(
      String language,
      List<String> templates,
      Map<String, List<String>> fillers,
      List<Culture> cultures) {
    this.language = language;
    for (String t : templates) {
      (t.matches(".*\\{(name|first|last|full)}.*") ? positive : negative).add(t);
    }
    this.fillers = fillers;
    this.cultures = cultures;
  }

  /** Loads the templates and fillers of a language and splits them and the names into a part. */
  static TrainingCorpus load(String language, Part part, long seed) {
    List<String> templates = new ArrayList<>();
    for (String line : lines("train/templates-" + language + ".txt")) {
      if (!line.startsWith("#")) {
        templates.add(line);
      }
    }
    templates = split(templates, part, seed);
    Map<String, List<String>> fillers = sections(lines("train/fillers-" + language + ".txt"));
    List<Culture> cultures = new ArrayList<>();
    for (Culture c : cultures(lines("names.txt"))) {
      cultures.add(
          new Culture(c.name(), split(c.given(), part, seed), split(c.family(), part, seed)));
    }
    return new TrainingCorpus(language, templates, fillers, cultures);
  }

  /** Returns the number of positive and negative templates, for the training notes. */
  String describe() {
    return positive.size() + " templates with names, " + negative.size() + " without";
  }

  /**
   * Generates sentences; about {@code negativeShare} of them hold no name.
   *
   * @param count how many
   * @param negativeShare the share of sentences drawn from templates without a name slot
   * @param random the source of every choice
   */
  List<Sentence> generate(int count, double negativeShare, Random random) {
    List<Sentence> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      List<String> pool = random.nextDouble() < negativeShare ? negative : positive;
      out.add(vary(fill(pool.get(random.nextInt(pool.size())), random), random));
    }
    return out;
  }

  /** Converts a sentence to OpenNLP tokens and name spans; null if a name splits a token. */
  static NameSample toSample(Sentence sentence, Tokenizer tokenizer) {
    Span[] tokens = tokenizer.tokenizePos(sentence.text());
    String[] words = Span.spansToStrings(tokens, sentence.text());
    List<Span> names = new ArrayList<>();
    for (Span name : sentence.names()) {
      int first = -1;
      int last = -1;
      for (int t = 0; t < tokens.length; t++) {
        if (tokens[t].getStart() == name.getStart()) {
          first = t;
        }
        if (tokens[t].getEnd() == name.getEnd()) {
          last = t;
        }
      }
      if (first < 0 || last < first) {
        return null;
      }
      names.add(new Span(first, last + 1, "person"));
    }
    // Each sentence is its own document: the adaptive data must not carry over (clearAdaptiveData).
    return new NameSample(words, names.toArray(new Span[0]), true);
  }

  private Sentence fill(String template, Random random) {
    StringBuilder text = new StringBuilder();
    List<Span> names = new ArrayList<>();
    int at = 0;
    while (true) {
      int open = template.indexOf('{', at);
      if (open < 0) {
        text.append(template, at, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      text.append(template, at, open);
      String slot = template.substring(open + 1, close);
      String value;
      switch (slot) {
        case "name":
          value = name(new String[] {"full", "full", "first", "last"}[random.nextInt(4)], random);
          break;
        case "first":
        case "last":
        case "full":
          value = name(slot, random);
          break;
        case "num":
          value = Integer.toString(1 + random.nextInt(random.nextBoolean() ? 30 : 9999));
          break;
        case "order":
          value = (random.nextBoolean() ? "#" : "") + (100000 + random.nextInt(900000));
          break;
        default:
          List<String> values = fillers.get(slot);
          if (values == null) {
            throw new IllegalStateException("unknown slot {" + slot + "} in " + language);
          }
          value = values.get(random.nextInt(values.size()));
      }
      if (slot.equals("name") || slot.equals("first") || slot.equals("last")
          || slot.equals("full")) {
        names.add(new Span(text.length(), text.length() + value.length(), "person"));
      }
      text.append(value);
      at = close + 1;
    }
    return new Sentence(text.toString(), names);
  }

  private String name(String form, Random random) {
    Culture c = cultures.get(random.nextInt(cultures.size()));
    // Mostly one culture per name; sometimes mixed, as in real customer bases.
    Culture f = random.nextInt(4) == 0 ? cultures.get(random.nextInt(cultures.size())) : c;
    String given = pick(c.given(), random);
    String family = pick(f.family(), random);
    switch (form) {
      case "first":
        return given;
      case "last":
        return random.nextInt(7) == 0 ? family + "-" + pick(f.family(), random) : family;
      default:
        int shape = random.nextInt(20);
        if (shape < 2) {
          return given + " " + pick(c.given(), random) + " " + family;
        } else if (shape < 4) {
          return given + " " + family + " " + pick(f.family(), random);
        } else if (shape == 4) {
          return given.charAt(0) + ". " + family;
        } else if (shape == 5) {
          return given + " " + JOINED_PARTICLES[random.nextInt(JOINED_PARTICLES.length)] + " "
              + family;
        } else if (shape == 6) {
          return given + " " + family.charAt(0) + ".";
        }
        return given + " " + family;
    }
  }

  /**
   * Returns a name of the list, or one in three times a new name of the same culture spliced from
   * two of them ("Okon" + "wuli"): names seen once are dropped by the cutoff, so the model must
   * learn from the context and the shape of a name rather than memorise the names themselves.
   */
  private static String pick(List<String> values, Random random) {
    String a = values.get(random.nextInt(values.size()));
    if (random.nextInt(3) > 0 || a.length() < 4 || !a.chars().allMatch(Character::isLetter)) {
      return a;
    }
    String b = values.get(random.nextInt(values.size()));
    if (b.length() < 4 || !b.chars().allMatch(Character::isLetter)) {
      return a;
    }
    int cutA = 2 + random.nextInt(a.length() - 2);
    int cutB = 1 + random.nextInt(b.length() - 2);
    return a.substring(0, cutA) + b.substring(cutB).toLowerCase(Locale.ROOT);
  }

  /** Lower-cases, adds typos, drops punctuation or adds a speaker label, at random. */
  private Sentence vary(Sentence s, Random random) {
    String text = s.text();
    List<Span> names = s.names();
    if (random.nextInt(8) == 0) {
      text = text.toLowerCase(Locale.ROOT); // same length for these scripts: spans stay valid
      if (text.length() != s.text().length()) {
        text = s.text();
      }
    }
    if (random.nextInt(10) == 0) {
      text = typo(text, names, random);
    }
    if (random.nextInt(8) == 0 && text.length() > 1 && ".!?".indexOf(text.charAt(text.length() - 1)) >= 0
        && (names.isEmpty() || names.get(names.size() - 1).getEnd() < text.length())) {
      text = text.substring(0, text.length() - 1);
    }
    if (random.nextInt(7) == 0) {
      String[] labels = language.equals("fr") ? LABELS_FR : LABELS_EN;
      String label = labels[random.nextInt(labels.length)];
      List<Span> shifted = new ArrayList<>();
      for (Span n : names) {
        shifted.add(new Span(n.getStart() + label.length(), n.getEnd() + label.length(), "person"));
      }
      text = label + text;
      names = shifted;
    }
    return new Sentence(text, names);
  }

  /** Swaps two adjacent letters of a word of four letters or more that is not part of a name. */
  private static String typo(String text, List<Span> names, Random random) {
    for (int attempt = 0; attempt < 5; attempt++) {
      int i = 1 + random.nextInt(Math.max(1, text.length() - 3));
      if (i + 2 >= text.length()) {
        continue;
      }
      boolean inName = false;
      for (Span n : names) {
        inName |= i + 1 >= n.getStart() && i <= n.getEnd();
      }
      if (!inName && Character.isLowerCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i + 1))
          && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 2))) {
        return text.substring(0, i) + text.charAt(i + 1) + text.charAt(i) + text.substring(i + 2);
      }
    }
    return text;
  }

  /** Keeps four fifths of a list for training, the rest for the dev set, by position and seed. */
  private static List<String> split(List<String> values, Part part, long seed) {
    List<String> out = new ArrayList<>();
    int offset = (int) Math.floorMod(seed, 5L);
    for (int i = 0; i < values.size(); i++) {
      boolean dev = (i + offset) % 5 == 0;
      if (dev == (part == Part.DEV)) {
        out.add(values.get(i));
      }
    }
    return out;
  }

  private static List<Culture> cultures(List<String> lines) {
    Map<String, Culture> byName = new LinkedHashMap<>();
    String section = null;
    String culture = null;
    for (String line : lines) {
      if (line.startsWith("[")) {
        section = line;
      } else if (line.startsWith("#")) {
        culture = line.substring(1).strip();
      } else if (section != null && culture != null) {
        Culture c = byName.computeIfAbsent(culture,
            k -> new Culture(k, new ArrayList<>(), new ArrayList<>()));
        for (String word : line.split("\\s+")) {
          if (!PARTICLES.contains(word.toLowerCase(Locale.ROOT))) {
            (section.equals("[given]") ? c.given() : c.family()).add(word);
          }
        }
      }
    }
    List<Culture> out = new ArrayList<>();
    for (Culture c : byName.values()) {
      if (!c.given().isEmpty() && !c.family().isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }

  private static Map<String, List<String>> sections(List<String> lines) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : lines) {
      if (line.startsWith("[")) {
        current = out.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
      } else if (!line.startsWith("#") && current != null) {
        current.add(line);
      }
    }
    return out;
  }

  /** Reads a resource's non-blank lines, stripped; comment lines are kept (they name cultures). */
  private static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = TrainingCorpus.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          out.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
