#include "model/ThreatModel.h"
#include <QtTest>
class TestThreatModel : public QObject { Q_OBJECT };
QTEST_APPLESS_MAIN(TestThreatModel)
#include "tst_threatmodel.moc"
