#pragma once
// The kinds of gap the gap analysis ranks. The simulation counts each kind by
// group as it happens, so the kinds live below the metrics that name them.
#include <cstddef>
#include <cstdint>
#include <iterator>

namespace pathways {

enum class GapKind : std::uint8_t { drop_off, renege, deadline, wait };
inline constexpr GapKind all_gap_kinds[] = {GapKind::drop_off, GapKind::renege, GapKind::deadline, GapKind::wait};
inline constexpr std::size_t gap_kind_count = std::size(all_gap_kinds);

}  // namespace pathways
