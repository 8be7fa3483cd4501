#pragma once
// cpp-httplib's server with the connection handling a hostile network needs:
// a wide listen backlog (the library listens with 5, so a burst of clients was
// reset), a bounded number of open connections, and a time limit on sending a
// request, so that slow or idle clients cannot hold every handler thread;
// bounded request headers; every answer whole, never in ranges; and answers
// compressed by the handlers (answer_coding.h), not by the library.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <list>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <httplib.h>

namespace pathways::serve {

struct ConnectionLimits {
    std::size_t threads = 48;     // connections served at once
    std::size_t waiting = 64;     // taken but not yet served; past it the oldest is answered 503
    double request_seconds = 10;  // to send a whole request, from when a thread takes the connection up
    // A connection still sending its request after this long gives way to one waiting for a thread.
    double grace_seconds = 1;
    int read_timeout_ms = 5000;   // for each read of a request
    int write_timeout_ms = 5000;  // for each write of an answer
    // The library bounds each header line but neither their number nor their sum.
    std::size_t request_line_bytes = 8192 + 2;  // past the library's own limit, so that it answers 414
    std::size_t header_bytes = 16 * 1024;       // every header line after the request line, together
    std::size_t headers = 100;
};

class GuardedServer : public httplib::Server {
public:
    explicit GuardedServer(ConnectionLimits limits);
    ~GuardedServer() override;
    GuardedServer(const GuardedServer&) = delete;
    GuardedServer& operator=(const GuardedServer&) = delete;

    // After binding: the backlog the system allows, instead of the library's 5.
    void widen_backlog();
    // Called on a handler's thread once its request has been read in full: the
    // connection no longer counts as a client still sending.
    static void request_read();
    // Whether the request on this handler's thread was cut short for carrying
    // more or larger headers than ConnectionLimits allows (answered 431).
    static bool headers_too_large();
    // The Accept-Encoding of the request on this handler's thread ("" when none): the
    // library never sees it, so that it compresses nothing itself.
    static const std::string& accept_encoding();
    // Whether the request on this handler's thread came from a loopback address.
    static bool from_this_machine();

private:
    // The library's own is private, so this serves the connection itself through
    // process_request: one request, then a lingering close.
    bool process_and_close_socket(socket_t sock) override;

    struct Connection {
        int watch = -1;  // a duplicate of the socket, so that its number is not reused while it is watched
        std::chrono::steady_clock::time_point taken;
        std::atomic<bool> reading = true;
    };
    class Pool;

    void watch();
    // Closes the connections turned away whose clients have closed or whose time is up (all: every one).
    void close_turned_away(bool all);
    // Stops reading from connections still sending: every one past `older_than`, at most `count` of them.
    void end_reading(std::chrono::steady_clock::duration older_than, std::size_t count);

    ConnectionLimits limits_;
    std::mutex mutex_;
    std::list<Connection> open_;                                                  // oldest first
    std::vector<std::pair<int, std::chrono::steady_clock::time_point>> closing_;  // turned away, not yet closed
    std::atomic<std::size_t> waiting_ = 0;  // connections waiting for a handler thread
    bool stopping_ = false;
    std::condition_variable tick_;
    std::thread watcher_;
};

}  // namespace pathways::serve
