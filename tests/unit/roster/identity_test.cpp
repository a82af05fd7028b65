// The one normalisation rosters and sign-ups are both compared in, and the date check.
#include "core/access/identity.hpp"

#include <gtest/gtest.h>

namespace motus::core {
namespace {

TEST(Identity, NamesAreTrimmedCollapsedAndLowerCased) {
  EXPECT_EQ(normalise_name("  Mary \t  Jo\r\n"), "mary jo");
  EXPECT_EQ(normalise_name("O'NEIL-SMITH"), "o'neil-smith");
  EXPECT_EQ(normalise_name(""), "");
  EXPECT_EQ(normalise_name(" \t "), "");
}

TEST(Identity, LettersBeyondAsciiAreKeptAsTheyAre) {
  EXPECT_EQ(normalise_name("  Zoë  Ångström "), "zoë Ångström");
}

TEST(Identity, EmailsAreTrimmedAndLowerCased) {
  EXPECT_EQ(normalise_email("  Maya.Fernsby@Demo.EXAMPLE "), "maya.fernsby@demo.example");
}

TEST(Identity, ValidDatesAreRealCalendarDays) {
  EXPECT_TRUE(valid_date("1990-01-31"));
  EXPECT_TRUE(valid_date("2000-02-29"));
  EXPECT_TRUE(valid_date("1996-02-29"));
  EXPECT_FALSE(valid_date("1900-02-29"));
  EXPECT_FALSE(valid_date("1990-02-30"));
  EXPECT_FALSE(valid_date("1990-04-31"));
  EXPECT_FALSE(valid_date("1990-13-01"));
  EXPECT_FALSE(valid_date("1990-00-10"));
  EXPECT_FALSE(valid_date("1990-01-00"));
  EXPECT_FALSE(valid_date("0000-01-01"));
  EXPECT_FALSE(valid_date("1990-1-01"));
  EXPECT_FALSE(valid_date("01/02/1990"));
  EXPECT_FALSE(valid_date(" 1990-01-01"));
  EXPECT_FALSE(valid_date("1990-01-0a"));
  EXPECT_FALSE(valid_date(""));
}

}  // namespace
}  // namespace motus::core
