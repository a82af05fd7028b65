#include <gtest/gtest.h>

#include "store/db.hpp"

namespace motus::store {
namespace {

Row sample() { return Row({nullptr, std::int64_t{7}, 2.5, std::string("sore")}); }

TEST(Row, ReadsEachTypeItHolds) {
  const Row row = sample();
  EXPECT_EQ(row.size(), 4u);
  EXPECT_TRUE(row.is_null(0));
  EXPECT_FALSE(row.is_null(1));
  EXPECT_EQ(row.integer(1), 7);
  EXPECT_DOUBLE_EQ(row.real(2), 2.5);
  EXPECT_EQ(row.text(3), "sore");
}

TEST(Row, RealWidensIntegers) { EXPECT_DOUBLE_EQ(sample().real(1), 7.0); }

TEST(Row, OptionalTextIsEmptyForNull) {
  const Row row = sample();
  EXPECT_EQ(row.optional_text(0), std::nullopt);
  EXPECT_EQ(row.optional_text(3), std::optional<std::string>("sore"));
}

TEST(Row, WrongTypeIsAStoreErrorNamingColumnAndType) {
  const Row row = sample();
  try {
    row.integer(3);
    FAIL() << "reading text as an integer should throw";
  } catch (const StoreError& error) {
    EXPECT_EQ(error.kind(), StoreError::Kind::failure);
    EXPECT_NE(std::string(error.what()).find("column 3"), std::string::npos) << error.what();
    EXPECT_NE(std::string(error.what()).find("text"), std::string::npos) << error.what();
  }
  EXPECT_THROW(row.integer(2), StoreError);  // a real is not silently truncated
  EXPECT_THROW(row.text(1), StoreError);
  EXPECT_THROW(row.real(3), StoreError);
  EXPECT_THROW(row.optional_text(1), StoreError);
  EXPECT_THROW(row.integer(0), StoreError);
}

TEST(Row, ColumnPastTheEndIsAStoreError) {
  const Row row = sample();
  EXPECT_THROW(row[4], StoreError);
  EXPECT_THROW(row.is_null(9), StoreError);
}

}  // namespace
}  // namespace motus::store
