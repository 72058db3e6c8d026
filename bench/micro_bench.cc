// Micro-benchmarks of the parts the engine is made of: each validator, each operator, UTF-8
// handling and the overlap resolver, each on a fixed set of typical inputs.
//
//   build/bin/sladd-micro-bench [Google Benchmark flags]
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "detectors/checksums.h"
#include "detectors/credit_card.h"
#include "detectors/dk_cpr.h"
#include "detectors/email_address.h"
#include "detectors/fi_personal_identity_code.h"
#include "detectors/gb_national_insurance_number.h"
#include "detectors/gb_nhs_number.h"
#include "detectors/iban_code.h"
#include "detectors/ip_address.h"
#include "detectors/no_bank_account.h"
#include "detectors/no_national_id.h"
#include "detectors/no_org_number.h"
#include "detectors/se_bank_account.h"
#include "detectors/se_personal_number.h"
#include "engine/operators.h"
#include "engine/overlap.h"
#include "engine/utf8.h"

namespace sladd::bench {
namespace {

// Runs `check` over `inputs` per iteration; items are inputs.
template <typename Check>
void RunOver(benchmark::State& state, const std::vector<std::string>& inputs, Check check) {
  size_t valid = 0;
  for (auto _ : state) {
    for (const std::string& input : inputs) valid += check(input) ? 1 : 0;
  }
  benchmark::DoNotOptimize(valid);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * inputs.size()));
}

Digits DigitsOf(std::string_view text) {
  auto digits = Digits::Of(text);
  if (!digits) std::abort();
  return *digits;
}

// Half valid, half one digit off: both outcomes of each check.
const std::vector<std::string> kNationalIds = {"01019000083", "01019000084", "29029648784",
                                               "29029648785"};
const std::vector<std::string> kAccounts = {"86011117947", "86011117948", "12345678903",
                                            "12345678904"};
const std::vector<std::string> kOrgNumbers = {"974760673", "974760674", "923609016",
                                              "923609017"};
const std::vector<std::string> kCards = {"4111111111111111", "4111111111111112",
                                         "5555555555554444", "5555555555554445"};
const std::vector<std::string> kCprs = {"0101901234", "3102901234", "2512891212", "1506751111"};

void BM_ValidateNorwegianNationalId(benchmark::State& state) {
  RunOver(state, kNationalIds, [](const std::string& s) {
    return ValidateNorwegianNationalId(DigitsOf(s)).has_value();
  });
}
BENCHMARK(BM_ValidateNorwegianNationalId);

void BM_ValidateNorwegianBankAccount(benchmark::State& state) {
  RunOver(state, kAccounts,
          [](const std::string& s) { return ValidateNorwegianBankAccount(DigitsOf(s)); });
}
BENCHMARK(BM_ValidateNorwegianBankAccount);

void BM_ValidateNorwegianOrgNumber(benchmark::State& state) {
  RunOver(state, kOrgNumbers,
          [](const std::string& s) { return ValidateNorwegianOrgNumber(DigitsOf(s)); });
}
BENCHMARK(BM_ValidateNorwegianOrgNumber);

void BM_ValidateCardNumber(benchmark::State& state) {
  RunOver(state, kCards,
          [](const std::string& s) { return ValidateCardNumber(DigitsOf(s)).has_value(); });
}
BENCHMARK(BM_ValidateCardNumber);

void BM_ValidateDanishCpr(benchmark::State& state) {
  RunOver(state, kCprs,
          [](const std::string& s) { return ValidateDanishCpr(DigitsOf(s)).has_value(); });
}
BENCHMARK(BM_ValidateDanishCpr);

void BM_ValidateFinnishIdentityCode(benchmark::State& state) {
  RunOver(state, {"131052-308T", "131052-308U", "010100A123D", "311299-999X"},
          [](const std::string& s) { return ValidateFinnishIdentityCode(s).has_value(); });
}
BENCHMARK(BM_ValidateFinnishIdentityCode);

void BM_ValidateSwedishPersonalNumber(benchmark::State& state) {
  RunOver(state, {"811218-9876", "811218-9877", "19811218-9876", "811278-9873"},
          [](const std::string& s) { return ValidateSwedishPersonalNumber(s, 2026).has_value(); });
}
BENCHMARK(BM_ValidateSwedishPersonalNumber);

// Clearing number and account apart, as the detector hands them over: a type-1 account,
// Handelsbanken's, Swedbank's with its fifth clearing digit, one check digit off.
void BM_ValidateSwedishBankAccount(benchmark::State& state) {
  const std::vector<std::pair<Digits, Digits>> accounts = {
      {DigitsOf("9420"), DigitsOf("4172385")},
      {DigitsOf("6789"), DigitsOf("123456789")},
      {DigitsOf("84244"), DigitsOf("9831892246")},
      {DigitsOf("9420"), DigitsOf("4172386")}};
  size_t valid = 0;
  for (auto _ : state) {
    for (const auto& [clearing, account] : accounts) {
      valid += CheckSwedishBankAccount(clearing.span(), account.span()) ==
               SwedishAccountCheck::kValid;
    }
  }
  benchmark::DoNotOptimize(valid);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * accounts.size()));
}
BENCHMARK(BM_ValidateSwedishBankAccount);

void BM_ValidateNhsNumber(benchmark::State& state) {
  RunOver(state, {"9434765919", "9434765918", "0101901232", "4010232137"},
          [](const std::string& s) { return ValidateNhsNumber(DigitsOf(s)).has_value(); });
}
BENCHMARK(BM_ValidateNhsNumber);

void BM_ValidateNationalInsurancePrefix(benchmark::State& state) {
  RunOver(state, {"AB", "QQ", "jn", "GB"},
          [](const std::string& s) { return IsNationalInsurancePrefix(s[0], s[1]); });
}
BENCHMARK(BM_ValidateNationalInsurancePrefix);

void BM_ValidateIban(benchmark::State& state) {
  RunOver(state, {"NO9386011117947", "NO9386011117948", "DE89370400440532013000",
                  "GB82WEST12345698765432"},
          [](const std::string& s) { return ValidateIban(s); });
}
BENCHMARK(BM_ValidateIban);

void BM_ValidateEmailAddress(benchmark::State& state) {
  RunOver(state, {"ola.nordmann@example.no", "kari@firma.co.uk", "not@an", "a@b.c"},
          [](const std::string& s) { return ValidateEmailAddress(s); });
}
BENCHMARK(BM_ValidateEmailAddress);

void BM_ValidateIpAddress(benchmark::State& state) {
  RunOver(state, {"192.168.10.1", "256.1.1.1", "2001:db8::8a2e:370:7334", "1.2.3"},
          [](const std::string& s) { return ValidateIpv4(s) || ValidateIpv6(s); });
}
BENCHMARK(BM_ValidateIpAddress);

// Operators over one finding each, as configured in a policy.
void BM_Operator(benchmark::State& state, const std::string& config_text) {
  v1::Operator config;
  if (config_text == "mask") config.mutable_mask()->set_keep_last(4);
  if (config_text == "hash") config.mutable_hash()->set_key("bench");
  if (config_text == "tokenize") config.mutable_tokenize()->set_key("bench");
  if (config_text == "number") config.mutable_number();
  KeyRing keys;
  if (!keys.Add("bench", std::string(32, 'k')).ok()) std::abort();
  auto op = CreateOperator(config, keys);
  if (!op.ok()) std::abort();
  const Finding finding{"EMAIL_ADDRESS", 0, 23, 0.99, "email_address", ""};
  const OperatorInput input{finding, "ola.nordmann@example.no", nullptr};
  RedactionState redaction_state;
  std::string out;
  for (auto _ : state) {
    out.clear();
    if (!(*op)->Apply(input, redaction_state, out).ok()) std::abort();
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK_CAPTURE(BM_Operator, replace, std::string("replace"));
BENCHMARK_CAPTURE(BM_Operator, mask, std::string("mask"));
BENCHMARK_CAPTURE(BM_Operator, number, std::string("number"));
BENCHMARK_CAPTURE(BM_Operator, hash, std::string("hash"));
BENCHMARK_CAPTURE(BM_Operator, tokenize, std::string("tokenize"));

// UTF-8 over Norwegian chat text: validation, case folding, code point walking.
const std::string& NorwegianText() {
  static const std::string* text = [] {
    auto* t = new std::string;
    while (t->size() < 64 * 1024) {
      *t += "Hei, jeg lurer på om dere har fått betalingen min for bestilling 12345? "
            "Ærlig talt så blir jeg sjøsyk av å vente. Mvh Øystein Åsen. ";
    }
    return t;
  }();
  return *text;
}

// Validation of a chat message's length (the per-call cost dominates) and of a long text.
void BM_FindInvalidUtf8(benchmark::State& state) {
  size_t length = static_cast<size_t>(state.range(0));
  while ((NorwegianText()[length] & 0xC0) == 0x80) --length;  // end on a whole character
  const std::string_view text = std::string_view(NorwegianText()).substr(0, length);
  for (auto _ : state) benchmark::DoNotOptimize(FindInvalidUtf8(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_FindInvalidUtf8)->Arg(150)->Arg(1000)->Arg(60000);

void BM_FoldCase(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(FoldCase(NorwegianText()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * NorwegianText().size()));
}
BENCHMARK(BM_FoldCase);

void BM_WordCharacterScan(benchmark::State& state) {
  const std::string& text = NorwegianText();
  for (auto _ : state) {
    size_t words = 0;
    for (size_t pos = 0; pos < text.size(); pos = NextCodePointStart(text, pos)) {
      words += WordCharAt(text, pos) ? 1 : 0;
    }
    benchmark::DoNotOptimize(words);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_WordCharacterScan);

// The overlap resolver over `n` findings, a third of them overlapping their neighbour.
void BM_ResolveOverlaps(benchmark::State& state) {
  const size_t n = static_cast<size_t>(state.range(0));
  std::vector<Finding> findings;
  for (size_t i = 0; i < n; ++i) {
    const size_t start = i * 20 - (i % 3 == 0 && i > 0 ? 5 : 0);
    findings.push_back({i % 2 ? "PHONE_NUMBER" : "NO_BANK_ACCOUNT", start, start + 11,
                        0.5 + 0.1 * static_cast<double>(i % 5), "bench", ""});
  }
  std::vector<Finding> work;
  for (auto _ : state) {
    work = findings;
    ResolveOverlaps(work);
    benchmark::DoNotOptimize(work.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * n));
}
BENCHMARK(BM_ResolveOverlaps)->Arg(4)->Arg(64)->Arg(1024);

}  // namespace
}  // namespace sladd::bench

BENCHMARK_MAIN();
