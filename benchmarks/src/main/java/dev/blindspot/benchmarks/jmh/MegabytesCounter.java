package dev.blindspot.benchmarks.jmh;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the megabytes (10^6 UTF-8 bytes) each benchmark operation processed. JMH divides the
 * count by the measured time and prints it as the secondary result {@code :megabytes} in
 * "ops/s", which reads as MB/s whatever the size of one operation.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class MegabytesCounter {

  /** Megabytes processed in the current iteration. */
  public double megabytes;

  /** Creates the counter (JMH does). */
  public MegabytesCounter() {}

  /** Starts each iteration from zero. */
  @Setup(Level.Iteration)
  public void reset() {
    megabytes = 0;
  }
}
