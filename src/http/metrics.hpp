#pragma once
// Prometheus metrics for requests (by route template, method and status), for the store's
// writer (commit latency, batch size) and for the worker pool's slow jobs. Labels are route
// templates, never raw paths, so an id in a URL can neither leak into metrics nor blow up their
// cardinality.
#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

namespace motus::http {

class Histogram {
 public:
  static constexpr std::array<double, 12> kLatencyBounds = {
      0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5};
  void observe(double value, const double* bounds, std::size_t n);
  std::array<std::uint64_t, 16> buckets{};  // cumulative counts are computed when rendering
  double sum = 0;
  std::uint64_t count = 0;
};

class Metrics {
 public:
  void observe_request(const std::string& method, const std::string& route, int status,
                       double seconds);
  void observe_commit(double seconds, std::size_t batch_size);
  // The Prometheus text exposition format (version 0.0.4).
  std::string render() const;

 private:
  mutable std::mutex mutex_;
  std::map<std::tuple<std::string, std::string, int>, std::uint64_t> requests_;
  std::map<std::string, Histogram> latency_by_route_;
  Histogram commit_latency_;
  Histogram batch_size_;
};

}  // namespace motus::http
