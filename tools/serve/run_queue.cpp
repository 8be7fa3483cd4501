#include "run_queue.h"

#include <exception>

#include <nlohmann/json.hpp>

namespace pathways::serve {

RunQueue::RunQueue(std::size_t max_waiting) : max_waiting_(max_waiting), worker_([this] { work(); }) {}

RunQueue::~RunQueue() {
    stop();
    worker_.join();
}

std::optional<std::future<Answer>> RunQueue::submit(std::function<Answer()> run) {
    Job job{std::move(run), {}};
    auto answer = job.answer.get_future();
    {
        std::lock_guard lock(mutex_);
        if (stopping_ || waiting_.size() >= max_waiting_) return std::nullopt;
        waiting_.push_back(std::move(job));
    }
    ready_.notify_one();
    return answer;
}

bool RunQueue::has_room() {
    std::lock_guard lock(mutex_);
    return !stopping_ && waiting_.size() < max_waiting_;
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
        try {
            job.answer.set_value(job.run());
        } catch (const std::exception& e) {
            job.answer.set_value(error_answer(500, e.what()));
        }
    }
}

Answer error_answer(int status, const std::string& message) {
    return {status, "application/json", nlohmann::json{{"error", message}}.dump()};
}

}  // namespace pathways::serve
