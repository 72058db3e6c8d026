#include "bench/chat_corpus.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <string_view>

namespace sladd::bench {
namespace {

// splitmix64: small, fast and the same on every platform (unlike std distributions).
class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  int Below(int n) { return static_cast<int>(Next() % static_cast<uint64_t>(n)); }
  int Between(int low, int high) { return low + Below(high - low + 1); }
  bool Chance(int percent) { return Below(100) < percent; }
  template <typename T, size_t N>
  const T& Pick(const std::array<T, N>& items) {
    return items[static_cast<size_t>(Below(static_cast<int>(N)))];
  }

 private:
  uint64_t state_;
};

std::string Digits(Random& random, int count) {
  std::string digits;
  for (int i = 0; i < count; ++i) digits.push_back(static_cast<char>('0' + random.Below(10)));
  return digits;
}

std::string Pad(int value, int width) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%0*d", width, value);
  return buffer;
}

int DaysIn(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

// Check digit for weights over `digits` by 11 - (sum mod 11); -1 when it would be 10.
int Mod11Check(std::string_view digits, std::initializer_list<int> weights) {
  int sum = 0;
  size_t i = 0;
  for (int weight : weights) sum += (digits[i++] - '0') * weight;
  const int check = (11 - sum % 11) % 11;
  return check == 10 ? -1 : check;
}

char LuhnCheck(std::string_view payload) {
  int sum = 0;
  bool twice = true;
  for (size_t i = payload.size(); i-- > 0;) {
    int d = payload[i] - '0';
    if (twice) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
    twice = !twice;
  }
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

std::string Group(std::string_view digits, std::initializer_list<int> sizes, char separator) {
  std::string out;
  size_t at = 0;
  for (int size : sizes) {
    if (!out.empty()) out.push_back(separator);
    out.append(digits.substr(at, static_cast<size_t>(size)));
    at += static_cast<size_t>(size);
  }
  return out;
}

// --- Identifiers -------------------------------------------------------------------------

std::string NorwegianNationalId(Random& random) {
  while (true) {
    const int year = random.Between(1940, 2015);
    const int month = random.Between(1, 12);
    int day = random.Between(1, DaysIn(year, month));
    const int individual = year < 2000 ? random.Between(0, 499) : random.Between(500, 999);
    if (random.Chance(15)) day += 40;  // D-number
    std::string digits = Pad(day, 2) + Pad(month, 2) + Pad(year % 100, 2) + Pad(individual, 3);
    const int k1 = Mod11Check(digits, {3, 7, 6, 1, 8, 9, 4, 5, 2});
    if (k1 < 0) continue;
    digits.push_back(static_cast<char>('0' + k1));
    const int k2 = Mod11Check(digits, {5, 4, 3, 2, 7, 6, 5, 4, 3, 2});
    if (k2 < 0) continue;
    digits.push_back(static_cast<char>('0' + k2));
    const int style = random.Below(10);
    if (style < 6) return digits;
    return Group(digits, {6, 5}, style < 8 ? ' ' : '-');
  }
}

std::string NorwegianAccountDigits(Random& random) {
  static constexpr std::array<std::string_view, 10> kBanks = {
      "1503", "1506", "1207", "3000", "9710", "8601", "1254", "1594", "2050", "6025"};
  while (true) {
    std::string digits = std::string(random.Pick(kBanks)) + Digits(random, 6);
    const int check = Mod11Check(digits, {5, 4, 3, 2, 7, 6, 5, 4, 3, 2});
    if (check >= 0) return digits + static_cast<char>('0' + check);
  }
}

std::string NorwegianBankAccount(Random& random) {
  const std::string digits = NorwegianAccountDigits(random);
  const int style = random.Below(10);
  if (style < 6) return Group(digits, {4, 2, 5}, '.');
  if (style < 8) return Group(digits, {4, 2, 5}, ' ');
  return digits;
}

std::string NorwegianOrgNumber(Random& random) {
  while (true) {
    std::string digits = std::to_string(random.Between(8, 9)) + Digits(random, 7);
    const int check = Mod11Check(digits, {3, 2, 7, 6, 5, 4, 3, 2});
    if (check >= 0) return Group(digits + static_cast<char>('0' + check), {3, 3, 3}, ' ');
  }
}

std::string NorwegianPhone(Random& random) {
  static constexpr std::array<std::string_view, 14> kFixedPrefixes = {
      "21", "22", "23", "24", "32", "33", "51", "52", "55", "56", "61", "67", "73", "77"};
  const std::string digits = random.Chance(70)
                                 ? std::to_string(random.Chance(60) ? 9 : 4) + Digits(random, 7)
                                 : std::string(random.Pick(kFixedPrefixes)) + Digits(random, 6);
  std::string number;
  switch (random.Below(5)) {
    case 0: number = digits; break;
    case 1: number = Group(digits, {3, 2, 3}, ' '); break;
    case 2: number = Group(digits, {2, 2, 2, 2}, ' '); break;
    case 3: number = Group(digits, {4, 4}, ' '); break;
    default: number = Group(digits, {3, 2, 3}, ' '); break;
  }
  if (random.Chance(25)) return (random.Chance(70) ? "+47 " : "0047 ") + number;
  return number;
}

std::string NordicPhone(Random& random) {
  switch (random.Below(3)) {
    case 0: {  // Swedish mobile, national or international
      const std::string rest = std::to_string(random.Pick(std::array<int, 4>{0, 2, 3, 6})) +
                               Digits(random, 7);
      if (random.Chance(50)) return "07" + rest.substr(0, 1) + "-" + Group(rest.substr(1), {3, 2, 2}, ' ');
      return "+46 7" + rest.substr(0, 1) + " " + Group(rest.substr(1), {3, 2, 2}, ' ');
    }
    case 1:  // Danish mobile
      return "+45 2" + std::to_string(random.Between(0, 5)) + " " +
             std::to_string(random.Between(1, 9)) + Digits(random, 1) + " " +
             Group(Digits(random, 4), {2, 2}, ' ');
    default:  // Finnish mobile
      return "+358 4" + std::to_string(random.Between(0, 8)) + " " +
             Group(Digits(random, 7), {3, 4}, ' ');
  }
}

std::string Email(Random& random) {
  static constexpr std::array<std::string_view, 12> kFirst = {
      "ola", "kari", "per", "ingrid", "mohammed", "astrid", "john", "emma", "bjorn",
      "siri", "thanh", "lars"};
  static constexpr std::array<std::string_view, 10> kLast = {
      "nordmann", "hansen", "olsen", "berg", "haugen", "ali", "smith", "nguyen", "lie",
      "dahl"};
  static constexpr std::array<std::string_view, 9> kDomains = {
      "gmail.com", "online.no", "hotmail.com", "firma.no", "mail.example.no", "outlook.com",
      "icloud.com", "uio.no", "example.se"};
  const std::string local = std::string(random.Pick(kFirst)) +
                            (random.Chance(70) ? "." + std::string(random.Pick(kLast)) : "") +
                            (random.Chance(15) ? "+" + Digits(random, 2) : "");
  const std::string domain(random.Pick(kDomains));
  if (random.Chance(10)) {
    const size_t dot = domain.rfind('.');
    return local + " [at] " + domain.substr(0, dot) + " [dot] " + domain.substr(dot + 1);
  }
  std::string address = local + "@" + domain;
  if (random.Chance(10)) address[0] = static_cast<char>(address[0] - 32);
  return address;
}

std::string CreditCard(Random& random) {
  if (random.Chance(20)) {  // American Express, 4-6-5
    std::string payload = (random.Chance(50) ? "34" : "37") + Digits(random, 12);
    return Group(payload + LuhnCheck(payload), {4, 6, 5}, ' ');
  }
  std::string payload = random.Chance(60) ? "4" + Digits(random, 14)
                                          : "5" + std::to_string(random.Between(1, 5)) +
                                                Digits(random, 13);
  const std::string number = payload + LuhnCheck(payload);
  const int style = random.Below(10);
  if (style < 6) return Group(number, {4, 4, 4, 4}, ' ');
  if (style < 8) return Group(number, {4, 4, 4, 4}, '-');
  return number;
}

std::string Iban(Random& random) {
  struct Country {
    std::string_view code;
    int digits;
  };
  static constexpr std::array<Country, 4> kCountries = {
      Country{"NO", 11}, Country{"SE", 20}, Country{"DK", 14}, Country{"FI", 14}};
  const Country& country = random.Pick(kCountries);
  const std::string bban = Digits(random, country.digits);
  // Check digits: 98 - (BBAN + country as numbers + "00") mod 97.
  std::string rearranged = bban;
  for (const char c : country.code) rearranged += std::to_string(c - 'A' + 10);
  rearranged += "00";
  int remainder = 0;
  for (const char c : rearranged) remainder = (remainder * 10 + (c - '0')) % 97;
  const std::string iban = std::string(country.code) + Pad(98 - remainder, 2) + bban;
  if (random.Chance(30)) return iban;
  std::string spaced;
  for (size_t i = 0; i < iban.size(); i += 4) {
    if (i > 0) spaced.push_back(' ');
    spaced.append(iban.substr(i, 4));
  }
  return spaced;
}

std::string IpAddress(Random& random) {
  if (random.Chance(75)) {
    return std::to_string(random.Between(1, 223)) + "." + std::to_string(random.Below(256)) +
           "." + std::to_string(random.Below(256)) + "." + std::to_string(random.Between(1, 254));
  }
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "2001:db8:%x:%x::%x", random.Below(0xFFFF),
                random.Below(0xFFFF), random.Between(1, 0xFFFF));
  return buffer;
}

std::string SwedishPersonalNumber(Random& random) {
  const int year = random.Between(1940, 2010);
  const int month = random.Between(1, 12);
  const std::string ten = Pad(year % 100, 2) + Pad(month, 2) +
                          Pad(random.Between(1, DaysIn(year, month)), 2) + Digits(random, 3);
  const std::string number = ten + LuhnCheck(ten);
  return random.Chance(70) ? number.substr(0, 6) + "-" + number.substr(6)
                           : std::to_string(year / 100) + number.substr(0, 6) + "-" +
                                 number.substr(6);
}

// As the banks print them: SEB's 5xxx-xxxxxxx, Handelsbanken's 6xxx-xxx xxx xxx and
// Swedbank's 8xxx-x, xxx xxx xxx-x.
std::string SwedishBankAccount(Random& random) {
  while (true) {
    const int style = random.Below(3);
    if (style == 0) {
      const std::string clearing = std::to_string(random.Between(5000, 5999));
      const std::string payload = Digits(random, 6);
      const int check = Mod11Check(clearing.substr(1) + payload, {10, 9, 8, 7, 6, 5, 4, 3, 2});
      if (check >= 0) return clearing + "-" + payload + static_cast<char>('0' + check);
    } else if (style == 1) {
      const std::string payload = Digits(random, 8);
      const int check = Mod11Check(payload, {9, 8, 7, 6, 5, 4, 3, 2});
      if (check < 0) continue;
      return std::to_string(random.Between(6000, 6999)) + "-" +
             Group(payload + static_cast<char>('0' + check), {3, 3, 3}, ' ');
    } else {
      const std::string clearing = std::to_string(random.Between(8000, 8999));
      const std::string payload = Digits(random, 9);
      const std::string account = payload + LuhnCheck(payload);
      return clearing + "-" + LuhnCheck(clearing) + ", " + Group(account, {3, 3, 3}, ' ') + "-" +
             account.substr(9);
    }
  }
}

std::string DanishCpr(Random& random) {
  const int year = random.Between(1940, 1999);
  const int month = random.Between(1, 12);
  return Pad(random.Between(1, DaysIn(year, month)), 2) + Pad(month, 2) + Pad(year % 100, 2) +
         "-" + std::to_string(random.Between(0, 3)) + Digits(random, 3);
}

std::string FinnishIdentityCode(Random& random) {
  static constexpr std::string_view kCheck = "0123456789ABCDEFHJKLMNPRSTUVWXY";
  const int year = random.Between(1940, 2015);
  const int month = random.Between(1, 12);
  const std::string date =
      Pad(random.Between(1, DaysIn(year, month)), 2) + Pad(month, 2) + Pad(year % 100, 2);
  const int individual = random.Between(2, 899);
  const long long number = std::stoll(date) * 1000 + individual;
  return date + (year < 2000 ? '-' : 'A') + Pad(individual, 3) + kCheck[number % 31];
}

// Ten digits with the NHS's mod 11 check digit, printed 3-3-4 or plain.
std::string NhsNumber(Random& random) {
  while (true) {
    const std::string payload = std::to_string(random.Between(4, 7)) + Digits(random, 8);
    int sum = 0;
    for (size_t i = 0; i < payload.size(); ++i) {
      sum += (payload[i] - '0') * static_cast<int>(10 - i);
    }
    const int check = (11 - sum % 11) % 11;
    if (check == 10) continue;
    const std::string number = payload + static_cast<char>('0' + check);
    return random.Chance(70) ? Group(number, {3, 3, 4}, ' ') : number;
  }
}

// Two prefix letters HMRC allocates, six digits and a suffix A-D, as HMRC prints it or
// typed together.
std::string NationalInsuranceNumber(Random& random) {
  static constexpr std::string_view kFirst = "ABCEGHJKLMNOPRSTWXYZ";
  static constexpr std::string_view kSecond = "ABCEGHJKLMNPRSTWXYZ";
  static constexpr std::array<std::string_view, 7> kNever = {"BG", "GB", "KN", "NK",
                                                             "NT", "TN", "ZZ"};
  std::string prefix;
  do {
    prefix = {kFirst[random.Below(static_cast<int>(kFirst.size()))],
              kSecond[random.Below(static_cast<int>(kSecond.size()))]};
  } while (std::find(kNever.begin(), kNever.end(), prefix) != kNever.end());
  const std::string digits = Digits(random, 6);
  const char suffix = static_cast<char>('A' + random.Below(4));
  if (random.Chance(60)) return prefix + " " + Group(digits, {2, 2, 2}, ' ') + " " + suffix;
  return prefix + digits + suffix;
}

// --- Sentences ----------------------------------------------------------------------------

struct Template {
  std::string_view type;
  std::string_view before;
  std::string_view after;
  std::string (*make)(Random&);
};

const std::array<Template, 30> kPersonalTemplates = {{
    {"NO_NATIONAL_ID", "Fødselsnummeret mitt er ", ".", NorwegianNationalId},
    {"NO_NATIONAL_ID", "fnr: ", "", NorwegianNationalId},
    {"NO_NATIONAL_ID", "Her er personnummeret: ", " (trengs for kredittsjekk)", NorwegianNationalId},
    {"NO_BANK_ACCOUNT", "Pengene kan settes inn på kontonummer ", ", takk.", NorwegianBankAccount},
    {"NO_BANK_ACCOUNT", "Refund to my account ", " please.", NorwegianBankAccount},
    {"NO_ORG_NUMBER", "Firmaet vårt har org.nr. ", ".", NorwegianOrgNumber},
    {"PHONE_NUMBER", "Du kan ringe meg på ", " etter kl 16.", NorwegianPhone},
    {"PHONE_NUMBER", "Mobilen min er ", "", NorwegianPhone},
    {"PHONE_NUMBER", "Call me at ", " if anything is unclear.", NorwegianPhone},
    {"PHONE_NUMBER", "Send en SMS til ", ", så svarer jeg.", NorwegianPhone},
    {"PHONE_NUMBER", "Min svenske kollega nås på ", ".", NordicPhone},
    {"PHONE_NUMBER", "You can reach our office at ", ".", NordicPhone},
    {"EMAIL_ADDRESS", "Send bekreftelsen til ", ", takk!", Email},
    {"EMAIL_ADDRESS", "My email is ", "", Email},
    {"EMAIL_ADDRESS", "Kontakt meg gjerne på ", " hvis noe er uklart.", Email},
    {"CREDIT_CARD", "Kortnummeret er ", ", utløper 09/27.", CreditCard},
    {"CREDIT_CARD", "Can you charge my card ", " instead?", CreditCard},
    {"IBAN_CODE", "IBAN: ", "", Iban},
    {"IBAN_CODE", "Please wire it to ", ", reference 4471.", Iban},
    {"IP_ADDRESS", "Innloggingen feilet fra ", " i natt.", IpAddress},
    {"IP_ADDRESS", "The request came from ", ".", IpAddress},
    {"SE_PERSONAL_NUMBER", "Mitt svenska personnummer är ", ".", SwedishPersonalNumber},
    {"SE_PERSONAL_NUMBER", "Swedish ID ", " attached.", SwedishPersonalNumber},
    {"SE_BANK_ACCOUNT", "Utbetalningen kan göras till mitt konto ", ", tack.",
     SwedishBankAccount},
    {"SE_BANK_ACCOUNT", "Please refund it to ", ".", SwedishBankAccount},
    {"DK_CPR", "Mit CPR-nummer er ", ".", DanishCpr},
    {"DK_CPR", "CPR ", " for the Danish account.", DanishCpr},
    {"FI_PERSONAL_IDENTITY_CODE", "Henkilötunnus: ", "", FinnishIdentityCode},
    {"GB_NHS_NUMBER", "My NHS number is ", " if the clinic needs it.", NhsNumber},
    {"GB_NATIONAL_INSURANCE_NUMBER", "For the payroll form, my NI number is ", ".",
     NationalInsuranceNumber},
}};

// Sentences without personal data, many with numbers that must be left alone.
const std::array<std::string_view, 24> kCleanSentences = {
    "Hei! Jeg lurer på om pakken min er sendt.",
    "Hello, I have a question about my order.",
    "Prisen var kr 12 499,- inkludert frakt.",
    "Ordrenummeret er 20231187 og den ble bestilt i går.",
    "Leveringen kom kl. 14:30 den 12.03.2025.",
    "Appen krasjer i versjon 2.14.0 på Android 14.",
    "Betal med KID 4000123412341234 innen 20. mars.",
    "Sporingsnummer: 70701234567890123",
    "Takk for rask hjelp, ha en fin dag!",
    "Kan dere sjekke om artikkelnummer 552301 er på lager?",
    "The invoice total was NOK 45 000 and it is due on 2025-04-01.",
    "Vi er åpne 08:00-16:00 mandag til fredag.",
    "Jeg har prøvd å logge inn tre ganger uten hell.",
    "Is the 55-inch model still available in Oslo?",
    "Rommet er 3,5 x 4,2 meter og koster 8 900 kroner i måneden.",
    "Saksnummer 2024/1187 er fortsatt åpen.",
    "Batteriet holdt bare 6 timer, ikke 12 som lovet.",
    "Please cancel the subscription from 01.05.2025.",
    "Jeg bestilte 2 stk av vare 10045 og fikk bare 1.",
    "Fakturaen på 1 249,50 kr er betalt.",
    "Hva er forskjellen på abonnement 1 og 2?",
    "Could you confirm that order #88231 has shipped?",
    "Møtet er flyttet til 14.30 på torsdag.",
    "Temperaturen i kjøleskapet var 8 grader.",
};

void AppendSentence(std::string_view sentence, Message& message) {
  if (!message.text.empty()) message.text.push_back(' ');
  message.text.append(sentence);
}

void AppendPersonal(Random& random, Message& message) {
  const Template& t = random.Pick(kPersonalTemplates);
  if (!message.text.empty()) message.text.push_back(' ');
  message.text.append(t.before);
  const std::string value = t.make(random);
  message.labels.push_back({message.text.size(), message.text.size() + value.size(),
                            std::string(t.type)});
  message.text.append(value);
  message.text.append(t.after);
}

}  // namespace

std::vector<Message> GenerateChatCorpus(size_t count, uint64_t seed) {
  Random random(seed);
  std::vector<Message> corpus;
  corpus.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    Message message;
    const bool personal = random.Chance(30);
    const int sentences = random.Between(1, 6);
    const int personal_at = random.Below(sentences);
    for (int s = 0; s < sentences; ++s) {
      if (personal && s == personal_at) {
        AppendPersonal(random, message);
        if (random.Chance(20)) AppendPersonal(random, message);
      } else {
        AppendSentence(random.Pick(kCleanSentences), message);
      }
    }
    corpus.push_back(std::move(message));
  }
  return corpus;
}


namespace {

void WriteJsonString(rapidjson::Writer<rapidjson::StringBuffer>& writer, std::string_view value) {
  writer.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

}  // namespace

std::string LogLine(std::string_view text, uint64_t n, bool json) {
  char timestamp[32];
  std::snprintf(timestamp, sizeof timestamp, "2026-12-01T%02u:%02u:%02u.%03uZ",
                static_cast<unsigned>(n / 3600000 % 24), static_cast<unsigned>(n / 60000 % 60),
                static_cast<unsigned>(n / 1000 % 60), static_cast<unsigned>(n % 1000));
  const unsigned request = static_cast<unsigned>((n * 2654435761u) & 0xFFFFFFFFu);
  const unsigned conversation = static_cast<unsigned>(n / 7 % 1000000);
  if (!json) {
    char prefix[128];
    std::snprintf(prefix, sizeof prefix,
                  "%s INFO chat-api req=%08x conversation=%06u message received: ", timestamp,
                  request, conversation);
    return std::string(prefix) + std::string(text);
  }
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.StartObject();
  writer.Key("ts");
  WriteJsonString(writer, timestamp);
  writer.Key("level");
  WriteJsonString(writer, "INFO");
  writer.Key("service");
  WriteJsonString(writer, "chat-api");
  writer.Key("conversation");
  writer.Uint(conversation);
  writer.Key("message");
  WriteJsonString(writer, text);
  writer.Key("user");
  writer.StartObject();
  writer.Key("id");
  writer.Uint(conversation % 5000);
  writer.Key("email");
  WriteJsonString(writer, "kunde" + std::to_string(conversation % 5000) + "@example.no");
  writer.EndObject();
  writer.EndObject();
  return buffer.GetString();
}

std::string LeadRecord(std::string_view text, uint64_t n) {
  char prefix[96];
  std::snprintf(prefix, sizeof prefix, "2026-12-01 %02u:%02u:%02u;kunde%u@example.no;chat;",
                static_cast<unsigned>(n / 3600 % 24), static_cast<unsigned>(n / 60 % 60),
                static_cast<unsigned>(n % 60), static_cast<unsigned>(n / 7 % 5000));
  std::string record(prefix);
  record.push_back('"');
  for (char c : text) {
    record.push_back(c);
    if (c == '"') record.push_back('"');
  }
  record.push_back('"');
  return record;
}

std::vector<std::string> GenerateDigitHeavy(size_t count, uint64_t seed) {
  Random random(seed);
  std::vector<std::string> lines;
  lines.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    std::string line;
    if (random.Chance(50)) {  // an invoice line
      line = "Faktura " + std::to_string(2025) + "-" + Pad(random.Between(1, 9999), 4) +
             " | Vare " + Digits(random, 6) + " | " + std::to_string(random.Between(1, 40)) +
             " stk | kr " + std::to_string(random.Between(1, 99)) + " " + Digits(random, 3) +
             "," + Digits(random, 2) + " | MVA 25 % | KID " + Digits(random, 13) +
             " | Forfall " + Pad(random.Between(1, 28), 2) + "." + Pad(random.Between(1, 12), 2) +
             ".2025 | Ordre " + Digits(random, 8) + " | Konto " + Digits(random, 4) + "." +
             Digits(random, 2) + "." + Digits(random, 5);
    } else {  // a table row of amounts, counts and codes
      const int cells = random.Between(6, 14);
      for (int c = 0; c < cells; ++c) {
        if (c > 0) line += random.Chance(50) ? " | " : "\t";
        switch (random.Below(4)) {
          case 0: line += Digits(random, random.Between(1, 3)) + " " + Digits(random, 3) + " " + Digits(random, 3); break;
          case 1: line += Digits(random, random.Between(4, 12)); break;
          case 2: line += "0," + Digits(random, 2); break;
          default: line += Digits(random, 1) + "." + Digits(random, 3) + "." + Digits(random, 3) + "," + Digits(random, 2);
        }
      }
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace sladd::bench
