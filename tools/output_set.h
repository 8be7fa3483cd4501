#pragma once
// A command's files in --out DIR, written as one set. The files are staged in
// a private folder inside DIR, the previous set's manifest is removed, the
// files are moved in, and a new manifest (manifest.json, listing every file of
// the set with its SHA-256) is written last: a folder whose manifest is
// missing or does not match its files is an incomplete set, and readers
// refuse it. Files in DIR that the command did not write are never deleted;
// those of the previous set that this one does not rewrite are removed, and
// any others are listed in the manifest as not part of the set.
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace pathways::cli {

inline constexpr const char* output_set_manifest = "manifest.json";

class OutputDir {
public:
    explicit OutputDir(std::string dir) : dir_(std::move(dir)) {}
    void add(const std::string& name, std::string content) { files_.emplace_back(name, std::move(content)); }
    // Throws UsageError when DIR or one of its files cannot be an output,
    // RunError when writing fails.
    void commit() const;

private:
    void check_targets() const;
    std::string dir_;
    std::vector<std::pair<std::string, std::string>> files_;
};

// Why a set of results cannot be read: no manifest, or a file that does not match it.
struct IncompleteSet : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Checks that DIR holds a complete set with `needed` in it (every file listed
// in the manifest present with its hash). Throws IncompleteSet.
void check_output_set(const std::string& dir, const std::string& needed);

}  // namespace pathways::cli
