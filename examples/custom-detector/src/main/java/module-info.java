/**
 * An example of a custom Blindspot detector: employee ids such as {@code EMP-004218}, selectable
 * by the provider name {@code "employee-id"}.
 *
 * <p>A detector module needs three things: it {@code requires transitive dev.blindspot.core} (its
 * public types use the core API), it {@code provides dev.blindspot.spi.DetectorProvider} (and
 * lists the same class in {@code META-INF/services/dev.blindspot.spi.DetectorProvider} for the
 * class path), and its provider has a public no-argument constructor.
 */
module dev.blindspot.examples.employeeid {
  requires transitive dev.blindspot.core;

  exports dev.blindspot.examples.employeeid;

  provides dev.blindspot.spi.DetectorProvider with
      dev.blindspot.examples.employeeid.EmployeeIdProvider;
}
