#include "draw_sharing.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <mutex>
#include <numeric>
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

// This process's draws with their values, in draw order.
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

Share evaluate_share(std::vector<std::size_t> mine, unsigned threads,
                     const std::function<std::vector<double>(std::size_t)>& draw, FirstFailure& failure) {
    Share share(mine.size());
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < mine.size(); i = next++) {
            try {
                share[i] = {mine[i], draw(mine[i])};
            } catch (...) {
                failure.note(mine[i], std::current_exception());
            }
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads && t < mine.size(); ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    return share;
}

// SplitMix64's finaliser: a fixed scramble of the draw numbers.
std::uint64_t scrambled(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// The draws process `rank` runs: as many as every other process, dealt in a
// scrambled order. Dealing every K-th draw would give one process the heavy
// worlds: consecutive Sobol points fall in opposite halves of the first
// parameters' ranges (the arrival rates, in the reference model).
std::vector<std::size_t> dealt_to(int rank, int processes, std::size_t n) {
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    if (processes > 1)
        std::sort(order.begin(), order.end(), [](std::size_t a, std::size_t b) { return scrambled(a) < scrambled(b); });
    std::vector<std::size_t> mine;
    for (auto k = static_cast<std::size_t>(rank); k < n; k += static_cast<std::size_t>(processes))
        mine.push_back(order[k]);
    std::sort(mine.begin(), mine.end());
    return mine;
}

// Launched by mpirun (Open MPI, or another MPI's process manager).
bool launched_by_mpirun() {
    return std::getenv("OMPI_COMM_WORLD_SIZE") || std::getenv("PMI_SIZE") || std::getenv("PMIX_RANK");
}

}  // namespace

#ifdef PATHWAYS_MPI
struct DrawSharing::Mpi {
    boost::mpi::environment environment;
    boost::mpi::communicator world;
};
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
    std::vector<std::size_t> mine = dealt_to(rank_, processes_, n);
    FirstFailure failure;
    Share share = evaluate_share(std::move(mine), threads, draw, failure);
    std::vector<Share> shares;
#ifdef PATHWAYS_MPI
    if (mpi_) {
        const bool failed = boost::mpi::all_reduce(mpi_->world, failure.error != nullptr, std::logical_or<bool>());
        if (failed && !failure.error) throw FailedElsewhere{};
        if (failure.error) std::rethrow_exception(failure.error);
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
