#pragma once
// Adding a member to an ordered Json object whose key is known to be new (a
// model's ids are unique): the library's ordered objects search every key on
// insertion, which made writing the results of a model with 100,000 stages
// quadratic (17 s of a 25 s run).
#include <string>

#include "format/load.h"

namespace pathways {

// Appends key: value to `object` without looking for the key, and returns the
// value's place. The caller knows the key is not there yet.
inline Json& append_member(Json& object, std::string key, Json value) {
    if (object.is_null()) object = Json::object();
    auto& members = object.get_ref<Json::object_t&>();
    members.Json::object_t::Container::emplace_back(std::move(key), std::move(value));
    return members.back().second;
}

}  // namespace pathways
