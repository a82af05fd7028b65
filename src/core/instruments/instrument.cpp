#include "core/instruments/instrument.hpp"

#include <algorithm>

namespace motus::core::instruments {

const Item* InstrumentDefinition::item(std::string_view item_id) const {
  const auto found = std::find_if(items.begin(), items.end(),
                                  [&](const Item& item) { return item.id == item_id; });
  return found == items.end() ? nullptr : &*found;
}

}  // namespace motus::core::instruments
