// Which keys the document's declared format has.
#include "format/validate.h"

namespace pathways {

const Json* member_1_1(LoadContext& c, const Json& object, const std::string& pointer, const std::string& key) {
    const Json* value = Reader::member(object, key);
    if (!value || c.model.version_1_1()) return value;
    c.in.error(child(pointer, key),
               "'" + key + "' needs format pathways/1.1 (this file says \"format\": \"" + c.model.format + "\")");
    return nullptr;
}

}  // namespace pathways
