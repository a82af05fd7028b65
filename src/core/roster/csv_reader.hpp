#pragma once
// Reads comma-separated text as RFC 4180 describes it: quoted fields may hold commas, doubled
// quotation marks and line breaks; lines end in CRLF or LF; a UTF-8 byte-order mark at the
// start is skipped. Records come one at a time so a large file is never copied whole.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace motus::core {

struct CsvRecord {
  std::size_t line = 0;  // the line the record starts on, counting from 1
  std::vector<std::string> fields;
  std::string problem;  // why the record is malformed; empty when it is not
};

class CsvReader {
 public:
  explicit CsvReader(std::string_view text);
  // Fills `record` with the next record; false when the text is used up.
  bool next(CsvRecord& record);
  // How far through the text the reader is, 0 to 1, for progress reports.
  double fraction_read() const;

 private:
  void read_quoted(CsvRecord& record, std::string& field);
  void read_unquoted(std::string& field);
  bool at_line_end() const;
  void skip_line_end();

  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
};

}  // namespace motus::core
