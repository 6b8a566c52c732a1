#pragma once

#include <QImage>
#include <QString>
#include <QWidget>

// Input crop and restored result side by side, both shown at the same on-screen size with
// nearest-neighbour scaling, so what is compared is each image's own pixels.
class ComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonView(QWidget *parent = nullptr);

    void setInput(const QImage &input);
    void setResult(const QImage &result, const QString &caption);
    void clearResult();

    const QImage &input() const;
    const QImage &result() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void drawPanel(QPainter &painter, const QRect &area, const QImage &image,
                   const QString &title, const QString &placeholder) const;

    QImage m_input;
    QImage m_result;
    QString m_resultCaption;
};
