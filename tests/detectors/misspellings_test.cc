#include "detectors/misspellings.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "detectors/special_lexicon.h"
#include "tests/support/engine_fixture.h"

namespace sladd {
namespace {

using testing::Found;
using testing::TestEngine;

SpecialLexicon SmallLexicon() {
  auto lexicon = SpecialLexicon::Parse(
      {{"h.txt", 0,
        "diabetes\nmigraine\npneumonia\n~swinger\n?asthmatic\ner |autistic\nkreft\n"
        "cerebral palsy\nmultippel skleroze\n"}},
      {.person_cues = "jeg\n", .compound_heads = "medisin\n"});
  EXPECT_TRUE(lexicon.ok()) << lexicon.status();
  return *std::move(lexicon);
}

// The text of the term `word` is taken for, or "" for none.
std::string Misspelt(const TermMisspellings& misspellings, const SpecialLexicon& lexicon,
                     std::string_view word) {
  const std::optional<TermMisspellings::Reached> reached = misspellings.TermMisspelt(word);
  return reached ? lexicon.terms()[reached->term].text : "";
}

TEST(TermMisspellings, OneEditFromATermOfSevenLettersOrMore) {
  const SpecialLexicon lexicon = SmallLexicon();
  const TermMisspellings misspellings(lexicon, {});
  EXPECT_EQ(Misspelt(misspellings, lexicon, "diabeties"), "diabetes");  // a letter added
  EXPECT_EQ(Misspelt(misspellings, lexicon, "Pnemonia"), "pneumonia");  // one left out
  EXPECT_EQ(Misspelt(misspellings, lexicon, "diabetis"), "diabetes");   // one changed
  EXPECT_EQ(Misspelt(misspellings, lexicon, "diabeets"), "diabetes");   // two swapped
  EXPECT_EQ(Misspelt(misspellings, lexicon, "migranes"), "migraine");   // and inflected
  // Two edits, a term itself or inflected, and terms that need a cue or a word before.
  EXPECT_EQ(Misspelt(misspellings, lexicon, "dyabetis"), "");
  EXPECT_EQ(Misspelt(misspellings, lexicon, "diabetes"), "");
  EXPECT_EQ(Misspelt(misspellings, lexicon, "diabetesmedisin"), "");
  EXPECT_EQ(Misspelt(misspellings, lexicon, "asthmatik"), "");
  EXPECT_EQ(Misspelt(misspellings, lexicon, "autistc"), "");
  // Words shorter than seven letters, with other bytes, or too long.
  EXPECT_EQ(Misspelt(misspellings, lexicon, "krefft"), "");
  EXPECT_EQ(Misspelt(misspellings, lexicon, "diabet3s"), "");
  EXPECT_EQ(Misspelt(misspellings, lexicon, std::string(30, 'a')), "");
}

TEST(TermMisspellings, NoEnglishTermInANorwegianText) {
  const SpecialLexicon lexicon = SmallLexicon();
  const TermMisspellings misspellings(lexicon, {}, "# English\nPneumonia\n");
  EXPECT_EQ(Misspelt(misspellings, lexicon, "pnemonia"), "pneumonia");
  EXPECT_TRUE(misspellings.IsEnglishTerm(*misspellings.TermMisspelt("pnemonia")));
  EXPECT_FALSE(misspellings.IsEnglishTerm(*misspellings.TermMisspelt("diabetis")));
}

TEST(TermMisspellings, AWordOfATermOfSeveral) {
  const SpecialLexicon lexicon = SmallLexicon();
  const TermMisspellings misspellings(lexicon, {});
  EXPECT_EQ(Misspelt(misspellings, lexicon, "cerebal"), "cerebral palsy");
  const auto reached = misspellings.TermMisspelt("Cerebal");
  ASSERT_TRUE(reached.has_value());
  EXPECT_EQ(reached->word, 0u);
  const std::string_view text = "our son has Cerebal Palsy, and";
  const auto span = misspellings.SpanOf(*reached, text, 12, 19);
  ASSERT_TRUE(span.has_value());
  EXPECT_EQ(text.substr(span->first, span->second - span->first), "Cerebal Palsy");
  EXPECT_FALSE(misspellings.SpanOf(*reached, "our son has cerebal issues", 12, 19).has_value());
  const auto sclerosis = misspellings.TermMisspelt("sklerose");
  ASSERT_TRUE(sclerosis.has_value());
  const std::string_view norwegian = "har multippel sklerose";
  EXPECT_EQ(misspellings.SpanOf(*sclerosis, norwegian, 14, 22), (std::pair<size_t, size_t>(4, 22)));
}

// Forty-fourth session: a word many terms share is keyed once, and its terms are asked in
// the lexicon's order until one is accepted.
TEST(TermMisspellings, AWordOfSeveralTermsReachesEachInTurn) {
  auto lexicon =
      SpecialLexicon::Parse({{"h.txt", 0, "fractured wrist\nfractured ankle\nfractured\n"}}, {});
  ASSERT_TRUE(lexicon.ok()) << lexicon.status();
  const TermMisspellings misspellings(*lexicon, {});
  const auto first = misspellings.TermMisspelt("fracturd");
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(lexicon->terms()[first->term].text, "fractured wrist");
  const auto alone = misspellings.TermMisspelt("fracturd", [&](const auto& reached) {
    return lexicon->terms()[reached.term].text == "fractured";
  });
  ASSERT_TRUE(alone.has_value());
  EXPECT_EQ(lexicon->terms()[alone->term].text, "fractured");
}

TEST(TermMisspellings, NeverAWordOfTheDictionaries) {
  const SpecialLexicon lexicon = SmallLexicon();
  const TermMisspellings misspellings(lexicon, {"# real words\nMigraime\nsinger\n"});
  EXPECT_EQ(Misspelt(misspellings, lexicon, "migraime"), "");
  const TermMisspellings unguarded(lexicon, {});
  EXPECT_EQ(Misspelt(unguarded, lexicon, "migraime"), "migraine");
}

TEST(TermMisspellings, ALetterChangedOnlyByASlip) {
  // A vowel for a vowel, a neighbouring key or a letter of the same sound is a slip; other
  // changes make other words ("hengsel" is no "fengsel", "slanger" no "svanger").
  const SpecialLexicon lexicon = SmallLexicon();
  const TermMisspellings misspellings(lexicon, {});
  EXPECT_EQ(Misspelt(misspellings, lexicon, "diabetus"), "diabetes");   // vowels
  EXPECT_EQ(Misspelt(misspellings, lexicon, "diabetea"), "diabetes");   // s and a neighbours
  EXPECT_EQ(Misspelt(misspellings, lexicon, "pneumomia"), "pneumonia");  // n and m neighbours
  EXPECT_EQ(Misspelt(misspellings, lexicon, "diabetez"), "diabetes");   // one sound
  EXPECT_EQ(Misspelt(misspellings, lexicon, "pneumonic"), "");
  EXPECT_EQ(Misspelt(misspellings, lexicon, "diabetel"), "");
  EXPECT_EQ(Misspelt(misspellings, lexicon, "diabetek"), "");
}

TEST(SpecialCategoryMisspellings, FoundWithAPersonOnly) {
  const TestEngine engine(R"({"name":"s","types":["SPECIAL_CATEGORY"]})");
  auto health = [&](std::string_view text) { return engine.Values(text, "HEALTH_DATA"); };
  EXPECT_EQ(health("sorry for the late reply, i have diabeties"),
            std::vector<std::string>{"diabeties"});
  EXPECT_EQ(health("can i get a refund, im pregnent and cant fly"),
            std::vector<std::string>{"pregnent"});
  EXPECT_EQ(health("I suffer from migranes"), std::vector<std::string>{"migranes"});
  const std::vector<Found> found = engine.Find("My mum has altzheimers");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, "misspelling");
  // No one near; a real word ("additions", "humours"); a name in a sentence.
  EXPECT_TRUE(health("Diabeties awareness week starts today").empty());
  EXPECT_TRUE(health("I have additions to the order").empty());
  EXPECT_TRUE(health("My son loves the humours of the show").empty());
  EXPECT_TRUE(health("I met Pnemonia at the party").empty());
  // Norwegian misspellings, but not of an English term ("speiding" is scouting).
  EXPECT_EQ(health("jeg har epelepsi og kan ikke kjøre"), std::vector<std::string>{"epelepsi"});
  EXPECT_EQ(health("har fått migrenne igjen, jeg"), std::vector<std::string>{"migrenne"});
  EXPECT_TRUE(health("Jeg har 3 barn og 2 katter, og jeg driver med speiding").empty());
  EXPECT_TRUE(engine.Values("Jeg driver med speiding", "CRIMINAL_OFFENCE").empty());
}

}  // namespace
}  // namespace sladd
