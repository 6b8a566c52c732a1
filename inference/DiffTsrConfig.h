#pragma once

#include "DiffTsrImageContext.h"
#include "DiffTsrImageNet.h"
#include "DiffTsrTextContext.h"
#include "DiffTsrTextNet.h"

#include <QJsonObject>

// Every hyper-parameter that DiffTSR's weights depend on, as written into and read from the
// manifest (difftsr.json, "architecture"). A loader builds the networks from it.
struct DiffTsrConfig
{
    int slots = 24;
    int classes = 47;
    int diffusionSteps = 1000;
    // r = residualScale·(HR − bicubic(LR)): the residual's spread brought near the noise's.
    double residualScale = 4.0;
    // The IDM's attention aligns columns with characters by their place in the line
    // (DiffTsrImageNet::Options::queryPositions, DiffTsrTextContext relativePositions).
    bool attentionPositions = false;
    DiffTsrImageNetImpl::Options idm;
    DiffTsrTextContextImpl::Options textContext;
    DiffTsrTextNetImpl::Options tdm;
    DiffTsrImageContextImpl::Options imageContext;

    // The defaults with the classes and slots filled in everywhere.
    static DiffTsrConfig standard();
    QJsonObject toJson() const;
    // Missing keys keep the defaults.
    static DiffTsrConfig fromJson(const QJsonObject &json);
};
