#pragma once
// Who is in which visit room, on this server: at most one socket per participant (member,
// therapist) per appointment. A second socket of the same person (a re-join after a network
// drop, or another tab) replaces the first. Rooms live in this process only, so both people of a
// visit must reach the same server (deploy/nginx.conf routes a visit's upgrades by appointment).
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "core/visits/visit_admission.hpp"
#include "http/websocket.hpp"

namespace motus::api {

class VisitRooms {
 public:
  using Socket = std::shared_ptr<http::WebSocket>;
  using Participant = core::visits::Participant;

  struct Joined {
    Socket replaced;  // the same person's earlier socket, to be closed; null if none
    Socket other;     // the other person's socket, when they are in the room
  };

  Joined join(const std::string& appointment_id, Participant who, Socket socket);
  // Takes `socket` out if it is still `who`'s in the room; true when it was (false when a newer
  // socket had replaced it). The room goes once empty.
  bool leave(const std::string& appointment_id, Participant who, const Socket& socket);
  // The other person's socket, or null.
  Socket other(const std::string& appointment_id, Participant who) const;
  std::size_t rooms() const;

 private:
  struct Room {
    Socket member;
    Socket therapist;
    Socket& seat(Participant who) { return who == Participant::member ? member : therapist; }
  };
  mutable std::mutex mutex_;
  std::map<std::string, Room> rooms_;
};

}  // namespace motus::api
