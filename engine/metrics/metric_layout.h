#pragma once
// A run's columns: every metric of the catalogue for every item this model
// has, in a fixed order, one value per replication. Summaries, comparisons
// and targets all read these columns, so a metric path means the same
// everywhere.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "metrics/metric_catalogue.h"

namespace pathways {

struct MetricColumn {
    Metric metric;
    MetricItem item;
};

class MetricLayout {
public:
    MetricLayout(const Model& model, const ModelIndex& index);
    // The index looks at the paths where they are: a copy or move would leave it looking at the old ones.
    MetricLayout(const MetricLayout&) = delete;
    MetricLayout& operator=(const MetricLayout&) = delete;
    const std::vector<MetricColumn>& columns() const { return columns_; }
    const std::vector<std::string>& paths() const { return paths_; }
    std::optional<std::size_t> find(const std::string& path) const;
    std::size_t size() const { return paths_.size(); }

private:
    void add(const Model& model, const ModelIndex& index, Metric metric, const MetricItem& item);
    std::vector<MetricColumn> columns_;
    std::vector<std::string> paths_;
    // By path, viewing paths_ (each path is kept once: a model of 100,000 stages has millions).
    std::unordered_map<std::string_view, std::size_t> column_;
};

// The values of one replication, in layout order.
std::vector<double> measure(const Model& model, const ModelIndex& index, const MetricLayout& layout,
                            const ReplicationStats& stats);

// Every path a target may name for this model (every column but the targets'
// own), in column order: for validation hints and listings.
std::vector<std::string> metric_paths(const Model& model);

// Which way is better for people: the catalogue's, and for an outcome's share
// that outcome's kind (more settled, fewer lost), a stream's as its outcome's.
Better better_for(const Model& model, const ModelIndex& index, const MetricColumn& column);
bool is_metric_path(const Model& model, const std::string& path);

}  // namespace pathways
