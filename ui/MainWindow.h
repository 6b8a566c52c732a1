#pragma once

#include "RestoreResult.h"
#include "RuntimeInfo.h"
#include "StepRecord.h"

#include <QImage>
#include <QMainWindow>
#include <QRect>

namespace Ui {
class MainWindow;
}

class ComparisonView;
class ImageCanvas;
class InferenceEngine;
class QLabel;

// The workbench: a photo on a zoomable canvas, a region drawn on it, a method run on that
// region in the inference thread, input and result side by side, the result exported.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Takes a ready-made engine (tests bring their own methods); makes the standard one if null.
    explicit MainWindow(InferenceEngine *engine = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Each returns false after showing the user why (the current photo and region are kept).
    bool openPhoto(const QString &path);
    bool openDemo();
    bool runOnRegion();
    bool exportResult(const QString &path);
    void cancelRun();

    QString photoPath() const;
    bool isRunning() const;
    ImageCanvas *canvas() const;
    ComparisonView *comparisonView() const;
    InferenceEngine *engine() const;

Q_SIGNALS:
    void restorationFinished(const RestoreResult &result);
    void errorShown(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions();
    void populateMethods();
    void showError(const QString &title, const QString &message);
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void buildLanguageMenu();
    void updateActions();
    void onMethodChanged();
    void onRegionChanged(const QRect &region);
    void onEngineReady(const RuntimeInfo &info);
    void onStep(quint64 requestId, const StepRecord &step);
    void onFinished(const RestoreResult &result);
    void chooseAndOpenPhoto();
    void chooseAndExport();
    void showAbout();
    QString suggestedExportName() const;

    Ui::MainWindow *m_ui;
    InferenceEngine *m_engine;
    QLabel *m_deviceLabel;
    QString m_photoPath;
    QImage m_photo;
    quint64 m_runningId = 0;
    QRect m_resultRegion;
    RestoreResult m_lastResult;
};
