#include "ConfiguredMethod.h"

#include "MethodRegistry.h"

ConfiguredMethod::ConfiguredMethod(RestorationMethod &base, const QString &id, const QVariantMap &fixed)
    : m_base(base)
    , m_id(id)
    , m_fixed(fixed)
{
}

QString ConfiguredMethod::parse(const QString &entry, const std::vector<std::unique_ptr<RestorationMethod>> &methods,
                                QVariantMap *fixed, QString *error)
{
    // An alias takes further keys too: "difftsr-idm:reading=known".
    const QString alias = MethodRegistry::variantOf(entry.section(QLatin1Char(':'), 0, 0));
    const QString extraKeys = entry.section(QLatin1Char(':'), 1);
    const QString expanded = alias.isEmpty() ? entry : extraKeys.isEmpty() ? alias : alias + QLatin1Char(';') + extraKeys;
    const QString baseId = expanded.section(QLatin1Char(':'), 0, 0);
    RestorationMethod *base = MethodRegistry::find(methods, baseId);
    if (!base) {
        if (error)
            *error = tr("unknown method \"%1\".").arg(baseId);
        return {};
    }
    const MethodInfo info = base->info();
    fixed->clear();
    for (const QString &pair : expanded.section(QLatin1Char(':'), 1).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = pair.section(QLatin1Char('='), 0, 0), value = pair.section(QLatin1Char('='), 1);
        // The step count is an option of every iterative method, not one of its own parameters.
        bool known = info.iterative && key == QLatin1String("steps");
        for (const MethodParameter &parameter : info.parameters)
            known = known || parameter.key == key;
        if (!known || !pair.contains(QLatin1Char('='))) {
            if (error)
                *error = tr("\"%1\": %2 has no parameter \"%3\".").arg(entry, baseId, key);
            return {};
        }
        fixed->insert(key, value);
    }
    return baseId;
}

MethodInfo ConfiguredMethod::info() const
{
    MethodInfo info = m_base.info();
    info.id = m_id;
    info.displayName = m_id;
    return info;
}

QImage ConfiguredMethod::restore(const QImage &crop, const RestoreOptions &options, const ComputeDevice &device,
                                 const StepSink &onStep, const CancelToken &cancel)
{
    RestoreOptions fixed = options;
    for (auto it = m_fixed.begin(); it != m_fixed.end(); ++it) {
        if (it.key() == QLatin1String("steps"))
            fixed.steps = it.value().toInt();
        else
            fixed.parameters.insert(it.key(), it.value());
    }
    return m_base.restore(crop, fixed, device, onStep, cancel);
}

QVariantMap ConfiguredMethod::resultValues() const
{
    return m_base.resultValues();
}
