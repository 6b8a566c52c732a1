#include "OcrOverlayView.h"

#include "OcrBoxCanvas.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {

QString cell(const QString &character, const QColor &background, bool strike)
{
    // A space would collapse in rich text; show it as an open box so it can be seen.
    QString shown = character == QLatin1String(" ") ? QStringLiteral("␣") : character.toHtmlEscaped();
    if (strike)
        shown = QStringLiteral("<s>") + shown + QStringLiteral("</s>");
    if (!background.isValid())
        return shown;
    return QStringLiteral("<span style=\"background-color:%1\">%2</span>").arg(background.name(), shown);
}

QString row(const QString &content)
{
    return QStringLiteral("<span style=\"font-family:monospace; font-size:large; white-space:pre\">%1</span>").arg(content);
}

} // namespace

OcrOverlayView::OcrOverlayView(QWidget *parent)
    : QWidget(parent)
{
    m_canvas = new OcrBoxCanvas(this);
    m_canvas->setObjectName(QStringLiteral("ocrCanvas"));
    connect(m_canvas, &OcrBoxCanvas::boxSelected, this, &OcrOverlayView::boxSelected);

    auto *beforeTitle = new QLabel(tr("Before:"), this);
    auto *afterTitle = new QLabel(tr("After:"), this);
    m_beforeRow = new QLabel(this);
    m_beforeRow->setObjectName(QStringLiteral("beforeRow"));
    m_afterRow = new QLabel(this);
    m_afterRow->setObjectName(QStringLiteral("afterRow"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    for (QLabel *label : {m_beforeRow, m_afterRow}) {
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    const QString legend = tr("Reading of the input (before) and of the result (after), aligned per character: "
                              "amber = substituted, green = inserted, red struck = deleted, · = nothing there");
    for (QLabel *label : {beforeTitle, afterTitle, m_beforeRow, m_afterRow, m_summary})
        label->setToolTip(legend);

    auto *diff = new QGridLayout;
    diff->setContentsMargins(0, 0, 0, 0);
    diff->addWidget(beforeTitle, 0, 0);
    diff->addWidget(m_beforeRow, 0, 1);
    diff->addWidget(afterTitle, 1, 0);
    diff->addWidget(m_afterRow, 1, 1);
    diff->addWidget(m_summary, 2, 0, 1, 2);
    diff->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_canvas, 1);
    layout->addLayout(diff);
    showDiff();
}

void OcrOverlayView::setImage(const QImage &image)
{
    m_canvas->setImage(image);
}

void OcrOverlayView::setBoxes(const QList<OcrTextBox> &boxes)
{
    m_canvas->setBoxes(boxes);
}

const QList<OcrTextBox> &OcrOverlayView::boxes() const
{
    return m_canvas->boxes();
}

void OcrOverlayView::setReadings(const QString &before, const QString &after)
{
    m_diff = ReadingDiff(before, after);
    showDiff();
}

const ReadingDiff &OcrOverlayView::readingDiff() const
{
    return m_diff;
}

int OcrOverlayView::selectedBox() const
{
    return m_canvas->selectedBox();
}

void OcrOverlayView::setSelectedBox(int index)
{
    m_canvas->setSelectedBox(index);
}

QString OcrOverlayView::beforeRowHtml() const
{
    return m_beforeRow->text();
}

QString OcrOverlayView::afterRowHtml() const
{
    return m_afterRow->text();
}

QString OcrOverlayView::summaryText() const
{
    return m_summary->text();
}

QColor OcrOverlayView::substitutionColour()
{
    return QColor(0xff, 0xcc, 0x80);
}

QColor OcrOverlayView::insertionColour()
{
    return QColor(0xa5, 0xd6, 0xa7);
}

QColor OcrOverlayView::deletionColour()
{
    return QColor(0xef, 0x9a, 0x9a);
}

void OcrOverlayView::clear()
{
    m_canvas->setImage(QImage());
    m_canvas->setBoxes({});
    setReadings(QString(), QString());
}

void OcrOverlayView::showDiff()
{
    if (m_diff.before().isEmpty() && m_diff.after().isEmpty()) {
        m_beforeRow->setText(QString());
        m_afterRow->setText(QString());
        m_summary->setText(tr("Not read yet: Read Text (OCR), Ctrl+T, compares the readings before and after restoration here."));
        return;
    }
    const QString gap = QStringLiteral("<span style=\"color:#9e9e9e\">·</span>");
    QString before;
    QString after;
    for (const ReadingDiff::Operation &operation : m_diff.operations()) {
        switch (operation.kind) {
        case ReadingDiff::Kind::Same:
            before += cell(operation.before, QColor(), false);
            after += cell(operation.after, QColor(), false);
            break;
        case ReadingDiff::Kind::Substitution:
            before += cell(operation.before, substitutionColour(), false);
            after += cell(operation.after, substitutionColour(), false);
            break;
        case ReadingDiff::Kind::Insertion:
            before += gap;
            after += cell(operation.after, insertionColour(), false);
            break;
        case ReadingDiff::Kind::Deletion:
            before += cell(operation.before, deletionColour(), true);
            after += gap;
            break;
        }
    }
    m_beforeRow->setText(row(before));
    m_afterRow->setText(row(after));
    if (m_diff.distance() == 0) {
        m_summary->setText(tr("Same reading before and after."));
        return;
    }
    m_summary->setText(tr("%n change(s): ", nullptr, m_diff.distance())
                       + tr("%1 substituted, %2 inserted, %3 deleted")
                             .arg(m_diff.count(ReadingDiff::Kind::Substitution))
                             .arg(m_diff.count(ReadingDiff::Kind::Insertion))
                             .arg(m_diff.count(ReadingDiff::Kind::Deletion)));
}
