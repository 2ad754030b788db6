// Name-based UUIDs (RFC 4122 version 5) for the FHIR export, so that the same plan always gives
// the same resource ids. SHA-1 is used here only as RFC 4122 prescribes, not for security.

#include <cstring>

#include "io/fhir_detail.hpp"

namespace rorkit {
namespace fhir_detail {
namespace {

std::uint32_t rotl(std::uint32_t x, int n) noexcept { return (x << n) | (x >> (32 - n)); }

void sha1_block(std::array<std::uint32_t, 5>& h, const std::uint8_t* block) noexcept {
  std::uint32_t w[80];
  for (int i = 0; i < 16; ++i)
    w[i] = (std::uint32_t{block[4 * i]} << 24) | (std::uint32_t{block[4 * i + 1]} << 16) |
           (std::uint32_t{block[4 * i + 2]} << 8) | std::uint32_t{block[4 * i + 3]};
  for (int i = 16; i < 80; ++i) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
  std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
  for (int i = 0; i < 80; ++i) {
    std::uint32_t f = 0, k = 0;
    if (i < 20) {
      f = (b & c) | (~b & d);
      k = 0x5A827999u;
    } else if (i < 40) {
      f = b ^ c ^ d;
      k = 0x6ED9EBA1u;
    } else if (i < 60) {
      f = (b & c) | (b & d) | (c & d);
      k = 0x8F1BBCDCu;
    } else {
      f = b ^ c ^ d;
      k = 0xCA62C1D6u;
    }
    const std::uint32_t t = rotl(a, 5) + f + e + k + w[i];
    e = d;
    d = c;
    c = rotl(b, 30);
    b = a;
    a = t;
  }
  h[0] += a;
  h[1] += b;
  h[2] += c;
  h[3] += d;
  h[4] += e;
}

// uuid5(NAMESPACE_URL, "urn:rorkit:fhir"): f1a0ba8d-5552-50e7-953a-dfd9393e0623.
constexpr std::array<std::uint8_t, 16> rorkit_namespace = {0xf1, 0xa0, 0xba, 0x8d, 0x55, 0x52,
                                                           0x50, 0xe7, 0x95, 0x3a, 0xdf, 0xd9,
                                                           0x39, 0x3e, 0x06, 0x23};

}  // namespace

std::array<std::uint8_t, 20> sha1(std::string_view bytes) {
  std::array<std::uint32_t, 5> h = {0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u,
                                    0xC3D2E1F0u};
  const auto* p = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t done = 0;
  for (; n - done >= 64; done += 64) sha1_block(h, p + done);
  // The tail, the 0x80 marker and the bit length fill one or two final blocks.
  std::uint8_t tail[128] = {};
  const std::size_t rest = n - done;
  if (rest > 0) std::memcpy(tail, p + done, rest);
  tail[rest] = 0x80;
  const std::size_t total = rest + 1 + 8 <= 64 ? 64 : 128;
  const std::uint64_t bits = static_cast<std::uint64_t>(n) * 8;
  for (int i = 0; i < 8; ++i) tail[total - 1 - i] = static_cast<std::uint8_t>(bits >> (8 * i));
  for (std::size_t off = 0; off < total; off += 64) sha1_block(h, tail + off);
  std::array<std::uint8_t, 20> out{};
  for (int i = 0; i < 5; ++i)
    for (int j = 0; j < 4; ++j) out[4 * i + j] = static_cast<std::uint8_t>(h[i] >> (24 - 8 * j));
  return out;
}

std::string uuid_v5(const std::array<std::uint8_t, 16>& ns, std::string_view name) {
  std::string input(reinterpret_cast<const char*>(ns.data()), ns.size());
  input.append(name.data(), name.size());
  const auto digest = sha1(input);
  std::array<std::uint8_t, 16> u{};
  std::memcpy(u.data(), digest.data(), u.size());
  u[6] = static_cast<std::uint8_t>((u[6] & 0x0F) | 0x50);  // version 5
  u[8] = static_cast<std::uint8_t>((u[8] & 0x3F) | 0x80);  // RFC 4122 variant
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(36);
  for (std::size_t i = 0; i < u.size(); ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    out += hex[u[i] >> 4];
    out += hex[u[i] & 0x0F];
  }
  return out;
}

}  // namespace fhir_detail

std::string fhir_resource_uuid(std::string_view name) {
  return fhir_detail::uuid_v5(fhir_detail::rorkit_namespace, name);
}

}  // namespace rorkit
