// Regression test: Hyperscan 5.4.0 reads past the end of the data on AVX512VBMI CPUs, which
// crashed on a text ending at a page boundary (found by tests/fuzz). The engine must scan
// such a text safely.
#include <sys/mman.h>
#include <unistd.h>

#include <cstring>
#include <string_view>

#include <gtest/gtest.h>

#include "tests/support/engine_fixture.h"

namespace sladd {
namespace {

TEST(ScannerPageBoundary, ScansATextEndingRightBeforeAnUnmappedPage) {
  const size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  void* memory = mmap(nullptr, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                      -1, 0);
  ASSERT_NE(memory, MAP_FAILED);
  char* base = static_cast<char*>(memory);
  ASSERT_EQ(mprotect(base + page, page, PROT_NONE), 0);

  testing::TestEngine engine;
  // The input the fuzzer found, then others that end on markers and numbers.
  for (std::string_view text :
       {std::string_view("8[at35n08nnrnnnnnnn[at]o.no]nnnunnnn.35n08nnnnnnnnnn[at]o.no]oo"),
        std::string_view("skriv til kari [at] firma [dot] no"), std::string_view("a@b.no"),
        std::string_view("ring 91234567"), std::string_view(" at ")}) {
    char* start = base + page - text.size();
    std::memcpy(start, text.data(), text.size());
    const std::string_view placed(start, text.size());
    engine.Find(placed);  // must not crash
    EXPECT_FALSE(engine.Redact(placed).empty());
  }
  munmap(memory, 2 * page);
}

}  // namespace
}  // namespace sladd
