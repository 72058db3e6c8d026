#include "engine/stream_redactor.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/support/engine_fixture.h"

namespace sladd {
namespace {

using testing::TestEngine;

// Small windows, so that a short text crosses many cuts.
constexpr StreamRedactor::Limits kSmall{/*window=*/96, /*overlap=*/48, /*context=*/40};

std::string StreamRedact(const TestEngine& engine, std::string_view text, size_t piece,
                         StreamRedactor::Limits limits, size_t* found = nullptr) {
  RedactionState state;
  StreamRedactor redactor(engine.engine(), engine.scratch(), state, limits);
  std::string out;
  std::vector<Finding> findings;
  for (size_t at = 0; at < text.size(); at += piece) {
    EXPECT_TRUE(redactor.Write(text.substr(at, piece), out, &findings).ok());
  }
  EXPECT_TRUE(redactor.Finish(out, &findings).ok());
  if (found != nullptr) *found = findings.size();
  return out;
}

TEST(StreamRedactor, FindsValuesAcrossEveryCutPosition) {
  TestEngine engine(R"({"name":"p","types":["EMAIL_ADDRESS","PHONE_NUMBER","NO_NATIONAL_ID",
                                            "CREDIT_CARD","IBAN_CODE"]})");
  const std::string sentence =
      "Kontakt ola.nordmann@example.no eller ring 912 34 567, fnr 01019000083; "
      "kort 4111 1111 1111 1111 og konto NO93 8601 1117 947. ";
  std::string body;
  for (int i = 0; i < 6; ++i) body += sentence;
  // Shifting the text by one byte at a time moves every value across every window cut;
  // pieces of 1 byte cut every character, pieces of 7 land anywhere.
  for (size_t shift = 0; shift < 100; ++shift) {
    const std::string text = std::string(shift, 'a') + " " + body;
    const std::string whole = engine.Redact(text);
    for (size_t piece : {1, 7, 1000}) {
      size_t found = 0;
      EXPECT_EQ(StreamRedact(engine, text, piece, kSmall, &found), whole)
          << "shift " << shift << ", pieces of " << piece;
      EXPECT_EQ(found, 30u);
    }
  }
}

TEST(StreamRedactor, CutsTextWithoutSpacesAtCharacterBoundaries) {
  TestEngine engine(R"({"name":"p","types":["EMAIL_ADDRESS"]})");
  std::string text;
  for (int i = 0; i < 200; ++i) text += "æøå";
  text += " a@b.no";
  EXPECT_EQ(StreamRedact(engine, text, 5, kSmall), engine.Redact(text));
}

TEST(StreamRedactor, RejectsInvalidUtf8UnlessThePolicyRepairsIt) {
  TestEngine strict(R"({"name":"p","types":["EMAIL_ADDRESS"]})");
  RedactionState state;
  StreamRedactor redactor(strict.engine(), strict.scratch(), state, kSmall);
  std::string out;
  EXPECT_TRUE(redactor.Write("a@b.no \xFF", out).ok());
  EXPECT_FALSE(redactor.Finish(out).ok());

  TestEngine repairing(
      R"({"name":"p","types":["EMAIL_ADDRESS"],"invalidUtf8":"INVALID_UTF8_REPLACE"})");
  std::string text = "x\xFFy a@b.no ";
  for (int i = 0; i < 40; ++i) text += "c@d.no z\xFE ";
  EXPECT_EQ(StreamRedact(repairing, text, 3, kSmall), repairing.Redact(text));
}

TEST(StreamRedactor, StartsOverAfterFinish) {
  TestEngine engine(R"({"name":"p","types":["EMAIL_ADDRESS"]})");
  RedactionState state;
  StreamRedactor redactor(engine.engine(), engine.scratch(), state, kSmall);
  std::string out;
  ASSERT_TRUE(redactor.Write("mail a@b.no", out).ok());
  ASSERT_TRUE(redactor.Finish(out).ok());
  ASSERT_TRUE(redactor.Write("og c@d.no", out).ok());
  ASSERT_TRUE(redactor.Finish(out).ok());
  EXPECT_EQ(out, "mail <EMAIL_ADDRESS>og <EMAIL_ADDRESS>");
  ASSERT_TRUE(redactor.Finish(out).ok());  // an empty message
  EXPECT_EQ(out, "mail <EMAIL_ADDRESS>og <EMAIL_ADDRESS>");
}

}  // namespace
}  // namespace sladd
