#pragma once
// Levers (format 1.2): what an officer can change, in an officer's words.
// Each lever drives figures of the model (JSON pointers into the document);
// a scenario sets levers by id, and the figures they drive change with them.
#include <cstdint>
#include <string>
#include <vector>

namespace pathways {

enum class LeverHow : std::uint8_t {
    set,        // the figure becomes the lever's value
    scale,      // the figure is multiplied by value / default
    rebalance,  // a routing share becomes the value; the rest of its group takes up the difference
};

struct LeverDrive {
    std::string path;  // JSON pointer into the base model; .../next/<stage id>/p names every such share
    LeverHow how = LeverHow::set;
    // With rebalance: the share becomes its own value times value / default
    // (shares of several groups keep their differences) instead of the value.
    bool scale = false;
    // Whether the drive multiplies the figure rather than putting a value there:
    // only such drives may share a figure with another.
    bool multiplies() const { return how == LeverHow::scale || (how == LeverHow::rebalance && scale); }
};

struct Lever {
    std::string id, label, unit, source;
    double default_value = 0;
    double low = 0, high = 0;
    std::vector<LeverDrive> drives;
};

}  // namespace pathways
