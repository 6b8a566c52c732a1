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

} // namespace TextSlots
