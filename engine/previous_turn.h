// The turn a message answers, such as a chatbot's last question ("Har du noen allergier vi
// bør vite om?"), read before the message as the detectors read a chat transcript's turns
// ("Agent: <question>" then "Kunde: <message>"), so that a short answer ("ja, nøtter") is
// found as the writer's answer to a question of a category, and "nei" as nothing.
//
// Pure functions; the transcript is the caller's buffer, reused so that steady-state use
// does not allocate.
#ifndef SLADD_ENGINE_PREVIOUS_TURN_H_
#define SLADD_ENGINE_PREVIOUS_TURN_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace sladd {

// The longest question of a previous turn that is read: a form's question (one sentence;
// a turn's earlier sentences are not read).
inline constexpr size_t kMaxPreviousQuestionBytes = 120;
// What may follow the turn's last question and leave it the question answered: an emoji,
// an example in brackets, a short request ("Har du noen allergier? 😊", "Any allergies?
// (e.g. nuts, gluten)", "Har du noen allergier? Svar gjerne kort.").
inline constexpr size_t kMaxRemarkAfterQuestionBytes = 80;

// Writes the transcript of `previous_turn`'s question and `message` into `transcript` and
// returns where the message starts in it, if the turn's last question, of at most
// kMaxPreviousQuestionBytes bytes, ends it or is followed by at most
// kMaxRemarkAfterQuestionBytes of remark; nullopt, `transcript` untouched, if it asks
// nothing. Both are valid UTF-8.
std::optional<size_t> WriteAnsweredTurn(std::string_view previous_turn, std::string_view message,
                                        std::string& transcript);

}  // namespace sladd

#endif  // SLADD_ENGINE_PREVIOUS_TURN_H_
