// The roster parser over the files employers really send: byte-order marks, quoting, Windows
// line ends, blank lines and every kind of bad row, each rejected with its exact line.
#include <gtest/gtest.h>

#include "core/roster/roster.hpp"

namespace motus::core {
namespace {

const std::string kHeader = "first name,last name,date of birth,email,employee id\n";

std::vector<std::size_t> lines_of(const std::vector<RosterEntry>& entries) {
  std::vector<std::size_t> lines;
  for (const auto& e : entries) lines.push_back(e.line);
  return lines;
}

std::vector<std::size_t> lines_of(const std::vector<RejectedRow>& rows) {
  std::vector<std::size_t> lines;
  for (const auto& r : rows) lines.push_back(r.line);
  return lines;
}

TEST(RosterCsv, ReadsPeopleAndNormalisesThem) {
  const auto file =
      parse_roster_csv(kHeader + "  Maya , FERNSBY,1985-04-12, Maya@Example.COM ,E-1\n");
  ASSERT_EQ(file.entries.size(), 1u);
  const auto& maya = file.entries[0];
  EXPECT_EQ(maya.first_name, "maya");
  EXPECT_EQ(maya.last_name, "fernsby");
  EXPECT_EQ(maya.date_of_birth, "1985-04-12");
  EXPECT_EQ(maya.email, "maya@example.com");
  EXPECT_EQ(maya.employee_id, "e-1");
  EXPECT_EQ(maya.line, 2u);
  EXPECT_TRUE(file.rejected.empty());
}

TEST(RosterCsv, HeaderMatchedWhateverTheCaseSpacingAndOrder) {
  const auto file = parse_roster_csv(
      "Email_Address, DATE OF BIRTH ,Last-Name,FirstName,Department\n"
      "a@b.example,1990-01-02,Reed,Tom,Sales\n");
  ASSERT_EQ(file.entries.size(), 1u);
  EXPECT_EQ(file.entries[0].first_name, "tom");
  EXPECT_EQ(file.entries[0].last_name, "reed");
  EXPECT_EQ(file.entries[0].email, "a@b.example");
  EXPECT_EQ(file.entries[0].employee_id, "");
}

TEST(RosterCsv, SkipsAByteOrderMark) {
  const auto file =
      parse_roster_csv("\xEF\xBB\xBF" + kHeader + "Ann,Lee,1970-05-06,ann@x.example,\n");
  ASSERT_EQ(file.entries.size(), 1u);
  EXPECT_EQ(file.entries[0].first_name, "ann");
}

TEST(RosterCsv, CrLfAndLfAndBlankLinesKeepLineNumbers) {
  const std::string text =
      "first name,last name,date of birth,email\r\n"
      "\r\n"
      "Ann,Lee,1970-05-06,ann@x.example\r\n"
      ",,,\n"
      "   \n"
      "Bo,Chan,1980-07-08,bo@x.example\n"
      "\n";
  const auto file = parse_roster_csv(text);
  EXPECT_EQ(lines_of(file.entries), (std::vector<std::size_t>{3, 6}));
  EXPECT_TRUE(file.rejected.empty());
  EXPECT_EQ(file.entries[0].email, "ann@x.example") << "no carriage return left on the last field";
}

TEST(RosterCsv, QuotedFieldsHoldCommasQuotesAndLineBreaks) {
  const std::string text = kHeader +
                           "\"Mary, Jo\",\"O\"\"Neil\",1960-02-29,mj@x.example,\"E\r\n7\"\n"
                           "Ann,Lee,1970-05-06,ann@x.example,\n";
  const auto file = parse_roster_csv(text);
  ASSERT_EQ(file.entries.size(), 2u);
  EXPECT_EQ(file.entries[0].first_name, "mary, jo");
  EXPECT_EQ(file.entries[0].last_name, "o\"neil");
  EXPECT_EQ(file.entries[0].employee_id, "e 7")
      << "the line break inside quotes is whitespace in an id";
  EXPECT_EQ(file.entries[0].line, 2u);
  EXPECT_EQ(file.entries[1].line, 4u) << "the quoted line break moved the next row down a line";
}

TEST(RosterCsv, RejectsBadRowsWithTheirLinesAndReasons) {
  const std::string text = kHeader +
                           "Ann,Lee,1970-05-06,ann@x.example,\n"         // 2 fine
                           ",Lee,1970-05-06,x@x.example,\n"              // 3 no first name
                           "Bo,,1970-05-06,x@x.example,\n"               // 4 no last name
                           "Cy,Lu,,x@x.example,\n"                       // 5 no date
                           "Di,Ma,1990-02-30,di@x.example,\n"            // 6 not a real date
                           "Ed,No,06/05/1970,ed@x.example,\n"            // 7 wrong date format
                           "Fay,Oh,1970-05-06,fay.example.com,\n"        // 8 bad email
                           "Gil,Pe,1970-05-06,,\n"                       // 9 neither email nor id
                           "Hal,Qu,1970-05-06,hal@x.example,E1,extra\n"  // 10 too many columns
                           "ann , LEE,1970-05-06,other@x.example,\n"     // 11 same person as line 2
                           "Ida,Ro,1971-01-01,ida@x.example,E9\n"        // 12 fine
                           "Ivy,Ro,1972-02-02,ivy@x.example,e9\n";  // 13 same employee id as 12
  const auto file = parse_roster_csv(text);
  EXPECT_EQ(lines_of(file.entries), (std::vector<std::size_t>{2, 12}));
  ASSERT_EQ(lines_of(file.rejected), (std::vector<std::size_t>{3, 4, 5, 6, 7, 8, 9, 10, 11, 13}));
  const auto reason = [&](std::size_t i) { return file.rejected[i].reason; };
  EXPECT_NE(reason(0).find("first name is missing"), std::string::npos) << reason(0);
  EXPECT_NE(reason(1).find("last name is missing"), std::string::npos) << reason(1);
  EXPECT_NE(reason(2).find("date of birth is missing"), std::string::npos) << reason(2);
  EXPECT_NE(reason(3).find("'1990-02-30' is not a real date"), std::string::npos) << reason(3);
  EXPECT_NE(reason(4).find("YYYY-MM-DD"), std::string::npos) << reason(4);
  EXPECT_NE(reason(5).find("email 'fay.example.com'"), std::string::npos) << reason(5);
  EXPECT_NE(reason(6).find("needs an email or an employee id"), std::string::npos) << reason(6);
  EXPECT_NE(reason(7).find("has 6 columns"), std::string::npos) << reason(7);
  EXPECT_NE(reason(8).find("already on line 2"), std::string::npos) << reason(8);
  EXPECT_NE(reason(9).find("already on line 12"), std::string::npos) << reason(9);
}

TEST(RosterCsv, FewerColumnsThanTheHeaderCountAsEmpty) {
  const auto file =
      parse_roster_csv(kHeader + "Ann,Lee,1970-05-06,ann@x.example\nBo,Chan,1980-07-08\n");
  EXPECT_EQ(lines_of(file.entries), (std::vector<std::size_t>{2}));
  EXPECT_EQ(lines_of(file.rejected), (std::vector<std::size_t>{3}));
}

TEST(RosterCsv, UnclosedQuoteRejectsTheRestFromItsLine) {
  const auto file = parse_roster_csv(kHeader +
                                     "Ann,Lee,1970-05-06,ann@x.example,\n"
                                     "\"Bo,Chan,1980-07-08,bo@x.example,\n"
                                     "Cy,Lu,1981-01-01,cy@x.example,\n");
  EXPECT_EQ(lines_of(file.entries), (std::vector<std::size_t>{2}));
  ASSERT_EQ(lines_of(file.rejected), (std::vector<std::size_t>{3}));
  EXPECT_NE(file.rejected[0].reason.find("never closes"), std::string::npos);
}

TEST(RosterCsv, TextAfterAClosingQuoteIsRejected) {
  const auto file = parse_roster_csv(
      kHeader + "\"Ann\"x,Lee,1970-05-06,ann@x.example,\nBo,Chan,1980-07-08,bo@x.example,\n");
  EXPECT_EQ(lines_of(file.rejected), (std::vector<std::size_t>{2}));
  EXPECT_EQ(lines_of(file.entries), (std::vector<std::size_t>{3}));
}

TEST(RosterCsv, LastLineWithoutALineEndIsRead) {
  const auto file = parse_roster_csv(kHeader + "Ann,Lee,1970-05-06,ann@x.example,E1");
  ASSERT_EQ(file.entries.size(), 1u);
  EXPECT_EQ(file.entries[0].employee_id, "e1");
}

TEST(RosterCsv, EmployeeIdAloneIsEnough) {
  const auto file =
      parse_roster_csv("first_name,last_name,dob,employee_id\nAnn,Lee,1970-05-06,77\n");
  ASSERT_EQ(file.entries.size(), 1u);
  EXPECT_EQ(file.entries[0].employee_id, "77");
  EXPECT_EQ(file.entries[0].email, "");
}

TEST(RosterCsv, OverlongFieldIsRejected) {
  const auto file =
      parse_roster_csv(kHeader + std::string(300, 'a') + ",Lee,1970-05-06,a@x.example,\n");
  EXPECT_EQ(lines_of(file.rejected), (std::vector<std::size_t>{2}));
}

TEST(RosterCsv, HeaderOnlyGivesAnEmptyRoster) {
  const auto file = parse_roster_csv(kHeader);
  EXPECT_TRUE(file.entries.empty());
  EXPECT_TRUE(file.rejected.empty());
}

void expect_file_error(const std::string& text, const std::string& words) {
  try {
    parse_roster_csv(text);
    ADD_FAILURE() << "expected the file to be refused: " << text;
  } catch (const RosterFileError& error) {
    EXPECT_NE(std::string(error.what()).find(words), std::string::npos) << error.what();
  }
}

TEST(RosterCsv, RefusesFilesItCannotUse) {
  expect_file_error("", "empty");
  expect_file_error("\xEF\xBB\xBF\r\n\n", "empty");
  expect_file_error("first name,last name,email\nAnn,Lee,a@x.example\n",
                    "no column for date of birth");
  expect_file_error("name,surname,dob,email\n", "no column for first name");
  expect_file_error("first name,last name,dob\n", "no column for email or employee id");
  expect_file_error("first name,last name,dob,email,E-mail\n", "Columns 4 and 5 both hold email");
}

}  // namespace
}  // namespace motus::core
