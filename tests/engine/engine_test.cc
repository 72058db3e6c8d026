#include "engine/engine.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>
#include <thread>

#include "tests/support/engine_fixture.h"

namespace sladd {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using testing::Found;
using testing::TestEngine;

absl::Status CreateError(std::string_view policy_json) {
  auto set = PolicySet::FromJson("{\"policies\":[" + std::string(policy_json) + "]}",
                                 testing::Registry());
  return set.status();
}

TEST(Engine, RejectsInvalidUtf8WithTheByteOffset) {
  TestEngine engine;
  Analysis analysis;
  const absl::Status status =
      engine.engine().Analyze("tlf 91234567 \xFF", engine.scratch(), analysis);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(), "invalid UTF-8 at byte 13");
}

TEST(Engine, RepairsInvalidUtf8WhenThePolicySaysSo) {
  TestEngine engine(R"({"name":"p","invalidUtf8":"INVALID_UTF8_REPLACE"})");
  RedactionState state;
  Redaction redaction;
  ASSERT_TRUE(engine.engine()
                  .Redact("\xFFtlf 91234567", engine.scratch(), state, redaction)
                  .ok());
  EXPECT_EQ(redaction.text, "\xEF\xBF\xBDtlf <PHONE_NUMBER>");
  ASSERT_TRUE(redaction.analysis.repaired_text.has_value());
}

TEST(Engine, ReportsCodePointOffsetsOnRequest) {
  TestEngine engine;
  Analysis analysis;
  const std::string_view text = "Hilsen Åse, ring meg på 91234567";
  ASSERT_TRUE(engine.engine().Analyze(text, engine.scratch(), analysis, {true}).ok());
  ASSERT_EQ(analysis.findings.size(), 2u);
  const Finding& name = analysis.findings[0];
  EXPECT_EQ(name.start, 7u);
  EXPECT_EQ(name.end, 11u);
  EXPECT_EQ(name.cp_start, 7u);
  EXPECT_EQ(name.cp_end, 10u);
  const Finding& f = analysis.findings[1];
  EXPECT_EQ(f.start, 26u);
  EXPECT_EQ(f.end, 34u);
  EXPECT_EQ(f.cp_start, 24u);  // "Å" and "å" are two bytes each
  EXPECT_EQ(f.cp_end, 32u);
  EXPECT_EQ(f.detector, "phone_number");
}

// Logs keep a message's lines inside one quoted value, its line breaks as "\n": the text is
// read with them as breaks, and the findings point at the text's own bytes.
TEST(Engine, ReadsALogsEscapedLineBreaksAsBreaks) {
  TestEngine engine;
  const std::string_view line = R"(msg="Ring meg på\n91234567\nMvh\nKari Hansen")";
  EXPECT_THAT(engine.Values(line, "PHONE_NUMBER"), ElementsAre("91234567"));
  EXPECT_THAT(engine.Values(line, "PERSON"), ElementsAre("Kari Hansen"));
  EXPECT_EQ(engine.Redact(R"(text="fnr\t01010112345\n")"), R"(text="fnr\t<NO_NATIONAL_ID>\n")");
  // A Windows path is read as written.
  EXPECT_THAT(engine.Values(R"(C:\Users\nina.hansen\docs)", "PERSON"),
              ElementsAre("nina.hansen"));
}

// A chatbot's question, given as the turn a message answers, makes a short answer the
// writer's: "ja, nøtter" to "Har du noen allergier?". The question itself is never found.
TEST(Engine, ReadsAMessageAfterTheTurnItAnswers) {
  TestEngine engine;
  auto found = [&](std::string_view previous_turn, std::string_view text) {
    Analysis analysis;
    AnalyzeOptions options;
    options.previous_turn = previous_turn;
    EXPECT_TRUE(engine.engine().Analyze(text, engine.scratch(), analysis, options).ok());
    std::vector<std::string> values;
    for (const Finding& f : analysis.findings) {
      values.push_back(std::string(f.type) + ":" + std::string(text.substr(f.start, f.length())));
    }
    return values;
  };
  EXPECT_THAT(found("Takk! Har du noen allergier vi bør vite om?", "ja, nøtter"),
              ElementsAre("HEALTH_DATA:ja, nøtter"));
  EXPECT_THAT(found("Har du noen allergier vi bør vite om?", "nei"), IsEmpty());
  EXPECT_THAT(found("Er du medlem av en fagforening?\n", "Ja, i Fagforbundet. Ring 91234567"),
              ElementsAre("TRADE_UNION_MEMBERSHIP:Ja, i Fagforbundet", "PHONE_NUMBER:91234567"));
  // A short remark may follow the question; a longer text after it is what is answered.
  EXPECT_THAT(found("Har du noen allergier? 😊", "ja, nøtter"),
              ElementsAre("HEALTH_DATA:ja, nøtter"));
  EXPECT_THAT(found("Any allergies we should know about? (e.g. nuts, gluten)", "yes, shellfish"),
              ElementsAre("HEALTH_DATA:yes, shellfish"));
  EXPECT_THAT(found("Har du noen allergier?\n\nSvar gjerne kort.", "ja, nøtter"),
              ElementsAre("HEALTH_DATA:ja, nøtter"));
  EXPECT_THAT(found("Har du noen allergier? Vi serverer tre retter, og kokken lager alt fra "
                    "bunnen av med lokale råvarer fra Trøndelag.",
                    "ja, nøtter"),
              IsEmpty());
  // No question, no context; without the turn the answer alone says nothing.
  EXPECT_THAT(found("Takk for bestillingen.", "ja, nøtter"), IsEmpty());
  EXPECT_THAT(found("", "ja, nøtter"), IsEmpty());
  // The question's own data is not the message's; a yes to it is the writer's.
  EXPECT_THAT(found("Er du Kari Hansen med diabetes?", "nei"), IsEmpty());
  EXPECT_THAT(found("Er du Kari Hansen med diabetes?", "ja"), ElementsAre("HEALTH_DATA:ja"));
  Analysis analysis;
  AnalyzeOptions bad;
  bad.previous_turn = "\xff?";
  EXPECT_FALSE(engine.engine().Analyze("ja", engine.scratch(), analysis, bad).ok());
}

// Access logs keep URLs as typed, percent-encoded: their runs are read decoded and the
// findings point at the encoded bytes.
TEST(Engine, ReadsPercentEncodedRunsDecoded) {
  TestEngine engine;
  const std::string_view line =
      "GET /signup?name=Bj%C3%B8rn+S%C3%A6ther&phone=%2B4791234567&email=ola%40firma.no "
      "HTTP/1.1 200";
  EXPECT_THAT(engine.Values(line, "PERSON"), ElementsAre("Bj%C3%B8rn+S%C3%A6ther"));
  EXPECT_THAT(engine.Values(line, "PHONE_NUMBER"), ElementsAre("%2B4791234567"));
  EXPECT_THAT(engine.Values(line, "EMAIL_ADDRESS"), ElementsAre("ola%40firma.no"));
  EXPECT_EQ(engine.Redact("GET /reset?email=ola%40firma.no 200"),
            "GET /reset?email=<EMAIL_ADDRESS> 200");
  EXPECT_THAT(engine.Values("GET /kontakt?navn=ingrid+solberg&adresse=Storgata+12B HTTP/1.1",
                            "STREET_ADDRESS"),
              ElementsAre("Storgata+12B"));
  // What the first pass finds is found once.
  EXPECT_THAT(engine.Values("mail ola@firma.no /a%2Fb", "EMAIL_ADDRESS"),
              ElementsAre("ola@firma.no"));
}

TEST(Engine, FindsOnlyEnabledTypesAboveTheMinimumScore) {
  TestEngine only_email(R"({"name":"p","types":["EMAIL_ADDRESS"]})");
  EXPECT_THAT(only_email.Values("a@b.no 91234567", "PHONE_NUMBER"), IsEmpty());
  EXPECT_THAT(only_email.Values("a@b.no 91234567", "EMAIL_ADDRESS"), ElementsAre("a@b.no"));
  TestEngine strict(R"({"name":"p","minScore":0.95})");
  EXPECT_THAT(strict.Values("22334455", "PHONE_NUMBER"), IsEmpty());
  EXPECT_THAT(strict.Values("tlf 22334455", "PHONE_NUMBER"), ElementsAre("22334455"));
}

TEST(Engine, HonoursTheAllowList) {
  TestEngine engine(R"({"name":"p","allow":[
      {"exact":"support@firma.no"},
      {"exact":"KUNDESERVICE@FIRMA.NO","ignoreCase":true},
      {"pattern":"\\+47 ?800\\d{5}","types":["PHONE_NUMBER"]},
      {"exact":"91234567","types":["EMAIL_ADDRESS"]}]})");
  EXPECT_THAT(engine.Values("support@firma.no eller ola@firma.no", "EMAIL_ADDRESS"),
              ElementsAre("ola@firma.no"));
  EXPECT_THAT(engine.Values("kundeservice@firma.no", "EMAIL_ADDRESS"), IsEmpty());
  EXPECT_THAT(engine.Values("ring +47 80012345", "PHONE_NUMBER"), IsEmpty());
  // The entry for another type does not apply.
  EXPECT_THAT(engine.Values("ring 91234567", "PHONE_NUMBER"), ElementsAre("91234567"));
  // A value in a URL's query is compared as it spells.
  EXPECT_THAT(engine.Values("GET /reset?email=support%40firma.no 200", "EMAIL_ADDRESS"),
              IsEmpty());
  EXPECT_THAT(engine.Values("GET /kontakt?tlf=%2B47+80012345&x=1 200", "PHONE_NUMBER"), IsEmpty());
}

TEST(Engine, RedactsDenyListTermsAsWholeWordsInAnyCase) {
  TestEngine engine(R"({"name":"p","deny":[
      {"term":"Prosjekt Ørn"},
      {"term":"Kodeord","type":"SECRET","caseSensitive":true},
      {"pattern":"INT-\\d{4}","type":"INTERNAL_ID"}]})");
  EXPECT_EQ(engine.Redact("Om PROSJEKT ØRN og prosjekt ørnen"),
            "Om <DENY_LIST> og prosjekt ørnen");
  EXPECT_EQ(engine.Redact("Kodeord kodeord"), "<SECRET> kodeord");
  EXPECT_EQ(engine.Redact("sak INT-1234x"), "sak <INTERNAL_ID>x");
}

TEST(Engine, AppliesTheOperatorOfEachType) {
  TestEngine engine(R"({"name":"p",
      "defaultOperator":{"replace":{"format":"[{type}]"}},
      "operators":{"EMAIL_ADDRESS":{"number":{}},
                   "CREDIT_CARD":{"mask":{"keepLast":4,"keepSeparators":true}},
                   "IP_ADDRESS":{"keep":{}},
                   "NO_ORG_NUMBER":{"remove":{}}}})");
  EXPECT_EQ(engine.Redact("a@b.no, c@d.no, a@b.no fra 10.0.0.1 tlf 91234567 "
                          "kort 4111 1111 1111 1111 NO 923 609 016 MVA."),
            "<EMAIL_ADDRESS_1>, <EMAIL_ADDRESS_2>, <EMAIL_ADDRESS_1> fra 10.0.0.1 tlf "
            "[PHONE_NUMBER] kort **** **** **** 1111 .");
}

TEST(Engine, NumbersAcrossMessagesOfOneConversation) {
  TestEngine engine(R"({"name":"p","defaultOperator":{"number":{}}})");
  RedactionState conversation;
  Redaction first;
  Redaction second;
  ASSERT_TRUE(
      engine.engine().Redact("ring 912 34 567", engine.scratch(), conversation, first).ok());
  ASSERT_TRUE(engine.engine()
                  .Redact("nei, 22334455 eller +47 91234567", engine.scratch(), conversation,
                          second)
                  .ok());
  EXPECT_EQ(first.text, "ring <PHONE_NUMBER_1>");
  // Normalised: "+47 91234567" is the number of the first message.
  EXPECT_EQ(second.text, "nei, <PHONE_NUMBER_2> eller <PHONE_NUMBER_1>");
}

// A value in a URL's query is the value it spells: one number for "ola%40firma.no" and
// "ola@firma.no", and for "Bj%C3%B8rn" and "Bjørn".
TEST(Engine, NumbersEncodedValuesAsTheValuesTheySpell) {
  TestEngine engine(R"({"name":"p","defaultOperator":{"number":{}}})");
  EXPECT_EQ(engine.Redact("Jeg heter Bjørn Sæther, ola@firma.no, +47 912 34 567. "
                          "GET /signup?name=Bj%C3%B8rn+S%C3%A6ther&email=ola%40firma.no"
                          "&phone=%2B4791234567 200"),
            "Jeg heter <PERSON_1>, <EMAIL_ADDRESS_1>, <PHONE_NUMBER_1>. "
            "GET /signup?name=<PERSON_1>&email=<EMAIL_ADDRESS_1>&phone=<PHONE_NUMBER_1> 200");
}

TEST(Engine, RefusesAScratchOfAnotherEngine) {
  TestEngine one;
  TestEngine two;
  Analysis analysis;
  EXPECT_EQ(one.engine().Analyze("x", two.scratch(), analysis).code(),
            absl::StatusCode::kFailedPrecondition);
}

TEST(Engine, PolicyErrorsNameTheFieldAndNeverEchoSecrets) {
  EXPECT_EQ(CreateError(R"({"name":"p","types":["EMAIL_ADDRESS","FOO"]})").message(),
            "policies[0].types[1]: unknown type \"FOO\"");
  EXPECT_EQ(CreateError(R"({"name":"p","minScore":1.5})").message(),
            "policies[0].min_score: must be between 0 and 1");
  EXPECT_EQ(CreateError(R"({"name":"p","operators":{"FOO":{"keep":{}}}})").message(),
            "policies[0].operators[\"FOO\"]: unknown type");
  // Regression (found by the policy fuzzer): a type of another shape is not echoed.
  EXPECT_EQ(CreateError(R"({"name":"p","types":["kari.nordmann@example.no"]})").message(),
            "policies[0].types[0]: unknown type (not a type name: [A-Z][A-Z0-9_]{0,63})");
  EXPECT_EQ(CreateError(R"({"name":"p","operators":{"Kari Nordmann":{"keep":{}}}})").message(),
            "policies[0].operators[(not a type name: [A-Z][A-Z0-9_]{0,63})]: unknown type");
  EXPECT_EQ(CreateError(R"({"name":"p","operators":{"PHONE_NUMBER":{"mask":{"char":"ab"}}}})")
                .message(),
            "policies[0].operators[\"PHONE_NUMBER\"]: mask.char: must be exactly one character");
  const absl::Status deny = CreateError(R"({"name":"p","deny":[{"pattern":"hemmelig(("}]})");
  EXPECT_THAT(std::string(deny.message()), HasSubstr("policies[0].deny[0].pattern: "));
  EXPECT_THAT(std::string(deny.message()), Not(HasSubstr("hemmelig")));
  const absl::Status allow = CreateError(R"({"name":"p","allow":[{"pattern":"hemmelig(("}]})");
  EXPECT_EQ(allow.message(), "policies[0].allow[0].pattern: not a valid RE2 pattern");
}

TEST(Engine, ChannelCategoriesAreSpecialCategoriesSortedOnce) {
  TestEngine engine(
      R"({"name":"union","channelCategories":["TRADE_UNION_MEMBERSHIP","HEALTH_DATA",)"
      R"("TRADE_UNION_MEMBERSHIP"]})");
  EXPECT_THAT(engine.engine().channel_categories(),
              ElementsAre("HEALTH_DATA", "TRADE_UNION_MEMBERSHIP"));
  EXPECT_THAT(TestEngine().engine().channel_categories(), IsEmpty());
  EXPECT_EQ(CreateError(R"({"name":"p","channelCategories":["EMAIL_ADDRESS"]})").message(),
            "policies[0].channel_categories[0]: \"EMAIL_ADDRESS\" is not a special category");
  EXPECT_EQ(CreateError(R"({"name":"p","channelCategories":["SPECIAL_CATEGORY"]})").message(),
            "policies[0].channel_categories[0]: \"SPECIAL_CATEGORY\" is not a special category");
  EXPECT_EQ(CreateError(R"({"name":"p","channelCategories":["Kari Nordmann"]})").message(),
            "policies[0].channel_categories[0]: (not a type name: [A-Z][A-Z0-9_]{0,63}) is not a "
            "special category");
}

// The values of a few types, to plant in filler text.
const std::vector<std::string>& PlantableValues() {
  static const std::vector<std::string> values = {
      "01019000083", "010190 00083", "8601.11.17947", "912 34 567", "+47 22 33 44 55",
      "ola.nordmann@example.no", "kari[at]firma[dot]no", "4111 1111 1111 1111",
      "NO93 8601 1117 947", "81.167.33.12", "2001:db8::8a2e:370:7334", "811218-9876",
      "131052-308T", "+46 70 123 45 67"};
  return values;
}

TEST(Engine, NoFoundValueSurvivesRedaction) {
  const std::vector<std::string> fillers = {"hei", "ring meg", "på", "takk!", "æøå", "kr 12 499,-",
                                            "versjon 2.14.0", "kl 12:30", ",", "\n", "Hilsen Per"};
  for (std::string_view op : {"{}", R"({"number":{}})", R"({"mask":{}})", R"({"remove":{}})"}) {
    TestEngine engine(std::string(R"({"name":"p","defaultOperator":)") + std::string(op) + "}");
    std::mt19937 rng(42);
    for (int round = 0; round < 300; ++round) {
      // Values stand apart as in writing ("a, b"), never run together ("a b").
      std::string text;
      for (int part = 0; part < 8; ++part) {
        text += fillers[rng() % fillers.size()];
        text += rng() % 2 ? ", " : " ";
        if (rng() % 2 == 0) text += PlantableValues()[rng() % PlantableValues().size()] + " ";
      }
      const std::vector<Found> found = engine.Find(text);
      const std::string redacted = engine.Redact(text);
      for (const Found& f : found) {
        EXPECT_EQ(redacted.find(f.value), std::string::npos)
            << "value of " << f.type << " survived in: " << redacted;
      }
      for (const std::string& planted : PlantableValues()) {
        if (text.find(planted) != std::string::npos) {
          EXPECT_EQ(redacted.find(planted), std::string::npos)
              << planted << " in " << text << " -> " << redacted;
        }
      }
    }
  }
}

TEST(Engine, GivesTheSameFindingsOnEveryThread) {
  TestEngine engine;
  const std::string text =
      "fnr 01019000083, tlf 912 34 567, ola@example.no, kort 4111 1111 1111 1111, "
      "IBAN NO93 8601 1117 947, IP 81.167.33.12";
  const auto expected = engine.Find(text);
  ASSERT_EQ(expected.size(), 6u);
  std::vector<std::thread> threads;
  std::vector<size_t> mismatches(4, 0);
  for (size_t t = 0; t < mismatches.size(); ++t) {
    threads.emplace_back([&, t] {
      auto scratch = *engine.engine().NewScratch();
      Analysis analysis;
      for (int i = 0; i < 500; ++i) {
        if (!engine.engine().Analyze(text, *scratch, analysis).ok() ||
            analysis.findings.size() != expected.size()) {
          ++mismatches[t];
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_THAT(mismatches, ElementsAre(0, 0, 0, 0));
}

}  // namespace
}  // namespace sladd

namespace sladd {
namespace {

// Long texts look context words up window by window; many candidates, near and far apart,
// each get exactly the context around them (a regression: the windows' bookkeeping was
// quadratic in their number, and is now kept in order by search).
TEST(Engine, LooksUpContextAroundEveryCandidateOfALongText) {
  testing::TestEngine engine(R"({"name":"p","types":["PHONE_NUMBER"]})");
  std::string text;
  std::vector<bool> with_word;
  std::mt19937 random(5);
  for (int i = 0; i < 600; ++i) {
    const bool word = random() % 2 == 0;
    text += word ? "tlf " : "nr. ";
    // A sentence end keeps each number's context its own; the gaps make the windows
    // overlap, touch or stand apart.
    text += "912 34 " + std::to_string(100 + i % 900) + ". Ok" + std::string(random() % 90 + 1, ' ');
    text += i % 7 == 0 ? "\n" : "x. ";
    with_word.push_back(word);
  }
  ASSERT_GT(text.size(), 4 * 4096u);
  const std::vector<testing::Found> found = engine.Find(text);
  ASSERT_EQ(found.size(), with_word.size());
  for (size_t i = 0; i < found.size(); ++i) {
    EXPECT_EQ(found[i].score >= 0.95, with_word[i]) << "number " << i;
  }
}

}  // namespace
}  // namespace sladd
