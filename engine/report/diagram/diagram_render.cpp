// Rendering DOT in-process with Graphviz. Graphviz keeps its error handler and
// error count in globals and is not thread-safe, so one render runs at a time.
#include <gvc.h>

#include <memory>
#include <mutex>
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

std::string render_graphviz(const std::string& dot, ImageFormat format) {
    if (format == ImageFormat::dot) return dot;
    std::lock_guard<std::mutex> lock(graphviz_mutex);
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

}  // namespace pathways
