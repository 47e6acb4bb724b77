/**
 * An example of a custom detector: your company's employee ids, found and redacted like any
 * built-in type. Copy this module to write your own.
 *
 * <h2>What it finds</h2>
 *
 * <p>Ids made of a prefix ({@code EMP} by default), an optional separator and six digits, the last
 * of which is a Luhn check digit over the first five: {@code EMP-004218}, {@code EMP 018770},
 * {@code emp-033126}, {@code EMP004218}. They are reported as the custom type {@code EMPLOYEE_ID}
 * ({@link dev.blindspot.examples.employeeid.EmployeeIdDetector#EMPLOYEE_ID}). An id whose check
 * digit is wrong is usually a typo of a real one: it is reported only when a context word such as
 * "employee", "badge" or "matricule" precedes it.
 *
 * <h2>Using it</h2>
 *
 * <pre>{@code
 * PiiScanner scanner = PiiScanner.builder()
 *     .detectors("regex", "employee-id")             // found by name, like the built-in families
 *     .configure("employee-id", "prefix", "EMP")     // optional; see EmployeeIdProvider
 *     .build();
 * scanner.redact("Mon matricule est EMP-004218.");   // "Mon matricule est <EMPLOYEE_ID>."
 * }</pre>
 *
 * <p>With the command line, put the jar beside {@code blindspot.jar} on the class path:
 *
 * <pre>
 * java -cp blindspot.jar:blindspot-example-custom-detector-0.1.0-SNAPSHOT.jar \
 *     dev.blindspot.examples.cli.BlindspotCli redact --detectors regex,employee-id chats.jsonl
 * </pre>
 *
 * <h2>Writing your own</h2>
 *
 * <ol>
 *   <li>Implement {@link dev.blindspot.spi.Detector}: an id, the types it reports, and {@code
 *       detect}, which reads {@link dev.blindspot.spi.ScanContext#text()} and reports each
 *       candidate's half-open UTF-16 offsets, a score and an {@link dev.blindspot.Explanation}
 *       to the {@link dev.blindspot.spi.FindingSink}. Keep it linear: look for a cheap anchor
 *       (here the prefix) before doing anything else, and never put the text in an exception or
 *       an explanation. Make it immutable: one instance serves every thread.
 *   <li>Implement {@link dev.blindspot.spi.DetectorProvider}: a name users select it by, the
 *       configuration keys it accepts, and {@code create}, which validates the values.
 *   <li>Register the provider in {@code META-INF/services/dev.blindspot.spi.DetectorProvider} and,
 *       for the module path, with {@code provides} in {@code module-info.java}.
 *   <li>Test it through {@code PiiScanner.builder().detectors("your-name").build()}, so that the
 *       registration, the configuration and the offsets are tested together.
 * </ol>
 *
 * <p>A detector that only ever runs in your own code can skip the provider: {@code
 * PiiScanner.builder().detector(new EmployeeIdDetector("EMP", true, List.of())).build()}.
 */
package dev.blindspot.examples.employeeid;
