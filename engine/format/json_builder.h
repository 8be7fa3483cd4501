#pragma once
// Builds an ordered Json document from parser events in linear time (the
// library's ordered objects search every key on insertion, which is quadratic
// for a model with 100,000 stages) and refuses duplicate keys, which JSON
// parsers would otherwise resolve silently by keeping one of them.
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "format/load.h"

namespace pathways {

class JsonBuilder : public nlohmann::json_sax<Json> {
public:
    struct Problem {
        std::string pointer;     // where, for duplicate keys
        std::size_t offset = 0;  // byte offset, for syntax errors
        std::string message;
        bool syntax = false;
    };

    bool null() override { return add(Json(nullptr)); }
    bool boolean(bool value) override { return add(Json(value)); }
    bool number_integer(number_integer_t value) override { return add(Json(value)); }
    bool number_unsigned(number_unsigned_t value) override { return add(Json(value)); }
    bool number_float(number_float_t value, const string_t&) override { return add(Json(value)); }
    bool string(string_t& value) override { return add(Json(std::move(value))); }
    bool binary(binary_t& value) override { return add(Json::binary(std::move(value))); }
    bool start_object(std::size_t) override { return open(Json::object()); }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(Json::array()); }
    bool end_array() override { return close(); }
    bool key(string_t& key) override;
    bool parse_error(std::size_t position, const std::string& last_token, const Json::exception& e) override;

    Json& result() { return root_; }
    const std::optional<Problem>& problem() const { return problem_; }

private:
    struct Frame {
        Json* container;
        std::string key;                       // objects: the member being read
        std::unordered_set<std::string> keys;  // objects: every key so far
    };
    bool add(Json value);
    bool open(Json container);
    bool close();
    std::string pointer() const;

    Json root_;
    std::vector<Frame> stack_;
    std::optional<Problem> problem_;
};

}  // namespace pathways
