// Deadlines: a clock per person that diverts them from some stages.
#include <functional>

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

// For an object keyed by applies_to stages: calls read(position, member,
// pointer) for each position of each key's stage in applies_to, reporting keys
// that name no applies_to stage.
void per_stage(LoadContext& c, const Deadline& d, const Json& value, const std::string& p,
               const std::function<void(std::size_t, const Json&, const std::string&)>& read) {
    c.in.entries(value, p, [&](const std::string& id, const Json& member, const std::string& at) {
        auto s = stage_ref(c, Json(id), at);
        if (s && !d.position(*s))
            c.in.error(at, "'" + id + "' is not in applies_to: the deadline moves nobody from there");
        for (std::size_t i = 0; s && i < d.applies_to.size(); ++i) {
            if (d.applies_to[i] == *s) read(i, member, at);
        }
    });
}

// One target for all applies_to stages, or (format 1.1) one per stage.
std::optional<std::vector<StageIndex>> read_divert_to(LoadContext& c, const Deadline& d, const Json& value,
                                                      const std::string& p) {
    if (!value.is_object()) {
        auto target = stage_ref(c, value, p);
        if (!target) return std::nullopt;
        return std::vector<StageIndex>(d.applies_to.size(), *target);
    }
    if (!c.model.version_1_1()) {
        c.in.error(p, "a 'divert_to' object (a target per stage) needs format pathways/1.1 (this file says "
                      "\"format\": \"" +
                          c.model.format + "\")");
        return std::nullopt;
    }
    std::vector<std::optional<StageIndex>> targets(d.applies_to.size());
    per_stage(c, d, value, p, [&](std::size_t i, const Json& member, const std::string& at) {
        if (!targets[i]) targets[i] = stage_ref(c, member, at);
    });
    std::vector<StageIndex> out;
    for (std::size_t i = 0; i < targets.size(); ++i) {
        if (!targets[i] && !Reader::member(value, c.stage_ids[d.applies_to[i]]))
            c.in.error(
                p, "missing a target for '" + c.stage_ids[d.applies_to[i]] + "' (every applies_to stage needs one)");
        if (targets[i]) out.push_back(*targets[i]);
    }
    if (out.size() != d.applies_to.size()) return std::nullopt;
    return out;
}

// What the move does to the person, for all applies_to stages or per stage.
// An object names every stage, as divert_to does: a stage left out by mistake
// would otherwise be ranked as a loss when a handover was meant.
std::vector<MoveEffect> read_effect(LoadContext& c, const Deadline& d, const Json& value, const std::string& p) {
    std::vector<MoveEffect> out(d.applies_to.size(), MoveEffect::loses_support);
    if (!value.is_object()) {
        out.assign(d.applies_to.size(), read_move_effect(c.in, value, p).value_or(MoveEffect::loses_support));
        return out;
    }
    per_stage(c, d, value, p, [&](std::size_t i, const Json& member, const std::string& at) {
        out[i] = read_move_effect(c.in, member, at).value_or(MoveEffect::loses_support);
    });
    for (StageIndex s : d.applies_to) {
        if (!Reader::member(value, c.stage_ids[s]))
            c.in.error(p, "missing an effect for '" + c.stage_ids[s] +
                              "' (an 'effect' object names every applies_to "
                              "stage; a string gives one effect for all)");
    }
    return out;
}

void read_deadline(LoadContext& c, const std::string& id, const Json& value, const std::string& p) {
    c.in.id(id, p);
    if (!c.in.object(value, p)) return;
    c.in.keys(value, p, {"starts_at", "after", "applies_to", "divert_to", "effect"});
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
    auto divert = divert_to ? read_divert_to(c, d, *divert_to, child(p, "divert_to")) : std::nullopt;
    d.effect.assign(d.applies_to.size(), MoveEffect::loses_support);
    if (const Json* effect = member_1_1(c, value, p, "effect"))
        d.effect = read_effect(c, d, *effect, child(p, "effect"));
    if (!start || !wait || !divert) return;
    d.starts_at = *start;
    d.after = *wait;
    d.divert_to = std::move(*divert);
    c.model.deadlines.push_back(std::move(d));
}

}  // namespace

std::optional<MoveEffect> read_move_effect(Reader& in, const Json& value, const std::string& pointer) {
    static const std::vector<std::string> names = {"loses_accommodation", "loses_support", "handover"};
    static const MoveEffect effects[] = {MoveEffect::loses_accommodation, MoveEffect::loses_support,
                                         MoveEffect::handover};
    auto i = in.choice(value, pointer, names);
    if (!i) return std::nullopt;
    return effects[*i];
}

void read_deadlines(LoadContext& c, const Json& value, const std::string& pointer) {
    c.in.entries(value, pointer, [&](const std::string& id, const Json& member, const std::string& at) {
        read_deadline(c, id, member, at);
    });
}

}  // namespace pathways
