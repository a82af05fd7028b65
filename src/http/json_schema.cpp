#include "http/json_schema.hpp"

#include <algorithm>
#include <regex>

namespace motus::http::schema {

namespace {

Json typed(const char* type) { return {{"type", type}}; }

Json object_of(std::vector<std::pair<std::string, Json>> properties) {
  Json out = {{"type", "object"}, {"properties", Json::object()}};
  Json required = Json::array();
  for (auto& [name, schema] : properties) {
    if (!name.empty() && name.back() == '?') {
      out["properties"][name.substr(0, name.size() - 1)] = std::move(schema);
    } else {
      required.push_back(name);
      out["properties"][name] = std::move(schema);
    }
  }
  if (!required.empty()) out["required"] = std::move(required);
  return out;
}

std::string join_words(const Json& list) {
  std::string out;
  for (const auto& item : list) {
    if (!out.empty()) out += ", ";
    out += item.is_string() ? item.get<std::string>() : item.dump();
  }
  return out;
}

std::size_t characters(const std::string& text) {
  std::size_t count = 0;
  for (unsigned char c : text) count += (c & 0xC0) != 0x80;
  return count;
}

bool is_whole(const Json& value) {
  if (value.is_number_integer()) return true;
  if (!value.is_number_float()) return false;
  const double number = value.get<double>();
  return number == static_cast<double>(static_cast<std::int64_t>(number));
}

bool has_type(const Json& value, const std::string& type) {
  if (type == "null") return value.is_null();
  if (type == "boolean") return value.is_boolean();
  if (type == "string") return value.is_string();
  if (type == "integer") return is_whole(value);
  if (type == "number") return value.is_number();
  if (type == "array") return value.is_array();
  if (type == "object") return value.is_object();
  return false;
}

// The words of each rule, in English and in Spanish side by side ("expected a whole number from
// 0 to 10." / "se espera un número entero del 0 al 10.").
struct Words {
  std::string en;
  std::string es;
};

Words operator+(Words a, const Words& b) { return {a.en + b.en, a.es + b.es}; }

Words type_words(const std::string& type) {
  if (type == "null") return {"null", "null"};
  if (type == "boolean") return {"true or false", "true o false"};
  if (type == "string") return {"text", "un texto"};
  if (type == "integer") return {"a whole number", "un número entero"};
  if (type == "number") return {"a number", "un número"};
  if (type == "array") return {"a list", "una lista"};
  return {"an object", "un objeto"};
}

Words range_words(const Json& schema) {
  const bool low = schema.contains("minimum"), high = schema.contains("maximum");
  const bool whole = schema.value("type", "") == "integer";
  const Words noun{whole ? "a whole number" : "a number", whole ? "un número entero" : "un número"};
  const std::string min = low ? schema["minimum"].dump() : "";
  const std::string max = high ? schema["maximum"].dump() : "";
  if (low && high) return noun + Words{" from " + min + " to " + max, " del " + min + " al " + max};
  if (low) return noun + Words{" of at least " + min, " de " + min + " o más"};
  return noun + Words{" of at most " + max, " de " + max + " como máximo"};
}

Words length_words(const Json& schema) {
  const bool low = schema.contains("minLength"), high = schema.contains("maxLength");
  const std::string min = low ? schema["minLength"].dump() : "";
  const std::string max = high ? schema["maxLength"].dump() : "";
  if (low && high && min == "1")
    return {"text of at most " + max + " characters, not empty",
            "un texto no vacío de " + max + " caracteres como máximo"};
  if (low && high)
    return {"text of " + min + " to " + max + " characters",
            "un texto de " + min + " a " + max + " caracteres"};
  if (low && min == "1") return {"text, not empty", "un texto, no vacío"};
  if (low)
    return {"text of at least " + min + " characters", "un texto de " + min + " caracteres o más"};
  return {"text of at most " + max + " characters",
          "un texto de " + max + " caracteres como máximo"};
}

// "expected X." / "se espera X."
Words expected(const Words& what) {
  return {"expected " + what.en + ".", "se espera " + what.es + "."};
}

Violation violation(const std::string& field, const Words& words) {
  return {field, words.en, words.es};
}

std::string item_field(const std::string& field, std::size_t index) {
  return field + "[" + std::to_string(index) + "]";
}

std::string property_field(const std::string& field, const std::string& name) {
  return field.empty() ? name : field + "." + name;
}

// A field's own message ("x-message"), with its Spanish ("x-message-es"); a field without one
// says in Spanish what the rule it broke says.
Violation own_message(const Json& schema, const std::string& field, const std::string& spanish) {
  return {field, schema["x-message"].get<std::string>(),
          schema.contains("x-message-es") ? schema["x-message-es"].get<std::string>() : spanish};
}

class Checker {
 public:
  explicit Checker(const Json& root) : root_(root) {}

  void check(const Json& schema, const Json& value, const std::string& field,
             std::vector<Violation>& out) const {
    const auto before = out.size();
    check_here(schema, value, field, out);
    // A field with its own message says it once, whatever went wrong inside it.
    if (out.size() > before && schema.is_object() && schema.contains("x-message")) {
      const auto first = out[before];
      out.resize(before);
      out.push_back(own_message(schema, field, first.message_es));
    }
  }

 private:
  const Json& resolve(const Json& schema) const {
    const auto ref = schema.find("$ref");
    if (ref == schema.end()) return schema;
    const auto text = ref->get<std::string>();
    if (text.rfind("#/", 0) != 0 || root_.is_null()) {
      throw std::invalid_argument("schema: cannot follow the reference " + text);
    }
    return root_.at(Json::json_pointer(text.substr(1)));
  }

  void check_here(const Json& given, const Json& value, const std::string& field,
                  std::vector<Violation>& out) const {
    if (given.is_boolean()) {
      if (!given.get<bool>()) {
        out.push_back(violation(field, {"is not expected here.", "no se espera aquí."}));
      }
      return;
    }
    const Json& schema = resolve(given);
    if (&schema != &given) return check(schema, value, field, out);
    if (const auto type = schema.find("type"); type != schema.end()) {
      const Json types = type->is_array() ? *type : Json::array({*type});
      bool ok = false;
      for (const auto& t : types) ok = ok || has_type(value, t.get<std::string>());
      if (!ok) {
        Words words;
        for (const auto& t : types) {
          const auto one = type_words(t.get<std::string>());
          words = words.en.empty() ? one : words + Words{" or ", " o "} + one;
        }
        out.push_back(violation(field, expected(words)));
        return;
      }
    }
    if (const auto allowed = schema.find("enum"); allowed != schema.end()) {
      if (std::find(allowed->begin(), allowed->end(), value) == allowed->end()) {
        const auto choices = join_words(*allowed);
        out.push_back(
            violation(field, expected({"one of " + choices, "uno de estos: " + choices})));
        return;
      }
    }
    if (const auto constant = schema.find("const");
        constant != schema.end() && *constant != value) {
      out.push_back(violation(field, expected({constant->dump(), constant->dump()})));
      return;
    }
    if (value.is_number()) check_number(schema, value, field, out);
    if (value.is_string()) check_text(schema, value.get<std::string>(), field, out);
    if (value.is_array()) check_list(schema, value, field, out);
    if (value.is_object()) check_object(schema, value, field, out);
    check_combinations(schema, value, field, out);
  }

  static void check_number(const Json& schema, const Json& value, const std::string& field,
                           std::vector<Violation>& out) {
    const double number = value.get<double>();
    const bool low = schema.contains("minimum") && number < schema["minimum"].get<double>();
    const bool high = schema.contains("maximum") && number > schema["maximum"].get<double>();
    if (low || high) out.push_back(violation(field, expected(range_words(schema))));
  }

  static void check_text(const Json& schema, const std::string& text, const std::string& field,
                         std::vector<Violation>& out) {
    const auto length = characters(text);
    const bool short_ =
        schema.contains("minLength") && length < schema["minLength"].get<std::size_t>();
    const bool long_ =
        schema.contains("maxLength") && length > schema["maxLength"].get<std::size_t>();
    if (short_ || long_) {
      out.push_back(violation(field, expected(length_words(schema))));
      return;
    }
    if (const auto pattern = schema.find("pattern"); pattern != schema.end()) {
      if (!std::regex_search(text, std::regex(pattern->get<std::string>()))) {
        const auto form = pattern->get<std::string>();
        out.push_back(violation(
            field, expected({"text in the form " + form, "un texto con la forma " + form})));
      }
    }
  }

  void check_list(const Json& schema, const Json& value, const std::string& field,
                  std::vector<Violation>& out) const {
    if (schema.contains("minItems") && value.size() < schema["minItems"].get<std::size_t>()) {
      const auto count = schema["minItems"].dump();
      out.push_back(violation(field, expected({"at least " + count + " items",
                                               "una lista de " + count + " elementos o más"})));
    }
    if (schema.contains("maxItems") && value.size() > schema["maxItems"].get<std::size_t>()) {
      const auto count = schema["maxItems"].dump();
      out.push_back(
          violation(field, expected({"at most " + count + " items",
                                     "una lista de " + count + " elementos como máximo"})));
    }
    if (const auto items = schema.find("items"); items != schema.end()) {
      for (std::size_t i = 0; i < value.size(); ++i)
        check(*items, value[i], item_field(field, i), out);
    }
  }

  void check_object(const Json& schema, const Json& value, const std::string& field,
                    std::vector<Violation>& out) const {
    static const Json no_properties = Json::object();
    const auto found = schema.find("properties");
    const Json& properties = found == schema.end() ? no_properties : *found;
    if (const auto required = schema.find("required"); required != schema.end()) {
      for (const auto& name : *required) {
        const auto key = name.get<std::string>();
        if (value.contains(key)) continue;
        const auto property = properties.find(key);
        const bool own_message_of = property != properties.end() && property->is_object() &&
                                    property->contains("x-message");
        const auto at = property_field(field, key);
        out.push_back(own_message_of ? own_message(*property, at, "es obligatorio.")
                                     : violation(at, {"is needed.", "es obligatorio."}));
      }
    }
    const auto extra = schema.find("additionalProperties");
    for (const auto& [key, item] : value.items()) {
      if (const auto property = properties.find(key); property != properties.end()) {
        check(*property, item, property_field(field, key), out);
      } else if (extra != schema.end() && extra->is_boolean() && !extra->get<bool>()) {
        std::vector<std::string> known;
        for (const auto& [name, _] : properties.items()) known.push_back(name);
        const auto fields = join_words(Json(known));
        out.push_back(violation(property_field(field, key),
                                {"is not a field here (use " + fields + ").",
                                 "no es un campo de aquí (usa " + fields + ")."}));
      } else if (extra != schema.end() && extra->is_object()) {
        check(*extra, item, property_field(field, key), out);
      }
    }
  }

  void check_combinations(const Json& schema, const Json& value, const std::string& field,
                          std::vector<Violation>& out) const {
    if (const auto all = schema.find("allOf"); all != schema.end()) {
      for (const auto& part : *all) check(part, value, field, out);
    }
    for (const char* key : {"anyOf", "oneOf"}) {
      const auto choices = schema.find(key);
      if (choices == schema.end()) continue;
      std::size_t matching = 0;
      std::vector<Violation> nearest;
      for (const auto& choice : *choices) {
        std::vector<Violation> tried;
        check(choice, value, field, tried);
        if (tried.empty()) ++matching;
        if (nearest.empty() || (!tried.empty() && tried.size() < nearest.size())) nearest = tried;
      }
      if (matching == 0) {
        out.insert(out.end(), nearest.begin(), nearest.end());
      } else if (std::string(key) == "oneOf" && matching > 1) {
        out.push_back(violation(field, {"matches more than one of the allowed shapes.",
                                        "encaja con más de una de las formas permitidas."}));
      }
    }
  }

  const Json& root_;
};

}  // namespace

Json text() { return typed("string"); }
Json text(std::size_t min_length, std::size_t max_length) {
  Json out = typed("string");
  if (min_length > 0) out["minLength"] = min_length;
  out["maxLength"] = max_length;
  return out;
}
Json filled() { return {{"type", "string"}, {"minLength", 1}}; }
Json whole() { return typed("integer"); }
Json whole(std::int64_t minimum, std::int64_t maximum) {
  return {{"type", "integer"}, {"minimum", minimum}, {"maximum", maximum}};
}
Json whole_from(std::int64_t minimum) { return {{"type", "integer"}, {"minimum", minimum}}; }
Json number() { return typed("number"); }
Json yes_no() { return typed("boolean"); }
Json words(std::vector<std::string> allowed) { return {{"type", "string"}, {"enum", allowed}}; }
Json list(Json items) { return {{"type", "array"}, {"items", std::move(items)}}; }
Json object(std::vector<std::pair<std::string, Json>> properties) {
  return object_of(std::move(properties));
}
Json strict_object(std::vector<std::pair<std::string, Json>> properties) {
  auto out = object_of(std::move(properties));
  out["additionalProperties"] = false;
  return out;
}
Json map_of(Json values) {
  return {{"type", "object"}, {"additionalProperties", std::move(values)}};
}
Json any() { return Json::object(); }

Json nullable(Json schema) {
  if (schema.contains("type") && !schema.contains("title")) {
    auto& type = schema["type"];
    if (!type.is_array()) type = Json::array({type});
    type.push_back("null");
    if (schema.contains("enum")) schema["enum"].push_back(nullptr);
    return schema;
  }
  return {{"anyOf", {std::move(schema), typed("null")}}};
}

Json any_of(std::vector<Json> choices) { return {{"anyOf", std::move(choices)}}; }

Json named(std::string name, Json schema) {
  schema["title"] = std::move(name);
  return schema;
}

Json said(Json schema, std::string message, std::string spanish) {
  schema["x-message"] = std::move(message);
  if (!spanish.empty()) schema["x-message-es"] = std::move(spanish);
  return schema;
}

Json problem() {
  return named("Problem",
               object({{"type", text()},
                       {"title", text()},
                       {"status", whole(400, 599)},
                       {"detail?", text()},
                       {"instance?", text()},
                       {"error_id", text()},
                       {"errors?", list(object({{"field", text()}, {"message", text()}}))}}));
}

std::vector<Violation> validate(const Json& schema, const Json& value, const Json& root) {
  std::vector<Violation> out;
  Checker(root).check(schema, value, "", out);
  return out;
}

}  // namespace motus::http::schema
