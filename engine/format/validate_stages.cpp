// Stages: the kind decided by keys, then each member read for that kind.
#include <algorithm>

#include "format/suggest.h"
#include "format/validate.h"

namespace pathways {

namespace {

const std::vector<std::string> all_stage_keys = {
    "outcome", "duration", "capacity", "supply",  "next", "queue",   "patience",      "on_renege", "cost",
    "support", "evidence", "initial",  "pathway", "sets", "held_in", "renege_effect", "role"};

// Keys format 1.1 added: a pathways/1 document is told so, whatever the stage's kind.
const std::vector<std::string> stage_keys_1_1 = {"sets", "held_in", "renege_effect"};

std::vector<std::string> keys_for(StageKind kind) {
    const std::vector<std::string> shared = {"next",    "cost",    "support", "evidence",
                                             "initial", "pathway", "sets",    "role"};
    std::vector<std::string> own;
    switch (kind) {
        case StageKind::outcome: return {"outcome", "support", "evidence", "pathway", "role"};
        case StageKind::delay: own = {"duration"}; break;
        case StageKind::service:
            own = {"capacity", "duration", "queue", "patience", "on_renege", "renege_effect"};
            break;
        case StageKind::supply: own = {"supply", "queue", "patience", "on_renege", "renege_effect", "held_in"}; break;
    }
    own.insert(own.end(), shared.begin(), shared.end());
    return own;
}

StageKind kind_of(const Json& stage) {
    if (stage.contains("outcome")) return StageKind::outcome;
    if (stage.contains("supply")) return StageKind::supply;
    if (stage.contains("capacity")) return StageKind::service;
    return StageKind::delay;
}

std::string why_not(StageKind kind, const std::string& key) {
    if (key == "held_in") return " (only a supply stage lets people keep a place in a service stage while they wait)";
    if (kind == StageKind::outcome && key == "sets")
        return " (the journey ends at an outcome: set the value at a stage on the way there)";
    if (kind == StageKind::outcome) return " (the journey ends at an outcome)";
    if (kind == StageKind::supply && key == "capacity") return " (a stage has either 'capacity' or 'supply')";
    if (kind == StageKind::supply) return " (people leave a supply stage as soon as they receive a unit)";
    if (kind == StageKind::delay) return " (only service and supply stages have a queue: add 'capacity')";
    return "";
}

// Unknown keys, keys of another kind, and the keys this kind requires.
void check_stage_keys(Reader& in, const Json& stage, const std::string& p, StageKind kind, bool version_1_1) {
    const std::vector<std::string> allowed = keys_for(kind);
    const auto listed = [](const std::vector<std::string>& keys, const std::string& key) {
        return std::find(keys.begin(), keys.end(), key) != keys.end();
    };
    for (const auto& [key, value] : stage.items()) {
        if (Reader::is_free_text(key) || listed(allowed, key)) continue;
        if (!version_1_1 && listed(stage_keys_1_1, key)) continue;  // reported as needing format 1.1
        if (!listed(all_stage_keys, key)) {
            in.error(child(p, key), "unknown key '" + key + "'" + did_you_mean(key, all_stage_keys));
        } else {
            const std::string name = stage_kind_name(kind);
            in.error(child(p, key), std::string(kind == StageKind::outcome ? "an " : "a ") + name +
                                        " stage cannot have '" + key + "'" + why_not(kind, key));
        }
    }
    in.free_text_members(stage, p);
    std::vector<std::string> needed = {"next"};
    if (kind == StageKind::outcome) needed = {};
    if (kind == StageKind::delay || kind == StageKind::service) needed.insert(needed.begin(), "duration");
    for (const auto& key : needed) {
        if (!stage.contains(key))
            in.error(p, "missing required key '" + key + "' (a " + stage_kind_name(kind) + " stage needs it)");
    }
    if (stage.contains("patience") != stage.contains("on_renege"))
        in.error(p, stage.contains("patience") ? "'patience' needs 'on_renege' (where people go when they give up)"
                                               : "'on_renege' needs 'patience' (how long people wait)");
}

std::optional<PriorityRule> read_queue(LoadContext& c, const Json& queue, const std::string& p) {
    if (queue == "fifo") return std::nullopt;
    if (!queue.is_object() || !queue.contains("priority")) {
        c.in.error(p, "must be \"fifo\" or {\"priority\": {\"attribute\": ..., \"order\": [...]}}, got " + show(queue));
        return std::nullopt;
    }
    c.in.keys(queue, p, {"priority"});
    const std::string pp = child(p, "priority");
    const Json& rule = queue.at("priority");
    if (!c.in.object(rule, pp)) return std::nullopt;
    c.in.keys(rule, pp, {"attribute", "order"});
    const Json* attribute = c.in.required(rule, pp, "attribute");
    const Json* order = c.in.required(rule, pp, "order");
    if (!attribute || !order) return std::nullopt;
    auto name = c.in.string(*attribute, child(pp, "attribute"));
    auto a = name ? attribute_ref(c, *name, child(pp, "attribute")) : std::nullopt;
    if (!a || !c.in.array(*order, child(pp, "order"))) return std::nullopt;
    const auto values = static_cast<std::uint32_t>(c.model.attributes[*a].values.size());
    PriorityRule out{*a, std::vector<std::uint32_t>(values, static_cast<std::uint32_t>(order->size()))};
    for (std::size_t i = 0; i < order->size(); ++i) {
        const std::string vp = child(child(pp, "order"), i);
        auto v = value_ref(c, *a, (*order)[i], vp);
        if (v && out.rank_of_value[*v] < i)
            c.in.error(vp, "value " + show((*order)[i]) + " is listed twice");
        else if (v)
            out.rank_of_value[*v] = static_cast<std::uint32_t>(i);
    }
    return out;
}

Cost read_cost(Reader& in, const Json& value, const std::string& p) {
    Cost cost;
    if (!in.object(value, p)) return cost;
    in.keys(value, p, {"per_day", "per_entry"});
    if (const Json* v = Reader::member(value, "per_day"))
        cost.per_day = in.number(*v, child(p, "per_day"), Sign::non_negative).value_or(0);
    if (const Json* v = Reader::member(value, "per_entry"))
        cost.per_entry = in.number(*v, child(p, "per_entry"), Sign::non_negative).value_or(0);
    return cost;
}

std::string read_evidence_kind(LoadContext& c, const Json& item, const std::string& p) {
    static const std::vector<std::string> kinds = {"testimony", "survey", "statistic", "law", "practice"};
    const Json* kind = member_1_1(c, item, p, "kind");
    if (!kind) return "";
    auto k = c.in.choice(*kind, child(p, "kind"), kinds);
    return k ? kinds[*k] : "";
}

std::vector<Evidence> read_evidence(LoadContext& c, const Json& value, const std::string& p) {
    std::vector<Evidence> out;
    if (!c.in.array(value, p)) return out;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const std::string ep = child(p, i);
        if (!c.in.object(value[i], ep)) continue;
        c.in.keys(value[i], ep, {"text", "kind"});
        const Json* text = c.in.required(value[i], ep, "text");
        std::string kind = read_evidence_kind(c, value[i], ep);
        if (text && c.in.string(*text, child(ep, "text")))
            out.push_back({text->get<std::string>(), Reader::text(value[i], "source"), std::move(kind)});
    }
    return out;
}

Initial read_initial(LoadContext& c, const Json& value, const std::string& p) {
    Initial initial{0, read_mix(c, nullptr, p)};
    if (!c.in.object(value, p)) return initial;
    c.in.keys(value, p, {"count", "mix"});
    if (const Json* count = c.in.required(value, p, "count"))
        initial.count = c.in.integer(*count, child(p, "count"), 0, max_capacity).value_or(0);
    initial.mix = read_mix(c, Reader::member(value, "mix"), child(p, "mix"));
    return initial;
}

OutcomeKind read_outcome(Reader& in, const Json& value, const std::string& p) {
    const std::vector<std::string> kinds = {"settled", "drop_off", "neutral"};
    auto text = in.string(value, p);
    if (text == "settled") return OutcomeKind::settled;
    if (text == "drop_off") return OutcomeKind::drop_off;
    if (text == "neutral") return OutcomeKind::neutral;
    if (text)
        in.error(p,
                 "must be \"settled\", \"drop_off\" or \"neutral\", got " + show(value) + did_you_mean(*text, kinds));
    return OutcomeKind::neutral;
}

void read_waiting(LoadContext& c, Stage& s, const Json& stage, const std::string& p) {
    if (const Json* v = Reader::member(stage, "capacity"))
        s.capacity = c.in.integer(*v, child(p, "capacity"), 1, max_capacity).value_or(1);
    if (const Json* v = Reader::member(stage, "supply")) {
        const std::string sp = child(p, "supply");
        if (c.in.object(*v, sp)) {
            c.in.keys(*v, sp, {"rate_per_day", "schedule", "batches"});
            s.supply = read_release_plan(c.in, *v, sp);
        }
    }
    if (const Json* v = Reader::member(stage, "queue")) s.priority = read_queue(c, *v, child(p, "queue"));
    if (const Json* v = Reader::member(stage, "patience")) s.patience = read_duration(c.in, *v, child(p, "patience"));
    if (const Json* v = Reader::member(stage, "on_renege")) s.on_renege = stage_ref(c, *v, child(p, "on_renege"));
}

void read_details(LoadContext& c, Stage& s, const Json& stage, const std::string& p) {
    if (const Json* v = Reader::member(stage, "cost")) s.cost = read_cost(c.in, *v, child(p, "cost"));
    if (const Json* v = Reader::member(stage, "support"))
        s.support = c.in.strings(*v, child(p, "support")).value_or(std::vector<std::string>{});
    if (const Json* v = Reader::member(stage, "evidence")) s.evidence = read_evidence(c, *v, child(p, "evidence"));
    if (const Json* v = Reader::member(stage, "pathway")) s.pathway = c.in.string(*v, child(p, "pathway")).value_or("");
    if (const Json* v = Reader::member(stage, "initial"))
        s.initial = read_initial(c, *v, child(p, "initial"));
    else
        s.initial = Initial{0, read_mix(c, nullptr, child(p, "initial"))};
    s.label = Reader::text(stage, "label");
    Sourcing sourcing = Reader::sourcing(stage);
    s.note = std::move(sourcing.note);
    s.source = std::move(sourcing.source);
    s.sources.insert(sourcing.sources.begin(), sourcing.sources.end());
}

// Attribute values taken on entering the stage.
std::vector<Condition> read_sets(LoadContext& c, const Json& value, const std::string& p) {
    std::vector<Condition> out;
    c.in.entries(value, p, [&](const std::string& name, const Json& v, const std::string& at) {
        auto a = attribute_ref(c, name, at);
        auto x = a ? value_ref(c, *a, v, at) : std::nullopt;
        if (x) out.push_back({*a, *x});
    });
    return out;
}

// The keys format 1.1 added, each read only where the stage's kind has it
// (check_stage_keys reports it elsewhere).
void read_changes(LoadContext& c, Stage& s, const Json& stage, const std::string& p) {
    if (const Json* v = member_1_1(c, stage, p, "sets"); v && s.kind != StageKind::outcome)
        s.sets = read_sets(c, *v, child(p, "sets"));
    if (const Json* v = member_1_1(c, stage, p, "held_in"); v && s.kind == StageKind::supply)
        s.held_in = stage_ref(c, *v, child(p, "held_in"));
    const Json* effect = member_1_1(c, stage, p, "renege_effect");
    if (!effect || !s.waits()) return;
    if (!stage.contains("patience"))
        c.in.error(child(p, "renege_effect"),
                   "needs 'patience' (what giving up costs means something only where people can give up waiting)");
    s.renege_effect = read_move_effect(c.in, *effect, child(p, "renege_effect")).value_or(MoveEffect::loses_support);
}

// Format 1.2 names a stage's role; older formats named rough sleeping in the
// stage id ("rough_sleeping_after_eviction"), and keep meaning it.
void read_role(LoadContext& c, Stage& s, const Json& stage, const std::string& p) {
    if (!c.model.version_1_2() && s.id.find("rough_sleeping") != std::string::npos) s.role = StageRole::rough_sleeping;
    const Json* v = member_1_2(c, stage, p, "role");
    if (!v) return;
    const std::string at = child(p, "role");
    const auto text = c.in.string(*v, at);
    if (text == "rough_sleeping") {
        s.role = StageRole::rough_sleeping;
    } else if (text == "lost_contact") {
        s.role = StageRole::lost_contact;
    } else if (text) {
        c.in.error(at, "must be \"rough_sleeping\" or \"lost_contact\", got " + show(*v));
    }
}

void read_stage(LoadContext& c, Stage& s, const Json& stage, const std::string& p) {
    c.in.id(s.id, p);
    if (!c.in.object(stage, p)) return;
    s.kind = kind_of(stage);
    check_stage_keys(c.in, stage, p, s.kind, c.model.version_1_1());
    if (s.kind == StageKind::outcome) {
        s.outcome = read_outcome(c.in, stage.at("outcome"), child(p, "outcome"));
    } else if (const Json* d = Reader::member(stage, "duration"); d && s.kind != StageKind::supply) {
        s.duration = read_duration(c.in, *d, child(p, "duration"));
    }
    if (s.kind != StageKind::outcome) read_waiting(c, s, stage, p);
    if (const Json* next = Reader::member(stage, "next"); next && s.kind != StageKind::outcome)
        s.next = read_next(c, *next, child(p, "next"));
    read_details(c, s, stage, p);
    read_changes(c, s, stage, p);
    read_role(c, s, stage, p);
}

// A held place is in a service stage; kinds are known once every stage is read.
void check_held_places(LoadContext& c, const std::string& pointer) {
    for (Stage& s : c.model.stages) {
        if (!s.held_in) continue;
        const Stage& held = c.model.stages[*s.held_in];
        if (held.kind == StageKind::service) continue;
        const std::string kind = stage_kind_name(held.kind);
        c.in.error(child(child(pointer, s.id), "held_in"),
                   "must name a service stage (one with 'capacity', whose place people keep while they wait here), "
                   "got '" +
                       held.id + "', " + (held.kind == StageKind::outcome ? "an " : "a ") + kind + " stage");
        s.held_in.reset();
    }
}

}  // namespace

void read_stages(LoadContext& c, const Json& value, const std::string& pointer) {
    if (!c.in.object(value, pointer)) return;
    c.in.free_text_members(value, pointer);
    if (c.stage_ids.size() > max_stages)
        c.in.error(pointer, "has " + std::to_string(c.stage_ids.size()) + " stages, more than the limit of " +
                                std::to_string(max_stages));
    std::size_t i = 0;
    for (const auto& [id, stage] : value.items()) {
        if (Reader::is_free_text(id)) continue;
        read_stage(c, c.model.stages[i++], stage, child(pointer, id));
    }
    check_held_places(c, pointer);
}

}  // namespace pathways
