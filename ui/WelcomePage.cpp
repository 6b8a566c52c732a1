#include "WelcomePage.h"

#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

constexpr int kCardImageWidth = 240;

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_cards(new QGridLayout)
    , m_methodCombo(new QComboBox(this))
    , m_showMeButton(new QPushButton(tr("&Show me"), this))
    , m_explanations(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("<h1>Welcome to GlyphLab</h1>"
                                "<p>GlyphLab makes small, blurry text in photos readable again. Mark the text, "
                                "pick a method, and compare the result with the original.</p>"),
                             this);
    title->setWordWrap(true);

    auto *demoBox = new QGroupBox(tr("Try it on a demo photo"), this);
    auto *demoLayout = new QVBoxLayout(demoBox);
    auto *hint = new QLabel(tr("Click a photo to open it with its text regions marked, or press "
                               "<b>Show me</b> to restore them all at once and see the comparison."),
                            demoBox);
    hint->setWordWrap(true);
    demoLayout->addWidget(hint);
    demoLayout->addLayout(m_cards);
    auto *showRow = new QHBoxLayout;
    showRow->addWidget(new QLabel(tr("Method:"), demoBox));
    m_methodCombo->setObjectName(QStringLiteral("welcomeMethodCombo"));
    m_methodCombo->setToolTip(tr("The method “Show me” runs on the demo regions"));
    showRow->addWidget(m_methodCombo);
    m_showMeButton->setObjectName(QStringLiteral("showMeButton"));
    m_showMeButton->setToolTip(tr("Open the chosen demo photo, restore all its regions and show the comparison"));
    m_showMeButton->setDefault(true);
    showRow->addWidget(m_showMeButton);
    showRow->addStretch(1);
    demoLayout->addLayout(showRow);

    auto *ownRow = new QHBoxLayout;
    auto *openPhoto = new QPushButton(tr("Open your own photo…"), this);
    openPhoto->setToolTip(tr("Open a photo from disk (Ctrl+O)"));
    auto *openProject = new QPushButton(tr("Open a project…"), this);
    openProject->setToolTip(tr("Open a saved .glyphlab project (Ctrl+Shift+O)"));
    ownRow->addWidget(openPhoto);
    ownRow->addWidget(openProject);
    ownRow->addStretch(1);

    auto *methodsBox = new QGroupBox(tr("What the methods do"), this);
    auto *methodsLayout = new QVBoxLayout(methodsBox);
    m_explanations->setWordWrap(true);
    m_explanations->setTextFormat(Qt::RichText);
    m_explanations->setObjectName(QStringLiteral("methodExplanations"));
    showExplanations({QStringLiteral("bicubic"), QStringLiteral("glyphsr"), QStringLiteral("difftsr"), QStringLiteral("glyph-sr")});
    methodsLayout->addWidget(m_explanations);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(16);
    layout->addWidget(title);
    layout->addWidget(demoBox);
    layout->addLayout(ownRow);
    layout->addWidget(methodsBox);
    layout->addStretch(1);
    content->setMaximumWidth(1000);

    auto *centering = new QWidget;
    auto *centerLayout = new QHBoxLayout(centering);
    centerLayout->addStretch(1);
    centerLayout->addWidget(content, 10);
    centerLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(centering);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_showMeButton, &QPushButton::clicked, this, [this] {
        if (m_chosen >= 0 && m_chosen < m_scenes.size())
            Q_EMIT showMeRequested(m_chosen, chosenMethod());
    });
    connect(openPhoto, &QPushButton::clicked, this, &WelcomePage::openPhotoRequested);
    connect(openProject, &QPushButton::clicked, this, &WelcomePage::openProjectRequested);
    m_showMeButton->setEnabled(false);
}

QString WelcomePage::explanation(const QString &methodId)
{
    if (methodId == QLatin1String("bicubic"))
        return tr("Makes the picture bigger by blending each new pixel from the sixteen pixels around it, "
                  "the way any image viewer zooms. It is instant and never invents anything, so blurry "
                  "letters simply stay blurry, only larger.");
    if (methodId == QLatin1String("glyphsr"))
        return tr("A neural network that has seen many pairs of blurry and sharp text images and learned "
                  "what letters look like. It sharpens the region in a single pass and often recovers strokes "
                  "that plain enlarging leaves smeared.");
    if (methodId == QLatin1String("difftsr"))
        return tr("A diffusion model: it starts from random noise and, step by step, turns it into a sharp "
                  "image that fits the blurry region, while a text reader checks which letters it is forming. "
                  "It is slower, but it can rebuild badly damaged text, and you can watch the image take shape.");
    if (methodId == QLatin1String("glyph-sr") || methodId == QLatin1String("glyph_sr"))
        return tr("Also a step-by-step diffusion model, but at every step it is steered by what an OCR engine "
                  "reads, so the letters come out both sharp to the eye and correct for a machine reader. "
                  "It balances looking natural against being legible, and the plots show how that balance shifts.");
    return QString();
}

void WelcomePage::setScenes(const QList<DemoScene> &scenes)
{
    m_scenes = scenes;
    for (QPushButton *button : std::as_const(m_cardButtons))
        delete button;
    m_cardButtons.clear();
    for (int i = 0; i < scenes.size(); ++i) {
        const DemoScene &scene = scenes.at(i);
        QImageReader reader(scene.photoPath);
        const QSize size = reader.size();
        if (size.isValid())
            reader.setScaledSize(size.scaled(kCardImageWidth, kCardImageWidth, Qt::KeepAspectRatio));
        const QImage preview = reader.read();
        auto *card = new QPushButton(this);
        card->setObjectName(QStringLiteral("demoCard%1").arg(i));
        card->setCheckable(true);
        card->setAutoExclusive(true);
        card->setIcon(QPixmap::fromImage(preview));
        card->setIconSize(preview.size().isValid() ? preview.size() : QSize(kCardImageWidth, 160));
        card->setText(tr("%1\n%n region(s)", nullptr, int(scene.regions.size())).arg(scene.title));
        card->setToolTip(tr("Open %1 with its %n text region(s) marked", nullptr, int(scene.regions.size()))
                             .arg(QFileInfo(scene.photoPath).fileName()));
        card->setMinimumHeight(card->iconSize().height() + 24);
        connect(card, &QPushButton::clicked, this, [this, i] {
            chooseScene(i);
            Q_EMIT sceneOpenRequested(i);
        });
        m_cards->addWidget(card, i / 3, i % 3);
        m_cardButtons.append(card);
    }
    chooseScene(scenes.isEmpty() ? -1 : 0);
    m_showMeButton->setEnabled(!scenes.isEmpty() && m_methodCombo->count() > 0);
}

void WelcomePage::chooseScene(int index)
{
    m_chosen = index;
    if (index >= 0 && index < m_cardButtons.size())
        m_cardButtons.at(index)->setChecked(true);
}

void WelcomePage::showExplanations(const QStringList &methodIds)
{
    const QList<QPair<QString, QString>> names = {
        {QStringLiteral("bicubic"), tr("Bicubic")},
        {QStringLiteral("glyphsr"), tr("GlyphSR")},
        {QStringLiteral("difftsr"), tr("DiffTSR")},
        {QStringLiteral("glyph-sr"), tr("GLYPH-SR")},
    };
    QString text;
    for (const auto &[id, name] : names) {
        if (methodIds.contains(id))
            text += QStringLiteral("<p><b>%1</b> — %2</p>").arg(name, explanation(id));
    }
    m_explanations->setText(text);
}

void WelcomePage::setMethods(const QList<MethodInfo> &methods, const QString &preferredId)
{
    m_methodCombo->clear();
    QStringList ids;
    for (const MethodInfo &info : methods) {
        m_methodCombo->addItem(info.displayName, info.id);
        ids << info.id;
    }
    // Only the methods this build has are explained (GLYPH-SR, say, before it lands).
    showExplanations(ids);
    const int index = m_methodCombo->findData(preferredId);
    m_methodCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_showMeButton->setEnabled(!m_scenes.isEmpty() && !methods.isEmpty());
}

int WelcomePage::sceneCount() const
{
    return int(m_scenes.size());
}

int WelcomePage::chosenScene() const
{
    return m_chosen;
}

QString WelcomePage::chosenMethod() const
{
    return m_methodCombo->currentData().toString();
}
