#include "core/markdown.hpp"

#include <cctype>
#include <optional>
#include <vector>

namespace motus::core {
namespace {

void append_escaped(std::string& html, char c) {
  switch (c) {
    case '&':
      html += "&amp;";
      break;
    case '<':
      html += "&lt;";
      break;
    case '>':
      html += "&gt;";
      break;
    case '"':
      html += "&quot;";
      break;
    case '\'':
      html += "&#39;";
      break;
    default:
      html += c;
  }
}

void append_escaped(std::string& html, std::string_view text) {
  for (char c : text) append_escaped(html, c);
}

}  // namespace

std::string escape_html(std::string_view text) {
  std::string html;
  html.reserve(text.size());
  append_escaped(html, text);
  return html;
}

namespace {

std::string render_inline(std::string_view text);

// Text between `open` at `from` and the next `close`, or nothing when it never closes or
// would be empty.
std::optional<std::string_view> enclosed(std::string_view text, std::size_t from,
                                         std::string_view open, std::string_view close) {
  if (text.substr(from, open.size()) != open) return std::nullopt;
  auto start = from + open.size();
  auto end = text.find(close, start);
  if (end == std::string_view::npos || end == start) return std::nullopt;
  return text.substr(start, end - start);
}

// Like enclosed, but as in CommonMark the marks must hug the text: "2 * 3 * 4" is no emphasis.
std::optional<std::string_view> emphasis(std::string_view text, std::size_t from,
                                         std::string_view mark) {
  auto inner = enclosed(text, from, mark, mark);
  if (!inner || std::isspace(static_cast<unsigned char>(inner->front())) ||
      std::isspace(static_cast<unsigned char>(inner->back()))) {
    return std::nullopt;
  }
  return inner;
}

// Renders a [label](url) starting at `from`; returns how many characters it used, or 0.
std::size_t render_link(std::string_view text, std::size_t from, std::string& html) {
  auto label = enclosed(text, from, "[", "]");
  if (!label) return 0;
  auto after_label = from + label->size() + 2;
  auto url = enclosed(text, after_label, "(", ")");
  if (!url) return 0;
  if (is_safe_link(*url)) {
    html += "<a href=\"";
    append_escaped(html, *url);
    html += "\">" + render_inline(*label) + "</a>";
  } else {
    html += render_inline(*label);
  }
  return label->size() + url->size() + 4;
}

std::string render_inline(std::string_view text) {
  std::string html;
  std::size_t i = 0;
  while (i < text.size()) {
    if (auto code = enclosed(text, i, "`", "`")) {
      html += "<code>";
      append_escaped(html, *code);
      html += "</code>";
      i += code->size() + 2;
    } else if (auto bold = emphasis(text, i, "**")) {
      html += "<strong>" + render_inline(*bold) + "</strong>";
      i += bold->size() + 4;
    } else if (auto italic = emphasis(text, i, "*"); italic && italic->front() != '*') {
      html += "<em>" + render_inline(*italic) + "</em>";
      i += italic->size() + 2;
    } else if (auto used = render_link(text, i, html)) {
      i += used;
    } else {
      append_escaped(html, text[i]);
      ++i;
    }
  }
  return html;
}

std::string_view trim(std::string_view line) {
  auto first = line.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  auto last = line.find_last_not_of(" \t\r");
  return line.substr(first, last - first + 1);
}

enum class Block { none, paragraph, bullets, numbers };

struct Line {
  Block kind = Block::paragraph;
  int heading = 0;  // 1–3 for a heading line
  std::string_view text;
};

Line classify(std::string_view line) {
  if (line.empty()) return {Block::none, 0, {}};
  std::size_t hashes = 0;
  while (hashes < line.size() && line[hashes] == '#') ++hashes;
  if (hashes >= 1 && hashes <= 3 && hashes < line.size() && line[hashes] == ' ') {
    return {Block::none, static_cast<int>(hashes), trim(line.substr(hashes))};
  }
  if (line.size() > 2 && (line[0] == '-' || line[0] == '*') && line[1] == ' ') {
    return {Block::bullets, 0, trim(line.substr(2))};
  }
  std::size_t digits = 0;
  while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits]))) ++digits;
  if (digits > 0 && line.size() > digits + 1 && line[digits] == '.' && line[digits + 1] == ' ') {
    return {Block::numbers, 0, trim(line.substr(digits + 2))};
  }
  return {Block::paragraph, 0, line};
}

class HtmlWriter {
 public:
  void line(const Line& line) {
    if (line.heading > 0) {
      close();
      auto tag = "h" + std::to_string(line.heading);
      html_ += "<" + tag + ">" + render_inline(line.text) + "</" + tag + ">\n";
      return;
    }
    if (line.kind == Block::none) return close();
    if (line.kind == Block::paragraph && (open_ == Block::bullets || open_ == Block::numbers)) {
      // A wrapped list item continues on the next line.
      pending_ += ' ';
      pending_ += line.text;
      return;
    }
    if (line.kind == Block::paragraph && open_ == Block::paragraph) {
      pending_ += ' ';
      pending_ += line.text;
      return;
    }
    if (line.kind != open_) {
      close();
      open_ = line.kind;
      if (open_ == Block::bullets) html_ += "<ul>\n";
      if (open_ == Block::numbers) html_ += "<ol>\n";
    } else {
      flush_item();
    }
    pending_ = line.text;
  }

  std::string finish() {
    close();
    return std::move(html_);
  }

 private:
  void flush_item() {
    if (open_ == Block::paragraph) html_ += "<p>" + render_inline(pending_) + "</p>\n";
    if (open_ == Block::bullets || open_ == Block::numbers) {
      html_ += "<li>" + render_inline(pending_) + "</li>\n";
    }
    pending_.clear();
  }

  void close() {
    flush_item();
    if (open_ == Block::bullets) html_ += "</ul>\n";
    if (open_ == Block::numbers) html_ += "</ol>\n";
    open_ = Block::none;
  }

  std::string html_;
  std::string pending_;
  Block open_ = Block::none;
};

}  // namespace

bool is_safe_link(std::string_view url) {
  if (url.starts_with("https://") || url.starts_with("http://")) return true;
  // "//host" would leave the site; a backslash is read as a slash by some browsers.
  return url.starts_with('/') && !url.starts_with("//") && url.find('\\') == std::string_view::npos;
}

std::string render_markdown(std::string_view markdown) {
  HtmlWriter writer;
  while (!markdown.empty()) {
    auto end = markdown.find('\n');
    auto raw = markdown.substr(0, end);
    markdown.remove_prefix(end == std::string_view::npos ? markdown.size() : end + 1);
    writer.line(classify(trim(raw)));
  }
  return writer.finish();
}

}  // namespace motus::core
