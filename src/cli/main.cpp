// rorkit command-line tool: thin wrapper over the C++ API (no domain logic here).

#include <iostream>

#include "cli/commands.hpp"
#include "rorkit/rorkit.hpp"

int main(int argc, char** argv) {
  CLI::App app{"rorkit - recovery-oriented rehabilitation in Danish municipal social psychiatry"};
  app.name("rorkit");
  app.set_version_flag("--version", std::string("rorkit ") + rorkit::version());
  app.require_subcommand(1);

  rorkit::cli::Action action;
  rorkit::cli::add_calendar_commands(app, action);
  rorkit::cli::add_refdata_commands(app, action);
  rorkit::cli::add_measure_commands(app, action);
  rorkit::cli::add_plan_commands(app, action);
  rorkit::cli::add_course_commands(app, action);
  rorkit::cli::add_keyfig_commands(app, action);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return rorkit::cli::exit_usage;
  }
  try {
    return action ? action() : rorkit::cli::exit_usage;
  } catch (const rorkit::Error& e) {
    std::cerr << "rorkit: error: " << e.what() << " [" << rorkit::status_str(e.status()) << "]\n";
    return rorkit::cli::exit_input;
  } catch (const std::exception& e) {
    std::cerr << "rorkit: internal error: " << e.what() << "\n";
    return rorkit::cli::exit_input;
  }
}
