#include "detectors/person_user_names.h"

#include <algorithm>
#include <string_view>

#include "absl/strings/ascii.h"
#include "detectors/context.h"

namespace sladd {
namespace {

// Only the name lists say the parts are names, but a log or a path that writes first names
// and a surname so names a person far more often than anything else. Below the tagger's.
constexpr double kUserNameScore = 0.7;
// A user name has at most this many names: "per.arne.olsen".
constexpr size_t kMaxUserNameParts = 3;

class UserNameFinder {
 public:
  explicit UserNameFinder(const TaggingContext& context) : context_(context) {}

  // Appends the user name that starts at token `i`, if one does; returns its last token,
  // or `i`.
  size_t AddAt(size_t i, std::vector<Finding>& out) const {
    if (context_.HasUnderscore(i)) {
      if (IsInPlace(i, i) &&
          AreJoinedNames(context_.raw(i), context_.FoldedForLookup(i).first)) {
        Add(i, i, out);
      }
      return i;
    }
    if (IsDotBetween(i - 2, i)) return i;
    const size_t last = LastDottedPart(i);
    if (last == i || !IsInPlace(i, last) || !AreDottedNames(i, last)) return i;
    Add(i, last, out);
    return last;
  }

 private:
  void Add(size_t first, size_t last, std::vector<Finding>& out) const {
    out.push_back({"PERSON", context_.token(first).start, context_.token(last).end,
                   kUserNameScore, "", "user_name"});
  }

  // Whether tokens `word` and `next` (== word + 2) are glued by a '.': "ola.nordmann".
  bool IsDotBetween(size_t word, size_t next) const {
    return next < context_.size() && context_.raw(word + 1) == "." &&
           context_.token(word).end == context_.token(word + 1).start &&
           context_.token(word + 1).end == context_.token(next).start;
  }

  // The last of the words that '.' glues to word `first`, at most kMaxUserNameParts in all,
  // and only the last with digits ("kari.hansen85"); `first` if none is.
  size_t LastDottedPart(size_t first) const {
    size_t last = first;
    while (last - first < 2 * (kMaxUserNameParts - 1) && IsDotBetween(last, last + 2) &&
           context_.IsWord(last + 2)) {
      last += 2;
      if (context_.HasDigit(last)) break;
    }
    return last;
  }

  // Whether `mark` is glued after token `i`: "." in "kari.hansen.no".
  bool IsMarkGluedAfter(size_t i, std::string_view mark) const {
    return i + 1 < context_.size() && context_.raw(i + 1) == mark &&
           context_.token(i).end == context_.token(i + 1).start;
  }

  // Whether `mark` is glued before token `i`: "/" in "/home/ola.nordmann".
  bool IsMarkGluedBefore(size_t i, std::string_view mark) const {
    return i > 0 && context_.raw(i - 1) == mark &&
           context_.token(i - 1).end == context_.token(i).start;
  }

  // Whether tokens [first, last], a user name by their words, stand where one does: not
  // before a host's or a file's next part or a call's parenthesis; not as the file at a
  // path's end ("src/ruby.lang") unless in a home directory ("cd /home/ola.nordmann",
  // "C:\Users\kari.hansen"); a directory on the way is a user's ("/srv/kari.hansen/docs").
  bool IsInPlace(size_t first, size_t last) const {
    if (IsMarkGluedAfter(last, ".") || IsMarkGluedAfter(last, "(")) return false;
    if (!IsMarkGluedBefore(first, "/") && !IsMarkGluedBefore(first, "\\")) return true;
    if (IsMarkGluedAfter(last, "/") || IsMarkGluedAfter(last, "\\")) return true;
    const std::string_view directory = context_.FoldedForLookup(first - 2).first;
    return directory == "home" || directory == "users";
  }

  // Whether words first, first + 2, ..., last are first names and a surname, maybe with
  // digits after it, none in capitals (a constant's name); or a lowercase initial and a
  // surname that is no word: "t.nguyen", "k.hansen2" (not a field of code: "e.target",
  // "p.price").
  bool AreDottedNames(size_t first, size_t last) const {
    if (context_.HasDigit(first) || context_.IsAllCaps(last) ||
        !IsSurnameWithDigits(context_.FoldedForLookup(last).first)) {
      return false;
    }
    if (const std::string_view initial = context_.raw(first);
        initial.size() == 1 && absl::ascii_islower(initial[0])) {
      return last == first + 2 && !context_.IsCommonWord(last) && !IsInCode(first, last);
    }
    for (size_t part = first; part < last; part += 2) {
      if (!context_.IsFirstName(part) || context_.IsAllCaps(part)) return false;
    }
    return true;
  }

  // Whether tokens [first, last] stand between a program's marks: "p.price = 3",
  // "if (s.young)"; a field of code, not a user.
  bool IsInCode(size_t first, size_t last) const {
    static constexpr std::string_view kBefore[] = {"=", "(", "[", "!", "{"};
    static constexpr std::string_view kAfter[] = {"=", ";", ")", "]", "+", "-", "*", ">", "<"};
    return (first > 0 && OneOf(context_.raw(first - 1), kBefore)) ||
           (last + 1 < context_.size() && OneOf(context_.raw(last + 1), kAfter));
  }

  // Whether `folded`, the folded form of `raw`, is first names and a surname joined by '_':
  // "kari_hansen". Identifiers join words so too ("mac_read", "price_cross", "REGINA_LANG"):
  // a first name in lowercase must be no ordinary word ("kari", not "mac" or "per"), and
  // the first is not in capitals.
  bool AreJoinedNames(std::string_view raw, std::string_view folded) const {
    if (raw.size() < 2 || absl::ascii_isupper(raw[1])) return false;
    size_t parts = 0;
    for (size_t start = 0;;) {
      const size_t end = std::min(folded.find('_', start), folded.size());
      const std::string_view part = folded.substr(start, end - start);
      const bool surname = end == folded.size();
      const uint8_t lists = surname ? 0 : context_.ListsOf(part);
      if (part.size() < 2 || ++parts > kMaxUserNameParts ||
          (surname ? !IsSurnameWithDigits(part) : (lists & NameLists::kFirst) == 0)) {
        return false;
      }
      if (parts == 1 && raw[0] == folded[0] && (lists & NameLists::kLowercaseFirst) == 0) {
        return false;
      }
      if (surname) return parts >= 2;
      start = end + 1;
    }
  }

  // Whether `folded` is a surname the lists know, maybe with up to four digits after it, as
  // user names number people of one name ("hansen85"); no other digit.
  bool IsSurnameWithDigits(std::string_view folded) const {
    size_t letters = folded.size();
    while (letters > 0 && absl::ascii_isdigit(folded[letters - 1])) --letters;
    const std::string_view surname = folded.substr(0, letters);
    return folded.size() - letters <= 4 && surname.size() >= 2 &&
           std::none_of(surname.begin(), surname.end(),
                        [](char c) { return absl::ascii_isdigit(c); }) &&
           (context_.ListsOf(surname) & NameLists::kLast) != 0;
  }

  const TaggingContext& context_;
};

}  // namespace

void FindUserNames(const TaggingContext& context, std::vector<Finding>& out) {
  if (!context.MayHoldUserNames()) return;
  const UserNameFinder finder(context);
  for (size_t i = 0; i < context.size(); ++i) {
    if (context.MayBeUserName(i)) i = finder.AddAt(i, out);
  }
}

}  // namespace sladd
