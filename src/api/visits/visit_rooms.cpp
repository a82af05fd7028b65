#include "api/visits/visit_rooms.hpp"

namespace motus::api {

namespace {

core::visits::Participant opposite(core::visits::Participant who) {
  return who == core::visits::Participant::member ? core::visits::Participant::therapist
                                                  : core::visits::Participant::member;
}

}  // namespace

VisitRooms::Joined VisitRooms::join(const std::string& appointment_id, Participant who,
                                    Socket socket) {
  std::lock_guard lock(mutex_);
  auto& room = rooms_[appointment_id];
  Joined joined;
  joined.replaced = std::exchange(room.seat(who), std::move(socket));
  joined.other = room.seat(opposite(who));
  return joined;
}

bool VisitRooms::leave(const std::string& appointment_id, Participant who, const Socket& socket) {
  std::lock_guard lock(mutex_);
  auto it = rooms_.find(appointment_id);
  if (it == rooms_.end() || it->second.seat(who) != socket) return false;
  it->second.seat(who).reset();
  if (!it->second.member && !it->second.therapist) rooms_.erase(it);
  return true;
}

VisitRooms::Socket VisitRooms::other(const std::string& appointment_id, Participant who) const {
  std::lock_guard lock(mutex_);
  auto it = rooms_.find(appointment_id);
  if (it == rooms_.end()) return nullptr;
  auto room = it->second;
  return room.seat(opposite(who));
}

std::size_t VisitRooms::rooms() const {
  std::lock_guard lock(mutex_);
  return rooms_.size();
}

}  // namespace motus::api
