#include "model/import/JUnitXml.h"

#include "model/ModelFile.h"

#include <pugixml.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <system_error>

namespace vigil {

namespace {

constexpr std::string_view kBlank = " \t\r\n";

std::string trimmed(std::string_view text)
{
    const std::size_t first = text.find_first_not_of(kBlank);
    if (first == std::string_view::npos)
        return {};
    const std::size_t last = text.find_last_not_of(kBlank);
    return std::string(text.substr(first, last - first + 1));
}

std::string firstNonBlankLine(std::string_view text)
{
    while (!text.empty()) {
        const std::size_t end = text.find_first_of("\r\n");
        std::string line = trimmed(text.substr(0, end));
        if (!line.empty())
            return line;
        if (end == std::string_view::npos)
            break;
        text.remove_prefix(end + 1);
    }
    return {};
}

// The element's own text: its text and CDATA children, in order.
std::string ownText(pugi::xml_node element)
{
    std::string text;
    for (pugi::xml_node child : element.children())
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)
            text += child.value();
    return text;
}

bool hasName(pugi::xml_node node, const char *name) { return std::strcmp(node.name(), name) == 0; }

// A test the tool reports as not run without a <skipped> child.
bool notRunByAttribute(pugi::xml_node testcase)
{
    const std::string_view status = testcase.attribute("status").value();
    const std::string_view result = testcase.attribute("result").value();
    return status == "notrun" || status == "disabled" || status == "skipped"
           || result == "skipped" || result == "suppressed";
}

class Reader {
public:
    Reader(std::string_view bytes, const std::string &fileName)
        : m_bytes(bytes), m_fileName(fileName)
    {}

    JUnitReport read()
    {
        const pugi::xml_document document = loadXmlSafely(m_bytes, m_fileName);
        const pugi::xml_node root = document.document_element();
        Context context;
        if (hasName(root, "testsuite")) {
            context = enterSuite(root, context);
        } else if (hasName(root, "testsuites")) {
            context.timestamp = root.attribute("timestamp").value();
        } else {
            const TextPosition position =
                positionAt(m_bytes, static_cast<std::size_t>(std::max<std::ptrdiff_t>(
                                        root.offset_debug() - 1, 0))); // at the '<'
            throw XmlError(m_fileName,
                           std::string("not a JUnit report: root element <") + root.name() + ">",
                           position.line, position.column);
        }

        // Depth-first in document order with an explicit stack: each frame is a container
        // (<testsuites> or <testsuite>) and the next of its children to visit.
        std::vector<Frame> stack{{root.first_child(), context}};
        while (!stack.empty()) {
            Frame &frame = stack.back();
            const pugi::xml_node node = frame.next;
            if (!node) {
                stack.pop_back();
                continue;
            }
            frame.next = node.next_sibling();
            if (node.type() != pugi::node_element)
                continue;
            if (hasName(node, "testcase")) {
                readCase(node, frame.context);
            } else if (hasName(node, "testsuite")) {
                Context inner = enterSuite(node, frame.context);
                stack.push_back({node.first_child(), std::move(inner)});
            } else if (hasName(node, "testsuites")) {
                Context inner = frame.context;
                if (const char *stamp = node.attribute("timestamp").value(); *stamp)
                    inner.timestamp = stamp;
                stack.push_back({node.first_child(), std::move(inner)});
            } else if (hasName(node, "failure") || hasName(node, "error")) {
                warn(node, std::string("<") + node.name()
                               + "> outside any <testcase> (the suite itself did not run): "
                               + message(node));
            }
            // <properties>, <system-out>, <system-err> and tool extensions carry nothing we use.
        }
        return std::move(m_report);
    }

private:
    struct Context {
        std::string suite;
        std::string timestamp;
    };
    struct Frame {
        pugi::xml_node next;
        Context context;
    };

    // The line of a node, by binary search in the line starts (found once, on the first warning),
    // so that many warnings in a large file stay cheap. Same line ends as positionAt().
    std::size_t lineOf(pugi::xml_node node)
    {
        const std::ptrdiff_t offset = node.offset_debug();
        if (offset < 0)
            return 0;
        if (m_lineStarts.empty()) {
            m_lineStarts.push_back(0);
            for (std::size_t i = 0; i < m_bytes.size(); ++i) {
                const char c = m_bytes[i];
                const bool crlf = c == '\r' && i + 1 < m_bytes.size() && m_bytes[i + 1] == '\n';
                if (c == '\n' || (c == '\r' && !crlf))
                    m_lineStarts.push_back(i + 1);
            }
        }
        const auto after = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(),
                                            static_cast<std::size_t>(offset));
        return static_cast<std::size_t>(after - m_lineStarts.begin());
    }

    void warn(pugi::xml_node node, const std::string &problem)
    {
        const std::size_t line = lineOf(node);
        m_report.warnings.push_back(m_fileName + ": "
                                    + (line ? "line " + std::to_string(line) + ": " : "")
                                    + problem);
    }

    Context enterSuite(pugi::xml_node suite, const Context &outer)
    {
        Context context = outer;
        if (const char *name = suite.attribute("name").value(); *name)
            context.suite = name;
        else
            warn(suite, "<testsuite> without a name"
                        + (outer.suite.empty() ? std::string()
                                               : "; its cases are counted in \"" + outer.suite
                                                     + "\""));
        if (const char *stamp = suite.attribute("timestamp").value(); *stamp)
            context.timestamp = stamp;
        return context;
    }

    static std::string message(pugi::xml_node element)
    {
        std::string text = trimmed(element.attribute("message").value());
        return text.empty() ? firstNonBlankLine(ownText(element)) : text;
    }

    void readCase(pugi::xml_node testcase, const Context &context)
    {
        JUnitCase result;
        result.name = testcase.attribute("name").value();
        if (result.name.empty()) {
            warn(testcase, "<testcase> without a name; left out");
            return;
        }
        result.suite = context.suite;
        result.classname = testcase.attribute("classname").value();
        if (result.classname.empty()) // older PHPUnit writes class="..." only
            result.classname = testcase.attribute("class").value();
        result.timestamp = testcase.attribute("timestamp").value();
        if (result.timestamp.empty())
            result.timestamp = context.timestamp;

        if (const pugi::xml_attribute time = testcase.attribute("time")) {
            const std::string text = trimmed(time.value());
            double seconds = 0;
            const char *end = text.data() + text.size();
            const auto [stop, error] = std::from_chars(text.data(), end, seconds);
            if (error == std::errc() && stop == end && std::isfinite(seconds) && seconds >= 0)
                result.seconds = seconds;
            else
                warn(testcase, "<testcase name=\"" + result.name + "\"> has time=\""
                                   + time.value()
                                   + "\", which is not a number of seconds; 0 used");
        }

        pugi::xml_node decider;
        if ((decider = testcase.child("failure")))
            result.outcome = "fail";
        else if ((decider = testcase.child("error")))
            result.outcome = "error";
        else if ((decider = testcase.child("skipped")))
            result.outcome = "skipped";
        else
            result.outcome = notRunByAttribute(testcase) ? "skipped" : "pass";
        if (decider)
            result.message = message(decider);

        m_report.cases.push_back(std::move(result));
    }

    std::string_view m_bytes;
    const std::string &m_fileName;
    JUnitReport m_report;
    std::vector<std::size_t> m_lineStarts; // byte offsets at which lines start
};

} // namespace

JUnitReport readJUnitXml(std::string_view bytes, const std::string &fileName)
{
    return Reader(bytes, fileName).read();
}

JUnitReport readJUnitXmlFile(const std::filesystem::path &path)
{
    const std::string name = path.string();
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (!error && size > kMaxXmlBytes)
        throw XmlError(name, "the file is " + std::to_string(size)
                                 + " bytes; XML files larger than "
                                 + std::to_string(kMaxXmlBytes / (1024 * 1024))
                                 + " MiB are not read");
    std::string content;
    try {
        // Refuses folders, pipes and devices, and files over the limit, before reading.
        content = readInputFile(path, kMaxXmlBytes, "a JUnit XML file");
    } catch (const FileError &refused) {
        std::string problem = refused.what();
        if (problem.rfind(name + ": ", 0) == 0)
            problem.erase(0, name.size() + 2);
        throw XmlError(name, problem);
    }
    return readJUnitXml(content, name);
}

std::vector<std::string> referenceKeys(const JUnitCase &testCase)
{
    std::vector<std::string> keys;
    const std::string &name = testCase.name;
    if (name.empty())
        return keys;
    const auto add = [&keys](std::string key) {
        if (std::find(keys.begin(), keys.end(), key) == keys.end())
            keys.push_back(std::move(key));
    };
    const auto addQualified = [&](const std::string &qualifier) {
        if (!qualifier.empty())
            add(qualifier + "." + name);
    };
    // ctest names its unnamed suite "(empty)" and repeats the test name as the classname: such a
    // case is referenced by its name alone.
    if (testCase.classname == name) {
        if (name.find('.') != std::string::npos)
            add(name);
        if (testCase.suite != "(empty)")
            addQualified(testCase.suite);
        return keys;
    }
    addQualified(testCase.suite);
    addQualified(testCase.classname);
    if (const std::size_t dot = testCase.classname.rfind('.'); dot != std::string::npos)
        addQualified(testCase.classname.substr(dot + 1));
    if (name.find('.') != std::string::npos)
        add(name);
    return keys;
}

} // namespace vigil
