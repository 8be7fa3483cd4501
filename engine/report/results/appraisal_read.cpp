#include "report/results/appraisal_read.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "format/json_reader.h"
#include "report/text/figures_text.h"

namespace pathways {

namespace {

using Digest = AppraisalDigest;

const Json& appraisal_member(const Json& j, const std::string& key, const std::string& pointer) {
    if (!j.is_object()) throw BadAppraisal((pointer.empty() ? "/" : pointer) + ": must be an object");
    if (!j.contains(key)) throw BadAppraisal((pointer.empty() ? "/" : pointer) + ": missing '" + key + "'");
    return j.at(key);
}

double appraisal_number(const Json& v, const std::string& pointer) {
    if (!v.is_number() || !std::isfinite(v.get<double>())) throw BadAppraisal(pointer + ": must be a number");
    return v.get<double>();
}

double number_member(const Json& j, const std::string& key, const std::string& pointer) {
    return appraisal_number(appraisal_member(j, key, pointer), child(pointer, key));
}

double amount_member(const Json& j, const std::string& key, const std::string& pointer) {
    const double v = number_member(j, key, pointer);
    if (v < 0) throw BadAppraisal(child(pointer, key) + ": must be 0 or more");
    return v;
}

double share_value(const Json& v, const std::string& pointer) {
    const double share = appraisal_number(v, pointer);
    if (share < 0 || share > 1) throw BadAppraisal(pointer + ": must be from 0 to 1");
    return share;
}

std::optional<double> number_or_null(const Json& j, const std::string& key, const std::string& pointer) {
    if (!j.contains(key) || j.at(key).is_null()) return std::nullopt;
    return appraisal_number(j.at(key), child(pointer, key));
}

std::string text_member(const Json& j, const std::string& key, const std::string& pointer) {
    const Json& v = appraisal_member(j, key, pointer);
    if (!v.is_string() || v.get<std::string>().empty())
        throw BadAppraisal(child(pointer, key) + ": must be text, not empty");
    return v.get<std::string>();
}

// A member that may be left out or null: its text, or `otherwise`.
std::string text_or(const Json& j, const std::string& key, const std::string& pointer, const std::string& otherwise) {
    if (!j.contains(key) || j.at(key).is_null()) return otherwise;
    if (!j.at(key).is_string()) throw BadAppraisal(child(pointer, key) + ": must be text");
    const std::string text = j.at(key).get<std::string>();
    return text.empty() ? otherwise : text;
}

std::size_t whole_member(const Json& j, const std::string& key, const std::string& pointer) {
    const Json& v = appraisal_member(j, key, pointer);
    if (!v.is_number_integer() || v.get<std::int64_t>() < 0)
        throw BadAppraisal(child(pointer, key) + ": must be a whole number, 0 or more");
    return v.get<std::size_t>();
}

const Json& array_member(const Json& j, const std::string& key, const std::string& pointer) {
    const Json& v = appraisal_member(j, key, pointer);
    if (!v.is_array()) throw BadAppraisal(child(pointer, key) + ": must be a list");
    return v;
}

// A list that may be left out: empty then.
const Json& optional_array(const Json& j, const std::string& key, const std::string& pointer) {
    static const Json none = Json::array();
    if (!j.contains(key) || j.at(key).is_null()) return none;
    return array_member(j, key, pointer);
}

std::size_t choice_member(const Json& j, const std::string& key, const std::string& pointer,
                          const std::vector<std::string>& choices) {
    const Json& v = appraisal_member(j, key, pointer);
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (v.is_string() && v.get<std::string>() == choices[i]) return i;
    }
    std::string listed;
    for (const std::string& c : choices) listed += (listed.empty() ? "\"" : ", \"") + c + "\"";
    throw BadAppraisal(child(pointer, key) + ": must be one of " + listed);
}

Digest::Estimate estimate_member(const Json& j, const std::string& key, const std::string& pointer) {
    const std::string at = child(pointer, key);
    const Json& e = appraisal_member(j, key, pointer);
    Digest::Estimate out{number_member(e, "mean", at), number_member(e, "low", at), number_member(e, "high", at)};
    if (out.low > out.high) throw BadAppraisal(at + ": low is above high");
    return out;
}

std::optional<Digest::CostPerHousehold> cost_per_household(const Json& o, const std::string& pointer) {
    if (!o.contains("cost_per_household") || o.at("cost_per_household").is_null()) return std::nullopt;
    const std::string at = child(pointer, "cost_per_household");
    const Json& c = o.at("cost_per_household");
    return Digest::CostPerHousehold{number_member(c, "mean", at), number_member(c, "low", at),
                                    number_or_null(c, "high", at)};
}

std::vector<double> shares_member(const Json& j, const std::string& key, const std::string& pointer) {
    std::vector<double> out;
    const Json& list = array_member(j, key, pointer);
    for (std::size_t i = 0; i < list.size(); ++i) out.push_back(share_value(list.at(i), child(child(pointer, key), i)));
    return out;
}

std::vector<Digest::Action> actions_of(const Json& d) {
    std::vector<Digest::Action> out;
    const Json& list = array_member(d, "actions", "");
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = child("/actions", i);
        const Json& a = list.at(i);
        Digest::Action action{text_member(a, "id", at), "", amount_member(a, "cost_per_year", at)};
        action.name = text_or(a, "name", at, text::readable_id(action.id));
        for (const Digest::Action& other : out) {
            if (other.id == action.id) throw BadAppraisal(child(at, "id") + ": \"" + action.id + "\" is listed twice");
        }
        out.push_back(std::move(action));
    }
    return out;
}

std::vector<Digest::Ask> asks_of(const Json& d) {
    std::vector<Digest::Ask> out;
    const Json& list = optional_array(d, "asks", "");
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = child("/asks", i);
        const Json& a = list.at(i);
        Digest::Ask ask{text_member(a, "id", at), "", text_or(a, "decided_by", at, ""),
                        estimate_member(a, "effect", at)};
        ask.name = text_or(a, "name", at, text::readable_id(ask.id));
        out.push_back(std::move(ask));
    }
    return out;
}

// The actions a list of ids names, by their place in `actions`, in the list's order.
std::vector<std::size_t> action_places(const Digest& digest, const Json& ids, const std::string& pointer) {
    if (!ids.is_array()) throw BadAppraisal(pointer + ": must be a list of action ids");
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const Json& id = ids.at(i);
        const auto found = std::find_if(digest.actions.begin(), digest.actions.end(), [&](const Digest::Action& a) {
            return id.is_string() && a.id == id.get<std::string>();
        });
        if (found != digest.actions.end()) {
            out.push_back(static_cast<std::size_t>(found - digest.actions.begin()));
            continue;
        }
        const bool ask = std::any_of(digest.asks.begin(), digest.asks.end(), [&](const Digest::Ask& a) {
            return id.is_string() && a.id == id.get<std::string>();
        });
        throw BadAppraisal(child(pointer, i) + ": " + show(id) +
                           (ask ? " is an ask of another body, never part of a package" : " is not in /actions"));
    }
    return out;
}

// An option's change in each measure, in the order of /measures; none when either is left out.
std::vector<Digest::Estimate> changes_of(const Digest& digest, const Json& o, const std::string& at) {
    std::vector<Digest::Estimate> out;
    if (digest.measures.empty() || !o.contains("measures")) return out;
    const Json& list = array_member(o, "measures", at);
    if (list.size() != digest.measures.size())
        throw BadAppraisal(child(at, "measures") + ": must hold every measure of /measures, in its order");
    for (std::size_t m = 0; m < list.size(); ++m)
        out.push_back(estimate_member(list.at(m), "change", child(child(at, "measures"), m)));
    return out;
}

Digest::Option option_of(const Digest& digest, const Json& o, const std::string& at) {
    Digest::Option out;
    out.actions = action_places(digest, appraisal_member(o, "actions", at), child(at, "actions"));
    out.cost_per_year = amount_member(o, "cost_per_year", at);
    out.effect = estimate_member(o, "effect", at);
    out.cost_per_household = cost_per_household(o, at);
    const Json& frontier = appraisal_member(o, "frontier", at);
    if (!frontier.is_boolean()) throw BadAppraisal(child(at, "frontier") + ": must be true or false");
    out.frontier = frontier.get<bool>();
    out.dominance =
        static_cast<Dominance>(choice_member(o, "dominance", at, {"none", "dominated", "extendedly_dominated"}));
    out.incremental_cost_per_household = number_or_null(o, "incremental_cost_per_household", at);
    out.probability_best = shares_member(o, "probability_best", at);
    out.changes = changes_of(digest, o, at);
    return out;
}

std::vector<Digest::Option> options_of(const Digest& digest, const Json& d) {
    std::vector<Digest::Option> out;
    const Json& list = array_member(d, "options", "");
    if (list.empty()) throw BadAppraisal("/options: must hold doing nothing at least");
    for (std::size_t i = 0; i < list.size(); ++i) out.push_back(option_of(digest, list.at(i), child("/options", i)));
    if (!out.front().actions.empty())
        throw BadAppraisal("/options/0/actions: the first option must be doing nothing, []");
    return out;
}

std::vector<Digest::Evidence> evidence_of(const Json& b, const std::string& at) {
    std::vector<Digest::Evidence> out;
    const Json& list = optional_array(b, "evidence", at);
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string where = child(child(at, "evidence"), i);
        const Json& e = list.at(i);
        Digest::Evidence evidence{
            text_member(e, "parameter", where), "", amount_member(e, "evppi", where),
            share_value(appraisal_member(e, "choice_changes", where), child(where, "choice_changes"))};
        evidence.label = text_or(e, "label", where, text::readable_id(evidence.parameter));
        out.push_back(std::move(evidence));
    }
    return out;
}

// The option holding exactly these actions, whatever their order.
std::size_t option_holding(const Digest& digest, std::vector<std::size_t> actions, const std::string& pointer) {
    std::sort(actions.begin(), actions.end());
    for (std::size_t o = 0; o < digest.options.size(); ++o) {
        std::vector<std::size_t> held = digest.options[o].actions;
        std::sort(held.begin(), held.end());
        if (held == actions) return o;
    }
    throw BadAppraisal(pointer + ": no option in /options holds exactly these actions");
}

std::vector<Digest::Budget> budgets_of(const Digest& digest, const Json& d) {
    std::vector<Digest::Budget> out;
    const Json& list = array_member(d, "budgets", "");
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = child("/budgets", i);
        const Json& b = list.at(i);
        Digest::Budget budget;
        budget.budget = amount_member(b, "budget", at);
        budget.best = option_holding(digest, action_places(digest, appraisal_member(b, "best", at), child(at, "best")),
                                     child(at, "best"));
        budget.probability_best =
            share_value(appraisal_member(b, "probability_best", at), child(at, "probability_best"));
        budget.evidence = evidence_of(b, at);
        budget.evpi = number_or_null(b, "evpi", at);
        out.push_back(std::move(budget));
    }
    return out;
}

// Every option gives a share for every budget, and the budget's best fits within it.
void check_budgets(const Digest& digest) {
    for (std::size_t o = 0; o < digest.options.size(); ++o) {
        if (digest.options[o].probability_best.size() != digest.budgets.size())
            throw BadAppraisal(child(child("/options", o), "probability_best") +
                               ": must give one share for each of the " + std::to_string(digest.budgets.size()) +
                               " budgets");
    }
    for (std::size_t b = 0; b < digest.budgets.size(); ++b) {
        if (digest.options[digest.budgets[b].best].cost_per_year > digest.budgets[b].budget)
            throw BadAppraisal(child(child("/budgets", b), "best") + ": costs more than the budget");
    }
}

void read_header(Digest& out, const Json& d) {
    if (!d.is_object() || !d.contains("format") || d.at("format") != "pathways-appraisal/1")
        throw BadAppraisal("/format: must be \"pathways-appraisal/1\"");
    const Json& model = appraisal_member(d, "model", "");
    out.model_sha256 = text_member(model, "sha256", "/model");
    out.model_file = text_or(model, "file", "/model", "");
    out.model_name = text_or(model, "name", "/model", "");
    out.currency = text_or(d, "currency", "", "GBP");
    const Json& measure = appraisal_member(d, "measure", "");
    out.measure.id = text_member(measure, "id", "/measure");
    out.measure.label = text_or(measure, "label", "/measure", text::readable_id(out.measure.id));
    out.measure.lower_is_better = choice_member(measure, "better", "/measure", {"lower", "higher"}) == 0;
    const Json& measures = optional_array(d, "measures", "");
    for (std::size_t m = 0; m < measures.size(); ++m) {
        const std::string at = child("/measures", m);
        const Json& x = measures.at(m);
        const std::string id = text_member(x, "id", at);
        out.measures.push_back({id, text_or(x, "label", at, text::readable_id(id)),
                                choice_member(x, "better", at, {"lower", "higher"}) == 0,
                                x.value("headline", false) == true});
    }
    const Json& samples = appraisal_member(d, "samples", "");
    out.samples =
        static_cast<Digest::Samples>(choice_member(samples, "kind", "/samples", {"worlds", "draws", "replications"}));
    out.sample_count = whole_member(samples, "count", "/samples");
    const bool worlds = out.samples != Digest::Samples::replications;
    out.interval = text_or(samples, "interval", "/samples",
                           worlds ? "the middle 90% of plausible worlds" : "95% confidence interval of the mean");
    if (d.contains("search") && d.at("search").is_object()) {
        const Json& search = d.at("search");
        out.exhaustive = search.value("exhaustive", true) == true;
        out.packages = search.contains("packages") ? whole_member(search, "packages", "/search") : 0;
        out.packages_run = search.contains("run") ? whole_member(search, "run", "/search") : 0;
    }
}

Digest digest_of(const Json& d) {
    Digest out;
    read_header(out, d);
    out.actions = actions_of(d);
    out.asks = asks_of(d);
    const Json& clashes = optional_array(d, "clashes", "");
    for (std::size_t i = 0; i < clashes.size(); ++i) {
        const std::string at = child("/clashes", i);
        out.clashes.push_back(
            {action_places(out, appraisal_member(clashes.at(i), "actions", at), child(at, "actions"))});
    }
    out.options = options_of(out, d);
    out.budgets = budgets_of(out, d);
    check_budgets(out);
    return out;
}

}  // namespace

AppraisalDigest read_appraisal_json(const Json& document) {
    try {
        return digest_of(document);
    } catch (const nlohmann::json::exception& e) {  // a member of the wrong type
        throw BadAppraisal(std::string("not an appraisal as `pathways appraise` writes it: ") + e.what());
    }
}

}  // namespace pathways
