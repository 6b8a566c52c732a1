#include "ModuleWeights.h"

#include "ModelManifest.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <map>
#include <stdexcept>

namespace {

// Module::save with every tensor copied to the CPU first: weights trained on a GPU must load in
// a CPU-only LibTorch, which cannot even read an archive that holds CUDA tensors.
void writeOnCpu(const torch::nn::Module &module, torch::serialize::OutputArchive &archive)
{
    for (const auto &item : module.named_parameters(/*recurse=*/false))
        archive.write(item.key(), item.value().to(torch::kCPU), /*is_buffer=*/false);
    for (const auto &item : module.named_buffers(/*recurse=*/false))
        archive.write(item.key(), item.value().to(torch::kCPU), /*is_buffer=*/true);
    for (const auto &child : module.named_children()) {
        if (!child.value()->is_serializable())
            continue;
        torch::serialize::OutputArchive childArchive;
        writeOnCpu(*child.value(), childArchive);
        archive.write(child.key(), childArchive);
    }
}

// Every tensor name in the archive, nested modules joined with dots as named_parameters() does.
void collectNames(torch::serialize::InputArchive &archive, const std::string &prefix, std::vector<std::string> &names)
{
    for (const std::string &key : archive.keys()) {
        torch::Tensor tensor;
        torch::serialize::InputArchive child;
        if (archive.try_read(key, tensor))
            names.push_back(prefix + key);
        else if (archive.try_read(key, child))
            collectNames(child, prefix + key + ".", names);
    }
}

} // namespace

void ModuleWeights::save(const torch::nn::Module &module, const QString &path)
{
    torch::serialize::OutputArchive archive;
    writeOnCpu(module, archive);
    // Written beside, then renamed: a crash never leaves a half-written weights file.
    const QString partial = path + QStringLiteral(".partial");
    try {
        archive.save_to(partial.toStdString());
    } catch (const c10::Error &) {
        // LibTorch's own message is a stack dump; the file and its folder are what the user can fix.
        throw std::runtime_error(tr("Cannot write %1: does its folder exist, and may it be written to?").arg(path).toStdString());
    }
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
        // Read straight onto the module's device: LibTorch would otherwise swap a GPU module's
        // tensors for the file's CPU ones (a trainer resuming on CUDA).
        torch::serialize::InputArchive archive;
        archive.load_from(path.toStdString(), deviceOf(module));
        module.load(archive);
        // LibTorch reads only the tensors the module asks for: a file for a larger network
        // (more blocks) would load without a word and restore with the wrong weights.
        std::vector<std::string> stored;
        collectNames(archive, std::string(), stored);
        for (const std::string &name : stored) {
            if (expected.find(name) == expected.end())
                throw std::runtime_error(tr("The weights file %1 does not fit this model: it holds tensor %2, which this model does not have.")
                                             .arg(path, QString::fromStdString(name)).toStdString());
        }
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

torch::Device ModuleWeights::deviceOf(const torch::nn::Module &module)
{
    const auto parameters = module.parameters();
    return parameters.empty() ? torch::Device(torch::kCPU) : parameters.front().device();
}

int64_t ModuleWeights::parameterCount(const torch::nn::Module &module)
{
    int64_t count = 0;
    for (const auto &parameter : module.parameters())
        count += parameter.numel();
    return count;
}

void ModuleWeights::zero(torch::nn::Module &module)
{
    torch::NoGradGuard noGrad;
    for (auto &parameter : module.parameters())
        parameter.zero_();
}

int ModuleWeights::copyMatching(const torch::nn::Module &from, torch::nn::Module &to)
{
    torch::NoGradGuard noGrad;
    int copied = 0;
    auto targets = to.named_parameters();
    for (const auto &item : from.named_parameters()) {
        torch::Tensor *target = targets.find(item.key());
        if (target && target->sizes() == item.value().sizes()) {
            target->copy_(item.value());
            ++copied;
        }
    }
    return copied;
}

void ModuleWeights::freeze(torch::nn::Module &module)
{
    for (auto &parameter : module.parameters())
        parameter.set_requires_grad(false);
}

void ModuleWeights::saveStage(const torch::nn::Module &module, const Stage &stage)
{
    ModelManifest manifest;
    QJsonObject architecture = stage.architecture;
    if (QFileInfo::exists(stage.manifestPath)) {
        manifest = ModelManifest::read(stage.manifestPath);
        manifest.verifyArchitecture(stage.manifestPath, stage.model, architecture);
    }
    manifest.model = stage.model;
    const QString weights = QFileInfo(stage.manifestPath).dir().filePath(stage.fileName);
    save(module, weights);
    manifest.setFile(stage.role, stage.fileName, ModelManifest::sha256Of(weights));
    QJsonObject parameters = manifest.architecture.value(QStringLiteral("parameters")).toObject();
    parameters.insert(stage.role, double(parameterCount(module)));
    architecture.insert(QStringLiteral("parameters"), parameters);
    manifest.architecture = architecture;
    manifest.training.insert(stage.role, stage.training);
    manifest.scaleNote = stage.scaleNote;
    QString error;
    if (!manifest.write(stage.manifestPath, &error))
        throw std::runtime_error(error.toStdString());
}
