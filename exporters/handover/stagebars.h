#pragma once
// The web page's stage bars. The Markdown draws each team's bar in the
// Transition section as a code span of stage digits (`4431.`), which reads
// the same in any Markdown viewer and in the PDF; the web page turns those
// spans into coloured cells, keeping the digits as their text.
#include <QString>

namespace lintel::handover {

// `html` with the code spans of the "Ownership stages" table drawn as
// `<span class="stage-bar">` of one `<span class="stage-N">` cell per digit
// (`stage-0` for a dot). Everything else is left as it is.
QString drawStageBars(const QString &html);

}  // namespace lintel::handover
