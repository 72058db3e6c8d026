// LazyContextIndex: context words are searched only where asked, each word start once.
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "engine/scanner.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace sladd {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

using Hit = std::tuple<uint32_t, size_t, size_t>;  // id, start, end

std::vector<Hit> Hits(const std::vector<ContextHit>& hits) {
  std::vector<Hit> out;
  for (const ContextHit& hit : hits) out.emplace_back(hit.id, hit.start, hit.end);
  return out;
}

class LazyContextIndexTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // Group 0 has two words; "telefonnummer" is the longest (13 bytes).
    auto scanner = Scanner::Compile({}, {{"tlf", 1}, {"telefonnummer", 2}});
    ASSERT_TRUE(scanner.ok()) << scanner.status();
    scanner_ = std::move(*scanner);
    ASSERT_TRUE(scanner_->Scan(text_, nullptr, buffers_).ok());
  }

  // Words at [0, 3), [7, 20), [27, 30) and [33, 46).
  const std::string text_ = "tlf 1, telefonnummer 2, og tlf 3 telefonnummer";
  std::unique_ptr<Scanner> scanner_;
  ScanBuffers buffers_;
};

TEST_F(LazyContextIndexTest, FindsTheWordsEndingFromFirstEndAndStartingUpToLastStart) {
  LazyContextIndex index(*scanner_, text_, buffers_);
  // "telefonnummer" starts before 20 and ends at it; "tlf" starts at 27.
  EXPECT_THAT(Hits(index.Cover(0, 20, 27)), ElementsAre(Hit{2, 7, 20}, Hit{1, 27, 30}));
}

TEST_F(LazyContextIndexTest, SearchesEachWordStartOnce) {
  LazyContextIndex index(*scanner_, text_, buffers_);
  index.Cover(0, 25, 30);
  index.Cover(0, 0, 3);
  // Overlapping the two ranges above and the gap between them: nothing twice, and the hits
  // stay sorted by end.
  EXPECT_THAT(Hits(index.Cover(0, 0, text_.size())),
              ElementsAre(Hit{1, 0, 3}, Hit{2, 7, 20}, Hit{1, 27, 30}, Hit{2, 33, 46}));
}

TEST_F(LazyContextIndexTest, AGroupWithoutWordsHasNoHits) {
  LazyContextIndex index(*scanner_, text_, buffers_);
  EXPECT_THAT(index.Cover(3, 0, text_.size()), IsEmpty());
}

}  // namespace
}  // namespace sladd
