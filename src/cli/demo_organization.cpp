// The demo sponsor: "Demo Employer" (enrollment code DEMO) with a roster of made-up people, so
// someone trying Motus can sign up as one of them.
#include <array>
#include <iomanip>
#include <string_view>

#include "cli/demo.hpp"
#include "core/roster/roster.hpp"
#include "store/clock.hpp"
#include "store/credentials.hpp"
#include "store/organization_repository.hpp"
#include "store/roster_replace.hpp"

namespace motus::cli {
namespace {

constexpr std::string_view kDemoCode = "DEMO";
constexpr std::string_view kDemoName = "Demo Employer";

// Invented people; any resemblance to a real person is chance.
const std::string kDemoRoster =
    "first name,last name,date of birth,email,employee id\n"
    "Maya,Fernsby,1985-04-12,maya.fernsby@demo.example,D-001\n"
    "Tomas,Reedwell,1972-11-03,tomas.reedwell@demo.example,D-002\n"
    "Priya,Nandal,1990-06-21,priya.nandal@demo.example,D-003\n"
    "Sam,Okonkwo-Hale,1964-01-30,sam.okonkwohale@demo.example,D-004\n"
    "Lena,Marchetti,1998-09-15,lena.marchetti@demo.example,D-005\n";

struct DemoState {
  std::optional<store::Organization> organization;
  bool roster_empty = true;
};

DemoState read_demo_state(store::Db& db) {
  DemoState state;
  db.read([&](store::Connection& c) {
    state.organization = store::find_organization_by_code(c, kDemoCode);
    if (!state.organization) return;
    for (const auto& summary : store::list_organizations(c)) {
      if (summary.organization.id == state.organization->id)
        state.roster_empty = summary.roster_size == 0;
    }
  });
  return state;
}

void print_roster(std::ostream& out, const core::RosterFile& roster) {
  out << "Demo organization \"" << kDemoName << "\", enrollment code " << kDemoCode
      << ". Sign up as one of these people:\n";
  for (const auto& person : roster.entries) {
    out << "  " << std::left << std::setw(24) << (person.first_name + " " + person.last_name)
        << std::setw(12) << person.date_of_birth << person.email << '\n';
  }
  out.flush();
}

}  // namespace

void seed_demo_organization(store::Db& db, std::ostream& out) {
  const auto roster = core::parse_roster_csv(kDemoRoster);
  const auto state = read_demo_state(db);
  if (!state.organization || state.roster_empty) {
    db.write_and_wait([&](store::Connection& c) {
      auto organization = store::find_organization_by_code(c, kDemoCode);
      if (!organization) {
        const auto now = store::SystemClock().now_ms();
        organization = store::Organization{store::new_id(now), std::string(kDemoName),
                                           std::string(kDemoCode), now};
        store::insert_organization(c, *organization);
      }
      store::replace_roster(c, organization->id, roster.entries);
    });
  }
  print_roster(out, roster);
}

}  // namespace motus::cli
