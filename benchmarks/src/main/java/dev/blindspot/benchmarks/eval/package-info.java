/**
 * Labeled evaluation sets and their scoring: the JSONL record format ({@link
 * dev.blindspot.benchmarks.eval.LabeledText}, {@link dev.blindspot.benchmarks.eval.Span}), loading
 * ({@link dev.blindspot.benchmarks.eval.EvalSets}) and precision, recall, F1 and unredacted share
 * under the half-overlap matching rule ({@link dev.blindspot.benchmarks.eval.Scoring}).
 */
package dev.blindspot.benchmarks.eval;
