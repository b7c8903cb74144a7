#include "model/import/XmlSafety.h"

#include <pugixml.hpp>

#include <algorithm>

namespace vigil {

namespace {

std::string errorText(const std::string &fileName, const std::string &problem, std::size_t line,
                      std::size_t column)
{
    if (line == 0)
        return fileName + ": " + problem;
    return fileName + ": line " + std::to_string(line) + ", column " + std::to_string(column)
           + ": " + problem;
}

const char *const kDtdRefused = "a DTD (<!DOCTYPE ...>) is not allowed";

XmlError errorAt(const std::string &fileName, std::string_view bytes, std::ptrdiff_t offset,
                 const std::string &problem)
{
    if (offset < 0)
        return XmlError(fileName, problem);
    const TextPosition position = positionAt(bytes, static_cast<std::size_t>(offset));
    return XmlError(fileName, problem, position.line, position.column);
}

// Where an element starts: pugixml's offset_debug() is that of its name, one past the '<'.
std::ptrdiff_t elementOffset(pugi::xml_node element)
{
    const std::ptrdiff_t offset = element.offset_debug();
    return offset > 0 ? offset - 1 : offset;
}

bool onlyWhitespace(std::string_view bytes)
{
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") // UTF-8 byte order mark
        bytes.remove_prefix(3);
    return std::all_of(bytes.begin(), bytes.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    });
}

// pugixml reports a document that ends with elements still open as a tag mismatch at its last
// byte.
bool endsEarly(const pugi::xml_parse_result &result, std::size_t size)
{
    return result.status == pugi::status_end_element_mismatch && result.offset >= 0
           && static_cast<std::size_t>(result.offset) + 1 >= size;
}

std::string parseProblem(const pugi::xml_parse_result &result, std::size_t size)
{
    switch (result.status) {
    case pugi::status_unrecognized_tag:
        return "unrecognised markup after '<'";
    case pugi::status_bad_pi:
        return "malformed XML declaration or processing instruction";
    case pugi::status_bad_comment:
        return "malformed comment";
    case pugi::status_bad_cdata:
        return "malformed CDATA section";
    case pugi::status_bad_doctype:
        return kDtdRefused;
    case pugi::status_bad_pcdata:
        return "malformed text";
    case pugi::status_bad_start_element:
        return "malformed start tag";
    case pugi::status_bad_attribute:
        return "malformed attribute";
    case pugi::status_bad_end_element:
        return "malformed end tag";
    case pugi::status_end_element_mismatch:
        return endsEarly(result, size) ? "the document ends inside an element (a truncated file?)"
                                       : "end tag does not match the open element";
    case pugi::status_out_of_memory:
        return "out of memory";
    default:
        return std::string("not well-formed XML: ") + result.description();
    }
}

// Walks the whole tree without recursion (through parent and sibling links), refusing a DOCTYPE
// wherever it is and elements deeper than kMaxXmlDepth.
void checkTree(const pugi::xml_document &document, std::string_view bytes,
               const std::string &fileName)
{
    pugi::xml_node node = document.first_child();
    std::size_t depth = 1; // of `node`: the document's children are at depth 1
    std::size_t rootElements = 0;
    while (node) {
        if (node.type() == pugi::node_doctype) {
            // offset_debug() is that of the DOCTYPE's content; report where it starts.
            std::ptrdiff_t offset = node.offset_debug();
            if (offset >= 0) {
                const std::size_t start =
                    bytes.rfind("<!DOCTYPE", static_cast<std::size_t>(offset));
                if (start != std::string_view::npos)
                    offset = static_cast<std::ptrdiff_t>(start);
            }
            throw errorAt(fileName, bytes, offset, kDtdRefused);
        }
        if (node.type() == pugi::node_element) {
            if (depth > kMaxXmlDepth)
                throw errorAt(fileName, bytes, elementOffset(node),
                              "elements nested deeper than " + std::to_string(kMaxXmlDepth)
                                  + " levels");
            if (depth == 1 && ++rootElements > 1)
                throw errorAt(fileName, bytes, elementOffset(node),
                              "more than one root element");
        }
        if (pugi::xml_node child = node.first_child()) {
            node = child;
            ++depth;
            continue;
        }
        while (!node.next_sibling()) {
            node = node.parent();
            if (--depth == 0)
                return; // back at the document node
        }
        node = node.next_sibling();
    }
}

} // namespace

XmlError::XmlError(const std::string &fileName, const std::string &problem, std::size_t line,
                   std::size_t column)
    : std::runtime_error(errorText(fileName, problem, line, column)), m_fileName(fileName),
      m_line(line), m_column(column)
{}

TextPosition positionAt(std::string_view bytes, std::size_t offset)
{
    offset = std::min(offset, bytes.size());
    TextPosition position{1, 1};
    for (std::size_t i = 0; i < offset; ++i) {
        const char c = bytes[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))) {
            ++position.line;
            position.column = 1;
        } else if (c != '\r') {
            ++position.column;
        }
    }
    return position;
}

pugi::xml_document loadXmlSafely(std::string_view bytes, const std::string &fileName)
{
    if (bytes.size() > kMaxXmlBytes)
        throw XmlError(fileName, "the file is " + std::to_string(bytes.size())
                                     + " bytes; XML files larger than "
                                     + std::to_string(kMaxXmlBytes / (1024 * 1024))
                                     + " MiB are not read");
    if (onlyWhitespace(bytes))
        throw XmlError(fileName, "the file is empty");

    // parse_doctype keeps a DOCTYPE as a node so that it can be refused; nothing in the default
    // options expands entities beyond &lt; &gt; &amp; &apos; &quot; and character references.
    pugi::xml_document document;
    const unsigned options = pugi::parse_default | pugi::parse_doctype;
    const pugi::xml_parse_result result =
        document.load_buffer(bytes.data(), bytes.size(), options);
    if (result.status == pugi::status_no_document_element)
        throw XmlError(fileName, "no root element"); // any position would be arbitrary
    if (!result) {
        // A truncated file is reported where it ends.
        const std::ptrdiff_t offset = endsEarly(result, bytes.size())
                                          ? static_cast<std::ptrdiff_t>(bytes.size())
                                          : result.offset;
        throw errorAt(fileName, bytes, offset, parseProblem(result, bytes.size()));
    }
    checkTree(document, bytes, fileName);
    return document;
}

} // namespace vigil
