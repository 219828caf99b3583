#pragma once
// The demo's own random numbers: xoshiro256** seeded through splitmix64.
// std::*_distribution is implementation-defined, so it would give other data
// on Windows; this gives the same numbers everywhere.
#include <cstdint>
#include <limits>
#include <span>

namespace cwt::demo_detail {

inline std::uint64_t splitmix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

// Named streams, so that one part of the data does not shift when another
// part draws more or fewer numbers.
enum class Stream : std::uint64_t { roster = 1, sites, worker, qualification, training, events };

class Rng {
 public:
  // An independent generator for item `index` of `stream`.
  Rng(std::uint64_t seed, Stream stream, std::uint64_t index) {
    std::uint64_t mix = seed;
    mix = splitmix64(mix) ^ static_cast<std::uint64_t>(stream);
    mix = splitmix64(mix) ^ index;
    for (auto& word : state_) word = splitmix64(mix);
  }

  std::uint64_t next() {
    const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotl(state_[3], 45);
    return result;
  }

  // Uniform in [lo, hi] (lo <= hi), without modulo bias.
  int between(int lo, int hi) {
    const std::uint64_t range = static_cast<std::uint64_t>(static_cast<std::int64_t>(hi) - lo) + 1;
    const std::uint64_t threshold = (0 - range) % range;  // 2^64 mod range
    std::uint64_t x = next();
    while (x < threshold) x = next();
    return static_cast<int>(static_cast<std::int64_t>(lo) + static_cast<std::int64_t>(x % range));
  }

  // True with probability `p` percent.
  bool percent(int p) { return between(0, 99) < p; }

  // An index drawn with the given integer weights (not all zero).
  std::size_t weighted(std::span<const int> weights) {
    int total = 0;
    for (int w : weights) total += w;
    int r = between(0, total - 1);
    for (std::size_t i = 0; i < weights.size(); ++i) {
      if (r < weights[i]) return i;
      r -= weights[i];
    }
    return weights.size() - 1;
  }

  template <class T>
  const T& pick(std::span<const T> items) {
    return items[static_cast<std::size_t>(between(0, static_cast<int>(items.size()) - 1))];
  }

 private:
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::uint64_t state_[4] = {};
};

}  // namespace cwt::demo_detail
