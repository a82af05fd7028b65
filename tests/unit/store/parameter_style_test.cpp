#include "store/sqlite/parameter_style.hpp"

#include <gtest/gtest.h>

#include "support/temp_dir.hpp"
#include "unit/store/checkin_table.hpp"

namespace motus::store::sqlite {
namespace {

TEST(RewriteParameters, TurnsDollarNumbersIntoNumberedQuestionMarks) {
  EXPECT_EQ(rewrite_parameters("SELECT * FROM t WHERE a = $1 AND b = $12"),
            "SELECT * FROM t WHERE a = ?1 AND b = ?12");
}

TEST(RewriteParameters, KeepsRepeatedAndOutOfOrderNumbers) {
  EXPECT_EQ(rewrite_parameters("VALUES ($2, $1, $2)"), "VALUES (?2, ?1, ?2)");
}

TEST(RewriteParameters, LeavesQuotedTextCommentsAndIdentifiersAlone) {
  EXPECT_EQ(rewrite_parameters("SELECT '$1', 'it''s $2', \"col$3\", $4"),
            "SELECT '$1', 'it''s $2', \"col$3\", ?4");
  EXPECT_EQ(rewrite_parameters("SELECT $1 -- costs $2\n, $3"), "SELECT ?1 -- costs $2\n, ?3");
  EXPECT_EQ(rewrite_parameters("SELECT /* $1 */ $2"), "SELECT /* $1 */ ?2");
  EXPECT_EQ(rewrite_parameters("SELECT price$1 FROM t"), "SELECT price$1 FROM t");
  EXPECT_EQ(rewrite_parameters("SELECT $name, $"), "SELECT $name, $");
}

class ParametersOnSqlite : public ::testing::Test {
 protected:
  test::TempDir directory;
};

TEST_F(ParametersOnSqlite, OutOfOrderAndRepeatedParametersBindByNumber) {
  auto db = open_db("sqlite:" + directory.file("p.db"));
  Rows rows;
  db->read([&](Connection& c) {
    rows =
        c.query({"reorder", "SELECT $2, $1, $2, $3"}, {std::string("first"), std::int64_t{2}, 0.5});
  });
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].integer(0), 2);
  EXPECT_EQ(rows[0].text(1), "first");
  EXPECT_EQ(rows[0].integer(2), 2);
  EXPECT_DOUBLE_EQ(rows[0].real(3), 0.5);
}

TEST_F(ParametersOnSqlite, WrongParameterCountNamesTheStatement) {
  auto db = open_db("sqlite:" + directory.file("p.db"));
  try {
    db->read([](Connection& c) { c.query({"two_params", "SELECT $1, $2"}, {std::int64_t{1}}); });
    FAIL() << "binding too few parameters should throw";
  } catch (const StoreError& error) {
    EXPECT_NE(std::string(error.what()).find("two_params"), std::string::npos) << error.what();
  }
}

TEST_F(ParametersOnSqlite, OneNameForTwoTextsIsRefused) {
  auto db = open_db("sqlite:" + directory.file("p.db"));
  db->read([](Connection& c) {
    c.query({"same_name", "SELECT 1"});
    EXPECT_THROW(c.query({"same_name", "SELECT 2"}), StoreError);
  });
}

}  // namespace
}  // namespace motus::store::sqlite
