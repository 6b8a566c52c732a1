#pragma once

#include <QImage>
#include <QString>
#include <QWidget>

// One image fitted into the widget (aspect kept, magnified pixels kept crisp), or a
// placeholder text when there is none.
class ImagePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ImagePanel(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    const QImage &image() const;
    void setPlaceholderText(const QString &text);
    QString placeholderText() const;
    // Where the image is drawn, in widget pixels (empty when there is no image).
    QRectF imageRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_image;
    QString m_placeholder;
};
