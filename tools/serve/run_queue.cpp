#include "run_queue.h"

#include <exception>
#include <iostream>
#include <new>

#include <malloc.h>

#include <nlohmann/json.hpp>

#include "../memory_reserve.h"
#include "../terminal_text.h"
#include "sim/run_limits.h"

namespace pathways::serve {

RunQueue::RunQueue(std::size_t max_waiting) : max_waiting_(max_waiting), worker_([this] { work(); }) {}

RunQueue::~RunQueue() {
    stop();
    worker_.join();
}

RunQueue::Place::~Place() {
    if (!queue_) return;
    std::lock_guard lock(queue_->mutex_);
    --queue_->held_;
}

std::optional<RunQueue::Place> RunQueue::reserve() {
    std::lock_guard lock(mutex_);
    if (stopping_ || waiting_.size() + held_ >= max_waiting_) return std::nullopt;
    ++held_;
    return Place(this);
}

std::future<Answer> RunQueue::submit(Place place, std::function<Answer()> run) {
    Job job{std::move(run), {}};
    auto answer = job.answer.get_future();
    {
        std::lock_guard lock(mutex_);
        --held_;
        place.queue_ = nullptr;
        if (stopping_) {
            job.answer.set_value(error_answer(503, "the server is stopping"));
            return answer;
        }
        waiting_.push_back(std::move(job));
    }
    ready_.notify_one();
    return answer;
}

std::optional<std::future<Answer>> RunQueue::submit(std::function<Answer()> run) {
    auto place = reserve();
    if (!place) return std::nullopt;
    return submit(std::move(*place), std::move(run));
}

void RunQueue::stop() {
    std::deque<Job> dropped;
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        dropped.swap(waiting_);
    }
    ready_.notify_all();
    // Each waiting request still gets an answer, so no handler waits for a run that will not come.
    for (auto& job : dropped) job.answer.set_value(error_answer(503, "the server is stopping"));
}

void RunQueue::work() {
    for (;;) {
        Job job;
        {
            std::unique_lock lock(mutex_);
            ready_.wait(lock, [this] { return stopping_ || !waiting_.empty(); });
            if (waiting_.empty()) return;
            job = std::move(waiting_.front());
            waiting_.pop_front();
        }
        job.answer.set_value(answer_of(job.run));
        // A large what-if's memory goes back to the system, not only to the allocator.
        malloc_trim(0);
    }
}

Answer RunQueue::answer_of(const std::function<Answer()>& run) {
    try {
        return run();
    } catch (...) {
        return failure_answer(std::current_exception());
    }
}

Answer failure_answer(std::exception_ptr thrown) {
    try {
        std::rethrow_exception(thrown);
    } catch (const RunCancelled&) {
        return error_answer(503, "the server is stopping");
    } catch (const std::bad_alloc&) {
        cli::renew_memory_reserve();
        return error_answer(503, "the server ran out of memory for this request");
    } catch (const std::runtime_error& e) {
        // The engine's own failures (time and event limits among them) say in words what happened.
        return error_answer(500, e.what());
    } catch (const std::exception& e) {
        // A library's message (a JSON or string error) means nothing to the page: it goes to the operator.
        std::cerr << "pathways serve: internal error: " << cli::terminal_line(e.what()) << "\n";
        return error_answer(500, "internal error");
    } catch (...) {
        return error_answer(500, "internal error");
    }
}

Answer error_answer(int status, const std::string& message) {
    // Replaced, not thrown on: a message may quote what a request sent, which need not be UTF-8.
    return {status, "application/json",
            nlohmann::json{{"error", message}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)};
}

}  // namespace pathways::serve
