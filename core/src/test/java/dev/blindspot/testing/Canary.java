package dev.blindspot.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Personal-looking values planted in test input that must never come out of a {@code toString()},
 * an exception message or a stack trace.
 */
public final class Canary {

  /** An e-mail address that the test e-mail detector finds. */
  public static final String EMAIL = "canary.7f3a@leak-test.example";
  /** A digit run that the {@code test-digits} provider finds. */
  public static final String DIGITS = "90731955426";

  // Fragments too, so that a partial quote ("...7f3a@leak...") is caught as well.
  private static final List<String> FRAGMENTS =
      List.of(EMAIL, "canary.7f3a", "7f3a@", "leak-test.example", DIGITS, "0731955", "1955426");

  private Canary() {}

  /** A customer-support line holding both canaries. */
  public static String line() {
    return "Client : voici mon e-mail " + EMAIL + " et mon numéro client " + DIGITS + ", merci !";
  }

  /** Fails if {@code shown} contains any canary fragment; {@code what} names where it came from. */
  public static void assertAbsent(String what, String shown) {
    for (String fragment : FRAGMENTS) {
      if (shown != null && shown.contains(fragment)) {
        // The failure message names the fragment's index, not the fragment, and never quotes shown.
        fail(what + " leaks canary fragment #" + FRAGMENTS.indexOf(fragment));
      }
    }
  }

  /**
   * Fails if the throwable, or any throwable of its cause chain or of their suppressed ones, shows a
   * canary in its message, its {@code toString()} or its printed stack trace.
   */
  public static void assertNoLeak(Throwable thrown) {
    assertNoLeak(thrown, new IdentityHashMap<>());
  }

  private static void assertNoLeak(Throwable thrown, Map<Throwable, Boolean> seen) {
    for (Throwable t = thrown; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
      String name = t.getClass().getName();
      assertAbsent("message of " + name, t.getMessage());
      assertAbsent("localized message of " + name, t.getLocalizedMessage());
      assertAbsent("toString of " + name, t.toString());
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      assertAbsent("stack trace of " + name, trace.toString());
      for (Throwable suppressed : t.getSuppressed()) {
        assertNoLeak(suppressed, seen);
      }
    }
  }
}
