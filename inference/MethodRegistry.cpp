#include "MethodRegistry.h"

#include "BicubicMethod.h"
#include "DiffTsrMethod.h"
#include "GlyphSrMethod.h"
#include "GlyphSrPingPongMethod.h"

std::vector<std::unique_ptr<RestorationMethod>> MethodRegistry::createAll()
{
    std::vector<std::unique_ptr<RestorationMethod>> methods;
    methods.push_back(std::make_unique<BicubicMethod>());
    methods.push_back(std::make_unique<GlyphSrMethod>());
    methods.push_back(std::make_unique<DiffTsrMethod>());
    methods.push_back(std::make_unique<GlyphSrPingPongMethod>());
    return methods;
}

RestorationMethod *MethodRegistry::find(const std::vector<std::unique_ptr<RestorationMethod>> &methods,
                                        const QString &id)
{
    for (const auto &method : methods) {
        if (method->info().id == id)
            return method.get();
    }
    return nullptr;
}

QString MethodRegistry::variantOf(const QString &alias)
{
    if (alias == QLatin1String("difftsr-idm"))
        return QStringLiteral("difftsr:mode=idm-only");
    return {};
}
