package dev.blindspot.detect.regex;

import dev.blindspot.PiiType;
import java.util.List;

/**
 * Cryptocurrency wallet addresses, one type {@code CRYPTO} as in Presidio, the explanation naming
 * the scheme checked (case-sensitive, as written):
 *
 * <ul>
 *   <li>Bitcoin legacy addresses, {@code 1...} or {@code 3...}, 26 to 35 Base58 chars: {@code
 *       "base58check"} (double SHA-256 checksum), score {@value Recognizer#CHECKSUM};
 *   <li>Bitcoin native segwit addresses, {@code bc1...}: {@code "bech32"} (witness version 0,
 *       BIP-173) or {@code "bech32m"} (versions 1 to 16, BIP-350), score {@value
 *       Recognizer#CHECKSUM};
 *   <li>Ethereum addresses, {@code 0x} and 40 hexadecimal digits: {@code "eip55"} when the mixed
 *       case carries the Keccak-256 checksum (score {@value Recognizer#CHECKSUM}); all lower or all
 *       upper case carries no checksum, {@code "hex-format"}, score {@value Recognizer#BARE}, so a
 *       word such as "wallet" or "ETH" is needed.
 * </ul>
 *
 * <p>An address is one atom; the hashes run only on atoms of the right length and prefix.
 */
final class CryptoRecognizer extends Recognizer {

  CryptoRecognizer() {
    super(
        PiiType.of("CRYPTO"),
        "pattern:crypto",
        ContextWords.of(
            List.of(
                "wallet", "wallet address", "bitcoin", "btc", "ethereum", "eth", "crypto",
                "address", "send to", "portefeuille", "adresse", "adresse du portefeuille",
                "Wallet-Adresse", "billetera", "cartera", "monedero", "dirección"),
            ReferenceWords.notPersonalAnd("transaction hash", "tx hash", "txid", "commit")));
  }

  @Override
  boolean wants(Run run) {
    return true;
  }

  @Override
  void match(Run run, List<String> languages, Hits hits) {
    for (int k = 0; k < run.size(); k++) {
      int length = run.length(k);
      if (length < 14 || length > 74) {
        continue;
      }
      int s = run.start(k);
      char c0 = run.charAt(s);
      char c1 = run.charAt(s + 1);
      String scheme = null;
      double score = CHECKSUM;
      if ((c0 == '1' || c0 == '3') && length >= 26 && length <= 35) {
        if (CryptoAddresses.bitcoinBase58(atom(run, k))) {
          scheme = "base58check";
        }
      } else if ((c0 | 0x20) == 'b' && (c1 | 0x20) == 'c' && run.charAt(s + 2) == '1') {
        String address = atom(run, k);
        if (CryptoAddresses.bitcoinSegwit(address)) {
          scheme = (address.charAt(3) | 0x20) == 'q' ? "bech32" : "bech32m";
        }
      } else if (c0 == '0' && (c1 == 'x' || c1 == 'X') && length == 42) {
        String address = atom(run, k);
        if (CryptoAddresses.ethereumAddress(address)) {
          boolean mixed = mixedCase(address);
          scheme = mixed ? "eip55" : "hex-format";
          score = mixed ? CHECKSUM : BARE;
        }
      }
      if (scheme != null) {
        hits.add(this, s, run.end(k), score, explain().withValidation(scheme));
      }
    }
  }

  private static String atom(Run run, int k) {
    return run.text().subSequence(run.start(k), run.end(k)).toString();
  }

  private static boolean mixedCase(String address) {
    boolean lower = false;
    boolean upper = false;
    for (int i = 2; i < address.length(); i++) {
      char c = address.charAt(i);
      lower |= c >= 'a' && c <= 'f';
      upper |= c >= 'A' && c <= 'F';
    }
    return lower && upper;
  }
}
