#pragma once
// Writing one output file safely. A regular file is replaced atomically
// through a temporary created exclusively, with an unpredictable name, in the
// target's folder; a device, FIFO or socket is written through, never
// replaced; a symbolic link is followed; an input of the command is refused.
#include <string>

namespace pathways::cli {

// Remembers an input of this command, so that no output replaces it.
void note_input(const std::string& path);
// Throws UsageError when path is (perhaps through a link) one of the noted inputs.
void refuse_if_input(const std::string& path);

// Writes content to path as above. Throws UsageError for a path that cannot be
// an output (an input, a directory, "-"), RunError when writing fails.
void write_file_atomic(const std::string& path, const std::string& content);
// The same, with "-" meaning standard output.
void write_output(const std::string& path, const std::string& content);

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
