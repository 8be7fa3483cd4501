#pragma once
// Every statistic of a run as a named column ("outcomes.homeless.share",
// "stages.ta.mean_wait_days", "flows.a.b.count", "targets.v1.value"), one
// value per replication. Summaries, comparisons and targets all read these
// columns, so a metric path means the same everywhere.
#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/model.h"
#include "stats/model_index.h"
#include "stats/replication_stats.h"

namespace pathways {

class MetricLayout {
public:
    MetricLayout(const Model& model, const ModelIndex& index);
    const std::vector<std::string>& paths() const { return paths_; }
    std::optional<std::size_t> find(const std::string& path) const;
    std::size_t size() const { return paths_.size(); }

private:
    std::vector<std::string> paths_;
    std::unordered_map<std::string, std::size_t> column_;
};

// The values of one replication, in layout order.
std::vector<double> measure(const Model& model, const ModelIndex& index, const MetricLayout& layout,
                            const ReplicationStats& stats);

// The p50 and p90 days since arrival recorded for a gap kind at a stage.
inline constexpr const char* gap_kinds[] = {"drop_off", "renege", "deadline", "wait"};

}  // namespace pathways
