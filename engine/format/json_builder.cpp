#include "format/json_builder.h"

#include "format/json_reader.h"

namespace pathways {

bool JsonBuilder::add(Json value) {
    if (stack_.empty()) {
        root_ = std::move(value);
        return true;
    }
    Json& top = *stack_.back().container;
    if (top.is_array()) {
        top.get_ref<Json::array_t&>().push_back(std::move(value));
    } else {
        // Keys are known to be new (see key()), so append without a search.
        auto& members = top.get_ref<Json::object_t&>();
        members.Json::object_t::Container::emplace_back(stack_.back().key, std::move(value));
    }
    return true;
}

bool JsonBuilder::open(Json container) {
    add(std::move(container));
    Json* opened = &root_;
    if (stack_.size() > 0) {
        Json& top = *stack_.back().container;
        opened = top.is_array() ? &top.get_ref<Json::array_t&>().back() : &top.get_ref<Json::object_t&>().back().second;
    }
    // The parent is not changed while this container is open, so the pointer stays valid.
    stack_.push_back({opened, "", {}});
    return true;
}

bool JsonBuilder::close() {
    stack_.pop_back();
    return true;
}

bool JsonBuilder::key(string_t& key) {
    Frame& frame = stack_.back();
    if (!frame.keys.insert(key).second) {
        problem_ = Problem{child(pointer(), key), 0, "the key \"" + key + "\" appears twice in this object", false};
        return false;
    }
    frame.key = key;
    return true;
}

bool JsonBuilder::parse_error(std::size_t position, const std::string&, const Json::exception& e) {
    problem_ = Problem{"", position, e.what(), true};
    return false;
}

std::string JsonBuilder::pointer() const {
    std::string p;
    for (std::size_t i = 0; i + 1 < stack_.size(); ++i) {
        const Json& container = *stack_[i].container;
        p = container.is_array() ? child(p, container.size() - 1) : child(p, stack_[i].key);
    }
    return p;
}

}  // namespace pathways
