#pragma once

// WheelGuard: the mouse wheel over a combo box or spin box that the user has not clicked into
// scrolls the panel around it instead of changing the value. Without it, scrolling a long form
// silently changes whatever value passes under the pointer (and, in Vigil, the threats).

#include <QObject>

class QWidget;

namespace vigil {

class WheelGuard final : public QObject {
    Q_OBJECT

public:
    // Guards one editor; a combo box or spin box, anything else is left alone.
    static void protect(QWidget *editor);
    // Guards every combo box and spin box below `root` that exists now.
    static void protectChildren(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace vigil
