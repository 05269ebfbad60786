#include "model/document/commands.h"
#include "model/document/references.h"

#include <QRegularExpression>
#include <optional>
#include <utility>
#include <tuple>

namespace lintel {

// The objects a rename touched, before and after, per collection type, so
// undo puts back exactly what was there (including references that pointed
// at the new id before, which a plain reverse rename would corrupt).
struct RenameIdCommand::Rewrites {
    template <class T> struct Change {
        std::size_t index;
        T before, after;
    };
    std::tuple<std::vector<Change<Team>>, std::vector<Change<Zone>>, std::vector<Change<DataClass>>,
               std::vector<Change<Element>>, std::vector<Change<Flow>>, std::vector<Change<Api>>,
               std::vector<Change<Decision>>, std::vector<Change<Question>>, std::vector<Change<View>>,
               std::vector<Change<AcceptedRisk>>>
        changes;
    // The transition section is one object, not a collection: its outgoing
    // and incoming teams.
    std::optional<std::pair<Transition, Transition>> transition;
    bool computed = false;
};

QString checkNewId(const Model &model, const QString &newId)
{
    static const QRegularExpression kebab(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!kebab.match(newId).hasMatch())
        return QStringLiteral("'%1' is not a valid id: use lower-case letters, digits and single dashes").arg(newId);
    bool taken = false;
    auto check = [&](const auto &items) {
        for (const auto &item : items)
            taken |= objectId(item) == newId;
    };
    check(model.teams); check(model.zones); check(model.data); check(model.elements); check(model.flows);
    check(model.apis); check(model.decisions); check(model.questions); check(model.views);
    return taken ? QStringLiteral("the id '%1' is already used").arg(newId) : QString();
}

RenameIdCommand::RenameIdCommand(Document *document, ObjectRef ref, QString newId, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_ref(std::move(ref)), m_newId(std::move(newId)),
      m_rewrites(std::make_unique<Rewrites>())
{
    setText(QStringLiteral("Rename %1 to %2").arg(m_ref.id, m_newId));
}

RenameIdCommand::~RenameIdCommand() = default;

void RenameIdCommand::redo()
{
    Model &model = m_document->mutableModel();
    if (!m_rewrites->computed) {
        m_rewrites->computed = true;
        auto collect = [&](auto &items, auto &changes) {
            for (std::size_t i = 0; i < items.size(); ++i) {
                auto after = items[i];
                bool changed = renameReferences(after, m_ref.id, m_newId);
                using T = std::decay_t<decltype(after)>;
                if constexpr (!std::is_same_v<T, AcceptedRisk>) {
                    if (CollectionTraits<T>::collection == m_ref.collection && after.id == m_ref.id) {
                        after.id = m_newId;
                        changed = true;
                    }
                }
                if (changed)
                    changes.push_back({i, items[i], std::move(after)});
            }
        };
        auto &[teams, zones, data, elements, flows, apis, decisions, questions, views, risks] = m_rewrites->changes;
        collect(model.teams, teams); collect(model.zones, zones); collect(model.data, data);
        collect(model.elements, elements); collect(model.flows, flows); collect(model.apis, apis);
        collect(model.decisions, decisions); collect(model.questions, questions);
        collect(model.views, views); collect(model.acceptedRisks, risks);
        Transition after = model.transition;
        if (renameReferences(after, m_ref.id, m_newId))
            m_rewrites->transition.emplace(model.transition, std::move(after));
    }
    if (m_rewrites->transition) {
        model.transition = m_rewrites->transition->second;
        m_document->notifyTransitionChanged();
    }
    std::apply([&](auto &...changes) {
        (([&] {
             for (auto &c : changes) {
                 using T = std::decay_t<decltype(c.after)>;
                 CollectionTraits<T>::in(model)[c.index] = c.after;
             }
         }()), ...);
    }, m_rewrites->changes);
    m_document->notifyRenamed(m_ref.collection, m_ref.id, m_newId);
}

void RenameIdCommand::undo()
{
    Model &model = m_document->mutableModel();
    std::apply([&](auto &...changes) {
        (([&] {
             for (auto &c : changes) {
                 using T = std::decay_t<decltype(c.before)>;
                 CollectionTraits<T>::in(model)[c.index] = c.before;
             }
         }()), ...);
    }, m_rewrites->changes);
    if (m_rewrites->transition) {
        model.transition = m_rewrites->transition->first;
        m_document->notifyTransitionChanged();
    }
    m_document->notifyRenamed(m_ref.collection, m_newId, m_ref.id);
}

}  // namespace lintel
