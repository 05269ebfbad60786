#include "model/style/diagramstyle.h"

#include "model/index/lookup.h"
#include "model/index/semantics.h"
#include "model/style/labeltext.h"

#include <QRegularExpression>

namespace lintel {

ElementStyle elementStyle(ElementKind kind)
{
    const ElementKindRow &row = kindRow(kind);
    ElementStyle style;
    style.shape = row.shape;
    style.fill = QColor::fromRgb(QRgb(row.fill));
    style.stroke = QColor::fromRgb(QRgb(row.stroke));
    style.text = QColor(0x1a, 0x1a, 0x1a);
    style.kindLabel = enumName(kind);
    return style;
}

ZoneStyle zoneStyle(std::optional<Trust> trust)
{
    if (!trust)
        return {QColor(0xf5, 0xf5, 0xf5), QColor(0x80, 0x80, 0x80), false};
    switch (*trust) {
    case Trust::Untrusted:
        return {QColor(0xfd, 0xf0, 0xf0), QColor(0xb7, 0x1c, 0x1c), true};
    case Trust::Dmz:
        return {QColor(0xff, 0xf7, 0xe6), QColor(0xb8, 0x6e, 0x00), false};
    case Trust::Internal:
        return {QColor(0xf0, 0xf5, 0xfb), QColor(0x3d, 0x6a, 0x99), false};
    case Trust::Restricted:
        return {QColor(0xee, 0xf7, 0xef), QColor(0x2e, 0x6b, 0x32), false};
    }
    return {};
}

QString zoneLabel(const Model &model, const Zone &zone)
{
    return zoneLabel(zone, effectiveTrust(model, zone.id));
}

QString zoneLabel(const Zone &zone, std::optional<Trust> trust)
{
    const QString name = zone.name.isEmpty() ? zone.id : zone.name;
    if (!trust)
        return name;
    // "Edge (DMZ)" already says it; "Edge (DMZ) (dmz)" would stutter.
    const QString trustName = enumName(*trust);
    const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(trustName),
                                  QRegularExpression::CaseInsensitiveOption);
    if (name.contains(word))
        return name;
    return QStringLiteral("%1 (%2)").arg(name, trustName);
}

ZoneStyle zoneStyle(const Model &model, const Zone &zone)
{
    return zoneStyle(effectiveTrust(model, zone.id));
}

QColor classificationColor(Classification classification)
{
    switch (classification) {
    case Classification::Public: return QColor(0xa5, 0xd6, 0xa7);
    case Classification::Internal: return QColor(0x90, 0xca, 0xf9);
    case Classification::Confidential: return QColor(0xff, 0xb7, 0x4d);
    case Classification::Restricted: return QColor(0xef, 0x9a, 0x9a);
    }
    return {};
}

QString classificationBadge(Classification classification)
{
    return enumName(classification).toUpper();
}

QColor findingColor(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QColor(0xd3, 0x2f, 0x2f);
    case Severity::Warning: return QColor(0xe6, 0x5c, 0x00);
    case Severity::Info: return QColor(0x15, 0x65, 0xc0);
    }
    return {};
}

namespace {

// The rule engine's definition, so the diagram flags exactly the crossings
// the validator reasons about.
bool endsInDifferentZones(const Element *from, const Element *to)
{
    return from && to && crossesBoundary(*from, *to);
}

FlowStyle styleOf(const Flow &flow, bool crossesZones)
{
    FlowStyle style;
    style.color = QColor(0x40, 0x40, 0x40);
    style.dashed = !isSync(flow);
    style.crossesBoundary = crossesZones;
    if (style.crossesBoundary) {
        if (!isEncrypted(flow))
            style.warnings << QStringLiteral("unencrypted");
        if (!hasAuthentication(flow))
            style.warnings << QStringLiteral("no auth");
    }
    style.unprotectedCrossing = !style.warnings.isEmpty();
    if (style.unprotectedCrossing) {
        style.color = QColor(0xc6, 0x28, 0x28);
        style.width = 2.6;
    }
    return style;
}

}  // namespace

bool flowCrossesZones(const Model &model, const Flow &flow)
{
    return endsInDifferentZones(findObject<Element>(model, flow.from), findObject<Element>(model, flow.to));
}

bool flowCrossesZones(const ModelIndex &index, const Flow &flow)
{
    return endsInDifferentZones(index.element(flow.from), index.element(flow.to));
}

FlowStyle flowStyle(const Model &model, const Flow &flow)
{
    return styleOf(flow, flowCrossesZones(model, flow));
}

FlowStyle flowStyle(const ModelIndex &index, const Flow &flow)
{
    return styleOf(flow, flowCrossesZones(index, flow));
}

namespace {

// `api`: the flow's API, found by the caller; nullptr when unknown.
QString flowLabelWith(const Flow &flow, const Api *api)
{
    QStringList first;
    if (!flow.protocol.trimmed().isEmpty())
        first << truncated(singleLine(flow.protocol), 24);
    first << (isSync(flow) ? QStringLiteral("sync") : QStringLiteral("async"));
    QStringList lines{first.join(QStringLiteral(" · "))};
    if (!flow.api.isEmpty()) {
        const QString name = api && !api->name.isEmpty() ? api->name : flow.api;
        lines << QStringLiteral("api: ") + truncated(singleLine(name), kLabelLineWidth);
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

QString flowLabel(const Model &model, const Flow &flow)
{
    return flowLabelWith(flow, flow.api.isEmpty() ? nullptr : findObject<Api>(model, flow.api));
}

QString flowLabel(const ModelIndex &index, const Flow &flow)
{
    return flowLabelWith(flow, index.api(flow.api));
}

QStringList elementKindLines(const Element &element)
{
    const QString kind = QStringLiteral("\u00AB%1\u00BB").arg(enumName(element.kind));
    const QString technology = singleLine(element.technology);
    if (technology.isEmpty())
        return {kind};
    if (kind.size() + 1 + technology.size() <= kLabelLineWidth)
        return {kind + QLatin1Char(' ') + technology};
    return QStringList{kind} + wrapLines(technology, kLabelLineWidth, 2 * kLabelLineWidth);
}

std::optional<Classification> highestClassification(const Model &model, const Element &element)
{
    return highestClassification(model, element.data);
}

}  // namespace lintel
