#pragma once
// Writing one output file safely. A regular file is replaced atomically
// through a temporary created exclusively, with an unpredictable name, in the
// target's folder; a device, FIFO or socket is written through, never
// replaced; standard output and standard error named as files (/dev/stdout,
// /dev/fd/1) are written on the stream the command was given, so that a
// shell's `>>` appends; a symbolic link is followed, dangling or not; an input
// of the command, and a file of a Pathways set, are refused.
#include <string>

namespace pathways::cli {

// Remembers an input of this command, so that no output replaces it.
void note_input(const std::string& path);
// Throws UsageError when path is (perhaps through a link) one of the noted inputs.
void refuse_if_input(const std::string& path);

// One output made ready: the content is in a temporary beside the target (or
// already written, for a stream or device), and commit() puts it in place.
// Dropped without commit(), the temporary is removed. The constructor throws
// UsageError for a path that cannot be an output, RunError when writing fails.
class PendingFile {
public:
    PendingFile(const std::string& path, const std::string& content);
    ~PendingFile();
    PendingFile(const PendingFile&) = delete;
    PendingFile& operator=(const PendingFile&) = delete;
    void commit();

private:
    std::string temporary_;  // empty when written through
    std::string target_;
};

// Writes content to path as above (a PendingFile committed at once).
void write_file_atomic(const std::string& path, const std::string& content);
// The same, with "-" meaning standard output.
void write_output(const std::string& path, const std::string& content);

// True when path names standard output or standard error (/dev/stdout, /dev/fd/2, a link to one).
bool standard_stream(const std::string& path);

// Low-level pieces shared with OutputDir (output_set.h).
namespace output_file {
// A new file in folder, created exclusively (O_EXCL) with an unpredictable
// name starting with prefix; content written and synced; mode as a new file
// would get under the umask. Returns its path. Throws RunError.
std::string write_temporary(const std::string& folder, const std::string& prefix, const std::string& content);
// Renames from over to; on failure removes from and throws RunError naming `to`.
void move_into_place(const std::string& from, const std::string& to);
}  // namespace output_file

}  // namespace pathways::cli
