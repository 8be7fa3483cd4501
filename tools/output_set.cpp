#include "output_set.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include <stdlib.h>
#include <unistd.h>

#include "cli_common.h"
#include "format/file_bytes.h"
#include "format/load.h"

namespace pathways::cli {

namespace fs = std::filesystem;

namespace {

constexpr const char* manifest_format = "pathways-output-set/1";

// A name a manifest may list: a plain file in DIR, never a path out of it.
bool plain_name(const std::string& name) {
    return !name.empty() && name[0] != '.' && name.find('/') == std::string::npos;
}

std::string string_member(const Json& j, const char* key) {
    auto it = j.is_object() ? j.find(key) : j.end();
    return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

// The staging folder: private, uniquely named, removed with what is left in it.
class Staging {
public:
    explicit Staging(const std::string& dir) : path_((fs::path(dir) / ".pathways-staging-XXXXXX").string()) {
        if (!::mkdtemp(path_.data())) throw RunError("cannot create a staging folder in " + dir);
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

std::optional<Json> read_manifest(const std::string& dir) {
    const std::string path = (fs::path(dir) / output_set_manifest).string();
    FileBytes file = read_file_bytes(path, max_model_bytes);
    if (!file.bytes) return std::nullopt;
    Json manifest = Json::parse(*file.bytes, nullptr, false);
    if (string_member(manifest, "format") != manifest_format) return std::nullopt;
    if (!manifest.contains("files") || !manifest["files"].is_array()) return std::nullopt;
    return manifest;
}

// The files a previous set wrote (empty when DIR has no readable manifest).
std::vector<std::string> previous_set(const std::string& dir) {
    std::vector<std::string> names;
    std::optional<Json> manifest = read_manifest(dir);
    if (!manifest) return names;
    for (const Json& f : (*manifest)["files"]) {
        names.push_back(string_member(f, "name"));
    }
    return names;
}

void remove_stale(const std::string& dir, const std::vector<std::string>& previous, const std::set<std::string>& now) {
    for (const std::string& name : previous) {
        if (!plain_name(name) || now.count(name)) continue;
        const fs::path path = fs::path(dir) / name;
        std::error_code ec;
        if (fs::is_regular_file(fs::symlink_status(path, ec))) fs::remove(path, ec);
    }
}

Json manifest_json(const std::string& dir, const std::vector<std::pair<std::string, std::string>>& files,
                   const std::set<std::string>& names) {
    Json listed = Json::array();
    for (const auto& [name, content] : files) {
        listed.push_back({{"name", name}, {"bytes", content.size()}, {"sha256", sha256_hex(content)}});
    }
    Json others = Json::array();
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (plain_name(name) && !names.count(name) && name != output_set_manifest) others.push_back(name);
    }
    std::sort(others.begin(), others.end());
    return {{"format", manifest_format}, {"files", listed}, {"not_in_this_set", others}};
}

}  // namespace

void OutputDir::check_targets() const {
    std::error_code ec;
    fs::create_directories(dir_, ec);
    if (!fs::is_directory(dir_, ec)) throw UsageError("cannot use " + dir_ + " as an output folder: not a directory");
    std::vector<std::string> names{output_set_manifest};
    for (const auto& [name, content] : files_) names.push_back(name);
    for (const std::string& name : names) {
        const std::string path = (fs::path(dir_) / name).string();
        refuse_if_input(path);
        const fs::file_status status = fs::symlink_status(path, ec);
        if (fs::exists(status) && status.type() != fs::file_type::regular) {
            throw UsageError(path + " exists and is not a regular file: a set of outputs replaces only regular files");
        }
    }
}

void OutputDir::commit() const {
    check_targets();
    const Staging staging(dir_);
    std::vector<std::string> staged;
    for (const auto& [name, content] : files_) staged.push_back(staging.write(content));
    const std::vector<std::string> previous = previous_set(dir_);
    const fs::path manifest = fs::path(dir_) / output_set_manifest;
    std::error_code ec;
    fs::remove(manifest, ec);  // from here until the new one is in place, the set reads as incomplete
    if (ec) throw RunError("cannot remove " + manifest.string() + ": " + ec.message());
    std::set<std::string> names;
    for (std::size_t i = 0; i < files_.size(); ++i) {
        output_file::move_into_place(staged[i], (fs::path(dir_) / files_[i].first).string());
        names.insert(files_[i].first);
    }
    remove_stale(dir_, previous, names);
    const std::string listing = manifest_json(dir_, files_, names).dump(2) + "\n";
    output_file::move_into_place(staging.write(listing), manifest.string());
}

void check_output_set(const std::string& dir, const std::string& needed) {
    const std::string where = (fs::path(dir) / output_set_manifest).string();
    std::optional<Json> manifest = read_manifest(dir);
    if (!manifest) {
        throw IncompleteSet(where + ": missing or unreadable, so " + dir +
                            " is not a complete set of results (an interrupted run, or not written by Pathways)");
    }
    bool found = false;
    for (const Json& f : (*manifest)["files"]) {
        const std::string name = string_member(f, "name");
        if (!plain_name(name)) throw IncompleteSet(where + ": lists a file that is not a plain name in " + dir);
        FileBytes file = read_file_bytes((fs::path(dir) / name).string(), max_case_record_bytes);
        if (!file.bytes || sha256_hex(*file.bytes) != string_member(f, "sha256")) {
            throw IncompleteSet(dir + "/" + name + " does not match " + where +
                                ": the set was changed or only partly written");
        }
        found = found || name == needed;
    }
    if (!found) throw IncompleteSet(where + ": the set has no " + needed);
}

}  // namespace pathways::cli
