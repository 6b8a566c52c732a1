#pragma once

#include "MethodInfo.h"
#include "RestoreOptions.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;

// Chooses the method and its options: scale, steps, seed, device, and one control per
// MethodInfo::parameters entry (Integer → spin box, Real → double spin box, Choice → combo,
// Boolean → check box), whose values go into RestoreOptions::parameters. Presets: Fast,
// Balanced, Best, and named user presets kept in QSettings. The run buttons live here too.
class MethodPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MethodPanel(QWidget *parent = nullptr);

    void setMethods(const QList<MethodInfo> &methods);
    QList<MethodInfo> methods() const;

    QString methodId() const;
    QString methodName() const;
    void setMethodId(const QString &id);
    RestoreOptions options() const;
    void setOptions(const RestoreOptions &options);

    // The control made for a MethodParameter (null if the current method has no such key).
    QWidget *parameterControl(const QString &key) const;

    QStringList builtInPresets() const;
    QStringList userPresets() const;
    bool applyPreset(const QString &name);
    void saveUserPreset(const QString &name);
    void removeUserPreset(const QString &name);

    void setRunEnabled(bool current, bool selected, bool all);
    void setEditingEnabled(bool enabled);

    // The last method and its options, across sessions.
    void saveSettings() const;
    void restoreSettings();

Q_SIGNALS:
    void methodChanged(const QString &id);
    void runCurrentRequested();
    void runSelectedRequested();
    void runAllRequested();

private:
    void onMethodChanged();
    void rebuildParameters(const MethodInfo &info);
    void rebuildPresetCombo();
    void onPresetChosen(int index);
    void askPresetName();
    const MethodInfo *currentInfo() const;
    QVariantMap currentDefaults() const;

    QList<MethodInfo> m_methods;
    QComboBox *m_methodCombo;
    QLabel *m_description;
    QComboBox *m_scaleCombo;
    QSpinBox *m_stepsSpin;
    QSpinBox *m_seedSpin;
    QComboBox *m_deviceCombo;
    QComboBox *m_presetCombo;
    QPushButton *m_savePresetButton;
    QPushButton *m_removePresetButton;
    QWidget *m_parameterBox;
    QFormLayout *m_parameterForm;
    QHash<QString, QWidget *> m_parameterControls;
    QPushButton *m_runCurrentButton;
    QPushButton *m_runSelectedButton;
    QPushButton *m_runAllButton;
};
