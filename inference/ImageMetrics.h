#pragma once

#include <QImage>
#include <QList>
#include <QRect>

// Image-quality scores as TextZoom reports them: RGB only (alpha ignored), values scaled to
// [0, 1]. Both images must have the same size; null images or different sizes throw
// std::invalid_argument.
namespace ImageMetrics {

// 10·log10(1 / MSE) over all pixels and the three channels. Identical images give +infinity
// (as TextZoom's calculate_psnr does), so callers averaging over a set should check isinf.
double psnr(const QImage &a, const QImage &b);
// PSNR over the pixels outside every rectangle of `excluded` (e.g. a scene's word boxes):
// how a method treats the picture around the text. NaN when no pixel is left.
double psnrOutside(const QImage &a, const QImage &b, const QList<QRect> &excluded);
// SSIM with an 11×11 Gaussian window (σ 1.5), C1 = 0.01², C2 = 0.03², zero padding at the
// borders and "same"-size maps, averaged over pixels and channels: TextZoom's SSIM.
double ssim(const QImage &a, const QImage &b);

} // namespace ImageMetrics
