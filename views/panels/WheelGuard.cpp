#include "views/panels/WheelGuard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace vigil {

void WheelGuard::protect(QWidget *editor)
{
    if (!qobject_cast<QComboBox *>(editor) && !qobject_cast<QAbstractSpinBox *>(editor))
        return;
    // Focus by click or Tab only, so that a wheel turn never gives the editor focus.
    editor->setFocusPolicy(Qt::StrongFocus);
    editor->installEventFilter(new WheelGuard(editor));
}

void WheelGuard::protectChildren(QWidget *root)
{
    for (QComboBox *combo : root->findChildren<QComboBox *>())
        protect(combo);
    for (QAbstractSpinBox *spin : root->findChildren<QAbstractSpinBox *>())
        protect(spin);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel)
        return false;
    auto *editor = qobject_cast<QWidget *>(watched);
    if (!editor || editor->hasFocus())
        return false;
    for (QWidget *ancestor = editor->parentWidget(); ancestor;
         ancestor = ancestor->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(ancestor)) {
            QCoreApplication::sendEvent(area->viewport(), event);
            return true;
        }
    }
    return true; // nothing to scroll: the value still must not change
}

} // namespace vigil
