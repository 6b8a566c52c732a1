#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The font files the text generator may use. Two disjoint sets: training fonts (everything
// installed that covers Latin letters and digits) and evaluation fonts (URW base-35 and TeX
// Gyre), which are never used for training so that test sets measure unseen typefaces.
class FontCatalog
{
    Q_DECLARE_TR_FUNCTIONS(FontCatalog)

public:
    enum class Purpose { Training, Evaluation };

    // Scans the given folders (default: the system font folders) for .ttf/.otf files that can
    // render [A-Za-z0-9]. Needs a QGuiApplication (fonts are loaded through QRawFont).
    static FontCatalog scan(Purpose purpose, const QStringList &folders = defaultFolders());
    static QStringList defaultFolders();
    // True for the reserved evaluation families, judged by file name.
    static bool isReservedForEvaluation(const QString &filePath);

    Purpose purpose() const { return m_purpose; }
    const QStringList &files() const { return m_files; }
    bool isEmpty() const { return m_files.isEmpty(); }
    // A sentence for the user when the catalog is empty.
    QString emptyMessage() const;

private:
    Purpose m_purpose = Purpose::Training;
    QStringList m_files;
    QStringList m_folders;
};
