// The seed files of a fuzz target (tests/fuzz/seeds/<folder>): the smoke tests run them as
// regression inputs, as the libFuzzer targets start from them.
#ifndef SLADD_TESTS_FUZZ_SEED_FILES_H_
#define SLADD_TESTS_FUZZ_SEED_FILES_H_

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace sladd::fuzz {

// The contents of every file in tests/fuzz/seeds/`folder`.
inline std::vector<std::string> ReadSeeds(const std::string& folder) {
  std::vector<std::string> seeds;
  for (const auto& entry : std::filesystem::directory_iterator(
           std::string(SLADD_SOURCE_DIR) + "/tests/fuzz/seeds/" + folder)) {
    std::ifstream file(entry.path(), std::ios::binary);
    std::stringstream contents;
    contents << file.rdbuf();
    seeds.push_back(contents.str());
  }
  return seeds;
}

}  // namespace sladd::fuzz

#endif  // SLADD_TESTS_FUZZ_SEED_FILES_H_
