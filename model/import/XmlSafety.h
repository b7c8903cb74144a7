#pragma once

// Loading XML from outside (JUnit reports from CI, Microsoft TMT .tm7 files) with pugixml, safely:
// a size limit before parsing, no DTD at all (so no entity expansion, internal or external: the
// "billion laughs" and XXE attacks have nothing to work with), and a depth limit checked
// iteratively after parsing, so that code walking the tree never meets a pathological nesting.
// Errors name the file and, where pugixml gives a position, the line and column.

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace pugi {
class xml_document;
}

namespace vigil {

// The largest XML file read at all: 256 MiB. A JUnit report of a large CI run with stack traces is
// a few MiB, a .tm7 model with embedded pictures a few tens; pugixml's DOM needs about as much
// memory again as the file, so this keeps a hostile or mistaken input within a desktop's means.
inline constexpr std::size_t kMaxXmlBytes = std::size_t{256} * 1024 * 1024;

// The deepest element nesting accepted: 256 (the root element is at depth 1). Real reports nest
// <testsuite> elements a handful of levels (Maven, Jest, PHPUnit); .tm7 files about a dozen.
inline constexpr std::size_t kMaxXmlDepth = 256;

// Bad XML input. what() is "<file>: line L, column C: <problem>", or "<file>: <problem>" when no
// position applies, on one line.
class XmlError : public std::runtime_error {
public:
    XmlError(const std::string &fileName, const std::string &problem, std::size_t line = 0,
             std::size_t column = 0);

    const std::string &fileName() const { return m_fileName; }
    std::size_t line() const { return m_line; }     // 1-based; 0 when unknown
    std::size_t column() const { return m_column; } // 1-based, in bytes; 0 when unknown

private:
    std::string m_fileName;
    std::size_t m_line = 0;
    std::size_t m_column = 0;
};

struct TextPosition {
    std::size_t line = 0;   // 1-based
    std::size_t column = 0; // 1-based, in bytes
};

// The line and column of byte `offset` in `bytes` (an offset past the end is clamped to the end).
// Lines end at "\n", "\r\n" or a lone "\r".
TextPosition positionAt(std::string_view bytes, std::size_t offset);

// Parses `bytes` (the content of `fileName`, which only names it in errors) into a DOM.
// Refuses, with an XmlError: more than kMaxXmlBytes, an empty document, malformed XML, any
// <!DOCTYPE> (with its internal subset, that is where entities are declared; pugixml itself never
// expands an entity other than the five predefined ones and character references), and elements
// nested deeper than kMaxXmlDepth. Comments and processing instructions are dropped.
// Positions (XmlError::line(), pugi::xml_node::offset_debug()) are byte offsets into `bytes` for
// UTF-8 and ASCII input, which is what every JUnit writer produces; for UTF-16 input they are
// offsets into pugixml's converted copy.
// Declared here without pugixml's header; a caller includes <pugixml.hpp> to use the result.
pugi::xml_document loadXmlSafely(std::string_view bytes, const std::string &fileName);

} // namespace vigil
