// Writes course documents as rorkit writes them, for tests/python/test_course_schema.py to
// validate against docs/schemas/course.schema.json: the Randers fixture read and written again
// (compact and pretty), a course built in C++ with every member set somewhere, and a course with
// only its required members. All names are invented.
//
// usage: course_documents <fixture.json> <outdir>   (creates <outdir>; removes the *.json files
// already in it first, so a renamed document leaves nothing stale behind)

#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include "io/course_json_fixtures.hpp"
#include "rorkit/io/course_json.hpp"

namespace fs = std::filesystem;
using namespace course_json_test;

namespace {

void write(const fs::path& dir, const std::string& name, const std::string& text) {
  std::ofstream out(dir / name, std::ios::binary);
  out << text;
  if (!out) throw std::runtime_error("cannot write " + (dir / name).string());
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: course_documents <fixture.json> <outdir>\n");
    return 2;
  }
  try {
    const std::string fixture = read_text(argv[1]);
    if (fixture.empty()) throw std::runtime_error(std::string("cannot read ") + argv[1]);
    const fs::path dir = argv[2];
    fs::create_directories(dir);
    for (const auto& entry : fs::directory_iterator(dir))
      if (entry.path().extension() == ".json") fs::remove(entry.path());

    const Course randers = course_from_json(fixture);
    write(dir, "randers-2026.compact.json", course_to_json(randers));
    write(dir, "randers-2026.pretty.json", course_to_json(randers, true));
    write(dir, "built.json", course_to_json(built_course(), true));
    write(dir, "minimal.json", course_to_json(minimal_course()));
    std::printf("wrote 4 course documents to %s\n", dir.string().c_str());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "course_documents: %s\n", e.what());
    return 1;
  }
  return 0;
}
