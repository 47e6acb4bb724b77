package dev.blindspot.benchmarks.corpus;

/** What a generated corpus is made of. */
public enum CorpusKind {
  /** Customer-support chats: tickets with agent and customer turns. */
  CHAT,
  /**
   * Input built to hurt matchers: long runs, candidate floods, invisible and malformed chars, one
   * very long line. Its density and languages are ignored.
   */
  ADVERSARIAL
}
