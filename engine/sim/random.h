#pragma once
// Random streams. Every replication derives its own streams from
// (seed, replication, purpose, index) through SplitMix64, and each stream is a
// xoshiro256** generator (Blackman and Vigna, 2018). One stream per arrival
// source and per stage and purpose, so a what-if that changes one stage leaves
// every other stage's draws where they were (common random numbers).
#include <cstdint>

namespace pathways {

class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t state) : state_(state) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

private:
    std::uint64_t state_;
};

// What a stream is drawn for; part of the stream's identity.
enum class StreamPurpose : std::uint64_t {
    arrival_times = 1,
    arrival_mix,
    stage_duration,
    stage_route,
    stage_patience,
    supply_releases,
    deadline_after,
    initial_mix
};

class Rng {
public:
    Rng() : Rng(0, 0, StreamPurpose::arrival_times, 0) {}
    Rng(std::uint64_t seed, std::uint64_t replication, StreamPurpose purpose, std::uint64_t index) {
        // Fold the identity through SplitMix64 so that nearby identities give
        // unrelated states.
        SplitMix64 mix(seed);
        std::uint64_t h = mix.next();
        h = SplitMix64(h ^ replication).next();
        h = SplitMix64(h ^ static_cast<std::uint64_t>(purpose)).next();
        h = SplitMix64(h ^ index).next();
        SplitMix64 init(h);
        for (auto& word : s_) word = init.next();
    }

    std::uint64_t next() {
        const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
        const std::uint64_t t = s_[1] << 17;
        s_[2] ^= s_[0];
        s_[3] ^= s_[1];
        s_[1] ^= s_[2];
        s_[0] ^= s_[3];
        s_[2] ^= t;
        s_[3] = rotl(s_[3], 45);
        return result;
    }

    // Uniform on [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Uniform on (0, 1]: safe under log().
    double uniform_open0() { return 1.0 - uniform(); }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t s_[4];
};

}  // namespace pathways
