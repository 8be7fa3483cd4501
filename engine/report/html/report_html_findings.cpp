// The summary's findings and recommendations, generated from the gaps, the
// model's groups and the what-ifs: nothing here is written for one model.
#include "report/html/report_html_findings.h"

#include <cctype>
#include <cmath>
#include <stdexcept>

#include "analysis/absorbing_chain.h"
#include "report/html/report_html_parts.h"
#include "report/html/report_html_text.h"
#include "report/text/figures_text.h"

namespace pathways::report {

namespace {

// Near-unanimity: a group is named when it makes up this share of a stage's entries.
constexpr double named_group_share = 0.95;

// The rules in force when the cohort starts to arrive, which a chain can read.
const Model& rules_at_cohort_start(const Model& model) {
    const Model* rules = &model;
    for (const Regime& r : model.regimes) {
        if (r.from <= model.simulation.warmup_days && r.rules) rules = r.rules.get();
    }
    return *rules;
}

// The values of attribute a that arrivals carry; one value tells nothing about a group.
bool varies_among_arrivals(const Model& model, std::size_t a) {
    std::vector<bool> seen(model.attributes[a].values.size(), false);
    for (const ArrivalStream& s : model.arrivals) {
        if (!s.in_cohort || a >= s.mix.size()) continue;
        for (std::size_t v = 0; v < s.mix[a].size() && v < seen.size(); ++v) {
            if (s.mix[a][v] > 0) seen[v] = true;
        }
    }
    return std::count(seen.begin(), seen.end(), true) > 1;
}

double total_of(const std::vector<double>& values) {
    double sum = 0;
    for (double v : values) sum += v;
    return sum;
}

std::string attribute_words(const Attribute& a) {
    std::string words = readable_id(a.name);
    return words;
}

}  // namespace

StageGroups stage_groups(const Model& base) {
    StageGroups out;
    const Model& model = rules_at_cohort_start(base);
    ChainAnalysis chain;
    try {
        chain = analyse_chain(model);
    } catch (const std::invalid_argument&) {
        return out;  // no cohort, or a chain that cannot be solved: the report says nothing of groups
    }
    for (StageIndex s = 0; s < model.stages.size(); ++s) {
        auto& by_attribute = out[model.stages[s].id];
        for (std::uint32_t a = 0; a < model.attributes.size(); ++a) {
            std::vector<double> values(model.attributes[a].values.size(), 0.0);
            for (const ProfileFigures& p : chain.by_profile) {
                values[model.profile_value(p.profile, a)] += p.weight * p.figures.visits[s];
            }
            by_attribute.push_back(std::move(values));
        }
    }
    return out;
}

namespace {

// Calls f(attribute, values, total) for each attribute that tells groups apart at the stage.
template <class F>
void each_telling_attribute(const Model& model, const StageGroups& groups, const std::string& stage, F f) {
    auto found = groups.find(stage);
    if (found == groups.end()) return;
    for (std::size_t a = 0; a < found->second.size() && a < model.attributes.size(); ++a) {
        const std::vector<double>& values = found->second[a];
        const double total = total_of(values);
        if (total > 0 && varies_among_arrivals(model, a)) f(model.attributes[a], values, total);
    }
}

}  // namespace

std::string group_breakdown(const Model& model, const StageGroups& groups, const std::string& stage) {
    std::string out;
    each_telling_attribute(
        model, groups, stage, [&](const Attribute& a, const std::vector<double>& values, double total) {
            std::string part;
            for (std::size_t v = 0; v < values.size(); ++v) {
                if (values[v] / total < 0.005) continue;
                part += (part.empty() ? "" : ", ") + readable_id(a.values[v]) + " " + percent(values[v] / total);
            }
            out += (out.empty() ? "" : "; ") + attribute_words(a) + ": " + part;
        });
    return out;
}

std::string group_named(const Model& model, const StageGroups& groups, const std::string& stage) {
    std::string out;
    each_telling_attribute(model, groups, stage,
                           [&](const Attribute& a, const std::vector<double>& values, double total) {
                               for (std::size_t v = 0; v < values.size(); ++v) {
                                   if (values[v] / total < named_group_share) continue;
                                   std::string value = text::readable_id(a.values[v]);
                                   value[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(value[0])));
                                   std::string name = attribute_words(a);
                                   name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[0])));
                                   out += (out.empty() ? "" : ", ") + name + " " + value;
                               }
                           });
    return out;
}

bool is_loss(const Model& model, const Gap& g) {
    if (g.kind == GapKind::drop_off) return true;
    if (g.kind == GapKind::wait || !g.note.empty()) return false;  // a note: the count holds handovers
    if (!model.version_1_1()) return true;  // format 1: every move against one's will loses support
    return g.effect && *g.effect != MoveEffect::handover;
}

std::vector<Finding> summary_findings(const ReportInput& in, const StageGroups& groups, std::size_t count) {
    std::vector<Finding> out;
    std::vector<std::string> stages;
    for (const Gap& g : in.gaps.gaps) {
        if (out.size() == count) break;
        if (!is_loss(in.model, g) || std::find(stages.begin(), stages.end(), g.stage) != stages.end()) continue;
        stages.push_back(g.stage);
        Finding f{&g, group_named(in.model, groups, g.stage), -1};
        double lowest = 0;
        for (std::size_t s = 0; s < g.scenarios.size(); ++s) {
            const Stat& change = g.scenarios[s].people_change;
            if (change.hi < 0 && change.mean < lowest) {
                lowest = change.mean;
                f.best = static_cast<int>(s);
            }
        }
        out.push_back(f);
    }
    return out;
}

namespace {

std::string a_year(const ReportInput& in, double count) {
    const double years = cohort_years(in.results.settings);
    const double per_year = years > 0 ? count / years : count;
    if (in.small.hides(count) || in.small.hides(per_year)) return "fewer than " + in.small.mask().substr(1) + " a year";
    return "about " + people_number(per_year) + " a year";
}

// A gap's count a year, unless the published folder hides it to protect another count.
std::string gap_a_year(const ReportInput& in, const Gap& g) {
    if (in.hidden->hides(published::gap(g)) && !in.hidden->small(published::gap(g)))
        return "a number suppressed to protect privacy";
    return a_year(in, g.people.mean);
}

std::string window(const Gap& g) {
    return "between day " + days_number(g.days_p50.mean) + " and day " + days_number(g.days_p90.mean) +
           " after arriving (half by the first, 9 in 10 by the second)";
}

std::string support_words(const Gap& g) {
    if (g.unsupported()) return "no support at this stage";
    std::string out;
    for (std::size_t i = 0; i < g.support.size(); ++i) {
        out += (i == 0 ? "" : i + 1 == g.support.size() ? " and " : ", ") + g.support[i];
    }
    return out;
}

}  // namespace

std::string finding_sentence(const ReportInput& in, const Finding& f) {
    const Gap& g = *f.gap;
    const std::string who = f.group.empty() ? "" : ", nearly all of them " + f.group;
    return "At \xE2\x80\x9C" + g.label + "\xE2\x80\x9D, households " + gap_kind_words(g) + ", " + window(g) + ": " +
           gap_a_year(in, g) + who + ". Support there today: " + support_words(g) + ".";
}

std::string recommendation(const ReportInput& in, const Finding& f) {
    const Gap& g = *f.gap;
    std::string out = "Act at \xE2\x80\x9C" + g.label + "\xE2\x80\x9D from day " + days_number(g.days_p50.mean) +
                      " to day " + days_number(g.days_p90.mean) + ", for " +
                      (f.group.empty() ? "every group" : "households with " + f.group) + " (" + gap_a_year(in, g) +
                      "), where today there is " + support_words(g) + ". ";
    if (f.best < 0) {
        return out + (in.comparison.empty() ? "No what-if was compared for it."
                                            : "None of the what-ifs compared lowers it clearly: support is needed "
                                              "here that no what-if yet tries.");
    }
    const GapScenarioChange& c = g.scenarios[static_cast<std::size_t>(f.best)];
    const double closed = g.people.mean > 0 ? -c.people_change.mean / g.people.mean : 0;
    const bool hidden = in.hidden->hides(published::gap_change(g, static_cast<std::size_t>(f.best)));
    return out + "Of the what-ifs compared, \xE2\x80\x9C" + c.name + "\xE2\x80\x9D closes most of it" +
           (hidden ? "." : ": " + percent(closed) + " (" + a_year(in, -c.people_change.mean) + " fewer).");
}

}  // namespace pathways::report
