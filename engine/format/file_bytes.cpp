#include "format/file_bytes.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace pathways {

FileBytes read_file_bytes(const std::string& path, std::size_t max_bytes) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return {std::nullopt, "it is a directory"};
    std::ifstream in(path, std::ios::binary);
    if (!in) return {std::nullopt, std::strerror(errno)};
    std::string bytes;
    char chunk[1 << 16];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
        bytes.append(chunk, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > max_bytes) {
            return {std::nullopt, "larger than " + std::to_string(max_bytes >> 20) +
                                      " MiB, the most Pathways reads for this kind of file"};
        }
    }
    if (in.bad()) return {std::nullopt, "read error"};
    return {std::move(bytes), ""};
}

}  // namespace pathways
