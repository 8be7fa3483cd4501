#pragma once
// Helpers for the loading and validation tests: the example model from the
// format description, edits to it by JSON pointer, and the errors at a pointer.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "format/load.h"

namespace pathways::testing {

inline std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline std::string example_path() {
    std::string path = PATHWAYS_SOURCE_DIR;
    path.append("/tests/data/valid/example.json");  // appended: GCC 12 misreads `+` at -O3
    return path;
}

inline Json example() { return Json::parse(read_text(example_path())); }

// A copy of doc with the value at pointer set (parents created as needed).
inline Json with(Json doc, const std::string& pointer, const Json& value) {
    doc[Json::json_pointer(pointer)] = value;
    return doc;
}

// A copy of doc with the member at pointer removed.
inline Json without(Json doc, const std::string& pointer) {
    Json::json_pointer p(pointer);
    doc[p.parent_pointer()].erase(p.back());
    return doc;
}

inline LoadResult load(const Json& doc) { return load_model_document(doc, "model.json"); }

// Messages of the diagnostics of one severity at exactly this pointer.
inline std::vector<std::string> messages_at(const LoadResult& r, const std::string& pointer,
                                            Diagnostic::Severity severity = Diagnostic::Severity::error) {
    std::vector<std::string> out;
    for (const auto& d : r.diagnostics) {
        if (d.pointer == pointer && d.severity == severity) out.push_back(d.message);
    }
    return out;
}

inline std::size_t error_count(const LoadResult& r) {
    std::size_t n = 0;
    for (const auto& d : r.diagnostics) n += d.severity == Diagnostic::Severity::error;
    return n;
}

// Every diagnostic, one a line, for failure messages.
inline std::string all_diagnostics(const LoadResult& r) {
    std::string s;
    for (const auto& d : r.diagnostics) s += d.to_string() + "\n";
    return s;
}

// Success when the result has no model and an error at pointer whose message
// contains fragment; otherwise a failure listing every diagnostic.
inline ::testing::AssertionResult has_error(const LoadResult& r, const std::string& pointer,
                                            const std::string& fragment) {
    if (r.ok()) return ::testing::AssertionFailure() << "the model loaded; diagnostics:\n" << all_diagnostics(r);
    for (const auto& message : messages_at(r, pointer)) {
        if (message.find(fragment) != std::string::npos) return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure() << "no error at '" << pointer << "' containing '" << fragment
                                         << "'; diagnostics:\n"
                                         << all_diagnostics(r);
}

// A test with a folder of its own for the files it writes, removed afterwards.
class FilesTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir = std::filesystem::path(::testing::TempDir()) /
              ("pathways_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->test_suite_name()) +
               "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::create_directories(dir);
    }
    void TearDown() override { std::filesystem::remove_all(dir); }

    // Writes content to the file name (a path inside the folder): its full path.
    std::string file(const std::string& name, const std::string& content) const {
        const std::filesystem::path path = dir / name;
        std::filesystem::create_directories(path.parent_path());
        std::ofstream(path, std::ios::binary) << content;
        return path.string();
    }

    std::filesystem::path dir;
};

}  // namespace pathways::testing
