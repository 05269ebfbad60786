#include "model/sentence/sentencewords.h"

namespace lintel::sentence {

QStringList firstWords()
{
    QStringList words;
    for (const ElementKindRow &row : kElementKinds)
        words << QString::fromLatin1(row.name.data(), qsizetype(row.name.size()));
    words << QStringLiteral("zone") << QStringLiteral("team") << QStringLiteral("question")
          << QStringLiteral("decision") << QStringLiteral("rename") << QStringLiteral("set");
    return words;
}

QStringList commonProtocols()
{
    return {QStringLiteral("https"), QStringLiteral("grpcs"), QStringLiteral("http"), QStringLiteral("grpc"),
            QStringLiteral("kafka"), QStringLiteral("amqps"), QStringLiteral("sql"), QStringLiteral("tls"),
            QStringLiteral("sftp"), QStringLiteral("smtp"), QStringLiteral("async")};
}

QString exampleName(Action action)
{
    switch (action) {
    case Action::AddZone: return QStringLiteral("Partner network");
    case Action::AddTeam: return QStringLiteral("Platform");
    case Action::AddElement:
    case Action::AddFlow:
    case Action::AddQuestion:
    case Action::AddDecision:
    case Action::Rename:
    case Action::SetField:
        break;
    }
    return QStringLiteral("Bookings");
}

const std::vector<Collection> &renameableCollections()
{
    static const std::vector<Collection> collections{Collection::Elements, Collection::Zones, Collection::Teams,
                                                     Collection::Data,     Collection::Apis,  Collection::Views,
                                                     Collection::Decisions};
    return collections;
}

}  // namespace lintel::sentence
