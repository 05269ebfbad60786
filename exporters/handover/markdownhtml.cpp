#include "exporters/handover/markdownhtml.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <QRegularExpression>
#include <QSet>

#include <cstdlib>
#include <memory>

namespace lintel::handover {

QString markdownToHtml(const QString &markdown)
{
    cmark_gfm_core_extensions_ensure_registered();
    const int options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES;
    std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)> parser(cmark_parser_new(options),
                                                                       &cmark_parser_free);
    if (cmark_syntax_extension *table = cmark_find_syntax_extension("table"))
        cmark_parser_attach_syntax_extension(parser.get(), table);
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser.get(), utf8.constData(), std::size_t(utf8.size()));
    std::unique_ptr<cmark_node, decltype(&cmark_node_free)> document(cmark_parser_finish(parser.get()),
                                                                     &cmark_node_free);
    char *html = cmark_render_html(document.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
    const QString out = QString::fromUtf8(html);
    std::free(html);
    return out;
}

namespace {

QString plainText(QString html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    html.remove(tags);
    html.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return html;
}

// GitHub's rule: lower-case, drop punctuation except '-' and '_', spaces to
// hyphens; repeats get "-1", "-2".
QString githubSlug(const QString &heading)
{
    QString out;
    for (QChar c : heading.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            out += c;
        else if (c == u' ')
            out += u'-';
    }
    return out;
}

}  // namespace

QString addHeadingIds(const QString &html)
{
    static const QRegularExpression heading(QStringLiteral("<h([1-4])>(.*?)</h\\1>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    QString out;
    QSet<QString> used;
    qsizetype last = 0;
    auto it = heading.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        QString base = githubSlug(plainText(m.captured(2)));
        if (base.isEmpty())
            base = QStringLiteral("section");
        QString id = base;
        for (int n = 1; used.contains(id); ++n)
            id = base + u'-' + QString::number(n);
        used.insert(id);
        out += html.mid(last, m.capturedStart() - last);
        // Slugs hold only letters, digits, '-' and '_': nothing to escape.
        out += QStringLiteral("<h%1 id=\"%2\">%3</h%1>").arg(m.captured(1), id, m.captured(2));
        last = m.capturedEnd();
    }
    out += html.mid(last);
    return out;
}

}  // namespace lintel::handover
