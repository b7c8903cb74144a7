#include "views/report/PostProcess.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>

namespace vigil::report {

namespace {

// Overwrites every stretch of `bytes` that fits `pattern` with `replacement`, which is as long.
// In the pattern, '9' stands for a digit and '~' for '+' or '-'; everything else for itself.
// Leftmost matches first, none overlapping: what a regular expression's global match finds.
void replaceSameLength(std::span<char> bytes, std::string_view pattern,
                       std::string_view replacement)
{
    const std::size_t length = pattern.size();
    if (replacement.size() != length || bytes.size() < length)
        return;
    // Look only where the pattern's first literal character is.
    const std::size_t anchor = pattern.find_first_not_of("9~");
    const char key = pattern[anchor];
    const auto fits = [&](std::size_t start) {
        for (std::size_t i = 0; i < length; ++i) {
            const char c = bytes[start + i];
            const char p = pattern[i];
            if (p == '9' ? (c < '0' || c > '9') : p == '~' ? (c != '+' && c != '-') : c != p)
                return false;
        }
        return true;
    };
    std::size_t at = anchor;
    while (at + (length - anchor) <= bytes.size()) {
        const void *found = std::memchr(bytes.data() + at, key, bytes.size() - at);
        if (!found)
            return;
        const std::size_t keyAt = std::size_t(static_cast<const char *>(found) - bytes.data());
        if (keyAt < anchor) {
            at = keyAt + 1;
            continue;
        }
        const std::size_t start = keyAt - anchor;
        if (start + length <= bytes.size() && fits(start)) {
            std::memcpy(bytes.data() + start, replacement.data(), length);
            at = start + length + anchor;
        } else {
            at = keyAt + 1;
        }
    }
}

bool isLowerHex(std::span<const char> text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
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
    makePdfDeterministic(std::span<char>(pdf.data(), std::size_t(pdf.size())), date);
    return pdf;
}

void makePdfDeterministic(std::span<char> pdf, const QDate &date)
{
    const QDate day = date.isValid() ? date : QDate(2000, 1, 1);
    // Info dictionary: (D:YYYYMMDDHHmmSSZ) or, in local time, (D:YYYYMMDDHHmmSS+HH'mm');
    // XMP: YYYY-MM-DDTHH:mm:SSZ or ...+HH:mm. Midnight UTC of the day, in the same length.
    const std::string compact = day.toString(QStringLiteral("yyyyMMdd")).toStdString();
    const std::string iso = day.toString(Qt::ISODate).toStdString();
    replaceSameLength(pdf, "D:99999999999999Z", "D:" + compact + "000000Z");
    replaceSameLength(pdf, "D:99999999999999~99'99'", "D:" + compact + "000000+00'00'");
    replaceSameLength(pdf, "9999-99-99T99:99:99Z", iso + "T00:00:00Z");
    replaceSameLength(pdf, "9999-99-99T99:99:99~99:99", iso + "T00:00:00+00:00");
    // The file identifier, "/ID [ <32 hex> <32 hex> ]": a digest of the file with the
    // identifier blanked, so it still tells different documents apart.
    const QByteArrayView view(pdf.data(), qsizetype(pdf.size()));
    constexpr std::string_view opening = "/ID [ <";
    for (qsizetype at = 0; (at = view.indexOf(QByteArrayView(opening.data(), qsizetype(opening.size())), at)) >= 0; ++at) {
        const std::size_t first = std::size_t(at) + opening.size();
        const std::size_t second = first + 32 + 3;
        if (second + 32 + 3 > pdf.size())
            break;
        const std::span<char> one = pdf.subspan(first, 32);
        const std::span<char> two = pdf.subspan(second, 32);
        if (!isLowerHex(one) || !isLowerHex(two)
            || std::string_view(pdf.data() + first + 32, 3) != "> <"
            || std::string_view(pdf.data() + second + 32, 3) != "> ]")
            continue;
        std::fill(one.begin(), one.end(), '0');
        std::fill(two.begin(), two.end(), '0');
        const QByteArray digest = QCryptographicHash::hash(view, QCryptographicHash::Md5).toHex();
        std::copy_n(digest.constData(), 32, one.begin());
        std::copy_n(digest.constData(), 32, two.begin());
        break;
    }
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
    makePdfTextSearchable(std::span<char>(pdf.data(), std::size_t(pdf.size())));
    return pdf;
}

void makePdfTextSearchable(std::span<char> bytes)
{
    const QByteArrayView pdf(bytes.data(), qsizetype(bytes.size()));
    // Destinations in ToUnicode maps: "[<0054> <2F24> ...]" (bfrange arrays) and the second code
    // of "<cid> <code>" lines (bfchar). Both are four hex digits of one BMP character.
    const auto fix = [&](qsizetype at) {
        bool ok = false;
        const uint code = QByteArray(pdf.data() + at, 4).toUInt(&ok, 16);
        const bool radical = (code >= 0x2E80 && code <= 0x2EFF) || (code >= 0x2F00 && code <= 0x2FDF);
        if (!ok || !radical)
            return;
        const QString unified = QString(QChar(char16_t(code))).normalized(QString::NormalizationForm_KC);
        if (unified.size() != 1 || unified.front().unicode() == code)
            return;
        const QByteArray hex = QByteArray::number(unified.front().unicode(), 16).toUpper().rightJustified(4, '0');
        std::memcpy(bytes.data() + at, hex.constData(), 4);
    };
    qsizetype start = 0;
    while ((start = pdf.indexOf("/CMapName /Adobe-Identity-UCS", start)) >= 0) {
        const qsizetype end = pdf.indexOf("endcmap", start);
        if (end < 0)
            break;
        for (qsizetype line = start; line < end;) {
            const qsizetype next = std::min(end, pdf.indexOf('\n', line) < 0 ? end : pdf.indexOf('\n', line) + 1);
            const QByteArrayView text = pdf.sliced(line, next - line);
            if (text.contains('[')) {
                for (qsizetype i = text.indexOf('['); (i = text.indexOf('<', i)) >= 0; i += 6)
                    if (i + 5 < text.size() && text[i + 5] == '>')
                        fix(line + i + 1);
            } else if (text.startsWith('<') && std::count(text.begin(), text.end(), '<') == 2 && text.size() >= 13
                       && text[5] == '>' && text[7] == '<' && text[12] == '>') {
                fix(line + 8);
            }
            line = next;
        }
        start = end;
    }
}

} // namespace vigil::report
