#include "detectors/word_forms.h"

#include <gtest/gtest.h>

namespace sladd {
namespace {

NameLists Lists() {
  return NameLists::Parse({.common_words = "app\nnummer\nordre\nstrøm\nhukommelse\ngrov\nbrød\n"
                                           "far\ndal\nskole\nblå\nbær\n",
                           .known_words = "sporing\n"});
}

TEST(WordForms, KnowsInflectedFormsOfKnownWords) {
  const NameLists lists = Lists();
  EXPECT_TRUE(IsWordForm(lists, "app"));
  EXPECT_TRUE(IsWordForm(lists, "appen"));
  EXPECT_TRUE(IsWordForm(lists, "hukommelsen"));  // -n after an -e
  EXPECT_TRUE(IsWordForm(lists, "strømmen"));     // the consonant doubled
  EXPECT_TRUE(IsWordForm(lists, "skolene"));
  EXPECT_TRUE(IsWordForm(lists, "sporinga"));     // a known word, not a common one
}

TEST(WordForms, KnowsCompoundsOfKnownWords) {
  const NameLists lists = Lists();
  EXPECT_TRUE(IsWordForm(lists, "grovbrød"));
  EXPECT_TRUE(IsWordForm(lists, "ordrenummeret"));
  EXPECT_TRUE(IsWordForm(lists, "sporingsnummer"));  // the linking -s
  EXPECT_TRUE(IsWordForm(lists, "blåbær"));           // split between letters beyond ASCII
}

TEST(WordForms, LeavesNamesAndShortPartsAlone) {
  const NameLists lists = Lists();
  EXPECT_FALSE(IsWordForm(lists, "robolis"));
  EXPECT_FALSE(IsWordForm(lists, "hersoug"));
  // "far" and "dal" are words, but a last part under four bytes is not taken: most
  // surnames end so.
  EXPECT_FALSE(IsWordForm(lists, "fardal"));
  // A stem under three bytes is not taken either: "ap-en".
  EXPECT_FALSE(IsWordForm(lists, "apen"));
  // Hyphenated words are names or named compounds: never taken apart.
  EXPECT_FALSE(IsWordForm(lists, "app-nummer"));
  EXPECT_FALSE(IsWordForm(lists, ""));
}

}  // namespace
}  // namespace sladd
