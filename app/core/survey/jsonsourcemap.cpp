#include "survey/jsonsourcemap.h"

#include <QSet>

namespace heard {

/// A forgiving single pass over JSON text that records positions. It never allocates per byte and
/// bounds its recursion, so hostile input cannot exhaust the stack.
class JsonScanner
{
public:
    JsonScanner(const QByteArray &json, JsonSourceMap &map) : m_json(json), m_map(map) {}

    void scanDocument()
    {
        skipSpace();
        value(QString(), 0);
    }

private:
    static constexpr int maxDepth = 512;

    bool atEnd() const { return m_at >= m_json.size(); }
    char peek() const { return atEnd() ? '\0' : m_json.at(m_at); }

    void advance()
    {
        const char c = m_json.at(m_at++);
        if (c == '\n') {
            ++m_pos.line;
            m_pos.column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++m_pos.column; // count characters, not UTF-8 continuation bytes
        }
    }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            advance();
    }

    bool value(const QString &pointer, int depth)
    {
        if (atEnd() || depth > maxDepth)
            return false;
        m_map.m_values.insert(pointer, m_pos);
        switch (peek()) {
        case '{':
            return object(pointer, depth);
        case '[':
            return array(pointer, depth);
        case '"': {
            QString ignored;
            return string(&ignored);
        }
        default:
            return scalar();
        }
    }

    bool object(const QString &pointer, int depth)
    {
        advance(); // {
        skipSpace();
        if (peek() == '}') {
            advance();
            return true;
        }
        QSet<QString> seen;
        while (!atEnd()) {
            skipSpace();
            const JsonSourceMap::Position keyPos = m_pos;
            QString key;
            if (peek() != '"' || !string(&key))
                return false;
            const QString member = pointer + QLatin1Char('/') + JsonSourceMap::escapeToken(key);
            const bool repeated = seen.contains(key);
            seen.insert(key);
            if (repeated) {
                m_map.m_duplicates.append(member);
                m_map.m_duplicateKeys.insert(member, keyPos);
            } else {
                m_map.m_keys.insert(member, keyPos);
            }
            skipSpace();
            if (peek() != ':')
                return false;
            advance();
            skipSpace();
            // A repeated member's value is mapped under a scratch name so the first one's stands.
            if (!value(repeated ? member + QStringLiteral("#repeated") : member, depth + 1))
                return false;
            skipSpace();
            if (peek() == ',') {
                advance();
                continue;
            }
            if (peek() == '}') {
                advance();
                return true;
            }
            return false;
        }
        return false;
    }

    bool array(const QString &pointer, int depth)
    {
        advance(); // [
        skipSpace();
        if (peek() == ']') {
            advance();
            return true;
        }
        for (int index = 0; !atEnd(); ++index) {
            skipSpace();
            if (!value(pointer + QLatin1Char('/') + QString::number(index), depth + 1))
                return false;
            skipSpace();
            if (peek() == ',') {
                advance();
                continue;
            }
            if (peek() == ']') {
                advance();
                return true;
            }
            return false;
        }
        return false;
    }

    // Reads a string literal, decoding escapes (keys become pointer tokens).
    bool string(QString *out)
    {
        advance(); // opening quote
        QByteArray raw;
        while (!atEnd()) {
            const char c = peek();
            if (c == '"') {
                advance();
                *out += QString::fromUtf8(raw);
                return true;
            }
            if (c != '\\') {
                raw.append(c);
                advance();
                continue;
            }
            advance();
            if (atEnd())
                return false;
            const char e = peek();
            advance();
            switch (e) {
            case 'n': raw.append('\n'); break;
            case 't': raw.append('\t'); break;
            case 'r': raw.append('\r'); break;
            case 'b': raw.append('\b'); break;
            case 'f': raw.append('\f'); break;
            case 'u': {
                if (m_at + 4 > m_json.size())
                    return false;
                bool ok = false;
                const uint unit = m_json.mid(m_at, 4).toUInt(&ok, 16);
                if (!ok)
                    return false;
                for (int i = 0; i < 4; ++i)
                    advance();
                *out += QString::fromUtf8(raw);
                raw.clear();
                *out += QChar(char16_t(unit)); // surrogate halves pair up in the QString
                break;
            }
            default: raw.append(e); break; // \" \\ \/
            }
        }
        return false;
    }

    bool scalar()
    {
        const qsizetype start = m_at;
        while (!atEnd()) {
            const char c = peek();
            if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t')
                break;
            advance();
        }
        return m_at > start;
    }

    const QByteArray &m_json;
    JsonSourceMap &m_map;
    qsizetype m_at = 0;
    JsonSourceMap::Position m_pos;
};

JsonSourceMap JsonSourceMap::build(const QByteArray &json)
{
    JsonSourceMap map;
    JsonScanner(json, map).scanDocument();
    return map;
}

JsonSourceMap::Position JsonSourceMap::valuePosition(const QString &pointer) const
{
    for (QString p = pointer;; p = parentOf(p)) {
        if (const auto it = m_values.constFind(p); it != m_values.constEnd())
            return it.value();
        if (p.isEmpty())
            return {};
    }
}

JsonSourceMap::Position JsonSourceMap::duplicateKeyPosition(const QString &pointer) const
{
    return m_duplicateKeys.value(pointer, keyPosition(pointer));
}

JsonSourceMap::Position JsonSourceMap::keyPosition(const QString &pointer) const
{
    if (const auto it = m_keys.constFind(pointer); it != m_keys.constEnd())
        return it.value();
    return valuePosition(pointer);
}

JsonSourceMap::Position JsonSourceMap::positionOfOffset(const QByteArray &json, qsizetype offset)
{
    Position pos;
    const qsizetype end = qBound(qsizetype(0), offset, json.size());
    for (qsizetype i = 0; i < end; ++i) {
        const char c = json.at(i);
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++pos.column;
        }
    }
    return pos;
}

QString JsonSourceMap::escapeToken(const QString &token)
{
    QString escaped = token;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0"));
    escaped.replace(QLatin1Char('/'), QLatin1String("~1"));
    return escaped;
}

QString JsonSourceMap::parentOf(const QString &pointer)
{
    const qsizetype slash = pointer.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QString() : pointer.left(slash);
}

} // namespace heard
