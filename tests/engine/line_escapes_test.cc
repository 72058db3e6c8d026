#include "engine/line_escapes.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace sladd {
namespace {

// `text` with its line escapes read, or "(as written)".
std::string Read(std::string_view text) {
  std::string view = "(as written)";
  if (!ReadLineEscapes(text, view)) return "(as written)";
  EXPECT_EQ(view.size(), text.size()) << text;
  return view;
}

TEST(LineEscapes, ReadsALogsEscapedLineBreaksInPlace) {
  EXPECT_EQ(Read(R"(msg="Hei\njeg har diabetes\r\nMvh Kari")"),
            "msg=\"Hei \njeg har diabetes \r \nMvh Kari\"");
  EXPECT_EQ(Read(R"(Ring meg\tpå\n91234567)"), "Ring meg \tpå \n91234567");
  // Other escapes of a JSON string stay as written, and may stand beside them.
  EXPECT_EQ(Read(R"(a=\"Kari\"\n\u00e6\\x)"), "a=\\\"Kari\\\" \n\\u00e6\\\\x");
}

TEST(LineEscapes, LeavesATextWithOtherBackslashesAsWritten) {
  EXPECT_EQ(Read(R"(C:\Users\nina.hansen\docs)"), "(as written)");
  EXPECT_EQ(Read(R"(pattern=\d+\n)"), "(as written)");
  EXPECT_EQ(Read(R"(bad \u00zz\n)"), "(as written)");
  EXPECT_EQ(Read(R"(ends in a backslash\n\)"), "(as written)");
  // An escaped backslash before an "n" is no line break, and a text with none is left.
  EXPECT_EQ(Read(R"(C:\\new\\file)"), "(as written)");
  EXPECT_EQ(Read("no escapes"), "(as written)");
  EXPECT_FALSE(MayHoldLineEscapes("no escapes"));
  EXPECT_TRUE(MayHoldLineEscapes(R"(a\nb)"));
}

}  // namespace
}  // namespace sladd
