package dev.blindspot.benchmarks.jmh;

import dev.blindspot.PiiScanner;
import dev.blindspot.benchmarks.DetectorFamilies;
import dev.blindspot.benchmarks.NaiveRegexScanner;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The scanners under test, one JMH state each, shared by every thread of a benchmark. A state
 * whose detector family is not on the class path fails its setup with a message naming the
 * family: JMH reports that benchmark as failed and goes on with the others.
 */
public final class Scanners {

  private Scanners() {}

  /** The structured-identifier family alone. */
  @State(Scope.Benchmark)
  public static class Regex {
    /** The scanner. */
    public PiiScanner scanner;

    /** Creates the state (JMH does). */
    public Regex() {}

    /** Builds the scanner, or fails naming the missing family. */
    @Setup(Level.Trial)
    public void build() {
      scanner = DetectorFamilies.require("regex");
    }
  }

  /** The obfuscation-aware family alone. */
  @State(Scope.Benchmark)
  public static class Fuzzy {
    /** The scanner. */
    public PiiScanner scanner;

    /** Creates the state (JMH does). */
    public Fuzzy() {}

    /** Builds the scanner, or fails naming the missing family. */
    @Setup(Level.Trial)
    public void build() {
      scanner = DetectorFamilies.require("fuzzy");
    }
  }

  /** The structured and obfuscation-aware families together: every detector without names. */
  @State(Scope.Benchmark)
  public static class RegexFuzzy {
    /** The scanner. */
    public PiiScanner scanner;

    /** Creates the state (JMH does). */
    public RegexFuzzy() {}

    /** Builds the scanner, or fails naming the missing family. */
    @Setup(Level.Trial)
    public void build() {
      scanner = DetectorFamilies.require("regex", "fuzzy");
    }
  }

  /** The named-entity family alone. */
  @State(Scope.Benchmark)
  public static class Nlp {
    /** The scanner. */
    public PiiScanner scanner;

    /** Creates the state (JMH does). */
    public Nlp() {}

    /** Builds the scanner, or fails naming the missing family. */
    @Setup(Level.Trial)
    public void build() {
      scanner = DetectorFamilies.require("nlp");
    }
  }

  /** Every family present, as users run Blindspot by default. */
  @State(Scope.Benchmark)
  public static class Full {
    /** The scanner. */
    public PiiScanner scanner;

    /** Creates the state (JMH does). */
    public Full() {}

    /** Builds the scanner from the families present, or fails when there is none. */
    @Setup(Level.Trial)
    public void build() {
      scanner = DetectorFamilies.full();
      System.out.println("# full scanner: " + scanner);
    }
  }

  /** The hand-written java.util.regex floor. */
  @State(Scope.Benchmark)
  public static class Naive {
    /** The scanner. */
    public final NaiveRegexScanner scanner = new NaiveRegexScanner();

    /** Creates the state (JMH does). */
    public Naive() {}
  }
}
