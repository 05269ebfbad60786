#pragma once
// What each lintel-cli command provides: a setup function that declares the
// command and its options on the parent CLI11 app and returns how to run
// it. Commands are listed in commandlist.h.
#include <CLI/CLI.hpp>

#include <functional>

namespace lintel::cli {

// Exit statuses of every command (listed in the top-level --help).
inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;  // validate: findings at or above --fail-on; diff: differ; merge: conflicts
inline constexpr int kExitError = 2;     // usage error, unreadable input, failed write

struct Command {
    CLI::App *app = nullptr;   // the subcommand the setup function added
    std::function<int()> run;  // called after a successful parse; returns the exit status
    // Rendering text or images (exporters) needs a QGuiApplication; everything
    // else runs under a QCoreApplication and so needs no display or plugin.
    bool needsGuiApplication = false;
};

using CommandSetup = Command (*)(CLI::App &parent);

}  // namespace lintel::cli
