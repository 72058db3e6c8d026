#include "cli/json_line.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace sladd {
namespace {

// One parse for several selectors (a record's fields, its message, its conversation's id):
// each value once, with the bits of the selectors that pick it; numbers only for those
// whose bits `numbers` holds.
TEST(JsonLineParser, MarksEachValueWithTheSelectorsThatPickIt) {
  const FieldSelector all = FieldSelector::All();
  const FieldSelector text = *FieldSelector::Parse("text");
  const FieldSelector conversation = *FieldSelector::Parse("meta.conversation,meta.n");
  const std::vector<const FieldSelector*> selectors = {&all, &text, &conversation};
  const std::string line = R"({"meta":{"conversation":"c1","n":7},"text":"ja","role":"user"})";
  const std::string padded = line + std::string(64, '\0');
  JsonLineParser parser;
  std::vector<JsonString> values;
  ASSERT_TRUE(parser
                  .Parse(std::string_view(padded).substr(0, line.size()), selectors,
                         /*numbers=*/4, values)
                  .ok());
  ASSERT_EQ(values.size(), 4u);
  EXPECT_EQ(values[0].value, "c1");
  EXPECT_EQ(values[0].selectors, 1u | 4u);
  EXPECT_EQ(values[1].value, "7");  // a number: for the conversation's selector only
  EXPECT_EQ(values[1].selectors, 4u);
  EXPECT_EQ(values[2].value, "ja");
  EXPECT_EQ(values[2].selectors, 1u | 2u);
  EXPECT_EQ(values[3].value, "user");
  EXPECT_EQ(values[3].selectors, 1u);
  // Without number bits, no number.
  values.clear();
  ASSERT_TRUE(parser
                  .Parse(std::string_view(padded).substr(0, line.size()), selectors,
                         /*numbers=*/0, values)
                  .ok());
  EXPECT_EQ(values.size(), 3u);
}

}  // namespace
}  // namespace sladd
