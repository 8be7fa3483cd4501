#include "http_routes.h"

#include <openssl/crypto.h>

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

httplib::Server::HandlerResponse check_access(const Access& access, const httplib::Request& req,
                                              httplib::Response& res) {
    res.set_header("Content-Security-Policy", page_policy);
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("Cache-Control", "no-store");
    if (!access.token || same_secret(req.get_header_value("Authorization"), "Bearer " + *access.token))
        return httplib::Server::HandlerResponse::Unhandled;
    res.set_header("WWW-Authenticate", "Bearer");
    send(res, error_answer(401, "this server needs its bearer token"));
    return httplib::Server::HandlerResponse::Handled;
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

// Validates the scenario, queues `run` with it and waits for the answer; a full queue answers 503 at once.
template <typename Run>
void queued(const httplib::Request& req, httplib::Response& res, Workbench& workbench, RunQueue& queue, Run run) {
    if (req.get_header_value("Content-Type").rfind("application/json", 0) != 0) {
        // A form on another site cannot send JSON without the browser asking first.
        return send(res, error_answer(415, "send the scenario as application/json"));
    }
    auto busy = [&res] {
        res.set_header("Retry-After", "5");
        send(res, error_answer(503, "the server is busy: every place in the queue of runs is taken"));
    };
    if (!queue.has_room()) return busy();  // before validating, so that a refusal comes at once
    auto checked = std::make_shared<CheckedWhatIf>(workbench.check(req.body));
    if (!checked->loaded) return send(res, checked->problems);
    auto answer = queue.submit([checked, run] { return run(*checked->loaded); });
    if (!answer) return busy();
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

}  // namespace

void add_routes(httplib::Server& server, Workbench& workbench, RunQueue& queue, const ChartLibrary* charts,
                const Access& access) {
    server.set_payload_max_length(max_body_bytes);  // cpp-httplib answers 413 past it
    server.set_pre_routing_handler(
        [access](const httplib::Request& req, httplib::Response& res) { return check_access(access, req, res); });
    add_page(server, workbench, charts);
    server.Post("/api/compare", [&workbench, &queue](const httplib::Request& req, httplib::Response& res) {
        const auto replications = replications_of(req, workbench, res);
        if (!replications) return;
        queued(req, res, workbench, queue,
               [&workbench, n = *replications](const LoadResult& what_if) { return workbench.compare(what_if, n); });
    });
    server.Post("/api/report", [&workbench, &queue, charts](const httplib::Request& req, httplib::Response& res) {
        if (!charts) return send(res, error_answer(503, "the report's chart library is not installed on the server"));
        queued(req, res, workbench, queue,
               [&workbench, charts](const LoadResult& what_if) { return workbench.report(what_if, *charts); });
    });
}

}  // namespace pathways::serve
