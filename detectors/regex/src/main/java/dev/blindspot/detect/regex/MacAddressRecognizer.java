package dev.blindspot.detect.regex;

import dev.blindspot.PiiType;
import java.util.List;

/**
 * Network hardware addresses: six pairs of hexadecimal digits joined by colons or by dashes
 * ({@code 00:1A:2B:3C:4D:5E}, {@code 00-1a-2b-3c-4d-5e}), or three groups of four joined by dots
 * ({@code 001A.2B3C.4D5E}), not part of a longer sequence of such groups. Score {@value #SCORE}.
 */
final class MacAddressRecognizer extends Recognizer {

  static final double SCORE = 0.7;

  MacAddressRecognizer() {
    super(
        PiiType.MAC_ADDRESS,
        "pattern:mac",
        ContextWords.of(
            List.of(
                "mac", "mac address", "adresse mac", "MAC-Adresse", "dirección mac", "ethernet",
                "wifi", "wi-fi", "wlan", "bssid", "hardware", "device", "appareil", "Gerät",
                "dispositivo"),
            ReferenceWords.NOT_PERSONAL));
  }

  @Override
  boolean wants(Run run) {
    return run.size() >= 3;
  }

  @Override
  void match(Run run, List<String> languages, Hits hits) {
    int k = 0;
    while (k < run.size()) {
      int groupLength = run.length(k);
      char sep = k + 1 < run.size() ? run.gapChar(k + 1) : 0;
      boolean pairs = groupLength == 2 && (sep == ':' || sep == '-');
      boolean quads = groupLength == 4 && sep == '.';
      if (!(pairs || quads) || !hex(run, k) || joinedBefore(run, k, sep)) {
        k++;
        continue;
      }
      int m = k;
      while (m + 1 < run.size() && run.gapChar(m + 1) == sep && run.length(m + 1) == groupLength
          && hex(run, m + 1)) {
        m++;
      }
      int groups = m - k + 1;
      boolean longer = m + 1 < run.size() && run.gapChar(m + 1) == sep;
      if (!longer && groups == (pairs ? 6 : 3)) {
        hits.add(this, run.start(k), run.end(m), SCORE,
            explain().withValidation(pairs ? "hex-pairs" : "hex-quads"));
      }
      k = m + 1;
    }
  }

  private static boolean joinedBefore(Run run, int k, char sep) {
    return k > 0 && run.gapChar(k) == sep;
  }

  private static boolean hex(Run run, int k) {
    for (int i = run.start(k); i < run.end(k); i++) {
      if (!Checksums.isHex(run.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
