#include <sys/stat.h>

#include <cstdio>
#include <exception>

#include "cli/commands.hpp"

int main(int argc, char** argv) {
  // Health data at rest: every file Motus makes (the database, its WAL, backups, restored
  // copies) is readable by its owner only, whatever umask the shell or unit started us with.
  ::umask(077);
  CLI::App app{"Motus: exercise therapy for sacral, SI-joint and low-back pain"};
  app.set_version_flag("--version", MOTUS_VERSION);
  app.require_subcommand(1);
  motus::cli::add_serve_command(app);
  motus::cli::add_migrate_command(app);
  motus::cli::add_content_command(app);
  motus::cli::add_backup_command(app);
  motus::cli::add_assess_command(app);
  motus::cli::add_program_command(app);
  motus::cli::add_roster_command(app);
  motus::cli::add_audit_command(app);
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
    return 2;
  } catch (const motus::cli::ExitStatus& e) {
    return e.code;
  } catch (const motus::cli::UsageError& e) {
    std::fprintf(stderr, "motus: %s\n", e.what());
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "motus: %s\n", e.what());
    return 1;
  }
  return 0;
}
