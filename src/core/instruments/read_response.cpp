#include "core/instruments/definition_reader.hpp"
#include "core/instruments/response.hpp"

namespace motus::core::instruments {

InstrumentResponse read_response(const nlohmann::json& document) {
  DefinitionReader fields(document, "response");
  InstrumentResponse response;
  response.instrument_id = fields.text("instrument");
  response.answered_at_ms = fields.optional_long("answered_at_ms", 0).value_or(0);
  for (auto& answer_fields : fields.objects("answers", 1)) {
    Answer answer;
    answer.item_id = answer_fields.text("item");
    answer.value = answer_fields.whole_number("value", -1000, 1000);
    answer.named = answer_fields.optional_text("named");
    answer_fields.reject_unread_keys();
    response.answers.push_back(std::move(answer));
  }
  fields.reject_unread_keys();
  return response;
}

}  // namespace motus::core::instruments
