#include "http_routes.h"

#include <algorithm>
#include <exception>
#include <memory>
#include <utility>

#include <openssl/crypto.h>

#include "answer_coding.h"
#include "guarded_server.h"
#include "page_assets.h"

namespace pathways::serve {

namespace {

// Compressed when the client accepts it and that is cheaper than sending it whole: from
// another machine, and large enough to gain (answer_coding.h). On this machine sending
// costs less than compressing (a what-if's 780 kB: 0.3 ms to send, 2 ms to compress).
void send(httplib::Response& res, const Answer& answer) {
    res.status = answer.status;
    const Coding coding =
        GuardedServer::from_this_machine() ? Coding::identity : accepted_coding(GuardedServer::accept_encoding());
    send_coded(answer.body, answer.content_type, coding, res);
}

// Compares in time that does not depend on where the strings first differ.
bool same_secret(const std::string& given, const std::string& secret) {
    return given.size() == secret.size() && CRYPTO_memcmp(given.data(), secret.data(), secret.size()) == 0;
}

bool all_digits(const std::string& text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A Host header's or an Origin's authority: the name in lower case without brackets, and
// the port ("80" when none is given); nullopt when it is not of that form.
std::optional<std::pair<std::string, std::string>> authority_of(std::string authority) {
    for (char& c : authority) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    std::size_t name_end = authority.find(':');
    std::string name = authority.substr(0, name_end);
    if (authority.starts_with("[")) {
        name_end = authority.find(']');
        if (name_end == std::string::npos) return std::nullopt;
        name = authority.substr(1, name_end - 1);
        ++name_end;
        if (name_end < authority.size() && authority[name_end] != ':') return std::nullopt;
    }
    std::string port = name_end < authority.size() ? authority.substr(name_end + 1) : "80";
    if (port.size() > 5 || !all_digits(port)) return std::nullopt;
    return std::pair{name, port};
}

// Whether the Host names this server, and, on POST, the Origin (when the browser sends one)
// is the page this server gave: scheme, name and port, so that a page another server on
// this machine gave, on another port, does not count as the workbench's own.
bool addressed_here(const Access& access, const httplib::Request& req) {
    if (access.any_host) return true;
    const auto host = authority_of(req.get_header_value("Host"));
    if (!host || std::find(access.hosts.begin(), access.hosts.end(), host->first) == access.hosts.end()) return false;
    if (req.method != "POST" || !req.has_header("Origin")) return true;
    const std::string origin = req.get_header_value("Origin");
    // The Host's port, not the one listened on: a page reached through a forwarded port is still the workbench.
    return origin.starts_with("http://") && authority_of(origin.substr(7)) == host;
}

// Headers that could be read two ways (by this server and by a proxy in front of it), or a
// length that is not a whole number of bytes: the library would take the first, or a prefix.
std::optional<Answer> ambiguous(const httplib::Request& req) {
    for (const char* name : {"Host", "Origin", "Content-Length", "Authorization", "Content-Type"})
        if (req.get_header_value_count(name) > 1)
            return error_answer(400, std::string("the request has more than one ") + name + " header");
    if (!req.has_header("Content-Length")) return std::nullopt;
    if (!all_digits(req.get_header_value("Content-Length")))
        return error_answer(400, "the request's Content-Length is not a whole number of bytes");
    if (req.has_header("Transfer-Encoding"))
        return error_answer(400, "the request has both a Content-Length and a Transfer-Encoding");
    return std::nullopt;
}

// A body said to be over the cap, refused on the headers (and so before "100 Continue").
bool declared_too_large(const httplib::Request& req) {
    const std::string length = req.get_header_value("Content-Length");
    const std::size_t digits = length.find_first_not_of('0');
    return digits != std::string::npos && (length.size() - digits > 7 || std::stoul(length) > max_body_bytes);
}

// What refuses the request on its request line and headers, before any body is read: their
// form, then the Host and Origin, then the token, then the length.
std::optional<Answer> refusal(const Access& access, const httplib::Request& req) {
    if (auto ambiguity = ambiguous(req)) return ambiguity;
    if (!addressed_here(access, req))
        return error_answer(403, "this server answers requests addressed to it by its own address only");
    if (access.token && !same_secret(req.get_header_value("Authorization"), "Bearer " + *access.token))
        return error_answer(401, "this server needs its bearer token");
    if (declared_too_large(req))
        return error_answer(413, "the request is larger than " + std::to_string(max_body_bytes) + " bytes");
    return std::nullopt;
}

void security_headers(httplib::Response& res) {
    res.set_header("Content-Security-Policy", page_policy);
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("Cache-Control", "no-store");
}

void send_refusal(const Answer& refused, httplib::Response& res) {
    if (refused.status == 401) res.set_header("WWW-Authenticate", "Bearer");
    send(res, refused);
}

httplib::Server::HandlerResponse check_access(const Access& access, const httplib::Request& req,
                                              httplib::Response& res) {
    security_headers(res);
    if (req.method != "POST") GuardedServer::request_read();
    const auto refused = refusal(access, req);
    if (!refused) return httplib::Server::HandlerResponse::Unhandled;
    send_refusal(*refused, res);
    return httplib::Server::HandlerResponse::Handled;
}

// "Expect: 100-continue": the client waits to be told to send its body, so a request
// refused on its headers is refused now, without inviting the body first.
int continue_or_refuse(const Access& access, const httplib::Request& req, httplib::Response& res) {
    const auto refused = refusal(access, req);
    if (!refused) return 100;
    security_headers(res);
    send_refusal(*refused, res);
    return refused->status;
}

// The whole body, or nullopt with 413 sent past the cap (a chunked body too, which the
// library leaves to the handler) or 400 when it ends early.
std::optional<std::string> body_of(const httplib::ContentReader& content, httplib::Response& res) {
    std::string body;
    std::size_t seen = 0;
    const bool complete = content([&](const char* data, std::size_t size) {
        seen += size;
        if (seen <= max_body_bytes) body.append(data, size);
        // Past the cap the rest is read and dropped, up to a bound, so that a client still
        // sending reads the 413 instead of a reset connection.
        return seen <= 8 * max_body_bytes;
    });
    GuardedServer::request_read();
    if (seen > max_body_bytes || res.status == 413) {
        send(res, error_answer(413, "the request is larger than " + std::to_string(max_body_bytes) + " bytes"));
        return std::nullopt;
    }
    if (!complete) {
        send(res, error_answer(400, "the request's body could not be read"));
        return std::nullopt;
    }
    return body;
}

// ?replications=N: the model's count when absent; nullopt (and a 400 sent) when not 1..max.
std::optional<std::uint32_t> replications_of(const httplib::Request& req, const Workbench& workbench,
                                             httplib::Response& res) {
    const std::uint32_t max = workbench.settings().max_replications;
    if (!req.has_param("replications")) return std::min(workbench.model().simulation.replications, max);
    const std::string text = req.get_param_value("replications");
    std::uint64_t n = 0;
    bool digits = !text.empty() && text.size() <= 6;
    for (char c : text) digits = digits && c >= '0' && c <= '9';
    if (digits) n = std::stoull(text);
    if (digits && n >= 1 && n <= max) return static_cast<std::uint32_t>(n);
    send(res, error_answer(400, "Replications must be a whole number from 1 to " + std::to_string(max) +
                                    ": this server runs at most " + std::to_string(max) + " replications (got '" +
                                    text + "')."));
    return std::nullopt;
}

// A place in the queue of runs, taken before the request is read or checked, so that
// a full queue answers 503 at once; nullopt (and the 503 sent) when none is free.
std::optional<RunQueue::Place> place_in(RunQueue& queue, httplib::Response& res) {
    auto place = queue.reserve();
    if (place) return place;
    res.set_header("Retry-After", "5");
    send(res, error_answer(503, "the server is busy: every place in the queue of runs is taken"));
    return std::nullopt;
}

// With a place held: reads and checks the what-if on this thread (a few at a time), refuses
// at once (422) one too large to run or not confirmed, then runs it in its turn, under the
// time limit from when that turn comes, and waits for the answer.
template <typename Run>
void queued(RunQueue::Place place, const httplib::Request& req, httplib::Response& res,
            const httplib::ContentReader& content, Workbench& workbench, RunQueue& queue, std::uint32_t replications,
            Run run) {
    auto body = body_of(content, res);
    if (!body) return;
    if (req.get_header_value("Content-Type").rfind("application/json", 0) != 0) {
        // A form on another site cannot send JSON without the browser asking first.
        return send(res, error_answer(415, "send the scenario as application/json"));
    }
    CheckedWhatIf checked = workbench.check(*body);
    if (!checked.loaded) return send(res, checked.problems);
    if (auto refused = workbench.refusal(*checked.loaded, replications, checked.confirmed)) return send(res, *refused);
    auto what_if = std::make_shared<const LoadResult>(std::move(*checked.loaded));
    auto answer = queue.submit(std::move(place), [&workbench, what_if, run] {
        workbench.start_clock();
        return run(*what_if);
    });
    send(res, answer.get());
}

// The report's chart library as one script, or, when it is not installed, a
// script that leaves the page to show its tables alone.
std::string chart_script(const ChartLibrary* charts) {
    if (!charts) return "// The chart library is not installed on the server: the page shows tables only.\n";
    std::string script;
    for (const std::string* part : {&charts->vega, &charts->vega_lite, &charts->vega_embed, &charts->vega_interpreter})
        script += *part + "\n;\n";
    return script;
}

// The page's parts and the model, compressed once here (the chart library takes a second or two).
void add_page(httplib::Server& server, Workbench& workbench, const ChartLibrary* charts) {
    const auto part = [&server](const char* path, std::shared_ptr<const StaticPart> body) {
        server.Get(path, [body](const httplib::Request&, httplib::Response& res) {
            body->send(accepted_coding(GuardedServer::accept_encoding()), res);
        });
    };
    part("/", std::make_shared<StaticPart>(std::string(page_html()), "text/html; charset=utf-8"));
    part("/workbench.js", std::make_shared<StaticPart>(std::string(page_script()), "text/javascript; charset=utf-8"));
    part("/workbench.css", std::make_shared<StaticPart>(std::string(page_style()), "text/css; charset=utf-8"));
    part("/charts.js", std::make_shared<StaticPart>(chart_script(charts), "text/javascript; charset=utf-8"));
    part("/api/model", std::make_shared<StaticPart>(workbench.model_json(), "application/json"));
    // Browsers ask for an icon; answering "no content" keeps their consoles free of errors.
    server.Get("/favicon.ico", [](const httplib::Request&, httplib::Response& res) { res.status = 204; });
}

// A JSON body for the library's own refusals (400, 404, 413...), which come with none.
void error_body(const httplib::Request&, httplib::Response& res) {
    if (GuardedServer::headers_too_large()) res.status = 431;
    if (!res.body.empty()) return;
    const char* reason = res.status == 431   ? "the request has too many headers, or too long"
                         : res.status == 404 ? "no such page"
                         : res.status == 413 ? "the request is too large"
                         : res.status == 414 ? "the address is too long"
                         : res.status == 416 ? "the Range header could not be read (answers are sent whole)"
                         : res.status == 405 ? "this method is not allowed here"
                                             : "the request could not be read";
    res.set_content(error_answer(res.status, reason).body, "application/json");
}

// Whatever a handler throws is answered in JSON with a status, never an empty 500.
void exception_body(const httplib::Request&, httplib::Response& res, std::exception_ptr thrown) {
    send(res, failure_answer(thrown));
}

}  // namespace

void add_routes(httplib::Server& server, Workbench& workbench, RunQueue& queue, const ChartLibrary* charts,
                const Access& access) {
    server.set_payload_max_length(max_body_bytes);  // cpp-httplib answers 413 past it, when the length is given
    server.set_pre_routing_handler(
        [access](const httplib::Request& req, httplib::Response& res) { return check_access(access, req, res); });
    server.set_expect_100_continue_handler(
        [access](const httplib::Request& req, httplib::Response& res) { return continue_or_refuse(access, req, res); });
    server.set_error_handler(error_body);
    server.set_exception_handler(exception_body);
    add_page(server, workbench, charts);
    server.Post("/api/compare", [&workbench, &queue](const httplib::Request& req, httplib::Response& res,
                                                     const httplib::ContentReader& content) {
        auto place = place_in(queue, res);
        if (!place) return;
        const auto replications = replications_of(req, workbench, res);
        if (!replications) return;
        queued(std::move(*place), req, res, content, workbench, queue, *replications,
               [&workbench, n = *replications](const LoadResult& what_if) { return workbench.compare(what_if, n); });
    });
    // Quick and touching nothing shared: answered at once, not queued.
    server.Post("/api/what-if", [&workbench](const httplib::Request& req, httplib::Response& res,
                                             const httplib::ContentReader& content) {
        auto body = body_of(content, res);
        if (!body) return;
        if (req.get_header_value("Content-Type").rfind("application/json", 0) != 0)
            return send(res, error_answer(415, "send the figures as application/json"));
        send(res, workbench.what_if(*body));
    });
    server.Post("/api/report", [&workbench, &queue, charts](const httplib::Request& req, httplib::Response& res,
                                                            const httplib::ContentReader& content) {
        if (!charts) return send(res, error_answer(503, "the report's chart library is not installed on the server"));
        auto place = place_in(queue, res);
        if (!place) return;
        queued(std::move(*place), req, res, content, workbench, queue, workbench.model().simulation.replications,
               [&workbench, charts](const LoadResult& what_if) { return workbench.report(what_if, *charts); });
    });
}

}  // namespace pathways::serve
