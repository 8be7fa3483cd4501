#include "guarded_server.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <string>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace pathways::serve {

namespace {

// Set while a connection is being turned away rather than served.
thread_local bool turning_away = false;
// The connection this handler thread serves, so that its handler can say the request is in.
thread_local std::atomic<bool>* connection_reading = nullptr;
// Set when this thread's request was cut short for its headers' number or size.
thread_local bool head_too_large = false;
// The request's Accept-Encoding, taken from the library: it would compress every answer
// at Brotli's best quality, about a second for a what-if's answer (answer_coding.h).
thread_local std::string accepted_encodings;
// Whether the request on this thread came from this machine (loopback).
thread_local bool from_loopback = false;

std::chrono::steady_clock::duration as_duration(double s) {
    return std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(s));
}

// A 503 written without waiting: the accepting thread must not be held by a client that does not read.
void answer_busy(int sock) {
    char scrap[4096];
    // What the client has sent already is read first, so that closing does not reset the connection.
    while (recv(sock, scrap, sizeof scrap, MSG_DONTWAIT) > 0) {
    }
    const std::string body = R"({"error":"the server is busy: too many connections are open"})";
    const std::string answer = "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                               "Retry-After: 5\r\nConnection: close\r\nContent-Length: " +
                               std::to_string(body.size()) + "\r\n\r\n" + body;
    [[maybe_unused]] const auto sent = send(sock, answer.data(), answer.size(), MSG_DONTWAIT | MSG_NOSIGNAL);
    shutdown(sock, SHUT_WR);
}

// Reads and drops what has come; true when the client has closed its side.
bool drained(int sock) {
    char scrap[4096];
    for (;;) {
        const ssize_t n = recv(sock, scrap, sizeof scrap, MSG_DONTWAIT);
        if (n == 0) return true;
        if (n < 0) return errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR;
    }
}

// Waits up to `ms` for the socket to be ready for `events`.
bool ready_for(int sock, short events, int ms) {
    pollfd p{sock, events, 0};
    int n = 0;
    do n = poll(&p, 1, ms);
    while (n < 0 && errno == EINTR);
    return n > 0;
}

std::string address_text(const sockaddr_storage& address, int& port) {
    char text[INET6_ADDRSTRLEN] = "";
    if (address.ss_family == AF_INET) {
        const auto* v4 = reinterpret_cast<const sockaddr_in*>(&address);
        inet_ntop(AF_INET, &v4->sin_addr, text, sizeof text);
        port = ntohs(v4->sin_port);
    } else if (address.ss_family == AF_INET6) {
        const auto* v6 = reinterpret_cast<const sockaddr_in6*>(&address);
        inet_ntop(AF_INET6, &v6->sin6_addr, text, sizeof text);
        port = ntohs(v6->sin6_port);
    }
    return text;
}

// A connection as the library reads and writes it, each read and write under its timeout.
class ConnectionStream : public httplib::Stream {
public:
    ConnectionStream(int sock, const ConnectionLimits& limits) : sock_(sock), limits_(limits) {}

    bool is_readable() const override { return ready_for(sock_, POLLIN, limits_.read_timeout_ms); }
    bool is_writable() const override { return ready_for(sock_, POLLOUT, limits_.write_timeout_ms); }
    ssize_t read(char* data, std::size_t size) override {
        if (head_cut_) return 0;
        if (begin_ == end_) {
            if (!is_readable()) return -1;
            ssize_t n = 0;
            do n = recv(sock_, buffer_, sizeof buffer_, 0);
            while (n < 0 && errno == EINTR);
            if (n <= 0) return n;
            begin_ = 0;
            end_ = static_cast<std::size_t>(n);
        }
        std::size_t given = std::min(size, end_ - begin_);
        if (!head_done_) given = within_head(buffer_ + begin_, given);
        std::copy(buffer_ + begin_, buffer_ + begin_ + given, data);
        begin_ += given;
        return static_cast<ssize_t>(given);
    }
    ssize_t write(const char* data, std::size_t size) override {
        if (!is_writable()) return -1;
        return send(sock_, data, size, MSG_NOSIGNAL);
    }
    void get_remote_ip_and_port(std::string& ip, int& port) const override {
        sockaddr_storage address{};
        socklen_t length = sizeof address;
        if (getpeername(sock_, reinterpret_cast<sockaddr*>(&address), &length) == 0) ip = address_text(address, port);
    }
    void get_local_ip_and_port(std::string& ip, int& port) const override {
        sockaddr_storage address{};
        socklen_t length = sizeof address;
        if (getsockname(sock_, reinterpret_cast<sockaddr*>(&address), &length) == 0) ip = address_text(address, port);
    }
    socket_t socket() const override { return sock_; }

private:
    // How many of the `size` bytes at `data`, from the request line and headers, stay within
    // the limits; past them the client is taken to have stopped sending, so the library ends
    // the request (414 for the request line, else a 400 that the server answers as 431).
    std::size_t within_head(const char* data, std::size_t size) {
        for (std::size_t i = 0; i < size; ++i) {
            ++line_;
            if (lines_ > 0) ++header_bytes_;
            if (data[i] == '\n') {
                // Only CR LF alone ends the headers, as for the library: it skips a lone LF.
                if (lines_ > 0 && line_ == 2 && last_ == '\r') {
                    head_done_ = true;
                    return i + 1;
                }
                ++lines_;
                line_ = 0;
            }
            last_ = data[i];
            const bool too_many = lines_ > limits_.headers + 1 || header_bytes_ > limits_.header_bytes;
            if ((lines_ == 0 && line_ > limits_.request_line_bytes) || too_many) {
                head_cut_ = true;
                head_too_large = too_many;
                return i;
            }
        }
        return size;
    }

    int sock_;
    const ConnectionLimits& limits_;
    char buffer_[4096];
    std::size_t begin_ = 0, end_ = 0;
    bool head_done_ = false, head_cut_ = false;
    char last_ = 0;
    std::size_t lines_ = 0, line_ = 0, header_bytes_ = 0;  // of the head read so far
};

// Closes after the answer has gone: what the client still sends (a body not read after a
// refusal) is read and dropped for a moment, so that closing does not reset the connection
// and lose the answer.
void close_lingering(int sock) {
    shutdown(sock, SHUT_WR);
    char scrap[16384];
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(500);
    std::size_t dropped = 0;
    while (dropped < (std::size_t{4} << 20) && std::chrono::steady_clock::now() < until &&
           ready_for(sock, POLLIN, 200)) {
        const ssize_t n = recv(sock, scrap, sizeof scrap, 0);
        if (n <= 0) break;
        dropped += static_cast<std::size_t>(n);
    }
    close(sock);
}

// Every answer is sent whole: a Range header is not honoured, since the library would build
// a copy of the body for each range it lists (thousands fit in one header).
// Compression is the handlers' (answer_coding.h), never the library's.
void whole_answers(httplib::Request& req) {
    req.ranges.clear();
    req.headers.erase("Range");
    accepted_encodings = req.get_header_value("Accept-Encoding");
    req.headers.erase("Accept-Encoding");
    const std::string& peer = req.remote_addr;
    from_loopback = peer.starts_with("127.") || peer == "::1" || peer.starts_with("::ffff:127.");
}

void turn_away(std::function<void()>& connection) {
    turning_away = true;
    connection();
    turning_away = false;
}

}  // namespace

// The handler threads. Connections past `waiting` are turned away oldest first,
// and whenever some wait, connections still sending after the grace period give
// way to them: a flood of idle or slow clients then costs a newcomer little.
class GuardedServer::Pool : public httplib::TaskQueue {
public:
    explicit Pool(GuardedServer& server) : server_(server) {
        for (std::size_t i = 0; i < server.limits_.threads; ++i) threads_.emplace_back([this] { work(); });
    }

    void enqueue(std::function<void()> connection) override {
        std::function<void()> oldest;
        std::size_t waiting = 0;
        {
            std::lock_guard lock(mutex_);
            if (stopping_) {
                oldest = std::move(connection);
            } else {
                if (jobs_.size() >= server_.limits_.waiting) {
                    oldest = std::move(jobs_.front());
                    jobs_.pop_front();
                }
                jobs_.push_back(std::move(connection));
            }
            waiting = jobs_.size() > idle_ ? jobs_.size() - idle_ : 0;
            server_.waiting_ = waiting;
        }
        ready_.notify_one();
        if (oldest) turn_away(oldest);
        if (waiting) server_.end_reading(as_duration(server_.limits_.grace_seconds), waiting);
    }

    void shutdown() override {
        std::deque<std::function<void()>> left;
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
            left.swap(jobs_);
        }
        ready_.notify_all();
        for (auto& connection : left) turn_away(connection);
        // Clients still sending are not waited for: stopping takes no longer than the runs it ends.
        server_.end_reading(std::chrono::steady_clock::duration::zero(), SIZE_MAX);
        for (auto& thread : threads_) thread.join();
    }

private:
    void work() {
        for (;;) {
            std::function<void()> connection;
            {
                std::unique_lock lock(mutex_);
                ++idle_;
                ready_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
                --idle_;
                if (jobs_.empty()) return;
                connection = std::move(jobs_.front());
                jobs_.pop_front();
                server_.waiting_ = jobs_.size() > idle_ ? jobs_.size() - idle_ : 0;
            }
            connection();
        }
    }

    GuardedServer& server_;
    std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<std::function<void()>> jobs_;
    std::size_t idle_ = 0;
    bool stopping_ = false;
    std::vector<std::thread> threads_;
};

GuardedServer::GuardedServer(ConnectionLimits limits) : limits_(limits) {
    new_task_queue = [this] { return new Pool(*this); };
    watcher_ = std::thread([this] { watch(); });
}

GuardedServer::~GuardedServer() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    tick_.notify_all();
    watcher_.join();
}

void GuardedServer::widen_backlog() { ::listen(svr_sock_, SOMAXCONN); }

void GuardedServer::request_read() {
    if (connection_reading) *connection_reading = false;
}

bool GuardedServer::headers_too_large() { return head_too_large; }

const std::string& GuardedServer::accept_encoding() { return accepted_encodings; }

bool GuardedServer::from_this_machine() { return from_loopback; }

bool GuardedServer::process_and_close_socket(socket_t sock) {
    if (turning_away) {
        answer_busy(sock);
        // Closed by the watcher once the client has read the answer and closed, or after a
        // second: closing at once could reset the connection before the 503 is read.
        std::lock_guard lock(mutex_);
        closing_.push_back({sock, std::chrono::steady_clock::now() + std::chrono::seconds(1)});
        return false;
    }
    std::list<Connection>::iterator connection;
    {
        std::lock_guard lock(mutex_);
        connection = open_.emplace(open_.end());
        connection->watch = dup(sock);
        connection->taken = std::chrono::steady_clock::now();
        connection_reading = &connection->reading;
    }
    ConnectionStream stream(sock, limits_);
    head_too_large = false;
    accepted_encodings.clear();
    from_loopback = false;
    bool closed = false;
    const bool kept = process_request(stream, true, closed, whole_answers);
    close_lingering(sock);
    std::lock_guard lock(mutex_);
    connection_reading = nullptr;
    if (connection->watch >= 0) close(connection->watch);
    open_.erase(connection);
    return kept;
}

void GuardedServer::watch() {
    std::unique_lock lock(mutex_);
    while (!stopping_) {
        tick_.wait_for(lock, std::chrono::milliseconds(200));
        lock.unlock();
        close_turned_away(false);
        end_reading(as_duration(limits_.request_seconds), SIZE_MAX);
        if (const std::size_t waiting = waiting_) end_reading(as_duration(limits_.grace_seconds), waiting);
        lock.lock();
    }
    lock.unlock();
    close_turned_away(true);
}

void GuardedServer::close_turned_away(bool all) {
    std::lock_guard lock(mutex_);
    const auto now = std::chrono::steady_clock::now();
    std::erase_if(closing_, [&](const std::pair<int, std::chrono::steady_clock::time_point>& c) {
        if (!all && !drained(c.first) && now < c.second) return false;
        close(c.first);
        return true;
    });
}

void GuardedServer::end_reading(std::chrono::steady_clock::duration older_than, std::size_t count) {
    std::lock_guard lock(mutex_);
    const auto now = std::chrono::steady_clock::now();
    for (Connection& c : open_) {
        if (count == 0) break;
        if (!c.reading || now - c.taken < older_than || c.watch < 0) continue;
        // The handler's next read ends as if the client had closed; what it writes still reaches the client.
        ::shutdown(c.watch, SHUT_RD);
        c.reading = false;
        --count;
    }
}

}  // namespace pathways::serve
