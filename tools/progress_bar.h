#pragma once
// A progress bar on stderr, for terminals only.
#include <cstdint>
#include <functional>

namespace pathways::cli {

std::function<void(std::uint32_t done, std::uint32_t planned)> progress_bar();

}  // namespace pathways::cli
