#pragma once

#include "report/indicatorreport.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace heard {

/// The report pages as HTML. Browser pages are self-contained (inline CSS, inline SVG, no links
/// out). The print form is the subset QTextDocument renders for the PDF: each chart and picture is
/// an <img src="heard:NAME"> whose SVG markup images() returns. Counts only: never free text.
class ReportHtml
{
public:
    enum class Target { Browser, Print };

    ReportHtml(const IndicatorReport &report, Target target);

    /// Earlier round to compare with, and how to name it ("the last round").
    void setComparison(const QList<IndicatorReport::Change> &changes, const QString &earlier);
    /// name -> SVG markup of the pictures the Easy Read page may use (assets/pictures).
    void setPictures(const QHash<QString, QString> &pictures) { m_pictures = pictures; }
    /// What the LA will do next, in short sentences, for the children's page.
    void setNextSteps(const QStringList &sentences) { m_nextSteps = sentences; }
    void setCommentCount(int comments) { m_comments = comments; }

    QString laReport() const;
    QString childReport() const;
    /// name -> SVG markup for every <img src="heard:NAME"> in the last page made (Print target).
    QHash<QString, QString> images() const { return m_images; }

    static QString domainTitle(const QString &domain);
    static QString childDomainTitle(const QString &domain);
    static QString domainPicture(const QString &domain);

private:
    QString chart(const QString &name, const QString &svg) const;
    QString picture(const QString &name, int size) const;
    QString cellText(const IndicatorReport::Cell &cell) const;
    QString countText(const IndicatorReport::Count &count) const;
    QString countTable(const QString &caption, const QString &what,
                       const IndicatorReport::CountTable &table,
                       const QHash<QString, QString> &labels = {}) const;
    QString domainSection(const QString &domain, int index) const;
    QString fewer() const;
    /// What a cell hidden only so that a small one cannot be worked out says.
    static QString protect();
    /// A hidden total: small, or hidden to protect a small group.
    QString hiddenTotal(int total) const;

    const IndicatorReport &m_report;
    Target m_target;
    QList<IndicatorReport::Change> m_changes;
    QString m_earlier;
    bool m_compare = false;
    QHash<QString, QString> m_pictures;
    QStringList m_nextSteps;
    int m_comments = 0;
    mutable QHash<QString, QString> m_images;
};

} // namespace heard
