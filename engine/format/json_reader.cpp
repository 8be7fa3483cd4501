#include "format/json_reader.h"

#include <cmath>
#include <cstdio>
#include <limits>

#include "format/suggest.h"

namespace pathways {

namespace {

// Keys any object may carry; the engine ignores them, reports show them.
const std::vector<std::string> free_text_keys = {"label", "note", "source", "sources"};

constexpr std::size_t longest_shown = 60;

}  // namespace

bool Reader::is_free_text(const std::string& key) {
    for (const auto& k : free_text_keys) {
        if (k == key) return true;
    }
    return false;
}

void Reader::free_text_members(const Json& object, const std::string& pointer) {
    for (const auto& [key, value] : object.items()) {
        if (is_free_text(key)) free_text(object, pointer, key);
    }
}

void Reader::entries(const Json& value, const std::string& pointer,
                     const std::function<void(const std::string&, const Json&, const std::string&)>& read) {
    if (!object(value, pointer)) return;
    free_text_members(value, pointer);
    for (const auto& [id, member] : value.items()) {
        if (!is_free_text(id)) read(id, member, child(pointer, id));
    }
}

std::string child(const std::string& pointer, const std::string& key) {
    std::string escaped;
    for (char c : key) {
        if (c == '~')
            escaped += "~0";
        else if (c == '/')
            escaped += "~1";
        else
            escaped += c;
    }
    return pointer + "/" + escaped;
}

std::string child(const std::string& pointer, std::size_t index) { return pointer + "/" + std::to_string(index); }

std::string show_number(double x) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.12g", x);
    return buffer;
}

std::string show(const Json& value) {
    switch (value.type()) {
        case Json::value_t::object: return "an object";
        case Json::value_t::array: return "an array";
        case Json::value_t::null: return "null";
        case Json::value_t::string: {
            std::string s = value.dump(-1, ' ', false, Json::error_handler_t::replace);
            if (s.size() > longest_shown) s = s.substr(0, longest_shown) + "...\"";
            return s;
        }
        default: return value.dump();
    }
}

void Reader::error(const std::string& pointer, const std::string& message) {
    out_.push_back({Diagnostic::Severity::error, file_, pointer, message});
    ++errors_;
}

void Reader::warning(const std::string& pointer, const std::string& message) {
    out_.push_back({Diagnostic::Severity::warning, file_, pointer, message});
}

bool Reader::object(const Json& value, const std::string& pointer) {
    if (value.is_object()) return true;
    error(pointer, "must be an object, got " + show(value));
    return false;
}

bool Reader::array(const Json& value, const std::string& pointer) {
    if (value.is_array()) return true;
    error(pointer, "must be an array, got " + show(value));
    return false;
}

void Reader::keys(const Json& object, const std::string& pointer, const std::vector<std::string>& known) {
    for (const auto& [key, value] : object.items()) {
        if (is_free_text(key)) {
            free_text(object, pointer, key);
            continue;
        }
        bool found = false;
        for (const auto& k : known) found = found || k == key;
        if (!found) error(child(pointer, key), "unknown key '" + key + "'" + did_you_mean(key, known));
    }
}

void Reader::free_text(const Json& object, const std::string& pointer, const std::string& key) {
    const Json& value = object.at(key);
    const std::string p = child(pointer, key);
    if (key != "sources") {
        if (!value.is_string()) error(p, "must be a string, got " + show(value));
        return;
    }
    if (!this->object(value, p)) return;
    for (const auto& [k, v] : value.items()) {
        if (!v.is_string()) error(child(p, k), "must be a string, got " + show(v));
    }
}

const Json* Reader::member(const Json& object, const std::string& key) {
    if (!object.is_object()) return nullptr;
    auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

const Json* Reader::required(const Json& object, const std::string& pointer, const std::string& key) {
    const Json* value = member(object, key);
    if (!value) error(pointer, "missing required key '" + key + "'");
    return value;
}

std::optional<std::string> Reader::string(const Json& value, const std::string& pointer) {
    if (value.is_string()) return value.get<std::string>();
    error(pointer, "must be a string, got " + show(value));
    return std::nullopt;
}

std::optional<std::vector<std::string>> Reader::strings(const Json& value, const std::string& pointer) {
    if (!array(value, pointer)) return std::nullopt;
    std::vector<std::string> out;
    bool ok = true;
    for (std::size_t i = 0; i < value.size(); ++i) {
        auto s = string(value[i], child(pointer, i));
        ok = ok && s.has_value();
        if (s) out.push_back(*s);
    }
    if (!ok) return std::nullopt;
    return out;
}

std::optional<bool> Reader::boolean(const Json& value, const std::string& pointer) {
    if (value.is_boolean()) return value.get<bool>();
    error(pointer, "must be true or false, got " + show(value));
    return std::nullopt;
}

std::optional<double> Reader::number(const Json& value, const std::string& pointer, Sign sign) {
    if (!value.is_number()) {
        error(pointer, "must be a number, got " + show(value));
        return std::nullopt;
    }
    const double x = value.get<double>();
    if (!std::isfinite(x)) {
        error(pointer, "must be a finite number, got " + show(value));
        return std::nullopt;
    }
    if (sign == Sign::positive && !(x > 0)) {
        error(pointer, "must be > 0, got " + show(value));
        return std::nullopt;
    }
    if (sign == Sign::non_negative && !(x >= 0)) {
        error(pointer, "must be >= 0, got " + show(value));
        return std::nullopt;
    }
    return x;
}

std::optional<double> Reader::required_number(const Json& object, const std::string& pointer, const std::string& key,
                                              Sign sign) {
    const Json* value = required(object, pointer, key);
    if (!value) return std::nullopt;
    return number(*value, child(pointer, key), sign);
}

std::optional<std::uint64_t> Reader::integer(const Json& value, const std::string& pointer, std::uint64_t min,
                                             std::uint64_t max) {
    const std::string wanted = "must be an integer >= " + std::to_string(min);
    if (value.is_number_unsigned()) {
        auto x = value.get<std::uint64_t>();
        if (x >= min && x <= max) return x;
        if (x < min)
            error(pointer, wanted + ", got " + show(value));
        else
            error(pointer, "must be at most " + std::to_string(max) + ", got " + show(value));
        return std::nullopt;
    }
    if (value.is_number_integer() && value.get<std::int64_t>() >= 0)
        return integer(Json(value.get<std::uint64_t>()), pointer, min, max);
    if (value.is_number_float()) {
        const double x = value.get<double>();
        // 2^64 is the first double past uint64; integral floats below it are exact.
        const bool whole = std::isfinite(x) && x >= 0 && std::floor(x) == x && x < 18446744073709551616.0;
        if (whole) return integer(Json(static_cast<std::uint64_t>(x)), pointer, min, max);
    }
    error(pointer, wanted + ", got " + show(value));
    return std::nullopt;
}

std::optional<std::size_t> Reader::choice(const Json& value, const std::string& pointer,
                                          const std::vector<std::string>& choices) {
    auto text = string(value, pointer);
    if (!text) return std::nullopt;
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (choices[i] == *text) return i;
    }
    std::string listed;
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (i > 0) listed += i + 1 == choices.size() ? " or " : ", ";
        listed += "\"" + choices[i] + "\"";
    }
    error(pointer, "must be " + listed + ", got " + show(value) + did_you_mean(*text, choices));
    return std::nullopt;
}

bool Reader::id(const std::string& key, const std::string& pointer) {
    bool ok = !key.empty() && key[0] >= 'a' && key[0] <= 'z';
    for (char c : key) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
    if (!ok)
        error(pointer,
              "'" + key + "' is not a valid id: ids are lower-case letters, digits and _, starting with a letter");
    return ok;
}

// Line and paragraph separators (U+2028, U+2029) read as spaces: a label is
// one line wherever it is shown, and the report's chart expressions (ES5)
// refuse them raw.
std::string Reader::text(const Json& object, const std::string& key) {
    const Json* value = member(object, key);
    if (!value || !value->is_string()) return "";
    std::string text = value->get<std::string>();
    for (std::size_t at = text.find("\xE2\x80"); at != std::string::npos; at = text.find("\xE2\x80", at + 1)) {
        if (at + 2 < text.size() && (text[at + 2] == '\xA8' || text[at + 2] == '\xA9')) text.replace(at, 3, " ");
    }
    return text;
}

Sourcing Reader::sourcing(const Json& object) {
    Sourcing s{text(object, "source"), text(object, "note"), {}};
    if (const Json* sources = member(object, "sources"); sources && sources->is_object()) {
        for (const auto& [k, v] : sources->items()) {
            if (v.is_string()) s.sources.emplace_back(k, v.get<std::string>());
        }
    }
    return s;
}

}  // namespace pathways
