#include "http/metrics.hpp"

#include <gtest/gtest.h>

namespace motus::http {
namespace {

TEST(Metrics, HistogramBucketsAreCumulative) {
  Metrics m;
  m.observe_request("GET", "/healthz", 200, 0.0004);
  m.observe_request("GET", "/healthz", 200, 0.003);
  m.observe_request("GET", "/healthz", 200, 9.0);
  auto text = m.render();
  EXPECT_NE(
      text.find("motus_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"0.0005\"} 1"),
      std::string::npos)
      << text;
  EXPECT_NE(
      text.find("motus_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"0.005\"} 2"),
      std::string::npos);
  EXPECT_NE(
      text.find("motus_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"2.5\"} 2"),
      std::string::npos);
  EXPECT_NE(
      text.find("motus_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"+Inf\"} 3"),
      std::string::npos);
  EXPECT_NE(text.find("motus_http_request_duration_seconds_count{route=\"/healthz\"} 3"),
            std::string::npos);
}

TEST(Metrics, CountsByStatusAndEscapesLabels) {
  Metrics m;
  m.observe_request("GET", "/a\"b", 404, 0.001);
  m.observe_request("GET", "/a\"b", 404, 0.001);
  EXPECT_NE(m.render().find(
                "motus_http_requests_total{method=\"GET\",route=\"/a\\\"b\",status=\"404\"} 2"),
            std::string::npos);
}

TEST(Metrics, CommitBatchSizes) {
  Metrics m;
  m.observe_commit(0.001, 1);
  m.observe_commit(0.002, 40);
  auto text = m.render();
  EXPECT_NE(text.find("motus_store_commit_batch_size_bucket{le=\"1\"} 1"), std::string::npos)
      << text;
  EXPECT_NE(text.find("motus_store_commit_batch_size_bucket{le=\"64\"} 2"), std::string::npos);
  EXPECT_NE(text.find("motus_store_commit_batch_size_sum 41"), std::string::npos);
}

}  // namespace
}  // namespace motus::http
