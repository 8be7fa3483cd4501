#pragma once
// Sharing a sensitivity analysis's draws among threads and, in a build with
// MPI launched by mpirun, among processes: every thread of every process takes
// the next draw not yet taken, so a faster process runs more of them, and rank
// 0 gathers every draw's values in draw order. A draw's values depend only on
// the draw, so the gathered table is the same whatever the threads or processes.
#include <cstddef>
#include <functional>
#include <memory>
#include <vector>

namespace pathways::cli {

class DrawSharing {
public:
    DrawSharing();  // joins the MPI job when there is one
    ~DrawSharing();
    DrawSharing(const DrawSharing&) = delete;
    DrawSharing& operator=(const DrawSharing&) = delete;

    int rank() const { return rank_; }
    int processes() const { return processes_; }
    bool root() const { return rank_ == 0; }

    // Evaluates draw(i) for the draws of [0, n) this process takes, on
    // `threads` threads. On rank 0 returns every draw's values in draw order; elsewhere,
    // nothing. When a draw throws on any process, every process throws: the one
    // that failed rethrows the failure of its lowest-numbered draw, the others
    // a FailedElsewhere.
    std::vector<std::vector<double>> evaluate(std::size_t n, unsigned threads,
                                              const std::function<std::vector<double>(std::size_t)>& draw);

    // The same, returning every draw's values on every process: for work
    // whose next step each process takes itself (a calibration's next wave).
    std::vector<std::vector<double>> evaluate_everywhere(std::size_t n, unsigned threads,
                                                         const std::function<std::vector<double>(std::size_t)>& draw);

    struct FailedElsewhere {};

private:
    std::vector<std::vector<double>> share_out(std::size_t n, unsigned threads,
                                               const std::function<std::vector<double>(std::size_t)>& draw,
                                               bool everywhere);
    struct Mpi;
    std::unique_ptr<Mpi> mpi_;
    int rank_ = 0, processes_ = 1;
};

// Whether this program was built with MPI.
bool built_with_mpi();

}  // namespace pathways::cli
