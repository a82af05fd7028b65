#include "core/access/password_rules.hpp"

#include <gtest/gtest.h>

namespace motus::core {
namespace {

std::optional<PasswordRule> rule_for(std::string_view password,
                                     std::string_view email = "sam@example.com") {
  auto problem = check_password(password, email);
  if (!problem) return std::nullopt;
  return problem->rule;
}

TEST(PasswordRules, AcceptsALongUncommonPassphrase) {
  EXPECT_EQ(rule_for("river-lantern-oak-4"), std::nullopt);
}

TEST(PasswordRules, ElevenCharactersAreTooShortTwelveAreEnough) {
  EXPECT_EQ(rule_for("gxq7-vb2m-p9"), std::nullopt);
  EXPECT_EQ(rule_for("gxq7-vb2m-p"), PasswordRule::too_short);
}

TEST(PasswordRules, CountsCharactersNotBytes) {
  // Twelve letters, each two bytes in UTF-8.
  EXPECT_EQ(rule_for("éééééééééééé"), PasswordRule::one_character);
  EXPECT_EQ(rule_for("éàüöçñéàüöçñ"), std::nullopt);
  EXPECT_EQ(rule_for("éàüöçñ"), PasswordRule::too_short);
}

TEST(PasswordRules, RefusesVeryLongPasswords) {
  EXPECT_EQ(rule_for(std::string(200, 'a') + "b"), PasswordRule::too_long);
}

TEST(PasswordRules, RefusesOneCharacterOverAndOver) {
  EXPECT_EQ(rule_for("zzzzzzzzzzzzzzzz"), PasswordRule::one_character);
}

TEST(PasswordRules, RefusesCommonPasswordsWhateverTheirCase) {
  EXPECT_EQ(rule_for("password1234"), PasswordRule::common);
  EXPECT_EQ(rule_for("PassWord1234"), PasswordRule::common);
  EXPECT_EQ(rule_for("qwertyuiop123"), PasswordRule::common);
  EXPECT_TRUE(is_common_password("CorrectHorseBatteryStaple"));
  EXPECT_FALSE(is_common_password("river-lantern-oak-4"));
}

TEST(PasswordRules, RefusesThePersonsOwnEmailOrItsName) {
  EXPECT_EQ(rule_for("my-sam@example.com-pw"), PasswordRule::contains_email);
  EXPECT_EQ(rule_for("hello-jordan-2024", "Jordan@example.com"), PasswordRule::contains_email);
  // A short local part is too likely to appear by chance to refuse on.
  EXPECT_EQ(rule_for("sammy-is-my-cat", "sam@example.com"), std::nullopt);
}

TEST(PasswordRules, EveryRefusalHasACodeAndPlainWords) {
  for (const auto* password : {"short", "password1234", "aaaaaaaaaaaaa", "xx-sam@example.com"}) {
    auto problem = check_password(password, "sam@example.com");
    ASSERT_TRUE(problem) << password;
    EXPECT_EQ(problem->code.rfind("password_", 0), 0u) << problem->code;
    EXPECT_GT(problem->message.size(), 20u);
  }
}

}  // namespace
}  // namespace motus::core
