// core::json_nests_deeper_than measures nesting on the text, before any parser sees it.
#include "core/json_depth.hpp"

#include <gtest/gtest.h>

#include <string>

namespace motus::core {
namespace {

std::string nested(std::size_t levels) {
  return std::string(levels, '[') + std::string(levels, ']');
}

TEST(JsonDepth, SixtyFourLevelsPassAndSixtyFiveDoNot) {
  EXPECT_FALSE(json_nests_deeper_than(nested(64)));
  EXPECT_TRUE(json_nests_deeper_than(nested(65)));
  EXPECT_TRUE(json_nests_deeper_than(std::string(200000, '{')));
}

TEST(JsonDepth, CountsOpenLevelsNotBracketsInTotal) {
  std::string wide = "[";
  for (int i = 0; i < 1000; ++i) wide += "[1],{\"a\":{}},";
  wide += "0]";
  EXPECT_FALSE(json_nests_deeper_than(wide));
}

TEST(JsonDepth, BracketsInsideStringsDoNotCount) {
  const std::string text =
      "{\"note\": \"" + std::string(100, '[') + "\\\"" + std::string(100, '{') + "\"}";
  EXPECT_FALSE(json_nests_deeper_than(text));
  EXPECT_TRUE(json_nests_deeper_than("[\"\\\\\"" + std::string(70, '[')));
}

}  // namespace
}  // namespace motus::core
