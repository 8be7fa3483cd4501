// The model and scenario reader: any bytes give diagnostics or a model, never
// a crash. The input is a model, optionally followed by a NUL byte and a
// scenario applied to it.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "format/load.h"

namespace {

std::string temp_file(const char* what) {
    return "/tmp/pathways-fuzz-" + std::to_string(::getpid()) + "-" + what + ".json";
}

void write(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    const std::size_t split = input.find('\0');
    const std::string model = temp_file("model"), scenario = temp_file("scenario");
    write(model, input.substr(0, split));
    std::vector<std::string> scenarios;
    if (split != std::string::npos) {
        write(scenario, input.substr(split + 1));
        scenarios.push_back(scenario);
    }
    const pathways::LoadResult loaded = pathways::load_model_file(model, scenarios);
    for (const pathways::Diagnostic& d : loaded.diagnostics) (void)d.to_string();
    if (loaded.ok()) (void)loaded.document.dump();
    return 0;
}
