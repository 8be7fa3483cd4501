// Rendering DOT with Graphviz's library. Graphviz keeps its error handler and
// error count in globals and is not thread-safe, so one render runs at a time.
// It runs in a child process: Graphviz and the GLib beneath it crash or abort
// when memory runs out, which would take a command, or a whole server, with them.
#include <gvc.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <mutex>
#include <new>
#include <stdexcept>
#include <string>

#include "report/diagram/diagram.h"

namespace pathways {

namespace {

std::mutex graphviz_mutex;
std::string captured_messages;  // guarded by graphviz_mutex

int capture_message(char* message) {
    captured_messages += message;
    return 0;
}

// Collects what Graphviz would print on stderr, for the exception message.
class ErrorCapture {
public:
    ErrorCapture() : previous_(agseterrf(capture_message)) {
        captured_messages.clear();
        agreseterrors();
    }
    ~ErrorCapture() { agseterrf(previous_); }
    ErrorCapture(const ErrorCapture&) = delete;
    ErrorCapture& operator=(const ErrorCapture&) = delete;

    // The captured errors on one line, or `fallback` when Graphviz said nothing.
    static std::string messages(const std::string& fallback) {
        std::string text = captured_messages;
        while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
        for (char& c : text) {
            if (c == '\n') c = ' ';
        }
        return text.empty() ? fallback : text;
    }

private:
    agusererrf previous_;
};

struct GraphClose {
    void operator()(Agraph_t* g) const { agclose(g); }
};
struct RenderDataFree {
    void operator()(char* data) const { gvFreeRenderData(data); }
};

class LaidOut {
public:
    LaidOut(GVC_t* gvc, Agraph_t* graph) : gvc_(gvc), graph_(graph) {
        if (gvLayout(gvc_, graph_, "dot") != 0) {
            throw std::runtime_error("Graphviz could not lay out the diagram: " +
                                     ErrorCapture::messages("the dot layout failed"));
        }
    }
    ~LaidOut() { gvFreeLayout(gvc_, graph_); }
    LaidOut(const LaidOut&) = delete;
    LaidOut& operator=(const LaidOut&) = delete;

private:
    GVC_t* gvc_;
    Agraph_t* graph_;
};

const char* graphviz_format(ImageFormat format) { return format == ImageFormat::png ? "png" : "svg"; }

// One Graphviz context for the whole process, made on first use (a local static,
// so made once even when threads race to it) and never freed. Graphviz keeps
// plugin and font state in globals that outlive a context: freeing one context
// and making another leaves those globals pointing into freed memory, which the
// second diagram then reads. The context is still reachable at exit, so it is
// not a leak.
GVC_t* graphviz_context() {
    static GVC_t* const context = gvContext();
    if (!context) throw std::runtime_error("Graphviz could not start");
    return context;
}

}  // namespace

namespace {

std::string render_here(const std::string& dot, ImageFormat format) {
    ErrorCapture capture;
    GVC_t* gvc = graphviz_context();
    std::unique_ptr<Agraph_t, GraphClose> graph(agmemread(dot.c_str()));
    if (!graph || agerrors() > 0) {
        throw std::runtime_error("Graphviz could not read the diagram: " +
                                 ErrorCapture::messages("the DOT text is not a graph"));
    }
    LaidOut layout(gvc, graph.get());
    char* data = nullptr;
    unsigned int length = 0;
    int status = gvRenderData(gvc, graph.get(), graphviz_format(format), &data, &length);
    std::unique_ptr<char, RenderDataFree> owned(data);
    if (status != 0 || !data) {
        throw std::runtime_error(std::string("Graphviz could not render ") + graphviz_format(format) + ": " +
                                 ErrorCapture::messages("no renderer for this format is installed"));
    }
    return std::string(data, length);
}

// What the child sends back: a tag byte, then the image or the message.
enum Answer : char { drawn = 'D', failed = 'F', out_of_memory = 'M' };

bool write_all(int fd, const char* data, std::size_t size) {
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

[[noreturn]] void draw_in_child(int fd, const std::string& dot, ImageFormat format) {
    std::string answer;
    try {
        answer = static_cast<char>(drawn) + render_here(dot, format);
    } catch (const std::bad_alloc&) {
        answer = static_cast<char>(out_of_memory);
    } catch (const std::exception& e) {
        answer = static_cast<char>(failed) + std::string(e.what());
    }
    // _exit: the parent's buffers and exit handlers are the parent's alone.
    ::_exit(write_all(fd, answer.data(), answer.size()) ? 0 : 1);
}

std::string read_all(int fd) {
    std::string out;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return out;
        out.append(buffer, static_cast<std::size_t>(n));
    }
}

std::string child_status(int status) {
    if (WIFSIGNALED(status)) return std::string("stopped by signal ") + std::to_string(WTERMSIG(status));
    return "exit status " + std::to_string(WEXITSTATUS(status));
}

std::string answer_of(const std::string& answer, int status) {
    if (!answer.empty() && answer[0] == drawn && WIFEXITED(status) && WEXITSTATUS(status) == 0) return answer.substr(1);
    if (!answer.empty() && answer[0] == failed) throw std::runtime_error(answer.substr(1));
    // Graphviz and GLib end the process when an allocation fails; little else
    // stops a drawing half way.
    if (answer.empty() || answer[0] == out_of_memory) throw std::bad_alloc();
    throw std::runtime_error("Graphviz stopped while drawing the diagram (" + child_status(status) + ")");
}

}  // namespace

std::string render_graphviz(const std::string& dot, ImageFormat format) {
    if (format == ImageFormat::dot) return dot;
    std::lock_guard<std::mutex> lock(graphviz_mutex);
    graphviz_context();  // made once in this process, not again in every child
    int pipe_fds[2];
    if (::pipe(pipe_fds) != 0) throw std::runtime_error(std::string("cannot draw: ") + std::strerror(errno));
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(pipe_fds[0]);
        draw_in_child(pipe_fds[1], dot, format);
    }
    ::close(pipe_fds[1]);
    if (child < 0) {
        ::close(pipe_fds[0]);
        if (errno == ENOMEM || errno == EAGAIN) throw std::bad_alloc();
        throw std::runtime_error(std::string("cannot draw: ") + std::strerror(errno));
    }
    const std::string answer = read_all(pipe_fds[0]);
    ::close(pipe_fds[0]);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    return answer_of(answer, status);
}

}  // namespace pathways
