// pathways serve: the what-if workbench, a web page from which an officer
// changes the model's figures with controls and reads what changes for people.
#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <thread>
#include <vector>

#include <netdb.h>
#include <netinet/in.h>
#include <pthread.h>
#include <sys/socket.h>

#include "../cli_common.h"
#include "../numeric_option.h"
#include "../terminal_text.h"
#include "../worlds_option.h"
#include "format/file_bytes.h"
#include "guarded_server.h"
#include "http_routes.h"

namespace pathways::cli {

namespace {

struct ServeOptions {
    std::string model_path, scenarios_dir, host = "127.0.0.1", token_file;
    std::string worlds;  // a calibration's worlds.csv: the controls' plausible ranges
    int port = 8080;
    std::size_t queue = 32;
    serve::WorkbenchSettings settings;
};

// The addresses --host names, as the server will bind them. Throws UsageError.
std::vector<sockaddr_storage> addresses_of(const std::string& host) {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE;
    addrinfo* found = nullptr;
    if (getaddrinfo(host.c_str(), "0", &hints, &found) != 0 || !found)
        throw UsageError("--host " + terminal_line(host) + ": not an address, nor a name this machine can resolve");
    std::vector<sockaddr_storage> addresses;
    for (const addrinfo* a = found; a; a = a->ai_next) {
        sockaddr_storage address{};
        std::memcpy(&address, a->ai_addr, std::min<std::size_t>(a->ai_addrlen, sizeof address));
        addresses.push_back(address);
    }
    freeaddrinfo(found);
    return addresses;
}

// Judged by what the name resolves to, not by how it reads: "127.x.example" may be any address.
bool loopback(const std::string& host) {
    for (const sockaddr_storage& a : addresses_of(host)) {
        if (a.ss_family == AF_INET) {
            const auto* v4 = reinterpret_cast<const sockaddr_in*>(&a);
            if ((ntohl(v4->sin_addr.s_addr) >> 24) != 127) return false;
        } else if (a.ss_family != AF_INET6 ||
                   !IN6_IS_ADDR_LOOPBACK(&reinterpret_cast<const sockaddr_in6*>(&a)->sin6_addr)) {
            return false;
        }
    }
    return true;
}

// The secret in --token-file, without surrounding white space. Throws UsageError.
std::string read_token(const std::string& file) {
    std::string token = read_file(file, 4096);
    const auto first = token.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) throw UsageError(file + ": the token file is empty");
    token = token.substr(first, token.find_last_not_of(" \t\r\n") - first + 1);
    if (token.size() < 16)
        throw UsageError(file + ": the token must be at least 16 characters, got " + std::to_string(token.size()));
    return token;
}

// The Host names requests may carry: loopback's, and --host's own.
serve::Access access_for(const ServeOptions& o) {
    serve::Access access;
    std::string host = o.host;
    for (char& c : host) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    access.hosts.push_back(host);
    if (!o.token_file.empty()) {
        access.token = read_token(o.token_file);
        // Every address of the machine is listened on, under any of its names; the token keeps pages out.
        access.any_host = host == "0.0.0.0" || host == "::" || host.empty();
    }
    return access;
}

// The bundled scenarios: --scenarios, else the folder `scenarios` beside the model's folder.
std::string presets_dir(const ServeOptions& o, const po::variables_map& vm) {
    if (vm.count("scenarios")) {
        if (!std::filesystem::is_directory(o.scenarios_dir))
            throw UsageError("--scenarios " + o.scenarios_dir + ": not a folder");
        return o.scenarios_dir;
    }
    const auto beside = std::filesystem::path(o.model_path).parent_path().parent_path() / "scenarios";
    std::error_code error;
    return std::filesystem::is_directory(beside.empty() ? "scenarios" : beside, error)
               ? (beside.empty() ? std::string("scenarios") : beside.string())
               : "";
}

void declare(po::options_description& options, ServeOptions& o) {
    auto text = [](const char* fallback) { return po::value<std::string>()->default_value(fallback); };
    // One option a line, as --help lists them.
    // clang-format off
    options.add_options()
        ("model", po::value(&o.model_path)->required(), "the model file (JSON)")
        ("scenarios", po::value(&o.scenarios_dir),
         "a folder of scenarios offered as presets (default: the folder 'scenarios' beside the model's folder)")
        ("host", po::value(&o.host)->default_value("127.0.0.1"),
         "the address to listen on; any but loopback needs --token-file")
        ("port", text("8080"), "the port to listen on (0: any free port)")
        ("token-file", po::value(&o.token_file), "a file holding a secret every request must carry as a bearer token")
        ("worlds", po::value(&o.worlds), "a calibration's worlds.csv: each control's plausible range is its range over those worlds")
        ("max-replications", text("200"), "refuse what-ifs asking for more replications than this")
        ("queue", text("32"), "runs that may wait; past it a request is refused (503) at once")
        ("max-seconds", text("60"), "stop a run that takes longer than this")
        ("threads,j", text("0"), "threads each run uses (0: all cores)")
        ("max-events", text("5000000"),
         "stop a run if a replication passes this many events (about 60 bytes each: bounds a run's memory)")
        ("max-people", text("250000"),
         "refuse, before it runs, a what-if expecting more people a replication than this (the reference model: about 6,600)");
    // clang-format on
}

void read(const po::variables_map& vm, ServeOptions& o) {
    auto text = [&](const char* option) { return vm[option].as<std::string>(); };
    o.port = static_cast<int>(whole_number_option("port", text("port"), 0, 65535));
    o.settings.max_replications =
        static_cast<std::uint32_t>(whole_number_option("max-replications", text("max-replications"), 1, 10000));
    o.queue = whole_number_option("queue", text("queue"), 1, 10000);
    o.settings.max_seconds = number_option("max-seconds", text("max-seconds"), 0, 86400, true, "seconds");
    const auto threads = whole_number_option("threads", text("threads"), 0, 1024);
    o.settings.threads =
        threads ? static_cast<std::uint32_t>(threads) : std::max(1u, std::thread::hardware_concurrency());
    o.settings.max_events = whole_number_option("max-events", text("max-events"), 1, 1'000'000'000'000'000);
    o.settings.max_people = whole_number_option("max-people", text("max-people"), 1, 1'000'000'000);
    if (o.token_file.empty() && !loopback(o.host))
        throw UsageError(
            "--host " + terminal_line(o.host) +
            " is not (or does not resolve only to) a loopback address: give --token-file too, so that only "
            "those holding its secret can use the server");
}

}  // namespace

namespace {

// SIGINT and SIGTERM, blocked in every thread from here on, so that one thread
// can take them with sigwait and stop the server where stopping is safe.
sigset_t block_stop_signals() {
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    return signals;
}

std::optional<LoadResult> load_model(const std::string& path, std::string& bytes) {
    bytes = read_file(path, max_model_bytes);
    LoadResult loaded = load_model_text({path, bytes});
    for (const Diagnostic& d : loaded.diagnostics) std::cerr << d.to_string() << "\n";
    if (!loaded.ok()) return std::nullopt;
    return loaded;
}

// Each uncertain parameter's range over the calibration's worlds (--worlds); none without them.
serve::WorldRanges world_ranges(const ServeOptions& o) {
    serve::WorldRanges out;
    if (o.worlds.empty()) return out;
    const PlausibleWorlds worlds = read_worlds_option(o.worlds, o.model_path);
    out.worlds = worlds.values.size();
    for (std::size_t p = 0; p < worlds.parameters.size(); ++p) {
        auto& [low, high] = out.by_id[worlds.parameters[p].id] = {worlds.values[0][p], worlds.values[0][p]};
        for (const auto& world : worlds.values) {
            low = std::min(low, world[p]);
            high = std::max(high, world[p]);
        }
    }
    return out;
}

std::optional<ChartLibrary> chart_library() {
    try {
        return load_chart_library(report_assets_dir());
    } catch (const ReportAssetsMissing& e) {
        std::cerr << "pathways serve: warning: " << e.what() << "; \"Download the report\" will not work\n";
        return std::nullopt;
    }
}

// SO_REUSEADDR only: cpp-httplib's default, SO_REUSEPORT, would let a second
// server bind the same port and share its requests without a word.
void exclusive_port(int socket) {
    const int yes = 1;
    setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
}

// Binds, or throws RunError; returns the port (chosen by the system for --port 0).
int bind(httplib::Server& server, const ServeOptions& o) {
    server.set_socket_options(exclusive_port);
    const int port =
        o.port == 0 ? server.bind_to_any_port(o.host) : (server.bind_to_port(o.host, o.port) ? o.port : -1);
    if (port <= 0)
        throw RunError("cannot listen on " + o.host + " port " + std::to_string(o.port) +
                       " (in use, or not an address of this machine)");
    return port;
}

// One handler thread for every waiting run and the running one, and more, so that a
// request finding the queue full is answered at once rather than left waiting for one.
serve::ConnectionLimits connection_limits(const ServeOptions& o) {
    serve::ConnectionLimits limits;
    limits.threads = o.queue + 16;
    return limits;
}

// Waits for SIGINT or SIGTERM, then ends the running what-if, answers the waiting
// ones 503 and stops listening; runs until the server has stopped.
void stop_on_signal(const sigset_t& signals, std::atomic<bool>& cancel, serve::RunQueue& queue, httplib::Server& server,
                    std::atomic<bool>& signalled) {
    int signal = 0;
    sigwait(&signals, &signal);
    signalled = true;
    cancel = true;
    queue.stop();
    server.stop();
}

int serve(ServeOptions o, const std::string& presets) {
    const serve::Access access = access_for(o);
    std::string bytes;
    auto loaded = load_model(o.model_path, bytes);
    if (!loaded) return exit_bad_input;
    const serve::WorldRanges worlds = world_ranges(o);
    const auto charts = chart_library();
    const sigset_t signals = block_stop_signals();
    std::atomic<bool> cancel = false;
    o.settings.cancel = &cancel;
    serve::Workbench workbench({o.model_path, bytes}, std::move(*loaded), presets, o.settings, worlds);
    serve::RunQueue queue(o.queue);
    serve::GuardedServer server(connection_limits(o));
    server.set_keep_alive_max_count(1);  // one request a connection, so no idle connection holds a handler
    serve::add_routes(server, workbench, queue, charts ? &*charts : nullptr, access);
    const int port = bind(server, o);
    server.widen_backlog();
    queue.submit([&workbench] { return workbench.prepare(); });
    std::cout << "Pathways what-if workbench for " << terminal_line(workbench.model().name) << ": http://"
              << (o.host.find(':') == std::string::npos ? o.host : "[" + o.host + "]") << ":" << port
              << "/\nStop it with Ctrl-C." << std::endl;
    std::atomic<bool> signalled = false;
    std::thread stopper([&] { stop_on_signal(signals, cancel, queue, server, signalled); });
    server.listen_after_bind();
    if (!signalled) pthread_kill(stopper.native_handle(), SIGTERM);  // listening ended by itself: end the wait
    stopper.join();
    std::cerr << "pathways serve: stopped\n";
    return exit_ok;
}

}  // namespace

int serve_command(const Args& args) {
    return run_guarded("serve", [&] {
        ServeOptions o;
        po::options_description options;
        po::positional_options_description positional;
        declare(options, o);
        positional.add("model", 1);
        auto vm = parse_options("serve",
                                "MODEL [--scenarios DIR] [--host 127.0.0.1] [--port 8080] "
                                "[--token-file FILE] [--max-replications N] [--max-people N] [--worlds DIR/worlds.csv]",
                                options, positional, args);
        if (!vm) return exit_ok;
        read(*vm, o);
        return serve(o, presets_dir(o, *vm));
    });
}

}  // namespace pathways::cli
