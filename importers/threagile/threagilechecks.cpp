// Step 1 of reading Threagile (threagilereader.h): the version, unique ids
// and every reference by id (data assets, link targets, assets inside trust
// boundaries, nested boundaries), each problem at its node.
#include "importers/threagile/threagilereader.h"

#include <QSet>
#include <functional>

namespace lintel::threagile {

NodeIndex field(const DocumentTree &doc, NodeIndex mapping, const char *key)
{
    if (const NodeIndex own = doc.child(mapping, key); own != kNoNode)
        return own;
    const NodeIndex merged = doc.child(mapping, "<<");
    if (doc.isMapping(merged))
        return field(doc, merged, key);
    for (const NodeIndex item : doc.items(merged))  // `<<: [*a, *b]`: the first that has it
        if (const NodeIndex found = field(doc, item, key); found != kNoNode)
            return found;
    return kNoNode;
}

QString fieldText(const DocumentTree &doc, NodeIndex mapping, const char *key)
{
    return doc.text(field(doc, mapping, key)).trimmed();
}

QStringList fieldTexts(const DocumentTree &doc, NodeIndex mapping, const char *key)
{
    QStringList out;
    for (const NodeIndex item : doc.items(field(doc, mapping, key)))
        if (const QString t = doc.text(item).trimmed(); !t.isEmpty())
            out << t;
    return out;
}

namespace {

template <class List> bool contains(const List &list, const QString &id)
{
    for (const auto &[key, value] : list)
        if (key == id)
            return true;
    return false;
}

}  // namespace

bool ThreagileIndex::hasDataAsset(const QString &id) const { return contains(dataAssets, id); }
bool ThreagileIndex::hasTechnicalAsset(const QString &id) const { return contains(technicalAssets, id); }

namespace {

// A top-level mapping of titled objects, each with a unique `id`.
std::vector<std::pair<QString, Named>> indexSection(DocumentTree &doc, const char *key, const char *what)
{
    std::vector<std::pair<QString, Named>> out;
    QHash<QString, NodeIndex> seen;
    const NodeIndex section = doc.child(doc.root(), key);
    if (section != kNoNode && !doc.isMapping(section) && !doc.text(section).isEmpty())
        doc.error(section, QStringLiteral("\"%1\" should be a mapping of titles to %2s").arg(QLatin1String(key), QLatin1String(what)));
    for (const auto &[title, object] : doc.entries(section)) {
        if (!doc.isMapping(object)) {
            doc.error(object, QStringLiteral("%1 \"%2\" should be a mapping").arg(QLatin1String(what), title));
            continue;
        }
        const NodeIndex idNode = field(doc, object, "id");
        const QString id = doc.text(idNode).trimmed();
        if (id.isEmpty()) {
            doc.error(object, QStringLiteral("%1 \"%2\" has no \"id\"").arg(QLatin1String(what), title));
            continue;
        }
        if (seen.contains(id)) {
            doc.error(idNode, QStringLiteral("duplicate %1 id \"%2\" (first used on line %3)")
                                  .arg(QLatin1String(what), id)
                                  .arg(doc.locationOf(seen.value(id)).line));
            continue;
        }
        seen.insert(id, idNode);
        out.emplace_back(id, Named{title, object});
    }
    return out;
}

void checkIds(DocumentTree &doc, NodeIndex object, const char *key, const char *what,
              const std::function<bool(const QString &)> &known)
{
    for (const NodeIndex item : doc.items(field(doc, object, key)))
        if (const QString id = doc.text(item).trimmed(); !id.isEmpty() && !known(id))
            doc.error(item, QStringLiteral("\"%1\" names no %2 of this model").arg(id, QLatin1String(what)));
}

}  // namespace

ThreagileIndex checkThreagile(DocumentTree &doc)
{
    ThreagileIndex index;
    const NodeIndex root = doc.root();
    const NodeIndex version = doc.child(root, "threagile_version");
    if (!doc.isMapping(root) || version == kNoNode) {
        doc.error(root, QStringLiteral("not a Threagile model: it has no \"threagile_version\""));
        return index;
    }
    if (!doc.text(version).startsWith(QStringLiteral("1."))) {
        doc.error(version, QStringLiteral("Threagile model version \"%1\" is not supported (1.x is)").arg(doc.text(version)));
        return index;
    }
    index.title = doc.text(root, "title").trimmed();
    if (index.title.isEmpty())
        doc.error(root, QStringLiteral("the model has no \"title\"; Lintel tells this source from others by it"));

    index.dataAssets = indexSection(doc, "data_assets", "data asset");
    index.technicalAssets = indexSection(doc, "technical_assets", "technical asset");
    index.trustBoundaries = indexSection(doc, "trust_boundaries", "trust boundary");
    const auto dataAsset = [&](const QString &id) { return index.hasDataAsset(id); };
    const auto technicalAsset = [&](const QString &id) { return index.hasTechnicalAsset(id); };
    const auto boundary = [&](const QString &id) { return contains(index.trustBoundaries, id); };

    for (const auto &[id, asset] : index.technicalAssets) {
        checkIds(doc, asset.node, "data_assets_processed", "data asset", dataAsset);
        checkIds(doc, asset.node, "data_assets_stored", "data asset", dataAsset);
        const NodeIndex links = field(doc, asset.node, "communication_links");
        for (const auto &[title, link] : doc.entries(links)) {
            const NodeIndex target = field(doc, link, "target");
            if (target == kNoNode)
                doc.error(link, QStringLiteral("communication link \"%1\" has no \"target\"").arg(title));
            else if (!index.hasTechnicalAsset(doc.text(target).trimmed()))
                doc.error(target, QStringLiteral("\"%1\" names no technical asset of this model").arg(doc.text(target)));
            checkIds(doc, link, "data_assets_sent", "data asset", dataAsset);
            checkIds(doc, link, "data_assets_received", "data asset", dataAsset);
        }
    }

    QHash<QString, NodeIndex> boundaryOfAssetSite, parentSite;
    for (const auto &[id, b] : index.trustBoundaries) {
        checkIds(doc, b.node, "technical_assets_inside", "technical asset", technicalAsset);
        checkIds(doc, b.node, "trust_boundaries_nested", "trust boundary", boundary);
        for (const NodeIndex item : doc.items(field(doc, b.node, "technical_assets_inside"))) {
            const QString asset = doc.text(item).trimmed();
            if (index.boundaryOfAsset.contains(asset))
                doc.error(item, QStringLiteral("technical asset \"%1\" is already inside trust boundary \"%2\" (line %3)")
                                    .arg(asset, index.boundaryOfAsset.value(asset))
                                    .arg(doc.locationOf(boundaryOfAssetSite.value(asset)).line));
            else if (technicalAsset(asset)) {
                index.boundaryOfAsset.insert(asset, id);
                boundaryOfAssetSite.insert(asset, item);
            }
        }
        for (const NodeIndex item : doc.items(field(doc, b.node, "trust_boundaries_nested"))) {
            const QString nested = doc.text(item).trimmed();
            if (index.parentOfBoundary.contains(nested))
                doc.error(item, QStringLiteral("trust boundary \"%1\" is already nested in \"%2\" (line %3)")
                                    .arg(nested, index.parentOfBoundary.value(nested))
                                    .arg(doc.locationOf(parentSite.value(nested)).line));
            else if (boundary(nested)) {
                index.parentOfBoundary.insert(nested, id);
                parentSite.insert(nested, item);
            }
        }
    }
    for (const auto &[id, b] : index.trustBoundaries) {
        QStringList chain{id};
        for (QString up = index.parentOfBoundary.value(id); !up.isEmpty(); up = index.parentOfBoundary.value(up)) {
            chain << up;
            if (up == id) {
                doc.error(parentSite.value(id), QStringLiteral("trust boundary \"%1\" is nested in itself: %2")
                                                    .arg(id, chain.join(QStringLiteral(" -> "))));
                break;
            }
            if (chain.count(up) > 1)
                break;  // a circle further up, reported at its own members
        }
    }
    return index;
}

}  // namespace lintel::threagile
