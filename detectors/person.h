// PERSON: names of people in Norwegian (bokmål, nynorsk) and English chat and lead messages.
//
// Three sources of evidence, merged per word:
//  - a learned tagger (detectors/person_tagger.h) over word shape, affixes, neighbouring
//    words and name-list membership, trained on NorNE: finds capitalised names in running
//    text ("Jeg snakket med Kari Nordmann i går");
//  - chat cues the news-trained model has never seen: introductions ("jeg heter ola hansen",
//    "my name is", "navn:", "Kontaktperson: fru Hansen") accept lowercase names, greetings
//    and sign-offs ("Hei Kari", "mvh Ola", "Hilsen Per-Arne Østby", "Hi, this is John
//    Smith") accept capitalised words and known names;
//  - first names that are no word in Norwegian or English, written in lowercase anywhere
//    but where it says where ("emma kommer i morgen", not "i live in austin"), at a lower
//    score, and capitalised where one stands alone and the tagger passed it over ("Greg
//    called me"), as the tagger's own names.
//  - user names of first names and a surname in logs and paths ("ola.nordmann",
//    "kari_hansen"; detectors/person_user_names.h), at a lower score.
// A name found once is also found where the text repeats it.
// Titles ("fru", "Mr.") are left out of the span; genitives ("Karis") are kept in.
//
// Immutable after Create and safe to share between threads; the weights and name lists are
// built into the binary. Each thread keeps its own word buffers (thread_local) between
// texts, so a message costs no allocation once the thread has seen a long one.
#ifndef SLADD_DETECTORS_PERSON_H_
#define SLADD_DETECTORS_PERSON_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "detectors/person_tagger.h"
#include "detectors/person_words.h"
#include "engine/detector.h"

namespace sladd {

class PersonDetector final : public Detector {
 public:
  // Loads the built-in weights and name lists; fails only if they are corrupt.
  static absl::StatusOr<std::unique_ptr<PersonDetector>> Create();

  // What the registry knows before making one (engine/detector_registry.h).
  static constexpr std::string_view kName = "person";
  static std::vector<std::string_view> Types() { return {"PERSON"}; }

  std::string_view name() const override { return kName; }
  std::vector<std::string_view> types() const override { return Types(); }
  bool reads_text() const override { return true; }
  void ConfirmText(const ScanView& view, std::vector<Finding>& out) const override;
  // Case-folded: "Kari" and "KARI" are one person.
  std::string Normalize(std::string_view type, std::string_view value) const override;

 private:
  PersonDetector(PersonModel model, NameLists names, PersonWordRoles word_roles)
      : model_(std::move(model)), names_(std::move(names)), word_roles_(std::move(word_roles)) {}

  // A name found once names its other capitalised occurrences in the text: a chat or a
  // transcript speaks of the same people ("jeg heter Kari Nordmann" ... "Kari her igjen").
  // Adds them after out[first, end), the findings of this text; texts up to 64 KiB.
  void AddRepeatedNames(std::string_view text, size_t first, std::vector<Finding>& out) const;
  // Adds the first name alone on the text's last line that signs it (SigningFirstName),
  // unless a finding after out[first] covers it.
  void AddSigningFirstName(std::string_view text, size_t first, std::vector<Finding>& out) const;

  // Finds names in text[begin, end), a stretch short enough to tag at once.
  void ConfirmSegment(std::string_view text, size_t begin, size_t end,
                      std::vector<Finding>& out) const;

  PersonModel model_;
  NameLists names_;
  PersonWordRoles word_roles_;
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_PERSON_H_
