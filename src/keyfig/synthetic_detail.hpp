#pragma once
// Internals of the synthetic-data generator: a fixed PRNG (the same stream on every platform:
// no std:: distributions, no transcendental functions) and the reference tables.

#include <array>
#include <cstdint>
#include <vector>

namespace rorkit::synthetic_detail {

/// xoshiro256** seeded through splitmix64 (Blackman and Vigna).
class Rng {
 public:
  explicit Rng(std::uint64_t seed) noexcept {
    for (auto& w : s_) w = splitmix(seed);
  }
  std::uint64_t next() noexcept {
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
  /// Uniform in [0, 1) with 53 bits.
  double uniform() noexcept { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  /// Uniform integer in [0, n), n < 2^53.
  std::int64_t below(std::int64_t n) noexcept {
    return static_cast<std::int64_t>(uniform() * static_cast<double>(n));
  }
  /// Uniform integer in [lo, hi].
  std::int64_t between(std::int64_t lo, std::int64_t hi) noexcept { return lo + below(hi - lo + 1); }
  bool chance(double p) noexcept { return uniform() < p; }

  static std::uint64_t splitmix(std::uint64_t& x) noexcept {
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

 private:
  static std::uint64_t rotl(std::uint64_t x, int k) noexcept { return (x << k) | (x >> (64 - k)); }
  std::array<std::uint64_t, 4> s_{};
};

struct PopulationRow {
  std::int32_t code;
  std::int32_t residents;
};

/// Approximate residents per municipality on 1 January 2024, in code order [I].
const std::vector<PopulationRow>& population_2024();
/// Relative weights of the age groups 0-4 ... 95-99 [I].
const std::array<std::int32_t, 20>& age_group_weights();

}  // namespace rorkit::synthetic_detail
