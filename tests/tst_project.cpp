#include "Project.h"
#include "ProjectFile.h"
#include "RegionExporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addRegionClipsAndRefusesEmpty();
    void removingARegionRemovesItsRuns();
    void saveThenOpenGivesTheSameProject();
    void projectFindsItsPhotoAfterBothMoved();
    void openRefusesWhatIsNotAProject();
    void exportWritesPngAndSidecar();
    void exportRefusesTheSourcePhoto();
    void pasteBackScalesTheResultIntoTheRegion();

private:
    Project sampleProject(const QString &photoPath) const;
    QTemporaryDir m_dir;
};

Project TestProject::sampleProject(const QString &photoPath) const
{
    Project project;
    project.photoPath = photoPath;
    project.photoSize = QSize(96, 48);
    const int a = project.addRegion(QRect(10, 10, 31, 21), QStringLiteral("Sign"));
    const int b = project.addRegion(QRect(50, 5, 20, 10));
    project.region(a)->ocrBefore = QStringLiteral("S1GN");
    project.region(a)->ocrAfter = QStringLiteral("SIGN");
    project.region(a)->status = TextRegion::Status::Restored;
    project.region(b)->status = TextRegion::Status::Failed;
    RegionRun run;
    run.regionId = a;
    run.methodId = QStringLiteral("bicubic");
    run.options.scale = 4;
    run.options.steps = 7;
    run.options.seed = 18446744073709551557ull; // above 2^53: must survive JSON
    run.options.device = QStringLiteral("cpu");
    run.options.parameters = {{QStringLiteral("schedule"), QStringLiteral("square")},
                              {QStringLiteral("guidance"), 2.5},
                              {QStringLiteral("iterations"), 3},
                              {QStringLiteral("sharpen"), true}};
    run.image = QImage(124, 84, QImage::Format_RGB32);
    for (int y = 0; y < run.image.height(); ++y)
        for (int x = 0; x < run.image.width(); ++x)
            run.image.setPixel(x, y, qRgb(x * 2, y * 3, (x * y) % 256));
    run.stepCount = 1;
    run.seconds = 0.0123;
    run.device = QStringLiteral("CPU");
    run.finishedAt = QDateTime(QDate(2024, 5, 1), QTime(12, 30, 5, 250));
    project.runs.append(run);
    RegionRun failed;
    failed.regionId = b;
    failed.methodId = QStringLiteral("difftsr");
    failed.error = QStringLiteral("weights file is truncated");
    failed.finishedAt = run.finishedAt.addSecs(3);
    project.runs.append(failed);
    return project;
}

void TestProject::addRegionClipsAndRefusesEmpty()
{
    Project project;
    project.photoSize = QSize(100, 50);
    QCOMPARE(project.addRegion(QRect(90, 40, 30, 30)), 1);
    QCOMPARE(project.regions.first().rect, QRect(90, 40, 10, 10));
    QCOMPARE(project.addRegion(QRect(10, 10, 0, 5)), 0);   // zero area
    QCOMPARE(project.addRegion(QRect(200, 200, 5, 5)), 0); // off the photo
    QCOMPARE(project.regions.size(), 1);
    QCOMPARE(project.addRegion(QRect(0, 0, 5, 5), QString(), 7), 7);
    QCOMPARE(project.addRegion(QRect(0, 0, 5, 5), QString(), 7), 8); // taken: the next free id
}

void TestProject::removingARegionRemovesItsRuns()
{
    Project project = sampleProject(QStringLiteral("/nowhere/photo.png"));
    const int id = project.regions.first().id;
    QCOMPARE(project.runCount(id), 1);
    QVERIFY(project.removeRegion(id));
    QCOMPARE(project.runCount(id), 0);
    QCOMPARE(project.runs.size(), 1);
    QVERIFY(!project.removeRegion(id));
}

void TestProject::saveThenOpenGivesTheSameProject()
{
    const Project original = sampleProject(QStringLiteral(GLYPHLAB_TEST_DATA "/base.png"));
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.glyphlab"));
    QString error;
    QVERIFY2(ProjectFile::save(original, path, &error), qPrintable(error));
    const auto loaded = ProjectFile::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->regions.size(), 2);
    QCOMPARE(loaded->runs.at(0).options.seed, original.runs.at(0).options.seed);
    QCOMPARE(loaded->runs.at(0).options.parameters.value(QStringLiteral("sharpen")).toBool(), true);
    QCOMPARE(loaded->runs.at(0).image.convertToFormat(QImage::Format_RGB32), original.runs.at(0).image);
    QVERIFY(*loaded == original);
    // Saved again, byte for byte the same file.
    const QString again = m_dir.filePath(QStringLiteral("again.glyphlab"));
    QVERIFY(ProjectFile::save(*loaded, again, &error));
    QFile first(path), second(again);
    QVERIFY(first.open(QIODevice::ReadOnly) && second.open(QIODevice::ReadOnly));
    QCOMPARE(first.readAll(), second.readAll());
    // A changed region makes them differ: the comparison can fail.
    Project changed = *loaded;
    changed.regions[0].name = QStringLiteral("Other");
    QVERIFY(changed != original);
}

void TestProject::projectFindsItsPhotoAfterBothMoved()
{
    const QString folder = m_dir.filePath(QStringLiteral("before"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::copy(QStringLiteral(GLYPHLAB_TEST_DATA "/base.png"), folder + QStringLiteral("/photo.png")));
    QString error;
    QVERIFY(ProjectFile::save(sampleProject(folder + QStringLiteral("/photo.png")), folder + QStringLiteral("/p.glyphlab"), &error));
    const QString moved = m_dir.filePath(QStringLiteral("after"));
    QVERIFY(QDir().rename(folder, moved));
    const auto loaded = ProjectFile::load(moved + QStringLiteral("/p.glyphlab"), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(QFileInfo(loaded->photoPath).canonicalFilePath(), QFileInfo(moved + QStringLiteral("/photo.png")).canonicalFilePath());
}

void TestProject::openRefusesWhatIsNotAProject()
{
    QString error;
    QVERIFY(!ProjectFile::load(QStringLiteral(GLYPHLAB_TEST_DATA "/notes.txt.png"), &error));
    QVERIFY2(error.contains(QLatin1String("not a GlyphLab project")), qPrintable(error));
    const QString other = m_dir.filePath(QStringLiteral("other.glyphlab"));
    QFile file(other);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "something-else", "regions": []})");
    file.close();
    QVERIFY(!ProjectFile::load(other, &error));
    QVERIFY2(error.contains(QLatin1String("not a GlyphLab project")), qPrintable(error));
    QVERIFY(!ProjectFile::load(m_dir.filePath(QStringLiteral("missing.glyphlab")), &error));
    QVERIFY(error.contains(QLatin1String("Cannot read")));
}

void TestProject::exportWritesPngAndSidecar()
{
    const Project project = sampleProject(QStringLiteral(GLYPHLAB_TEST_DATA "/base.png"));
    const TextRegion &region = project.regions.first();
    const RegionRun &run = project.runs.first();
    const QString png = m_dir.filePath(RegionExporter::suggestedFileName(project, region, run));
    QVERIFY2(png.endsWith(QLatin1String("base_1-Sign_bicubic_x4.png")), qPrintable(png));
    QString error;
    QVERIFY2(RegionExporter::exportRun(project, region, run, png, &error), qPrintable(error));
    QCOMPARE(QImage(png).convertToFormat(QImage::Format_RGB32), run.image);
    QFile sidecar(RegionExporter::sidecarPath(png));
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(sidecar.readAll()).object();
    QCOMPARE(json.value(QLatin1String("sourcePhoto")).toString(), project.photoPath);
    const QJsonObject rect = json.value(QLatin1String("region")).toObject().value(QLatin1String("rect")).toObject();
    QCOMPARE(ProjectFile::rectFromJson(rect), region.rect);
    QCOMPARE(json.value(QLatin1String("method")).toString(), QStringLiteral("bicubic"));
    QCOMPARE(json.value(QLatin1String("options")).toObject().value(QLatin1String("scale")).toInt(), 4);
    QCOMPARE(json.value(QLatin1String("options")).toObject().value(QLatin1String("parameters")).toObject()
                 .value(QLatin1String("schedule")).toString(), QStringLiteral("square"));
    QCOMPARE(json.value(QLatin1String("ocrBefore")).toString(), QStringLiteral("S1GN"));
    QCOMPARE(json.value(QLatin1String("ocrAfter")).toString(), QStringLiteral("SIGN"));
    QCOMPARE(json.value(QLatin1String("seconds")).toDouble(), 0.0123);
    QCOMPARE(json.value(QLatin1String("device")).toString(), QStringLiteral("CPU"));
    // The failed run has nothing to export, and says so.
    QVERIFY(!RegionExporter::exportRun(project, project.regions.at(1), project.runs.at(1), m_dir.filePath(QStringLiteral("f.png")), &error));
    QVERIFY(error.contains(QLatin1String("no restored result")));
    // Export all writes the one region that has a result.
    const QString folder = m_dir.filePath(QStringLiteral("all"));
    QCOMPARE(RegionExporter::exportAll(project, folder, &error), 1);
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);
}

void TestProject::exportRefusesTheSourcePhoto()
{
    const QString photo = m_dir.filePath(QStringLiteral("source.png"));
    QVERIFY(QFile::copy(QStringLiteral(GLYPHLAB_TEST_DATA "/base.png"), photo));
    const QByteArray before = [&] { QFile f(photo); f.open(QIODevice::ReadOnly); return f.readAll(); }();
    const Project project = sampleProject(photo);
    QString error;
    QVERIFY(!RegionExporter::exportRun(project, project.regions.first(), project.runs.first(), photo, &error));
    QVERIFY(error.contains(QLatin1String("never writes over")));
    QVERIFY(!RegionExporter::exportPastedPhoto(QImage(photo), project, photo, &error));
    QFile after(photo);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
}

void TestProject::pasteBackScalesTheResultIntoTheRegion()
{
    Project project;
    project.photoSize = QSize(60, 40);
    const int id = project.addRegion(QRect(10, 10, 20, 10));
    RegionRun run;
    run.regionId = id;
    run.methodId = QStringLiteral("bicubic");
    run.image = QImage(80, 40, QImage::Format_RGB32); // ×4
    run.image.fill(Qt::white);
    project.runs.append(run);
    QImage photo(60, 40, QImage::Format_RGB888);
    photo.fill(QColor(20, 40, 60));
    const QImage pasted = RegionExporter::pasteBack(photo, project);
    QCOMPARE(pasted.size(), photo.size());
    QCOMPARE(QColor(pasted.pixel(10, 10)), QColor(Qt::white));
    QCOMPARE(QColor(pasted.pixel(29, 19)), QColor(Qt::white));
    QCOMPARE(QColor(pasted.pixel(9, 10)), QColor(20, 40, 60));
    QCOMPARE(QColor(pasted.pixel(30, 19)), QColor(20, 40, 60));
    QCOMPARE(QColor(pasted.pixel(10, 20)), QColor(20, 40, 60));
    QCOMPARE(QColor(photo.pixel(10, 10)), QColor(20, 40, 60)); // the input is untouched
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
