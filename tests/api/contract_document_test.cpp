// The OpenAPI document the real server serves validates with an external OpenAPI 3.1 validator
// (@apidevtools/swagger-parser), and the web app's API types generated from it
// (web/src/api/generated/motus-api.ts) are current: tests/contract/check.mjs does both, and
// fails with what to run when the types are stale (docs/api-schemas.md).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/server_process.hpp"
#include "support/shell.hpp"
#include "support/temp_dir.hpp"

namespace motus::test {
namespace {

const std::string kChecker = std::string(MOTUS_SOURCE_DIR) + "/tests/contract";

TEST(ContractDocument, ValidatesAsOpenApiAndTheWebTypesAreCurrent) {
  ASSERT_TRUE(std::filesystem::exists(kChecker + "/node_modules/openapi-typescript"))
      << "the contract tools are not installed: run scripts/setup-deps";
  ServerProcess server;
  const auto served = server.client().get("/api/openapi.json");
  ASSERT_EQ(served.status, 200) << served.body;
  TempDir dir;
  const auto file = dir.path() / "openapi.json";
  std::ofstream(file) << served.body;
  const auto run = run_shell("node '" + kChecker + "/check.mjs' '" + file.string() + "' 2>&1");
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("valid OpenAPI 3.1.0"), std::string::npos) << run.output;
}

// The checker is not a rubber stamp: a document that breaks OpenAPI's own rules fails it.
TEST(ContractDocument, TheValidatorRefusesABrokenDocument) {
  ASSERT_TRUE(std::filesystem::exists(kChecker + "/node_modules/openapi-typescript"))
      << "the contract tools are not installed: run scripts/setup-deps";
  ServerProcess server;
  auto document = server.client().get("/api/openapi.json").json();
  // A path parameter that is not marked required breaks OpenAPI's own rules.
  document["paths"]["/api/v1/exercises/{id}"]["get"]["parameters"][0]["required"] = false;
  TempDir dir;
  const auto file = dir.path() / "openapi.json";
  std::ofstream(file) << document.dump();
  const auto run = run_shell("node '" + kChecker + "/check.mjs' '" + file.string() + "' 2>&1");
  EXPECT_NE(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("not valid OpenAPI"), std::string::npos) << run.output;
}

}  // namespace
}  // namespace motus::test
