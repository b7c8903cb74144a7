#pragma once

// Fixes applied to the bytes Qt writes.
//
// Same model, language and date: same bytes. Qt stamps PDFs and ZIP packages with the time of
// writing (and PDF/A files with a random document id); these rewrite exactly those fields,
// with values of the same length derived from the date and the content, so offsets and
// cross-references stay valid.
//
// CJK fonts map a Kangxi radical and the ideograph it looks like (U+2F24 and U+5927, "大") to
// one glyph, and Qt's text map back to Unicode may pick the radical: a search for 大量 then
// finds nothing. PDFs get such entries of their ToUnicode maps rewritten to the ideograph (the
// Unicode compatibility mapping), keeping every length.

#include <QByteArray>
#include <QCryptographicHash>
#include <QDate>
#include <QIODevice>

#include <functional>
#include <string>

namespace vigil::report {

QByteArray makeZipDeterministic(QByteArray zip, const QDate &date);

// A write-only device for QPdfWriter that passes the PDF on to `out` with the fixes above made
// on the way. It holds back only what a fix may still need (the last few bytes, a font's map to
// Unicode until its end, the trailer from the file identifier on), so a PDF of thousands of
// pages is never held whole. close() passes on the rest; a PDF is whole only after it.
class PdfFixingDevice final : public QIODevice {
public:
    using Out = std::function<void(const char *data, qsizetype size)>;

    PdfFixingDevice(Out out, const QDate &date);
    ~PdfFixingDevice() override;

    bool isSequential() const override { return true; }
    void close() override;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    void fix(bool last);
    void fixDates(qsizetype from);
    void fixUnicodeMap(qsizetype begin, qsizetype end);
    void pass(qsizetype count);

    Out m_out;
    std::string m_compactDate; // YYYYMMDD
    std::string m_isoDate;     // YYYY-MM-DD
    QByteArray m_held;         // written, not yet passed on
    qsizetype m_datesFixedTo = 0; // in m_held: where the last search for dates ended
    qsizetype m_mapSearch = 0;    // where to look for the next ToUnicode map
    qsizetype m_mapAt = -1;       // an unfinished ToUnicode map
    qsizetype m_idSearch = 0;     // where to look for the file identifier
    qsizetype m_idAt = -1;        // the file identifier, once found
    QCryptographicHash m_digest{QCryptographicHash::Md5}; // of what was passed on
};

} // namespace vigil::report
