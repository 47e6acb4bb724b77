package dev.blindspot.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The column expressions users lift into their own jobs. */
class BlindspotSparkTest {

  private static final BlindspotConfig CONFIG =
      BlindspotConfig.builder().detectors("regex", "fuzzy").languages("en", "fr").build();

  private final SparkSession spark = LocalSpark.session();

  private Dataset<Row> chats() {
    StructType schema = new StructType()
        .add("id", DataTypes.IntegerType)
        .add("lang", DataTypes.StringType)
        .add("text", DataTypes.StringType);
    return spark.createDataFrame(List.of(
        RowFactory.create(1, "en", "Mail me at john.smith @outlook.com tomorrow"),
        RowFactory.create(2, "fr", "Mon numéro : +33 6 12 34 56 78, merci"),
        RowFactory.create(3, "fr", null),
        RowFactory.create(4, "en", "Nothing personal here.")), schema);
  }

  @Test
  void redactReplacesEveryFindingInAStringColumn() {
    List<Row> rows = chats().withColumn("text", BlindspotSpark.redact(CONFIG, col("text")))
        .orderBy("id").select("text").collectAsList();

    assertEquals("Mail me at <EMAIL_ADDRESS> tomorrow", rows.get(0).getString(0));
    assertEquals("Mon numéro : <PHONE_NUMBER>, merci", rows.get(1).getString(0));
    assertNull(rows.get(2).get(0));
    assertEquals("Nothing personal here.", rows.get(3).getString(0));
  }

  @Test
  void findingsGiveTypesOffsetsAndDetectorsOnly() {
    Dataset<Row> findings = chats().orderBy("id")
        .select(BlindspotSpark.findings(CONFIG, col("text"), col("lang")).as("f"));

    assertEquals(BlindspotSpark.FINDINGS, findings.schema().apply("f").dataType());
    List<Row> rows = findings.collectAsList();
    Row email = rows.get(0).<Row>getList(0).get(0);
    assertEquals("EMAIL_ADDRESS", email.getString(0));
    assertEquals(11, email.getInt(1));
    assertEquals(34, email.getInt(2));
    assertEquals("fuzzy.email", email.getString(4));
    assertEquals(List.of(), rows.get(2).getList(0));
    assertEquals(List.of(), rows.get(3).getList(0));
  }

  @Test
  void resultIsComputedOnceWhenSeveralOfItsFieldsAreSelected(@TempDir Path dir) {
    // From files: over an in-memory relation the optimizer would run the function while planning.
    chats().write().parquet(dir.resolve("chats").toString());
    Dataset<Row> selected = spark.read().parquet(dir.resolve("chats").toString())
        .withColumn("r", BlindspotSpark.result(CONFIG, col("text"), col("lang")))
        .select(col("id"), col("r.text"), col("r.findings"), col("r.status"));

    String plan = selected.queryExecution().optimizedPlan().toString();
    assertEquals(1, plan.split("blindspot\\(", -1).length - 1, plan);
    assertEquals(List.of("ok", "ok", "ok", "ok"),
        selected.orderBy("id").select("status").as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList());
  }

  @Test
  void aConfigurationShippedToAnExecutorFindsTheScannerAlreadyBuiltThere() throws Exception {
    BlindspotConfig copy = roundTrip(CONFIG);

    assertNotSame(CONFIG, copy);
    assertEquals(CONFIG, copy);
    assertEquals(CONFIG.hashCode(), copy.hashCode());
    assertSame(ConfiguredScanner.of(CONFIG), ConfiguredScanner.of(copy));
  }

  private static BlindspotConfig roundTrip(BlindspotConfig config)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(config);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (BlindspotConfig) in.readObject();
    }
  }
}
