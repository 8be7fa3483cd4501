// Deadlines: a clock per person that diverts them from some stages.
#include "format/validate.h"

namespace pathways {

namespace {

std::vector<StageIndex> read_applies_to(LoadContext& c, const Json& value, const std::string& p) {
    std::vector<StageIndex> out;
    if (!c.in.array(value, p)) return out;
    if (value.empty()) c.in.error(p, "must list at least one stage, got an empty array");
    for (std::size_t i = 0; i < value.size(); ++i) {
        auto s = stage_ref(c, value[i], child(p, i));
        if (s && c.model.stages[*s].kind == StageKind::outcome)
            c.in.error(child(p, i), "'" + c.stage_ids[*s] + "' is an outcome: nobody is there to divert");
        else if (s)
            out.push_back(*s);
    }
    return out;
}

void read_deadline(LoadContext& c, const std::string& id, const Json& value, const std::string& p) {
    c.in.id(id, p);
    if (!c.in.object(value, p)) return;
    c.in.keys(value, p, {"starts_at", "after", "applies_to", "divert_to"});
    const Json* starts_at = c.in.required(value, p, "starts_at");
    const Json* after = c.in.required(value, p, "after");
    const Json* applies_to = c.in.required(value, p, "applies_to");
    const Json* divert_to = c.in.required(value, p, "divert_to");
    Deadline d;
    d.id = id;
    d.label = Reader::text(value, "label");
    d.sourcing = Reader::sourcing(value);
    auto start = starts_at ? stage_ref(c, *starts_at, child(p, "starts_at")) : std::nullopt;
    auto wait = after ? read_duration(c.in, *after, child(p, "after")) : std::nullopt;
    if (applies_to) d.applies_to = read_applies_to(c, *applies_to, child(p, "applies_to"));
    auto divert = divert_to ? stage_ref(c, *divert_to, child(p, "divert_to")) : std::nullopt;
    if (!start || !wait || !divert) return;
    d.starts_at = *start;
    d.after = *wait;
    d.divert_to = std::vector<StageIndex>(d.applies_to.size(), divert.value());
    d.effect.assign(d.applies_to.size(), MoveEffect::loses_support);
    c.model.deadlines.push_back(std::move(d));
}

}  // namespace

void read_deadlines(LoadContext& c, const Json& value, const std::string& pointer) {
    c.in.entries(value, pointer, [&](const std::string& id, const Json& member, const std::string& at) {
        read_deadline(c, id, member, at);
    });
}

}  // namespace pathways
