#include "core/care/contact.hpp"

#include <gtest/gtest.h>

namespace motus::core::care {
namespace {

TEST(Contact, APhoneNumberIsDigitsWithTheUsualMarks) {
  EXPECT_FALSE(phone_problem(""));
  EXPECT_FALSE(phone_problem("   "));
  EXPECT_FALSE(phone_problem("+44 1632 960123"));
  EXPECT_FALSE(phone_problem("(555) 010-4477"));
  EXPECT_FALSE(phone_problem("030.1234.5678"));
  EXPECT_EQ(phone_problem("call me")->field, "phone");
  EXPECT_TRUE(phone_problem("555-0104 ext 2"));
  EXPECT_TRUE(phone_problem("44+1632960123")) << "a + only first";
  EXPECT_TRUE(phone_problem("12345")) << "too few digits";
  EXPECT_TRUE(phone_problem("1234567890123456")) << "more than 15 digits";
  EXPECT_TRUE(phone_problem("=1+2 555 0104"));
}

TEST(Contact, ATelLinkKeepsThePlusAndTheDigits) {
  EXPECT_EQ(tel_link(" +44 (1632) 960-123 "), "tel:+441632960123");
  EXPECT_EQ(tel_link("555 010 4477"), "tel:5550104477");
}

TEST(Contact, TheTimeToCallIsOneShortLine) {
  EXPECT_FALSE(call_time_problem(""));
  EXPECT_FALSE(call_time_problem("Weekdays after 6 pm, not before 9 am"));
  EXPECT_TRUE(call_time_problem(std::string(81, 'a')));
  EXPECT_TRUE(call_time_problem("mornings\nonly"));
  EXPECT_EQ(trimmed("  evenings "), "evenings");
}

}  // namespace
}  // namespace motus::core::care
