#include "cli_common.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <unistd.h>

namespace pathways::cli {

namespace fs = std::filesystem;

namespace {
std::string program_name = "pathways";
}

void set_program_name(std::string name) { program_name = std::move(name); }

std::optional<po::variables_map> parse_options(const std::string& command, const std::string& synopsis,
                                               const po::options_description& options,
                                               const po::positional_options_description& positional,
                                               const Args& args) {
    po::options_description all("Options");
    all.add_options()("help,h", "show this help and exit");
    all.add(options);
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
        if (vm.count("help")) {
            std::cout << "Usage: pathways " << command << " " << synopsis << "\n\n" << all << "\n";
            return std::nullopt;
        }
        po::notify(vm);
    } catch (const po::error& e) {
        throw UsageError(e.what());
    }
    return vm;
}

int run_guarded(const std::string& command, const std::function<int()>& body) {
    try {
        return body();
    } catch (const UsageError& e) {
        std::cerr << "pathways " << command << ": " << e.what() << "\n"
                  << "Try 'pathways " << command << " --help'.\n";
        return exit_bad_input;
    } catch (const RunError& e) {
        std::cerr << "pathways " << command << ": " << e.what() << "\n";
        return exit_run_failed;
    } catch (const std::bad_alloc&) {
        std::cerr << "pathways " << command << ": out of memory\n";
        return exit_run_failed;
    }
}

std::optional<LoadResult> load_or_report(const std::string& model_path,
                                         const std::vector<std::string>& scenario_paths) {
    LoadResult result = load_model_file(model_path, scenario_paths);
    for (const auto& d : result.diagnostics) std::cerr << d.to_string() << "\n";
    if (!result.ok()) return std::nullopt;
    return result;
}

std::string command_line(const std::string& command, const Args& args) {
    std::string line = "pathways " + command;
    for (const auto& a : args) {
        line += ' ';
        bool plain = !a.empty() && a.find_first_of(" \t\"'\\$`") == std::string::npos;
        line += plain ? a : "'" + a + "'";
    }
    return line;
}

void write_file_atomic(const std::string& path, const std::string& content) {
    fs::path target(path);
    fs::path temp = target;
    temp += ".tmp-" + std::to_string(::getpid());
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out.write(content.data(), static_cast<std::streamsize>(content.size()));
        out.flush();
        if (!out) {
            std::error_code ignored;
            fs::remove(temp, ignored);
            throw RunError("cannot write " + path);
        }
    }
    std::error_code ec;
    fs::rename(temp, target, ec);
    if (ec) {
        fs::remove(temp, ec);
        throw RunError("cannot write " + path);
    }
}

void OutputDir::commit() const {
    std::error_code ec;
    fs::create_directories(dir_, ec);
    if (ec || !fs::is_directory(dir_)) throw RunError("cannot create directory " + dir_);
    // Write every file under a temporary name first, then rename them all.
    std::vector<std::pair<fs::path, fs::path>> staged;
    auto discard = [&] {
        for (auto& [temp, _] : staged) fs::remove(temp, ec);
    };
    for (const auto& [name, content] : files_) {
        fs::path target = fs::path(dir_) / name;
        fs::path temp = target;
        temp += ".tmp-" + std::to_string(::getpid());
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out.write(content.data(), static_cast<std::streamsize>(content.size()));
        out.close();
        staged.emplace_back(temp, target);
        if (!out) {
            discard();
            throw RunError("cannot write " + target.string());
        }
    }
    for (auto& [temp, target] : staged) {
        fs::rename(temp, target, ec);
        if (ec) {
            discard();
            throw RunError("cannot write " + target.string());
        }
    }
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw UsageError("cannot read " + path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace pathways::cli
