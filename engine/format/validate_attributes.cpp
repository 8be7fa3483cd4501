// Attributes, references to them (conditions, mixes, priorities) and to stages.
#include <cmath>

#include "format/suggest.h"
#include "format/validate.h"

namespace pathways {

void read_attributes(LoadContext& c, const Json& value, const std::string& pointer) {
    if (!c.in.object(value, pointer)) return;
    std::uint64_t profiles = 1;
    for (const auto& [name, values] : value.items()) {
        const std::string p = child(pointer, name);
        if (Reader::is_free_text(name)) continue;
        c.in.id(name, p);
        Attribute attribute{name, {}};
        if (auto list = c.in.strings(values, p)) attribute.values = *list;
        if (values.is_array() && values.empty()) c.in.error(p, "must list at least one value, got an empty array");
        for (std::size_t i = 0; i < attribute.values.size(); ++i) {
            const std::string& v = attribute.values[i];
            if (v.empty()) c.in.error(child(p, i), "must be a non-empty string");
            for (std::size_t j = 0; j < i; ++j) {
                if (attribute.values[j] == v) c.in.error(child(p, i), "value \"" + v + "\" is listed twice");
            }
        }
        profiles *= std::max<std::size_t>(1, attribute.values.size());
        if (profiles > max_profiles) {
            c.in.error(p, "the attributes give " + std::to_string(profiles) +
                              " combinations of values so far, more than the limit of " + std::to_string(max_profiles));
            profiles = 1;
        }
        c.model.attributes.push_back(std::move(attribute));
    }
    c.in.free_text_members(value, pointer);
}

std::optional<std::uint32_t> attribute_ref(LoadContext& c, const std::string& name, const std::string& pointer) {
    std::vector<std::string> names;
    for (std::uint32_t a = 0; a < c.model.attributes.size(); ++a) {
        if (c.model.attributes[a].name == name) return a;
        names.push_back(c.model.attributes[a].name);
    }
    c.in.error(pointer, "attribute '" + name + "' is not declared in /attributes" + did_you_mean(name, names));
    return std::nullopt;
}

std::optional<std::uint32_t> value_ref(LoadContext& c, std::uint32_t attribute, const Json& value,
                                       const std::string& pointer) {
    auto text = c.in.string(value, pointer);
    if (!text) return std::nullopt;
    const Attribute& a = c.model.attributes[attribute];
    for (std::uint32_t v = 0; v < a.values.size(); ++v) {
        if (a.values[v] == *text) return v;
    }
    c.in.error(pointer, "value \"" + *text + "\" is not declared for attribute '" + a.name + "'" +
                            did_you_mean(*text, a.values));
    return std::nullopt;
}

std::optional<StageIndex> stage_ref(LoadContext& c, const Json& value, const std::string& pointer) {
    auto id = c.in.string(value, pointer);
    if (!id) return std::nullopt;
    if (auto it = c.stage_lookup.find(*id); it != c.stage_lookup.end()) return it->second;
    c.in.error(pointer, "unknown stage '" + *id + "'" + did_you_mean(*id, c.stage_ids));
    return std::nullopt;
}

std::string describe_profile(const Model& model, const std::vector<std::uint32_t>& attributes,
                             const std::vector<std::uint32_t>& values) {
    std::string s;
    for (std::size_t i = 0; i < attributes.size(); ++i) {
        if (!s.empty()) s += ", ";
        const Attribute& a = model.attributes[attributes[i]];
        s += a.name + "=" + a.values[values[i]];
    }
    return s;
}

namespace {

// One attribute's shares in a mix; values left out get share 0.
std::vector<double> read_shares(LoadContext& c, std::uint32_t attribute, const Json& shares, const std::string& p) {
    const Attribute& a = c.model.attributes[attribute];
    std::vector<double> out(a.values.size(), 0.0);
    if (!c.in.object(shares, p)) return out;
    double sum = 0;
    bool ok = true;
    for (const auto& [value, share] : shares.items()) {
        const std::string vp = child(p, value);
        auto v = value_ref(c, attribute, Json(value), vp);
        auto x = c.in.number(share, vp, Sign::non_negative);
        if (x && *x > 1) c.in.error(vp, "must be a share between 0 and 1, got " + show(share));
        ok = ok && v && x;
        if (v && x) out[*v] = *x;
        sum += x.value_or(0);
    }
    if (ok && std::fabs(sum - 1) > share_tolerance)
        c.in.error(p, "the shares of " + a.name + " sum to " + show_number(sum) + ", not 1");
    return out;
}

}  // namespace

Mix read_mix(LoadContext& c, const Json* value, const std::string& pointer) {
    Mix mix;
    for (const auto& a : c.model.attributes) {
        std::vector<double> first_value(a.values.size(), 0.0);
        if (!first_value.empty()) first_value[0] = 1;
        mix.push_back(first_value);
    }
    if (!value || !c.in.object(*value, pointer)) return mix;
    for (const auto& [name, shares] : value->items()) {
        const std::string p = child(pointer, name);
        if (auto a = attribute_ref(c, name, p)) mix[*a] = read_shares(c, *a, shares, p);
    }
    return mix;
}

}  // namespace pathways
