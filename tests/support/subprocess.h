// Runs a real binary with input on stdin and captures what it writes, for integration tests.
#ifndef SLADD_TESTS_SUPPORT_SUBPROCESS_H_
#define SLADD_TESTS_SUPPORT_SUBPROCESS_H_

#include <string>
#include <vector>

namespace sladd::testing {

struct ProcessResult {
  int exit_status = -1;
  std::string out;
  std::string err;
};

// Runs `argv` (argv[0] is the program path) with `input` on stdin and `env` ("NAME=value")
// added to the environment. Waits for it to finish.
ProcessResult RunProcess(const std::vector<std::string>& argv, const std::string& input = "",
                         const std::vector<std::string>& env = {});

}  // namespace sladd::testing

#endif  // SLADD_TESTS_SUPPORT_SUBPROCESS_H_
