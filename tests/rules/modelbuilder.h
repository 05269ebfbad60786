#pragma once
// Builds small models in C++ for rule tests, so the tests need neither YAML
// nor the reader. Every object gets its own source line in creation order
// (1, 2, 3, ...), which lets tests check finding locations and ordering.
//
// The add functions return a reference for immediate tweaks:
//     b.element("db", ElementKind::Datastore).backup = "daily";
// Do not keep it: the next add of the same kind may move the object.
#include "model/types.h"

#include <QString>
#include <optional>

namespace lintel::test {

class ModelBuilder {
public:
    Team &team(const QString &id);
    Zone &zone(const QString &id, std::optional<Trust> trust, const QString &parent = {});
    DataClass &data(const QString &id, Classification classification);
    // A compute element is created "well behaved" (logs and metrics on), so
    // a test sees only the findings it is about.
    Element &element(const QString &id, ElementKind kind, const QString &zone = {}, const QString &team = {});
    Flow &flow(const QString &id, const QString &from, const QString &to, const QString &protocol = QStringLiteral("https"));
    Api &api(const QString &id, const QString &provider, std::optional<Visibility> visibility = Visibility::Internal);
    Decision &decision(const QString &id, DecisionStatus status);
    Question &question(const QString &id);
    View &view(const QString &id);
    AcceptedRisk &risk(const QString &rule, const QString &target, const QString &expires = {});

    Model &model() { return m_model; }
    Model build() const { return m_model; }
    int lineOf(const QString &id) const;  // the line given to the object with that id

private:
    SourceLoc next() { return {++m_line, 3}; }
    // Appends a default object to `items`, on the next source line.
    template <class T> T &append(std::vector<T> &items);
    // The same, for objects that have an id.
    template <class T> T &appendWithId(std::vector<T> &items, const QString &id);
    Model m_model;
    int m_line = 0;
};

// Lookups for editing a built model. A missing id is a bug in the test
// itself, so they abort with a message rather than return null.
Element &elementIn(Model &model, const QString &id);
Flow &flowIn(Model &model, const QString &id);
Api &apiIn(Model &model, const QString &id);
Decision &decisionIn(Model &model, const QString &id);

}  // namespace lintel::test
