#include "core/access/first_password.hpp"

#include <gtest/gtest.h>

namespace motus::core {
namespace {

TEST(FirstPassword, OnlyWhoAmIThePasswordChangeAndLogOutAreOpen) {
  EXPECT_TRUE(allowed_before_own_password("GET", "/api/v1/me"));
  EXPECT_TRUE(allowed_before_own_password("HEAD", "/api/v1/me"));
  EXPECT_TRUE(allowed_before_own_password("GET", "/api/v1/auth/session"));
  EXPECT_TRUE(allowed_before_own_password("POST", "/api/v1/me/password"));
  EXPECT_TRUE(allowed_before_own_password("POST", "/api/v1/auth/logout"));
  EXPECT_FALSE(allowed_before_own_password("GET", "/api/v1/care/queue"));
  EXPECT_FALSE(allowed_before_own_password("GET", "/api/v1/me/password"));
  EXPECT_FALSE(allowed_before_own_password("DELETE", "/api/v1/me"));
  EXPECT_FALSE(allowed_before_own_password("GET", "/api/v1/admin/staff"));
  EXPECT_FALSE(allowed_before_own_password("GET", "/api"));
}

TEST(FirstPassword, ExtraSlashesOpenNothingElse) {
  EXPECT_TRUE(allowed_before_own_password("GET", "/api//v1/me/"));
  EXPECT_FALSE(allowed_before_own_password("GET", "//api/v1/care/queue"));
  EXPECT_FALSE(allowed_before_own_password("GET", "/api/v1/me/../care/queue"));
}

TEST(FirstPassword, TheWebPagesStillLoad) {
  EXPECT_TRUE(allowed_before_own_password("GET", "/"));
  EXPECT_TRUE(allowed_before_own_password("GET", "/account"));
  EXPECT_TRUE(allowed_before_own_password("GET", "/assets/index.js"));
  EXPECT_TRUE(allowed_before_own_password("GET", "/apis-are-not-api"));
}

}  // namespace
}  // namespace motus::core
