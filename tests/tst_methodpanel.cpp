// The Method panel's remembered options: a value the user changed survives a restart; a value
// left at its default follows the default of the newer version.
#include "MethodPanel.h"

#include <QApplication>
#include <QSettings>
#include <QTest>

namespace {

MethodInfo methodWithStart(double startDefault)
{
    MethodInfo info;
    info.id = QStringLiteral("ping-pong");
    info.displayName = QStringLiteral("Ping-pong");
    info.scales = {4, 8};
    info.iterative = true;
    MethodParameter start;
    start.key = QStringLiteral("start");
    start.label = QStringLiteral("Start");
    start.kind = MethodParameter::Kind::Real;
    start.defaultValue = startDefault;
    start.minimum = 0.05;
    start.maximum = 1.0;
    MethodParameter eta = start;
    eta.key = QStringLiteral("eta");
    eta.label = QStringLiteral("η");
    eta.defaultValue = 0.2;
    eta.minimum = 0.0;
    info.parameters = {start, eta};
    return info;
}

double restoredValue(const QString &key, double startDefault)
{
    MethodPanel panel;
    panel.setMethods({methodWithStart(startDefault)});
    panel.restoreSettings();
    return panel.options().parameters.value(key).toDouble();
}

} // namespace

class MethodPanelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
    }

    void untouchedValueFollowsANewDefault()
    {
        {
            MethodPanel panel;
            panel.setMethods({methodWithStart(1.0)});
            panel.setMethodId(QStringLiteral("ping-pong"));
            panel.saveSettings();
        }
        QCOMPARE(restoredValue(QStringLiteral("start"), 0.5), 0.5);
        QCOMPARE(restoredValue(QStringLiteral("eta"), 0.5), 0.2);
    }

    void changedValueSurvivesANewDefault()
    {
        {
            MethodPanel panel;
            panel.setMethods({methodWithStart(1.0)});
            panel.setMethodId(QStringLiteral("ping-pong"));
            RestoreOptions options = panel.options();
            options.parameters.insert(QStringLiteral("start"), 0.8);
            options.parameters.insert(QStringLiteral("eta"), 0.0);
            panel.setOptions(options);
            panel.saveSettings();
        }
        QCOMPARE(restoredValue(QStringLiteral("start"), 0.5), 0.8);
        QCOMPARE(restoredValue(QStringLiteral("eta"), 0.5), 0.0);
    }

    void optionsSavedWithoutDefaultsFallBackToTheDefaults()
    {
        // What an earlier version wrote: the options, and no record of the defaults.
        QSettings().setValue(QStringLiteral("method"), QStringLiteral("ping-pong"));
        QSettings().setValue(QStringLiteral("methodOptions/ping-pong"),
                             QVariantMap{{QStringLiteral("method"), QStringLiteral("ping-pong")},
                                         {QStringLiteral("scale"), 8},
                                         {QStringLiteral("steps"), 20},
                                         {QStringLiteral("seed"), QStringLiteral("7")},
                                         {QStringLiteral("parameters"), QVariantMap{{QStringLiteral("start"), 1.0}}}});
        MethodPanel panel;
        panel.setMethods({methodWithStart(0.5)});
        panel.restoreSettings();
        QCOMPARE(panel.options().parameters.value(QStringLiteral("start")).toDouble(), 0.5);
        QCOMPARE(panel.options().scale, 8);
        QCOMPARE(panel.options().seed, quint64(7));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GlyphLabTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_methodpanel"));
    MethodPanelTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_methodpanel.moc"
