#include "engine/previous_turn.h"

#include "engine/sentences.h"

namespace sladd {
namespace {

// The speakers' labels the detectors read a transcript's turns by (detectors/form_fields.h).
constexpr std::string_view kAsker = "Agent: ";
constexpr std::string_view kAnswerer = "\nKunde: ";

}  // namespace

std::optional<size_t> WriteAnsweredTurn(std::string_view previous_turn, std::string_view message,
                                        std::string& transcript) {
  // The last question, one sentence on its line: "Takk! Har du noen allergier? 😊" asks
  // "Har du noen allergier?".
  const std::optional<std::string_view> question =
      ClosingQuestion(previous_turn, kMaxRemarkAfterQuestionBytes);
  if (!question || question->size() > kMaxPreviousQuestionBytes) return std::nullopt;
  transcript.assign(kAsker);
  transcript.append(*question);
  transcript.append(kAnswerer);
  const size_t message_start = transcript.size();
  transcript.append(message);
  return message_start;
}

}  // namespace sladd
