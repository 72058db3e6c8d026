#include "cli/conversation_turns.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <string_view>

namespace sladd {
namespace {

// Lines, each followed by the padding the JSON parser reads past its end.
class Lines {
 public:
  std::string_view operator()(const std::string& line) {
    return std::string_view(held_.emplace_back(line + std::string(64, '\0')))
        .substr(0, line.size());
  }

 private:
  std::deque<std::string> held_;
};

class ConversationTurnsTest : public ::testing::Test {
 protected:
  const FieldSelector conversation_ = *FieldSelector::Parse("meta.conversation");
  const FieldSelector text_ = *FieldSelector::Parse("text");
  ConversationTurns turns_{conversation_, text_};
  Lines lines_;
};

TEST_F(ConversationTurnsTest, ARecordAnswersTheOneBeforeItInItsConversation) {
  turns_.Restart("");
  EXPECT_EQ(turns_.Next(lines_(R"({"meta":{"conversation":"c1"},"text":"Har du diabetes?"})")), "");
  EXPECT_EQ(turns_.Next(lines_(R"({"meta":{"conversation":"c1"},"text":"ja"})")),
            "Har du diabetes?");
  EXPECT_EQ(turns_.Next(lines_(R"({"meta":{"conversation":"c2"},"text":"ja"})")), "");
  // Numbers are ids too.
  EXPECT_EQ(turns_.Next(lines_(R"({"meta":{"conversation":7},"text":"Er du organisert?"})")), "");
  EXPECT_EQ(turns_.Next(lines_(R"({"meta":{"conversation":7 },"text":"ja"})")),
            "Er du organisert?");
}

TEST_F(ConversationTurnsTest, ARecordWithoutIdOrNotJsonEndsTheConversation) {
  turns_.Restart("");
  turns_.Next(lines_(R"({"meta":{"conversation":"c1"},"text":"Har du diabetes?"})"));
  EXPECT_EQ(turns_.Next(lines_(R"({"text":"hallo"})")), "");
  EXPECT_EQ(turns_.Next(lines_(R"({"meta":{"conversation":"c1"},"text":"ja"})")), "");
  turns_.Next(lines_(R"({"meta":{"conversation":"c1"},"text":"Har du diabetes?"})"));
  EXPECT_EQ(turns_.Next(lines_("{not json")), "");
  EXPECT_EQ(turns_.Next(lines_(R"({"meta":{"conversation":"c1"},"text":"ja"})")), "");
  // A record without a message answers its turn and leaves nothing to answer.
  EXPECT_EQ(turns_.Next(lines_(R"({"meta":{"conversation":"c1"}})")), "ja");
  EXPECT_EQ(turns_.Next(lines_(R"({"meta":{"conversation":"c1"},"text":"ja"})")), "");
}

TEST_F(ConversationTurnsTest, RestartsAfterTheLineBeforeABatch) {
  turns_.Next(lines_(R"({"meta":{"conversation":"c1"},"text":"Hva heter du?"})"));
  turns_.Restart(lines_(R"({"meta":{"conversation":"c2"},"text":"Har du allergier?"})"));
  EXPECT_EQ(turns_.Next(lines_(R"({"meta":{"conversation":"c2"},"text":"ja, nøtter"})")),
            "Har du allergier?");
  turns_.Restart("");
  EXPECT_EQ(turns_.Next(lines_(R"({"meta":{"conversation":"c2"},"text":"ja"})")), "");
}

}  // namespace
}  // namespace sladd
