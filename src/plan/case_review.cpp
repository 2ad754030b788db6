// The Fase 1 case review (seed B: "Der gennemgås ti nyere borgersager"): draw the most recent
// cases, audit each and tally the verdicts per principle.
//
// The draw must be reproducible on every platform, so ties at the cut-off are broken with our
// own PRNG (splitmix64, Steele/Lea/Flood 2014) and an unbiased bounded draw, not with
// std::shuffle, whose use of the generator is implementation-defined.

#include <algorithm>
#include <cstdint>

#include "rorkit/plan/audit.hpp"

namespace rorkit {
namespace {

class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  /// Uniform in [0, bound), bound > 0: rejects the low 2^64 mod bound values so every residue
  /// is equally likely.
  std::uint64_t below(std::uint64_t bound) {
    const std::uint64_t threshold = (0 - bound) % bound;
    for (;;) {
      std::uint64_t r = next();
      if (r >= threshold) return r % bound;
    }
  }

 private:
  std::uint64_t state_;
};

}  // namespace

CaseReview review_recent_cases(const std::vector<Plan>& plans, const AuditOptions& options,
                               std::size_t count, std::uint64_t seed) {
  std::vector<const Plan*> eligible;
  for (const auto& p : plans)
    if (p.created <= options.on) eligible.push_back(&p);
  // Newest first; within a day by id, so the input order never matters.
  std::stable_sort(eligible.begin(), eligible.end(), [](const Plan* a, const Plan* b) {
    if (a->created != b->created) return b->created < a->created;
    return a->id < b->id;
  });

  std::vector<const Plan*> drawn;
  if (eligible.size() <= count) {
    drawn = eligible;
  } else if (count > 0) {
    // The plans created on the cut-off day compete for the remaining places: shuffle that group
    // (sorted by id) with Fisher-Yates driven by splitmix64(seed) and take the first ones.
    const Date cut = eligible[count - 1]->created;
    auto first = std::find_if(eligible.begin(), eligible.end(),
                              [&](const Plan* p) { return p->created == cut; });
    auto last = std::find_if(first, eligible.end(), [&](const Plan* p) { return p->created != cut; });
    drawn.assign(eligible.begin(), first);
    std::vector<const Plan*> group(first, last);
    SplitMix64 rng(seed);
    for (std::size_t i = group.size() - 1; i > 0; --i)
      std::swap(group[i], group[static_cast<std::size_t>(rng.below(i + 1))]);
    std::size_t need = count - drawn.size();
    group.resize(need);
    std::stable_sort(group.begin(), group.end(),
                     [](const Plan* a, const Plan* b) { return a->id < b->id; });
    drawn.insert(drawn.end(), group.begin(), group.end());
  }

  CaseReview review;
  for (std::size_t i = 0; i < review.tally.size(); ++i)
    review.tally[i].principle = static_cast<Principle>(i + 1);
  for (const Plan* p : drawn) {
    review.plan_ids.push_back(p->id);
    review.audits.push_back(audit(*p, options));
    const Audit& a = review.audits.back();
    for (std::size_t i = 0; i < a.principles.size(); ++i) {
      switch (a.principles[i].verdict) {
        case Verdict::yes: ++review.tally[i].yes; break;
        case Verdict::partly: ++review.tally[i].partly; break;
        case Verdict::no: ++review.tally[i].no; break;
      }
    }
  }
  return review;
}

}  // namespace rorkit
