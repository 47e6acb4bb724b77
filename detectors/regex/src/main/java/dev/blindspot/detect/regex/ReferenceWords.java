package dev.blindspot.detect.regex;

import java.util.ArrayList;
import java.util.List;

/**
 * Words shared by several recognizers, in English, French, German and Spanish: those that
 * announce a number that is not personal data (order, invoice, tracking, ticket, serial and
 * product numbers), used as negative context.
 */
final class ReferenceWords {

  private ReferenceWords() {}

  static final List<String> NOT_PERSONAL =
      List.of(
          // English
          "order", "order number", "order no", "invoice", "invoice number", "tracking",
          "tracking number", "ticket", "ticket number", "case number", "reference", "ref",
          "receipt", "transaction", "serial", "serial number", "sku", "product key",
          "license key", "licence key", "part number", "model number", "version", "build",
          // French
          "commande", "n° de commande", "numéro de commande", "facture", "numéro de facture",
          "suivi", "numéro de suivi", "colis", "dossier", "référence", "réf", "reçu",
          "numéro de série", "clé de produit", "clé de licence",
          // German
          "Bestellnummer", "Bestellung", "Rechnung", "Rechnungsnummer", "Sendungsnummer",
          "Sendungsverfolgung", "Auftragsnummer", "Ticketnummer", "Seriennummer", "Referenz",
          "Produktschlüssel",
          // Spanish
          "pedido", "número de pedido", "factura", "seguimiento", "número de seguimiento",
          "referencia", "número de serie", "clave de producto");

  /** Returns {@link #NOT_PERSONAL} plus {@code more}. */
  static List<String> notPersonalAnd(String... more) {
    List<String> all = new ArrayList<>(NOT_PERSONAL);
    all.addAll(List.of(more));
    return all;
  }
}
