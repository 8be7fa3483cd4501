// Arrival streams, and the release plans (rate, schedule, batches) that
// arrivals and supply stages share.
#include <algorithm>
#include <numeric>

#include "format/validate.h"

namespace pathways {

namespace {

std::optional<Window> read_window(Reader& in, const Json& value, const std::string& p) {
    if (!in.object(value, p)) return std::nullopt;
    in.keys(value, p, {"from_day", "to_day", "rate_per_day"});
    auto f = in.required_number(value, p, "from_day", Sign::non_negative);
    auto t = in.required_number(value, p, "to_day", Sign::non_negative);
    auto r = in.required_number(value, p, "rate_per_day", Sign::non_negative);
    if (f && t && !(*f < *t)) {
        in.error(child(p, "to_day"), "must be > from_day (" + show_number(*f) + "), got " + show_number(*t));
        return std::nullopt;
    }
    if (!f || !t || !r) return std::nullopt;
    return Window{*f, *t, *r};
}

// Windows sorted by start; an overlap is reported at the later window.
std::vector<Window> read_schedule(Reader& in, const Json& value, const std::string& p) {
    if (!in.array(value, p)) return {};
    std::vector<std::pair<Window, std::size_t>> read;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (auto w = read_window(in, value[i], child(p, i))) read.emplace_back(*w, i);
    }
    std::stable_sort(read.begin(), read.end(),
                     [](const auto& a, const auto& b) { return a.first.from_day < b.first.from_day; });
    std::vector<Window> out;
    for (std::size_t k = 0; k < read.size(); ++k) {
        if (k > 0 && read[k].first.from_day < read[k - 1].first.to_day) {
            const Window& before = read[k - 1].first;
            in.error(child(p, read[k].second), "overlaps window " + std::to_string(read[k - 1].second) + " (from day " +
                                                   show_number(before.from_day) + " to day " +
                                                   show_number(before.to_day) + ")");
        }
        out.push_back(read[k].first);
    }
    return out;
}

std::vector<Batch> read_batches(Reader& in, const Json& value, const std::string& p) {
    if (!in.array(value, p)) return {};
    std::vector<Batch> out;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const std::string bp = child(p, i);
        if (!in.object(value[i], bp)) continue;
        in.keys(value[i], bp, {"day", "size"});
        auto d = in.required_number(value[i], bp, "day", Sign::non_negative);
        const Json* size = in.required(value[i], bp, "size");
        if (size) {
            auto s = in.integer(*size, child(bp, "size"), 1, max_batch_size);
            if (d && s) out.push_back({*d, *s});
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Batch& a, const Batch& b) { return a.day < b.day; });
    return out;
}

void read_stream(LoadContext& c, const std::string& id, const Json& value, const std::string& p) {
    c.in.id(id, p);
    if (!c.in.object(value, p)) return;
    c.in.keys(value, p, {"to", "rate_per_day", "schedule", "batches", "mix", "in_cohort", "headline"});
    ArrivalStream stream;
    stream.id = id;
    stream.label = Reader::text(value, "label");
    stream.sourcing = Reader::sourcing(value);
    const Json* to = c.in.required(value, p, "to");
    auto target = to ? stage_ref(c, *to, child(p, "to")) : std::nullopt;
    stream.to = target.value_or(0);
    stream.plan = read_release_plan(c.in, value, p);
    stream.mix = read_mix(c, Reader::member(value, "mix"), child(p, "mix"));
    if (const Json* v = Reader::member(value, "in_cohort"))
        stream.in_cohort = c.in.boolean(*v, child(p, "in_cohort")).value_or(true);
    if (const Json* v = member_1_1(c, value, p, "headline"))
        stream.headline = c.in.boolean(*v, child(p, "headline")).value_or(false);
    if (target) c.model.arrivals.push_back(std::move(stream));
}

}  // namespace

ReleasePlan read_release_plan(Reader& in, const Json& object, const std::string& pointer) {
    ReleasePlan plan;
    if (const Json* v = Reader::member(object, "rate_per_day"))
        plan.rate_per_day = in.number(*v, child(pointer, "rate_per_day"), Sign::non_negative).value_or(0);
    if (const Json* v = Reader::member(object, "schedule"))
        plan.schedule = read_schedule(in, *v, child(pointer, "schedule"));
    if (const Json* v = Reader::member(object, "batches"))
        plan.batches = read_batches(in, *v, child(pointer, "batches"));
    return plan;
}

void read_arrivals(LoadContext& c, const Json& value, const std::string& pointer) {
    c.in.entries(value, pointer, [&](const std::string& id, const Json& member, const std::string& at) {
        read_stream(c, id, member, at);
    });
}

}  // namespace pathways
