#include "DiffTsrConfig.h"

#include "CharacterSet.h"

namespace {

void fill(DiffTsrConfig &c)
{
    c.textContext.classes = c.tdm.classes = c.classes;
    c.textContext.slots = c.tdm.slots = c.slots;
    c.textContext.imageDim = 0;
    c.imageContext.textDim = 0;
    c.imageContext.readingSlots = c.slots;
    c.idm.contextDim = c.textContext.dim;
    c.idm.queryPositions = c.textContext.relativePositions = c.attentionPositions;
    c.tdm.contextDim = c.imageContext.dim;
}

} // namespace

DiffTsrConfig DiffTsrConfig::standard()
{
    DiffTsrConfig c;
    c.classes = CharacterSet::classCount();
    c.imageContext.readingClasses = c.classes;
    c.idm.readingClasses = c.classes;
    c.attentionPositions = true;
    c.idm.glyphs = true;
    fill(c);
    return c;
}

QJsonObject DiffTsrConfig::toJson() const
{
    return QJsonObject{
        {QStringLiteral("slots"), slots},
        {QStringLiteral("classes"), classes},
        {QStringLiteral("diffusionSteps"), diffusionSteps},
        {QStringLiteral("residualScale"), residualScale},
        {QStringLiteral("idmWidths"), QStringLiteral("%1,%2,%3").arg(idm.width0).arg(idm.width1).arg(idm.width2)},
        {QStringLiteral("idmHeads"), idm.heads},
        {QStringLiteral("textContextDim"), textContext.dim},
        {QStringLiteral("textContextLayers"), textContext.layers},
        {QStringLiteral("textContextHeads"), textContext.heads},
        {QStringLiteral("tdmDim"), tdm.dim},
        {QStringLiteral("tdmLayers"), tdm.layers},
        {QStringLiteral("tdmHeads"), tdm.heads},
        {QStringLiteral("imageContextDim"), imageContext.dim},
        {QStringLiteral("imageContextHeads"), imageContext.heads},
        {QStringLiteral("imageContextReading"), imageContext.readingClasses},
        {QStringLiteral("attentionPositions"), attentionPositions},
        {QStringLiteral("idmReading"), idm.readingClasses},
        {QStringLiteral("idmGlyphs"), idm.glyphs},
    };
}

DiffTsrConfig DiffTsrConfig::fromJson(const QJsonObject &json)
{
    DiffTsrConfig c = standard();
    c.slots = json.value(QStringLiteral("slots")).toInt(c.slots);
    c.classes = json.value(QStringLiteral("classes")).toInt(c.classes);
    c.diffusionSteps = json.value(QStringLiteral("diffusionSteps")).toInt(c.diffusionSteps);
    c.residualScale = json.value(QStringLiteral("residualScale")).toDouble(c.residualScale);
    const QStringList widths = json.value(QStringLiteral("idmWidths")).toString().split(QLatin1Char(','));
    if (widths.size() == 3) {
        c.idm.width0 = widths[0].toInt();
        c.idm.width1 = widths[1].toInt();
        c.idm.width2 = widths[2].toInt();
    }
    c.idm.heads = json.value(QStringLiteral("idmHeads")).toInt(c.idm.heads);
    c.textContext.dim = json.value(QStringLiteral("textContextDim")).toInt(c.textContext.dim);
    c.textContext.layers = json.value(QStringLiteral("textContextLayers")).toInt(c.textContext.layers);
    c.textContext.heads = json.value(QStringLiteral("textContextHeads")).toInt(c.textContext.heads);
    c.tdm.dim = json.value(QStringLiteral("tdmDim")).toInt(c.tdm.dim);
    c.tdm.layers = json.value(QStringLiteral("tdmLayers")).toInt(c.tdm.layers);
    c.tdm.heads = json.value(QStringLiteral("tdmHeads")).toInt(c.tdm.heads);
    c.imageContext.dim = json.value(QStringLiteral("imageContextDim")).toInt(c.imageContext.dim);
    c.imageContext.heads = json.value(QStringLiteral("imageContextHeads")).toInt(c.imageContext.heads);
    // Manifests from before the reading tokens have no such key: their TDM reads pixels only.
    c.imageContext.readingClasses = json.value(QStringLiteral("imageContextReading")).toInt(0);
    // Nor do those from before the IDM's aligned attention.
    c.attentionPositions = json.value(QStringLiteral("attentionPositions")).toBool(false);
    c.idm.readingClasses = json.value(QStringLiteral("idmReading")).toInt(0);
    // Nor those from before the IDM's text drawn over the line.
    c.idm.glyphs = json.value(QStringLiteral("idmGlyphs")).toBool(false);
    fill(c);
    return c;
}
