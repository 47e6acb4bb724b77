package dev.blindspot.examples.spark;

import dev.blindspot.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Column expressions that scan or redact a text column of a Spark {@code Dataset<Row>}: lift these
 * into your own jobs.
 *
 * <pre>{@code
 * BlindspotConfig config = BlindspotConfig.builder().detectors("regex", "fuzzy").build();
 * Dataset<Row> clean = chats.withColumn("text", BlindspotSpark.redact(config, col("text")));
 *
 * // redacted text, findings and status of each row from one scan (not two):
 * Dataset<Row> both = chats
 *     .withColumn("r", BlindspotSpark.result(config, col("text"), col("lang")))
 *     .select(col("id"), col("r.text").as("text"), col("r.findings"), col("r.status"));
 * }</pre>
 *
 * <p>Each expression is a user-defined function that carries the configuration, not a scanner:
 * every executor JVM builds one scanner per distinct configuration on first use and shares it
 * among its tasks (building loads every detector and model, seconds; scanning is thread-safe). A
 * row whose text is null gets a null text, no findings and status {@value #OK}. Findings hold
 * type, offsets, score and detector id, never the personal data itself.
 *
 * <p>When a detector fails on a text, the configuration's {@link BlindspotConfig.OnFailure}
 * decides: {@code FAIL} throws in the task, so the job fails with the detector's id in its error
 * and never writes the text; {@code QUARANTINE} gives a null text, status {@value #QUARANTINED}
 * and one {@code REDACTED_ON_FAILURE} finding of the whole text.
 */
public final class BlindspotSpark {

  /** The status of a text that was scanned (and redacted) in full. */
  public static final String OK = "ok";

  /** The status of a text a detector failed on, under {@link BlindspotConfig.OnFailure#QUARANTINE}. */
  public static final String QUARANTINED = "quarantined";

  /** One finding: {@code type}, {@code start}, {@code end} (UTF-16 offsets), {@code score}, {@code detector}. */
  public static final StructType FINDING = new StructType()
      .add("type", DataTypes.StringType, false)
      .add("start", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("score", DataTypes.DoubleType, false)
      .add("detector", DataTypes.StringType, false);

  /** The findings of one text, in offset order. */
  public static final ArrayType FINDINGS = DataTypes.createArrayType(FINDING, false);

  /** What {@link #result} gives: the redacted {@code text}, its {@code findings}, its {@code status}. */
  public static final StructType RESULT = new StructType()
      .add("text", DataTypes.StringType, true)
      .add("findings", FINDINGS, false)
      .add("status", DataTypes.StringType, false);

  private BlindspotSpark() {}

  /**
   * Returns the redacted text of a string column, with the language of the configuration.
   *
   * @param config the configuration
   * @param text a string column
   * @return a string column: the text with every finding replaced by the configured operator, or
   *     null where a detector failed under {@code QUARANTINE}
   */
  public static Column redact(BlindspotConfig config, Column text) {
    return result(config, text, noLanguage()).getField("text");
  }

  /**
   * Returns the redacted text of a string column whose language is given per row.
   *
   * @param config the configuration
   * @param text a string column
   * @param language a string column of language tags such as {@code "fr"}; null, or a value that
   *     is not a tag, means the configuration's default
   * @return a string column, as {@link #redact(BlindspotConfig, Column)}
   */
  public static Column redact(BlindspotConfig config, Column text, Column language) {
    return result(config, text, language).getField("text");
  }

  /**
   * Returns the findings of a string column, of type {@link #FINDINGS}.
   *
   * @param config the configuration
   * @param text a string column
   * @return an array column of {@link #FINDING} structs, offsets into the original text
   */
  public static Column findings(BlindspotConfig config, Column text) {
    return result(config, text, noLanguage()).getField("findings");
  }

  /**
   * Returns the findings of a string column whose language is given per row.
   *
   * @param config the configuration
   * @param text a string column
   * @param language a string column of language tags, as in {@link #redact(BlindspotConfig,
   *     Column, Column)}
   * @return an array column of {@link #FINDING} structs
   */
  public static Column findings(BlindspotConfig config, Column text, Column language) {
    return result(config, text, language).getField("findings");
  }

  /**
   * Returns the redacted text, the findings and the status of a string column from one scan, as
   * a {@link #RESULT} struct. Add it as a column once, then select its fields: selecting {@link
   * #redact} and {@link #findings} separately scans every text twice.
   *
   * @param config the configuration
   * @param text a string column
   * @param language a string column of language tags, or {@code lit(null)}
   * @return a struct column of type {@link #RESULT}
   */
  public static Column result(BlindspotConfig config, Column text, Column language) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    return udf(config).apply(text, language);
  }

  /**
   * Builds the scanner of the configuration in this JVM, so that a bad configuration (an unknown
   * detector, an invalid language, a missing HMAC key) fails here, on the driver, rather than in
   * every task. In local mode the executors then reuse it.
   *
   * @param config the configuration
   * @throws IllegalArgumentException if the configuration is invalid; the message says why
   * @throws IllegalStateException if a detector provider fails to load
   */
  public static void check(BlindspotConfig config) {
    ConfiguredScanner.of(Objects.requireNonNull(config, "config"));
  }

  private static UserDefinedFunction udf(BlindspotConfig config) {
    UDF2<String, String, Row> scan = (text, language) -> {
      if (text == null) {
        return RowFactory.create(null, List.of(), OK);
      }
      ConfiguredScanner.Result result = ConfiguredScanner.of(config).process(text, language);
      List<Row> findings = new ArrayList<>(result.findings().size());
      for (Finding f : result.findings()) {
        findings.add(RowFactory.create(
            f.type().name(), f.start(), f.end(), f.score(), f.detectorId()));
      }
      return RowFactory.create(result.redacted(), findings, result.failed() ? QUARANTINED : OK);
    };
    return functions.udf(scan, RESULT).withName("blindspot");
  }

  private static Column noLanguage() {
    return functions.lit(null).cast(DataTypes.StringType);
  }
}
