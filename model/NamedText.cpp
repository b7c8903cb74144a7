#include "model/NamedText.h"

#include <functional>

namespace vigil {

namespace {

const std::string &emptyText()
{
    static const std::string empty;
    return empty;
}

} // namespace

NamedText::NamedText(std::string literal)
{
    if (!literal.empty())
        m_wording = std::make_shared<const std::string>(std::move(literal));
}

NamedText::NamedText(const char *literal) : NamedText(std::string(literal ? literal : "")) {}

NamedText::NamedText(std::shared_ptr<const std::string> wording, std::vector<std::string> names)
    : m_wording(std::move(wording)), m_names(std::move(names))
{
    if (m_wording && m_wording->empty())
        m_wording.reset();
}

const std::string &NamedText::wording() const
{
    return m_wording ? *m_wording : emptyText();
}

bool NamedText::operator==(const NamedText &other) const
{
    return m_names == other.m_names
           && (m_wording == other.m_wording || wording() == other.wording());
}

void NamedTextBuilder::clear()
{
    m_wording.clear();
    m_names.clear();
}

void NamedTextBuilder::text(std::string_view text)
{
    for (std::size_t from = 0;;) {
        const std::size_t at = text.find(NamedText::kMark, from);
        if (at == std::string_view::npos) {
            m_wording.append(text.substr(from));
            return;
        }
        m_wording.append(text.substr(from, at + 1 - from));
        m_wording += static_cast<char>(NamedText::kLiteralMark);
        from = at + 1;
    }
}

void NamedTextBuilder::text(char c)
{
    text(std::string_view(&c, 1));
}

bool NamedTextBuilder::name(const std::string &id)
{
    std::size_t index = 0;
    while (index < m_names.size() && m_names[index] != id)
        ++index;
    if (index == m_names.size()) {
        if (m_names.size() == NamedText::kMaxNames)
            return false;
        m_names.push_back(id);
    }
    m_wording += NamedText::kMark;
    m_wording += static_cast<char>(NamedText::kFirstIndex + index);
    return true;
}

bool NamedTextBuilder::sameAs(const NamedText &text) const
{
    if (m_names.empty())
        return !text.namesObjects() && text.wording() == plainText();
    return text.names() == m_names && text.wording() == m_wording;
}

std::string NamedTextBuilder::plainText() const
{
    std::string plain;
    plain.reserve(m_wording.size());
    for (std::size_t i = 0; i < m_wording.size(); ++i) {
        plain += m_wording[i];
        if (m_wording[i] == NamedText::kMark)
            ++i; // the kLiteralMark byte after it
    }
    return plain;
}

std::size_t WordingPool::Hash::operator()(std::string_view text) const
{
    return std::hash<std::string_view>()(text);
}

std::shared_ptr<const std::string> WordingPool::intern(const std::string &wording)
{
    if (const auto found = m_wordings.find(std::string_view(wording)); found != m_wordings.end())
        return found->second;
    auto shared = std::make_shared<const std::string>(wording);
    m_wordings.emplace(std::string_view(*shared), shared);
    return shared;
}

} // namespace vigil
