// Structured log lines on stderr, one JSON object per line.
//
//   LogLine("info", "reload").Add("generation", 3);
//
// Only facts about the server go into a line (events, counts, addresses, field paths of a
// bad policy file): never message text, found values or keys.
#ifndef SLADD_SERVICE_LOG_H_
#define SLADD_SERVICE_LOG_H_

#include <cstdint>
#include <memory>
#include <string_view>

namespace sladd {

// Written when it goes out of scope. Thread-safe: lines never interleave.
class LogLine {
 public:
  LogLine(std::string_view level, std::string_view event);
  ~LogLine();
  LogLine(const LogLine&) = delete;
  LogLine& operator=(const LogLine&) = delete;

  LogLine& Add(std::string_view key, std::string_view value);
  LogLine& Add(std::string_view key, int64_t value);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace sladd

#endif  // SLADD_SERVICE_LOG_H_
