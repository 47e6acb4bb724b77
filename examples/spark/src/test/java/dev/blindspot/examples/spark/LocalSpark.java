package dev.blindspot.examples.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of the tests: {@code local[2]}, one per test JVM (starting one takes seconds),
 * stopped by Spark's own shutdown hook.
 */
final class LocalSpark {

  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("blindspot-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "2")
          .getOrCreate();
    }
    return session;
  }
}
