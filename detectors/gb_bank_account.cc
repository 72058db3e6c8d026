#include "detectors/gb_bank_account.h"

#include <algorithm>

#include "detectors/checksums.h"
#include "detectors/context.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

enum ContextTag : uint32_t { kAccountWords };

// How far from the label the sort code may start, and how far the account may stand from
// the sort code: "sort code is 20-00-00 and the account number is 12345678".
constexpr size_t kToSortCode = 16;
constexpr size_t kToAccount = 40;

struct DigitRun {
  size_t start = 0;
  size_t end = 0;
  size_t digits = 0;
};

// The digits from `start` joined by single '-' or ' ' ("20-00-00", "1234 5678").
DigitRun RunFrom(std::string_view text, size_t start) {
  DigitRun run{start, start, 0};
  while (run.end < text.size() && IsAsciiDigit(text[run.end])) {
    ++run.end;
    ++run.digits;
    const bool joined = run.end + 1 < text.size() &&
                        (text[run.end] == '-' || text[run.end] == ' ') &&
                        IsAsciiDigit(text[run.end + 1]);
    if (joined) ++run.end;
  }
  return run;
}

// The run that ends at `end`, read backwards the same way.
DigitRun RunTo(std::string_view text, size_t end) {
  DigitRun run{end, end, 0};
  while (run.start > 0 && IsAsciiDigit(text[run.start - 1])) {
    --run.start;
    ++run.digits;
    const bool joined = run.start >= 2 &&
                        (text[run.start - 1] == '-' || text[run.start - 1] == ' ') &&
                        IsAsciiDigit(text[run.start - 2]);
    if (joined) --run.start;
  }
  return run;
}

// A run standing alone: no letter or digit of any script on either side.
bool StandsAlone(std::string_view text, const DigitRun& run) {
  return !WordCharBefore(text, run.start) && !WordCharAt(text, run.end);
}

// The first digit in [from, from + within), or npos.
size_t NextDigit(std::string_view text, size_t from, size_t within) {
  const size_t stop = std::min(text.size(), from + within);
  for (size_t i = from; i < stop; ++i) {
    if (IsAsciiDigit(text[i])) return i;
  }
  return std::string_view::npos;
}

// One past the last digit in [to - within, to), or npos.
size_t LastDigitBefore(std::string_view text, size_t to, size_t within) {
  const size_t stop = to > within ? to - within : 0;
  for (size_t i = to; i > stop; --i) {
    if (IsAsciiDigit(text[i - 1])) return i;
  }
  return std::string_view::npos;
}

}  // namespace

std::vector<Pattern> GbBankAccountDetector::patterns() const {
  return {{"sort code", Boundary::kWord, /*caseless=*/true, /*unicode=*/false, /*tag=*/0,
           /*literal=*/true}};
}

std::vector<ContextWords> GbBankAccountDetector::context_words() const {
  return {{kAccountWords,
           {"account", "acct", "acc no", "acc. no", "acc number", "a/c", "bank account"}}};
}

void GbBankAccountDetector::Confirm(const Candidate& label, const ScanView& view,
                                    std::vector<Finding>& out) const {
  const std::string_view text = view.text();
  const size_t sort_start = NextDigit(text, label.end, kToSortCode);
  if (sort_start == std::string_view::npos) return;
  const DigitRun sort_code = RunFrom(text, sort_start);
  if (sort_code.digits != 6 || !StandsAlone(text, sort_code)) return;
  // "sort code 20-00-00, account number 12345678"
  const size_t after = NextDigit(text, sort_code.end, kToAccount);
  if (after != std::string_view::npos) {
    const DigitRun account = RunFrom(text, after);
    if (account.digits == 8 && StandsAlone(text, account) &&
        ReportAccount(account.start, account.end, view, out)) {
      return;
    }
  }
  // "account number 12345678 and sort code 20-00-00"
  const size_t before = LastDigitBefore(text, label.start, kToAccount);
  if (before == std::string_view::npos) return;
  const DigitRun account = RunTo(text, before);
  if (account.digits == 8 && StandsAlone(text, account)) {
    ReportAccount(account.start, account.end, view, out);
  }
}

bool GbBankAccountDetector::ReportAccount(size_t start, size_t end, const ScanView& view,
                                          std::vector<Finding>& out) const {
  if (!view.HasContextRightBefore(kAccountWords, start, kContextBefore)) return false;
  out.push_back({"GB_BANK_ACCOUNT", start, end, 0.95});
  return true;
}

std::string GbBankAccountDetector::Normalize(std::string_view, std::string_view value) const {
  return DigitsOnly(value);
}

}  // namespace sladd
