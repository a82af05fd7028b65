#include "core/roster/roster_changes.hpp"

#include <unordered_set>

namespace motus::core {
namespace {

std::string person_key(const std::string& first, const std::string& last, const std::string& born) {
  return first + '\n' + last + '\n' + born;
}

struct PeopleIndex {
  std::unordered_set<std::string> people;
  std::unordered_set<std::string> employee_ids;

  template <typename Person>
  void add(const Person& p) {
    people.insert(person_key(p.first_name, p.last_name, p.date_of_birth));
    if (!p.employee_id.empty()) employee_ids.insert(p.employee_id);
  }
  template <typename Person>
  bool has(const Person& p) const {
    return people.contains(person_key(p.first_name, p.last_name, p.date_of_birth)) ||
           (!p.employee_id.empty() && employee_ids.contains(p.employee_id));
  }
};

}  // namespace

RosterChanges compare_rosters(const std::vector<RosterPerson>& previous,
                              const std::vector<RosterEntry>& next) {
  // A first upload is the common large case, and needs no index at all.
  if (previous.empty()) return {next.size(), 0, 0};
  PeopleIndex before;
  PeopleIndex after;
  for (const auto& person : previous) before.add(person);
  for (const auto& entry : next) after.add(entry);
  RosterChanges changes;
  for (const auto& entry : next) ++(before.has(entry) ? changes.kept : changes.added);
  for (const auto& person : previous) changes.removed += after.has(person) ? 0 : 1;
  return changes;
}

}  // namespace motus::core
