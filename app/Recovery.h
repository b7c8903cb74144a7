#pragma once

// Recovery files: the model as vigil-model JSON, written atomically every few minutes while it
// has unsaved changes and before risky actions, so that a crash loses little. They live in
// <AppData>/recovery as <key>.json next to a small <key>.info.json sidecar (original path,
// untitled name, time). A clean save or a clean close deletes them; files found at start-up
// were left by a crash, and the window offers to recover them.

#include "model/ThreatModel.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace vigil {

class RecoveryStore {
public:
    struct Entry {
        QString key;
        QString modelPath;
        QString originalPath; // empty: the model was untitled
        QString untitledName;
        QDateTime savedAt;
    };

    // <AppData>/recovery by default.
    explicit RecoveryStore(QString folder = defaultFolder());
    static QString defaultFolder();
    const QString &folder() const { return m_folder; }

    // A file's key is a hash of its absolute path; an untitled model's key names this process,
    // so that two windows without files do not share one recovery file.
    static QString keyFor(const QString &originalPath);

    // Writes the model and its sidecar. Throws FileError (model/ModelFile.h) naming the file.
    void write(const QString &key, const ThreatModel &model, const QString &originalPath,
               const QString &untitledName) const;
    // Recovery files present, newest first. Unreadable sidecars are skipped.
    std::vector<Entry> entries() const;
    // Reads a recovered model. Throws (FileError, JsonError) naming the file.
    static ThreatModel read(const Entry &entry);
    void remove(const QString &key) const;

private:
    QString modelPath(const QString &key) const;
    QString infoPath(const QString &key) const;

    QString m_folder;
};

} // namespace vigil
