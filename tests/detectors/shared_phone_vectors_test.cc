// Published test vectors from ../shared/lexicons/phone (libphonenumber's metadata for the
// Nordic countries): every example number is found, and no short or emergency number is.
// Skipped when ../shared is absent.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/support/engine_fixture.h"

namespace sladd {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::TestEngine;

const std::filesystem::path kPhoneData = SLADD_SHARED_DIR "/lexicons/phone";

std::string ReadAll(const std::filesystem::path& path) {
  std::ifstream file(path);
  std::stringstream contents;
  contents << file.rdbuf();
  return contents.str();
}

class SharedPhoneVectors : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(kPhoneData)) {
      GTEST_SKIP() << "no shared data at " << kPhoneData << "; skipping published vectors";
    }
  }
};

TEST_F(SharedPhoneVectors, FindsEveryNordicExampleNumber) {
  rapidjson::Document metadata;
  metadata.Parse(ReadAll(kPhoneData / "nordic_phone_metadata.json").c_str());
  ASSERT_TRUE(metadata.IsObject());
  TestEngine engine;
  size_t checked = 0;
  for (const char* region : {"NO", "SE", "DK", "FI"}) {
    const auto& entry = metadata[region];
    const std::string code = entry["attributes"]["countryCode"].GetString();
    for (const auto& [type, description] : entry["types"].GetObject()) {
      if (!description.HasMember("exampleNumber") || !description["exampleNumber"].IsString()) {
        continue;
      }
      const std::string name = type.GetString();
      if (name == "uan" || name == "voicemail" || name == "pager") continue;  // not callable
      const std::string number = "+" + code + " " + description["exampleNumber"].GetString();
      EXPECT_THAT(engine.Values("Ring meg på " + number + " i dag", "PHONE_NUMBER"),
                  ElementsAre(number))
          << region << " " << name;
      ++checked;
    }
  }
  EXPECT_GE(checked, 16u);
}

TEST_F(SharedPhoneVectors, FindsNoShortOrEmergencyNumber) {
  std::ifstream lines(kPhoneData / "nordic_short_numbers.jsonl");
  TestEngine engine;
  std::string line;
  size_t checked = 0;
  while (std::getline(lines, line)) {
    rapidjson::Document record;
    record.Parse(line.c_str());
    ASSERT_TRUE(record.IsObject());
    const std::string number = record["number"].GetString();
    EXPECT_THAT(engine.Values("Ring " + number + " nå!", "PHONE_NUMBER"), IsEmpty()) << number;
    ++checked;
  }
  EXPECT_GT(checked, 20u);
}

}  // namespace
}  // namespace sladd
