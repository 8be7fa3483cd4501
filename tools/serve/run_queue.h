#pragma once
// The server's runs, one at a time on a worker thread (each run is itself
// parallel across every core), behind a bounded queue: a request that finds
// the queue full is refused at once instead of waiting without end.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <future>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>

namespace pathways::serve {

// What an HTTP request gets back.
struct Answer {
    int status = 200;
    std::string content_type = "application/json";
    std::string body;
};

class RunQueue {
public:
    explicit RunQueue(std::size_t max_waiting);
    ~RunQueue();
    RunQueue(const RunQueue&) = delete;
    RunQueue& operator=(const RunQueue&) = delete;

    // A place in the queue, taken before a request is read or checked, so that a full
    // queue refuses at once; given back when dropped unused.
    class Place {
    public:
        Place(Place&& other) noexcept : queue_(std::exchange(other.queue_, nullptr)) {}
        Place& operator=(Place&&) = delete;
        ~Place();

    private:
        friend class RunQueue;
        explicit Place(RunQueue* queue) : queue_(queue) {}
        RunQueue* queue_;
    };

    // A place, or nullopt when `max_waiting` runs already wait or hold places (or
    // the queue is stopping).
    std::optional<Place> reserve();
    // Runs `run` in the place's turn; a stopping queue answers 503 at once.
    std::future<Answer> submit(Place place, std::function<Answer()> run);
    // reserve() and submit() at once: nullopt when no place is free.
    std::optional<std::future<Answer>> submit(std::function<Answer()> run);
    // Refuses new runs, answers the waiting ones 503 and lets the current one end.
    void stop();

private:
    void work();
    // The run's answer, or a JSON error whatever it throws.
    static Answer answer_of(const std::function<Answer()>& run);

    std::size_t max_waiting_;
    std::mutex mutex_;
    std::condition_variable ready_;
    struct Job {
        std::function<Answer()> run;
        std::promise<Answer> answer;
    };
    std::deque<Job> waiting_;
    std::size_t held_ = 0;  // places taken and not yet submitted
    bool stopping_ = false;
    std::thread worker_;
};

// The answer to a failed run or request: 503 when stopping or out of memory, else 500
// with the engine's message, or with none when a library threw.
Answer failure_answer(std::exception_ptr thrown);

// An answer with a JSON body {"error": message}.
Answer error_answer(int status, const std::string& message);

}  // namespace pathways::serve
