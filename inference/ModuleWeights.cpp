#include "ModuleWeights.h"

#include <QFileInfo>
#include <QSaveFile>

#include <map>
#include <stdexcept>

void ModuleWeights::save(const torch::nn::Module &module, const QString &path)
{
    torch::serialize::OutputArchive archive;
    module.save(archive);
    // Written beside, then renamed: a crash never leaves a half-written weights file.
    const QString partial = path + QStringLiteral(".partial");
    archive.save_to(partial.toStdString());
    QFile::remove(path);
    if (!QFile::rename(partial, path))
        throw std::runtime_error(tr("Cannot write %1.").arg(path).toStdString());
}

void ModuleWeights::load(torch::nn::Module &module, const QString &path)
{
    if (!QFileInfo::exists(path))
        throw std::runtime_error(tr("The weights file %1 does not exist.").arg(path).toStdString());
    std::map<std::string, std::vector<int64_t>> expected;
    for (const auto &item : module.named_parameters())
        expected[item.key()] = item.value().sizes().vec();
    for (const auto &item : module.named_buffers())
        expected[item.key()] = item.value().sizes().vec();
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(path.toStdString());
        module.load(archive);
    } catch (const c10::Error &e) {
        throw std::runtime_error(tr("The weights file %1 cannot be loaded (damaged, or for another model): %2")
                                     .arg(path, QString::fromStdString(e.what_without_backtrace()).section(QLatin1Char('\n'), 0, 0))
                                     .toStdString());
    }
    auto check = [&](const std::string &name, const torch::Tensor &tensor) {
        const auto found = expected.find(name);
        if (found != expected.end() && found->second != tensor.sizes().vec())
            throw std::runtime_error(tr("The weights file %1 does not fit this model: tensor %2 has another shape.")
                                         .arg(path, QString::fromStdString(name)).toStdString());
    };
    for (const auto &item : module.named_parameters())
        check(item.key(), item.value());
    for (const auto &item : module.named_buffers())
        check(item.key(), item.value());
}

int64_t ModuleWeights::parameterCount(const torch::nn::Module &module)
{
    int64_t count = 0;
    for (const auto &parameter : module.parameters())
        count += parameter.numel();
    return count;
}
