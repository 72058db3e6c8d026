#include "detectors/se_bank_account.h"

#include <algorithm>
#include <array>
#include <optional>

#include "detectors/checksums.h"
#include "detectors/context.h"
#include "detectors/digit_runs.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

enum ContextTag : uint32_t { kAccountWords, kSwedishWords, kSwedishShortWords, kNotAccountWords };

// The check a bank's accounts carry, by its type and comment in "Bankernas kontonummer".
enum class Rule : uint8_t {
  kMod11LastTen,  // type 1, comment 1: 7 digits; mod 11 over clearing digits 2-4 and them
  kMod11Eleven,   // type 1, comment 2: 7 digits; mod 11 over the clearing number and them
  kMod10Ten,      // type 2, comment 1: 10 digits, mod 10 (Nordea's personkonto: a personnummer)
  kMod11Nine,     // type 2, comment 2: Handelsbanken's 9 digits, mod 11
  kMod10UpToTen,  // type 2, comment 3: Swedbank's 8xxx-x and Plusgirot, 7-10 digits, mod 10
};

struct ClearingRange {
  int first;
  int last;
  Rule rule;
};

// Clearing numbers in use, sorted (Bankgirot's list as of 2024).
constexpr std::array<ClearingRange, 56> kClearingRanges = {{
    {1100, 1199, Rule::kMod11LastTen},  // Nordea
    {1200, 1399, Rule::kMod11LastTen},  // Danske Bank
    {1400, 2099, Rule::kMod11LastTen},  // Nordea
    {2300, 2399, Rule::kMod11Eleven},   // Ålandsbanken
    {2400, 2499, Rule::kMod11LastTen},  // Danske Bank
    {3000, 3299, Rule::kMod11LastTen},  // Nordea
    {3300, 3300, Rule::kMod10Ten},      // Nordea personkonto
    {3301, 3399, Rule::kMod11LastTen},  // Nordea
    {3400, 3409, Rule::kMod11LastTen},  // Länsförsäkringar Bank
    {3410, 3781, Rule::kMod11LastTen},  // Nordea
    {3782, 3782, Rule::kMod10Ten},      // Nordea personkonto
    {3783, 3999, Rule::kMod11LastTen},  // Nordea
    {4000, 4999, Rule::kMod11Eleven},   // Nordea
    {5000, 5999, Rule::kMod11LastTen},  // SEB
    {6000, 6999, Rule::kMod11Nine},     // Handelsbanken
    {7000, 7999, Rule::kMod11LastTen},  // Swedbank
    {8000, 8999, Rule::kMod10UpToTen},  // Swedbank and the savings banks
    {9020, 9029, Rule::kMod11Eleven},   // Länsförsäkringar Bank
    {9040, 9049, Rule::kMod11Eleven},   // Citibank
    {9060, 9069, Rule::kMod11LastTen},  // Länsförsäkringar Bank
    {9070, 9079, Rule::kMod11LastTen},  // Multitude Bank
    {9100, 9109, Rule::kMod11Eleven},   // Nordnet Bank
    {9120, 9124, Rule::kMod11LastTen},  // SEB
    {9130, 9149, Rule::kMod11LastTen},  // SEB
    {9150, 9169, Rule::kMod11Eleven},   // Skandiabanken
    {9170, 9179, Rule::kMod11LastTen},  // Ikano Bank
    {9180, 9189, Rule::kMod10Ten},      // Danske Bank
    {9190, 9199, Rule::kMod11Eleven},   // DNB Bank
    {9230, 9239, Rule::kMod11LastTen},  // Marginalen Bank
    {9250, 9259, Rule::kMod11LastTen},  // SBAB
    {9260, 9269, Rule::kMod11Eleven},   // DNB Bank
    {9270, 9279, Rule::kMod11LastTen},  // ICA Banken
    {9280, 9289, Rule::kMod11LastTen},  // Resurs Bank
    {9300, 9349, Rule::kMod10Ten},      // Swedbank (formerly Sparbanken Öresund)
    {9390, 9399, Rule::kMod11Eleven},   // Landshypotek
    {9400, 9449, Rule::kMod11LastTen},  // Forex Bank
    {9460, 9469, Rule::kMod11LastTen},  // Santander Consumer Bank
    {9470, 9479, Rule::kMod11Eleven},   // BNP Paribas
    {9500, 9549, Rule::kMod10UpToTen},  // Nordea (Plusgirot)
    {9550, 9569, Rule::kMod11Eleven},   // Avanza Bank
    {9570, 9579, Rule::kMod10Ten},      // Sparbanken Syd
    {9580, 9589, Rule::kMod11LastTen},  // Aion Bank
    {9590, 9599, Rule::kMod11Eleven},   // Erik Penser Bank
    {9630, 9639, Rule::kMod11LastTen},  // Lån & Spar Bank
    {9640, 9649, Rule::kMod11Eleven},   // NOBA Bank (Nordax)
    {9650, 9659, Rule::kMod11Eleven},   // MedMera Bank
    {9660, 9669, Rule::kMod11Eleven},   // Svea Bank
    {9670, 9679, Rule::kMod11Eleven},   // JAK Medlemsbank
    {9680, 9689, Rule::kMod11LastTen},  // BlueStep Finans
    {9700, 9709, Rule::kMod11Eleven},   // Ekobanken
    {9710, 9719, Rule::kMod11Eleven},   // Lunar Bank
    {9750, 9759, Rule::kMod11Eleven},   // Northmill Bank
    {9780, 9789, Rule::kMod11Eleven},   // Klarna Bank
    {9880, 9889, Rule::kMod11Eleven},   // Riksgälden
    {9890, 9899, Rule::kMod10Ten},      // Riksgälden
    {9960, 9969, Rule::kMod10UpToTen},  // Nordea (Plusgirot)
}};

const ClearingRange* FindClearingRange(int clearing) {
  const auto* range =
      std::lower_bound(kClearingRanges.begin(), kClearingRanges.end(), clearing,
                       [](const ClearingRange& range, int number) { return range.last < number; });
  return range != kClearingRanges.end() && range->first <= clearing ? range : nullptr;
}

// The weighted sum, weights 1, 2, 3... from the rightmost digit, continued from `weight`.
int WeightedFromRight(std::span<const uint8_t> digits, int& weight) {
  int sum = 0;
  for (size_t i = digits.size(); i-- > 0;) sum += digits[i] * weight++;
  return sum;
}

// Mod 11 over `account` and then the last `clearing_digits` digits of `clearing`.
bool Mod11Valid(std::span<const uint8_t> clearing, size_t clearing_digits,
                std::span<const uint8_t> account) {
  int weight = 1;
  int sum = WeightedFromRight(account, weight);
  sum += WeightedFromRight(clearing.subspan(clearing.size() - clearing_digits), weight);
  return sum % 11 == 0;
}

bool PassesRule(Rule rule, std::span<const uint8_t> clearing, std::span<const uint8_t> account) {
  switch (rule) {
    case Rule::kMod11LastTen:
      return Mod11Valid(clearing, 3, account);
    case Rule::kMod11Eleven:
      return Mod11Valid(clearing, 4, account);
    case Rule::kMod11Nine:
      return Mod11Valid(clearing, 0, account);
    case Rule::kMod10Ten:
    case Rule::kMod10UpToTen:
      return LuhnValid(account);
  }
  return false;
}

bool HasAccountLength(Rule rule, size_t digits) {
  switch (rule) {
    case Rule::kMod11LastTen:
    case Rule::kMod11Eleven:
      return digits == 7;
    case Rule::kMod10Ten:
      return digits == 10;
    case Rule::kMod11Nine:
      return digits == 9;
    case Rule::kMod10UpToTen:
      return digits >= 7 && digits <= 10;
  }
  return false;
}

size_t DigitsIn(std::string_view text) {
  return std::count_if(text.begin(), text.end(), IsAsciiDigit);
}

// The start of a clearing number ending right before `end`: four digits, or Swedbank's
// five written "8424-4" or "84244". npos if there is none.
size_t ClearingNumberBefore(std::string_view text, size_t end) {
  size_t start = end;
  while (start > 0 && IsAsciiDigit(text[start - 1])) --start;
  const size_t digits = end - start;
  if (digits == 1 && start >= 5 && text[start - 1] == '-' && text[start - 5] == '8' &&
      DigitsIn(text.substr(start - 5, 4)) == 4) {
    start -= 5;
  } else if (digits != 4 && !(digits == 5 && text[start] == '8')) {
    return std::string_view::npos;
  }
  return StartsANumber(text, start) ? start : std::string_view::npos;
}

}  // namespace

SwedishAccountCheck CheckSwedishBankAccount(std::span<const uint8_t> clearing,
                                            std::span<const uint8_t> account) {
  if (clearing.size() != 4 && clearing.size() != 5) return SwedishAccountCheck::kNoSuchAccount;
  const int number = clearing[0] * 1000 + clearing[1] * 100 + clearing[2] * 10 + clearing[3];
  const ClearingRange* range = FindClearingRange(number);
  if (range == nullptr || !HasAccountLength(range->rule, account.size())) {
    return SwedishAccountCheck::kNoSuchAccount;
  }
  // Only Swedbank's clearing numbers carry a fifth, check digit.
  if (clearing.size() == 5 && (number < 8000 || number > 8999)) {
    return SwedishAccountCheck::kNoSuchAccount;
  }
  if (clearing.size() == 5 && !LuhnValid(clearing)) return SwedishAccountCheck::kCheckDigitFails;
  return PassesRule(range->rule, clearing, account) ? SwedishAccountCheck::kValid
                                                    : SwedishAccountCheck::kCheckDigitFails;
}

std::vector<Pattern> SeBankAccountDetector::patterns() const {
  // Labels of a clearing number: only texts with one pay for reading a form's two fields.
  std::vector<Pattern> patterns;
  for (const char* label : {"clearing", "clnr", "cl nr", "cl.nr"}) {
    patterns.push_back({label, Boundary::kWordStart, /*caseless=*/true, /*unicode=*/false,
                        /*tag=*/0, /*literal=*/true});
  }
  return patterns;
}

std::vector<ContextWords> SeBankAccountDetector::context_words() const {
  return {{kAccountWords, AccountContextWords()},
          {kSwedishWords,
           {"clearing",
            "clearingnr",
            "clearing nr",
            "clnr",
            "cl nr",
            "cl.nr",
            "swedbank",
            "handelsbanken",
            "länsförsäkringar",
            "sparbanken",
            "icabanken",
            "ica banken",
            "personkonto",
            "plusgiro",
            "svenskt konto",
            "svensk bank",
            "svenska bank",
            "swedish bank",
            "swedish account",
            "i sverige",
            "in sweden"}},
          {kSwedishShortWords, {"seb"}, /*whole_words=*/true},
          {kNotAccountWords, NotPersonalNumberWords()},
          {kNotAccountWords, NotPersonalNumberShortWords(), /*whole_words=*/true}};
}

void SeBankAccountDetector::ConfirmNumber(const NumberToken& token, const ScanView& view,
                                          std::vector<Finding>& out) const {
  // An account is a whole run of digits: never a part of a card or a longer number.
  if (token.digits <= 10) {
    ReadAfterClearingAndComma(token, view, out);
  } else if (token.digits <= 15) {
    ForEachNumberSpan(token, view.text(), 11, 15, [&](const NumberSpan& span) {
      if (span.first == 0 && span.count == token.group_count) ReadSpan(span, view, out);
    });
  }
}

// "Clearingnummer: 9420, kontonummer: 417 23 85", "Clearing 8327-9\nKonto: 123 456 789-0":
// a form's two fields, of which the account is the personal datum.
void SeBankAccountDetector::Confirm(const Candidate& label, const ScanView& view,
                                    std::vector<Finding>& out) const {
  const std::string_view text = view.text();
  const size_t start = NextDigit(text, label.end, kContextBefore);
  if (start == std::string_view::npos || !StartsANumber(text, start)) return;
  const size_t clearing_end = DigitRunFrom(text, start).end;
  if (ClearingNumberBefore(text, clearing_end) != start) return;
  const size_t account_start = NextDigit(text, clearing_end, kContextBefore);
  if (account_start == std::string_view::npos) return;
  const size_t end = DigitRunFrom(text, account_start).end;
  if (WordCharAt(text, end)) return;
  Report({start, account_start, end, Layout::kLabelled}, view, out);
}

// "9420, 417 23 85", "8424-4,983 189 224-6": the comma Swedish banks print after the
// clearing number splits the number tokens, so the account token looks back for it.
void SeBankAccountDetector::ReadAfterClearingAndComma(const NumberToken& token,
                                                      const ScanView& view,
                                                      std::vector<Finding>& out) const {
  const std::string_view text = view.text();
  size_t comma = token.start;
  if (comma > 0 && text[comma - 1] == ' ') --comma;
  if (comma == 0 || text[comma - 1] != ',') return;
  const size_t start = ClearingNumberBefore(text, comma - 1);
  if (start == std::string_view::npos) return;
  ForEachNumberSpan(token, text, 7, 10, [&](const NumberSpan& span) {
    if (span.first == 0 && span.count == token.group_count) {
      Report({start, span.start, span.end, Layout::kApart}, view, out);
    }
  });
}

void SeBankAccountDetector::ReadSpan(const NumberSpan& span, const ScanView& view,
                                     std::vector<Finding>& out) const {
  const std::string_view text = view.text();
  if (span.count == 1) {
    // Swedbank's clearing number may be written with its check digit or without.
    if (text[span.start] == '8' &&
        Report({span.start, span.start + 5, span.end, Layout::kJoined}, view, out)) {
      return;
    }
    Report({span.start, span.start + 4, span.end, Layout::kJoined}, view, out);
    return;
  }
  const DigitGroup& first = span.groups[span.first];
  size_t clearing_groups = 1;
  if (first.length() == 4 && text[first.start] == '8' && span.count > 2 && span.length_of(1) == 1 &&
      text[first.end] == '-') {
    clearing_groups = 2;  // "8327-9 123 456 789-0"
  } else if (first.length() != 4 && !(first.length() == 5 && text[first.start] == '8')) {
    return;
  }
  Layout layout;
  if (span.Is({4, 2, 5}) || (span.Is({4, 7}) && text[first.end] != '-')) {
    layout = Layout::kNorwegian;
  } else if (clearing_groups == 2 || text[first.end] == '-') {
    layout = Layout::kApart;
  } else if (SeparatorAt(text, first.end) == ' ') {
    layout = Layout::kJoined;
  } else {
    return;  // dots are Norwegian
  }
  const size_t account_start = span.groups[span.first + clearing_groups].start;
  Report({span.start, account_start, span.end, layout}, view, out);
}

bool SeBankAccountDetector::Report(const Reading& reading, const ScanView& view,
                                   std::vector<Finding>& out) const {
  const std::string_view text = view.text();
  const auto clearing =
      Digits::Of(text.substr(reading.start, reading.account_start - reading.start));
  const auto account =
      Digits::Of(text.substr(reading.account_start, reading.end - reading.account_start));
  // A form's account field may run on past Digits' capacity: no account of any bank.
  if (!clearing || !account) return false;
  // The check first: most numbers fail it, and context words cost more to look up.
  const SwedishAccountCheck check = CheckSwedishBankAccount(clearing->span(), account->span());
  if (check == SwedishAccountCheck::kNoSuchAccount) return false;
  const bool labelled = reading.layout == Layout::kLabelled;
  if (labelled && !IsLabelledSwedish(reading, view)) return true;
  // Of two labelled fields only the account's is redacted: the clearing number names a bank.
  const size_t start = labelled ? reading.account_start : reading.start;
  if (check == SwedishAccountCheck::kCheckDigitFails) {
    // "clearingnummer 9420, 417 23 86": the label makes a mistyped account personal data.
    // (Asked here, not before: a valid account's Score asks of Swedish words anyway.)
    if (labelled || (reading.layout == Layout::kApart && IsLabelledSwedish(reading, view))) {
      out.push_back({"SE_BANK_ACCOUNT", start, reading.end, 0.8, {}, kInvalidCheckDigits});
    }
    return true;
  }
  const int clearing_number = clearing->Number(0, 4);
  const std::optional<double> score = Score(reading, clearing_number, view);
  if (!score) return true;
  const bool personkonto = clearing_number == 3300 || clearing_number == 3782;
  out.push_back(
      {"SE_BANK_ACCOUNT", start, reading.end, *score, {}, personkonto ? "personkonto" : ""});
  return true;
}

// A Swedish word right before the clearing number, and for two fields an account word right
// before the account: "Clearingnummer: 9420\nKontonummer: 417 23 85".
bool SeBankAccountDetector::IsLabelledSwedish(const Reading& reading, const ScanView& view) const {
  if (!view.HasContextRightBefore(kSwedishWords, reading.start, kContextBefore)) return false;
  return reading.layout != Layout::kLabelled ||
         view.HasContextRightBefore(kAccountWords, reading.account_start, kContextBefore);
}

std::optional<double> SeBankAccountDetector::Score(const Reading& reading, int clearing_number,
                                                   const ScanView& view) const {
  const bool swedish_words =
      view.HasContext(kSwedishWords, reading.start, reading.end, kContextBefore, kContextAfter) ||
      view.HasContext(kSwedishShortWords, reading.start, reading.end, kContextBefore,
                      kContextAfter);
  if (swedish_words) return 0.98;  // above a Norwegian account with account words
  // A Norwegian account's shape is NO_BANK_ACCOUNT's to judge.
  if (reading.layout == Layout::kNorwegian) return std::nullopt;
  // "faktura 9420, 417 23 85", "ordre 2024-1234567".
  if (view.HasContextRightBefore(kNotAccountWords, reading.start, kNegativeContextBefore)) {
    return std::nullopt;
  }
  if (view.HasContext(kAccountWords, reading.start, reading.end, kContextBefore, kContextAfter)) {
    return 0.9;  // below a Norwegian account with the same words
  }
  const bool year_like = clearing_number >= 1900 && clearing_number <= 2099;
  // Otherwise the clearing number set apart by '-' or ',' says a Swedish bank's account,
  // unless it may be a year before a reference number.
  return reading.layout == Layout::kApart && !year_like ? 0.9 : 0.4;
}

std::string SeBankAccountDetector::Normalize(std::string_view, std::string_view value) const {
  return DigitsOnly(value);
}

}  // namespace sladd
