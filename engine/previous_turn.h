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

// The longest question of a previous turn that is read: a form's question (its last
// sentence; a turn's earlier sentences are not read).
inline constexpr size_t kMaxPreviousQuestionBytes = 120;

// Writes the transcript of `previous_turn`'s question and `message` into `transcript` and
// returns where the message starts in it, if the turn ends in a question of at most
// kMaxPreviousQuestionBytes bytes in its last sentence; nullopt, `transcript` untouched, if
// it asks nothing. Both are valid UTF-8.
std::optional<size_t> WriteAnsweredTurn(std::string_view previous_turn, std::string_view message,
                                        std::string& transcript);

}  // namespace sladd

#endif  // SLADD_ENGINE_PREVIOUS_TURN_H_
