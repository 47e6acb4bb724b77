package dev.blindspot.testing;

import dev.blindspot.spi.DetectorProvider;
import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;

/**
 * A class loader that loads classes like the test class loader but answers the detector-provider
 * services file with another resource, so that tests can register providers that would break
 * every other test (duplicate names, failing constructors).
 */
public final class ServicesOverrideLoader extends ClassLoader {

  private static final String SERVICES = "META-INF/services/" + DetectorProvider.class.getName();

  private final URL services;

  /** Serves {@code resource} (a class-path resource) as the only detector-provider services file. */
  public ServicesOverrideLoader(String resource) {
    super(ServicesOverrideLoader.class.getClassLoader());
    this.services = Objects.requireNonNull(getParent().getResource(resource), resource);
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    return SERVICES.equals(name)
        ? Collections.enumeration(List.of(services))
        : super.getResources(name);
  }
}
