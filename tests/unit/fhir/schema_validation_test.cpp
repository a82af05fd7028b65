// Exported bundles against the official FHIR R4 JSON schema, through the node validator in
// tests/fhir (installed by scripts/setup-deps).
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "core/fhir/export_bundle.hpp"
#include "record_shapes.hpp"
#include "support/shell.hpp"
#include "support/temp_dir.hpp"

namespace {

const std::string kValidator = std::string(MOTUS_SOURCE_DIR) + "/tests/fhir";

struct Validation {
  int exit_code = -1;
  std::string output;
};

Validation validate(const std::vector<std::filesystem::path>& files) {
  std::string command = "node '" + kValidator + "/validate.mjs'";
  for (const auto& file : files) command += " '" + file.string() + "'";
  const auto run = motus::test::run_shell(command + " 2>&1");
  return {run.exit_code, run.output};
}

std::filesystem::path write(const std::filesystem::path& dir, const std::string& name,
                            const nlohmann::ordered_json& bundle) {
  const auto path = dir / name;
  std::ofstream(path) << bundle.dump(2);
  return path;
}

class FhirSchema : public testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(std::filesystem::exists(kValidator + "/node_modules/ajv"))
        << "the FHIR validator is not installed: run scripts/setup-deps";
  }
  motus::test::TempDir dir_;
};

TEST_F(FhirSchema, ExportedBundlesOfEveryShapeAreValidR4) {
  using namespace motus::test;
  const std::vector<std::filesystem::path> files{
      write(dir_.path(), "identity.json",
            motus::core::fhir::export_bundle(identity_only(), kMarch2024)),
      write(dir_.path(), "journey.json",
            motus::core::fhir::export_bundle(full_journey(), kMarch2024)),
      write(dir_.path(), "paused.json",
            motus::core::fhir::export_bundle(paused_program(), kMarch2024))};
  const Validation run = validate(files);
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("journey.json: valid FHIR R4"), std::string::npos) << run.output;
}

TEST_F(FhirSchema, ABrokenBundleFailsWithTheField) {
  auto bundle =
      motus::core::fhir::export_bundle(motus::test::full_journey(), motus::test::kMarch2024);
  // A pain score as text and a Patient field FHIR does not have.
  for (auto& entry : bundle["entry"]) {
    auto& resource = entry["resource"];
    if (resource["resourceType"] == "Observation" && resource.contains("valueInteger")) {
      resource["valueInteger"] = "six";
    }
    if (resource["resourceType"] == "Patient") resource["favouriteColour"] = "blue";
  }
  const Validation run = validate({write(dir_.path(), "broken.json", bundle)});
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_NE(run.output.find("Patient: must NOT have additional properties (favouriteColour)"),
            std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find("Observation/valueInteger"), std::string::npos) << run.output;
}

}  // namespace
