#include "engine/previous_turn.h"

namespace sladd {
namespace {

// The speakers' labels the detectors read a transcript's turns by (detectors/form_fields.h).
constexpr std::string_view kAsker = "Agent: ";
constexpr std::string_view kAnswerer = "\nKunde: ";

}  // namespace

std::optional<size_t> WriteAnsweredTurn(std::string_view previous_turn, std::string_view message,
                                        std::string& transcript) {
  const size_t last = previous_turn.find_last_not_of(" \t\r\n");
  if (last == std::string_view::npos || previous_turn[last] != '?') return std::nullopt;
  // The last sentence, on its line: "Takk! Har du noen allergier?" asks "Har du noen
  // allergier?".
  const std::string_view asked = previous_turn.substr(0, last);
  const size_t before = asked.find_last_of(".!?\n");
  size_t start = before == std::string_view::npos ? 0 : before + 1;
  start = previous_turn.find_first_not_of(" \t\r", start);
  if (last + 1 - start > kMaxPreviousQuestionBytes) return std::nullopt;
  transcript.assign(kAsker);
  transcript.append(previous_turn.substr(start, last + 1 - start));
  transcript.append(kAnswerer);
  const size_t message_start = transcript.size();
  transcript.append(message);
  return message_start;
}

}  // namespace sladd
