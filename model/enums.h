#pragma once
// Closed vocabularies of the model. Each enum has a traits table giving the
// exact YAML spelling of every value; readers, writers and the inspector all
// use these tables, so a spelling lives in exactly one place.
#include <QString>
#include <QStringList>
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace lintel {

enum class TeamKind { InHouse, Vendor };
enum class Trust { Untrusted, Dmz, Internal, Restricted };  // least trusted first
enum class Classification { Public, Internal, Confidential, Restricted };
enum class ElementKind { Person, Client, Gateway, Service, Function, Worker, Datastore, Cache, Queue, External };
// How many kinds there are: model/style/elementkinds.h has one row per kind
// (its name, shape, colours, group, palette entry) and refuses to compile
// unless it has exactly this many. Keep it naming the last enumerator.
inline constexpr std::size_t kElementKindCount = std::size_t(ElementKind::External) + 1;
enum class Exposure { Public, Internal };
enum class SecretsStore { Vault, Env, Config, Code };
enum class ApiStyle { Rest, Graphql, Grpc, Events };
enum class Visibility { Public, Partner, Internal };
enum class ApiStatus { Draft, Stable, Deprecated };
enum class DecisionStatus { Proposed, Accepted, Rejected, Deprecated, Superseded };
enum class QuestionStatus { Open, Answered };
enum class Severity { Error, Warning, Info };  // most severe first
// The steps of a handover as the practice names them (docs/model-format.md,
// "transition"); a phase says which one it is so rules can reason about it
// whatever the user calls it.
enum class PhaseKind { Audit, ParallelTeam, KnowledgeTransfer, ControlledImplementation, OwnershipShift };
// A definition-of-done item or an exit checklist item.
enum class ItemStatus { Done, Open, NotApplicable };

template <class E> struct EnumTraits;

#define LINTEL_ENUM_NAMES(E, ...)                                              \
    template <> struct EnumTraits<E> {                                         \
        static constexpr auto names = std::to_array<std::string_view>({__VA_ARGS__}); \
    };

LINTEL_ENUM_NAMES(TeamKind, "in-house", "vendor")
LINTEL_ENUM_NAMES(Trust, "untrusted", "dmz", "internal", "restricted")
LINTEL_ENUM_NAMES(Classification, "public", "internal", "confidential", "restricted")
// ElementKind's spellings are the name column of the kind table (below).
LINTEL_ENUM_NAMES(Exposure, "public", "internal")
LINTEL_ENUM_NAMES(SecretsStore, "vault", "env", "config", "code")
LINTEL_ENUM_NAMES(ApiStyle, "rest", "graphql", "grpc", "events")
LINTEL_ENUM_NAMES(Visibility, "public", "partner", "internal")
LINTEL_ENUM_NAMES(ApiStatus, "draft", "stable", "deprecated")
LINTEL_ENUM_NAMES(DecisionStatus, "proposed", "accepted", "rejected", "deprecated", "superseded")
LINTEL_ENUM_NAMES(QuestionStatus, "open", "answered")
LINTEL_ENUM_NAMES(Severity, "error", "warning", "info")
LINTEL_ENUM_NAMES(PhaseKind, "audit", "parallel-team", "knowledge-transfer", "controlled-implementation",
                  "ownership-shift")
LINTEL_ENUM_NAMES(ItemStatus, "done", "open", "not-applicable")
#undef LINTEL_ENUM_NAMES

template <class E> concept ModelEnum = requires { EnumTraits<E>::names; };

// Named enumName, not toString: QTest finds toString by argument lookup and
// would then not know which one to call in QCOMPARE.
template <ModelEnum E> QString enumName(E value)
{
    const auto name = EnumTraits<E>::names[static_cast<std::size_t>(value)];
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

template <ModelEnum E> std::optional<E> parseEnum(std::string_view text)
{
    const auto &names = EnumTraits<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == text)
            return static_cast<E>(i);
    return std::nullopt;
}

template <ModelEnum E> std::optional<E> parseEnum(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return parseEnum<E>(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

// All spellings of an enum, e.g. for combo boxes and error messages.
template <ModelEnum E> QStringList enumNames()
{
    QStringList out;
    for (auto n : EnumTraits<E>::names)
        out << QString::fromLatin1(n.data(), qsizetype(n.size()));
    return out;
}

}  // namespace lintel

// The kind table specialises EnumTraits<ElementKind>; included last so that
// whoever sees ElementKind also sees its spellings.
#include "model/style/elementkinds.h"
