#include "staff.hpp"

#include "people.hpp"
#include "store/credentials.hpp"

namespace motus::bench {

using store::Value;

void add_organizations(Batch& batch, const GenerationPlan& plan) {
  const auto created = organization_created_at(plan);
  for (std::int64_t o = 0; o < plan.organizations; ++o) {
    auto random = random_for(plan, Stream::organization, o);
    const auto id = random.id_at(created);
    batch.organizations.add(
        {id, "Employer " + enrollment_code(o).substr(3), enrollment_code(o), created});

    auto admin_random = random_for(plan, Stream::org_admin, o);
    const auto admin = person_from(admin_random);
    batch.users.add({admin_random.id_at(created),
                     "admin" + std::to_string(o) + "@org" + std::to_string(o) + ".example",
                     plan.password_hash, std::string("org_admin"), capitalised(admin.first_name),
                     capitalised(admin.last_name), nullptr, id, created, created});
  }
}

void add_therapists(Batch& batch, const GenerationPlan& plan, TokenFiles& tokens) {
  const auto created = therapist_created_at(plan);
  for (std::int64_t t = 0; t < plan.therapists(); ++t) {
    auto random = random_for(plan, Stream::therapist, t);
    const auto id = random.id_at(created);
    const auto person = person_from(random);
    batch.users.add({id, "therapist" + std::to_string(t) + "@care.example", plan.password_hash,
                     std::string("therapist"), capitalised(person.first_name),
                     capitalised(person.last_name), nullptr, nullptr, created, created});
    const auto token = random.session_token();
    batch.sessions.add({store::token_hash(token), id, plan.now_ms, plan.now_ms, nullptr});
    tokens.therapist(token);
  }
}

}  // namespace motus::bench
