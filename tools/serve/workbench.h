#pragma once
// What the server knows and does, without HTTP: the model as read at start,
// its controls and presets, the baselines already run (one per replication
// count), and the what-if runs themselves.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <semaphore>
#include <string>
#include <utility>
#include <vector>

#include "format/load.h"
#include "report/html/report_html.h"
#include "run/what_if_study.h"
#include "run_queue.h"
#include "workbench_controls.h"

namespace pathways::serve {

struct WorkbenchSettings {
    std::uint32_t max_replications = 200;
    double max_seconds = 60;  // per run, wall clock
    std::uint32_t threads = 1;
    std::uint64_t max_events = 2'000'000'000;
    // People a replication, as the model expects them (serve --max-people): a what-if
    // expecting more is refused before it runs, and a run stops past it in the pathway at once.
    std::uint64_t max_people = 250'000;
    // A what-if whose work (expected people x stages x replications) passes this many times
    // the model's own at max_replications is refused before it runs.
    double max_work_ratio = 20;
    const std::atomic<bool>* cancel = nullptr;  // set when the server stops: ends the run at once
};

// A bundled scenario offered as a starting point.
struct Preset {
    ScenarioDescription about;  // name, description, source, note and cost, shown and carried into the what-if
    std::string file;
    Json patch;    // the scenario's merge patch, so a what-if started from it keeps what no control shows
    Json figures;  // scenario_values: what it does to each control
};

// A scenario from a request, validated: the patched model, or its problems.
struct CheckedWhatIf {
    std::optional<LoadResult> loaded;
    Answer problems;         // 400 with {"problems": [...]} when loaded is empty
    bool confirmed = false;  // the request said "confirm": true
};

class Workbench {
public:
    // `loaded` must be `model` read and valid (the caller reports its problems);
    // the scenarios in `presets_dir` ("" for none) become presets; `worlds`
    // gives the controls' plausible ranges from a calibration.
    Workbench(NamedText model, LoadResult loaded, const std::string& presets_dir, WorkbenchSettings settings,
              const WorldRanges& worlds = {});

    const Model& model() const { return *loaded_.model; }
    const WorkbenchSettings& settings() const { return settings_; }
    const std::vector<Control>& controls() const { return controls_; }
    // Runs the default baseline now, so that the first what-if waits for itself only; on the queue's thread.
    Answer prepare();
    // GET /api/model.
    std::string model_json() const;
    // POST /api/what-if: the page's figures as a scenario's patch (what_if_patch.h).
    Answer what_if(const std::string& body) const;
    // Starts the clock of one what-if: validating, running and drawing it must end within max_seconds.
    void start_clock();
    // Validates a scenario document exactly as `validate` does, after refusing (422) one with
    // sections much larger than the model's, whose validation alone could pass the time limit.
    // A top-level "confirm": true is the request's, not the scenario's: it is taken out first.
    // Safe from any thread; a few run at once, the others wait.
    CheckedWhatIf check(const std::string& scenario_text) const;
    // 422 in words when the what-if is too large to run (too_many_people, too_much_work),
    // or not confirmed (unconfirmed); nullopt when it may run.
    std::optional<Answer> refusal(const LoadResult& what_if, std::uint32_t replications, bool confirmed) const;
    // 422 in words when the what-if expects more people a replication than max_people.
    std::optional<Answer> too_many_people(const Model& what_if) const;
    // 422 in words when the what-if's work estimate passes the limit; nullopt when it may run.
    std::optional<Answer> too_much_work(const Model& what_if, std::uint32_t replications) const;
    // 422 with {"error", "confirm": [{pointer, label, value, plausible}]} when a figure is set
    // beyond 100 times its plausible range (above 100 times its top, or below a hundredth of
    // its bottom): such a what-if runs only when the request confirms it.
    std::optional<Answer> unconfirmed(const LoadResult& what_if) const;
    // Throws TimeLimitExceeded when the what-if's clock has run out, naming the step.
    void within_time(const std::string& step) const;
    // The what-if against the baseline (pathways-comparison/1 plus the page's view); on the queue's thread.
    Answer compare(const LoadResult& what_if, std::uint32_t replications);
    // The gap report with this what-if (text/html); on the queue's thread.
    Answer report(const LoadResult& what_if, const ChartLibrary& charts);

private:
    const StudyRun& baseline(std::uint32_t replications, bool daily_occupancy);
    RunRequest request(std::uint32_t replications) const;
    std::vector<ScenarioComparison> run_what_if(const LoadResult& what_if, const StudyRun& base);

    NamedText model_text_;
    LoadResult loaded_;
    std::vector<Control> controls_;  // the model's figures
    std::vector<Control> levers_;    // its levers (format 1.2)
    std::vector<Preset> presets_;
    WorkbenchSettings settings_;
    std::map<std::pair<std::uint32_t, bool>, StudyRun> baselines_;  // touched by the queue's thread only
    std::chrono::steady_clock::time_point stop_by_ = std::chrono::steady_clock::time_point::max();
    mutable std::counting_semaphore<> checking_{2};  // what-ifs checked at once, beside the runs
};

// The scenarios in `dir` (*.json, by name) that apply cleanly to the model;
// others are left out with a warning on stderr. A scenario's figures are the
// controls' values its patch gives; the levers it sets are among its values
// (by /levers/<id>), and in words in its "levers" list.
std::vector<Preset> read_presets(const NamedText& model, const std::string& dir, const std::vector<Control>& controls,
                                 const std::vector<Control>& levers);

}  // namespace pathways::serve
