#include "FontCatalog.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QPainterPath>
#include <QRawFont>

#include <algorithm>

namespace {

// Families of fonts-urw-base35 and fonts-texgyre (DEVELOPERS.md: evaluation only).
const char *const reservedNames[] = {
    "c059", "p052", "nimbus", "urwbookman", "urw-bookman", "urwgothic", "urw-gothic", "z003",
    "d050000l", "standardsymbols", "texgyre", "tex-gyre", "urw-base35",
};

// Symbol and pictograph fonts map letters to pictures; they would teach nonsense.
bool isSymbolFont(const QString &lowerPath)
{
    return lowerPath.contains(QLatin1String("symbol")) || lowerPath.contains(QLatin1String("dingbat"))
        || lowerPath.contains(QLatin1String("emoji")) || lowerPath.contains(QLatin1String("math"));
}

bool coversLatinAndDigits(const QString &filePath)
{
    const QRawFont font(filePath, 32);
    if (!font.isValid())
        return false;
    static const QString required = QStringLiteral(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    for (const QChar c : required) {
        if (!font.supportsCharacter(c))
            return false;
    }
    // Some fonts claim every code point but draw nothing (or the same box) for letters.
    const QList<quint32> glyphs = font.glyphIndexesForString(QStringLiteral("aB"));
    return glyphs.size() == 2 && glyphs[0] != glyphs[1] && !font.pathForGlyph(glyphs[0]).isEmpty();
}

} // namespace

QStringList FontCatalog::defaultFolders()
{
    return {QStringLiteral("/usr/share/fonts"), QStringLiteral("/usr/share/texmf/fonts/opentype"),
            QStringLiteral("/usr/local/share/fonts")};
}

bool FontCatalog::isReservedForEvaluation(const QString &filePath)
{
    const QString lower = filePath.toLower();
    for (const char *name : reservedNames) {
        if (lower.contains(QLatin1String(name)))
            return true;
    }
    return false;
}

FontCatalog FontCatalog::scan(Purpose purpose, const QStringList &folders)
{
    FontCatalog catalog;
    catalog.m_purpose = purpose;
    catalog.m_folders = folders;
    for (const QString &folder : folders) {
        QDirIterator it(folder, {QStringLiteral("*.ttf"), QStringLiteral("*.otf")}, QDir::Files,
                        QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext()) {
            const QString path = it.next();
            const bool reserved = isReservedForEvaluation(path);
            if (reserved != (purpose == Purpose::Evaluation))
                continue;
            if (isSymbolFont(path.toLower()) || !coversLatinAndDigits(path))
                continue;
            catalog.m_files.append(QFileInfo(path).canonicalFilePath());
        }
    }
    catalog.m_files.removeDuplicates();
    // Sorted, so that a seed picks the same font on every machine with the same packages.
    std::sort(catalog.m_files.begin(), catalog.m_files.end());
    return catalog;
}

QString FontCatalog::emptyMessage() const
{
    const QString kind = m_purpose == Purpose::Training ? tr("training") : tr("evaluation");
    return tr("No usable %1 fonts were found in %2. Install Debian's font packages "
              "(for example fonts-dejavu, fonts-liberation2, fonts-noto-core; fonts-urw-base35 and "
              "fonts-texgyre for evaluation).")
        .arg(kind, m_folders.join(QStringLiteral(", ")));
}
