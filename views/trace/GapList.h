#pragma once

// GapList: every gap in the model's traceability chain, from the same stride::checkTraceability
// that `vigil-cli check` runs, worded for the GUI and translated. It refreshes shortly after each
// edit; double-clicking a gap asks, through gapActivated, to show the object to fix.

#include "model/ThreatModel.h"
#include "stride/Traceability.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace vigil {

class Document;

// The gaps of `model` as the Gap list counts them (the packs Vigil ships at their current
// versions): what an approval of a baseline is checked against.
std::vector<stride::Gap> traceabilityGaps(const ThreatModel &model);

class GapList final : public QWidget {
    Q_OBJECT

public:
    explicit GapList(Document *document, QWidget *parent = nullptr);

    const std::vector<stride::Gap> &gaps() const { return m_gaps; }
    QTreeWidget *tree() const { return m_tree; }
    QComboBox *kindFilter() const { return m_kindFilter; }
    QLabel *countLabel() const { return m_count; }
    // Recomputes now (the list otherwise waits a moment after edits).
    void refresh();

    // The translated name of a kind and the sentence for one gap.
    static QString kindLabel(stride::GapKind kind);
    static QString describe(const stride::Gap &gap, const ThreatModel &model);

signals:
    void gapActivated(vigil::stride::GapKind kind, const std::vector<vigil::Id> &ids);
    // The number of gaps changed (for a dock title or a status indicator).
    void countChanged(int count);

private:
    void fill();
    void onActivated(QTreeWidgetItem *item);

    Document *m_document;
    std::vector<stride::Gap> m_gaps;
    QTreeWidget *m_tree = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_refreshTimer = nullptr;
    bool m_columnsSized = false;
};

} // namespace vigil
