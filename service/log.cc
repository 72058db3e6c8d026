#include "service/log.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <mutex>

namespace sladd {
namespace {

std::mutex& OutputMutex() {
  static std::mutex mutex;
  return mutex;
}

void WriteString(rapidjson::Writer<rapidjson::StringBuffer>& writer, std::string_view s) {
  writer.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

}  // namespace

struct LogLine::Impl {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer{buffer};
};

LogLine::LogLine(std::string_view level, std::string_view event) : impl_(std::make_unique<Impl>()) {
  const auto now = std::chrono::system_clock::now();
  const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
  const auto millis =
      std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm utc;
  gmtime_r(&seconds, &utc);
  char time[64];
  std::snprintf(time, sizeof time, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900,
                utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
                static_cast<int>(millis));
  impl_->writer.StartObject();
  impl_->writer.Key("time");
  WriteString(impl_->writer, time);
  impl_->writer.Key("level");
  WriteString(impl_->writer, level);
  impl_->writer.Key("event");
  WriteString(impl_->writer, event);
}

LogLine::~LogLine() {
  impl_->writer.EndObject();
  std::lock_guard<std::mutex> lock(OutputMutex());
  std::fprintf(stderr, "%s\n", impl_->buffer.GetString());
  std::fflush(stderr);
}

LogLine& LogLine::Add(std::string_view key, std::string_view value) {
  WriteString(impl_->writer, key);
  WriteString(impl_->writer, value);
  return *this;
}

LogLine& LogLine::Add(std::string_view key, int64_t value) {
  WriteString(impl_->writer, key);
  impl_->writer.Int64(value);
  return *this;
}

}  // namespace sladd
