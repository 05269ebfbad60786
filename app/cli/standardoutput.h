#pragma once
// The one way lintel-cli writes to standard output (ADR 0016). Writes go
// through C stdio, buffered; every write and flush is checked and the first
// failure is remembered with its reason, so a command can stop early and
// main() reports it once, on stderr, and exits with kExitError.
#include <QByteArray>
#include <string_view>

namespace lintel::cli {

// A reader that goes away (`lintel-cli validate ... | head`) would otherwise
// end the program by SIGPIPE, silently, before it can report anything. With
// the signal ignored the write fails with EPIPE and is reported like any
// other. Called first thing in main().
void treatBrokenPipeAsWriteError();

// Appends bytes to stdout (buffered). False once any write to stdout has
// failed; later writes are then skipped, so callers with much left to write
// can stop.
bool writeStdout(std::string_view bytes);
bool writeStdout(const QByteArray &bytes);

// Hands what is buffered to the system now, for output a user may watch
// arrive (export lists each file as soon as it exists). False once stdout
// has failed.
bool flushStdout();

// Ends the program's output: flushes stdout. When any write failed, prints
// "cannot write to standard output: REASON" on stderr and returns
// kExitError; otherwise returns `status` unchanged.
int finishStdout(int status);

}  // namespace lintel::cli
