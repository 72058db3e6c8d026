// A ByteSource over a string, for tests of readers.
#ifndef SLADD_TESTS_SUPPORT_STEPPED_SOURCE_H_
#define SLADD_TESTS_SUPPORT_STEPPED_SOURCE_H_

#include <algorithm>
#include <cstring>
#include <string>

#include "cli/byte_stream.h"

namespace sladd::testing {

// Hands out its text in reads of at most `step` bytes: every read boundary position.
class SteppedSource final : public ByteSource {
 public:
  SteppedSource(std::string text, size_t step) : text_(std::move(text)), step_(step) {}
  absl::StatusOr<size_t> Read(char* buffer, size_t size) override {
    const size_t n = std::min({size, step_, text_.size() - at_});
    std::memcpy(buffer, text_.data() + at_, n);
    at_ += n;
    return n;
  }
  size_t consumed() const override { return at_; }
  bool compressed() const override { return false; }
  size_t file_size() const override { return text_.size(); }

 private:
  std::string text_;
  size_t step_;
  size_t at_ = 0;
};

}  // namespace sladd::testing

#endif  // SLADD_TESTS_SUPPORT_STEPPED_SOURCE_H_
