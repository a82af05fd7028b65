#include "core/roster/csv_reader.hpp"

namespace motus::core {

namespace {
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
}

CsvReader::CsvReader(std::string_view text) : text_(text) {
  if (text_.substr(0, kByteOrderMark.size()) == kByteOrderMark) pos_ = kByteOrderMark.size();
}

double CsvReader::fraction_read() const {
  return text_.empty() ? 1.0 : static_cast<double>(pos_) / static_cast<double>(text_.size());
}

bool CsvReader::at_line_end() const { return text_[pos_] == '\n' || text_[pos_] == '\r'; }

// CRLF, LF and a lone CR (old spreadsheet exports) all end a line.
void CsvReader::skip_line_end() {
  if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
  ++pos_;
  ++line_;
}

void CsvReader::read_unquoted(std::string& field) {
  const std::size_t start = pos_;
  while (pos_ < text_.size() && text_[pos_] != ',' && !at_line_end()) ++pos_;
  field.assign(text_.substr(start, pos_ - start));
}

void CsvReader::read_quoted(CsvRecord& record, std::string& field) {
  ++pos_;  // the opening quotation mark
  for (;;) {
    const std::size_t quote = text_.find('"', pos_);
    const std::size_t end = quote == std::string_view::npos ? text_.size() : quote;
    for (std::size_t i = pos_; i < end; ++i) {
      if (text_[i] == '\n' || (text_[i] == '\r' && (i + 1 >= end || text_[i + 1] != '\n'))) ++line_;
    }
    field.append(text_.substr(pos_, end - pos_));
    pos_ = end;
    if (quote == std::string_view::npos) {
      if (record.problem.empty())
        record.problem = "a quotation mark opens a field but never closes it";
      return;
    }
    ++pos_;
    if (pos_ < text_.size() && text_[pos_] == '"') {
      field.push_back('"');
      ++pos_;
      continue;
    }
    break;
  }
  if (pos_ < text_.size() && text_[pos_] != ',' && !at_line_end()) {
    if (record.problem.empty()) record.problem = "there is text after a closing quotation mark";
    std::string rest;
    read_unquoted(rest);
    field += rest;
  }
}

bool CsvReader::next(CsvRecord& record) {
  if (pos_ >= text_.size()) return false;
  record.line = line_;
  record.problem.clear();
  record.fields.clear();
  for (;;) {
    std::string& field = record.fields.emplace_back();
    if (pos_ < text_.size() && text_[pos_] == '"') {
      read_quoted(record, field);
    } else {
      read_unquoted(field);
    }
    if (pos_ >= text_.size()) return true;
    if (text_[pos_] == ',') {
      ++pos_;
      continue;
    }
    skip_line_end();
    return true;
  }
}

}  // namespace motus::core
