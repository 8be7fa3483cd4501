#include "progress_bar.h"

#include <iostream>
#include <string>

namespace pathways::cli {

std::function<void(std::uint32_t, std::uint32_t)> progress_bar() {
    return [](std::uint32_t done, std::uint32_t planned) {
        constexpr int width = 30;
        int filled = planned ? static_cast<int>(width * static_cast<double>(done) / planned) : width;
        std::cerr << "\r[" << std::string(filled, '#') << std::string(width - filled, ' ') << "] " << done << "/"
                  << planned << " replications" << std::flush;
    };
}

}  // namespace pathways::cli
