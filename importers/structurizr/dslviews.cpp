// The views block of the Structurizr DSL: each view becomes a Lintel view
// (dslmapping.cpp works out which elements it shows); styles, themes and
// layout are Structurizr's look and are skipped.
#include "importers/structurizr/dslreader.h"

namespace lintel::structurizr::detail {

void Reader::viewsStatement(const std::vector<Statement> &all, std::size_t &i, const Statement &s, const Scope &)
{
    static const QStringList scoped = {QStringLiteral("systemcontext"), QStringLiteral("container"), QStringLiteral("component"),
                                       QStringLiteral("dynamic"), QStringLiteral("deployment")};
    static const QStringList ignored = {QStringLiteral("styles"), QStringLiteral("theme"), QStringLiteral("themes"),
                                        QStringLiteral("branding"), QStringLiteral("terminology"), QStringLiteral("properties"),
                                        QStringLiteral("image"), QStringLiteral("filtered"), QStringLiteral("custom")};
    const std::vector<Token> &w = s.words;
    const QString k = lower(w[0]);
    if (k == u"systemlandscape" || scoped.contains(k)) {
        DslView view;
        view.type = k;
        std::size_t next = 1;
        if (scoped.contains(k)) {
            if (w.size() < 2) {
                error(w[0], QStringLiteral("a %1 view needs the element it shows").arg(w[0].text));
                return;
            }
            if (!(k == u"dynamic" && w[1].text == u"*"))
                view.scope = resolve(w[1], {Block::Views});
            next = 2;
        }
        if (k == u"deployment") {
            view.environment = w.size() > 2 ? w[2].text : QString();
            next = 3;
        }
        // `[key] [description]`: the title is a statement of its own.
        view.key = w.size() > next ? w[next].text : QString();
        m_ws.views.push_back(view);
        if (s.opensBlock)
            readBlock(all, i, {Block::View, {}, {}, {}, {}, &m_ws.views.back()});
    } else if (ignored.contains(k)) {
        ignoredBlock(all, i, s);
    } else {
        unknown(all, i, s, w[0], "in views");
    }
}

void Reader::viewStatement(const std::vector<Statement> &all, std::size_t &i, const Statement &s, const Scope &scope)
{
    const std::vector<Token> &w = s.words;
    const QString k = lower(w[0]);
    DslView &view = *scope.view;
    if (k == u"include") {
        for (std::size_t t = 1; t < w.size(); ++t) {
            if (w[t].text == u"*")
                view.includeAll = true;
            else if (const QString c = resolve(w[t], scope); !c.isEmpty())
                view.included << c;
        }
    } else if (w.size() >= 3 && w[1].text == u"->") {  // a step of a dynamic view
        for (const Token &end : {w[0], w[2]})
            if (const QString c = resolve(end, scope); !c.isEmpty() && !view.included.contains(c))
                view.included << c;
    } else if (k == u"title") {
        view.title = w.size() > 1 ? w[1].text : view.title;
    } else if (k == u"autolayout" || k == u"animation" || k == u"description" || k == u"properties" || k == u"exclude" ||
               k == u"default" || k == u"{" || w[0].text.isEmpty()) {
        if (s.opensBlock)
            skipBlock(all, i);
    } else {
        unknown(all, i, s, w[0], "in a view");
    }
}

}  // namespace lintel::structurizr::detail
