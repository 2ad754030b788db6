// Runs a libFuzzer target's body without libFuzzer (and without clang): every file of the given
// corpus directories or files, then a fixed number of deterministic random mutations of each,
// so the fuzz targets run in every `make test`. On a crash the input being run is written to
// ./replay-crash.bin first.
//
// usage: replay_<name> [--mutations N] [--seed S] <dir or file>...

#include <algorithm>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#if defined(__unix__) || defined(__APPLE__)
#include <fcntl.h>
#include <unistd.h>
#define RORKIT_REPLAY_POSIX 1
#endif

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

// splitmix64: the same sequence on every platform and standard library.
struct Rng {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }
};

// Bytes and tokens that matter to CSV readers of StatBank files.
const char kBytes[] = ";\"\r\n,.-x09KMQ \t\xEF\xBB\xBF\xC3\xA5\xFF";
const char* const kTokens[] = {
    "..",   "2025K1", "2021M13", "000",     "Thisted", "\"",   "\"\"",   ";;",  "\xEF\xBB\xBF",
    "1,5",  "1.5",    "-0",      "1e9",     "9999999999999999999999999", "INDHOLD", "TID",
    "OMRÅDE", "KØN=TOT", "\r\n", "\n\n",   "0001",    "9999", "Region Hovedstaden", "086"};

std::vector<std::size_t> line_starts(const std::string& s) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 0; i < s.size(); ++i)
    if (s[i] == '\n') starts.push_back(i + 1);
  return starts;
}

std::string line_at(const std::string& s, const std::vector<std::size_t>& starts, std::size_t k) {
  std::size_t end = k + 1 < starts.size() ? starts[k + 1] : s.size();
  return s.substr(starts[k], end - starts[k]);
}

void mutate_once(std::string& s, Rng& rng) {
  const std::size_t pos = rng.below(s.size() + 1);
  switch (rng.below(8)) {
    case 0:
      if (!s.empty()) s[rng.below(s.size())] ^= static_cast<char>(1u << rng.below(8));
      break;
    case 1:
      if (!s.empty()) s[rng.below(s.size())] = kBytes[rng.below(sizeof kBytes - 1)];
      break;
    case 2:
      s.insert(pos, 1, kBytes[rng.below(sizeof kBytes - 1)]);
      break;
    case 3:
      s.erase(std::min(pos, s.size()), 1 + rng.below(8));
      break;
    case 4: {  // duplicate a line somewhere else
      auto starts = line_starts(s);
      std::string line = line_at(s, starts, rng.below(starts.size()));
      s.insert(starts[rng.below(starts.size())], line);
      break;
    }
    case 5:
      s.resize(pos);
      break;
    case 6:
      s.insert(pos, kTokens[rng.below(sizeof kTokens / sizeof kTokens[0])]);
      break;
    default: {  // swap two lines
      auto starts = line_starts(s);
      std::size_t a = rng.below(starts.size()), b = rng.below(starts.size());
      if (a > b) std::swap(a, b);
      if (a == b) break;
      std::string la = line_at(s, starts, a), lb = line_at(s, starts, b);
      std::string out = s.substr(0, starts[a]) + lb +
                        s.substr(starts[a] + la.size(), starts[b] - starts[a] - la.size()) + la +
                        s.substr(starts[b] + lb.size());
      s.swap(out);
      break;
    }
  }
}

// The input being run, for the crash handler.
const std::string* g_current = nullptr;

extern "C" void on_abort(int sig) {
#ifdef RORKIT_REPLAY_POSIX
  if (g_current) {
    int fd = ::open("replay-crash.bin", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
      ssize_t ignored = ::write(fd, g_current->data(), g_current->size());
      (void)ignored;
      ::close(fd);
    }
    const char msg[] = "replay: the crashing input is in ./replay-crash.bin\n";
    ssize_t ignored = ::write(2, msg, sizeof msg - 1);
    (void)ignored;
  }
#endif
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

void run(const std::string& input) {
  g_current = &input;
  LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
  g_current = nullptr;
}

std::string read_all(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t mutations = 100;
  std::uint64_t seed = 20240601;
  std::vector<std::filesystem::path> files;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--mutations" && i + 1 < argc) {
      mutations = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "--seed" && i + 1 < argc) {
      seed = std::strtoull(argv[++i], nullptr, 10);
    } else if (std::filesystem::is_directory(arg)) {
      for (const auto& e : std::filesystem::directory_iterator(arg))
        if (e.is_regular_file() && e.path().filename().string().rfind('.', 0) != 0)
          files.push_back(e.path());
    } else if (std::filesystem::is_regular_file(arg)) {
      files.emplace_back(arg);
    } else {
      std::fprintf(stderr, "replay: no such file or directory: %s\n", arg.c_str());
      return 2;
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "replay: no inputs (usage: %s [--mutations N] [--seed S] <dir|file>...)\n",
                 argv[0]);
    return 2;
  }
  std::sort(files.begin(), files.end());  // the same order, so the same mutations, everywhere
  std::signal(SIGABRT, on_abort);

  run(std::string());
  std::size_t runs = 1;
  Rng rng{seed};
  for (const auto& path : files) {
    const std::string original = read_all(path);
    run(original);
    ++runs;
    for (std::size_t m = 0; m < mutations; ++m) {
      std::string s = original;
      for (std::size_t k = 1 + rng.below(4); k > 0; --k) mutate_once(s, rng);
      run(s);
      ++runs;
    }
  }
  std::printf("replay: %zu inputs from %zu files (%zu mutations each), no failures\n", runs,
              files.size(), mutations);
  return 0;
}
