/**
 * Blindspot on Apache Spark: {@link dev.blindspot.examples.spark.BlindspotSpark}, column
 * expressions to lift into your own jobs, configured by a serializable {@link
 * dev.blindspot.examples.spark.BlindspotConfig}; and {@link
 * dev.blindspot.examples.spark.BlindspotSparkJob}, a ready application that redacts or scans
 * JSONL and Parquet datasets.
 *
 * <p>Each executor JVM builds one scanner per configuration and shares it among its tasks.
 * Everything else is package-private. Nothing here logs or throws text: messages name detectors,
 * columns and paths, never the content of a row.
 */
package dev.blindspot.examples.spark;
