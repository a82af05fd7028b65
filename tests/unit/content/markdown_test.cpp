#include "core/markdown.hpp"

#include <gtest/gtest.h>

using motus::core::is_safe_link;
using motus::core::render_markdown;

TEST(Markdown, ParagraphsJoinWrappedLinesAndSplitOnBlankLines) {
  EXPECT_EQ(render_markdown("One line\nwrapped.\n\nSecond."),
            "<p>One line wrapped.</p>\n<p>Second.</p>\n");
}

TEST(Markdown, HeadingsOneToThree) {
  EXPECT_EQ(render_markdown("# Top\n## Middle\n### Low"),
            "<h1>Top</h1>\n<h2>Middle</h2>\n<h3>Low</h3>\n");
}

TEST(Markdown, DeeperHeadingIsPlainText) {
  EXPECT_EQ(render_markdown("#### Too deep"), "<p>#### Too deep</p>\n");
}

TEST(Markdown, BulletAndNumberedLists) {
  EXPECT_EQ(
      render_markdown("- one\n* two\n\n1. first\n2. second"),
      "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<ol>\n<li>first</li>\n<li>second</li>\n</ol>\n");
}

TEST(Markdown, ListEndsAtParagraphAfterBlankLine) {
  EXPECT_EQ(render_markdown("Intro:\n\n- a\n\nAfter."),
            "<p>Intro:</p>\n<ul>\n<li>a</li>\n</ul>\n<p>After.</p>\n");
}

TEST(Markdown, BoldItalicAndCode) {
  EXPECT_EQ(render_markdown("**strong** and *soft* and `x < y`"),
            "<p><strong>strong</strong> and <em>soft</em> and <code>x &lt; y</code></p>\n");
}

TEST(Markdown, UnclosedMarksStayAsText) {
  EXPECT_EQ(render_markdown("2 * 3 and **open"), "<p>2 * 3 and **open</p>\n");
}

TEST(Markdown, ScriptTagsAreEscaped) {
  auto html = render_markdown("<script>alert('x')</script>\n\n# <b>hi</b>");
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), std::string::npos);
}

TEST(Markdown, SafeLinksBecomeAnchors) {
  EXPECT_EQ(render_markdown("[the sacrum](/articles/the-sacrum) and [NHS](https://www.nhs.uk)"),
            "<p><a href=\"/articles/the-sacrum\">the sacrum</a> and "
            "<a href=\"https://www.nhs.uk\">NHS</a></p>\n");
}

TEST(Markdown, JavascriptLinksKeepOnlyTheirText) {
  auto html = render_markdown("[click](javascript:alert(1))");
  EXPECT_EQ(html.find("href"), std::string::npos);
  EXPECT_EQ(html.find("javascript"), std::string::npos);
  EXPECT_NE(html.find("click"), std::string::npos);
}

TEST(Markdown, QuotesInLinkAddressCannotBreakOutOfTheAttribute) {
  auto html = render_markdown("[x](/a\"onmouseover=\"alert(1))");
  EXPECT_EQ(html.find("\"onmouseover"), std::string::npos);
}

TEST(Markdown, WhichLinksAreSafe) {
  EXPECT_TRUE(is_safe_link("https://example.org/a"));
  EXPECT_TRUE(is_safe_link("http://example.org"));
  EXPECT_TRUE(is_safe_link("/exercises/bridge"));
  EXPECT_FALSE(is_safe_link("javascript:alert(1)"));
  EXPECT_FALSE(is_safe_link("JavaScript:alert(1)"));
  EXPECT_FALSE(is_safe_link("data:text/html,hi"));
  EXPECT_FALSE(is_safe_link("//evil.example"));
  EXPECT_FALSE(is_safe_link("/\\evil.example"));
  EXPECT_FALSE(is_safe_link("relative/path"));
}
