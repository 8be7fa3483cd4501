#include "output_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli_common.h"

namespace pathways::cli {

namespace fs = std::filesystem;

namespace {

std::vector<std::string> inputs;

std::string reason() { return std::strerror(errno); }

void write_all(int fd, const std::string& content, const std::string& shown) {
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) throw RunError("cannot write " + shown + ": " + reason());
        done += static_cast<std::size_t>(n);
    }
}

// Devices, FIFOs and sockets are written as they are: replacing one with a
// regular file (run as root, /dev/full) would damage the system.
void write_through(const std::string& path, const std::string& content) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) throw RunError("cannot write " + path + ": " + reason());
    try {
        write_all(fd, content, path);
    } catch (...) {
        ::close(fd);
        throw;
    }
    if (::close(fd) != 0) throw RunError("cannot write " + path + ": " + reason());
}

mode_t new_file_mode() {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

void replace_regular(const fs::path& target, const std::string& content) {
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    // Built by appending: GCC 12 warns falsely (-Wrestrict) on "." + name + "...".
    std::string prefix = ".";
    prefix += target.filename().string();
    prefix += ".pathways-";
    const std::string temp = output_file::write_temporary(folder.string(), prefix, content);
    struct stat existing {};
    if (::stat(target.c_str(), &existing) == 0) ::chmod(temp.c_str(), existing.st_mode & 07777);
    output_file::move_into_place(temp, target.string());
}

}  // namespace

namespace output_file {

std::string write_temporary(const std::string& folder, const std::string& prefix, const std::string& content) {
    std::string name = (fs::path(folder) / (prefix + "XXXXXX")).string();
    const int fd = ::mkostemp(name.data(), O_CLOEXEC);  // O_EXCL with a random suffix
    if (fd < 0) throw RunError("cannot create a file in " + folder + ": " + reason());
    try {
        ::fchmod(fd, new_file_mode());
        write_all(fd, content, name);
        if (::fsync(fd) != 0) throw RunError("cannot write " + name + ": " + reason());
    } catch (...) {
        ::close(fd);
        ::unlink(name.c_str());
        throw;
    }
    if (::close(fd) != 0) {
        ::unlink(name.c_str());
        throw RunError("cannot write " + name + ": " + reason());
    }
    return name;
}

void move_into_place(const std::string& from, const std::string& to) {
    if (std::rename(from.c_str(), to.c_str()) == 0) return;
    const std::string why = reason();
    ::unlink(from.c_str());
    throw RunError("cannot write " + to + ": " + why);
}

}  // namespace output_file

void note_input(const std::string& path) { inputs.push_back(path); }

void refuse_if_input(const std::string& path) {
    for (const std::string& input : inputs) {
        std::error_code ec;
        if (fs::equivalent(input, path, ec)) {
            throw UsageError(path + " is one of this command's inputs (" + input +
                             "): write the output somewhere else");
        }
    }
}

void write_file_atomic(const std::string& path, const std::string& content) {
    if (path == "-") throw UsageError("'-' (standard output) cannot be used here: name a file");
    refuse_if_input(path);
    std::error_code ec;
    fs::path target(path);
    if (fs::is_symlink(fs::symlink_status(target, ec))) {
        target = fs::weakly_canonical(target, ec);
        if (ec) throw RunError("cannot follow the link " + path + ": " + ec.message());
    }
    const fs::file_status status = fs::status(target, ec);
    if (status.type() == fs::file_type::directory) throw UsageError(path + " is a directory: name a file");
    const bool special = fs::exists(status) && status.type() != fs::file_type::regular;
    special ? write_through(target.string(), content) : replace_regular(target, content);
}

void write_output(const std::string& path, const std::string& content) {
    if (path != "-") return write_file_atomic(path, content);
    std::cout << content << std::flush;
    if (!std::cout) throw RunError("cannot write to standard output");
}

}  // namespace pathways::cli
