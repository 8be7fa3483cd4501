#include "draw_sharing.h"

#include <cstdint>
#include <cstdlib>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>

#ifdef PATHWAYS_MPI
#include <boost/mpi/collectives.hpp>
#include <boost/mpi/communicator.hpp>
#include <boost/mpi/environment.hpp>
#include <boost/serialization/utility.hpp>
#include <boost/serialization/vector.hpp>
#endif

namespace pathways::cli {

namespace {

// This process's draws with their values, in the order it ran them.
using Share = std::vector<std::pair<std::size_t, std::vector<double>>>;

struct FirstFailure {
    std::mutex lock;
    std::size_t draw = SIZE_MAX;
    std::exception_ptr error;
    void note(std::size_t d, std::exception_ptr e) {
        std::lock_guard<std::mutex> hold(lock);
        if (d < draw) std::tie(draw, error) = std::make_pair(d, e);
    }
};

// Runs draws on `threads` threads, each taking its next draw from `next`
// (called by one thread at a time) until it returns n or more.
Share evaluate_share(std::size_t n, unsigned threads, const std::function<std::size_t()>& next,
                     const std::function<std::vector<double>(std::size_t)>& draw, FirstFailure& failure) {
    Share share;
    std::mutex lock;
    auto take = [&] {
        std::lock_guard<std::mutex> hold(lock);
        return next();
    };
    auto work = [&] {
        for (std::size_t i = take(); i < n; i = take()) {
            try {
                auto values = draw(i);
                std::lock_guard<std::mutex> hold(lock);
                share.emplace_back(i, std::move(values));
            } catch (...) {
                failure.note(i, std::current_exception());
            }
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads && t < n; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    return share;
}

// Launched by mpirun (Open MPI, or another MPI's process manager).
bool launched_by_mpirun() {
    return std::getenv("OMPI_COMM_WORLD_SIZE") || std::getenv("PMI_SIZE") || std::getenv("PMIX_RANK");
}

}  // namespace

#ifdef PATHWAYS_MPI
struct DrawSharing::Mpi {
    // Serialized: a process's threads take their next draw from the shared
    // counter one at a time.
    boost::mpi::environment environment{boost::mpi::threading::serialized};
    boost::mpi::communicator world;
};

namespace {

// A count of draws handed out, kept by rank 0, that every process takes its
// next draw from (a one-sided fetch-and-add): a process that runs its draws
// faster takes more of them, so no process waits at the end of a batch for a
// slower one. Which process runs a draw never changes its values.
class SharedCounter {
public:
    explicit SharedCounter(const boost::mpi::communicator& world) {
        // Memory MPI allocates lets processes on one machine share it directly.
        const MPI_Aint size = world.rank() == 0 ? sizeof(std::uint64_t) : 0;
        MPI_Win_allocate(size, sizeof(std::uint64_t), MPI_INFO_NULL, world, &count_, &window_);
        if (world.rank() == 0) {
            MPI_Win_lock(MPI_LOCK_EXCLUSIVE, 0, 0, window_);
            *count_ = 0;
            MPI_Win_unlock(0, window_);
        }
        world.barrier();
    }
    ~SharedCounter() { MPI_Win_free(&window_); }
    SharedCounter(const SharedCounter&) = delete;
    SharedCounter& operator=(const SharedCounter&) = delete;

    std::size_t next() {
        const std::uint64_t one = 1;
        std::uint64_t taken = 0;
        MPI_Win_lock(MPI_LOCK_SHARED, 0, 0, window_);
        MPI_Fetch_and_op(&one, &taken, MPI_UINT64_T, 0, 0, MPI_SUM, window_);
        MPI_Win_unlock(0, window_);
        return static_cast<std::size_t>(taken);
    }

private:
    std::uint64_t* count_ = nullptr;  // rank 0's, inside the window
    MPI_Win window_ = MPI_WIN_NULL;
};

}  // namespace

bool built_with_mpi() { return true; }
#else
struct DrawSharing::Mpi {};
bool built_with_mpi() { return false; }
#endif

DrawSharing::DrawSharing() {
#ifdef PATHWAYS_MPI
    if (!launched_by_mpirun()) return;
    mpi_ = std::make_unique<Mpi>();
    rank_ = mpi_->world.rank();
    processes_ = mpi_->world.size();
#else
    (void)launched_by_mpirun;
#endif
}

DrawSharing::~DrawSharing() = default;

std::vector<std::vector<double>> DrawSharing::evaluate(std::size_t n, unsigned threads,
                                                       const std::function<std::vector<double>(std::size_t)>& draw) {
    return share_out(n, threads, draw, false);
}

std::vector<std::vector<double>> DrawSharing::evaluate_everywhere(
    std::size_t n, unsigned threads, const std::function<std::vector<double>(std::size_t)>& draw) {
    return share_out(n, threads, draw, true);
}

std::vector<std::vector<double>> DrawSharing::share_out(std::size_t n, unsigned threads,
                                                        const std::function<std::vector<double>(std::size_t)>& draw,
                                                        bool everywhere) {
    FirstFailure failure;
    Share share;
#ifdef PATHWAYS_MPI
    if (mpi_) {
        SharedCounter counter(mpi_->world);
        share = evaluate_share(
            n, threads, [&] { return counter.next(); }, draw, failure);
    }
#endif
    if (!mpi_) {
        std::size_t taken = 0;
        share = evaluate_share(
            n, threads, [&] { return taken++; }, draw, failure);
    }
    std::vector<Share> shares;
#ifdef PATHWAYS_MPI
    if (mpi_) {
        // The failure reported is the lowest-numbered draw's, whichever process ran it.
        const std::size_t first = boost::mpi::all_reduce(mpi_->world, failure.draw, boost::mpi::minimum<std::size_t>());
        if (first != SIZE_MAX && failure.draw != first) throw FailedElsewhere{};
        if (everywhere) {
            boost::mpi::all_gather(mpi_->world, share, shares);
        } else {
            boost::mpi::gather(mpi_->world, share, shares, 0);
        }
    }
#endif
    if (failure.error) std::rethrow_exception(failure.error);
    if (!mpi_) shares.push_back(std::move(share));
    if (!root() && !everywhere) return {};
    std::vector<std::vector<double>> rows(n);
    for (auto& s : shares) {
        for (auto& [i, values] : s) rows[i] = std::move(values);
    }
    return rows;
}

}  // namespace pathways::cli
