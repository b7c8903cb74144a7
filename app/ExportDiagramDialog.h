#pragma once

// File > Export Diagram's options, asked once the file name is chosen: the format follows the
// name's extension (PNG, SVG or PDF); what the picture shows (the live threat-count badges, off
// by default; a legend of the notation; a title block with model, diagram, revision and date);
// and its size (a scale and, for PNG, a resolution, or fitted to landscape A4 or Letter with
// text kept readable, on several pages when it must be). The choices are remembered with
// QSettings (exportDiagram/...), except the revision, which belongs to the model.

#include "views/diagram/DiagramExport.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace vigil {

class ExportDiagramDialog final : public QDialog {
    Q_OBJECT

public:
    explicit ExportDiagramDialog(const QString &path, QWidget *parent = nullptr);

    // The choices; the caller fills in the texts of the title block but the revision (model
    // and diagram names, date).
    DiagramExportSettings settings() const;
    // The choices remembered from the last export (defaults the first time).
    static DiagramExportSettings rememberedSettings();
    // The extension of the last export, without the dot ("png" the first time).
    static QString rememberedSuffix();

    void accept() override;

private:
    void updateEnabled();

    QString m_suffix;
    QCheckBox *m_badges = nullptr;
    QCheckBox *m_legend = nullptr;
    QCheckBox *m_titleBlock = nullptr;
    QLineEdit *m_revision = nullptr;
    QRadioButton *m_actualSize = nullptr;
    QRadioButton *m_fitToPaper = nullptr;
    QSpinBox *m_scale = nullptr;
    QSpinBox *m_dpi = nullptr;
    QLabel *m_dpiLabel = nullptr;
    QComboBox *m_paper = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace vigil
