#pragma once

// Fixes applied to the bytes Qt writes.
//
// Same model, language and date: same bytes. Qt stamps PDFs and ZIP packages with the time of
// writing (and PDF/A files with a random document id); these rewrite exactly those fields in
// place, with values of the same length derived from the date and the content, so offsets and
// cross-references stay valid.

#include <QByteArray>
#include <QDate>

#include <span>

namespace vigil::report {

QByteArray makePdfDeterministic(QByteArray pdf, const QDate &date);
// The same in place, on bytes held anywhere (a PDF file mapped into memory).
void makePdfDeterministic(std::span<char> pdf, const QDate &date);
QByteArray makeZipDeterministic(QByteArray zip, const QDate &date);

// CJK fonts map a Kangxi radical and the ideograph it looks like (U+2F24 and U+5927, "大") to
// one glyph, and Qt's text map back to Unicode may pick the radical: a search for 大量 then
// finds nothing. This rewrites such entries of the PDF's ToUnicode maps to the ideograph (the
// Unicode compatibility mapping), in place, keeping every length.
QByteArray makePdfTextSearchable(QByteArray pdf);
void makePdfTextSearchable(std::span<char> pdf);

} // namespace vigil::report
