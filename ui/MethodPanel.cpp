#include "MethodPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

const QString kLastMethodKey = QStringLiteral("method");
const QString kOptionsGroup = QStringLiteral("methodOptions");
const QString kPresetsGroup = QStringLiteral("presets");
// The method's defaults when the options were saved, beside the options.
const QString kDefaultsKey = QStringLiteral("defaults");

QVariantMap toMap(const QString &methodId, const RestoreOptions &options)
{
    return {{QStringLiteral("method"), methodId},
            {QStringLiteral("scale"), options.scale},
            {QStringLiteral("steps"), options.steps},
            {QStringLiteral("seed"), QString::number(options.seed)},
            {QStringLiteral("device"), options.device},
            {QStringLiteral("parameters"), options.parameters}};
}

RestoreOptions fromMap(const QVariantMap &map)
{
    RestoreOptions options;
    options.scale = map.value(QStringLiteral("scale"), options.scale).toInt();
    options.steps = map.value(QStringLiteral("steps"), options.steps).toInt();
    options.seed = map.value(QStringLiteral("seed")).toString().toULongLong();
    options.device = map.value(QStringLiteral("device"), options.device).toString();
    options.parameters = map.value(QStringLiteral("parameters")).toMap();
    return options;
}

} // namespace

MethodPanel::MethodPanel(QWidget *parent)
    : QWidget(parent)
    , m_methodCombo(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_scaleCombo(new QComboBox(this))
    , m_stepsSpin(new QSpinBox(this))
    , m_seedSpin(new QSpinBox(this))
    , m_deviceCombo(new QComboBox(this))
    , m_presetCombo(new QComboBox(this))
    , m_savePresetButton(new QPushButton(tr("Save…"), this))
    , m_removePresetButton(new QPushButton(tr("Remove"), this))
    , m_parameterBox(new QGroupBox(tr("Method options"), this))
    , m_parameterForm(new QFormLayout(m_parameterBox))
    , m_runCurrentButton(new QPushButton(tr("Restore &current"), this))
    , m_runSelectedButton(new QPushButton(tr("Restore &selected"), this))
    , m_runAllButton(new QPushButton(tr("Restore &all"), this))
{
    m_methodCombo->setObjectName(QStringLiteral("methodCombo"));
    m_scaleCombo->setObjectName(QStringLiteral("scaleCombo"));
    m_stepsSpin->setObjectName(QStringLiteral("stepsSpin"));
    m_seedSpin->setObjectName(QStringLiteral("seedSpin"));
    m_deviceCombo->setObjectName(QStringLiteral("deviceCombo"));
    m_presetCombo->setObjectName(QStringLiteral("presetCombo"));
    m_runCurrentButton->setObjectName(QStringLiteral("runButton"));
    m_runSelectedButton->setObjectName(QStringLiteral("runSelectedButton"));
    m_runAllButton->setObjectName(QStringLiteral("runAllButton"));

    m_methodCombo->setToolTip(tr("The restoration method to run on the regions"));
    m_description->setWordWrap(true);
    m_description->setObjectName(QStringLiteral("methodDescription"));
    m_scaleCombo->setToolTip(tr("How many times larger the result is than the region"));
    m_stepsSpin->setRange(1, 1000);
    m_stepsSpin->setValue(20);
    m_stepsSpin->setToolTip(tr("Sampling steps of an iterative method: more steps, slower and usually cleaner"));
    m_seedSpin->setRange(0, std::numeric_limits<int>::max());
    m_seedSpin->setToolTip(tr("The random seed: the same seed and options give the same result"));
    m_deviceCombo->addItem(tr("Automatic"), QStringLiteral("auto"));
    m_deviceCombo->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_deviceCombo->addItem(tr("CUDA (GPU)"), QStringLiteral("cuda"));
    m_deviceCombo->setToolTip(tr("Where to run: Automatic uses the GPU when there is one"));
    m_presetCombo->setToolTip(tr("Fast, Balanced and Best set the steps and scale; your own presets keep every option"));
    m_savePresetButton->setToolTip(tr("Save the current method and options as a named preset"));
    m_removePresetButton->setToolTip(tr("Remove the chosen user preset"));
    m_runCurrentButton->setToolTip(tr("Restore the current region (Ctrl+R)"));
    m_runSelectedButton->setToolTip(tr("Restore every selected region (Ctrl+Shift+R)"));
    m_runAllButton->setToolTip(tr("Restore every region of the photo (Ctrl+Alt+R)"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Method:"), m_methodCombo);
    form->addRow(m_description);
    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(m_presetCombo, 1);
    presetRow->addWidget(m_savePresetButton);
    presetRow->addWidget(m_removePresetButton);
    form->addRow(tr("Preset:"), presetRow);
    form->addRow(tr("&Scale:"), m_scaleCombo);
    form->addRow(tr("S&teps:"), m_stepsSpin);
    form->addRow(tr("S&eed:"), m_seedSpin);
    form->addRow(tr("&Device:"), m_deviceCombo);

    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_runCurrentButton);
    runRow->addWidget(m_runSelectedButton);
    runRow->addWidget(m_runAllButton);

    // In a short dock the settings scroll rather than squeezing the method's description (a
    // word-wrapped label gives up its height first and was cut off mid-sentence); the run
    // buttons stay in view below them.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(form);
    layout->addWidget(m_parameterBox);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("methodPanelScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll, 1);
    const QMargins margins = layout->contentsMargins();
    runRow->setContentsMargins(margins.left(), 0, margins.right(), margins.bottom());
    outer->addLayout(runRow);

    connect(m_methodCombo, &QComboBox::currentIndexChanged, this, &MethodPanel::onMethodChanged);
    connect(m_presetCombo, &QComboBox::activated, this, &MethodPanel::onPresetChosen);
    connect(m_savePresetButton, &QPushButton::clicked, this, &MethodPanel::askPresetName);
    connect(m_removePresetButton, &QPushButton::clicked, this, [this] {
        removeUserPreset(m_presetCombo->currentData().toString());
    });
    connect(m_runCurrentButton, &QPushButton::clicked, this, &MethodPanel::runCurrentRequested);
    connect(m_runSelectedButton, &QPushButton::clicked, this, &MethodPanel::runSelectedRequested);
    connect(m_runAllButton, &QPushButton::clicked, this, &MethodPanel::runAllRequested);
    rebuildPresetCombo();
}

void MethodPanel::setMethods(const QList<MethodInfo> &methods)
{
    m_methods = methods;
    const QSignalBlocker blocker(m_methodCombo);
    m_methodCombo->clear();
    for (const MethodInfo &info : methods)
        m_methodCombo->addItem(info.displayName, info.id);
    m_methodCombo->setCurrentIndex(methods.isEmpty() ? -1 : 0);
    onMethodChanged();
}

QList<MethodInfo> MethodPanel::methods() const
{
    return m_methods;
}

const MethodInfo *MethodPanel::currentInfo() const
{
    const QString id = methodId();
    for (const MethodInfo &info : m_methods) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

QString MethodPanel::methodId() const
{
    return m_methodCombo->currentData().toString();
}

QString MethodPanel::methodName() const
{
    return m_methodCombo->currentText();
}

void MethodPanel::setMethodId(const QString &id)
{
    const int index = m_methodCombo->findData(id);
    if (index >= 0)
        m_methodCombo->setCurrentIndex(index);
}

void MethodPanel::onMethodChanged()
{
    const MethodInfo *info = currentInfo();
    const int previousScale = m_scaleCombo->currentData().isValid() ? m_scaleCombo->currentData().toInt() : 2;
    m_scaleCombo->clear();
    m_description->clear();
    if (info) {
        for (int scale : info->scales)
            m_scaleCombo->addItem(tr("×%1").arg(scale), scale);
        m_description->setText(info->description);
        m_stepsSpin->setEnabled(info->iterative);
        m_seedSpin->setEnabled(info->iterative);
        rebuildParameters(*info);
    } else {
        rebuildParameters(MethodInfo());
    }
    const int scaleIndex = m_scaleCombo->findData(previousScale);
    m_scaleCombo->setCurrentIndex(scaleIndex >= 0 ? scaleIndex : 0);
    Q_EMIT methodChanged(methodId());
}

void MethodPanel::rebuildParameters(const MethodInfo &info)
{
    while (m_parameterForm->rowCount() > 0)
        m_parameterForm->removeRow(0);
    m_parameterControls.clear();
    for (const MethodParameter &parameter : info.parameters) {
        QWidget *control = nullptr;
        switch (parameter.kind) {
        case MethodParameter::Kind::Integer: {
            auto *spin = new QSpinBox;
            spin->setRange(int(parameter.minimum), int(std::max(parameter.minimum, parameter.maximum)));
            spin->setValue(parameter.defaultValue.toInt());
            control = spin;
            break;
        }
        case MethodParameter::Kind::Real: {
            auto *spin = new QDoubleSpinBox;
            const double span = std::max(parameter.maximum - parameter.minimum, 1e-9);
            // Enough decimals for a thousandth of the range.
            spin->setDecimals(std::clamp(int(std::ceil(-std::log10(span / 1000.0))), 2, 6));
            spin->setRange(parameter.minimum, std::max(parameter.minimum, parameter.maximum));
            spin->setSingleStep(span / 100.0);
            spin->setValue(parameter.defaultValue.toDouble());
            control = spin;
            break;
        }
        case MethodParameter::Kind::Choice: {
            auto *combo = new QComboBox;
            for (const QString &choice : parameter.choices)
                combo->addItem(choice, choice);
            combo->setCurrentIndex(std::max(0, combo->findData(parameter.defaultValue.toString())));
            control = combo;
            break;
        }
        case MethodParameter::Kind::Boolean: {
            auto *check = new QCheckBox;
            check->setChecked(parameter.defaultValue.toBool());
            control = check;
            break;
        }
        }
        control->setObjectName(QStringLiteral("parameter_") + parameter.key);
        control->setToolTip(parameter.toolTip);
        control->setProperty("parameterKind", int(parameter.kind));
        m_parameterForm->addRow(parameter.label.isEmpty() ? parameter.key : parameter.label, control);
        m_parameterControls.insert(parameter.key, control);
    }
    m_parameterBox->setVisible(!info.parameters.isEmpty());
}

QWidget *MethodPanel::parameterControl(const QString &key) const
{
    return m_parameterControls.value(key);
}

RestoreOptions MethodPanel::options() const
{
    RestoreOptions options;
    options.scale = m_scaleCombo->currentData().isValid() ? m_scaleCombo->currentData().toInt() : 2;
    options.steps = m_stepsSpin->value();
    options.seed = quint64(m_seedSpin->value());
    options.device = m_deviceCombo->currentData().toString();
    for (auto it = m_parameterControls.cbegin(); it != m_parameterControls.cend(); ++it) {
        if (auto *spin = qobject_cast<QSpinBox *>(it.value()))
            options.parameters.insert(it.key(), spin->value());
        else if (auto *real = qobject_cast<QDoubleSpinBox *>(it.value()))
            options.parameters.insert(it.key(), real->value());
        else if (auto *combo = qobject_cast<QComboBox *>(it.value()))
            options.parameters.insert(it.key(), combo->currentData().toString());
        else if (auto *check = qobject_cast<QCheckBox *>(it.value()))
            options.parameters.insert(it.key(), check->isChecked());
    }
    return options;
}

void MethodPanel::setOptions(const RestoreOptions &options)
{
    const int scaleIndex = m_scaleCombo->findData(options.scale);
    if (scaleIndex >= 0)
        m_scaleCombo->setCurrentIndex(scaleIndex);
    m_stepsSpin->setValue(options.steps);
    m_seedSpin->setValue(int(std::min<quint64>(options.seed, quint64(m_seedSpin->maximum()))));
    const int deviceIndex = m_deviceCombo->findData(options.device);
    m_deviceCombo->setCurrentIndex(deviceIndex >= 0 ? deviceIndex : 0);
    for (auto it = options.parameters.cbegin(); it != options.parameters.cend(); ++it) {
        QWidget *control = m_parameterControls.value(it.key());
        if (auto *spin = qobject_cast<QSpinBox *>(control))
            spin->setValue(it.value().toInt());
        else if (auto *real = qobject_cast<QDoubleSpinBox *>(control))
            real->setValue(it.value().toDouble());
        else if (auto *combo = qobject_cast<QComboBox *>(control))
            combo->setCurrentIndex(std::max(0, combo->findData(it.value().toString())));
        else if (auto *check = qobject_cast<QCheckBox *>(control))
            check->setChecked(it.value().toBool());
    }
}

QStringList MethodPanel::builtInPresets() const
{
    return {tr("Fast"), tr("Balanced"), tr("Best")};
}

QStringList MethodPanel::userPresets() const
{
    QSettings settings;
    settings.beginGroup(kPresetsGroup);
    QStringList names;
    // QSettings keys can't hold every character; the name is kept inside the value.
    for (const QString &key : settings.childKeys())
        names << settings.value(key).toMap().value(QStringLiteral("name")).toString();
    names.removeAll(QString());
    names.sort(Qt::CaseInsensitive);
    return names;
}

bool MethodPanel::applyPreset(const QString &name)
{
    const QStringList builtIn = builtInPresets();
    const int level = int(builtIn.indexOf(name));
    if (level >= 0) {
        // Steps matter only to iterative methods; the largest scale is the "best" one.
        static const int kSteps[] = {10, 25, 50};
        RestoreOptions chosen = options();
        chosen.steps = kSteps[level];
        if (const MethodInfo *info = currentInfo(); info && !info->scales.isEmpty()) {
            const int smallest = *std::min_element(info->scales.cbegin(), info->scales.cend());
            const int largest = *std::max_element(info->scales.cbegin(), info->scales.cend());
            chosen.scale = level == 2 ? largest : (level == 0 ? smallest : (info->scales.contains(2) ? 2 : smallest));
        }
        setOptions(chosen);
        return true;
    }
    QSettings settings;
    const QVariantMap map = settings.value(kPresetsGroup + QLatin1Char('/') + QString::fromLatin1(name.toUtf8().toHex())).toMap();
    if (map.isEmpty())
        return false;
    setMethodId(map.value(QStringLiteral("method")).toString());
    setOptions(fromMap(map));
    return true;
}

void MethodPanel::saveUserPreset(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    QVariantMap map = toMap(methodId(), options());
    map.insert(QStringLiteral("name"), trimmed);
    QSettings().setValue(kPresetsGroup + QLatin1Char('/') + QString::fromLatin1(trimmed.toUtf8().toHex()), map);
    rebuildPresetCombo();
    m_presetCombo->setCurrentIndex(std::max(0, m_presetCombo->findData(trimmed)));
}

void MethodPanel::removeUserPreset(const QString &name)
{
    if (builtInPresets().contains(name))
        return;
    QSettings().remove(kPresetsGroup + QLatin1Char('/') + QString::fromLatin1(name.toUtf8().toHex()));
    rebuildPresetCombo();
}

void MethodPanel::rebuildPresetCombo()
{
    const QSignalBlocker blocker(m_presetCombo);
    m_presetCombo->clear();
    m_presetCombo->addItem(tr("Choose a preset…"), QString());
    for (const QString &name : builtInPresets())
        m_presetCombo->addItem(name, name);
    const QStringList user = userPresets();
    if (!user.isEmpty())
        m_presetCombo->insertSeparator(m_presetCombo->count());
    for (const QString &name : user)
        m_presetCombo->addItem(name, name);
    m_removePresetButton->setEnabled(!user.isEmpty());
}

void MethodPanel::onPresetChosen(int index)
{
    const QString name = m_presetCombo->itemData(index).toString();
    if (!name.isEmpty())
        applyPreset(name);
}

void MethodPanel::askPresetName()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save Preset"));
    dialog->setLabelText(tr("Name of the preset:"));
    connect(dialog, &QInputDialog::textValueSelected, this, &MethodPanel::saveUserPreset);
    dialog->open();
}

void MethodPanel::setRunEnabled(bool current, bool selected, bool all)
{
    m_runCurrentButton->setEnabled(current);
    m_runSelectedButton->setEnabled(selected);
    m_runAllButton->setEnabled(all);
}

void MethodPanel::setEditingEnabled(bool enabled)
{
    m_methodCombo->setEnabled(enabled);
    m_scaleCombo->setEnabled(enabled);
    m_presetCombo->setEnabled(enabled);
    m_parameterBox->setEnabled(enabled);
}

void MethodPanel::saveSettings() const
{
    QSettings settings;
    settings.setValue(kLastMethodKey, methodId());
    QVariantMap map = toMap(methodId(), options());
    map.insert(kDefaultsKey, currentDefaults());
    settings.setValue(kOptionsGroup + QLatin1Char('/') + methodId(), map);
}

void MethodPanel::restoreSettings()
{
    QSettings settings;
    // A first start shows the fast learned method, not plain enlarging (when it is installed).
    setMethodId(settings.value(kLastMethodKey, QStringLiteral("glyphsr")).toString());
    QVariantMap map = settings.value(kOptionsGroup + QLatin1Char('/') + methodId()).toMap();
    if (map.isEmpty())
        return;
    // A value the user left at its default follows the default of this version, so a better
    // default (GLYPH-SR's start went from 1.0 to 0.5) reaches users who never touched it.
    // Options saved before the defaults were recorded can't tell, so their values are dropped.
    const QVariantMap savedDefaults = map.value(kDefaultsKey).toMap();
    const QVariantMap defaults = currentDefaults();
    QVariantMap parameters;
    if (map.contains(kDefaultsKey)) {
        parameters = map.value(QStringLiteral("parameters")).toMap();
        for (auto it = parameters.begin(); it != parameters.end(); ++it) {
            if (savedDefaults.contains(it.key()) && defaults.contains(it.key()) && it.value() == savedDefaults.value(it.key()))
                it.value() = defaults.value(it.key());
        }
    }
    map.insert(QStringLiteral("parameters"), parameters);
    setOptions(fromMap(map));
}

QVariantMap MethodPanel::currentDefaults() const
{
    QVariantMap defaults;
    if (const MethodInfo *info = currentInfo()) {
        for (const MethodParameter &parameter : info->parameters)
            defaults.insert(parameter.key, parameter.defaultValue);
    }
    return defaults;
}
