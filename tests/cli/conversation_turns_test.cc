#include "cli/conversation_turns.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace sladd {
namespace {

// Lines, each followed by the padding the JSON parser reads past its end.
class Lines {
 public:
  std::string_view operator()(const std::string& line) {
    return std::string_view(held_.emplace_back(line + std::string(64, '\0')))
        .substr(0, line.size());
  }
  // The lines of `text`, each ended by '\n' there.
  std::vector<std::string_view> Each(const std::string& text) {
    std::vector<std::string_view> lines;
    for (size_t start = 0, end; (end = text.find('\n', start)) != std::string::npos;
         start = end + 1) {
      lines.push_back((*this)(text.substr(start, end - start)));
    }
    return lines;
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
  turns_.Restart({});
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
  turns_.Restart({});
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

std::string Record(const std::string& conversation, const std::string& text) {
  return R"({"meta":{"conversation":")" + conversation + R"("},"text":")" + text + R"("})";
}

// Logs write the turns of conversations held at once side by side.
TEST_F(ConversationTurnsTest, PairsInterleavedConversationsWithinTheWindow) {
  ConversationTurns turns(conversation_, text_, /*window=*/3);
  turns.Restart({});
  EXPECT_EQ(turns.Next(lines_(Record("a", "Hva heter du?"))), "");
  EXPECT_EQ(turns.Next(lines_(Record("b", "Har du allergier?"))), "");
  EXPECT_EQ(turns.Next(lines_("{not json")), "");
  EXPECT_EQ(turns.Next(lines_(Record("a", "ola"))), "Hva heter du?");
  EXPECT_EQ(turns.Next(lines_(Record("b", "ja, nøtter"))), "Har du allergier?");
  EXPECT_EQ(turns.Next(lines_(Record("a", "Og etternavn?"))), "ola");
  // Three lines on, "Og etternavn?" has left the window; "ja, nøtter" is the last of b.
  EXPECT_EQ(turns.Next(lines_(Record("c", "1"))), "");
  EXPECT_EQ(turns.Next(lines_(Record("c", "2"))), "1");
  EXPECT_EQ(turns.Next(lines_(Record("b", "takk"))), "");
  EXPECT_EQ(turns.Next(lines_(Record("a", "nordmann"))), "");
  EXPECT_EQ(turns.Next(lines_(Record("c", "3"))), "2");
  EXPECT_EQ(turns.Next(lines_(Record("b", "ok"))), "takk");
}

// A conversation whose last record is still in the window keeps it there when an older
// record of it leaves.
TEST_F(ConversationTurnsTest, AnOlderRecordLeavingTheWindowLeavesTheLastOne) {
  ConversationTurns turns(conversation_, text_, /*window=*/2);
  turns.Restart({});
  turns.Next(lines_(Record("a", "1")));
  EXPECT_EQ(turns.Next(lines_(Record("a", "2"))), "1");
  EXPECT_EQ(turns.Next(lines_(Record("b", "x"))), "");  // "1" leaves
  EXPECT_EQ(turns.Next(lines_(Record("a", "3"))), "2");
  EXPECT_EQ(turns.Next(lines_(Record("b", "y"))), "x");
}

// A batch starts after the lines before it; with any number of them, it reads as if it
// had followed them, and only those in the window count.
TEST_F(ConversationTurnsTest, RestartsAfterTheLinesBeforeABatchAsIfReadInOrder) {
  ConversationTurns turns(conversation_, text_, /*window=*/2);
  const std::string before = Record("a", "Hva heter du?") + "\n" + Record("b", "Kjønn?") + "\n" +
                             Record("c", "Alder?") + "\n";
  turns.Restart(lines_.Each(before));
  EXPECT_EQ(turns.Next(lines_(Record("a", "ola"))), "");  // three lines back
  turns.Restart(lines_.Each(before));
  EXPECT_EQ(turns.Next(lines_(Record("b", "mann"))), "Kjønn?");
  turns.Restart(lines_.Each(before + "\n"));  // a blank line takes a place
  EXPECT_EQ(turns.Next(lines_(Record("b", "mann"))), "");
  EXPECT_EQ(turns.Next(lines_(Record("c", "40"))), "");
}

TEST_F(ConversationTurnsTest, RestartsAfterTheLineBeforeABatch) {
  turns_.Next(lines_(R"({"meta":{"conversation":"c1"},"text":"Hva heter du?"})"));
  turns_.Restart(lines_.Each(R"({"meta":{"conversation":"c2"},"text":"Har du allergier?"})"
                             "\n"));
  EXPECT_EQ(turns_.Next(lines_(R"({"meta":{"conversation":"c2"},"text":"ja, nøtter"})")),
            "Har du allergier?");
  turns_.Restart({});
  EXPECT_EQ(turns_.Next(lines_(R"({"meta":{"conversation":"c2"},"text":"ja"})")), "");
}

}  // namespace
}  // namespace sladd
