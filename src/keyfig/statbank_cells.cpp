// The cell index of the StatBank reader and cell descriptions for its messages.

#include "keyfig/statbank_cells.hpp"

#include <cstdio>

#include "keyfig/statbank_detail.hpp"

namespace rorkit::statbank_detail {
namespace {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ULL;
constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

void mix(std::uint64_t& h, std::string_view s) noexcept {
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
  h = (h ^ 0xFFu) * kFnvPrime;  // 0xFF never occurs in UTF-8: a field boundary
}

void mix(std::uint64_t& h, std::int64_t v) noexcept {
  for (int i = 0; i < 8; ++i)
    h = (h ^ static_cast<std::uint64_t>((v >> (8 * i)) & 0xFF)) * kFnvPrime;
}

std::uint64_t hash_of(const StatbankRow& r) noexcept {
  std::uint64_t h = kFnvOffset;
  mix(h, r.area.code);
  mix(h, static_cast<std::int64_t>(r.time.year) * 100 +
             static_cast<std::int64_t>(r.time.kind) * 20 + r.time.part);
  for (const std::string& o : r.other) mix(h, o);
  return h;
}

bool same_cell(const StatbankRow& a, const StatbankRow& b) {
  return a.area.code == b.area.code && a.time == b.time && a.other == b.other;
}

}  // namespace

std::size_t CellIndex::insert(const std::vector<StatbankRow>& rows, std::size_t index) {
  if ((count_ + 1) * 2 > slots_.size()) grow();
  if (hashes_.size() <= index) hashes_.resize(rows.size());
  const std::uint64_t h = hash_of(rows[index]);
  hashes_[index] = h;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t s = static_cast<std::size_t>(h) & mask;; s = (s + 1) & mask) {
    if (slots_[s] == 0) {
      slots_[s] = index + 1;
      ++count_;
      return npos;
    }
    const std::size_t other = slots_[s] - 1;
    if (hashes_[other] == h && same_cell(rows[other], rows[index])) return other;
  }
}

void CellIndex::grow() {
  std::vector<std::size_t> old;
  old.swap(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, 0);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t entry : old) {
    if (entry == 0) continue;
    std::size_t s = static_cast<std::size_t>(hashes_[entry - 1]) & mask;
    while (slots_[s] != 0) s = (s + 1) & mask;
    slots_[s] = entry;
  }
}

std::string format_time(const StatbankTime& t) {
  char buf[32];
  switch (t.kind) {
    case TimeKind::quarter:
      std::snprintf(buf, sizeof buf, "%04dK%d", static_cast<int>(t.year), static_cast<int>(t.part));
      break;
    case TimeKind::month:
      std::snprintf(buf, sizeof buf, "%04dM%02d", static_cast<int>(t.year),
                    static_cast<int>(t.part));
      break;
    default:
      std::snprintf(buf, sizeof buf, "%04d", static_cast<int>(t.year));
      break;
  }
  return buf;
}

std::string describe_cell(const StatbankTable& table, const StatbankRow& row) {
  std::string out;
  std::size_t o = 0;
  for (std::size_t i = 0; i < table.header.size(); ++i) {
    std::string_view value;
    std::string time;
    if (i == table.area_column) {
      value = row.area.code;
    } else if (i == table.time_column) {
      time = format_time(row.time);
      value = time;
    } else if (i + 1 == table.header.size() || o >= row.other.size()) {  // INDHOLD
      continue;
    } else {
      value = row.other[o++];
    }
    if (!out.empty()) out += ", ";
    out += table.header[i] + " " + shown_token(value);
  }
  return out;
}

}  // namespace rorkit::statbank_detail
