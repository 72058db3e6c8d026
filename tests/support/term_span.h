// Where a term stands in a text, for the tests of checks that take a term's offsets.
#ifndef SLADD_TESTS_SUPPORT_TERM_SPAN_H_
#define SLADD_TESTS_SUPPORT_TERM_SPAN_H_

#include <gtest/gtest.h>

#include <cstddef>
#include <string_view>
#include <utility>

namespace sladd::testing {

// The offsets of `term` in `text` (its first occurrence); a failure if it is not there.
inline std::pair<size_t, size_t> Span(std::string_view text, std::string_view term) {
  const size_t start = text.find(term);
  EXPECT_NE(start, std::string_view::npos) << term;
  return {start, start + term.size()};
}

}  // namespace sladd::testing

#endif  // SLADD_TESTS_SUPPORT_TERM_SPAN_H_
