package dev.blindspot.examples.spark;

import dev.blindspot.ScanException;
import dev.blindspot.examples.spark.JobOptions.Format;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A Spark application that redacts (or scans) text columns of a JSONL or Parquet dataset and
 * writes the result as Parquet or JSONL.
 *
 * <pre>
 * spark-submit --class dev.blindspot.examples.spark.BlindspotSparkJob blindspot-spark.jar \
 *     redact --input s3a://bucket/chats/ --output s3a://bucket/chats-redacted/ \
 *     --columns text,subject --language-column lang --detectors regex,fuzzy --findings
 * </pre>
 *
 * <p>{@code redact} writes every input column, the text columns redacted in place, plus with
 * {@code --findings} a column {@code NAME_findings} per text column; {@code scan} writes the
 * other columns and the findings, not the texts. Findings never hold personal data. With {@code
 * --on-failure quarantine}, a row a detector failed on is kept with that text null and {@value
 * #STATUS_COLUMN} = {@value BlindspotSpark#QUARANTINED}. Run with {@code --help} for every option.
 *
 * <p>Exit status 0 on success, 1 if a detector failed (the job stops and commits no output) or
 * records were quarantined, 2 on bad usage or bad input. The error is one line on standard error
 * that never quotes the data. Run without {@code spark-submit} (no {@code spark.master} set), the
 * job runs in this JVM on {@code local[*]}.
 */
public final class BlindspotSparkJob {

  /** The column that says, with {@code --on-failure quarantine}, whether each row was scanned. */
  public static final String STATUS_COLUMN = "blindspot_status";

  /** Appended to a text column's name to name its findings column. */
  public static final String FINDINGS_SUFFIX = "_findings";

  /** Where Spark's JSON reader puts a line that is not a JSON object; never written out. */
  static final String MALFORMED_COLUMN = "_blindspot_malformed_line";

  private static final String PREFIX = "blindspot-spark: ";

  private BlindspotSparkJob() {}

  /**
   * Runs the job and exits with its status.
   *
   * @param args the arguments; {@code --help} lists them
   */
  public static void main(String[] args) {
    if (JobOptions.helpRequested(args)) {
      System.out.print(help());
      System.out.flush();
      System.exit(0);
    }
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (JobException e) {
      System.err.println(PREFIX + e.getMessage());
      System.exit(e.status());
      return;
    }
    // spark-submit sets spark.master as a system property, which SparkConf reads; without it
    // (java -cp ... BlindspotSparkJob) the job runs here, on every core of this machine.
    boolean local = !new SparkConf().contains("spark.master");
    SparkSession.Builder builder = SparkSession.builder().appName("blindspot");
    if (local) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    if (local) {
      spark.sparkContext().setLogLevel("WARN");
    }
    int status;
    try {
      status = run(spark, options, System.err);
    } finally {
      spark.stop();
    }
    System.exit(status);
  }

  /** Parses and runs, for tests: returns the exit status instead of exiting. */
  static int run(SparkSession spark, String[] args, PrintStream err) {
    try {
      return run(spark, JobOptions.parse(args), err);
    } catch (JobException e) {
      err.println(PREFIX + e.getMessage());
      return e.status();
    }
  }

  static int run(SparkSession spark, JobOptions options, PrintStream err) {
    try {
      try {
        BlindspotSpark.check(options.config());
      } catch (IllegalArgumentException e) {
        throw JobException.usage(e.getMessage());
      } catch (IllegalStateException e) {
        throw JobException.failure("cannot start the detectors: " + e.getMessage());
      }
      Dataset<Row> input = read(spark, options);
      if (options.partitions() > 0) {
        // Spark splits files by bytes, but scanning costs far more per byte than reading: a
        // 128 MB split is half an hour or more of one core. Smaller partitions keep every core busy.
        input = input.repartition(options.partitions());
      }
      Dataset<Row> output = transform(input, options);
      write(output, options);
      if (options.config().onFailure() == BlindspotConfig.OnFailure.QUARANTINE) {
        long quarantined = quarantined(spark, options, output.schema());
        if (quarantined > 0) {
          throw JobException.failure(quarantined + (quarantined == 1 ? " record was" : " records were")
              + " quarantined: a detector failed on them; their text is null and "
              + STATUS_COLUMN + " is " + BlindspotSpark.QUARANTINED);
        }
      }
      return 0;
    } catch (JobException e) {
      err.println(PREFIX + e.getMessage());
      return e.status();
    } catch (Exception e) { // Scala's checked exceptions are not declared: catch them all here
      JobException reported = explain(e);
      err.println(PREFIX + reported.getMessage());
      return reported.status();
    }
  }

  /** Turns a Spark failure into a message that names the cause but never quotes data. */
  private static JobException explain(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ScanException) {
        // Its message names the detector and the failure's class, never the text.
        return JobException.failure(t.getMessage() + "; the job stopped and committed no output"
            + " (--on-failure quarantine keeps going)");
      }
    }
    if (e instanceof AnalysisException) {
      // Paths, columns, schemas: what Spark's analyzer says is about the query, not the rows.
      String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      return JobException.usage(
          "PATH_ALREADY_EXISTS".equals(((AnalysisException) e).getCondition())
              ? message + " (--overwrite replaces it)"
              : message);
    }
    return JobException.failure("the Spark job failed (" + e.getClass().getName() + ")");
  }

  private static Dataset<Row> read(SparkSession spark, JobOptions options) {
    if (options.inputFormat() == Format.PARQUET) {
      return spark.read().parquet(options.input());
    }
    return spark.read()
        .option("mode", "PERMISSIVE")
        .option("columnNameOfCorruptRecord", MALFORMED_COLUMN)
        .json(options.input());
  }

  /** The output columns: the input's, texts redacted or dropped, then findings and status. */
  static Dataset<Row> transform(Dataset<Row> input, JobOptions options) throws JobException {
    StructType schema = input.schema();
    Set<String> names = new HashSet<>(List.of(schema.fieldNames()));
    if (names.contains(MALFORMED_COLUMN)) {
      // Spark would carry each such line whole, unscanned, in this column.
      throw JobException.usage("the input has lines that are not JSON objects: fix or remove "
          + "them, nothing was written");
    }
    for (String column : options.columns()) {
      requireString(schema, names, column, "text column");
    }
    Column language = functions.lit(null).cast(DataTypes.StringType);
    if (options.languageColumn() != null) {
      requireString(schema, names, options.languageColumn(), "language column");
      language = column(options.languageColumn());
    }
    boolean quarantine = options.config().onFailure() == BlindspotConfig.OnFailure.QUARANTINE;
    boolean withFindings = options.scan() || options.findings();
    Set<String> added = new HashSet<>();
    if (withFindings) {
      for (String column : options.columns()) {
        added.add(column + FINDINGS_SUFFIX);
      }
    }
    if (quarantine) {
      added.add(STATUS_COLUMN);
    }
    for (String name : added) {
      if (names.contains(name)) {
        throw JobException.usage("the input already has a column named " + name);
      }
    }

    // One struct per text column, computed once; the select below only picks its fields.
    Dataset<Row> scanned = input;
    List<String> results = new ArrayList<>();
    for (int i = 0; i < options.columns().size(); i++) {
      String result = "_blindspot_result_" + i;
      results.add(result);
      scanned = scanned.withColumn(result,
          BlindspotSpark.result(options.config(), column(options.columns().get(i)), language));
    }
    List<Column> selected = new ArrayList<>();
    for (StructField field : schema.fields()) {
      int index = options.columns().indexOf(field.name());
      if (index < 0) {
        selected.add(column(field.name()));
      } else if (!options.scan()) {
        selected.add(column(results.get(index)).getField("text").as(field.name()));
      }
    }
    if (withFindings) {
      for (int i = 0; i < results.size(); i++) {
        selected.add(column(results.get(i)).getField("findings")
            .as(options.columns().get(i) + FINDINGS_SUFFIX));
      }
    }
    if (quarantine) {
      Column anyFailed = functions.lit(false);
      for (String result : results) {
        anyFailed = anyFailed.or(
            column(result).getField("status").equalTo(BlindspotSpark.QUARANTINED));
      }
      selected.add(functions.when(anyFailed, BlindspotSpark.QUARANTINED)
          .otherwise(BlindspotSpark.OK).as(STATUS_COLUMN));
    }
    return scanned.select(selected.toArray(Column[]::new));
  }

  private static void write(Dataset<Row> output, JobOptions options) {
    DataFrameWriter<Row> writer = output.write()
        .mode(options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
    if (options.outputFormat() == Format.PARQUET) {
      writer.parquet(options.output());
    } else {
      writer.option("ignoreNullFields", "false").json(options.output());
    }
  }

  private static long quarantined(SparkSession spark, JobOptions options, StructType schema) {
    Dataset<Row> written = options.outputFormat() == Format.PARQUET
        ? spark.read().schema(schema).parquet(options.output())
        : spark.read().schema(schema).json(options.output());
    return written.where(column(STATUS_COLUMN).equalTo(BlindspotSpark.QUARANTINED)).count();
  }

  private static void requireString(StructType schema, Set<String> names, String name,
      String what) throws JobException {
    if (!names.contains(name)) {
      throw JobException.usage("the input has no " + what + " named " + name
          + "; its columns: " + String.join(", ", schema.fieldNames()));
    }
    if (!schema.apply(name).dataType().equals(DataTypes.StringType)) {
      throw JobException.usage("the " + what + " " + name + " must be a string, not "
          + schema.apply(name).dataType().simpleString());
    }
  }

  /** A top-level column by its exact name, dots and all. */
  private static Column column(String name) {
    return functions.col("`" + name.replace("`", "``") + "`");
  }

  static String help() {
    return """
        Usage: blindspot-spark scan|redact --input PATH --output PATH [OPTIONS]

        Finds personal data in text columns of a dataset with Apache Spark. redact writes
        every column, the text columns redacted in place; scan writes the other columns and
        a NAME_findings column per text column, not the texts. A finding is
        {type, start, end, score, detector}: UTF-16 offsets into the original text, never
        the value.

        Options:
          --input PATH            a file or directory Spark can read (local, hdfs:, s3a:)
          --input-format F        jsonl or parquet; default parquet if PATH ends with
                                  .parquet, else jsonl (one JSON object per line)
          --output PATH           the directory to write
          --output-format F       parquet or jsonl; default jsonl if PATH ends with
                                  .jsonl or .json, else parquet
          --overwrite             replace the output if it exists
          --columns NAME,...      the text columns (strings); default text
          --language-column NAME  a column of language tags, such as lang ("en", "fr")
          --findings              redact only: also write NAME_findings columns
          --partitions N          spread the rows over N partitions before scanning
                                  (a shuffle); default: Spark's input splits of up to
                                  128 MB, each half an hour or more of scanning
          --detectors NAME,...    detector families, such as regex,fuzzy,nlp; default all
                                  in the jar
          --detector-classes C,...
                                  your own Detector classes (public no-argument
                                  constructor), on the class path of every executor
          --languages TAG,...     languages of the texts, such as en,fr
          --min-score X           report findings that score X or more, in [0, 1]
          --operator OP           redact only: tag (default), pseudonym, mask or hmac
          --hmac-key-file PATH    the key of --operator hmac (at least 16 bytes), read
                                  on each executor: ship it with spark-submit --files
                                  and give its bare name. Without it the key is read
                                  from the environment variable BLINDSPOT_HMAC_KEY,
                                  never from the command line.
          --on-failure fail|quarantine
                                  what a detector failure does. fail (default): the job
                                  stops, no output is committed. quarantine: the row is
                                  kept with that text null and blindspot_status =
                                  quarantined (other rows: ok); the job ends with
                                  status 1 and the count.
          --help                  this help

        Exit status: 0 success; 1 a detector failed or records were quarantined; 2 bad
        usage or bad input. Errors never quote the data.
        """;
  }
}
