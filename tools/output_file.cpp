#include "output_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <utility>
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

// The descriptor that /dev/stdout, /dev/stderr, /dev/fd/N or /proc/self/fd/N
// stands for; -1 for any other path. Opening them anew would start a second
// write at offset 0 of the shell's file (losing a `>>` log's lines) and fails
// for a pipe, so the command writes on the descriptor it was given.
int stream_descriptor(const fs::path& path) {
    const std::string name = path.lexically_normal().string();
    if (name == "/dev/stdout") return STDOUT_FILENO;
    if (name == "/dev/stderr") return STDERR_FILENO;
    for (const std::string prefix : {"/dev/fd/", "/proc/self/fd/"}) {
        if (name.rfind(prefix, 0) != 0 || name.size() == prefix.size() || name.size() > prefix.size() + 6) continue;
        const std::string digits = name.substr(prefix.size());
        if (digits.find_first_not_of("0123456789") == std::string::npos) return std::stoi(digits);
    }
    return -1;
}

struct Destination {
    int descriptor = -1;  // a standard stream named as a file
    fs::path path;        // otherwise, where the links lead
};

// Follows links one at a time, so that a dangling link leads to the file it
// names (which is then created) and a link to /dev/stdout to the stream.
Destination destination_of(const std::string& path) {
    fs::path at(path);
    for (int hops = 0; hops < 40; ++hops) {
        const int descriptor = stream_descriptor(at);
        if (descriptor >= 0) return {descriptor, at};
        std::error_code ec;
        if (!fs::is_symlink(fs::symlink_status(at, ec))) return {-1, at};
        const fs::path next = fs::read_symlink(at, ec);
        if (ec) throw RunError("cannot follow the link " + path + ": " + ec.message());
        at = next.is_absolute() ? next : at.parent_path() / next;
    }
    throw RunError("cannot follow the link " + path + ": too many levels of links");
}

std::string temporary_beside(const fs::path& target, const std::string& content) {
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    // Built by appending: GCC 12 warns falsely (-Wrestrict) on "." + name + "...".
    std::string prefix = ".";
    prefix += target.filename().string();
    prefix += ".pathways-";
    const std::string temp = output_file::write_temporary(folder.string(), prefix, content);
    struct stat existing {};
    if (::stat(target.c_str(), &existing) == 0) ::chmod(temp.c_str(), existing.st_mode & 07777);
    return temp;
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

PendingFile::PendingFile(const std::string& path, const std::string& content) {
    if (path.empty()) throw UsageError("an output with an empty name: name a file");
    if (path == "-") throw UsageError("'-' (standard output) cannot be used here: name a file");
    refuse_if_input(path);
    const Destination to = destination_of(path);
    if (to.descriptor >= 0) {
        std::cout.flush();  // what the command printed before comes first
        write_all(to.descriptor, content, path);
        return;
    }
    std::error_code ec;
    const fs::file_status status = fs::status(to.path, ec);
    if (status.type() == fs::file_type::directory) throw UsageError(path + " is a directory: name a file");
    if (fs::exists(status) && status.type() != fs::file_type::regular) {
        write_through(to.path.string(), content);
        return;
    }
    refuse_if_in_a_set(to.path.string());
    target_ = to.path.string();
    temporary_ = temporary_beside(to.path, content);
}

PendingFile::~PendingFile() {
    if (!temporary_.empty()) ::unlink(temporary_.c_str());
}

void PendingFile::commit() {
    if (temporary_.empty()) return;
    const std::string from = std::exchange(temporary_, "");
    output_file::move_into_place(from, target_);
}

void write_file_atomic(const std::string& path, const std::string& content) {
    PendingFile file(path, content);
    file.commit();
}

bool standard_stream(const std::string& path) {
    try {
        const int descriptor = destination_of(path).descriptor;
        return descriptor == STDOUT_FILENO || descriptor == STDERR_FILENO;
    } catch (const RunError&) {
        return false;
    }
}

void write_output(const std::string& path, const std::string& content) {
    if (path != "-") return write_file_atomic(path, content);
    std::cout << content << std::flush;
    if (!std::cout) throw RunError("cannot write to standard output");
}

}  // namespace pathways::cli
