#include "output_set.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <optional>
#include <set>
#include <thread>

#include <fcntl.h>
#include <stdlib.h>
#include <sys/file.h>
#include <unistd.h>

#include "cli_common.h"
#include "format/file_bytes.h"
#include "format/load.h"

namespace pathways::cli {

namespace fs = std::filesystem;

namespace {

constexpr const char* manifest_format = "pathways-output-set/1";
// Written before the old manifest goes and removed after the new one is in
// place: the names of both sets, so that after a run killed in between the
// files are still known as Pathways' own.
constexpr const char* pending_record = ".pathways-pending.json";
constexpr const char* lock_file = ".pathways-lock";
// Publishing takes well under a second; a writer waiting longer than this is
// stuck behind another, or two commands wait on each other's folders.
constexpr auto lock_patience = std::chrono::seconds(60);

// A name a manifest may list: a plain file in DIR, never a path out of it.
bool plain_name(const std::string& name) {
    return !name.empty() && name[0] != '.' && name.find('/') == std::string::npos;
}

std::string string_member(const Json& j, const char* key) {
    auto it = j.is_object() ? j.find(key) : j.end();
    return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

std::string in_folder(const std::string& dir, const std::string& name) { return (fs::path(dir) / name).string(); }

}  // namespace

// Named, not anonymous: OutputDir::Staged holds them.
namespace output_set_parts {

// The staging folder: private, uniquely named, removed with what is left in it.
class Staging {
public:
    explicit Staging(const std::string& dir) : path_(in_folder(dir, ".pathways-staging-XXXXXX")) {
        if (!::mkdtemp(path_.data()))
            throw RunError("cannot create a staging folder in " + dir + ": " + std::strerror(errno));
    }
    ~Staging() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    Staging(const Staging&) = delete;
    Staging& operator=(const Staging&) = delete;
    std::string write(const std::string& content) const {
        return output_file::write_temporary(path_, "file-", content);
    }

private:
    std::string path_;
};

// Held while a set is staged and published, so that writers of one folder take turns.
class FolderLock {
public:
    explicit FolderLock(const std::string& dir) : path_(in_folder(dir, lock_file)) {
        fd_ = ::open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0666);
        // Another user's lock file in a shared folder: locking needs only to read it.
        if (fd_ < 0 && errno == EACCES) fd_ = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd_ < 0) throw RunError("cannot create the lock file " + path_ + ": " + std::strerror(errno));
        const auto give_up = std::chrono::steady_clock::now() + lock_patience;
        while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
            const int why = errno;
            if ((why != EWOULDBLOCK && why != EINTR) || std::chrono::steady_clock::now() > give_up) {
                ::close(fd_);
                throw RunError(why == EWOULDBLOCK ? "another command has been writing " + dir + " for a minute (" +
                                                        path_ + " is locked): try again when it has finished"
                                                  : "cannot lock " + path_ + ": " + std::strerror(why));
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    }
    ~FolderLock() { ::close(fd_); }
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;
    const std::string& path() const { return path_; }

private:
    std::string path_;
    int fd_ = -1;
};

}  // namespace output_set_parts

using output_set_parts::FolderLock;
using output_set_parts::Staging;

namespace {

enum class ManifestKind { none, ours, foreign };

std::optional<Json> read_manifest(const std::string& dir) {
    FileBytes file = read_file_bytes(in_folder(dir, output_set_manifest), max_model_bytes);
    if (!file.bytes) return std::nullopt;
    Json manifest = Json::parse(*file.bytes, nullptr, false);
    if (string_member(manifest, "format") != manifest_format) return std::nullopt;
    if (!manifest.contains("files") || !manifest["files"].is_array()) return std::nullopt;
    return manifest;
}

ManifestKind manifest_kind(const std::string& dir) {
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(in_folder(dir, output_set_manifest), ec))) return ManifestKind::none;
    return read_manifest(dir) ? ManifestKind::ours : ManifestKind::foreign;
}

void refuse_foreign_manifest(const std::string& dir) {
    if (manifest_kind(dir) != ManifestKind::foreign) return;
    throw UsageError(in_folder(dir, output_set_manifest) +
                     " was not written by Pathways, and a set of outputs needs that name: move it, or write the "
                     "outputs elsewhere");
}

// The files Pathways wrote in DIR: the previous set's, and those of a run
// stopped while publishing.
std::set<std::string> previous_set(const std::string& dir) {
    std::set<std::string> names;
    if (std::optional<Json> manifest = read_manifest(dir)) {
        for (const Json& f : (*manifest)["files"]) names.insert(string_member(f, "name"));
    }
    FileBytes pending = read_file_bytes(in_folder(dir, pending_record), max_model_bytes);
    const Json record = pending.bytes ? Json::parse(*pending.bytes, nullptr, false) : Json();
    if (record.is_array()) {
        for (const Json& name : record) names.insert(name.is_string() ? name.get<std::string>() : "");
    }
    names.erase("");
    return names;
}

// An input among the files a set would remove or replace is refused before
// anything is written: the command would destroy what it read.
void refuse_inputs_among(const std::string& dir, const std::set<std::string>& names) {
    for (const std::string& name : names) {
        if (plain_name(name) || name == output_set_manifest) refuse_if_input(in_folder(dir, name));
    }
}

// The files of the previous set that this one does not rewrite: removed when it is published.
std::vector<std::string> stale_files(const std::string& dir, const std::set<std::string>& previous,
                                     const std::set<std::string>& now) {
    std::vector<std::string> stale;
    for (const std::string& name : previous) {
        std::error_code ec;
        if (plain_name(name) && !now.count(name) && fs::is_regular_file(fs::symlink_status(in_folder(dir, name), ec)))
            stale.push_back(name);
    }
    return stale;
}

Json manifest_json(const std::string& dir, const std::vector<std::pair<std::string, std::string>>& files,
                   const std::set<std::string>& leaving, const std::string& not_for_publication) {
    Json listed = Json::array();
    std::set<std::string> names{output_set_manifest};
    for (const auto& [name, content] : files) {
        listed.push_back({{"name", name}, {"bytes", content.size()}, {"sha256", sha256_hex(content)}});
        names.insert(name);
    }
    Json others = Json::array();
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (plain_name(name) && !names.count(name) && !leaving.count(name)) others.push_back(name);
    }
    std::sort(others.begin(), others.end());
    Json manifest = {{"format", manifest_format}, {"files", listed}, {"not_in_this_set", others}};
    if (!not_for_publication.empty()) manifest["not_for_publication"] = not_for_publication;
    return manifest;
}

// DIR as an absolute path without a trailing separator.
fs::path absolute_folder(const std::string& dir) {
    std::error_code ec;
    fs::path path = fs::absolute(dir, ec).lexically_normal();
    return path.has_filename() || !path.has_parent_path() ? path : path.parent_path();
}

// The nearest folder of path (or path itself) that exists.
fs::path existing_ancestor(fs::path path) {
    std::error_code ec;
    while (path.has_parent_path() && path != path.parent_path() && !fs::exists(fs::symlink_status(path, ec)))
        path = path.parent_path();
    return path;
}

// The topmost folder created for DIR (empty when DIR existed), so that a
// failed command can remove what it made.
std::string make_folder(const std::string& dir) {
    std::error_code ec;
    fs::path top = absolute_folder(dir);
    while (top.has_parent_path() && top != top.parent_path() && !fs::exists(fs::symlink_status(top.parent_path(), ec)))
        top = top.parent_path();
    std::error_code failed;
    const bool created = fs::create_directories(dir, failed);
    if (fs::is_directory(dir, ec)) return created ? top.string() : "";
    if (failed == std::errc::not_a_directory || fs::exists(fs::symlink_status(dir, ec)))
        throw UsageError("cannot use " + dir + " as an output folder: not a directory");
    throw RunError("cannot create the output folder " + dir + ": " + failed.message());
}

void remove_made_folders(const std::string& dir, const std::string& top) {
    std::error_code ec;
    for (fs::path at = absolute_folder(dir); !at.empty(); at = at.parent_path()) {
        if (!fs::remove(at, ec) || at == fs::path(top)) break;
    }
}

// Under the lock: every name the set writes is Pathways' own or free, and no
// input of the command is among the files the set replaces or removes.
void check_targets(const std::string& dir, const std::vector<std::pair<std::string, std::string>>& files,
                   const std::set<std::string>& previous) {
    refuse_foreign_manifest(dir);
    refuse_inputs_among(dir, previous);
    std::vector<std::string> names{output_set_manifest};
    for (const auto& [name, content] : files) names.push_back(name);
    for (const std::string& name : names) {
        const std::string path = in_folder(dir, name);
        refuse_if_input(path);
        std::error_code ec;
        const fs::file_status status = fs::symlink_status(path, ec);
        if (!fs::exists(status)) continue;
        if (status.type() != fs::file_type::regular)
            throw UsageError(path + " exists and is not a regular file: a set of outputs replaces only regular files");
        if (name != output_set_manifest && !previous.count(name))
            throw UsageError(path + " was not written by Pathways, and the set would replace it: move it, or write "
                                    "the outputs elsewhere");
    }
}

}  // namespace

struct OutputDir::Staged {
    std::string made;  // the topmost folder this command created, if any
    std::optional<FolderLock> lock;
    std::optional<Staging> staging;
    std::vector<std::string> files;
    std::string manifest, pending;
    std::vector<std::string> stale;
    bool published = false;
    std::string dir;
    ~Staged() {
        staging.reset();
        if (made.empty() || published) return;
        ::unlink(in_folder(dir, lock_file).c_str());  // before the lock is let go, so no writer waits on a lost file
        lock.reset();
        remove_made_folders(dir, made);
    }
};

OutputDir::OutputDir(std::string dir) : dir_(std::move(dir)) {
    if (dir_.empty()) throw UsageError("an output folder with an empty name: name a folder");
}

OutputDir::~OutputDir() = default;

void OutputDir::check() const {
    std::error_code ec;
    const fs::file_status status = fs::status(dir_, ec);
    if (fs::exists(status)) {
        if (!fs::is_directory(status)) throw UsageError("cannot use " + dir_ + " as an output folder: not a directory");
        refuse_foreign_manifest(dir_);
        if (::access(dir_.c_str(), W_OK | X_OK) != 0)
            throw RunError("cannot write in the output folder " + dir_ + ": " + std::strerror(errno));
        std::set<std::string> names = previous_set(dir_);
        names.insert(output_set_manifest);
        return refuse_inputs_among(dir_, names);
    }
    const fs::path parent = existing_ancestor(absolute_folder(dir_));
    if (!fs::is_directory(parent, ec)) throw UsageError("cannot use " + dir_ + " as an output folder: not a directory");
    if (::access(parent.c_str(), W_OK | X_OK) != 0)
        throw RunError("cannot create the output folder " + dir_ + ": " + std::strerror(errno));
}

void OutputDir::stage() {
    staged_.reset();
    auto staged = std::make_unique<Staged>();
    staged->dir = dir_;
    staged->made = make_folder(dir_);
    staged->lock.emplace(dir_);
    std::set<std::string> previous = previous_set(dir_);
    check_targets(dir_, files_, previous);
    staged->staging.emplace(dir_);
    std::set<std::string> names;
    for (const auto& [name, content] : files_) {
        staged->files.push_back(staged->staging->write(content));
        names.insert(name);
    }
    staged->stale = stale_files(dir_, previous, names);
    previous.insert(names.begin(), names.end());
    staged->pending = staged->staging->write(Json(previous).dump() + "\n");
    const std::set<std::string> leaving(staged->stale.begin(), staged->stale.end());
    staged->manifest =
        staged->staging->write(manifest_json(dir_, files_, leaving, not_for_publication_).dump(2) + "\n");
    staged_ = std::move(staged);
}

void OutputDir::publish() {
    if (!staged_) stage();
    Staged& s = *staged_;
    s.published = true;  // from here on DIR holds this command's files: it is kept whatever happens
    output_file::move_into_place(s.pending, in_folder(dir_, pending_record));
    const std::string manifest = in_folder(dir_, output_set_manifest);
    std::error_code ec;
    fs::remove(manifest, ec);  // from here until the new one is in place, the set reads as incomplete
    if (ec) throw RunError("cannot remove " + manifest + ": " + ec.message());
    for (std::size_t i = 0; i < files_.size(); ++i)
        output_file::move_into_place(s.files[i], in_folder(dir_, files_[i].first));
    for (const std::string& name : s.stale) fs::remove(in_folder(dir_, name), ec);
    output_file::move_into_place(s.manifest, manifest);
    fs::remove(in_folder(dir_, pending_record), ec);
    staged_.reset();
}

void check_output_set(const std::string& dir, const std::string& needed) {
    const std::string where = in_folder(dir, output_set_manifest);
    std::optional<Json> manifest = read_manifest(dir);
    if (!manifest) {
        throw IncompleteSet(where + ": missing or unreadable, so " + dir +
                            " is not a complete set of results (an interrupted run, or not written by Pathways)");
    }
    bool found = false;
    for (const Json& f : (*manifest)["files"]) {
        const std::string name = string_member(f, "name");
        if (!plain_name(name)) throw IncompleteSet(where + ": lists a file that is not a plain name in " + dir);
        FileBytes file = read_file_bytes(in_folder(dir, name), max_case_record_bytes);
        if (!file.bytes || sha256_hex(*file.bytes) != string_member(f, "sha256")) {
            throw IncompleteSet(dir + "/" + name + " does not match " + where +
                                ": the set was changed or only partly written");
        }
        found = found || name == needed;
    }
    if (!found) throw IncompleteSet(where + ": the set has no " + needed);
}

void refuse_if_in_a_set(const std::string& path) {
    const fs::path file(path);
    const std::string dir = file.has_parent_path() ? file.parent_path().string() : ".";
    const std::string name = file.filename().string();
    std::error_code ec;
    if (manifest_kind(dir) != ManifestKind::ours && !fs::exists(fs::symlink_status(in_folder(dir, pending_record), ec)))
        return;
    if (name == output_set_manifest || name == pending_record || previous_set(dir).count(name)) {
        throw UsageError(path + " is a file of the set of outputs in " + dir +
                         ": writing it would break the set; write the output elsewhere");
    }
}

void refuse_if_inside(const std::string& inner, const std::string& outer, const std::string& why) {
    std::error_code ec;
    const fs::path relative = fs::weakly_canonical(absolute_folder(inner), ec)
                                  .lexically_relative(fs::weakly_canonical(absolute_folder(outer), ec));
    if (!relative.empty() && (relative == "." || *relative.begin() != "..")) throw UsageError(why);
}

}  // namespace pathways::cli
