#include "TextSlots.h"

#include "CharacterSet.h"

namespace TextSlots {

torch::Tensor encode(const std::vector<QString> &texts, int slots)
{
    torch::Tensor classes = torch::zeros({int64_t(texts.size()), slots}, torch::kInt64);
    auto access = classes.accessor<int64_t, 2>();
    for (size_t b = 0; b < texts.size(); ++b) {
        const QList<int> encoded = CharacterSet::encode(texts[b]);
        for (int k = 0; k < std::min<int>(slots, int(encoded.size())); ++k)
            access[int64_t(b)][k] = encoded[k];
    }
    return classes;
}

QString decode(const torch::Tensor &row)
{
    const torch::Tensor values = row.to(torch::kCPU, torch::kLong).contiguous();
    QList<int> classes;
    for (int64_t k = 0; k < values.numel(); ++k)
        classes.append(int(values.data_ptr<int64_t>()[k]));
    return CharacterSet::decode(classes);
}

torch::Tensor fromCtc(const torch::Tensor &logProbabilities, int slots)
{
    const torch::Tensor frames = logProbabilities.detach().to(torch::kCPU, torch::kFloat).exp().transpose(0, 1).contiguous();
    const int64_t batch = frames.size(0), length = frames.size(1), classes = frames.size(2);
    torch::Tensor result = torch::zeros({batch, slots, classes});
    const torch::Tensor best = frames.argmax(-1).contiguous();
    const float *p = frames.data_ptr<float>();
    const int64_t *path = best.data_ptr<int64_t>();
    float *out = result.data_ptr<float>();
    for (int64_t b = 0; b < batch; ++b) {
        int slot = -1, count = 0;
        int64_t previous = 0;
        const auto finish = [&] {
            if (slot >= 0 && slot < slots && count > 1)
                for (int64_t c = 0; c < classes; ++c)
                    out[(b * slots + slot) * classes + c] /= float(count);
        };
        for (int64_t t = 0; t < length; ++t) {
            const int64_t k = path[b * length + t];
            if (k != 0 && k != previous) {
                finish();
                ++slot;
                count = 0;
            }
            if (k != 0 && slot < slots) {
                const float *frame = p + (b * length + t) * classes;
                float *target = out + (b * slots + slot) * classes;
                for (int64_t c = 0; c < classes; ++c)
                    target[c] += frame[c];
                ++count;
            }
            previous = k;
        }
        finish();
        for (int s = std::max(0, slot + 1); s < slots; ++s)
            out[(b * slots + s) * classes] = 1.0f;
    }
    return result;
}

} // namespace TextSlots
