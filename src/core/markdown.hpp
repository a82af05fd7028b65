#pragma once
#include <string>
#include <string_view>

namespace motus::core {

// Turns the small Markdown subset of our articles into HTML: paragraphs, `#` to `###`
// headings, `-`/`*` and numbered lists, **bold**, *italic*, `code` and [links](url). Every
// character of the text is HTML-escaped, so raw HTML in a file shows as text and never runs.
// Links go only to http(s) addresses or to paths on our own site; any other link (such as
// `javascript:`) keeps its text and loses the link.
std::string render_markdown(std::string_view markdown);

// `text` with & < > " ' replaced by their HTML entities: safe inside elements and quoted
// attributes. The one escaping used for every HTML Motus writes.
std::string escape_html(std::string_view text);

// True for `http://…`, `https://…` and site paths such as `/articles/the-sacrum`.
bool is_safe_link(std::string_view url);

}  // namespace motus::core
