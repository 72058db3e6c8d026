#include "detectors/context.h"

namespace sladd {

std::vector<std::string> AccountContextWords() {
  return {"konto", "kontonr", "kto", "bankkonto", "kontonummer", "account", "acct", "bank account",
          "iban", "innbetaling til", "overfør til", "betal til",
          // compounds of "konto" name an account too ("depositumskonto 1503 12 34567")
          "depositumskonto", "lønnskonto", "brukskonto", "sparekonto", "klientkonto",
          "skattetrekkskonto"};
}

std::vector<std::string> NotPersonalNumberWords() {
  return {"kroner", "beløp", "pris", "totalt", "ordre", "order", "bestilling", "faktura",
          "invoice", "kundenr", "kundenummer", "customer no", "referanse", "reference",
          "saksnr", "saksnummer", "ticket", "sporing", "tracking", "sendingsnummer", "kolli",
          "strekkode", "barcode", "art.nr", "artikkel", "varenr", "varenummer", "serienummer",
          "serial", "lisens", "versjon", "version", "transaksjon", "transaction", "booking",
          "reservasjon"};
}

std::vector<std::string> NotPersonalNumberShortWords() {
  return {"kr", "nok", "sek", "dkk", "eur", "usd", "sum", "kid", "ref", "sak", "case",
          "ean", "gtin", "id"};
}

}  // namespace sladd
