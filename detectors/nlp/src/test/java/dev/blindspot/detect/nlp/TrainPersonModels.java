package dev.blindspot.detect.nlp;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderEvaluator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.eval.FMeasure;

/**
 * Trains the shipped person name-finder models: generates the training and dev corpora with
 * {@link TrainingCorpus}, trains every candidate configuration on the training corpus, scores each
 * on the dev corpus (held-out templates and names), and writes the best model of each language
 * with a properties file of its configuration and scores. Run with the {@code train-models} Maven
 * profile (see {@code TRAINING.md}); never part of the test run.
 *
 * <p>Arguments: {@code --seed N}, {@code --languages en,fr}, {@code --train N} sentences, {@code
 * --dev N} sentences, {@code --configs maxent:100:1,perceptron:300:3} (algorithm, iterations,
 * cutoff), {@code --out DIR} (the resource folder of the models), {@code --work DIR} (where the
 * corpora in OpenNLP format and the comparison are written).
 */
public final class TrainPersonModels {

  private TrainPersonModels() {}

  /**
   * OpenNLP's default name-finder features plus the prefixes and suffixes of the token (name
   * endings such as -enko, -ova, -ez, -ou carry the shape of a name across cultures).
   */
  private static final byte[] AFFIX_FEATURES = ("""
      <featureGenerators cache="true" name="nameFinder">
          <generator class="opennlp.tools.util.featuregen.AggregatedFeatureGeneratorFactory">
            <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
              <int name="prevLength">2</int>
              <int name="nextLength">2</int>
              <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
            </generator>
            <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
              <int name="prevLength">2</int>
              <int name="nextLength">2</int>
              <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory"/>
            </generator>
            <generator class="opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory"/>
            <generator class="opennlp.tools.util.featuregen.PreviousMapFeatureGeneratorFactory"/>
            <generator class="opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory"/>
            <generator class="opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory">
              <bool name="begin">true</bool>
              <bool name="end">false</bool>
            </generator>
            <generator class="opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory"/>
            <generator class="opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory"/>
          </generator>
      </featureGenerators>
      """).getBytes(StandardCharsets.UTF_8);

  /** A candidate configuration and its dev score. */
  private record Result(String config, TokenNameFinderModel model, FMeasure dev, long millis,
      int bytes) {}

  /**
   * Runs the pipeline.
   *
   * @param args see the class comment
   * @throws IOException if a corpus or a model cannot be written
   */
  public static void main(String[] args) throws IOException {
    long seed = 20261128L;
    List<String> languages = List.of("en", "fr");
    int trainSize = 20_000;
    int devSize = 3_000;
    List<String> configs =
        List.of("maxent:100:1", "maxent:100:5:affix", "perceptron:100:3", "perceptron:100:3:affix",
            "perceptron:100:5:affix", "perceptron:100:8:affix");
    Path out = Path.of("src/main/resources/dev/blindspot/detect/nlp");
    Path work = Path.of("target/training");
    for (int i = 0; i + 1 < args.length; i += 2) {
      String value = args[i + 1];
      switch (args[i]) {
        case "--seed" -> seed = Long.parseLong(value);
        case "--languages" -> languages = List.of(value.split(","));
        case "--train" -> trainSize = Integer.parseInt(value);
        case "--dev" -> devSize = Integer.parseInt(value);
        case "--configs" -> configs = List.of(value.split(","));
        case "--out" -> out = Path.of(value);
        case "--work" -> work = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Files.createDirectories(out);
    Files.createDirectories(work);
    StringBuilder report = new StringBuilder();
    for (String language : languages) {
      Tokenizer tokenizer = Segmentation.of(language).newTokenizer();
      TrainingCorpus trainCorpus = TrainingCorpus.load(language, TrainingCorpus.Part.TRAIN, seed);
      TrainingCorpus devCorpus = TrainingCorpus.load(language, TrainingCorpus.Part.DEV, seed);
      List<NameSample> train =
          samples(trainCorpus.generate(trainSize, 0.3, new Random(seed)), tokenizer);
      List<NameSample> dev =
          samples(devCorpus.generate(devSize, 0.3, new Random(seed + 1)), tokenizer);
      write(work.resolve("person-" + language + ".train"), train);
      write(work.resolve("person-" + language + ".dev"), dev);
      System.out.printf(Locale.ROOT, "%s: %d training and %d dev sentences (%s)%n",
          language, train.size(), dev.size(), trainCorpus.describe());

      List<Result> results = new ArrayList<>();
      for (String config : configs) {
        long t0 = System.nanoTime();
        TokenNameFinderModel model = train(language, train, config);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        TokenNameFinderEvaluator evaluator = new TokenNameFinderEvaluator(new NameFinderME(model));
        evaluator.evaluate(ObjectStreamUtils.createObjectStream(dev));
        int bytes = size(model);
        Result r = new Result(config, model, evaluator.getFMeasure(), millis, bytes);
        results.add(r);
        System.out.printf(Locale.ROOT, "%s %-18s dev P=%.3f R=%.3f F1=%.3f  %d ms  %d bytes%n",
            language, config, r.dev().getPrecisionScore(), r.dev().getRecallScore(),
            r.dev().getFMeasure(), millis, bytes);
      }
      Result best = results.get(0);
      for (Result r : results) {
        // A clearly better F1 wins; within 0.002 the smaller model does.
        if (r.dev().getFMeasure() > best.dev().getFMeasure() + 0.002
            || (Math.abs(r.dev().getFMeasure() - best.dev().getFMeasure()) <= 0.002
                && r.bytes() < best.bytes())) {
          best = r;
        }
      }
      String name = "opennlp-" + language + "-person";
      try (OutputStream o = Files.newOutputStream(out.resolve(name + ".bin"))) {
        best.model().serialize(o);
      }
      StringBuilder props = new StringBuilder();
      props.append("# Written by TrainPersonModels; see TRAINING.md. Do not edit by hand.\n");
      props.append("model=").append(name).append(".bin\n");
      props.append("language=").append(language).append('\n');
      props.append("type=person\n");
      props.append("seed=").append(seed).append('\n');
      props.append("segmentation=").append(Segmentation.of(language).describe()).append('\n');
      props.append("corpus.train.sentences=").append(train.size()).append('\n');
      props.append("corpus.dev.sentences=").append(dev.size()).append('\n');
      props.append("corpus.templates=").append(trainCorpus.describe()).append('\n');
      props.append("chosen=").append(best.config()).append('\n');
      for (Result r : results) {
        props.append(String.format(Locale.ROOT,
            "dev.%s=P %.4f R %.4f F1 %.4f, %d ms, %d bytes%n", r.config().replace(':', '-'),
            r.dev().getPrecisionScore(), r.dev().getRecallScore(), r.dev().getFMeasure(),
            r.millis(), r.bytes()));
        report.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f | %d | %d |%s%n",
            language, r.config(), r.dev().getPrecisionScore(), r.dev().getRecallScore(),
            r.dev().getFMeasure(), r.millis() / 1000, r.bytes() / 1024,
            r == best ? " chosen" : ""));
      }
      Files.writeString(out.resolve(name + ".properties"), props, StandardCharsets.UTF_8);
    }
    Files.writeString(work.resolve("comparison.md"),
        "| language | algorithm:iterations:cutoff | P | R | F1 | seconds | kB |\n"
            + "|---|---|---|---|---|---|---|\n" + report, StandardCharsets.UTF_8);
    System.out.print(report);
  }

  private static TokenNameFinderModel train(String language, List<NameSample> train, String config)
      throws IOException {
    String[] parts = config.split(":");
    byte[] features = parts.length > 3 && parts[3].equals("affix") ? AFFIX_FEATURES : null;
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, parts[0].toUpperCase(Locale.ROOT));
    params.put(TrainingParameters.ITERATIONS_PARAM, Integer.parseInt(parts[1]));
    params.put(TrainingParameters.CUTOFF_PARAM, Integer.parseInt(parts[2]));
    params.put(TrainingParameters.THREADS_PARAM, 1);
    return NameFinderME.train(language, null, ObjectStreamUtils.createObjectStream(train), params,
        features == null
            ? new TokenNameFinderFactory()
            : new TokenNameFinderFactory(features, java.util.Map.of(), new BioCodec()));
  }

  private static List<NameSample> samples(List<TrainingCorpus.Sentence> sentences,
      Tokenizer tokenizer) {
    List<NameSample> out = new ArrayList<>();
    for (TrainingCorpus.Sentence s : sentences) {
      NameSample sample = TrainingCorpus.toSample(s, tokenizer);
      if (sample != null) {
        out.add(sample);
      }
    }
    return out;
  }

  /** Writes samples in OpenNLP's name-finder format, an empty line after each (a document). */
  private static void write(Path file, List<NameSample> samples) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (NameSample s : samples) {
        w.write(s.toString());
        w.write("\n\n");
      }
    }
  }

  private static int size(TokenNameFinderModel model) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    model.serialize(bytes);
    return bytes.size();
  }
}
