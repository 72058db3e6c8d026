#include "engine/operators.h"

#include <google/protobuf/text_format.h>
#include <gtest/gtest.h>

#include "engine/token.h"

namespace sladd {
namespace {

KeyRing TestKeys() {
  KeyRing keys;
  std::string k1;
  std::string k2;
  for (int i = 0; i < 32; ++i) {
    k1.push_back(static_cast<char>(i));
    k2.push_back(static_cast<char>(100 + i));
  }
  EXPECT_TRUE(keys.Add("k1", k1).ok());
  EXPECT_TRUE(keys.Add("k2", k2).ok());
  return keys;
}

v1::Operator Config(std::string_view text_proto) {
  v1::Operator config;
  EXPECT_TRUE(google::protobuf::TextFormat::ParseFromString(std::string(text_proto), &config));
  return config;
}

std::string Apply(std::string_view config_text, std::string_view type, std::string_view value,
                  RedactionState* state = nullptr) {
  const KeyRing keys = TestKeys();
  auto op = CreateOperator(Config(config_text), keys);
  EXPECT_TRUE(op.ok()) << op.status();
  RedactionState local;
  const Finding finding{type, 0, value.size(), 1.0, "test"};
  std::string out;
  EXPECT_TRUE((*op)->Apply({finding, value}, state ? *state : local, out).ok());
  return out;
}

TEST(Operators, ReplaceUsesTheTypeOrAFormat) {
  EXPECT_EQ(Apply("", "EMAIL_ADDRESS", "ola@firma.no"), "<EMAIL_ADDRESS>");
  EXPECT_EQ(Apply("replace {}", "EMAIL_ADDRESS", "ola@firma.no"), "<EMAIL_ADDRESS>");
  EXPECT_EQ(Apply("replace { format: '[{type} fjernet]' }", "PHONE_NUMBER", "91234567"),
            "[PHONE_NUMBER fjernet]");
}

TEST(Operators, NumberGivesTheSameValueTheSameNumber) {
  RedactionState state;
  EXPECT_EQ(Apply("number {}", "EMAIL_ADDRESS", "a@b.no", &state), "<EMAIL_ADDRESS_1>");
  EXPECT_EQ(Apply("number {}", "EMAIL_ADDRESS", "c@d.no", &state), "<EMAIL_ADDRESS_2>");
  EXPECT_EQ(Apply("number {}", "EMAIL_ADDRESS", "a@b.no", &state), "<EMAIL_ADDRESS_1>");
  EXPECT_EQ(Apply("number {}", "PHONE_NUMBER", "91234567", &state), "<PHONE_NUMBER_1>");
  EXPECT_EQ(Apply("number { format: '#{n}' }", "PHONE_NUMBER", "22334455", &state), "#2");
}

// A value found in a URL-encoded run is numbered and hashed as the value it spells.
TEST(Operators, ReadEncodedValuesDecoded) {
  const Finding plain{"PERSON", 0, 0, 1.0, "test"};
  Finding form = plain;
  form.encoding = TextEncoding::kFormEncoded;
  Finding percent = plain;
  percent.encoding = TextEncoding::kPercentEncoded;
  EXPECT_EQ((OperatorInput{form, "Bj%C3%B8rn+S%C3%A6ther"}.Normalized()), "Bjørn Sæther");
  EXPECT_EQ((OperatorInput{percent, "c%2B%2B+dev"}.Normalized()), "c+++dev");
  EXPECT_EQ((OperatorInput{plain, "50%25+"}.Normalized()), "50%25+");
}

TEST(Operators, MaskKeepsTheLastCharacters) {
  EXPECT_EQ(Apply("mask { keep_last: 4 }", "CREDIT_CARD", "4111 1111 1111 1111"),
            "***************1111");
  EXPECT_EQ(Apply("mask { keep_last: 4 keep_separators: true }", "CREDIT_CARD",
                  "4111 1111 1111 1111"),
            "**** **** **** 1111");
  EXPECT_EQ(Apply("mask { char: '•' }", "PERSON", "Ærlig Øst"), "•••••••••");
  EXPECT_EQ(Apply("mask { char: 'x' keep_last: 2 }", "PERSON", "Åse"), "xse");
}

TEST(Operators, HashIsKeyedStableAndTruncated) {
  // Pinned: pseudonyms must stay equal across versions for joins in analytics.
  EXPECT_EQ(Apply("hash { key: 'k1' }", "EMAIL_ADDRESS", "ola@firma.no"),
            "<EMAIL_ADDRESS_1bd67dcb4abffb7c>");
  EXPECT_NE(Apply("hash { key: 'k2' }", "EMAIL_ADDRESS", "ola@firma.no"),
            Apply("hash { key: 'k1' }", "EMAIL_ADDRESS", "ola@firma.no"));
  EXPECT_EQ(Apply("hash { key: 'k1' length: 8 format: '{hash}' }", "EMAIL_ADDRESS",
                  "ola@firma.no"),
            "1bd67dcb");
}

TEST(Operators, TokenizeRoundTripsThroughRestore) {
  const std::string token = Apply("tokenize { key: 'k2' }", "PERSON", "Kari Nordmann");
  EXPECT_EQ(token, Apply("tokenize { key: 'k2' }", "PERSON", "Kari Nordmann"));  // deterministic
  EXPECT_TRUE(token.starts_with("<PERSON#k2:")) << token;
  EXPECT_EQ(token.find("Kari"), std::string::npos);

  const KeyRing keys = TestKeys();
  auto restorer = TokenRestorer::Create(keys);
  ASSERT_TRUE(restorer.ok());
  size_t restored = 0;
  auto text = (*restorer)->Restore("Hei " + token + ", takk!", &restored);
  ASSERT_TRUE(text.ok()) << text.status();
  EXPECT_EQ(*text, "Hei Kari Nordmann, takk!");
  EXPECT_EQ(restored, 1u);
}

TEST(Operators, RestoreRejectsForgedAndUnknownTokens) {
  const std::string token = Apply("tokenize { key: 'k1' }", "PERSON", "Kari");
  const KeyRing keys = TestKeys();
  auto restorer = *TokenRestorer::Create(keys);

  std::string retyped = token;
  retyped.replace(1, 6, "EMAIL_");  // same payload under another type
  EXPECT_FALSE(restorer->Restore(retyped).ok());

  std::string unknown_key = token;
  unknown_key.replace(unknown_key.find("#k1"), 3, "#k9");
  const auto status = restorer->Restore(unknown_key).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(std::string(status.message()).find("Kari"), std::string::npos);
}

TEST(Operators, RemoveAndKeep) {
  EXPECT_EQ(Apply("remove {}", "PHONE_NUMBER", "91234567"), "");
  EXPECT_EQ(Apply("keep {}", "PHONE_NUMBER", "91234567"), "91234567");
}

TEST(Operators, BadConfigsNameTheField) {
  const KeyRing keys = TestKeys();
  auto error = [&](std::string_view text) {
    auto op = CreateOperator(Config(text), keys);
    EXPECT_FALSE(op.ok());
    return std::string(op.status().message());
  };
  EXPECT_EQ(error("mask { char: '**' }"), "mask.char: must be exactly one character");
  EXPECT_EQ(error("hash { key: 'nope' }"), "hash.key: no secret in \"secrets\" has this id");
  EXPECT_EQ(error("hash { key: 'k1' length: 4 }"), "hash.length: must be between 8 and 64");
  EXPECT_EQ(error("tokenize { key: 'x' }"),
            "tokenize.key: no secret in \"secrets\" has this id");
  EXPECT_EQ(error("replace { format: '<{kind}>' }"), "replace.format: unknown placeholder {kind}");
  EXPECT_EQ(error("number { format: '<{n' }"), "number.format: unclosed '{'");
}

}  // namespace
}  // namespace sladd
