#include "http_routes.h"

#include <algorithm>
#include <exception>
#include <new>

#include <openssl/crypto.h>

#include "../memory_reserve.h"
#include "guarded_server.h"
#include "page_assets.h"

namespace pathways::serve {

namespace {

void send(httplib::Response& res, const Answer& answer) {
    res.status = answer.status;
    res.set_content(answer.body, answer.content_type.c_str());
}

// Compares in time that does not depend on where the strings first differ.
bool same_secret(const std::string& given, const std::string& secret) {
    return given.size() == secret.size() && CRYPTO_memcmp(given.data(), secret.data(), secret.size()) == 0;
}

// The host part of a Host header or an Origin's authority: lower case, without port or brackets.
std::string host_name(std::string authority) {
    for (char& c : authority) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (authority.starts_with("[")) return authority.substr(1, authority.find(']') - 1);
    return authority.substr(0, authority.find(':'));
}

// Whether the Host (and, on POST, the Origin, when the browser sends one) names this server.
bool addressed_here(const Access& access, const httplib::Request& req) {
    if (access.any_host) return true;
    auto ours = [&](const std::string& authority) {
        const std::string name = host_name(authority);
        return std::find(access.hosts.begin(), access.hosts.end(), name) != access.hosts.end();
    };
    if (!ours(req.get_header_value("Host"))) return false;
    if (req.method != "POST" || !req.has_header("Origin")) return true;
    const std::string origin = req.get_header_value("Origin");
    return origin.starts_with("http://") && ours(origin.substr(7));
}

// Before the body is read: the headers, then the Host, then the token.
httplib::Server::HandlerResponse check_access(const Access& access, const httplib::Request& req,
                                              httplib::Response& res) {
    res.set_header("Content-Security-Policy", page_policy);
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("Cache-Control", "no-store");
    if (req.method != "POST") GuardedServer::request_read();
    if (!addressed_here(access, req)) {
        send(res, error_answer(403, "this server answers requests addressed to it by its own address only"));
        return httplib::Server::HandlerResponse::Handled;
    }
    if (!access.token || same_secret(req.get_header_value("Authorization"), "Bearer " + *access.token))
        return httplib::Server::HandlerResponse::Unhandled;
    res.set_header("WWW-Authenticate", "Bearer");
    send(res, error_answer(401, "this server needs its bearer token"));
    return httplib::Server::HandlerResponse::Handled;
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

// Queues every step of the what-if (validation, work estimate, run, answer) as one run
// under one time limit, and waits for the answer; a full queue answers 503 at once.
template <typename Run>
void queued(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& content,
            Workbench& workbench, RunQueue& queue, std::uint32_t replications, Run run) {
    auto body = body_of(content, res);
    if (!body) return;
    if (req.get_header_value("Content-Type").rfind("application/json", 0) != 0) {
        // A form on another site cannot send JSON without the browser asking first.
        return send(res, error_answer(415, "send the scenario as application/json"));
    }
    auto answer = queue.submit([&workbench, text = std::move(*body), replications, run] {
        workbench.start_clock();
        CheckedWhatIf checked = workbench.check(text);
        if (!checked.loaded) return checked.problems;
        workbench.within_time("checking the what-if");
        if (auto refused = workbench.too_much_work(*checked.loaded->model, replications)) return *refused;
        return run(*checked.loaded);
    });
    if (!answer) {
        res.set_header("Retry-After", "5");
        return send(res, error_answer(503, "the server is busy: every place in the queue of runs is taken"));
    }
    send(res, answer->get());
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

void add_page(httplib::Server& server, Workbench& workbench, const ChartLibrary* charts) {
    server.Get("/", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(page_html().data(), page_html().size(), "text/html; charset=utf-8");
    });
    server.Get("/workbench.js", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(page_script().data(), page_script().size(), "text/javascript; charset=utf-8");
    });
    server.Get("/workbench.css", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(page_style().data(), page_style().size(), "text/css; charset=utf-8");
    });
    server.Get("/charts.js", [script = chart_script(charts)](const httplib::Request&, httplib::Response& res) {
        res.set_content(script, "text/javascript; charset=utf-8");
    });
    // Browsers ask for an icon; answering "no content" keeps their consoles free of errors.
    server.Get("/favicon.ico", [](const httplib::Request&, httplib::Response& res) { res.status = 204; });
    server.Get("/api/model", [model = workbench.model_json()](const httplib::Request&, httplib::Response& res) {
        res.set_content(model, "application/json");
    });
}

// A JSON body for the library's own refusals (400, 404, 413...), which come with none.
void error_body(const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    const char* reason = res.status == 404   ? "no such page"
                         : res.status == 413 ? "the request is too large"
                         : res.status == 414 ? "the address is too long"
                         : res.status == 405 ? "this method is not allowed here"
                                             : "the request could not be read";
    res.set_content(error_answer(res.status, reason).body, "application/json");
}

// Whatever a handler throws is answered in JSON with a status, never an empty 500.
void exception_body(const httplib::Request&, httplib::Response& res, std::exception_ptr thrown) {
    try {
        std::rethrow_exception(thrown);
    } catch (const std::bad_alloc&) {
        cli::renew_memory_reserve();
        send(res, error_answer(503, "the server ran out of memory for this request"));
    } catch (const std::exception& e) {
        send(res, error_answer(500, e.what()));
    } catch (...) {
        send(res, error_answer(500, "internal error"));
    }
}

}  // namespace

void add_routes(httplib::Server& server, Workbench& workbench, RunQueue& queue, const ChartLibrary* charts,
                const Access& access) {
    server.set_payload_max_length(max_body_bytes);  // cpp-httplib answers 413 past it, when the length is given
    server.set_pre_routing_handler(
        [access](const httplib::Request& req, httplib::Response& res) { return check_access(access, req, res); });
    server.set_error_handler(error_body);
    server.set_exception_handler(exception_body);
    add_page(server, workbench, charts);
    server.Post("/api/compare", [&workbench, &queue](const httplib::Request& req, httplib::Response& res,
                                                     const httplib::ContentReader& content) {
        const auto replications = replications_of(req, workbench, res);
        if (!replications) return;
        queued(req, res, content, workbench, queue, *replications,
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
        queued(req, res, content, workbench, queue, workbench.model().simulation.replications,
               [&workbench, charts](const LoadResult& what_if) { return workbench.report(what_if, *charts); });
    });
}

}  // namespace pathways::serve
