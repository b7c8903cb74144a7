#include "views/report/PostProcess.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <span>
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

// ---------------------------------------------------------------- PDF

namespace {

// "/ID [ <32 hex digits> <32 hex digits> ]": the longest stretch a fix reads at once.
constexpr std::string_view kIdOpening = "/ID [ <";
constexpr qsizetype kIdLength = 7 + 32 + 3 + 32 + 3;
constexpr qsizetype kHeldBack = kIdLength - 1;
constexpr std::string_view kUnicodeMap = "/CMapName /Adobe-Identity-UCS";
constexpr std::string_view kMapEnd = "endcmap";

QByteArrayView view(std::string_view text)
{
    return QByteArrayView(text.data(), qsizetype(text.size()));
}

bool isIdentifierAt(const QByteArray &bytes, qsizetype at)
{
    if (at + kIdLength > bytes.size())
        return false;
    const std::string_view text(bytes.constData() + at, std::size_t(kIdLength));
    return text.starts_with(kIdOpening) && isLowerHex({text.data() + 7, 32})
           && text.substr(39, 3) == "> <" && isLowerHex({text.data() + 42, 32})
           && text.substr(74, 3) == "> ]";
}

} // namespace

PdfFixingDevice::PdfFixingDevice(Out out, const QDate &date) : m_out(std::move(out))
{
    const QDate day = date.isValid() ? date : QDate(2000, 1, 1);
    m_compactDate = day.toString(QStringLiteral("yyyyMMdd")).toStdString();
    m_isoDate = day.toString(Qt::ISODate).toStdString();
    open(QIODevice::WriteOnly);
}

PdfFixingDevice::~PdfFixingDevice()
{
    close();
}

qint64 PdfFixingDevice::writeData(const char *data, qint64 size)
{
    m_held.append(data, qsizetype(size));
    fix(false);
    return size;
}

void PdfFixingDevice::close()
{
    if (!isOpen())
        return;
    fix(true);
    if (m_idAt >= 0) {
        // The file identifier: a digest of the file with the identifier blanked, so that it
        // still tells different documents apart.
        char *id = m_held.data() + m_idAt;
        std::fill_n(id + 7, 32, '0');
        std::fill_n(id + 42, 32, '0');
        m_digest.addData(QByteArrayView(m_held));
        const QByteArray digest = m_digest.result().toHex();
        std::copy_n(digest.constData(), 32, id + 7);
        std::copy_n(digest.constData(), 32, id + 42);
    }
    m_out(m_held.constData(), m_held.size());
    m_held.clear();
    QIODevice::close();
}

// Fixes what has come in, then passes on all that no fix can still need.
void PdfFixingDevice::fix(bool last)
{
    // A stretch a fix reads is at most kIdLength long: one that starts before `settled` has
    // come in whole.
    const qsizetype settled = last ? m_held.size() : std::max<qsizetype>(0, m_held.size() - kHeldBack);
    fixDates(m_datesFixedTo);
    m_datesFixedTo = m_held.size();

    for (;;) {
        if (m_mapAt < 0) {
            const qsizetype at = QByteArrayView(m_held).indexOf(view(kUnicodeMap), m_mapSearch);
            if (at < 0 || at >= settled) {
                m_mapSearch = std::max(m_mapSearch, settled);
                break;
            }
            m_mapAt = at;
            m_mapSearch = at + qsizetype(kUnicodeMap.size());
        }
        const qsizetype end = QByteArrayView(m_held).indexOf(view(kMapEnd), m_mapSearch);
        if (end < 0) {
            m_mapSearch = std::max(m_mapSearch, m_held.size() - qsizetype(kMapEnd.size()) + 1);
            break;
        }
        fixUnicodeMap(m_mapAt, end);
        m_mapAt = -1;
        m_mapSearch = end;
    }

    while (m_idAt < 0) {
        const qsizetype at = QByteArrayView(m_held).indexOf(view(kIdOpening), m_idSearch);
        if (at < 0 || at >= settled) {
            m_idSearch = std::max(m_idSearch, settled);
            break;
        }
        if (isIdentifierAt(m_held, at))
            m_idAt = at;
        m_idSearch = at + 1;
    }

    if (last)
        return; // close() passes on the rest
    qsizetype passable = settled;
    if (m_mapAt >= 0)
        passable = std::min(passable, m_mapAt);
    if (m_idAt >= 0)
        passable = std::min(passable, m_idAt);
    // Passing on shifts what is held: only worth it for more than a little.
    if (passable >= 64 * 1024 || (passable > 0 && m_held.size() >= 256 * 1024))
        pass(passable);
}

void PdfFixingDevice::pass(qsizetype count)
{
    m_digest.addData(QByteArrayView(m_held.constData(), count));
    m_out(m_held.constData(), count);
    m_held.remove(0, count);
    const auto shift = [count](qsizetype &at) { at = at < 0 ? at : std::max<qsizetype>(0, at - count); };
    shift(m_datesFixedTo);
    shift(m_mapSearch);
    shift(m_mapAt);
    shift(m_idSearch);
    shift(m_idAt);
}

// Info dictionary: (D:YYYYMMDDHHmmSSZ) or, in local time, (D:YYYYMMDDHHmmSS+HH'mm'); XMP:
// YYYY-MM-DDTHH:mm:SSZ or ...+HH:mm. Each becomes midnight UTC of the day, in the same length.
// A date may have begun in what came before `from`; a date fixed twice stays the same.
void PdfFixingDevice::fixDates(qsizetype from)
{
    const qsizetype start = std::max<qsizetype>(0, from - kHeldBack);
    const std::span<char> bytes(m_held.data() + start, std::size_t(m_held.size() - start));
    replaceSameLength(bytes, "D:99999999999999Z", "D:" + m_compactDate + "000000Z");
    replaceSameLength(bytes, "D:99999999999999~99'99'", "D:" + m_compactDate + "000000+00'00'");
    replaceSameLength(bytes, "9999-99-99T99:99:99Z", m_isoDate + "T00:00:00Z");
    replaceSameLength(bytes, "9999-99-99T99:99:99~99:99", m_isoDate + "T00:00:00+00:00");
}

// Destinations in a ToUnicode map, [begin, end) of what is held: "[<0054> <2F24> ...]"
// (bfrange arrays) and the second code of "<cid> <code>" lines (bfchar). Both are four hex
// digits of one BMP character.
void PdfFixingDevice::fixUnicodeMap(qsizetype begin, qsizetype end)
{
    const auto fixCode = [&](qsizetype at) {
        bool ok = false;
        const uint code = QByteArray(m_held.constData() + at, 4).toUInt(&ok, 16);
        const bool radical = (code >= 0x2E80 && code <= 0x2EFF) || (code >= 0x2F00 && code <= 0x2FDF);
        if (!ok || !radical)
            return;
        const QString unified = QString(QChar(char16_t(code))).normalized(QString::NormalizationForm_KC);
        if (unified.size() != 1 || unified.front().unicode() == code)
            return;
        const QByteArray hex = QByteArray::number(unified.front().unicode(), 16).toUpper().rightJustified(4, '0');
        std::memcpy(m_held.data() + at, hex.constData(), 4);
    };
    const QByteArrayView map(m_held.constData(), m_held.size());
    for (qsizetype line = begin; line < end;) {
        const qsizetype newline = map.indexOf('\n', line);
        const qsizetype next = newline < 0 ? end : std::min(end, newline + 1);
        const QByteArrayView text = map.sliced(line, next - line);
        if (text.contains('[')) {
            for (qsizetype i = text.indexOf('['); (i = text.indexOf('<', i)) >= 0; i += 6)
                if (i + 5 < text.size() && text[i + 5] == '>')
                    fixCode(line + i + 1);
        } else if (text.startsWith('<') && std::count(text.begin(), text.end(), '<') == 2
                   && text.size() >= 13 && text[5] == '>' && text[7] == '<' && text[12] == '>') {
            fixCode(line + 8);
        }
        line = next;
    }
}

} // namespace vigil::report
