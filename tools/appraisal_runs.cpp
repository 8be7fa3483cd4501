#include "appraisal_runs.h"

#include <algorithm>

#include "world_model.h"

namespace pathways::cli {

namespace {

std::optional<std::size_t> measure_column(const RunResults& results, std::size_t measure) {
    const auto& columns = results.layout->columns();
    for (std::size_t c = 0; c < columns.size(); ++c)
        if (columns[c].metric == Metric::measure_per_year && columns[c].item.slot == measure) return c;
    return std::nullopt;
}

// Flattens [option][measure][sample] into one row, and back, for sharing among processes.
std::vector<double> flattened(const std::vector<std::vector<std::vector<double>>>& values) {
    std::vector<double> out;
    for (const auto& option : values)
        for (const auto& measure : option) out.insert(out.end(), measure.begin(), measure.end());
    return out;
}

double mean_of(const std::vector<double>& values) {
    double sum = 0;
    for (double v : values) sum += v;
    return values.empty() ? 0 : sum / static_cast<double>(values.size());
}

}  // namespace

OptionRunner::OptionRunner(Json base, std::vector<WorldChange> underneath, std::vector<Lever> levers,
                           std::vector<std::size_t> measures, const SimulationOptions& options)
    : base_(std::move(base)),
      underneath_(std::move(underneath)),
      levers_(std::move(levers)),
      measures_(std::move(measures)),
      options_(options) {
    parameters_ = load_world(base_, options_, "the model as written").uncertainty;
}

Json OptionRunner::world(const std::vector<double>* world) const {
    std::vector<const Json*> patches;
    for (const WorldChange& change : underneath_) patches.push_back(&change.patch);
    return world_document(base_, parameters_, world, patches);
}

std::vector<std::vector<double>> OptionRunner::run(const OptionActions& option, const Json& world, std::uint32_t first,
                                                   std::uint32_t count, const std::string& what) const {
    Json document = world;
    for (const AppraisedAction* a : option) document.merge_patch(a->patch);
    // The -s scenarios' levers first: an action setting the same lever is the later, and counts.
    WorldChange levers;
    for (const WorldChange& change : underneath_)
        levers.levers.insert(levers.levers.end(), change.levers.begin(), change.levers.end());
    for (const LeverValue& v : combined_levers(option, levers_)) levers.levers.push_back(v);
    apply_changes(document, {&levers}, levers_);
    document.erase("levers");
    Model model = load_world(document, options_, what);
    RunRequest request;
    request.first_replication = first;
    request.replications = count;
    request.options.max_events = options_.max_events;
    request.options.max_people = options_.max_people;
    const RunResults results = run_model(model, request);
    std::vector<std::vector<double>> out;
    for (std::size_t m : measures_) {
        const auto column = measure_column(results, m);
        out.emplace_back();
        for (const auto& replication : results.replications) out.back().push_back(column ? replication[*column] : 0);
    }
    return out;
}

std::vector<OptionSamples> run_in_worlds(const OptionRunner& runner, const std::vector<OptionActions>& options,
                                         const std::vector<std::vector<double>>& worlds, std::uint32_t replications,
                                         DrawSharing& sharing, unsigned threads) {
    const auto rows = sharing.evaluate(worlds.size(), threads, [&](std::size_t w) {
        std::vector<double> row;
        const Json world = runner.world(&worlds[w]);
        for (std::size_t d = 0; d < options.size(); ++d) {
            const std::string what = "world " + std::to_string(w + 1) + ", option " + std::to_string(d + 1);
            for (const auto& measure : runner.run(options[d], world, 0, replications, what))
                row.push_back(mean_of(measure));
        }
        return row;
    });
    if (!sharing.root()) return {};
    std::vector<OptionSamples> out(options.size());
    const std::size_t measures = rows.empty() ? 0 : rows.front().size() / options.size();
    for (OptionSamples& o : out) o.values.assign(measures, {});
    for (const auto& row : rows)
        for (std::size_t d = 0; d < options.size(); ++d)
            for (std::size_t m = 0; m < measures; ++m) out[d].values[m].push_back(row[d * measures + m]);
    return out;
}

namespace {

// Runs `more[d]` further replications of each option, each option's run one
// piece of work shared among threads and processes; appends them in order.
std::uint64_t run_more(const OptionRunner& runner, const std::vector<OptionActions>& options,
                       const std::vector<std::uint32_t>& more, AppraisalInputs& in, DrawSharing& sharing,
                       unsigned threads) {
    std::vector<std::size_t> work;
    for (std::size_t d = 0; d < more.size(); ++d)
        if (more[d] > 0) work.push_back(d);
    const Json written = runner.world(nullptr);
    const auto rows = sharing.evaluate_everywhere(work.size(), threads, [&](std::size_t k) {
        const std::size_t d = work[k];
        const auto first = static_cast<std::uint32_t>(in.options[d].values.front().size());
        return flattened({runner.run(options[d], written, first, more[d], "option " + std::to_string(d + 1))});
    });
    std::uint64_t run = 0;
    for (std::size_t k = 0; k < work.size(); ++k) {
        auto& values = in.options[work[k]].values;
        const std::uint32_t n = more[work[k]];
        for (std::size_t m = 0; m < values.size(); ++m)
            values[m].insert(values[m].end(), rows[k].begin() + static_cast<std::ptrdiff_t>(m * n),
                             rows[k].begin() + static_cast<std::ptrdiff_t>((m + 1) * n));
        run += n;
    }
    return run;
}

// Doing nothing's replications up to the most any option has.
void level_nothing(const AppraisalInputs& in, std::vector<std::uint32_t>& more) {
    std::size_t most = 0;
    for (std::size_t d = 0; d < in.options.size(); ++d)
        most = std::max(most, in.options[d].values.front().size() + more[d]);
    more[0] = static_cast<std::uint32_t>(most - in.options[0].values.front().size());
}

}  // namespace

std::uint64_t run_selection(const OptionRunner& runner, const std::vector<OptionActions>& options,
                            const SelectionPlan& plan, AppraisalInputs& in, DrawSharing& sharing, unsigned threads) {
    for (OptionSamples& o : in.options) o.values.assign(in.higher_is_better.size(), {});
    std::uint64_t run =
        run_more(runner, options, std::vector<std::uint32_t>(options.size(), plan.first_stage), in, sharing, threads);
    const std::uint64_t round = plan.rounds == 0 ? 0 : (run + plan.rounds - 1) / plan.rounds;
    for (std::uint32_t k = 0; k < plan.rounds; ++k) {
        std::vector<std::uint32_t> more = next_round(in, static_cast<std::uint32_t>(round));
        level_nothing(in, more);
        run += run_more(runner, options, more, in, sharing, threads);
    }
    return run;
}

}  // namespace pathways::cli
