#include "engine/utf8.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>

namespace sladd {
namespace {

TEST(Utf8, FindsTheFirstInvalidByte) {
  EXPECT_EQ(FindInvalidUtf8("hei på deg"), std::string_view("hei på deg").size());
  EXPECT_EQ(FindInvalidUtf8(""), 0u);
  EXPECT_EQ(FindInvalidUtf8("abc\xFFxyz"), 3u);
  EXPECT_EQ(FindInvalidUtf8("abcdefghijkl\xC3"), 12u);          // truncated
  EXPECT_EQ(FindInvalidUtf8("\xC0\xAF"), 0u);                    // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("a\xED\xA0\x80"), 1u);               // surrogate
  EXPECT_EQ(FindInvalidUtf8("\xF4\x90\x80\x80"), 0u);            // above U+10FFFF
  EXPECT_EQ(FindInvalidUtf8("\xF0\x9F\x98\x80 ok"), 7u);         // emoji is fine
}

TEST(Utf8, ReplacesIllFormedSequences) {
  EXPECT_EQ(ReplaceInvalidUtf8("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(ReplaceInvalidUtf8("\xE2\x82"), "\xEF\xBF\xBD");  // one maximal subpart
  EXPECT_EQ(ReplaceInvalidUtf8("ærlig"), "ærlig");
}

TEST(Utf8, TreatsLettersOfEveryScriptAsWordCharacters) {
  for (char32_t c : {U'a', U'Z', U'7', U'_', U'æ', U'ø', U'å', U'Æ', U'ß', U'ж', U'ü', U'λ',
                     U'中', U'\u0301' /* combining acute */}) {
    EXPECT_TRUE(IsWordCodePoint(c)) << static_cast<uint32_t>(c);
  }
  for (char32_t c : {U' ', U'-', U'.', U'«', U'»', U'€', U'\u00A0', U'😀'}) {
    EXPECT_FALSE(IsWordCodePoint(c)) << static_cast<uint32_t>(c);
  }
}

TEST(Utf8, ClassifiesLatin1WithoutIcuAsIcuDoes) {
  // The Latin-1 letters have a fast path; it must agree with ICU on every code point.
  for (char32_t c = 0xC0; c <= 0xFF; ++c) {
    EXPECT_EQ(IsWordCodePoint(c), u_isalnum(static_cast<UChar32>(c)) != 0) << uint32_t{c};
    EXPECT_EQ(IsUpperCodePoint(c), u_isupper(static_cast<UChar32>(c)) != 0) << uint32_t{c};
  }
  EXPECT_FALSE(IsWordCodePoint(U'×'));
  EXPECT_FALSE(IsUpperCodePoint(U'ÿ'));
  EXPECT_TRUE(IsUpperCodePoint(U'Ø'));
}

TEST(Utf8, DecodesAroundAnOffset) {
  const std::string_view text = "hø12";
  EXPECT_EQ(CodePointBefore(text, 3), U'ø');
  EXPECT_EQ(CodePointAt(text, 1), U'ø');
  EXPECT_EQ(PreviousCodePointStart(text, 3), 1u);
  EXPECT_EQ(NextCodePointStart(text, 1), 3u);
  EXPECT_TRUE(WordCharBefore(text, 3));
  EXPECT_FALSE(WordCharBefore(text, 0));
  EXPECT_FALSE(WordCharAt(text, text.size()));
}

TEST(Utf8, FoldsCaseAcrossScripts) {
  EXPECT_EQ(FoldCase("ØSTBY Ærlig"), "østby ærlig");
  EXPECT_EQ(CountCodePoints("blåbær"), 6u);
}

}  // namespace
}  // namespace sladd
