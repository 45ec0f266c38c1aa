#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace heard {

/// Where each value of a JSON document sits in its text, by JSON pointer (RFC 6901), and which
/// object members repeat a key. Qt's JSON parser keeps neither, and authors need both: a problem
/// is only useful with the line and column to go to.
class JsonSourceMap
{
public:
    struct Position
    {
        int line = 1;   ///< 1-based
        int column = 1; ///< 1-based, in characters
    };

    /// Scans @p json. Safe on any input: on text that is not JSON it stops where it gets lost and
    /// keeps what it mapped so far.
    static JsonSourceMap build(const QByteArray &json);

    /// The position of the value at @p pointer, or of its nearest mapped ancestor.
    Position valuePosition(const QString &pointer) const;
    /// The position of the member name of @p pointer (for "unknown field"), else its value's.
    Position keyPosition(const QString &pointer) const;
    /// The position of the repeated (second) occurrence of a duplicated member name.
    Position duplicateKeyPosition(const QString &pointer) const;
    /// Pointers of members whose key already appeared earlier in the same object.
    const QStringList &duplicateKeys() const { return m_duplicates; }

    /// Line and column of a byte offset, as QJsonParseError reports it.
    static Position positionOfOffset(const QByteArray &json, qsizetype offset);
    /// Escapes one reference token: "~" -> "~0", "/" -> "~1".
    static QString escapeToken(const QString &token);
    static QString parentOf(const QString &pointer);

private:
    friend class JsonScanner;
    QHash<QString, Position> m_values;
    QHash<QString, Position> m_keys;
    QHash<QString, Position> m_duplicateKeys;
    QStringList m_duplicates;
};

} // namespace heard
