/**
 * The detector SPI: what a detector implements to be run by a {@link dev.blindspot.PiiScanner}.
 *
 * <p>Implement {@link dev.blindspot.spi.Detector}; to make it selectable by name, also implement
 * {@link dev.blindspot.spi.DetectorProvider} and register it with {@link java.util.ServiceLoader}
 * (a {@code META-INF/services/dev.blindspot.spi.DetectorProvider} file and, in a named module,
 * {@code provides dev.blindspot.spi.DetectorProvider with ...}). A detector written by a user is a
 * first-class citizen: it gets the same context, views, scoring and overlap resolution as the
 * built-in ones.
 */
package dev.blindspot.spi;
