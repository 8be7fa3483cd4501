#pragma once
// The HTTP face of the workbench (cpp-httplib): the page, the model's
// controls, and what-ifs and reports run through the bounded queue. Nothing
// a request says names a file on the server.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <httplib.h>

#include "report/html/report_html.h"
#include "run_queue.h"
#include "workbench.h"

namespace pathways::serve {

inline constexpr std::size_t max_body_bytes = std::size_t{1} << 20;

struct Access {
    std::optional<std::string> token;  // when set, every request needs "Authorization: Bearer <token>"
    // The names a request's Host may give (and its Origin, on POST): the loopback names and
    // the address listened on. Any other name reached this server by a DNS answer that a
    // hostile page chose, so it is refused.
    std::vector<std::string> hosts = {"127.0.0.1", "localhost", "::1"};
    bool any_host = false;  // listening on every address with a token: the token keeps pages out
};

// The Content-Security-Policy of the page: scripts and styles from the server
// only, no eval, no request anywhere else.
inline constexpr const char* page_policy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

// Registers every route on `server`; `charts` is null when the report's chart library is missing.
void add_routes(httplib::Server& server, Workbench& workbench, RunQueue& queue, const ChartLibrary* charts,
                const Access& access);

}  // namespace pathways::serve
