#pragma once
// Reading a whole input file with a size cap, checked before anything is
// parsed: a 200 MB model would take gigabytes as a JSON tree, and a device
// such as /dev/zero never ends.
#include <cstddef>
#include <optional>
#include <string>

namespace pathways {

// Models, scenarios and results summaries: far above any real one.
inline constexpr std::size_t max_model_bytes = std::size_t{32} << 20;
// Case-record exports: a few million rows.
inline constexpr std::size_t max_case_record_bytes = std::size_t{256} << 20;

struct FileBytes {
    std::optional<std::string> bytes;
    std::string problem;  // why not, when bytes is none: "it is a directory", "larger than 32 MiB ..."
};

// The file's bytes, or why they cannot be had. Devices and FIFOs are read up
// to the cap like files.
FileBytes read_file_bytes(const std::string& path, std::size_t max_bytes);

}  // namespace pathways
