package dev.blindspot.detect.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.Finding;
import dev.blindspot.PiiScanner;
import dev.blindspot.PiiType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Person precision, recall and F1 of the whole {@code nlp} family through the scanner, on the
 * hand-written evaluation dialogues of {@code eval/eval-<lang>.txt} (never used for training or
 * model selection). A name counts as found only with its exact span. The floors sit a little under
 * the figures measured when the models were trained (see TRAINING.md): a regression fails.
 */
class PersonEvaluationTest {

  /** A dialogue without its markers, and the spans the markers gave. */
  record Dialogue(String text, List<int[]> names) {}

  /** Counts of one evaluation. */
  record Score(int truePositives, int falsePositives, int falseNegatives) {
    double precision() {
      return truePositives / (double) Math.max(1, truePositives + falsePositives);
    }

    double recall() {
      return truePositives / (double) Math.max(1, truePositives + falseNegatives);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)",
          precision(), recall(), f1(), truePositives, falsePositives, falseNegatives);
    }
  }

  private static final PiiScanner SCANNER = PiiScanner.builder().detectors("nlp").build();

  @Test
  void englishMeetsItsFloor() {
    List<Dialogue> dialogues = load("eval/eval-en.txt");
    assertTrue(names(dialogues) >= 300, "at least 300 names");
    Score score = evaluate(dialogues, "en");
    System.out.println("PERSON en: " + score + "; language guessed: " + evaluate(dialogues, "und"));
    assertTrue(score.precision() >= 0.90, () -> "en " + score);
    assertTrue(score.f1() >= 0.85, () -> "en " + score);
  }

  @Test
  void frenchMeetsItsFloor() {
    List<Dialogue> dialogues = load("eval/eval-fr.txt");
    assertTrue(names(dialogues) >= 300, "at least 300 names");
    Score score = evaluate(dialogues, "fr");
    System.out.println("PERSON fr: " + score + "; language guessed: " + evaluate(dialogues, "und"));
    assertTrue(score.precision() >= 0.90, () -> "fr " + score);
    assertTrue(score.f1() >= 0.85, () -> "fr " + score);
  }

  static Score evaluate(List<Dialogue> dialogues, String language) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Dialogue d : dialogues) {
      Set<String> gold = new HashSet<>();
      for (int[] n : d.names()) {
        gold.add(n[0] + ".." + n[1]);
      }
      Set<String> found = new HashSet<>();
      for (Finding f : SCANNER.scan(d.text(), language)) {
        if (f.type().equals(PiiType.PERSON)) {
          found.add(f.start() + ".." + f.end());
        }
      }
      for (String s : found) {
        if (gold.contains(s)) {
          tp++;
        } else {
          fp++;
        }
      }
      for (String g : gold) {
        if (!found.contains(g)) {
          fn++;
        }
      }
    }
    return new Score(tp, fp, fn);
  }

  private static int names(List<Dialogue> dialogues) {
    return dialogues.stream().mapToInt(d -> d.names().size()).sum();
  }

  /** Reads dialogues separated by empty lines; {@code #} lines are comments. */
  static List<Dialogue> load(String resource) {
    String content;
    try (InputStream in = PersonEvaluationTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("missing test resource " + resource);
      }
      content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Dialogue> out = new ArrayList<>();
    for (String block : content.split("\n\\s*\n")) {
      StringBuilder marked = new StringBuilder();
      for (String line : block.split("\n")) {
        if (!line.startsWith("#") && !line.isBlank()) {
          marked.append(marked.length() == 0 ? "" : "\n").append(line);
        }
      }
      if (marked.length() > 0) {
        out.add(parse(marked.toString()));
      }
    }
    return out;
  }

  static Dialogue parse(String marked) {
    StringBuilder text = new StringBuilder();
    List<int[]> names = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < marked.length(); i++) {
      if (marked.startsWith("[[", i)) {
        open = text.length();
        i++;
      } else if (marked.startsWith("]]", i) && open >= 0) {
        names.add(new int[] {open, text.length()});
        open = -1;
        i++;
      } else {
        text.append(marked.charAt(i));
      }
    }
    return new Dialogue(text.toString(), names);
  }
}
