#include "views/report/PostProcess.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <cstring>

namespace vigil::report {

namespace {

// Replaces every match of `pattern` with `replacement`, which must be as long as the match.
void replaceSameLength(QByteArray &bytes, const QRegularExpression &pattern,
                       const QByteArray &replacement)
{
    // Latin-1 keeps one character per byte, so match offsets are byte offsets.
    const QString text = QString::fromLatin1(bytes);
    auto matches = pattern.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        if (match.capturedLength() == replacement.size())
            std::memcpy(bytes.data() + match.capturedStart(), replacement.constData(),
                        std::size_t(replacement.size()));
    }
}

quint16 le16(const QByteArray &bytes, qsizetype at)
{
    return quint16(quint8(bytes[at]) | (quint8(bytes[at + 1]) << 8));
}

quint32 le32(const QByteArray &bytes, qsizetype at)
{
    return quint32(le16(bytes, at)) | (quint32(le16(bytes, at + 2)) << 16);
}

void putLe16(QByteArray &bytes, qsizetype at, quint16 value)
{
    bytes[at] = char(value & 0xff);
    bytes[at + 1] = char(value >> 8);
}

} // namespace

QByteArray makePdfDeterministic(QByteArray pdf, const QDate &date)
{
    const QDate day = date.isValid() ? date : QDate(2000, 1, 1);
    // Info dictionary: (D:YYYYMMDDHHmmSSZ) or, in local time, (D:YYYYMMDDHHmmSS+HH'mm');
    // XMP: YYYY-MM-DDTHH:mm:SSZ or ...+HH:mm. Midnight UTC of the day, in the same length.
    const QByteArray compact = day.toString(QStringLiteral("yyyyMMdd")).toLatin1();
    const QByteArray iso = day.toString(Qt::ISODate).toLatin1();
    replaceSameLength(pdf, QRegularExpression(QStringLiteral("D:\\d{14}Z")),
                      "D:" + compact + "000000Z");
    replaceSameLength(pdf, QRegularExpression(QStringLiteral("D:\\d{14}[+-]\\d\\d'\\d\\d'")),
                      "D:" + compact + "000000+00'00'");
    replaceSameLength(pdf,
                      QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ")),
                      iso + "T00:00:00Z");
    replaceSameLength(pdf,
                      QRegularExpression(QStringLiteral(
                          "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d")),
                      iso + "T00:00:00+00:00");
    // The file identifier: a digest of the file with the identifier blanked, so it still tells
    // different documents apart.
    static const QRegularExpression id(QStringLiteral("/ID \\[ <([0-9a-f]{32})> <([0-9a-f]{32})> \\]"));
    const QRegularExpressionMatch match = id.match(QString::fromLatin1(pdf));
    if (match.hasMatch()) {
        for (int group : {1, 2})
            std::memset(pdf.data() + match.capturedStart(group), '0', 32);
        const QByteArray digest =
            QCryptographicHash::hash(pdf, QCryptographicHash::Md5).toHex();
        for (int group : {1, 2})
            std::memcpy(pdf.data() + match.capturedStart(group), digest.constData(), 32);
    }
    return pdf;
}

QByteArray makeZipDeterministic(QByteArray zip, const QDate &date)
{
    const QDate day = date.isValid() ? date : QDate(2000, 1, 1);
    // MS-DOS date of the day at midnight.
    const quint16 dosDate = quint16(((day.year() - 1980) << 9) | (day.month() << 5) | day.day());
    // Local file headers (PK\3\4: time at 10, date at 12) and central directory entries
    // (PK\1\2: time at 12, date at 14), found by walking the central directory.
    const qsizetype end = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (end < 0 || end + 22 > zip.size())
        return zip;
    const quint16 entries = le16(zip, end + 10);
    qsizetype at = qsizetype(le32(zip, end + 16));
    for (quint16 i = 0; i < entries && at + 46 <= zip.size(); ++i) {
        if (le32(zip, at) != 0x02014b50)
            break;
        putLe16(zip, at + 12, 0);
        putLe16(zip, at + 14, dosDate);
        const qsizetype local = qsizetype(le32(zip, at + 42));
        if (local + 30 <= zip.size() && le32(zip, local) == 0x04034b50) {
            putLe16(zip, local + 10, 0);
            putLe16(zip, local + 12, dosDate);
        }
        at += 46 + le16(zip, at + 28) + le16(zip, at + 30) + le16(zip, at + 32);
    }
    return zip;
}

QByteArray makePdfTextSearchable(QByteArray pdf)
{
    // Destinations in ToUnicode maps: "[<0054> <2F24> ...]" (bfrange arrays) and the second code
    // of "<cid> <code>" lines (bfchar). Both are four hex digits of one BMP character.
    const auto fix = [&](qsizetype at) {
        bool ok = false;
        const uint code = QByteArray(pdf.constData() + at, 4).toUInt(&ok, 16);
        const bool radical = (code >= 0x2E80 && code <= 0x2EFF) || (code >= 0x2F00 && code <= 0x2FDF);
        if (!ok || !radical)
            return;
        const QString unified = QString(QChar(char16_t(code))).normalized(QString::NormalizationForm_KC);
        if (unified.size() != 1 || unified.front().unicode() == code)
            return;
        const QByteArray hex = QByteArray::number(unified.front().unicode(), 16).toUpper().rightJustified(4, '0');
        std::memcpy(pdf.data() + at, hex.constData(), 4);
    };
    qsizetype start = 0;
    while ((start = pdf.indexOf("/CMapName /Adobe-Identity-UCS", start)) >= 0) {
        const qsizetype end = pdf.indexOf("endcmap", start);
        if (end < 0)
            break;
        for (qsizetype line = start; line < end;) {
            const qsizetype next = std::min(end, pdf.indexOf('\n', line) < 0 ? end : pdf.indexOf('\n', line) + 1);
            const QByteArray text = pdf.mid(line, next - line);
            if (text.contains('[')) {
                for (qsizetype i = text.indexOf('['); (i = text.indexOf('<', i)) >= 0; i += 6)
                    if (i + 5 < text.size() && text[i + 5] == '>')
                        fix(line + i + 1);
            } else if (text.startsWith('<') && text.count('<') == 2 && text.size() >= 13
                       && text[5] == '>' && text[7] == '<' && text[12] == '>') {
                fix(line + 8);
            }
            line = next;
        }
        start = end;
    }
    return pdf;
}

} // namespace vigil::report
