// Which keys the document's declared format has.
#include "format/validate.h"

namespace pathways {

namespace {

const Json* member_since(LoadContext& c, const Json& object, const std::string& pointer, const std::string& key,
                         bool has_it, const char* since) {
    const Json* value = Reader::member(object, key);
    if (!value || has_it) return value;
    c.in.error(child(pointer, key), "'" + key + "' needs format pathways/" + since + " (this file says \"format\": \"" +
                                        c.model.format + "\")");
    return nullptr;
}

}  // namespace

const Json* member_1_1(LoadContext& c, const Json& object, const std::string& pointer, const std::string& key) {
    return member_since(c, object, pointer, key, c.model.version_1_1(), "1.1");
}

const Json* member_1_2(LoadContext& c, const Json& object, const std::string& pointer, const std::string& key) {
    return member_since(c, object, pointer, key, c.model.version_1_2(), "1.2");
}

}  // namespace pathways
