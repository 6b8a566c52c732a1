#include "CharacterSet.h"

const QString &CharacterSet::characters()
{
    static const QString set = QStringLiteral("0123456789abcdefghijklmnopqrstuvwxyz-.,'!&:$%/");
    return set;
}

int CharacterSet::classCount()
{
    return int(characters().size()) + 1;
}

QList<int> CharacterSet::encode(const QString &text)
{
    QList<int> classes;
    for (const QChar c : text.toLower()) {
        const qsizetype at = characters().indexOf(c);
        if (at >= 0)
            classes.append(int(at) + 1);
    }
    return classes;
}

QChar CharacterSet::character(int classIndex)
{
    if (classIndex < 1 || classIndex > characters().size())
        return QChar();
    return characters().at(classIndex - 1);
}

QString CharacterSet::decode(const QList<int> &classes)
{
    QString text;
    for (const int c : classes) {
        const QChar ch = character(c);
        if (!ch.isNull())
            text.append(ch);
    }
    return text;
}

QStringList CharacterSet::classNames()
{
    QStringList names{QString()};
    for (const QChar c : characters())
        names.append(QString(c));
    return names;
}
