// Uses the installed C++ API (static library) and checks one answer.
#include <iostream>

#include "rorkit/rorkit.hpp"

int main() {
  const auto& m = rorkit::find_municipality("Høje-Taastrup");
  auto easter = rorkit::easter_sunday(2025);
  if (m.code != 169 || easter != rorkit::Date{2025, 4, 20}) {
    std::cerr << "unexpected answer\n";
    return 1;
  }
  std::cout << "C++ consumer: rorkit " << rorkit::version() << ", " << m.name << ", Easter "
            << easter.iso() << "\n";
  return 0;
}
