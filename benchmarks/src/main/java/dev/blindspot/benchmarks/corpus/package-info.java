/**
 * Seeded generators of benchmark input, without network: customer-support chats in English,
 * French, German and Spanish at chosen densities of personal data, adversarial input, and the
 * labeled evaluation sets committed under {@code src/main/resources/eval/}.
 *
 * <p>Entry points: {@link dev.blindspot.benchmarks.corpus.Corpus} (in memory), {@link
 * dev.blindspot.benchmarks.corpus.CorpusCli} (to a file) and {@link
 * dev.blindspot.benchmarks.corpus.EvalSetGenerator}. The chat turns are written by hand in {@code
 * /corpus/chat-LANG.txt}; they are not derived from any detector's patterns. The value generators
 * and obfuscation techniques are package-private.
 */
package dev.blindspot.benchmarks.corpus;
