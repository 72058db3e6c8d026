#include "detectors/context.h"

namespace sladd {

std::vector<std::string> AccountContextWords() {
  return {"konto", "kontonr", "kto", "bankkonto", "kontonummer", "account", "acct",
          "bank account", "iban", "innbetaling til", "overfør til", "betal til"};
}

std::vector<std::string> NotPersonalNumberWords() {
  return {"kr", "nok", "kroner", "sek", "dkk", "eur", "usd", "beløp", "pris", "sum", "totalt",
          "ordre", "ordrenr", "ordrenummer", "order", "bestilling", "bestillingsnummer",
          "faktura", "fakturanr", "fakturanummer", "invoice", "kid", "kundenr",
          "kundenummer", "customer no", "ref", "referanse", "reference", "sak", "saksnr",
          "saksnummer", "case", "ticket", "sporing", "sporingsnummer", "tracking",
          "sendingsnummer", "kolli", "ean", "gtin", "strekkode", "barcode", "art.nr",
          "artikkelnummer", "varenr", "varenummer", "serienummer", "serial", "lisens",
          "versjon", "version", "id"};
}

}  // namespace sladd
