#include "exporters/diagram/graphvizsession.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cstdlib>

namespace lintel {

namespace {

std::mutex &graphvizMutex()
{
    static std::mutex mutex;
    return mutex;
}

// Only touched while the mutex is held. Graphviz hands the user error
// function pieces ("Error", ": ", "text\n"), so they are joined here and
// split into lines when taken.
QString &capturedText()
{
    static QString text;
    return text;
}

// agerrors() is not a reliable "was there an error" after agreseterrors()
// (it also reports the level of an older message), so errors are counted here.
bool &sawError()
{
    static bool seen = false;
    return seen;
}

int captureGraphvizMessage(char *message)
{
    const QString piece = QString::fromUtf8(message);
    if (piece == QLatin1String("Error"))
        sawError() = true;
    capturedText() += piece;
    return 0;
}

}  // namespace

GraphvizSession::GraphvizSession() : m_lock(graphvizMutex())
{
    capturedText().clear();
    sawError() = false;
    agseterrf(&captureGraphvizMessage);
    agseterr(AGWARN);
    agreseterrors();
}

GraphvizSession::~GraphvizSession()
{
    agseterrf(nullptr);
}

GVC_t *GraphvizSession::context()
{
    // Created once and kept: loading the plugin configuration is slow, and
    // freeing a context while another thread might wait for one gains nothing.
    static GVC_t *gvc = gvContext();
    return gvc;
}

QStringList GraphvizSession::takeMessages()
{
    QStringList lines = capturedText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    capturedText().clear();
    for (QString &line : lines)
        line = line.trimmed();
    lines.removeAll(QString());
    return lines;
}

bool GraphvizSession::hadError() const
{
    return sawError();
}

void GraphvizSession::resetErrors()
{
    sawError() = false;
    agreseterrors();
}

QStringList GraphvizSession::renderFormats()
{
    QStringList formats;
    int count = 0;
    // Entries look like "png:cairo"; the list and its strings are malloc'd.
    char **list = gvPluginList(context(), "device", &count, nullptr);
    for (int i = 0; i < count; ++i) {
        const QString entry = QString::fromUtf8(list[i]);
        const QString format = entry.section(QLatin1Char(':'), 0, 0);
        if (!formats.contains(format))
            formats << format;
        std::free(list[i]);
    }
    std::free(list);
    return formats;
}

}  // namespace lintel
