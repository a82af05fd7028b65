#pragma once
// `motus serve --demo`: seeds an organization, its roster and staff accounts so a new user can
// try Motus at once. Idempotent: a second start finds them and changes nothing.
#include <ostream>

#include "store/db.hpp"

namespace motus::cli {

// Organization "Demo Employer" (enrollment code DEMO) and a roster of a few people, printed.
void seed_demo_organization(store::Db& db, std::ostream& out);
// admin@demo.example (admin) and pt@demo.example (therapist), with the password from
// MOTUS_DEMO_PASSWORD, or a random one printed once.
void seed_demo_staff(store::Db& db, std::ostream& out);

}  // namespace motus::cli
