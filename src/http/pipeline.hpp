#pragma once
// The middleware chain every request passes through, outermost first:
// request id → access log and metrics → security headers → problem mapping → routing.
// Each middleware gets the request and the rest of the chain.
#include <functional>
#include <vector>

#include "http/problem.hpp"
#include "http/router.hpp"

namespace motus::http {

class Metrics;
class StaticFiles;

using Next = std::function<boost::asio::awaitable<Response>(Request&)>;
using Middleware = std::function<boost::asio::awaitable<Response>(Request&, const Next&)>;

struct PipelineOptions {
  bool tls = false;  // adds Strict-Transport-Security
};

class Pipeline {
 public:
  Pipeline(const Router& router, Metrics& metrics, const StaticFiles* static_files,
           PipelineOptions options = {});
  // Adds a middleware just outside routing (e.g. authentication); earlier calls run first.
  void use(Middleware middleware);
  boost::asio::awaitable<Response> handle(Request& request) const;

 private:
  boost::asio::awaitable<Response> dispatch(Request& request) const;
  boost::asio::awaitable<Response> run(Request& request, std::size_t index) const;

  const Router& router_;
  Metrics& metrics_;
  const StaticFiles* static_files_;
  PipelineOptions options_;
  std::vector<Middleware> chain_;
};

// Maps the exception in flight to a problem+json response; logs unexpected ones with an error id.
Response problem_from_exception(std::exception_ptr error, const Request& request);
// A problem+json response for a status with a detail, in the request's language.
Response problem_response(int status, const std::string& title, const std::string& detail,
                          const Request& request);
Response problem_response(int status, const std::string& title, const Said& detail,
                          const Request& request);

// The language a problem is said in: the caller's stored choice, else Accept-Language, else
// English (the rule api::answer_language follows for every answer).
core::Language problem_language(const Request& request);

std::string new_request_id();

}  // namespace motus::http
