#pragma once
// Each command group registers its subcommands on the app; the action runs after parsing.

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

namespace rorkit::cli {

/// The action chosen by parsing; returns the process exit code.
using Action = std::function<int()>;

void add_calendar_commands(CLI::App& app, Action& action);
void add_refdata_commands(CLI::App& app, Action& action);
void add_measure_commands(CLI::App& app, Action& action);
void add_plan_commands(CLI::App& app, Action& action);
void add_course_commands(CLI::App& app, Action& action);
void add_keyfig_commands(CLI::App& app, Action& action);

/// Exit codes (docs/cli.md): 0 ok, 1 a negative answer (e.g. invalid input document),
/// 2 usage error, 3 bad input data or lookup failure.
inline constexpr int exit_ok = 0;
inline constexpr int exit_negative = 1;
inline constexpr int exit_usage = 2;
inline constexpr int exit_input = 3;

}  // namespace rorkit::cli
