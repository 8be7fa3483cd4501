#pragma once
// A command's files in --out DIR, written as one set. The files are staged in
// a private folder inside DIR, the previous set's manifest is removed, the
// files are moved in, and a new manifest (manifest.json, listing every file of
// the set with its SHA-256) is written last: a folder whose manifest is
// missing or does not match its files is an incomplete set, and readers
// refuse it. Files in DIR that Pathways did not write are never deleted or
// replaced (a command refuses the folder instead); those of the previous set
// that this one does not rewrite are removed, and any others are listed in
// the manifest as not part of the set. Writers of one folder take turns on a
// lock file in it.
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace pathways::cli {

inline constexpr const char* output_set_manifest = "manifest.json";

class OutputDir {
public:
    // Throws UsageError for an empty name.
    explicit OutputDir(std::string dir);
    ~OutputDir();
    OutputDir(const OutputDir&) = delete;
    OutputDir& operator=(const OutputDir&) = delete;
    void add(const std::string& name, std::string content) { files_.emplace_back(name, std::move(content)); }
    // Said in the manifest: these files hold figures not to be published (unsuppressed counts).
    void not_for_publication(std::string why) { not_for_publication_ = std::move(why); }
    // Before the work: refuses (UsageError) a DIR that is not a folder, holds a
    // manifest Pathways did not write, or holds an input of the command that a
    // new set would replace or remove; RunError when DIR cannot be created.
    void check() const;
    // Writes every file and the manifest into the staging folder, under the lock
    // (creating DIR if needed). Throws UsageError or RunError; nothing is changed then.
    void stage();
    // Moves the staged files into place and writes the manifest last. Throws RunError.
    void publish();
    void commit() {
        stage();
        publish();
    }

private:
    struct Staged;
    std::string dir_;
    std::vector<std::pair<std::string, std::string>> files_;
    std::string not_for_publication_;
    std::unique_ptr<Staged> staged_;
};

// Why a set of results cannot be read: no manifest, or a file that does not match it.
struct IncompleteSet : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Checks that DIR holds a complete set with `needed` in it (every file listed
// in the manifest present with its hash). Throws IncompleteSet.
void check_output_set(const std::string& dir, const std::string& needed);

// Throws UsageError when path is a file of a Pathways set (or its manifest):
// a single output written there would break the set.
void refuse_if_in_a_set(const std::string& path);

// Throws UsageError when `inner` is `outer` or a folder inside it.
void refuse_if_inside(const std::string& inner, const std::string& outer, const std::string& why);

}  // namespace pathways::cli
