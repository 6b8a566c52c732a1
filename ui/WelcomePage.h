#pragma once

#include "DemoScene.h"
#include "MethodInfo.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;

// The first thing a new user sees: the bundled demo photos as cards (click one to open it),
// a one-click "Show me" that restores every marked region of the chosen demo, and what each
// method does in plain words.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setScenes(const QList<DemoScene> &scenes);
    void setMethods(const QList<MethodInfo> &methods, const QString &preferredId);
    int sceneCount() const;
    int chosenScene() const;
    QString chosenMethod() const;

    // Two sentences per method for someone who has never heard of super-resolution.
    static QString explanation(const QString &methodId);

Q_SIGNALS:
    void sceneOpenRequested(int index);
    void showMeRequested(int index, const QString &methodId);
    void openPhotoRequested();
    void openProjectRequested();

private:
    void showExplanations(const QStringList &methodIds);
    void chooseScene(int index);

    QList<DemoScene> m_scenes;
    QGridLayout *m_cards;
    QList<QPushButton *> m_cardButtons;
    QComboBox *m_methodCombo;
    QPushButton *m_showMeButton;
    QLabel *m_explanations;
    int m_chosen = 0;
};
