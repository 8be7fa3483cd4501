#include "report/diagram/diagram_label.h"

#include <algorithm>
#include <numeric>

#include "report/diagram/diagram_style.h"
#include "report/diagram/diagram_text.h"

namespace pathways::diagram {

namespace {

using namespace diagram_text;

std::string duration_words(const Duration& d) {
    if (d.exact_days() == 0.0) return "immediate";
    return "takes " + d.describe();
}

std::string priority_words(const Model& model, const PriorityRule& rule) {
    const Attribute& a = model.attributes.at(rule.attribute);
    std::vector<std::size_t> order(a.values.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t x, std::size_t y) { return rule.rank_of_value.at(x) < rule.rank_of_value.at(y); });
    std::string text = "queue by " + a.name + ": ";
    for (std::size_t i = 0; i < order.size(); ++i) text += (i ? ", then " : "") + a.values[order[i]];
    return text;
}

std::string batch_words(const std::vector<Batch>& batches, const char* unit) {
    if (batches.size() <= 2) {
        std::string text;
        for (const Batch& b : batches) {
            text += (text.empty() ? "+" : ", +") + plain_number(static_cast<double>(b.size)) + " on day " +
                    plain_number(b.day);
        }
        return text;
    }
    std::uint64_t total = 0;
    for (const Batch& b : batches) total += b.size;
    return std::string("+") + plain_number(static_cast<double>(total)) + " " + unit + " in " +
           std::to_string(batches.size()) + " batches";
}

void add_plan(const ReleasePlan& plan, const char* prefix, const char* unit, std::vector<LabelLine>& lines) {
    if (plan.rate_per_day > 0 || (plan.schedule.empty() && plan.batches.empty())) {
        lines.push_back({LineKind::detail, prefix + rate_in_words(plan.rate_per_day)});
    }
    if (!plan.schedule.empty()) {
        std::string n = std::to_string(plan.schedule.size());
        lines.push_back(
            {LineKind::detail, "rate varies in " + n + (plan.schedule.size() == 1 ? " window" : " windows")});
    }
    if (!plan.batches.empty()) lines.push_back({LineKind::detail, batch_words(plan.batches, unit)});
}

void add_waiting(const Model& model, const Stage& stage, std::vector<LabelLine>& lines) {
    if (stage.priority) lines.push_back({LineKind::detail, priority_words(model, *stage.priority)});
    if (stage.patience) lines.push_back({LineKind::detail, "patience " + stage.patience->describe()});
}

void add_kind_details(const Model& model, const Stage& stage, std::vector<LabelLine>& lines) {
    switch (stage.kind) {
        case StageKind::outcome:
            lines.push_back({LineKind::detail, std::string("outcome: ") + (stage.outcome == OutcomeKind::drop_off
                                                                               ? "drop-off"
                                                                               : outcome_kind_name(stage.outcome))});
            return;
        case StageKind::delay:
            if (stage.duration) lines.push_back({LineKind::detail, duration_words(*stage.duration)});
            return;
        case StageKind::service: {
            std::string places =
                plain_number(static_cast<double>(stage.capacity)) + (stage.capacity == 1 ? " place" : " places");
            lines.push_back({LineKind::detail, places});
            if (stage.duration) lines.push_back({LineKind::detail, duration_words(*stage.duration)});
            add_waiting(model, stage, lines);
            return;
        }
        case StageKind::supply:
            if (stage.supply) add_plan(*stage.supply, "units: ", "units", lines);
            add_waiting(model, stage, lines);
            return;
    }
}

std::string open_tag(LineKind kind, bool dark) {
    switch (kind) {
        case LineKind::title: return "<FONT POINT-SIZE=\"13\"><B>";
        case LineKind::detail: return "<FONT POINT-SIZE=\"10\">";
        case LineKind::figure: return "<FONT POINT-SIZE=\"11\"><B>";
        case LineKind::muted:
            return dark ? "<FONT POINT-SIZE=\"10\"><I>"
                        : "<FONT POINT-SIZE=\"10\" COLOR=\"" + std::string(diagram_style::muted_ink) + "\"><I>";
    }
    return "";
}

std::string close_tag(LineKind kind) {
    switch (kind) {
        case LineKind::title:
        case LineKind::figure: return "</B></FONT>";
        case LineKind::detail: return "</FONT>";
        case LineKind::muted: return "</I></FONT>";
    }
    return "";
}

}  // namespace

std::string html_label(const std::vector<LabelLine>& lines, bool dark) {
    std::string out = "<";
    bool first = true;
    for (const LabelLine& line : lines) {
        std::size_t width = line.kind == LineKind::title ? diagram_style::title_wrap : diagram_style::detail_wrap;
        for (const std::string& part : wrap_words(line.text, width)) {
            if (!first) out += "<BR/>";
            first = false;
            out += open_tag(line.kind, dark) + html_escape(part) + close_tag(line.kind);
        }
    }
    return out + ">";
}

std::vector<LabelLine> stage_lines(const Model& model, const Stage& stage) {
    std::vector<LabelLine> lines{{LineKind::title, stage.label.empty() ? stage.id : stage.label}};
    add_kind_details(model, stage, lines);
    if (stage.kind == StageKind::outcome) return lines;
    if (stage.support.empty()) {
        lines.push_back({LineKind::muted, "no support recorded"});
    } else {
        std::string support;
        for (const std::string& s : stage.support) support += (support.empty() ? "" : "; ") + s;
        lines.push_back({LineKind::detail, "support: " + support});
    }
    return lines;
}

std::vector<LabelLine> arrival_lines(const ArrivalStream& arrival) {
    std::vector<LabelLine> lines{{LineKind::title, arrival.label.empty() ? arrival.id : arrival.label}};
    add_plan(arrival.plan, "", "people", lines);
    if (!arrival.in_cohort) lines.push_back({LineKind::muted, "background demand, not in the cohort"});
    return lines;
}

}  // namespace pathways::diagram
