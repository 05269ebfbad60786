#pragma once
// File → Import: a document in another format (OpenAPI, Structurizr DSL,
// ... whatever importers/ registers) merged into the open model as one
// undoable step, with a summary of what was added, changed and removed;
// and File → Import → Check Contract Against OpenAPI…, the drift of the
// API contract selected in the API Contracts panel, in a table.
// The same importers and merge as `lintel-cli import` and `drift`.
#include <QObject>
#include <functional>

class QMenu;
class QWidget;

namespace lintel {

class Document;
class Prompts;
struct Drift;

class ImportActions : public QObject {
    Q_OBJECT
public:
    struct Parts {
        QWidget *window;
        Document *document;
        std::function<Prompts *()> prompts;
        std::function<QString()> currentApi;  // the API Contracts panel's current contract id
    };
    explicit ImportActions(Parts parts, QObject *parent = nullptr);

    void populateMenu(QMenu *menu);

    // Reads `path` with the importer `format` and merges it into the open
    // model as one undo step; false (having told the user why) when the
    // document cannot be read or changes nothing.
    bool importFile(const QString &format, const QString &path);
    // The drift of contract `apiId` against the OpenAPI document at `path`;
    // nullopt (having told why) when either cannot be read.
    std::optional<std::vector<Drift>> checkDrift(const QString &apiId, const QString &path);

private:
    void showDrift(const QString &apiId, const QString &path, const std::vector<Drift> &drifts);
    Parts m_parts;
};

}  // namespace lintel
