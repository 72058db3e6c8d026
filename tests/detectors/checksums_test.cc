#include "detectors/checksums.h"

#include <gtest/gtest.h>

namespace sladd {
namespace {

TEST(NormalForms, KeepOnlyWhatIdentifiesTheValue) {
  EXPECT_EQ(DigitsOnly("412 34 567"), "41234567");
  EXPECT_EQ(UppercaseAlphanumerics("FH 254787"), "FH254787");
  EXPECT_EQ(UppercaseAlphanumerics("el-12345"), "EL12345");
  EXPECT_EQ(UppercaseAlphanumerics("ab12 cde."), "AB12CDE");
  EXPECT_EQ(UppercaseAlphanumerics("ø 12"), "12");
}

}  // namespace
}  // namespace sladd
