// Section: what to do first. From an appraisal of the council's actions
// (`gaps --appraisal`): for each budget the package to fund, what it costs,
// what it buys and how sure that is; every option's cost against what it buys,
// with the frontier of those worth buying; each action alone; the asks of
// other bodies apart from the packages; and the evidence worth collecting.
// The findings decide which figures are shown; this file puts them into words.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "report/html/report_html_charts.h"
#include "report/html/report_html_parts.h"
#include "report/html/report_html_text.h"
#include "report/text/figures_text.h"
#include "report/text/shared_text.h"

namespace pathways::report {

namespace {

using Digest = AppraisalDigest;

// How the measure's change is said: "kept" from a count to lower, "helped" into one to raise.
struct EffectWords {
    std::string past, verb, base;  // "kept", "keeps", "keep"
};

EffectWords effect_words(const Digest& a) {
    return a.measure.lower_is_better ? EffectWords{"kept", "keeps", "keep"} : EffectWords{"helped", "helps", "help"};
}

std::string cost_words(const Digest& a, double amount) { return text::money_rounded(amount, a.currency); }

// "8 to 16": an interval in households, without its unit (said once nearby).
std::string range_words(const Digest::Estimate& e) { return people_number(e.low) + " to " + people_number(e.high); }

// "about 12 households a year (8 to 16)".
std::string households_words(const Digest::Estimate& e) {
    return "about " + text::unit_count(e.mean) + " a year (" + range_words(e) + ")";
}

// A name in curly quotes.
std::string quoted(const std::string& name) {
    std::string out = "\xE2\x80\x9C";
    return out.append(name).append("\xE2\x80\x9D");
}

// "“Deposit scheme” and “Frontline training”": quoted, since a name may hold an "and" of its own.
std::string package_name(const Digest& a, const Digest::Option& o) {
    if (o.actions.empty()) return "doing nothing";
    std::vector<std::string> names;
    for (std::size_t action : o.actions) names.push_back(quoted(a.actions[action].name));
    return listed(names);
}

// "£7,920 (£5,000 to £12,000)", "£7,920 (at least £5,000)", or a dash when it keeps no one.
std::string per_household_words(const Digest& a, const Digest::Option& o) {
    if (!o.cost_per_household) return "&mdash;";
    const auto& c = *o.cost_per_household;
    const std::string range =
        c.high ? cost_words(a, c.low) + " to " + cost_words(a, *c.high) : "at least " + cost_words(a, c.low);
    return html(cost_words(a, c.mean) + " (" + range + ")");
}

// "best in 62% of plausible worlds"; by replications, the chance from the simulation alone.
std::string sure_words(const Digest& a, double share) {
    const std::string p = text::percent_of_all(share);
    if (a.samples == Digest::Samples::replications)
        return "best with a " + p + " chance, counting only the simulation's own chance";
    return "best in " + p + " of plausible worlds";
}

std::string budget_item(const Digest& a, const findings::BudgetPick& pick) {
    const Digest::Budget& b = a.budgets[pick.budget];
    const Digest::Option& best = a.options[pick.best];
    const EffectWords w = effect_words(a);
    std::string out = "<li><strong>" + html("With " + cost_words(a, b.budget) + " a year") + "</strong>: ";
    if (best.actions.empty())
        return out + html("nothing the council can buy within this budget does better than doing nothing.") + "</li>\n";
    out += html("fund " + package_name(a, best) + ". ") +
           html("It costs " + cost_words(a, best.cost_per_year) + " a year and " + w.verb + " " +
                households_words(best.effect));
    if (best.cost_per_household)
        out += html(": " + cost_words(a, best.cost_per_household->mean) + " for each household " + w.past);
    out += html(". It is " + sure_words(a, b.probability_best) + ".");
    if (pick.runner_up) {
        const Digest::Option& second = a.options[*pick.runner_up];
        out += html(" Close behind: " + package_name(a, second) + " (" + cost_words(a, second.cost_per_year) +
                    " a year, " + w.verb + " about " + people_number(second.effect.mean) + "; " +
                    sure_words(a, second.probability_best[pick.budget]) + ").");
    }
    return out + "</li>\n";
}

std::string first_lead(const Digest& a) {
    const EffectWords w = effect_words(a);
    const std::string direction = a.measure.lower_is_better ? "fewer" : "more";
    std::string how;
    switch (a.samples) {
        case Digest::Samples::worlds:
        case Digest::Samples::draws:
            how = "Each was run in " +
                  text::counted(std::to_string(a.sample_count), "plausible world", "plausible worlds") +
                  ": the model's uncertain assumptions drawn across their likely values.";
            break;
        case Digest::Samples::replications:
            how = "Each was run " + text::counted(std::to_string(a.sample_count), "time", "times") +
                  " with the model as written: how sure the choice is counts only the simulation's own chance, not "
                  "whether the model's assumptions are right.";
            break;
    }
    return paragraph(html("The council's actions were weighed alone and together, within each budget. Each option is "
                          "judged by how many " +
                          direction + " households a year it leaves in one measure: \xE2\x80\x9C" + a.measure.label +
                          "\xE2\x80\x9D, against doing nothing. We call these households " + w.past + ". " + how +
                          " Ranges in brackets hold " + a.interval + "."));
}

std::string choices_part(const findings::FirstSteps& steps) {
    const Digest& a = *steps.appraisal;
    if (steps.budgets.empty()) return paragraph("The appraisal gave no budget to choose within.");
    std::string out = "<ol class=\"first-choices\">\n";
    for (const findings::BudgetPick& pick : steps.budgets) out += budget_item(a, pick);
    return out + "</ol>\n";
}

// The frontier's options in order of cost, each numbered for the chart.
std::vector<std::size_t> frontier_options(const Digest& a) {
    std::vector<std::size_t> out;
    for (std::size_t o = 0; o < a.options.size(); ++o) {
        if (a.options[o].frontier) out.push_back(o);
    }
    std::stable_sort(out.begin(), out.end(), [&](std::size_t x, std::size_t y) {
        return a.options[x].cost_per_year < a.options[y].cost_per_year;
    });
    return out;
}

constexpr const char* on_frontier = "worth buying at some budget";
constexpr const char* off_frontier = "another option does more for the money";

Json frontier_values(const Digest& a, const std::vector<std::size_t>& frontier) {
    Json values = Json::array();
    for (std::size_t o = 0; o < a.options.size(); ++o) {
        const Digest::Option& option = a.options[o];
        const auto step = std::find(frontier.begin(), frontier.end(), o);
        Json v = {{"option", text::capitalised(package_name(a, option))},
                  {"cost", option.cost_per_year},
                  {"kept", option.effect.mean},
                  {"lo", option.effect.low},
                  {"hi", option.effect.high},
                  {"status", option.frontier ? on_frontier : off_frontier},
                  {"text", cost_words(a, option.cost_per_year) + " a year; " + households_words(option.effect)}};
        if (step != frontier.end()) v["step"] = std::to_string(step - frontier.begin() + 1);
        values.push_back(std::move(v));
    }
    return values;
}

Json frontier_spec(const Digest& a, const Json& values) {
    const EffectWords w = effect_words(a);
    Json spec = base_spec("Every option's cost a year against the households " + w.past +
                          " a year; the options worth buying at some budget are joined, from the cheapest.");
    spec["height"] = 220;  // with the numbered options below it, on one printed page
    spec["data"] = {{"values", values}};
    const bool pounds = a.currency == "GBP";
    Json x_axis = pounds ? Json{{"labelExpr", "datum.value < 0 ? '' : '\xC2\xA3' + format(datum.value, ',.0f')"}}
                         : Json{{"labelExpr", "datum.value < 0 ? '' : format(datum.value, ',.0f')"}};
    // Room either side of the options, so that no number sits on an axis.
    double most = 0;
    for (const Json& v : values) most = std::max(most, v["cost"].get<double>());
    const double margin = std::max(1.0, most) * 0.06;
    const Json x = {{"field", "cost"},
                    {"type", "quantitative"},
                    {"title", pounds ? "Cost a year" : "Cost a year (" + a.currency + ")"},
                    {"scale", {{"domain", {-margin, most + margin}}, {"nice", false}}},
                    {"axis", x_axis}};
    const Json y = {{"field", "kept"}, {"type", "quantitative"}, {"title", "Households " + w.past + " a year"}};
    const Json colour = {{"field", "status"},
                         {"type", "nominal"},
                         {"title", nullptr},
                         {"scale", {{"domain", {on_frontier, off_frontier}}, {"range", {colour::blue, colour::grey}}}}};
    const Json tooltip = Json::array({{{"field", "option"}}, {{"field", "text"}, {"title", "figure"}}});
    const Json on = Json::array({{{"filter", "isValid(datum.step)"}}});
    Json range = {
        {"transform", on},
        {"mark", {{"type", "rule"}, {"color", colour::blue}, {"opacity", 0.5}}},
        {"encoding", {{"x", x}, {"y", {{"field", "lo"}, {"type", "quantitative"}}}, {"y2", {{"field", "hi"}}}}}};
    Json line = {{"transform", on},
                 {"mark", {{"type", "line"}, {"color", colour::blue}, {"strokeWidth", 2}}},
                 {"encoding", {{"x", x}, {"y", y}, {"order", {{"field", "cost"}, {"type", "quantitative"}}}}}};
    Json dots = {{"mark", {{"type", "point"}, {"filled", true}, {"size", 70}}},
                 {"encoding",
                  {{"x", x},
                   {"y", y},
                   {"color", colour},
                   {"opacity", {{"condition", {{"test", "isValid(datum.step)"}, {"value", 1}}}, {"value", 0.45}}},
                   {"tooltip", tooltip}}}};
    Json labels = {{"transform", on},
                   {"mark", {{"type", "text"}, {"dx", -9}, {"dy", -9}, {"fontWeight", "bold"}, {"fontSize", 13}}},
                   {"encoding", {{"x", x}, {"y", y}, {"text", {{"field", "step"}}}}}};
    spec["layer"] = Json::array({range, line, dots, labels});
    return spec;
}

// The chart's table: every option, cheapest first.
Table frontier_table(const Digest& a) {
    const EffectWords w = effect_words(a);
    Table t{"Every option: cost a year, households " + w.past +
                " a year (ranges in brackets) and whether it is worth "
                "buying at some budget",
            {"Option", "Cost a year", "Households " + w.past + " a year", "Cost per household " + w.past,
             "Worth buying at some budget"},
            {}};
    std::vector<std::size_t> order(a.options.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        return a.options[x].cost_per_year < a.options[y].cost_per_year;
    });
    for (std::size_t o : order) {
        const Digest::Option& option = a.options[o];
        t.rows.push_back({html(text::capitalised(package_name(a, option))), html(cost_words(a, option.cost_per_year)),
                          html(people_number(option.effect.mean) + " (" + range_words(option.effect) + ")"),
                          per_household_words(a, option), option.frontier ? "yes" : "no"});
    }
    return t;
}

// "1. Doing nothing: £0 a year. 2. “Deposit scheme”: £139,000 a year, keeps about 12 ...;
// each household kept over option 1 costs £11,600."
std::string frontier_steps(const Digest& a, const std::vector<std::size_t>& frontier) {
    const EffectWords w = effect_words(a);
    std::string out = "<ol class=\"frontier-steps\">\n";
    for (std::size_t i = 0; i < frontier.size(); ++i) {
        const Digest::Option& o = a.options[frontier[i]];
        std::string line = text::capitalised(package_name(a, o)) + ": " + cost_words(a, o.cost_per_year) + " a year";
        if (!o.actions.empty()) line += ", " + w.verb + " about " + text::unit_count(o.effect.mean) + " a year";
        if (i > 0 && o.incremental_cost_per_household)
            line += "; each household " + w.past + " beyond option " + std::to_string(i) + " costs " +
                    cost_words(a, *o.incremental_cost_per_household);
        out += "<li>" + html(line + ".") + "</li>\n";
    }
    return out + "</ol>\n";
}

std::string frontier_part(const Digest& a) {
    const EffectWords w = effect_words(a);
    const std::vector<std::size_t> frontier = frontier_options(a);
    std::string out = "<h3 id=\"what-first-frontier\">What each option buys for its cost</h3>\n";
    out += paragraph(html("Each dot is an option: what it costs a year (across) and how many households a year it " +
                          w.verb +
                          " (up). The numbered options, joined by the line, are worth buying at some budget: no other "
                          "option, or mix of options, does more for the money. Grey options do less for their cost."));
    out += "<div class=\"frontier\">\n" +
           chart_figure("chart-what-first", "What each option costs a year and what it buys",
                        frontier_spec(a, frontier_values(a, frontier)), frontier_table(a)) +
           "<p>" + html("The numbered options, from the cheapest:") + "</p>\n" + frontier_steps(a, frontier) +
           "</div>\n";
    return out;
}

// Every action alone, in the appraisal's order.
// The option's change in the other headline measures: "rough sleeping -2.2; settled within a year +1.5".
std::string other_measures(const Digest& a, const Digest::Option& option) {
    std::string out;
    for (std::size_t m = 0; m < option.changes.size(); ++m) {
        const Digest::Measure& measure = a.measures[m];
        if (!measure.headline || measure.id == a.measure.id) continue;
        const double x = option.changes[m].mean;
        out +=
            (out.empty() ? "" : "; ") + text::readable_id(measure.id) + " " + text::signed_figure(people_number(x), x);
    }
    return out.empty() ? "—" : out;
}

// What the table of actions alone cannot show: actions the measure cannot see
// (they act after the point it counts), and actions over every budget (not run).
std::string alone_notes(const Digest& a, const findings::FirstSteps& steps) {
    std::vector<std::string> unseen, over;
    for (std::size_t o : steps.alone) {
        const Digest::Estimate& e = a.options[o].effect;
        if (e.mean == 0 && e.low == 0 && e.high == 0)
            unseen.push_back(quoted(a.actions[a.options[o].actions.front()].name));
    }
    for (std::size_t k = 0; k < a.actions.size(); ++k) {
        const bool run = std::any_of(steps.alone.begin(), steps.alone.end(),
                                     [&](std::size_t o) { return a.options[o].actions.front() == k; });
        if (!run)
            over.push_back(quoted(a.actions[k].name) + " (" + cost_words(a, a.actions[k].cost_per_year) + " a year)");
    }
    std::string out;
    if (!unseen.empty())
        out += paragraph(html(listed(unseen) + (unseen.size() == 1 ? " changes" : " change") +
                              " nothing this measure counts: they act after the point it counts, so it cannot see "
                              "them. That does not make them worthless: their effects on the other headline "
                              "measures are in the last column, and in the summary's table of what-ifs."));
    if (!over.empty())
        out += paragraph(html("Not weighed here, because " + std::string(over.size() == 1 ? "it costs" : "each costs") +
                              " more than the largest budget: " + listed(over) + "."));
    return out;
}

std::string alone_part(const findings::FirstSteps& steps) {
    const Digest& a = *steps.appraisal;
    const EffectWords w = effect_words(a);
    Table t{"Each action alone: cost a year, households " + w.past +
                " a year (ranges in brackets), and the change in the "
                "other headline measures, households a year",
            {"Action", "Cost a year", "Households " + w.past + " a year", "Cost per household " + w.past,
             "Worth buying at some budget", "Other headline measures"},
            {}};
    for (std::size_t o : steps.alone) {
        const Digest::Option& option = a.options[o];
        t.rows.push_back({html(a.actions[option.actions.front()].name), html(cost_words(a, option.cost_per_year)),
                          html(people_number(option.effect.mean) + " (" + range_words(option.effect) + ")"),
                          per_household_words(a, option), option.frontier ? "yes" : "no",
                          html(other_measures(a, option))});
    }
    return t.rows.empty() ? "" : t.html() + alone_notes(a, steps);
}

// "the Home Office" when every ask is that body's, else "others".
std::string asked_of(const Digest& a) {
    for (const Digest::Ask& ask : a.asks) {
        if (ask.decided_by.empty() || ask.decided_by != a.asks.front().decided_by) return "others";
    }
    return "the " + a.asks.front().decided_by;
}

std::string ask_effect(const Digest& a, const Digest::Ask& ask) {
    const EffectWords w = effect_words(a);
    const Digest::Estimate& e = ask.effect;
    if (e.low > 0) return w.verb + " " + households_words(e);
    if (e.high < 0)
        return "makes it worse: " + w.past + " falls by about " + text::unit_count(-e.mean) + " a year (" +
               range_words(e) + ")";
    return "no clear effect: " + households_words(e);
}

// The asks that help, then the changes that would make it worse (to argue
// against: a Home Office decision is no ask when it harms), each weighed alone.
std::string ask_items(const Digest& a, const std::string& whom, bool helps) {
    std::string out;
    for (const Digest::Ask& ask : a.asks) {
        if ((ask.effect.high < 0) == helps) continue;
        const std::string by = whom == "others" && !ask.decided_by.empty() ? " (" + ask.decided_by + ")" : "";
        out +=
            "<li>" + html(quoted(ask.name).append(by).append(": ").append(ask_effect(a, ask)).append(".")) + "</li>\n";
    }
    return out.empty() ? out : "<ul class=\"asks\">\n" + out + "</ul>\n";
}

std::string asks_part(const Digest& a) {
    if (a.asks.empty()) return "";
    const std::string whom = asked_of(a);
    std::string out = "<h3 id=\"what-first-asks\">What to ask of " + html(whom) + "</h3>\n";
    out += paragraph(html("The council cannot make these changes itself: " +
                          (whom == "others" ? std::string("others decide them") : whom + " decides them") +
                          ". Each is weighed alone, against doing nothing, and is never part of the packages above."));
    out += ask_items(a, whom, true);
    const std::string against = ask_items(a, whom, false);
    if (!against.empty())
        out +=
            paragraph(html("These would make it worse: argue against them, or plan for them if they come:")) + against;
    return out;
}

// The value of evidence is often a fraction of a household: never "about 0" for something above 0.
std::string evidence_worth(double households) {
    if (households < 0.05) return "less than 0.1 household";
    return "about " + text::unit_count(households);
}

std::string evidence_part(const findings::FirstSteps& steps) {
    const Digest& a = *steps.appraisal;
    std::string out = "<h3 id=\"what-first-evidence\">Which evidence to collect</h3>\n";
    if (!steps.evidence_measured || !steps.evidence_budget)
        return out + paragraph(html("This appraisal ran the model as written, so it cannot say which evidence would "
                                    "change the choice: run it with plausible worlds to see this."));
    const Digest::Budget& b = a.budgets[*steps.evidence_budget];
    const std::string budget = cost_words(a, b.budget) + " a year";
    if (steps.evidence.empty()) {
        const std::string all = b.evpi ? ": knowing all of them exactly would " + effect_words(a).base + " " +
                                             evidence_worth(*b.evpi) + " more a year"
                                       : "";
        return out + paragraph(html(
                         "With " + budget + ", none of the model's uncertain assumptions matters to the choice" + all +
                         ". The actions' own effects are assumptions too (each what-if's note says which), and the "
                         "plausible worlds do not vary them: evidence of what the chosen actions achieve, gathered "
                         "as they start, is the evidence to collect first."));
    }
    out += paragraph(html("Better evidence on these assumptions would most help the choice with " + budget +
                          ". For each: how many more households a year the choice could " + effect_words(a).base +
                          " if the assumption were known exactly before choosing, and in how many of the plausible "
                          "worlds knowing it would change the choice."));
    out += "<ul class=\"evidence-to-collect\">\n";
    for (std::size_t e : steps.evidence) {
        const Digest::Evidence& ev = b.evidence[e];
        out += "<li>" +
               html(text::capitalised(ev.label) + ": worth " + evidence_worth(ev.evppi) +
                    " a year; could change the choice in " + text::percent_of_all(ev.choice_changes) + " of worlds.") +
               "</li>\n";
    }
    return out + "</ul>\n";
}

// How the options were run, and what the appraisal left out.
std::string method_note(const Digest& a) {
    std::string words = "The appraisal weighed " + text::counted(std::to_string(a.actions.size()), "action", "actions");
    if (a.packages > 0) {
        words.append(" in ").append(text::counted(std::to_string(a.packages), "possible package", "possible packages"));
        if (!a.exhaustive)
            words.append(", of which its search tried ")
                .append(std::to_string(a.packages_run))
                .append(": every action alone and in pairs, and the chain that adds actions by effect per pound");
        else if (a.packages_run < a.packages)
            words.append(", of which it ran the ")
                .append(std::to_string(a.packages_run))
                .append(" that cost no more than the largest budget");
    }
    words.append(".");
    for (const Digest::Clash& c : a.clashes) {
        std::vector<std::string> names;
        for (std::size_t action : c.actions) names.push_back(quoted(a.actions[action].name));
        words.append(" ")
            .append(listed(names))
            .append(" change the same figure of the model, so no package holds both.");
    }
    return paragraph("<span class=\"note\">" + html(words) + "</span>");
}

}  // namespace

// What the ranges and "how sure" above rest on, said where a reader meets them first.
std::string worlds_words(const Digest& a) {
    if (a.samples == Digest::Samples::replications)
        return "These figures are the model's own, at its central assumptions, with ranges of " + a.interval + ".";
    return "These figures average " +
           text::counted(std::to_string(a.sample_count), "plausible world", "plausible worlds") +
           ": the model run with its uncertain assumptions drawn across the values the evidence allows, so they "
           "differ a little from the table below, which is at the central assumptions; ranges hold " +
           a.interval + ".";
}

// The summary's answer to "what should we fund first?": each budget's pick in one line.
std::string what_first_in_summary(const ReportInput& in) {
    if (!in.found->first_steps || in.found->first_steps->budgets.empty()) return "";
    const findings::FirstSteps& steps = *in.found->first_steps;
    const Digest& a = *steps.appraisal;
    const EffectWords w = effect_words(a);
    std::string out;
    const Digest::Option* before = nullptr;  // the pick within the budget before
    for (const findings::BudgetPick& pick : steps.budgets) {
        const Digest::Budget& b = a.budgets[pick.budget];
        const Digest::Option& best = a.options[pick.best];
        std::string line = "With " + cost_words(a, b.budget) + " a year: ";
        line += best.actions.empty() ? "nothing the council can buy does better than doing nothing"
                                     : package_name(a, best) + " (" + cost_words(a, best.cost_per_year) + " a year) " +
                                           w.verb + " " + households_words(best.effect) + " out of \xE2\x80\x9C" +
                                           a.measure.label + "\xE2\x80\x9D; " + sure_words(a, b.probability_best);
        // What the larger budget adds over the smaller one's pick, so that a small gain for much money shows.
        if (before && &best != before && best.cost_per_year > before->cost_per_year)
            line += "; that is about " + people_number(best.effect.mean - before->effect.mean) + " more a year for " +
                    cost_words(a, best.cost_per_year - before->cost_per_year) + " more than the pick above";
        out += "<li>" + html(line + ".") + "</li>\n";
        before = &best;
    }
    return "<h3 id=\"summary-first\">What to fund first</h3>\n<ul class=\"summary-choices\">\n" + out + "</ul>\n" +
           paragraph(html(worlds_words(a)) + " <a href=\"#what-first\">What to do first</a> " +
                     html("weighs every council action, what to ask of the Home Office, and which "
                          "evidence to collect."));
}

std::string what_first_section(const ReportInput& in) {
    if (!in.found->first_steps) return "";
    const findings::FirstSteps& steps = *in.found->first_steps;
    const Digest& a = *steps.appraisal;
    // The choice first, then what else to do about it, then the figures behind it.
    const std::string body = first_lead(a) + choices_part(steps) + asks_part(a) + evidence_part(steps) +
                             frontier_part(a) + alone_part(steps) + method_note(a);
    return section("what-first", "What to do first", body);
}

std::vector<std::string> easy_read_first(const ReportInput& in) {
    if (!in.found->first_steps) return {};
    const findings::FirstSteps& steps = *in.found->first_steps;
    const Digest& a = *steps.appraisal;
    // The smallest budget that buys something: what to pay for first.
    const findings::BudgetPick* first = nullptr;
    for (const findings::BudgetPick& pick : steps.budgets) {
        if (a.options[pick.best].actions.empty()) continue;
        if (!first || a.budgets[pick.budget].budget < a.budgets[first->budget].budget) first = &pick;
    }
    // One paragraph, so that the easy read keeps to its page; the asks are among its problems already.
    if (!first) return {"What to do first: nothing the council could pay for helped more than doing nothing."};
    const Digest::Option& best = a.options[first->best];
    const long tenths = std::lround(a.budgets[first->budget].probability_best * 10);
    std::string out = "What to do first: with " + cost_words(a, a.budgets[first->budget].budget) + " a year, pay for " +
                      package_name(a, best) + ". ";
    out.append("It helps about " + people_number(best.effect.mean) + " households each year. ");
    out.append(tenths >= 9 ? "We are quite sure."
                           : "It came out best about " + std::to_string(std::max(1L, tenths)) + " times in 10.");
    return {out};
}

}  // namespace pathways::report
