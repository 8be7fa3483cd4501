// Journey rules (format 1.2 `rules`): what must never happen in a journey.
#include <algorithm>

#include "format/suggest.h"
#include "format/validate.h"

namespace pathways {

namespace {

// The keys that choose a rule's form; a rule has exactly one of them.
const std::vector<std::string> form_keys = {"requires", "forbids", "not_after_deadline", "within_days"};

const char* const forms_help =
    "'enter' with 'requires', 'forbids' or 'within_days' and 'of_entering', or 'in' with 'not_after_deadline'";

// Ids of one section (deadlines, arrival streams) as the model holds them, and
// the section's keys as written, so that an entry the section itself refused
// (already reported there) is not reported again here as unknown.
struct Section {
    std::vector<std::string> ids;
    const Json* written = nullptr;
    const char* what = "";
};

std::optional<std::uint32_t> section_ref(LoadContext& c, const Section& s, const Json& value, const std::string& p) {
    auto id = c.in.string(value, p);
    if (!id) return std::nullopt;
    const auto it = std::find(s.ids.begin(), s.ids.end(), *id);
    if (it != s.ids.end()) return static_cast<std::uint32_t>(it - s.ids.begin());
    if (s.written && s.written->is_object() && s.written->contains(*id)) return std::nullopt;
    c.in.error(p, std::string("unknown ") + s.what + " '" + *id + "'" + did_you_mean(*id, s.ids));
    return std::nullopt;
}

Section deadlines_of(const LoadContext& c, const Json& document) {
    Section s{{}, Reader::member(document, "deadlines"), "deadline"};
    for (const Deadline& d : c.model.deadlines) s.ids.push_back(d.id);
    return s;
}

Section streams_of(const LoadContext& c, const Json& document) {
    Section s{{}, Reader::member(document, "arrivals"), "arrival stream"};
    for (const ArrivalStream& a : c.model.arrivals) s.ids.push_back(a.id);
    return s;
}

// A non-empty array, each element read by `one`.
template <typename Read>
std::vector<std::uint32_t> read_list(LoadContext& c, const Json& value, const std::string& p, const char* what,
                                     Read one) {
    std::vector<std::uint32_t> out;
    if (!c.in.array(value, p)) return out;
    if (value.empty()) c.in.error(p, std::string("must list at least one ") + what + ", got an empty array");
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (auto x = one(value[i], child(p, i)); x && std::find(out.begin(), out.end(), *x) == out.end())
            out.push_back(*x);
    }
    return out;
}

// Stages; where people must spend time (`in`), outcomes are refused: nobody stays in one.
std::vector<std::uint32_t> read_stages_list(LoadContext& c, const Json& value, const std::string& p,
                                            bool outcomes_allowed = true) {
    return read_list(c, value, p, "stage", [&](const Json& v, const std::string& at) -> std::optional<StageIndex> {
        auto s = stage_ref(c, v, at);
        if (s && !outcomes_allowed && c.model.stages[*s].kind == StageKind::outcome) {
            c.in.error(at, "'" + c.stage_ids[*s] + "' is an outcome: nobody spends time there");
            return std::nullopt;
        }
        return s;
    });
}

std::vector<std::uint32_t> read_section_list(LoadContext& c, const Section& s, const Json& value,
                                             const std::string& p) {
    return read_list(c, value, p, s.what,
                     [&](const Json& v, const std::string& at) { return section_ref(c, s, v, at); });
}

// The one key among form_keys the rule has, or nullopt (reported) when it has none or several.
std::optional<std::string> form_key(LoadContext& c, const Json& value, const std::string& p) {
    std::vector<std::string> given;
    for (const auto& k : form_keys)
        if (value.contains(k)) given.push_back(k);
    if (given.empty()) c.in.error(p, std::string("has no form: give ") + forms_help);
    if (given.size() > 1)
        c.in.error(p, "gives two forms at once ('" + given[0] + "' and '" + given[1] +
                          "'): a rule has exactly one; write one rule for each");
    if (given.size() != 1) return std::nullopt;
    return given[0];
}

// Keys that belong to another form than the rule's.
void refuse_other_form_keys(LoadContext& c, const Json& value, const std::string& p, const std::string& form) {
    const bool in_form = form == "not_after_deadline";
    const auto refuse = [&](const char* key, const std::string& why) {
        if (value.contains(key)) c.in.error(child(p, key), why);
    };
    refuse(in_form ? "enter" : "in", in_form ? "'not_after_deadline' goes with 'in' (the stages where no time may "
                                               "be spent), not 'enter'"
                                             : "'in' goes with 'not_after_deadline'; '" + form + "' goes with 'enter'");
    if (form != "within_days") refuse("of_entering", "'of_entering' goes with 'within_days'");
}

void read_requires(LoadContext& c, JourneyRule& r, const Json& value, const std::string& p, const Section& deadlines) {
    if (!c.in.object(value, p)) return;
    c.in.keys(value, p, {"visited", "deadline_fired"});
    const Json* visited = Reader::member(value, "visited");
    const Json* fired = Reader::member(value, "deadline_fired");
    if (!visited && !fired) c.in.error(p, "needs 'visited' or 'deadline_fired' (or both)");
    if (visited) r.visited = read_stages_list(c, *visited, child(p, "visited"));
    if (fired) r.deadlines = read_section_list(c, deadlines, *fired, child(p, "deadline_fired"));
}

void read_forbids(LoadContext& c, JourneyRule& r, const Json& value, const std::string& p) {
    if (!c.in.object(value, p)) return;
    c.in.keys(value, p, {"visited"});
    if (const Json* visited = c.in.required(value, p, "visited"))
        r.visited = read_stages_list(c, *visited, child(p, "visited"));
}

// The form's own members, once the form is known.
void read_form(LoadContext& c, JourneyRule& r, const Json& value, const std::string& p, const std::string& form,
               const Section& deadlines) {
    const Json& given = value.at(form);
    const std::string gp = child(p, form);
    if (form == "not_after_deadline") {
        r.form = RuleForm::not_after_deadline;
        if (const Json* in = c.in.required(value, p, "in")) r.stages = read_stages_list(c, *in, child(p, "in"), false);
        if (auto d = section_ref(c, deadlines, given, gp)) r.deadlines = {*d};
        return;
    }
    if (const Json* enter = c.in.required(value, p, "enter")) r.stages = read_stages_list(c, *enter, child(p, "enter"));
    if (form == "requires") {
        r.form = RuleForm::requires_earlier;
        read_requires(c, r, given, gp, deadlines);
    } else if (form == "forbids") {
        r.form = RuleForm::forbids_earlier;
        read_forbids(c, r, given, gp);
    } else {
        r.form = RuleForm::within_days;
        r.within_days = c.in.number(given, gp, Sign::non_negative).value_or(0);
        if (const Json* of = c.in.required(value, p, "of_entering"))
            r.visited = read_stages_list(c, *of, child(p, "of_entering"));
    }
}

void read_when(LoadContext& c, JourneyRule& r, const Json& value, const std::string& p) {
    if (!c.in.object(value, p)) return;
    for (const auto& [name, v] : value.items()) {
        const std::string at = child(p, name);
        auto a = attribute_ref(c, name, at);
        auto x = a ? value_ref(c, *a, v, at) : std::nullopt;
        if (x) r.when.emplace_back(*a, *x);
    }
}

// Only cohort journeys are checked: a stream outside the cohort could never break the rule.
void read_streams(LoadContext& c, JourneyRule& r, const Json& value, const std::string& p, const Section& streams) {
    r.streams = read_section_list(c, streams, value, p);
    for (std::size_t i = 0; i < r.streams.size(); ++i) {
        if (c.model.arrivals[r.streams[i]].in_cohort) continue;
        c.in.error(p, "arrival stream '" + streams.ids[r.streams[i]] +
                          "' is not part of the cohort (in_cohort: false): its journeys are not checked");
    }
}

// A label and a source that say, in plain words, what the rule is and where it comes from.
void read_words(LoadContext& c, JourneyRule& r, const Json& value, const std::string& p) {
    for (auto [key, field] : {std::pair{"label", &r.label}, {"source", &r.source}}) {
        const Json* v = c.in.required(value, p, key);
        if (!v || !v->is_string()) continue;
        *field = v->get<std::string>();
        if (field->empty()) c.in.error(child(p, key), "must not be empty");
    }
}

void read_rule(LoadContext& c, const std::string& id, const Json& value, const std::string& p, const Section& deadlines,
               const Section& streams) {
    c.in.id(id, p);
    if (!c.in.object(value, p)) return;
    c.in.keys(
        value, p,
        {"enter", "requires", "forbids", "in", "not_after_deadline", "within_days", "of_entering", "when", "streams"});
    JourneyRule r;
    r.id = id;
    read_words(c, r, value, p);
    if (const Json* when = Reader::member(value, "when")) read_when(c, r, *when, child(p, "when"));
    if (const Json* s = Reader::member(value, "streams")) read_streams(c, r, *s, child(p, "streams"), streams);
    const auto form = form_key(c, value, p);
    if (!form) return;
    refuse_other_form_keys(c, value, p, *form);
    read_form(c, r, value, p, *form, deadlines);
    c.model.journey_rules.push_back(std::move(r));
}

}  // namespace

void read_rules(LoadContext& c, const Json& document, const Json& value, const std::string& pointer) {
    const Section deadlines = deadlines_of(c, document);
    const Section streams = streams_of(c, document);
    c.in.entries(value, pointer, [&](const std::string& id, const Json& member, const std::string& at) {
        read_rule(c, id, member, at, deadlines, streams);
    });
}

}  // namespace pathways
