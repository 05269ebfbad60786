#pragma once
// The round-trip property of the model's forms, as one reusable check (the
// YAML tests run it over files and generated models; the fuzz target runs
// it over whatever it makes up).
#include <QByteArray>
#include <QString>

namespace lintel::test {

// For YAML text that loads as a model, all of these hold:
//   - what writeYaml() makes of it loads again, without problems, to an
//     equal model (load -> write -> load);
//   - writing that model again gives the same bytes (write -> load -> write);
//   - the .lintel snapshot codec gives back an equal model
//     (load -> encodeModel -> decodeModel).
// Returns false when one of them does not, with `why` (may be null) saying
// which and where. Text that does not load as a model is no counterexample:
// the answer is true, and `why` gets the first load problem.
bool roundTrips(const QByteArray &yaml, QString *why);

}  // namespace lintel::test
