#include "format/uncertainty_hash.h"

#include <nlohmann/json.hpp>

#include "format/load.h"

namespace pathways {

std::string uncertainty_sha256(const std::vector<UncertainParameter>& parameters) {
    nlohmann::json meaning = nlohmann::json::array();
    for (const UncertainParameter& p : parameters) {
        meaning.push_back({{"id", p.id},
                           {"paths", p.paths},
                           {"scale", p.scale},
                           {"low", p.low},
                           {"high", p.high},
                           {"mode", p.mode},
                           {"spread", static_cast<int>(p.dist)}});
    }
    return sha256_hex(meaning.dump());
}

}  // namespace pathways
