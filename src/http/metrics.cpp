#include "http/metrics.hpp"

#include <fmt/format.h>

#include "http/worker_pool.hpp"

namespace motus::http {

namespace {
constexpr std::array<double, 9> kBatchBounds = {1, 2, 4, 8, 16, 32, 64, 128, 256};

std::string escape_label(const std::string& value) {
  std::string out;
  for (char c : value) {
    if (c == '\\' || c == '"') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

void render_histogram(std::string& out, const std::string& name, const std::string& labels,
                      const Histogram& h, const double* bounds, std::size_t n) {
  std::uint64_t cumulative = 0;
  const std::string sep = labels.empty() ? "" : ",";
  for (std::size_t i = 0; i < n; ++i) {
    cumulative += h.buckets[i];
    out += fmt::format("{}_bucket{{{}{}le=\"{}\"}} {}\n", name, labels, sep, bounds[i], cumulative);
  }
  cumulative += h.buckets[n];
  out += fmt::format("{}_bucket{{{}{}le=\"+Inf\"}} {}\n", name, labels, sep, cumulative);
  const std::string braces = labels.empty() ? "" : "{" + labels + "}";
  out += fmt::format("{}_sum{} {}\n{}_count{} {}\n", name, braces, h.sum, name, braces, h.count);
}
}  // namespace

void Histogram::observe(double value, const double* bounds, std::size_t n) {
  std::size_t i = 0;
  while (i < n && value > bounds[i]) ++i;
  ++buckets[i];
  sum += value;
  ++count;
}

void Metrics::observe_request(const std::string& method, const std::string& route, int status,
                              double seconds) {
  std::lock_guard lock(mutex_);
  ++requests_[{method, route, status}];
  latency_by_route_[route].observe(seconds, Histogram::kLatencyBounds.data(),
                                   Histogram::kLatencyBounds.size());
}

void Metrics::observe_commit(double seconds, std::size_t batch_size) {
  std::lock_guard lock(mutex_);
  commit_latency_.observe(seconds, Histogram::kLatencyBounds.data(),
                          Histogram::kLatencyBounds.size());
  batch_size_.observe(static_cast<double>(batch_size), kBatchBounds.data(), kBatchBounds.size());
}

std::string Metrics::render() const {
  std::lock_guard lock(mutex_);
  std::string out;
  out += "# HELP motus_http_requests_total HTTP requests answered, by route template and status.\n";
  out += "# TYPE motus_http_requests_total counter\n";
  for (const auto& [key, count] : requests_) {
    const auto& [method, route, status] = key;
    out += fmt::format("motus_http_requests_total{{method=\"{}\",route=\"{}\",status=\"{}\"}} {}\n",
                       escape_label(method), escape_label(route), status, count);
  }
  out += "# HELP motus_http_request_duration_seconds Time from request read to response ready.\n";
  out += "# TYPE motus_http_request_duration_seconds histogram\n";
  for (const auto& [route, h] : latency_by_route_) {
    render_histogram(out, "motus_http_request_duration_seconds",
                     fmt::format("route=\"{}\"", escape_label(route)), h,
                     Histogram::kLatencyBounds.data(), Histogram::kLatencyBounds.size());
  }
  out +=
      "# HELP motus_store_commit_seconds Time from BEGIN to durable COMMIT of one write batch.\n";
  out += "# TYPE motus_store_commit_seconds histogram\n";
  render_histogram(out, "motus_store_commit_seconds", "", commit_latency_,
                   Histogram::kLatencyBounds.data(), Histogram::kLatencyBounds.size());
  out += "# HELP motus_store_commit_batch_size Units of write work committed together.\n";
  out += "# TYPE motus_store_commit_batch_size histogram\n";
  render_histogram(out, "motus_store_commit_batch_size", "", batch_size_, kBatchBounds.data(),
                   kBatchBounds.size());
  const auto jobs = worker_job_counts();
  out +=
      "# HELP motus_worker_jobs_total Slow jobs (password hashes and checks) the worker pool "
      "has finished.\n";
  out += "# TYPE motus_worker_jobs_total counter\n";
  out += fmt::format("motus_worker_jobs_total {}\n", jobs.finished);
  out +=
      "# HELP motus_worker_jobs_in_flight Jobs handed to the worker pool and not yet finished "
      "(waiting or running).\n";
  out += "# TYPE motus_worker_jobs_in_flight gauge\n";
  out += fmt::format("motus_worker_jobs_in_flight {}\n", jobs.submitted - jobs.finished);
  return out;
}

}  // namespace motus::http
