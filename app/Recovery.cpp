#include "app/Recovery.h"

#include "model/ModelFile.h"
#include "views/document/Document.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace vigil {

namespace {

const QString kInfoSuffix = QStringLiteral(".info.json");

} // namespace

RecoveryStore::RecoveryStore(QString folder) : m_folder(std::move(folder)) {}

QString RecoveryStore::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recovery"));
}

QString RecoveryStore::keyFor(const QString &originalPath)
{
    if (originalPath.isEmpty())
        return QStringLiteral("untitled-%1").arg(QCoreApplication::applicationPid());
    const QByteArray hash = QCryptographicHash::hash(
        QFileInfo(originalPath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(hash.toHex().left(20));
}

QString RecoveryStore::modelPath(const QString &key) const
{
    return QDir(m_folder).filePath(key + QStringLiteral(".json"));
}

QString RecoveryStore::infoPath(const QString &key) const
{
    return QDir(m_folder).filePath(key + kInfoSuffix);
}

void RecoveryStore::write(const QString &key, const ThreatModel &model,
                          const QString &originalPath, const QString &untitledName) const
{
    if (!QDir().mkpath(m_folder))
        throw FileError(QStringLiteral("%1: cannot create the recovery folder")
                            .arg(QDir::toNativeSeparators(m_folder))
                            .toStdString());
    writeModelJson(model, toFsPath(modelPath(key)));
    QJsonObject info;
    info.insert(QStringLiteral("originalPath"), originalPath);
    info.insert(QStringLiteral("untitledName"), untitledName);
    info.insert(QStringLiteral("savedAt"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    QSaveFile file(infoPath(key));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(info).toJson()) < 0 || !file.commit())
        throw FileError(QStringLiteral("%1: cannot write: %2")
                            .arg(QDir::toNativeSeparators(infoPath(key)), file.errorString())
                            .toStdString());
}

std::vector<RecoveryStore::Entry> RecoveryStore::entries() const
{
    std::vector<Entry> result;
    const QDir folder(m_folder);
    const QStringList infos =
        folder.entryList({QStringLiteral("*") + kInfoSuffix}, QDir::Files, QDir::Name);
    for (const QString &name : infos) {
        Entry entry;
        entry.key = name.left(name.size() - kInfoSuffix.size());
        entry.modelPath = modelPath(entry.key);
        if (!QFileInfo::exists(entry.modelPath))
            continue;
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject info = QJsonDocument::fromJson(file.readAll()).object();
        entry.originalPath = info.value(QStringLiteral("originalPath")).toString();
        entry.untitledName = info.value(QStringLiteral("untitledName")).toString();
        entry.savedAt = QDateTime::fromString(info.value(QStringLiteral("savedAt")).toString(),
                                              Qt::ISODateWithMs);
        result.push_back(entry);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Entry &a, const Entry &b) { return a.savedAt > b.savedAt; });
    return result;
}

ThreatModel RecoveryStore::read(const Entry &entry)
{
    return openModelFile(toFsPath(entry.modelPath)).model;
}

void RecoveryStore::remove(const QString &key) const
{
    QFile::remove(modelPath(key));
    QFile::remove(infoPath(key));
}

} // namespace vigil
