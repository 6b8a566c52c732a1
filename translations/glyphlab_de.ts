<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BenchCommand</name>
    <message>
        <location filename="../app/BenchCommand.cpp" line="49"/>
        <source>Measure restoration methods: word accuracy of recognizers on the results, gap closure, PSNR, SSIM, time.</source>
        <translation>Restaurierungsmethoden messen: Wortgenauigkeit von Erkennern auf den Ergebnissen, Lückenschluss, PSNR, SSIM, Zeit.</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="50"/>
        <source>Method ids, comma-separated (default: all). Variants: id:key=value;key=value (e.g. difftsr:eta=0;steps=50) and difftsr-idm (DiffTSR&apos;s IDM-only baseline). Extra GlyphSR weights as a labelled row: label=path/glyphsr.json.</source>
        <translation>Methoden-IDs, durch Kommas getrennt (Standard: alle). Varianten: id:schlüssel=wert;schlüssel=wert (z. B. difftsr:eta=0;steps=50) und difftsr-idm (DiffTSRs Nur-IDM-Basislinie). Weitere GlyphSR-Gewichte als benannte Zeile: name=pfad/glyphsr.json.</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="51"/>
        <source>Test sets, comma-separated: synth-easy, synth-medium, synth-hard, synth-x4, real (= real-x2), real-x4, scene-x4, scene-x8.</source>
        <translation>Testsätze, durch Kommas getrennt: synth-easy, synth-medium, synth-hard, synth-x4, real (= real-x2), real-x4, scene-x4, scene-x8.</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="53"/>
        <source>Pairs per synthetic set.</source>
        <translation>Paare pro synthetischem Satz.</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="54"/>
        <source>Tiles per scene-level set.</source>
        <translation>Kacheln pro Szenen-Testsatz.</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="55"/>
        <source>OCR engines, comma-separated.</source>
        <translation>OCR-Engines, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="56"/>
        <source>Folder with labelled real crops (labels.tsv).</source>
        <translation>Ordner mit beschrifteten echten Ausschnitten (labels.tsv).</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="57"/>
        <source>Folder for report.md, report.json and readings.tsv (what each recognizer read in each crop).</source>
        <translation>Ordner für report.md, report.json und readings.tsv (was jede Texterkennung in jedem Ausschnitt gelesen hat).</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="58"/>
        <source>auto, cpu or cuda.</source>
        <translation>auto, cpu oder cuda.</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="59"/>
        <source>CRNN manifest for extra GlyphSR weights (default: the installed crnn.json).</source>
        <translation>CRNN-Manifest für zusätzliche GlyphSR-Gewichte (Standard: die installierte crnn.json).</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="60"/>
        <source>Crops per call for the throughput figures at 64×16 (0: skip them).</source>
        <translation>Ausschnitte pro Aufruf für die Durchsatzwerte bei 64×16 (0: auslassen).</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="72"/>
        <source>--count must be a whole number from 1 to 100000.</source>
        <translation>--count muss eine ganze Zahl von 1 bis 100000 sein.</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="75"/>
        <source>--scene-count must be a whole number from 1 to 100000.</source>
        <translation>--scene-count muss eine ganze Zahl von 1 bis 100000 sein.</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="78"/>
        <source>--batch must be a whole number from 0 to 4096.</source>
        <translation>--batch muss eine ganze Zahl von 0 bis 4096 sein.</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="88"/>
        <source>unknown test set &quot;%1&quot;; known: %2.</source>
        <translation>unbekannter Testsatz „%1“; bekannt: %2.</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="114"/>
        <source>&quot;%1&quot;: a labelled method is written label=path/to/glyphsr.json (the label may not be &quot;hr&quot;).</source>
        <translation>„%1“: eine benannte Methode wird name=pfad/zu/glyphsr.json geschrieben (der Name darf nicht „hr“ sein).</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="116"/>
        <source>&quot;%1&quot;: there is no GlyphSR manifest at %2.</source>
        <translation>„%1“: unter %2 gibt es kein GlyphSR-Manifest.</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="118"/>
        <source>&quot;%1&quot; is the id of a built-in method; give the labelled method another label.</source>
        <translation>„%1“ ist die ID einer eingebauten Methode; geben Sie der benannten Methode einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="120"/>
        <location filename="../app/BenchCommand.cpp" line="130"/>
        <source>&quot;%1&quot; names two rows; give each labelled method its own label.</source>
        <translation>„%1“ benennt zwei Zeilen; geben Sie jeder benannten Methode einen eigenen Namen.</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="128"/>
        <source>unknown method &quot;%1&quot;.</source>
        <translation>unbekannte Methode „%1“.</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="159"/>
        <source>bench: %1 (%2 pairs)</source>
        <translation>bench: %1 (%2 Paare)</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="181"/>
        <source>cannot write the report into %1. %2</source>
        <translation>Der Bericht kann nicht in %1 geschrieben werden. %2</translation>
    </message>
</context>
<context>
    <name>BenchmarkReport</name>
    <message>
        <location filename="../inference/BenchmarkReport.cpp" line="45"/>
        <source># GlyphLab benchmark

Machine: %1

Test sets:
</source>
        <translation># GlyphLab-Benchmark

Rechner: %1

Testsätze:
</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkReport.cpp" line="59"/>
        <location filename="../inference/BenchmarkReport.cpp" line="70"/>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkReport.cpp" line="59"/>
        <source>
## Word accuracy (%, TextZoom protocol; scene-* sets: end-to-end OCR F1, IoU ≥ 0.5)

</source>
        <translation>
## Wortgenauigkeit (%, TextZoom-Protokoll; scene-*-Sätze: End-to-End-OCR-F1, IoU ≥ 0,5)

</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkReport.cpp" line="70"/>
        <source>
## Gap closure (%): (acc − acc_bicubic) / (acc_HR − acc_bicubic)

</source>
        <translation>
## Lückenschluss (%): (acc − acc_bicubic) / (acc_HR − acc_bicubic)

</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkReport.cpp" line="87"/>
        <source>
## Character error rate, image quality and speed

</source>
        <translation>
## Zeichenfehlerrate, Bildqualität und Geschwindigkeit

</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkReport.cpp" line="89"/>
        <source>ms per crop: the set&apos;s crops one at a time. At 64×16: the set&apos;s low-resolution crops brought to 64×16, one per call, and %1 per call.

</source>
        <translation>ms pro Ausschnitt: die Ausschnitte des Satzes einzeln. Bei 64×16: die niedrig aufgelösten Ausschnitte des Satzes auf 64×16 gebracht, einer pro Aufruf und %1 pro Aufruf.

</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkReport.cpp" line="91"/>
        <source>| method | set | CER (scenes: 1 − recall) %1 | PSNR (dB) | SSIM | ms per crop | ms per 64×16 crop | 64×16 crops/s, batch %2 | failures |
</source>
        <translation>| Methode | Satz | CER (Szenen: 1 − Trefferquote) %1 | PSNR (dB) | SSIM | ms pro Ausschnitt | ms pro 64×16-Ausschnitt | 64×16-Ausschnitte/s, Stapel %2 | Fehlschläge |
</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkReport.cpp" line="114"/>
        <source>
## Scene sets: the picture away from the text

PSNR over the pixels outside every word box (grown by %1 pixels): how much a method changes what is not text.

| method | set | PSNR outside the words (dB) |
|---|---|---:|
</source>
        <translation>
## Szenensätze: das Bild abseits des Texts

PSNR über die Pixel außerhalb aller Wortboxen (um %1 Pixel vergrößert): wie stark eine Methode verändert, was kein Text ist.

| Methode | Satz | PSNR außerhalb der Wörter (dB) |
|---|---|---:|
</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkReport.cpp" line="125"/>
        <source>
## The methods&apos; own readings

Word accuracy (%) of the text a method reads itself (DiffTSR: the text diffusion model&apos;s final text, or in idm-only mode the first reading, which it keeps; GlyphSR: the text of its prior).

| method | set | own word accuracy |
|---|---|---:|
</source>
        <translation>
## Die eigenen Lesungen der Methoden

Wortgenauigkeit (%) des Textes, den eine Methode selbst liest (DiffTSR: der Endtext des Textdiffusionsmodells oder im Modus idm-only die erste Lesung, die es behält; GlyphSR: der Text seines Priors).

| Methode | Satz | eigene Wortgenauigkeit |
|---|---|---:|
</translation>
    </message>
</context>
<context>
    <name>BenchmarkRunner</name>
    <message>
        <location filename="../inference/BenchmarkRunner.cpp" line="155"/>
        <source>The recognizer %1 is not available: %2</source>
        <translation>Der Erkenner %1 ist nicht verfügbar: %2</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkRunner.cpp" line="182"/>
        <source>%1 cannot find text on photos: no figures for it on %2.</source>
        <translation>%1 kann auf Fotos keinen Text finden: keine Werte dafür auf %2.</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkRunner.cpp" line="233"/>
        <source>%1 failed on %2: %3</source>
        <translation>%1 ist bei %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkRunner.cpp" line="275"/>
        <source>%1: the speed measurement at 64×16 failed: %2</source>
        <translation>%1: die Geschwindigkeitsmessung bei 64×16 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkRunner.cpp" line="282"/>
        <source>%1 on %2 done.</source>
        <translation>%1 auf %2 fertig.</translation>
    </message>
</context>
<context>
    <name>BenchmarkSetBuilder</name>
    <message>
        <location filename="../inference/BenchmarkSetBuilder.cpp" line="61"/>
        <source>%1 generated lines, %2×%3 → ×%4, %5 degradation, evaluation fonts and held-out words, seed %6</source>
        <translation>%1 erzeugte Zeilen, %2×%3 → ×%4, Degradation %5, Auswertungsschriften und zurückgehaltene Wörter, Seed %6</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkSetBuilder.cpp" line="71"/>
        <source>Unknown test set &quot;%1&quot;; known: %2, real.</source>
        <translation>Unbekannter Testsatz „%1“; bekannt: %2, real.</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkSetBuilder.cpp" line="107"/>
        <source>No labelled crops (labels.tsv) were found below %1.</source>
        <translation>Unterhalb von %1 wurden keine beschrifteten Ausschnitte (labels.tsv) gefunden.</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkSetBuilder.cpp" line="108"/>
        <source>%1 real word crops (%2), degraded ×%3 by the medium preset, seed 9100</source>
        <translation>%1 echte Wortausschnitte (%2), mit der Voreinstellung medium um ×%3 degradiert, Seed 9100</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkSetBuilder.cpp" line="124"/>
        <source>%1 generated scene tiles, %2×%2 → ×%3, the four glyph/image quality partitions in turn, evaluation fonts and held-out words, seed %4; scored by end-to-end OCR F1</source>
        <translation>%1 erzeugte Szenenkacheln, %2×%2 → ×%3, die vier Partitionen aus Glyphen- und Bildqualität im Wechsel, Evaluierungsschriften und zurückgehaltene Wörter, Seed %4; bewertet mit End-to-End-OCR-F1</translation>
    </message>
</context>
<context>
    <name>BicubicMethod</name>
    <message>
        <location filename="../inference/BicubicMethod.cpp" line="17"/>
        <source>Bicubic interpolation</source>
        <translation>Bikubische Interpolation</translation>
    </message>
    <message>
        <location filename="../inference/BicubicMethod.cpp" line="18"/>
        <source>Enlarges the crop with a bicubic filter. Adds no detail: the baseline every restoration method is measured against.</source>
        <translation>Vergrößert den Ausschnitt mit einem bikubischen Filter. Fügt keine Details hinzu: die Vergleichsbasis, an der sich jede Restaurierungsmethode messen lassen muss.</translation>
    </message>
    <message>
        <location filename="../inference/BicubicMethod.cpp" line="51"/>
        <source>Bicubic ×%1</source>
        <translation>Bikubisch ×%1</translation>
    </message>
</context>
<context>
    <name>CommandLineTool</name>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="107"/>
        <source>Usage: glyphlab-cli &lt;command&gt; [options]

Commands:
  methods    list the restoration methods, one per line: id, then name
  restore    restore images: --method ID --input FILE|DIR --output DIR
             [--scale N] [--steps N] [--seed N] [--device auto|cpu|cuda]
             [--region X,Y,W,H] [--dump-steps] [--param KEY=VALUE]
  demo       restore the text regions of the bundled demo photo
             [--output DIR] [--method ID] [--scale N]
  synth      generate training/test pairs with glyph masks: --output DIR
             [--count N] [--seed N] [--preset easy|medium|hard] [--scale 2|4|8]
  train      train a model: crnn|glyphsr|difftsr|glyph-sr --data DIR[,DIR] --output DIR
             [--steps N]; language-model --recognizer crnn.json --output DIR
  bench      measure methods on the test sets: [--methods IDS] [--sets NAMES]
             [--count N] [--recognizers ppocr,tesseract] [--output DIR]
  schedule   print GLYPH-SR&apos;s ping-pong schedule, step by step: [--kind
             square|text|image|linear|cosine] [--period N] [--start N] [--steps N]
  ocr        read the word or line in each crop: --engine tesseract|ppocr
             --input FILE|DIR; prints file, text, confidence (tab-separated)
  detect     find and read the text on a photo: --engine tesseract|ppocr
             --input PHOTO [--lines] [--min-confidence X]; prints a JSON array
             of text boxes (--lines: words joined into text lines)

Run glyphlab-cli &lt;command&gt; --help for the options of a command.
</source>
        <translation>Aufruf: glyphlab-cli &lt;Befehl&gt; [Optionen]

Befehle:
  methods    die Restaurierungsmethoden auflisten, eine pro Zeile: ID, dann Name
  restore    Bilder restaurieren: --method ID --input DATEI|ORDNER --output ORDNER
             [--scale N] [--steps N] [--seed N] [--device auto|cpu|cuda]
             [--region X,Y,W,H] [--dump-steps] [--param KEY=VALUE]
  demo       die Textbereiche des mitgelieferten Demofotos restaurieren
             [--output ORDNER] [--method ID] [--scale N]
  synth      Trainings-/Testpaare mit Glyphenmasken erzeugen: --output ORDNER
             [--count N] [--seed N] [--preset easy|medium|hard] [--scale 2|4|8]
  train      ein Modell trainieren: crnn|glyphsr|difftsr|glyph-sr --data ORDNER[,ORDNER] --output ORDNER
             [--steps N]; language-model --recognizer crnn.json --output ORDNER
  bench      Methoden auf den Testsätzen messen: [--methods IDS] [--sets NAMEN]
             [--count N] [--recognizers ppocr,tesseract] [--output ORDNER]
  schedule   GLYPH-SRs Ping-Pong-Plan Schritt für Schritt ausgeben: [--kind
             square|text|image|linear|cosine] [--period N] [--start N] [--steps N]
  ocr        das Wort oder die Zeile in jedem Ausschnitt lesen: --engine tesseract|ppocr
             --input DATEI|ORDNER; gibt Datei, Text, Konfidenz aus (durch Tabulatoren getrennt)
  detect     den Text auf einem Foto finden und lesen: --engine tesseract|ppocr
             --input FOTO [--lines] [--min-confidence X]; gibt ein JSON-Array
             von Textfeldern aus (--lines: Wörter zu Textzeilen zusammengefasst)

glyphlab-cli &lt;Befehl&gt; --help zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="136"/>
        <location filename="../app/CommandLineTool.cpp" line="285"/>
        <location filename="../app/CommandLineTool.cpp" line="421"/>
        <location filename="../app/CommandLineTool.cpp" line="426"/>
        <source>glyphlab-cli: %1</source>
        <translation>glyphlab-cli: %1</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="175"/>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="215"/>
        <source>Restore one image or every image in a folder.</source>
        <translation>Ein Bild oder alle Bilder eines Ordners restaurieren.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="216"/>
        <source>Method id (see &apos;methods&apos;).</source>
        <translation>Methoden-ID (siehe „methods“).</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="217"/>
        <location filename="../app/CommandLineTool.cpp" line="467"/>
        <source>An image file or a folder of images.</source>
        <translation>Eine Bilddatei oder ein Ordner mit Bildern.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="218"/>
        <source>Folder for the results (created if missing).</source>
        <translation>Ordner für die Ergebnisse (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="219"/>
        <location filename="../app/CommandLineTool.cpp" line="399"/>
        <source>Enlargement factor.</source>
        <translation>Vergrößerungsfaktor.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="220"/>
        <source>Steps of iterative methods.</source>
        <translation>Anzahl der Schritte bei iterativen Methoden.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="221"/>
        <source>Random seed of sampling methods.</source>
        <translation>Zufalls-Seed für Sampling-Methoden.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="222"/>
        <source>auto, cpu or cuda.</source>
        <translation>auto, cpu oder cuda.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="223"/>
        <source>Restore only this rectangle of each image.</source>
        <translation>Nur dieses Rechteck jedes Bildes restaurieren.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="236"/>
        <location filename="../app/CommandLineTool.cpp" line="477"/>
        <location filename="../app/CommandLineTool.cpp" line="539"/>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="239"/>
        <source>restore needs --%1.</source>
        <translation>restore benötigt --%1.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="247"/>
        <source>unknown method &quot;%1&quot;; available: %2.</source>
        <translation>unbekannte Methode „%1“; verfügbar: %2.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="252"/>
        <source>--scale must be a whole number from 1 to 16 (got &quot;%1&quot;).</source>
        <translation>--scale muss eine ganze Zahl von 1 bis 16 sein (angegeben: „%1“).</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="254"/>
        <source>--steps must be a whole number from 1 to 1000 (got &quot;%1&quot;).</source>
        <translation>--steps muss eine ganze Zahl von 1 bis 1000 sein (angegeben: „%1“).</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="258"/>
        <source>--seed must be a non-negative whole number (got &quot;%1&quot;).</source>
        <translation>--seed muss eine nicht negative ganze Zahl sein (angegeben: „%1“).</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="463"/>
        <source>Read the word or text line in each crop. Prints one line per image: file, text, confidence (0 to 1), separated by tabs.</source>
        <translation>Das Wort oder die Textzeile in jedem Ausschnitt lesen. Gibt eine Zeile pro Bild aus: Datei, Text, Konfidenz (0 bis 1), durch Tabulatoren getrennt.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="465"/>
        <location filename="../app/CommandLineTool.cpp" line="523"/>
        <source>OCR engine: %1.</source>
        <translation>OCR-Engine: %1.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="480"/>
        <source>ocr needs --%1.</source>
        <translation>ocr benötigt --%1.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="521"/>
        <source>Find and read the text on a photo. Prints a JSON array of {&quot;text&quot;, &quot;confidence&quot;, &quot;box&quot;: [x, y, w, h], &quot;quad&quot;: four [x, y] corners}.</source>
        <translation>Den Text auf einem Foto finden und lesen. Gibt ein JSON-Array von {&quot;text&quot;, &quot;confidence&quot;, &quot;box&quot;: [x, y, w, h], &quot;quad&quot;: vier [x, y]-Ecken} aus.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="525"/>
        <source>The photo.</source>
        <translation>Das Foto.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="526"/>
        <source>Join words on the same text line into one box.</source>
        <translation>Wörter auf derselben Textzeile zu einem Feld zusammenfassen.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="528"/>
        <source>Leave out boxes read with less confidence (0..1; default 0).</source>
        <translation>Felder mit geringerer Lesekonfidenz weglassen (0..1; Standard 0).</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="542"/>
        <source>detect needs --%1.</source>
        <translation>detect benötigt --%1.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="547"/>
        <source>--min-confidence takes a number from 0 to 1, not &quot;%1&quot;.</source>
        <translation>--min-confidence erwartet eine Zahl von 0 bis 1, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="550"/>
        <source>detect reads one photo; &quot;%1&quot; is a folder.</source>
        <translation>detect liest ein einzelnes Foto; „%1“ ist ein Ordner.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="188"/>
        <source>glyphlab-cli: no images in &quot;%1&quot;.</source>
        <translation>glyphlab-cli: keine Bilder in „%1“.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="72"/>
        <source>--param %1 must be one of %2 (got &quot;%3&quot;).</source>
        <translation>--param %1 muss eines von %2 sein (erhalten: „%3“).</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="73"/>
        <source>--param %1 must be a number from %2 to %3 (got &quot;%4&quot;).</source>
        <translation>--param %1 muss eine Zahl von %2 bis %3 sein (erhalten: „%4“).</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="79"/>
        <source>--param &quot;%1&quot;: %2 has no such parameter (it has: %3).</source>
        <translation>--param „%1“: %2 hat keinen solchen Parameter (vorhanden: %3).</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="80"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="195"/>
        <source>glyphlab-cli: &quot;%1&quot; does not exist.</source>
        <translation>glyphlab-cli: „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="224"/>
        <source>Also write every step&apos;s image, a steps.tsv and a steps.json into NAME.steps beside each result.</source>
        <translation>Außerdem das Bild jedes Schritts, eine steps.tsv und eine steps.json in NAME.steps neben jedes Ergebnis schreiben.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="225"/>
        <source>A method parameter, key=value (repeatable), e.g. mode=idm-only for difftsr.</source>
        <translation>Ein Methodenparameter, schlüssel=wert (wiederholbar), z. B. mode=idm-only für difftsr.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="301"/>
        <source>%1: not restored: the result would overwrite the input file %2; choose another --output folder.</source>
        <translation>%1: nicht restauriert: Das Ergebnis würde die Eingabedatei %2 überschreiben; einen anderen --output-Ordner wählen.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="311"/>
        <source>Restored %1 of %2 image(s) into %3.</source>
        <translation>%1 von %2 Bild(ern) nach %3 restauriert.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="371"/>
        <location filename="../app/CommandLineTool.cpp" line="374"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CommandLineTool.cpp" line="378"/>
        <source>%1: %2×%3 → %4×%5 (%6 ×%7, %n step(s), %8 ms, %9) → %10</source>
        <translation>
            <numerusform>%1: %2×%3 → %4×%5 (%6 ×%7, %n Schritt, %8 ms, %9) → %10</numerusform>
            <numerusform>%1: %2×%3 → %4×%5 (%6 ×%7, %n Schritte, %8 ms, %9) → %10</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="386"/>
        <source>(converted on input: %1)</source>
        <translation>(beim Einlesen umgewandelt: %1)</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="394"/>
        <source>Restore the text regions of the bundled demo photo.</source>
        <translation>Die Textbereiche des mitgelieferten Demofotos restaurieren.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="395"/>
        <source>Folder for the results.</source>
        <translation>Ordner für die Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="398"/>
        <source>Method id.</source>
        <translation>Methoden-ID.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="410"/>
        <source>unknown method &quot;%1&quot;.</source>
        <translation>unbekannte Methode „%1“.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="416"/>
        <source>--scale must be a whole number from 1 to 16.</source>
        <translation>--scale muss eine ganze Zahl von 1 bis 16 sein.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="429"/>
        <source>Demo photo: %1</source>
        <translation>Demofoto: %1</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="435"/>
        <source>Region “%1” at %2,%3 (%4×%5):</source>
        <translation>Bereich „%1“ bei %2,%3 (%4×%5):</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="445"/>
        <source>Results are in %1.</source>
        <translation>Die Ergebnisse liegen in %1.</translation>
    </message>
</context>
<context>
    <name>ComparisonGrid</name>
    <message>
        <location filename="../widgets/ComparisonGrid.cpp" line="27"/>
        <source>Comparison of methods</source>
        <translation>Vergleich der Methoden</translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonGrid.cpp" line="217"/>
        <source>No run yet: results of several methods appear here side by side.</source>
        <translation>Noch kein Lauf: Hier erscheinen die Ergebnisse mehrerer Methoden nebeneinander.</translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonGrid.cpp" line="241"/>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonGrid.cpp" line="253"/>
        <source>Showing the first %1 of %2 images</source>
        <translation>Die ersten %1 von %2 Bildern werden angezeigt</translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonGrid.cpp" line="349"/>
        <source>%1×%2 px</source>
        <translation>%1×%2 px</translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonGrid.cpp" line="350"/>
        <source>Wheel: zoom all cells · drag: pan all cells · double-click: fit</source>
        <translation>Mausrad: alle Zellen zoomen · Ziehen: alle Zellen verschieben · Doppelklick: einpassen</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../widgets/ComparisonView.cpp" line="67"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonView.cpp" line="67"/>
        <source>Input %1×%2</source>
        <translation>Eingabe %1×%2</translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonView.cpp" line="68"/>
        <source>Draw a region on the photo</source>
        <translation>Einen Bereich im Foto aufziehen</translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonView.cpp" line="70"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonView.cpp" line="71"/>
        <source>Result %1×%2</source>
        <translation>Ergebnis %1×%2</translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonView.cpp" line="73"/>
        <source>Run a method to see the result</source>
        <translation>Eine Methode ausführen, um das Ergebnis zu sehen</translation>
    </message>
</context>
<context>
    <name>ConfiguredMethod</name>
    <message>
        <location filename="../inference/ConfiguredMethod.cpp" line="23"/>
        <source>unknown method &quot;%1&quot;.</source>
        <translation>unbekannte Methode „%1“.</translation>
    </message>
    <message>
        <location filename="../inference/ConfiguredMethod.cpp" line="36"/>
        <source>&quot;%1&quot;: %2 has no parameter &quot;%3&quot;.</source>
        <translation>„%1“: %2 hat keinen Parameter „%3“.</translation>
    </message>
</context>
<context>
    <name>CrnnOcrEngine</name>
    <message>
        <location filename="../inference/CrnnOcrEngine.cpp" line="52"/>
        <source>GlyphLab CRNN</source>
        <translation>GlyphLab-CRNN</translation>
    </message>
    <message>
        <location filename="../inference/CrnnOcrEngine.cpp" line="81"/>
        <source>The GlyphLab CRNN reads word crops; it cannot find text on a photo. Use PP-OCR or Tesseract to detect.</source>
        <translation>Das GlyphLab-CRNN liest Wortausschnitte; es kann keinen Text auf einem Foto finden. Zum Erkennen PP-OCR oder Tesseract verwenden.</translation>
    </message>
</context>
<context>
    <name>CrnnTrainer</name>
    <message>
        <location filename="../inference/CrnnTrainer.cpp" line="68"/>
        <source>CRNN: %1 training and %2 validation samples; %3.</source>
        <translation>CRNN: %1 Trainings- und %2 Validierungsbeispiele; %3.</translation>
    </message>
    <message>
        <location filename="../inference/CrnnTrainer.cpp" line="79"/>
        <source>CRNN: starting from the weights in %1.</source>
        <translation>CRNN: beginnt mit den Gewichten aus %1.</translation>
    </message>
    <message>
        <location filename="../inference/CrnnTrainer.cpp" line="84"/>
        <source>CRNN: %1 parameters.</source>
        <translation>CRNN: %1 Parameter.</translation>
    </message>
    <message>
        <location filename="../inference/CrnnTrainer.cpp" line="119"/>
        <source>CRNN step %1/%2: CTC loss %3, %4 s/step</source>
        <translation>CRNN-Schritt %1/%2: CTC-Verlust %3, %4 s/Schritt</translation>
    </message>
    <message>
        <location filename="../inference/CrnnTrainer.cpp" line="128"/>
        <source>CRNN step %1: validation word accuracy HR %2%, LR (bicubic) %3%; checkpoint written.</source>
        <translation>CRNN-Schritt %1: Validierungs-Wortgenauigkeit HR %2 %, LR (bikubisch) %3 %; Checkpoint geschrieben.</translation>
    </message>
    <message>
        <location filename="../inference/CrnnTrainer.cpp" line="158"/>
        <source>A small CRNN (%1 parameters) trained from scratch on GlyphLab&apos;s synthetic text lines; stands in for the pretrained recognizers of the papers.</source>
        <translation>Ein kleines CRNN (%1 Parameter), von Grund auf mit den synthetischen Textzeilen von GlyphLab trainiert; es ersetzt die vortrainierten Erkenner der Paper.</translation>
    </message>
    <message>
        <location filename="../inference/CrnnTrainer.cpp" line="162"/>
        <source>CRNN written to %1.</source>
        <translation>CRNN nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>DatasetGenerator</name>
    <message>
        <location filename="../inference/DatasetGenerator.cpp" line="123"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DatasetShardReader</name>
    <message>
        <location filename="../inference/DatasetShardReader.cpp" line="32"/>
        <location filename="../inference/DatasetShardReader.cpp" line="39"/>
        <source>sample %1 is damaged.</source>
        <translation>Beispiel %1 ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../inference/DatasetShardReader.cpp" line="53"/>
        <source>%1 contains no data set shards (*.glsh). Make one with glyphlab-cli synth.</source>
        <translation>%1 enthält keine Datensatz-Shards (*.glsh). Mit glyphlab-cli synth welche erzeugen.</translation>
    </message>
</context>
<context>
    <name>DatasetShardWriter</name>
    <message>
        <location filename="../inference/DatasetShardWriter.cpp" line="21"/>
        <source>A sample does not have the shard&apos;s image sizes.</source>
        <translation>Ein Beispiel hat nicht die Bildgrößen des Shards.</translation>
    </message>
</context>
<context>
    <name>DemoScene</name>
    <message>
        <location filename="../inference/DemoScene.cpp" line="50"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../inference/DemoScene.cpp" line="57"/>
        <source>%1 is not valid JSON: %2.</source>
        <translation>%1 ist kein gültiges JSON: %2.</translation>
    </message>
    <message>
        <location filename="../inference/DemoScene.cpp" line="64"/>
        <source>%1 names no existing photo or no regions.</source>
        <translation>%1 nennt kein vorhandenes Foto oder keine Bereiche.</translation>
    </message>
</context>
<context>
    <name>DiffTsrMethod</name>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="167"/>
        <source>DiffTSR (CVPR 2024)</source>
        <translation>DiffTSR (CVPR 2024)</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="168"/>
        <source>Two diffusion models side by side: one restores the image while the other reads the text, and at every step each guides the other. Watch the text settle as the noise goes down. Made for single text lines; ×4 runs it twice.</source>
        <translation>Zwei Diffusionsmodelle nebeneinander: eines restauriert das Bild, das andere liest den Text, und in jedem Schritt leitet jedes das andere. Sehen Sie zu, wie sich der Text festigt, während das Rauschen abnimmt. Für einzelne Textzeilen gemacht; ×4 führt es zweimal aus.</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="174"/>
        <source>DDIM η</source>
        <translation>DDIM η</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="175"/>
        <source>Fresh noise added at each step: 0 is deterministic DDIM, 1 is the ancestral sampler</source>
        <translation>In jedem Schritt neu hinzugefügtes Rauschen: 0 ist deterministisches DDIM, 1 der Ahnen-Sampler</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="176"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="177"/>
        <source>full: image and text diffusion together; idm-only: the authors&apos; faster baseline, the text fixed to the first reading</source>
        <translation>full: Bild- und Textdiffusion zusammen; idm-only: die schnellere Basislinie der Autoren, der Text bleibt bei der ersten Lesung</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="179"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="180"/>
        <source>Where the denoising starts, as a fraction of the full noise schedule: 1 starts from pure noise, lower values start from the noised bicubic image and keep more of the input</source>
        <translation>Wo das Entrauschen beginnt, als Anteil des ganzen Rauschplans: 1 beginnt mit reinem Rauschen, kleinere Werte beginnen mit dem verrauschten bikubischen Bild und behalten mehr von der Eingabe</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="182"/>
        <source>Text start</source>
        <translation>Textstart</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="183"/>
        <source>Where the text diffusion starts, as a fraction of the noise schedule: the recognizer&apos;s first reading is noised to that level, so lower values trust the reading more; 1 starts from noise</source>
        <translation>Wo die Textdiffusion beginnt, als Anteil des Rauschplans: die erste Lesung des Erkenners wird auf diese Stufe verrauscht, kleinere Werte vertrauen der Lesung also mehr; 1 beginnt mit Rauschen</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="185"/>
        <source>Text temperature</source>
        <translation>Texttemperatur</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="186"/>
        <source>Randomness of each text step: 1 draws the next text from the model&apos;s distribution, 0 takes the likeliest characters</source>
        <translation>Zufall jedes Textschritts: 1 zieht den nächsten Text aus der Verteilung des Modells, 0 nimmt die wahrscheinlichsten Zeichen</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="188"/>
        <source>First reading</source>
        <translation>Erste Lesung</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="189"/>
        <source>Where the first text comes from: crnn reads the line; language corrects that reading with a character language model of the training words; known takes the words that came with it (the benchmark&apos;s true text), to measure how much the image follows the text</source>
        <translation>Woher der erste Text kommt: crnn liest die Zeile; language korrigiert diese Lesung mit einem Zeichen-Sprachmodell der Trainingswörter; known nimmt die mitgelieferten Wörter (den wahren Text des Benchmarks), um zu messen, wie sehr das Bild dem Text folgt</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="194"/>
        <source>Recognizer guidance</source>
        <translation>Führung durch den Erkenner</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="195"/>
        <source>How hard each step pushes the image toward what the recognizer would read as the current text (0: off); lets the text steer the picture</source>
        <translation>Wie stark jeder Schritt das Bild zu dem schiebt, was der Erkenner als den aktuellen Text lesen würde (0: aus); so lenkt der Text das Bild</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="222"/>
        <source>DiffTSR&apos;s recognizer guidance must be between 0 and 1.</source>
        <translation>Die Führung durch den Erkenner muss bei DiffTSR zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="225"/>
        <source>Unknown DiffTSR reading &quot;%1&quot;; choose crnn, language or known.</source>
        <translation>Unbekannte DiffTSR-Lesung „%1“; wählen Sie crnn, language oder known.</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="310"/>
        <source>The first reading is the recognizer&apos;s own: %1</source>
        <translation>Die erste Lesung ist die eigene des Erkenners: %1</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="210"/>
        <source>DiffTSR takes 1 to %1 steps (got %2).</source>
        <translation>DiffTSR nimmt 1 bis %1 Schritte (erhalten: %2).</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="213"/>
        <source>Unknown DiffTSR mode &quot;%1&quot;; choose full or idm-only.</source>
        <translation>Unbekannter DiffTSR-Modus „%1“; full oder idm-only wählen.</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="214"/>
        <source>DiffTSR&apos;s eta must be between 0 and 1.</source>
        <translation>DiffTSRs eta muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="216"/>
        <source>DiffTSR&apos;s start must be between 0.05 and 1.</source>
        <translation>Der Start von DiffTSR muss zwischen 0,05 und 1 liegen.</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="218"/>
        <source>DiffTSR&apos;s text start must be between 0 and 1.</source>
        <translation>Der Textstart von DiffTSR muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="220"/>
        <source>DiffTSR&apos;s text temperature must be between 0 and 1.</source>
        <translation>Die Texttemperatur von DiffTSR muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="230"/>
        <source>DiffTSR&apos;s reading=known needs the line&apos;s words; only the benchmark gives them.</source>
        <translation>reading=known von DiffTSR braucht die Wörter der Zeile; nur der Benchmark liefert sie.</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="236"/>
        <source>The DiffTSR text diffusion model (training stage tdm) is not there yet; use mode idm-only.</source>
        <translation>Das Textdiffusionsmodell von DiffTSR (Trainingsstufe tdm) fehlt noch; Modus idm-only verwenden.</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="303"/>
        <source>Pass %1, step %2 of %3: t = %4, noise level %5; the text diffusion reads &quot;%6&quot; (confidence %7).</source>
        <translation>Durchgang %1, Schritt %2 von %3: t = %4, Rauschpegel %5; die Textdiffusion liest „%6“ (Konfidenz %7).</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="306"/>
        <source>Pass %1, step %2 of %3: t = %4, noise level %5; the text is fixed to &quot;%6&quot;.</source>
        <translation>Durchgang %1, Schritt %2 von %3: t = %4, Rauschpegel %5; der Text ist auf „%6“ festgelegt.</translation>
    </message>
</context>
<context>
    <name>DiffTsrModel</name>
    <message>
        <location filename="../inference/DiffTsrModel.cpp" line="17"/>
        <location filename="../inference/DiffTsrModel.cpp" line="25"/>
        <source>The DiffTSR architecture in the manifest is not one this program can build.</source>
        <translation>Die DiffTSR-Architektur im Manifest kann dieses Programm nicht aufbauen.</translation>
    </message>
</context>
<context>
    <name>DiffTsrTrainer</name>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="287"/>
        <source>Unknown DiffTSR stage &quot;%1&quot;; choose idm, tdm or mom.</source>
        <translation>Unbekannte DiffTSR-Stufe „%1“; idm, tdm oder mom wählen.</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="306"/>
        <source>The mom stage starts from the idm and tdm stages in its output folder; --from is for idm and tdm.</source>
        <translation>Die Stufe mom beginnt mit den Stufen idm und tdm in ihrem Ausgabeordner; --from gilt für idm und tdm.</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="309"/>
        <source>The mom stage needs the idm and tdm stages in %1 first.</source>
        <translation>Die Stufe mom braucht zuerst die Stufen idm und tdm in %1.</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="312"/>
        <source>DiffTSR mom: %1 tensors taken from the stage-1 and stage-2 condition encoders.</source>
        <translation>DiffTSR mom: %1 Tensoren aus den Bedingungskodierern der Stufen 1 und 2 übernommen.</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="319"/>
        <source>DiffTSR %1: starting from the weights in %2.</source>
        <translation>DiffTSR %1: Start mit den Gewichten in %2.</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="326"/>
        <source>DiffTSR %1: those weights are of an earlier architecture; %2 of today&apos;s %3 tensors taken from them.</source>
        <translation>DiffTSR %1: diese Gewichte gehören zu einer früheren Architektur; %2 der heutigen %3 Tensoren wurden aus ihnen übernommen.</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="338"/>
        <source>DiffTSR %1: %2 training and %3 validation samples; %4.</source>
        <translation>DiffTSR %1: %2 Trainings- und %3 Validierungsbeispiele; %4.</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="347"/>
        <source>DiffTSR %1: %2 trained parameters (IDM %3, its text encoder %4, TDM %5, its image encoder %6, MoM %7).</source>
        <translation>DiffTSR %1: %2 trainierte Parameter (IDM %3, sein Textkodierer %4, TDM %5, sein Bildkodierer %6, MoM %7).</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="422"/>
        <source>DiffTSR %1 step %2/%3: loss %4 (mse %5, ctc %6, bound %7, ce %8), %9 s/step</source>
        <translation>DiffTSR %1 Schritt %2/%3: Verlust %4 (mse %5, ctc %6, bound %7, ce %8), %9 s/Schritt</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="434"/>
        <source>DiffTSR %1 step %2: validation at t = 100…900: residual MSE %3, one-step PSNR %4 dB (bicubic %5), CRNN word accuracy on x̂0 %6% (by t: %7 %).</source>
        <translation>DiffTSR %1 Schritt %2: Validierung bei t = 100…900: Residuen-MSE %3, Ein-Schritt-PSNR %4 dB (bikubisch %5), CRNN-Wortgenauigkeit auf x̂0 %6 % (nach t: %7 %).</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="440"/>
        <source>DiffTSR idm step %1: given the true line instead of the reading: CRNN word accuracy on x̂0 %2% (by t: %3 %).</source>
        <translation>DiffTSR idm Schritt %1: mit der wahren Zeile statt der Lesung: CRNN-Wortgenauigkeit auf x̂0 %2% (nach t: %3 %).</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="445"/>
        <source>DiffTSR %1 step %2: validation at t = 100…900: TDM word accuracy of ĉ0 %3% (by t: %4 %).</source>
        <translation>DiffTSR %1 Schritt %2: Validierung bei t = 100…900: TDM-Wortgenauigkeit von ĉ0 %3 % (nach t: %4 %).</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="448"/>
        <source>DiffTSR %1 step %2: checkpoint written.</source>
        <translation>DiffTSR %1 Schritt %2: Prüfpunkt geschrieben.</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="480"/>
        <source>Mini-DiffTSR (%1 parameters in all), trained on GlyphLab&apos;s synthetic lines (each stage&apos;s training block says on which device and from which weights): pixel space with a ×2 space-to-depth fold instead of the paper&apos;s VAE; the IDM diffuses the residual over bicubic and predicts it directly; a small UNet (widths 48/96/96) that also takes the CRNN&apos;s reading of the LR column by column, as GlyphSR&apos;s text prior, and its text condition drawn over the line in a plain sans, and attends to the text with column and character positions; a 4-layer width-128 TDM over 24 character slots and a small MoM; GlyphLab&apos;s CRNN instead of TransOCR for the initial text and the OCR loss. The published system is much larger, starts from a pretrained VAE and was trained on GPUs.</source>
        <translation>Mini-DiffTSR (insgesamt %1 Parameter), mit GlyphLabs synthetischen Zeilen trainiert (der Trainingsblock jeder Stufe sagt, auf welchem Gerät und ab welchen Gewichten): Pixelraum mit einer ×2-Space-to-Depth-Faltung statt des VAE des Artikels; das IDM diffundiert das Residuum über bikubisch und sagt es direkt voraus; ein kleines UNet (Breiten 48/96/96), das zusätzlich die Lesung des CRNN aus dem LR Spalte für Spalte erhält, wie GlyphSRs Textprior, und seine Textbedingung, in einer schlichten Sans über die Zeile gezeichnet, und mit Spalten- und Zeichenpositionen auf den Text achtet; ein 4-schichtiges TDM der Breite 128 über 24 Zeichenplätze und ein kleines MoM; GlyphLabs CRNN statt TransOCR für den Anfangstext und den OCR-Verlust. Das veröffentlichte System ist viel größer, beginnt mit einem vortrainierten VAE und wurde auf GPUs trainiert.</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="491"/>
        <source>DiffTSR %1 written to %2.</source>
        <translation>DiffTSR %1 nach %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>FontCatalog</name>
    <message>
        <location filename="../inference/FontCatalog.cpp" line="85"/>
        <source>training</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <location filename="../inference/FontCatalog.cpp" line="85"/>
        <source>evaluation</source>
        <translation>Auswertungs</translation>
    </message>
    <message>
        <location filename="../inference/FontCatalog.cpp" line="86"/>
        <source>No usable %1 fonts were found in %2. Install Debian&apos;s font packages (for example fonts-dejavu, fonts-liberation2, fonts-noto-core; fonts-urw-base35 and fonts-texgyre for evaluation).</source>
        <translation>In %2 wurden keine brauchbaren %1schriften gefunden. Die Schriftpakete von Debian installieren (zum Beispiel fonts-dejavu, fonts-liberation2, fonts-noto-core; fonts-urw-base35 und fonts-texgyre für die Auswertung).</translation>
    </message>
</context>
<context>
    <name>GlyphPainter</name>
    <message>
        <location filename="../inference/GlyphPainter.cpp" line="33"/>
        <location filename="../inference/GlyphPainter.cpp" line="42"/>
        <source>The font %1 cannot draw &quot;%2&quot;.</source>
        <translation>Die Schrift %1 kann „%2“ nicht zeichnen.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphPainter.cpp" line="57"/>
        <source>&quot;%1&quot; has nothing to draw.</source>
        <translation>„%1“ enthält nichts zum Zeichnen.</translation>
    </message>
</context>
<context>
    <name>GlyphSrMethod</name>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="79"/>
        <source>GlyphSR&apos;s working height must be a whole number from %1 to %2.</source>
        <translation>Die Arbeitshöhe von GlyphSR muss eine ganze Zahl von %1 bis %2 sein.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="95"/>
        <source>Unknown GlyphSR reading &quot;%1&quot;; choose crnn, language or known.</source>
        <translation>Unbekannte GlyphSR-Lesung „%1“; wählen Sie crnn, language oder known.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="174"/>
        <source>GlyphSR&apos;s reading=language needs the language model: %1</source>
        <translation>GlyphSRs reading=language braucht das Sprachmodell: %1</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="227"/>
        <source>GlyphSR (AAAI 2025)</source>
        <translation>GlyphSR (AAAI 2025)</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="228"/>
        <source>A glyph-aware CNN: a text recognizer&apos;s reading guides every block, and a glyph perception module finds each character&apos;s shape to sharpen it. Made for small text lines; ×4 runs it twice.</source>
        <translation>Ein glyphenbewusstes CNN: Die Lesung eines Texterkenners leitet jeden Block, und ein Glyphenwahrnehmungsmodul findet die Form jedes Zeichens, um es zu schärfen. Gemacht für kleine Textzeilen; ×4 führt es zweimal aus.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="234"/>
        <source>Working height</source>
        <translation>Arbeitshöhe</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="235"/>
        <source>Crops taller than the trained line height of %1 pixels are worked on at their own height up to this many pixels and brought down to it above; a crop at least twice as high is enlarged without the network</source>
        <translation>Ausschnitte, die höher als die trainierte Zeilenhöhe von %1 Pixeln sind, werden bis zu dieser Pixelzahl in ihrer eigenen Höhe bearbeitet und darüber auf sie verkleinert; ein mindestens doppelt so hoher Ausschnitt wird ohne das Netz vergrößert</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="239"/>
        <source>Text prior</source>
        <translation>Text-Prior</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="240"/>
        <source>What guides the network: crnn is the recognizer&apos;s own reading of the line; language corrects it with a character language model of the training words (the CRNN&apos;s beam search); known writes the line&apos;s true words, which only the benchmark has, to measure how much a right reading helps</source>
        <translation>Was das Netz leitet: crnn ist die eigene Lesung der Zeile durch den Erkenner; language korrigiert sie mit einem Zeichen-Sprachmodell der Trainingswörter (Strahlsuche des CRNN); known schreibt die wahren Wörter der Zeile ein, die nur der Benchmark kennt, um zu messen, wie viel eine richtige Lesung hilft</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="272"/>
        <source>GlyphSR&apos;s reading=known needs the line&apos;s words; only the benchmark gives them.</source>
        <translation>GlyphSRs reading=known braucht die Wörter der Zeile; nur der Benchmark liefert sie.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="294"/>
        <source>Pass %1 of %2: ×2 without the network; the line is %3 pixels high, far above the %4 pixels it was trained on.</source>
        <translation>Durchgang %1 von %2: ×2 ohne das Netz; die Zeile ist %3 Pixel hoch, weit über den %4 Pixeln, auf die es trainiert wurde.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="345"/>
        <source>Pass %1 of %2: ×2 at %3×%4; the recognizer read &quot;%5&quot; before and &quot;%6&quot; after.</source>
        <translation>Durchgang %1 von %2: ×2 bei %3×%4; der Erkenner las vorher „%5“ und nachher „%6“.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="348"/>
        <source>The network was guided by &quot;%1&quot;.</source>
        <translation>Das Netz wurde von „%1“ geleitet.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="350"/>
        <source>Pass %1 of %2: ×2 at %3×%4.</source>
        <translation>Durchgang %1 von %2: ×2 bei %3×%4.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="372"/>
        <source>GlyphSR&apos;s reading=known takes one crop at a time (each has its own words).</source>
        <translation>GlyphSRs reading=known nimmt einen Ausschnitt nach dem anderen (jeder hat seine eigenen Wörter).</translation>
    </message>
</context>
<context>
    <name>GlyphSrPingPongMethod</name>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="48"/>
        <source>No words came with the region: no text prompts.</source>
        <translation>Mit dem Bereich kamen keine Wörter: keine Text-Prompts.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="49"/>
        <source>The words that came with the region (not an OCR&apos;s reading): %1</source>
        <translation>Die Wörter, die mit dem Bereich kamen (nicht von einer OCR gelesen): %1</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="88"/>
        <source>OCR off: no text prompts.</source>
        <translation>OCR aus: keine Text-Prompts.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="102"/>
        <source>%1 is not available (%2): no text prompts.</source>
        <translation>%1 ist nicht verfügbar (%2): keine Text-Prompts.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="112"/>
        <source>%1 failed (%2): no text prompts.</source>
        <translation>%1 ist fehlgeschlagen (%2): keine Text-Prompts.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="122"/>
        <source>%1 found no text: no text prompts.</source>
        <translation>%1 hat keinen Text gefunden: keine Text-Prompts.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="123"/>
        <source>%1 read: %2</source>
        <translation>%1 las: %2</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="146"/>
        <source>GLYPH-SR (ICLR 2026 submission)</source>
        <translation>GLYPH-SR (Einreichung ICLR 2026)</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="147"/>
        <source>A diffusion model for whole parts of a photo, ×4 or ×8. An OCR engine reads the region first, and its words guide a text branch; an image branch guides the rest. The two take turns step by step (the ping-pong schedule), so you can watch text-led and picture-led steps alternate.</source>
        <translation>Ein Diffusionsmodell für ganze Teile eines Fotos, ×4 oder ×8. Zuerst liest eine OCR-Engine den Bereich, und ihre Wörter leiten einen Textzweig; ein Bildzweig leitet den Rest. Die beiden wechseln sich Schritt für Schritt ab (der Ping-Pong-Zeitplan), sodass Sie text- und bildgeführte Schritte abwechseln sehen.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="155"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="156"/>
        <source>square: the paper&apos;s ping-pong, text-led and picture-led steps in turn; text or image: one branch only; linear or cosine: a gradual hand-over from the picture to the text</source>
        <translation>square: das Ping-Pong des Artikels, text- und bildgeführte Schritte im Wechsel; text oder image: nur ein Zweig; linear oder cosine: ein allmählicher Übergang vom Bild zum Text</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="159"/>
        <source>Period τ</source>
        <translation>Periode τ</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="159"/>
        <source>Steps per half-period of the square wave</source>
        <translation>Schritte pro Halbperiode der Rechteckwelle</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="160"/>
        <source>Start step t0</source>
        <translation>Startschritt t0</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="161"/>
        <source>Steps led by the picture before the schedule starts alternating</source>
        <translation>Bildgeführte Schritte, bevor der Zeitplan zu wechseln beginnt</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="162"/>
        <source>Control scale</source>
        <translation>Steuerungsstärke</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="163"/>
        <source>How strongly the control branches steer the diffusion model (s_ctrl)</source>
        <translation>Wie stark die Steuerzweige das Diffusionsmodell lenken (s_ctrl)</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="164"/>
        <source>Text guidance</source>
        <translation>Textführung</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="165"/>
        <source>Classifier-free guidance on the OCR words: 1 is none, higher follows the words more (and costs a second pass on text-led steps)</source>
        <translation>Klassifikatorfreie Führung durch die OCR-Wörter: 1 ist keine, höhere Werte folgen den Wörtern stärker (und kosten bei textgeführten Schritten einen zweiten Durchlauf)</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="167"/>
        <source>OCR for prompts</source>
        <translation>OCR für Prompts</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="167"/>
        <source>The engine that reads the region to build the text prompts</source>
        <translation>Die Engine, die den Bereich liest, um die Text-Prompts zu bilden</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="169"/>
        <source>Tile size</source>
        <translation>Kachelgröße</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="169"/>
        <source>Output pixels per tile side; tiles overlap by a quarter and are blended</source>
        <translation>Ausgabepixel pro Kachelseite; Kacheln überlappen um ein Viertel und werden überblendet</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="171"/>
        <source>DDIM η</source>
        <translation>DDIM η</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="171"/>
        <source>Fresh noise added at each step: 0 is deterministic DDIM</source>
        <translation>Bei jedem Schritt hinzugefügtes frisches Rauschen: 0 ist deterministisches DDIM</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="173"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="174"/>
        <source>Where the denoising starts, as a fraction of the noise schedule: 1 starts from pure noise, lower values keep more of the bicubic picture</source>
        <translation>Wo das Entrauschen beginnt, als Anteil des Rauschplans: 1 beginnt mit reinem Rauschen, kleinere Werte behalten mehr vom bikubischen Bild</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="190"/>
        <source>GLYPH-SR enlarges ×4 or ×8 (got ×%1).</source>
        <translation>GLYPH-SR vergrößert ×4 oder ×8 (erhalten: ×%1).</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="192"/>
        <source>GLYPH-SR takes 1 to %1 steps (got %2).</source>
        <translation>GLYPH-SR nimmt 1 bis %1 Schritte (erhalten: %2).</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="194"/>
        <source>GLYPH-SR got an empty region.</source>
        <translation>GLYPH-SR hat einen leeren Bereich erhalten.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="199"/>
        <source>GLYPH-SR&apos;s period must be a whole number from 1 to 50.</source>
        <translation>Die Periode von GLYPH-SR muss eine ganze Zahl von 1 bis 50 sein.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="200"/>
        <source>GLYPH-SR&apos;s start step t0 must be a whole number from 0 to %1.</source>
        <translation>Der Startschritt t0 von GLYPH-SR muss eine ganze Zahl von 0 bis %1 sein.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="201"/>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="203"/>
        <source>GLYPH-SR&apos;s tile size must be 64, 128 or 256.</source>
        <translation>Die Kachelgröße von GLYPH-SR muss 64, 128 oder 256 sein.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="206"/>
        <source>GLYPH-SR&apos;s control scale must be between 0 and 2.</source>
        <translation>Die Steuerungsstärke von GLYPH-SR muss zwischen 0 und 2 liegen.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="207"/>
        <source>GLYPH-SR&apos;s text guidance must be between 0 and 10.</source>
        <translation>Die Textführung von GLYPH-SR muss zwischen 0 und 10 liegen.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="208"/>
        <source>GLYPH-SR&apos;s eta must be between 0 and 1.</source>
        <translation>Das η von GLYPH-SR muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="209"/>
        <source>GLYPH-SR&apos;s start must be between 0.05 and 1.</source>
        <translation>Der Start von GLYPH-SR muss zwischen 0,05 und 1 liegen.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="214"/>
        <source>Unknown OCR engine &quot;%1&quot; for GLYPH-SR&apos;s prompts; choose %2, known or none.</source>
        <translation>Unbekannte OCR-Engine „%1“ für die Prompts von GLYPH-SR; wählen Sie %2, known oder none.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="223"/>
        <source>GLYPH-SR&apos;s text branch (training stage text) is not there yet; use schedule image.</source>
        <translation>Der Textzweig von GLYPH-SR (Trainingsstufe text) ist noch nicht vorhanden; verwenden Sie den Zeitplan image.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="240"/>
        <source>The image branch alone: no OCR.</source>
        <translation>Nur der Bildzweig: keine OCR.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="303"/>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 von %3</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="304"/>
        <source>the text branch leads</source>
        <translation>der Textzweig führt</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="305"/>
        <source>the image branch leads</source>
        <translation>der Bildzweig führt</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="306"/>
        <source>both branches, mixed</source>
        <translation>beide Zweige, gemischt</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="307"/>
        <source>Step %1 of %2 (tiles %3–%4 of %5): t = %6, noise level %7, λ = %8: %9. %10</source>
        <translation>Schritt %1 von %2 (Kacheln %3–%4 von %5): t = %6, Rauschpegel %7, λ = %8: %9. %10</translation>
    </message>
</context>
<context>
    <name>GlyphSrTrainer</name>
    <message>
        <location filename="../inference/GlyphSrTrainer.cpp" line="119"/>
        <source>GlyphSR: %1 training and %2 validation samples; %3.</source>
        <translation>GlyphSR: %1 Trainings- und %2 Validierungsbeispiele; %3.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrTrainer.cpp" line="125"/>
        <source>A language-model prior needs the language model&apos;s manifest (language-model.json).</source>
        <translation>Ein Sprachmodell-Prior braucht das Manifest des Sprachmodells (language-model.json).</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrTrainer.cpp" line="153"/>
        <source>GlyphSR: starting from the weights in %1.</source>
        <translation>GlyphSR: Beginn mit den Gewichten in %1.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrTrainer.cpp" line="158"/>
        <source>GlyphSR: %1 parameters.</source>
        <translation>GlyphSR: %1 Parameter.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrTrainer.cpp" line="242"/>
        <source>GlyphSR step %1/%2: loss %3 (pixel %4, ctc %5, class %6), %7 s/step</source>
        <translation>GlyphSR-Schritt %1/%2: Verlust %3 (Pixel %4, CTC %5, Klasse %6), %7 s/Schritt</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrTrainer.cpp" line="253"/>
        <source>GlyphSR step %1: validation PSNR %2 dB (bicubic %3), CRNN word accuracy %4% (bicubic %5%); checkpoint written.</source>
        <translation>GlyphSR-Schritt %1: Validierungs-PSNR %2 dB (bikubisch %3), CRNN-Wortgenauigkeit %4 % (bikubisch %5 %); Checkpoint geschrieben.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrTrainer.cpp" line="257"/>
        <source>GlyphSR step %1: with the language model&apos;s reading as prior, CRNN word accuracy %2% (validation lines use training words, which the language model has counted).</source>
        <translation>GlyphSR Schritt %1: mit der Lesung des Sprachmodells als Prior CRNN-Wortgenauigkeit %2 % (die Validierungszeilen nutzen Trainingswörter, die das Sprachmodell gezählt hat).</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrTrainer.cpp" line="261"/>
        <source>GlyphSR step %1: the text-focus recognizer reads %2% (bicubic %3%).</source>
        <translation>GlyphSR Schritt %1: der Erkenner des Text-Fokus liest %2 % (bikubisch %3 %).</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrTrainer.cpp" line="308"/>
        <source>GlyphSR at %1 parameters (the paper&apos;s model has 4.7M), trained from scratch on synthetic lines; 1×9/9×1 depthwise convolutions replace the BiGRUs; the text prior comes from GlyphLab&apos;s own CRNN; glyph masks come from the renderer instead of SAM.</source>
        <translation>GlyphSR mit %1 Parametern (das Modell des Papers hat 4,7 Mio.), von Grund auf mit synthetischen Zeilen trainiert; 1×9/9×1-Depthwise-Faltungen ersetzen die BiGRUs; der Text-Prior stammt vom eigenen CRNN von GlyphLab; die Glyphenmasken kommen vom Renderer statt von SAM.</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrTrainer.cpp" line="314"/>
        <source>GlyphSR written to %1.</source>
        <translation>GlyphSR nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>ImageCanvas</name>
    <message>
        <location filename="../widgets/ImageCanvas.cpp" line="416"/>
        <source>Open a photo (File ▸ Open, or drop it here), then drag over the text to mark a region.</source>
        <translation>Ein Foto öffnen (Datei ▸ Foto öffnen oder hier ablegen), dann mit der Maus über den Text ziehen, um einen Bereich zu markieren.</translation>
    </message>
    <message>
        <location filename="../widgets/ImageCanvas.cpp" line="457"/>
        <source>%1×%2 px</source>
        <translation>%1×%2 px</translation>
    </message>
    <message>
        <location filename="../widgets/ImageCanvas.cpp" line="458"/>
        <source>%1 · %2×%3 px</source>
        <translation>%1 · %2×%3 px</translation>
    </message>
</context>
<context>
    <name>ImageLoader</name>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="22"/>
        <source>No file name was given.</source>
        <translation>Es wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="26"/>
        <source>&quot;%1&quot; does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="30"/>
        <source>&quot;%1&quot; is a folder, not an image.</source>
        <translation>„%1“ ist ein Ordner, kein Bild.</translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="34"/>
        <source>&quot;%1&quot; cannot be read (permission denied).</source>
        <translation>„%1“ kann nicht gelesen werden (Zugriff verweigert).</translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="38"/>
        <source>&quot;%1&quot; is empty (0 bytes).</source>
        <translation>„%1“ ist leer (0 Byte).</translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="46"/>
        <source>&quot;%1&quot; is not an image GlyphLab can read: the format is unknown or the file is damaged.</source>
        <translation>„%1“ ist kein Bild, das GlyphLab lesen kann: Das Format ist unbekannt oder die Datei ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="54"/>
        <source>&quot;%1&quot; is %2×%3 pixels (%4 MP); GlyphLab opens images up to %5 MP. Scale it down or cut out the part with the text first.</source>
        <translation>„%1“ hat %2×%3 Pixel (%4 MP); GlyphLab öffnet Bilder bis %5 MP. Das Bild zuerst verkleinern oder den Teil mit dem Text ausschneiden.</translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="66"/>
        <source>&quot;%1&quot; could not be decoded: %2.</source>
        <translation>„%1“ konnte nicht dekodiert werden: %2.</translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="72"/>
        <source>turned upright by its EXIF orientation</source>
        <translation>anhand der EXIF-Ausrichtung gedreht</translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="74"/>
        <source>16-bit channels reduced to 8-bit</source>
        <translation>16-Bit-Kanäle auf 8 Bit reduziert</translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="83"/>
        <source>transparency flattened onto white</source>
        <translation>Transparenz auf weißen Hintergrund reduziert</translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="87"/>
        <source>Not enough memory to open &quot;%1&quot;.</source>
        <translation>Nicht genug Speicher, um „%1“ zu öffnen.</translation>
    </message>
</context>
<context>
    <name>ImageRegion</name>
    <message>
        <location filename="../inference/ImageRegion.cpp" line="9"/>
        <source>The region has no area (%1×%2): draw a rectangle over the text.</source>
        <translation>Der Bereich hat keine Fläche (%1×%2): ein Rechteck über den Text ziehen.</translation>
    </message>
    <message>
        <location filename="../inference/ImageRegion.cpp" line="16"/>
        <source>The region (%1, %2, %3×%4) lies outside the %5×%6 image.</source>
        <translation>Der Bereich (%1, %2, %3×%4) liegt außerhalb des %5×%6 großen Bildes.</translation>
    </message>
    <message>
        <location filename="../inference/ImageRegion.cpp" line="33"/>
        <source>A region is written x,y,width,height in pixels (got &quot;%1&quot;).</source>
        <translation>Ein Bereich wird als x,y,Breite,Höhe in Pixeln angegeben (erhalten: „%1“).</translation>
    </message>
</context>
<context>
    <name>ImageWriter</name>
    <message>
        <location filename="../inference/ImageWriter.cpp" line="13"/>
        <source>There is no image to save.</source>
        <translation>Es gibt kein Bild zum Speichern.</translation>
    </message>
    <message>
        <location filename="../inference/ImageWriter.cpp" line="19"/>
        <location filename="../inference/ImageWriter.cpp" line="31"/>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location filename="../inference/ImageWriter.cpp" line="26"/>
        <source>Cannot encode &quot;%1&quot; as PNG: %2.</source>
        <translation>„%1“ kann nicht als PNG kodiert werden: %2.</translation>
    </message>
    <message>
        <location filename="../inference/ImageWriter.cpp" line="42"/>
        <source>&quot;%1&quot; exists and is not a folder.</source>
        <translation>„%1“ existiert bereits und ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../inference/ImageWriter.cpp" line="47"/>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../inference/ImageWriter.cpp" line="54"/>
        <source>The folder &quot;%1&quot; cannot be written to: %2.</source>
        <translation>In den Ordner „%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>InferenceWorker</name>
    <message>
        <location filename="../inference/InferenceWorker.cpp" line="62"/>
        <source>Unknown method &quot;%1&quot;.</source>
        <translation>Unbekannte Methode „%1“.</translation>
    </message>
</context>
<context>
    <name>InputColours</name>
    <message>
        <location filename="../inference/InputColours.cpp" line="20"/>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location filename="../inference/InputColours.cpp" line="21"/>
        <source>input: the network sharpens the brightness and the colours stay those of the input; network: the network&apos;s own colours, which can shift the hue of text on strong colours</source>
        <translation>input: Das Netz schärft die Helligkeit, die Farben bleiben die der Eingabe; network: die eigenen Farben des Netzes, die den Farbton von Text auf kräftigen Farben verschieben können</translation>
    </message>
    <message>
        <location filename="../inference/InputColours.cpp" line="31"/>
        <source>Unknown colours &quot;%1&quot;; choose input or network.</source>
        <translation>Unbekannte Farbeinstellung „%1“; wählen Sie input oder network.</translation>
    </message>
</context>
<context>
    <name>LanguageModelFile</name>
    <message>
        <location filename="../inference/LanguageModelFile.cpp" line="36"/>
        <source>%1 is built from the word list %2, which is missing (Debian package wamerican).</source>
        <translation>%1 wird aus der Wortliste %2 aufgebaut, die fehlt (Debian-Paket wamerican).</translation>
    </message>
    <message>
        <location filename="../inference/LanguageModelFile.cpp" line="41"/>
        <source>%1 was made from another version of the word list %2 (SHA-256 %3…, here %4…): run glyphlab-cli train language-model again.</source>
        <translation>%1 wurde aus einer anderen Version der Wortliste %2 erstellt (SHA-256 %3…, hier %4…): führen Sie glyphlab-cli train language-model erneut aus.</translation>
    </message>
</context>
<context>
    <name>LanguageModelTrainer</name>
    <message>
        <location filename="../inference/LanguageModelTrainer.cpp" line="46"/>
        <source>train language-model needs --recognizer crnn.json.</source>
        <translation>train language-model braucht --recognizer crnn.json.</translation>
    </message>
    <message>
        <location filename="../inference/LanguageModelTrainer.cpp" line="48"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../inference/LanguageModelTrainer.cpp" line="54"/>
        <source>Language model: %1 training words, %2 of them held apart for tuning.</source>
        <translation>Sprachmodell: %1 Trainingswörter, %2 davon zum Abstimmen zurückgehalten.</translation>
    </message>
    <message>
        <location filename="../inference/LanguageModelTrainer.cpp" line="60"/>
        <source>Counted %1 lines into %2 entries (order %3) in %4 s.</source>
        <translation>%1 Zeilen in %2 Einträge gezählt (Ordnung %3) in %4 s.</translation>
    </message>
    <message>
        <location filename="../inference/LanguageModelTrainer.cpp" line="101"/>
        <source>Tuning on %1 lines of held-apart words: best path without the model reads %2 %.</source>
        <translation>Abstimmung auf %1 Zeilen aus zurückgehaltenen Wörtern: der beste Pfad ohne das Modell liest %2 %.</translation>
    </message>
    <message>
        <location filename="../inference/LanguageModelTrainer.cpp" line="115"/>
        <source>  weight %1, bonus %2: %3 %</source>
        <translation>  Gewicht %1, Bonus %2: %3 %</translation>
    </message>
    <message>
        <location filename="../inference/LanguageModelTrainer.cpp" line="122"/>
        <source>Chosen: weight %1, bonus %2, %3 % (without the model %4 %); %5 ms per line to decode, on average over the grid.</source>
        <translation>Gewählt: Gewicht %1, Bonus %2, %3 % (ohne das Modell %4 %); %5 ms pro Zeile zum Dekodieren, im Mittel über das Raster.</translation>
    </message>
    <message>
        <location filename="../inference/LanguageModelTrainer.cpp" line="146"/>
        <source>A character %1-gram model of the generator&apos;s training text (Witten-Bell), for the CRNN&apos;s beam search; rebuilt from the word list when loaded.</source>
        <translation>Ein Zeichen-%1-Gramm-Modell des Trainingstexts des Generators (Witten-Bell) für die Strahlsuche des CRNN; beim Laden aus der Wortliste neu aufgebaut.</translation>
    </message>
    <message>
        <location filename="../inference/LanguageModelTrainer.cpp" line="152"/>
        <source>Written to %1.</source>
        <translation>Nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="9"/>
        <location filename="../ui/MainWindow.cpp" line="536"/>
        <source>GlyphLab</source>
        <translation>GlyphLab</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="390"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="35"/>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="36"/>
        <source>Open the project as it was at the last automatic save</source>
        <translation>Das Projekt so öffnen, wie es bei der letzten automatischen Sicherung war</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="41"/>
        <source>D&amp;iscard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="42"/>
        <source>Delete the automatically saved copy</source>
        <translation>Die automatisch gespeicherte Kopie löschen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="55"/>
        <source>Drag on the photo to mark a text region (Shift: also over a region). Drag a region to move it, its handles to resize it. Ctrl+click: add to the selection. Wheel: zoom. Right drag or Space + drag: pan. Del: delete, F2: rename.</source>
        <translation>Auf dem Foto ziehen, um einen Textbereich zu markieren (Umschalt: auch über einem Bereich). Einen Bereich ziehen, um ihn zu verschieben, seine Griffe, um die Größe zu ändern. Strg+Klick: zur Auswahl hinzufügen. Mausrad: zoomen. Rechts ziehen oder Leertaste + Ziehen: verschieben. Entf: löschen, F2: umbenennen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="57"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="60"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="69"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="71"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="88"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="97"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="109"/>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="120"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="122"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="127"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="139"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="156"/>
        <source>Regions</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="173"/>
        <source>The OCR engine that detects and reads the text</source>
        <translation>Die OCR-Engine, die den Text findet und liest</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="188"/>
        <source>Min. &amp;confidence:</source>
        <translation>Min. &amp;Konfidenz:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="194"/>
        <source>Detected text read with less confidence than this is not marked</source>
        <translation>Gefundener Text mit geringerer Konfidenz wird nicht markiert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="195"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="204"/>
        <source>&amp;Join words into lines</source>
        <translation>Wörter zu &amp;Zeilen zusammenfassen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="205"/>
        <source>Mark words on the same text line as one region, their texts joined by spaces</source>
        <translation>Wörter auf derselben Textzeile als einen Bereich markieren, ihre Texte durch Leerzeichen verbunden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="218"/>
        <source>The text regions of the photo. F2 or double click renames, Del deletes.</source>
        <translation>Die Textbereiche des Fotos. F2 oder Doppelklick benennt um, Entf löscht.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="230"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="235"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="240"/>
        <source>&amp;Open Photo…</source>
        <translation>Foto &amp;öffnen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="241"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="242"/>
        <location filename="../ui/MainWindow.ui" line="243"/>
        <source>Open a photo and start a new project on it</source>
        <translation>Ein Foto öffnen und darauf ein neues Projekt beginnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="246"/>
        <source>Open &amp;Project…</source>
        <translation>&amp;Projekt öffnen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="247"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="248"/>
        <location filename="../ui/MainWindow.ui" line="249"/>
        <source>Open a saved .glyphlab project</source>
        <translation>Ein gespeichertes .glyphlab-Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="252"/>
        <source>Open &amp;Demo Photo</source>
        <translation>&amp;Demofoto öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="253"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="254"/>
        <location filename="../ui/MainWindow.ui" line="255"/>
        <source>Open the bundled demo photo with its text regions marked</source>
        <translation>Das mitgelieferte Demofoto mit markierten Textbereichen öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="258"/>
        <source>&amp;Save Project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="259"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="260"/>
        <location filename="../ui/MainWindow.ui" line="261"/>
        <source>Save the project (regions and results) to its .glyphlab file</source>
        <translation>Das Projekt (Bereiche und Ergebnisse) in seiner .glyphlab-Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="264"/>
        <source>Save Project &amp;As…</source>
        <translation>Projekt speichern &amp;unter …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="265"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="266"/>
        <location filename="../ui/MainWindow.ui" line="267"/>
        <source>Save the project under a new name</source>
        <translation>Das Projekt unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="270"/>
        <source>&amp;Export Result…</source>
        <translation>Ergebnis &amp;exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="271"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="272"/>
        <location filename="../ui/MainWindow.ui" line="273"/>
        <source>Save the current region&apos;s restored crop as PNG with a JSON sidecar</source>
        <translation>Den restaurierten Ausschnitt des aktuellen Bereichs als PNG mit einer JSON-Begleitdatei speichern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="276"/>
        <source>Export &amp;All Results…</source>
        <translation>&amp;Alle Ergebnisse exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="277"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="278"/>
        <location filename="../ui/MainWindow.ui" line="279"/>
        <source>Save every region&apos;s latest restored crop, each with a JSON sidecar, into a folder</source>
        <translation>Den neuesten restaurierten Ausschnitt jedes Bereichs mit je einer JSON-Begleitdatei in einem Ordner speichern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="282"/>
        <source>Export Photo with Restored &amp;Regions…</source>
        <translation>Foto mit restaurierten &amp;Bereichen exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="283"/>
        <source>Ctrl+Alt+E</source>
        <translation>Ctrl+Alt+E</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="284"/>
        <location filename="../ui/MainWindow.ui" line="285"/>
        <source>Save a copy of the photo with the restored regions pasted back in place</source>
        <translation>Eine Kopie des Fotos speichern, in die die restaurierten Bereiche an ihrer Stelle eingesetzt sind</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="288"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="289"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="290"/>
        <location filename="../ui/MainWindow.ui" line="291"/>
        <source>Quit GlyphLab</source>
        <translation>GlyphLab beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="294"/>
        <source>&amp;Delete Region</source>
        <translation>Bereich &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="295"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="296"/>
        <location filename="../ui/MainWindow.ui" line="297"/>
        <source>Delete the selected regions and their results</source>
        <translation>Die ausgewählten Bereiche und ihre Ergebnisse löschen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="300"/>
        <source>Re&amp;name Region</source>
        <translation>Bereich &amp;umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="301"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="302"/>
        <location filename="../ui/MainWindow.ui" line="303"/>
        <source>Rename the current region</source>
        <translation>Den aktuellen Bereich umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="306"/>
        <source>Select &amp;All Regions</source>
        <translation>&amp;Alle Bereiche auswählen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="307"/>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="308"/>
        <location filename="../ui/MainWindow.ui" line="309"/>
        <source>Select every region of the photo</source>
        <translation>Alle Bereiche des Fotos auswählen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="312"/>
        <source>&amp;Detect Text Regions</source>
        <translation>Textbereiche &amp;erkennen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="313"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="314"/>
        <location filename="../ui/MainWindow.ui" line="315"/>
        <source>Let an OCR engine find the text on the photo and mark it as regions</source>
        <translation>Eine OCR-Engine den Text auf dem Foto finden und als Bereiche markieren lassen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="318"/>
        <source>&amp;Read Text (OCR)</source>
        <translation>Text &amp;lesen (OCR)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="319"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="320"/>
        <location filename="../ui/MainWindow.ui" line="321"/>
        <source>Read the text of every region before and after restoration with OCR</source>
        <translation>Den Text jedes Bereichs vor und nach der Restaurierung per OCR lesen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="325"/>
        <source>Read Text &amp;After Each Run</source>
        <translation>Text nach jedem &amp;Lauf lesen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="326"/>
        <location filename="../ui/MainWindow.ui" line="327"/>
        <source>When a run ends, read every region before and after restoration with the OCR engine</source>
        <translation>Nach jedem Lauf jeden Bereich vor und nach der Wiederherstellung mit der OCR-Engine lesen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="330"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="331"/>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="332"/>
        <location filename="../ui/MainWindow.ui" line="333"/>
        <source>Zoom in on the photo</source>
        <translation>Das Foto vergrößern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="336"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="337"/>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="338"/>
        <location filename="../ui/MainWindow.ui" line="339"/>
        <source>Zoom out of the photo</source>
        <translation>Das Foto verkleinern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="342"/>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="343"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="344"/>
        <location filename="../ui/MainWindow.ui" line="345"/>
        <source>Show the whole photo</source>
        <translation>Das ganze Foto anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="348"/>
        <source>&amp;Actual Size (100%)</source>
        <translation>&amp;Originalgröße (100 %)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="349"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="350"/>
        <location filename="../ui/MainWindow.ui" line="351"/>
        <source>Show the photo&apos;s pixels one to one</source>
        <translation>Die Pixel des Fotos im Verhältnis eins zu eins anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="354"/>
        <source>Zoom to &amp;Region</source>
        <translation>Auf &amp;Bereich zoomen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="355"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="356"/>
        <location filename="../ui/MainWindow.ui" line="357"/>
        <source>Zoom the photo so that the current region fills the view</source>
        <translation>Das Foto so zoomen, dass der aktuelle Bereich die Ansicht füllt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="360"/>
        <source>Show &amp;Photo</source>
        <translation>&amp;Foto anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="361"/>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="362"/>
        <location filename="../ui/MainWindow.ui" line="363"/>
        <source>Show the photo tab</source>
        <translation>Den Foto-Reiter anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="366"/>
        <source>Show &amp;Comparison</source>
        <translation>&amp;Vergleich anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="367"/>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="368"/>
        <location filename="../ui/MainWindow.ui" line="369"/>
        <source>Show the comparison of the current region</source>
        <translation>Den Vergleich des aktuellen Bereichs anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="372"/>
        <source>&amp;Restore Current Region</source>
        <translation>Aktuellen Bereich &amp;restaurieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="409"/>
        <location filename="../ui/MainWindow.ui" line="410"/>
        <source>About GlyphLab and the methods in this build</source>
        <translation>Über GlyphLab und die Methoden in diesem Build</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="373"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="374"/>
        <location filename="../ui/MainWindow.ui" line="375"/>
        <source>Run the chosen method on the current region</source>
        <translation>Die gewählte Methode auf den aktuellen Bereich anwenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="378"/>
        <source>Restore &amp;Selected Regions</source>
        <translation>&amp;Ausgewählte Bereiche restaurieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="379"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="380"/>
        <location filename="../ui/MainWindow.ui" line="381"/>
        <source>Run the chosen method on every selected region</source>
        <translation>Die gewählte Methode auf jeden ausgewählten Bereich anwenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="384"/>
        <source>Restore &amp;All Regions</source>
        <translation>A&amp;lle Bereiche restaurieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="385"/>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="386"/>
        <location filename="../ui/MainWindow.ui" line="387"/>
        <source>Run the chosen method on every region</source>
        <translation>Die gewählte Methode auf jeden Bereich anwenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="391"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="392"/>
        <location filename="../ui/MainWindow.ui" line="393"/>
        <source>Stop the region that is running now</source>
        <translation>Den gerade laufenden Bereich anhalten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="396"/>
        <source>Cancel A&amp;ll</source>
        <translation>A&amp;lle abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="397"/>
        <source>Shift+Esc</source>
        <translation>Shift+Esc</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="398"/>
        <location filename="../ui/MainWindow.ui" line="399"/>
        <source>Stop the running region and drop the waiting ones</source>
        <translation>Den laufenden Bereich anhalten und die wartenden verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="402"/>
        <source>&amp;Welcome</source>
        <translation>&amp;Willkommen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="403"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="404"/>
        <location filename="../ui/MainWindow.ui" line="405"/>
        <source>Show the welcome page with the demo photos and what the methods do</source>
        <translation>Die Willkommensseite mit den Demofotos und der Beschreibung der Methoden anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="408"/>
        <source>&amp;About GlyphLab</source>
        <translation>&amp;Über GlyphLab</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118"/>
        <source>Starting inference…</source>
        <translation>Inferenz wird gestartet …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="429"/>
        <source>Cannot open the photo</source>
        <translation>Foto kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="439"/>
        <source>Converted: %1.</source>
        <translation>Umgewandelt: %1.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="552"/>
        <source>Cannot open the demo photo</source>
        <translation>Demofoto kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="798"/>
        <location filename="../ui/MainWindow.cpp" line="803"/>
        <location filename="../ui/MainWindow.cpp" line="825"/>
        <location filename="../ui/MainWindow.cpp" line="830"/>
        <location filename="../ui/MainWindow.cpp" line="848"/>
        <source>Nothing to restore</source>
        <translation>Nichts zu restaurieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="474"/>
        <location filename="../ui/MainWindow.cpp" line="625"/>
        <location filename="../ui/MainWindow.cpp" line="798"/>
        <location filename="../ui/MainWindow.cpp" line="825"/>
        <source>Open a photo first.</source>
        <translation>Zuerst ein Foto öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="865"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="892"/>
        <source>step %1/%2</source>
        <translation>Schritt %1/%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="932"/>
        <source>Cancelled after %n step(s).</source>
        <translation>
            <numerusform>Nach %n Schritt abgebrochen.</numerusform>
            <numerusform>Nach %n Schritten abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="923"/>
        <source>Restoration failed</source>
        <translation>Restaurierung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>GlyphLab projects (*.%1)</source>
        <translation>GlyphLab-Projekte (*.%1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="119"/>
        <source>Where restorations run and with how many threads</source>
        <translation>Wo Restaurierungen laufen und mit wie vielen Threads</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120"/>
        <source>Memory this process holds (resident set size)</source>
        <translation>Speicher, den dieser Prozess belegt (Resident Set Size)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>Open a photo (Ctrl+O) or a project (Ctrl+Shift+O), or try a demo photo.</source>
        <translation>Ein Foto (Strg+O) oder ein Projekt (Strg+Umschalt+O) öffnen oder ein Demofoto ausprobieren.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="200"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>Split view</source>
        <translation>Geteilte Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="203"/>
        <source>Mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>The %1 view is not part of this build yet.</source>
        <translation>Die Ansicht %1 ist noch nicht Teil dieses Builds.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="215"/>
        <source>Show &amp;Steps</source>
        <translation>&amp;Schritte zeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216"/>
        <source>Show Split &amp;View</source>
        <translation>&amp;Geteilte Ansicht zeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="217"/>
        <source>Show &amp;Grid</source>
        <translation>&amp;Raster zeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="218"/>
        <source>Show &amp;Masks</source>
        <translation>&amp;Masken zeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="219"/>
        <source>Show &amp;OCR</source>
        <translation>&amp;OCR zeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="229"/>
        <source>Show the %1 tab</source>
        <translation>Den Reiter %1 zeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="238"/>
        <source>Plots</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239"/>
        <source>Per-step plots appear here when the plot panel is part of the build.</source>
        <translation>Diagramme pro Schritt erscheinen hier, wenn das Diagrammfeld Teil des Builds ist.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="371"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="436"/>
        <source>Opened %1 (%2×%3). Drag over the text to mark a region.</source>
        <translation>%1 geöffnet (%2×%3). Über den Text ziehen, um einen Bereich zu markieren.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="451"/>
        <location filename="../ui/MainWindow.cpp" line="456"/>
        <source>Cannot open the project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="457"/>
        <location filename="../ui/MainWindow.cpp" line="1296"/>
        <source>The project&apos;s photo cannot be opened: %1</source>
        <translation>Das Foto des Projekts kann nicht geöffnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="466"/>
        <source>Opened the project %1: %n region(s).</source>
        <translation>
            <numerusform>Projekt %1 geöffnet: %n Bereich.</numerusform>
            <numerusform>Projekt %1 geöffnet: %n Bereiche.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="474"/>
        <source>Nothing to save</source>
        <translation>Nichts zu speichern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="478"/>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="478"/>
        <source>A project file name ends in .%1.</source>
        <translation>Der Name einer Projektdatei endet auf .%1.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="483"/>
        <source>Cannot save the project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="508"/>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="521"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="521"/>
        <source>The project has changes that are not saved. Save them?</source>
        <translation>Das Projekt hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="534"/>
        <source>%1 (unsaved project)</source>
        <translation>%1 (ungespeichertes Projekt)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="536"/>
        <source>%1%2 — GlyphLab</source>
        <translation>%1%2 — GlyphLab</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="552"/>
        <source>There is no such demo photo.</source>
        <translation>Dieses Demofoto gibt es nicht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="568"/>
        <source>Demo photo opened with %n region(s) marked: press Restore all (Ctrl+Alt+R).</source>
        <translation>
            <numerusform>Demofoto mit %n markiertem Bereich geöffnet: Alle restaurieren drücken (Strg+Alt+R).</numerusform>
            <numerusform>Demofoto mit %n markierten Bereichen geöffnet: Alle restaurieren drücken (Strg+Alt+R).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="625"/>
        <location filename="../ui/MainWindow.cpp" line="631"/>
        <source>Cannot add the region</source>
        <translation>Bereich kann nicht hinzugefügt werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="647"/>
        <source>Deleted %n region(s).</source>
        <translation>
            <numerusform>%n Bereich gelöscht.</numerusform>
            <numerusform>%n Bereiche gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="654"/>
        <source>Cannot rename the region</source>
        <translation>Bereich kann nicht umbenannt werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="654"/>
        <source>A region needs a name that is not empty.</source>
        <translation>Ein Bereich braucht einen Namen, der nicht leer ist.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="674"/>
        <source>Rename Region</source>
        <translation>Bereich umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="675"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="788"/>
        <source>%1, ×%2</source>
        <translation>%1, ×%2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="830"/>
        <source>No restoration method is available.</source>
        <translation>Keine Restaurierungsmethode verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="848"/>
        <source>Mark a region first: drag over the text in the photo.</source>
        <translation>Zuerst einen Bereich markieren: über den Text im Foto ziehen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="849"/>
        <source>The chosen regions are already queued.</source>
        <translation>Die gewählten Bereiche sind bereits in der Warteschlange.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="855"/>
        <source>Restoring %n region(s) with %1…</source>
        <translation>
            <numerusform>%n Bereich wird mit %1 restauriert …</numerusform>
            <numerusform>%n Bereiche werden mit %1 restauriert …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="873"/>
        <source>Cancelling all…</source>
        <translation>Alle werden abgebrochen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="899"/>
        <source>Region %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="911"/>
        <source>The method failed.</source>
        <translation>Die Methode ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="916"/>
        <source>%1×%2 in %3 s</source>
        <translation>%1×%2 in %3 s</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="918"/>
        <source>Restored “%1” → %2×%3 in %4 ms on %5.</source>
        <translation>„%1“ restauriert → %2×%3 in %4 ms auf %5.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="923"/>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="931"/>
        <source>Cancelled after %n step(s)</source>
        <translation>
            <numerusform>Nach %n Schritt abgebrochen</numerusform>
            <numerusform>Nach %n Schritten abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="966"/>
        <source>Inference: %1 · %n thread(s)</source>
        <translation>
            <numerusform>Inferenz: %1 · %n Thread</numerusform>
            <numerusform>Inferenz: %1 · %n Threads</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="967"/>
        <source>LibTorch %1</source>
        <translation>LibTorch %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="973"/>
        <source>Memory: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="989"/>
        <location filename="../ui/MainWindow.cpp" line="1032"/>
        <source>Nothing to export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="989"/>
        <location filename="../ui/MainWindow.cpp" line="1032"/>
        <source>Restore a region first.</source>
        <translation>Zuerst einen Bereich restaurieren.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="994"/>
        <location filename="../ui/MainWindow.cpp" line="1007"/>
        <location filename="../ui/MainWindow.cpp" line="1019"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1176"/>
        <source>OCR failed: %1</source>
        <translation>OCR fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="1227"/>
        <source>%n already marked.</source>
        <translation>
            <numerusform>%n bereits markiert.</numerusform>
            <numerusform>%n bereits markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="1229"/>
        <source>%n below the confidence threshold.</source>
        <translation>
            <numerusform>%n unter der Konfidenzschwelle.</numerusform>
            <numerusform>%n unter der Konfidenzschwelle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1352"/>
        <source>&lt;h3&gt;GlyphLab %1&lt;/h3&gt;&lt;p&gt;A workbench for restoring the text in photos: mark regions, run a restoration method on them and compare the results with the input.&lt;/p&gt;&lt;p&gt;Methods in this build: %2.&lt;/p&gt;&lt;p&gt;Inference runs on a worker thread with LibTorch, on CUDA when available.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GlyphLab %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank zum Restaurieren von Text in Fotos: Bereiche markieren, eine Restaurierungsmethode darauf anwenden und die Ergebnisse mit der Eingabe vergleichen.&lt;/p&gt;&lt;p&gt;Methoden in diesem Build: %2.&lt;/p&gt;&lt;p&gt;Die Inferenz läuft in einem Arbeitsthread mit LibTorch, auf CUDA, wenn verfügbar.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1396"/>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="488"/>
        <location filename="../ui/MainWindow.cpp" line="1022"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="997"/>
        <source>Saved %1 and %2.</source>
        <translation>%1 und %2 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="1011"/>
        <source>Saved %n restored region(s) to %1.</source>
        <translation>
            <numerusform>%n restaurierter Bereich in %1 gespeichert.</numerusform>
            <numerusform>%n restaurierte Bereiche in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1043"/>
        <source>Export All Results To</source>
        <translation>Alle Ergebnisse exportieren nach</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1052"/>
        <source>Export Photo with Restored Regions</source>
        <translation>Foto mit restaurierten Bereichen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1064"/>
        <source>No OCR engine available</source>
        <translation>Keine OCR-Engine verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1134"/>
        <source>OCR is not available</source>
        <translation>OCR ist nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1134"/>
        <source>No OCR engine available.</source>
        <translation>Keine OCR-Engine verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1169"/>
        <source>Looking for text…</source>
        <translation>Text wird gesucht …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1169"/>
        <source>Reading the text of the regions…</source>
        <translation>Der Text der Bereiche wird gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1178"/>
        <source>OCR failed</source>
        <translation>OCR fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="1225"/>
        <source>Found %n text region(s).</source>
        <translation>
            <numerusform>%n Textbereich gefunden.</numerusform>
            <numerusform>%n Textbereiche gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="1184"/>
        <source>Read the text of %n region(s).</source>
        <translation>
            <numerusform>Text von %n Bereich gelesen.</numerusform>
            <numerusform>Text von %n Bereichen gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1267"/>
        <source>GlyphLab found an automatic save it cannot read (%1).</source>
        <translation>GlyphLab hat eine automatische Sicherung gefunden, die es nicht lesen kann (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="1273"/>
        <source>GlyphLab did not close properly last time. Recover the unsaved work on “%1” (%n region(s)), saved automatically at %2?</source>
        <translation>
            <numerusform>GlyphLab wurde beim letzten Mal nicht richtig beendet. Die ungespeicherte Arbeit an „%1“ (%n Bereich), automatisch gespeichert um %2, wiederherstellen?</numerusform>
            <numerusform>GlyphLab wurde beim letzten Mal nicht richtig beendet. Die ungespeicherte Arbeit an „%1“ (%n Bereiche), automatisch gespeichert um %2, wiederherstellen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1291"/>
        <location filename="../ui/MainWindow.cpp" line="1296"/>
        <source>Cannot recover</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1304"/>
        <source>Recovered the automatic save. Save it (Ctrl+S) to keep it.</source>
        <translation>Automatische Sicherung wiederhergestellt. Zum Behalten speichern (Strg+S).</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1331"/>
        <source>Open Photo</source>
        <translation>Foto öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1332"/>
        <source>Images (%1);;All files (*)</source>
        <translation>Bilder (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1036"/>
        <source>Export Restored Crop</source>
        <translation>Restaurierten Ausschnitt exportieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1036"/>
        <location filename="../ui/MainWindow.cpp" line="1053"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1341"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1351"/>
        <source>About GlyphLab</source>
        <translation>Über GlyphLab</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1399"/>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1410"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1424"/>
        <source>The language changes the next time GlyphLab starts.</source>
        <translation>Die Sprache wird beim nächsten Start von GlyphLab geändert.</translation>
    </message>
</context>
<context>
    <name>MaskOverlayCanvas</name>
    <message>
        <location filename="../widgets/MaskOverlayCanvas.cpp" line="58"/>
        <source>line mask 0 → 1</source>
        <translation>Zeilenmaske 0 → 1</translation>
    </message>
    <message>
        <location filename="../widgets/MaskOverlayCanvas.cpp" line="159"/>
        <source>A %1×%2 mask was stretched over the %3×%4 crop; its shape differs, so it may be misplaced.</source>
        <translation>Eine %1×%2-Maske wurde über den %3×%4-Ausschnitt gestreckt; ihre Form weicht ab, daher sitzt sie womöglich falsch.</translation>
    </message>
    <message>
        <location filename="../widgets/MaskOverlayCanvas.cpp" line="119"/>
        <source>No run yet</source>
        <translation>Noch kein Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/MaskOverlayCanvas.cpp" line="232"/>
        <source>character %1</source>
        <translation>Zeichen %1</translation>
    </message>
</context>
<context>
    <name>MaskOverlayView</name>
    <message>
        <location filename="../widgets/MaskOverlayView.cpp" line="21"/>
        <source>The crop with the line mask (heat map) and the character masks (one colour per character) blended over it</source>
        <translation>Der Ausschnitt mit darübergeblendeter Zeilenmaske (Heatmap) und Zeichenmasken (eine Farbe pro Zeichen)</translation>
    </message>
    <message>
        <location filename="../widgets/MaskOverlayView.cpp" line="24"/>
        <source>&amp;Line mask</source>
        <translation>&amp;Zeilenmaske</translation>
    </message>
    <message>
        <location filename="../widgets/MaskOverlayView.cpp" line="27"/>
        <source>Show where the model thinks the text line is</source>
        <translation>Zeigen, wo das Modell die Textzeile vermutet</translation>
    </message>
    <message>
        <location filename="../widgets/MaskOverlayView.cpp" line="28"/>
        <source>&amp;Characters</source>
        <translation>&amp;Zeichen</translation>
    </message>
    <message>
        <location filename="../widgets/MaskOverlayView.cpp" line="31"/>
        <source>Show one coloured mask per character, labelled with what it was read as</source>
        <translation>Eine farbige Maske pro Zeichen zeigen, beschriftet mit dem, als was es gelesen wurde</translation>
    </message>
    <message>
        <location filename="../widgets/MaskOverlayView.cpp" line="33"/>
        <source>&amp;Masks:</source>
        <translation>&amp;Masken:</translation>
    </message>
    <message>
        <location filename="../widgets/MaskOverlayView.cpp" line="36"/>
        <source>Where the masks come from</source>
        <translation>Woher die Masken stammen</translation>
    </message>
    <message>
        <location filename="../widgets/MaskOverlayView.cpp" line="43"/>
        <source>&amp;Opacity</source>
        <translation>&amp;Deckkraft</translation>
    </message>
    <message>
        <location filename="../widgets/MaskOverlayView.cpp" line="49"/>
        <source>How strongly the masks cover the crop</source>
        <translation>Wie stark die Masken den Ausschnitt überdecken</translation>
    </message>
    <message>
        <location filename="../widgets/MaskOverlayView.cpp" line="51"/>
        <source>Mask opacity</source>
        <translation>Maskendeckkraft</translation>
    </message>
</context>
<context>
    <name>MethodPanel</name>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="61"/>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="62"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="63"/>
        <source>Method options</source>
        <translation>Methodenoptionen</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="65"/>
        <source>Restore &amp;current</source>
        <translation>&amp;Aktuellen restaurieren</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="66"/>
        <source>Restore &amp;selected</source>
        <translation>Au&amp;sgewählte restaurieren</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="67"/>
        <source>Restore &amp;all</source>
        <translation>A&amp;lle restaurieren</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="79"/>
        <source>The restoration method to run on the regions</source>
        <translation>Die Restaurierungsmethode, die auf die Bereiche angewendet wird</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="82"/>
        <source>How many times larger the result is than the region</source>
        <translation>Um welchen Faktor das Ergebnis größer ist als der Bereich</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="85"/>
        <source>Sampling steps of an iterative method: more steps, slower and usually cleaner</source>
        <translation>Abtastschritte einer iterativen Methode: mehr Schritte, langsamer und meist sauberer</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="87"/>
        <source>The random seed: the same seed and options give the same result</source>
        <translation>Der Zufalls-Seed: gleicher Seed und gleiche Optionen ergeben das gleiche Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="88"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="89"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="90"/>
        <source>CUDA (GPU)</source>
        <translation>CUDA (GPU)</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="91"/>
        <source>Where to run: Automatic uses the GPU when there is one</source>
        <translation>Wo gerechnet wird: Automatisch nutzt die GPU, wenn eine vorhanden ist</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="92"/>
        <source>Fast, Balanced and Best set the steps and scale; your own presets keep every option</source>
        <translation>Schnell, Ausgewogen und Beste legen Schritte und Skalierung fest; eigene Voreinstellungen behalten alle Optionen</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="93"/>
        <source>Save the current method and options as a named preset</source>
        <translation>Die aktuelle Methode und Optionen als benannte Voreinstellung speichern</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="94"/>
        <source>Remove the chosen user preset</source>
        <translation>Die gewählte eigene Voreinstellung entfernen</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="95"/>
        <source>Restore the current region (Ctrl+R)</source>
        <translation>Den aktuellen Bereich restaurieren (Strg+R)</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="96"/>
        <source>Restore every selected region (Ctrl+Shift+R)</source>
        <translation>Jeden ausgewählten Bereich restaurieren (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="97"/>
        <source>Restore every region of the photo (Ctrl+Alt+R)</source>
        <translation>Jeden Bereich des Fotos restaurieren (Strg+Alt+R)</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="100"/>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="106"/>
        <source>Preset:</source>
        <translation>Voreinstellung:</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="107"/>
        <source>&amp;Scale:</source>
        <translation>&amp;Skalierung:</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="108"/>
        <source>S&amp;teps:</source>
        <translation>Sc&amp;hritte:</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="109"/>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="110"/>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="201"/>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="313"/>
        <source>Fast</source>
        <translation>Schnell</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="313"/>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="313"/>
        <source>Best</source>
        <translation>Beste</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="379"/>
        <source>Choose a preset…</source>
        <translation>Voreinstellung wählen …</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="401"/>
        <source>Save Preset</source>
        <translation>Voreinstellung speichern</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="402"/>
        <source>Name of the preset:</source>
        <translation>Name der Voreinstellung:</translation>
    </message>
</context>
<context>
    <name>MethodRunner</name>
    <message>
        <location filename="../inference/MethodRunner.cpp" line="14"/>
        <source>The region is empty: draw a region with some area over the photo.</source>
        <translation>Der Bereich ist leer: einen Bereich mit einer Fläche im Foto aufziehen.</translation>
    </message>
    <message>
        <location filename="../inference/MethodRunner.cpp" line="19"/>
        <source>%1 does not support ×%2; it supports %3.</source>
        <translation>%1 unterstützt ×%2 nicht; unterstützt werden %3.</translation>
    </message>
    <message>
        <location filename="../inference/MethodRunner.cpp" line="23"/>
        <source>The number of steps must be between 1 and 1000 (got %1).</source>
        <translation>Die Anzahl der Schritte muss zwischen 1 und 1000 liegen (angegeben: %1).</translation>
    </message>
    <message>
        <location filename="../inference/MethodRunner.cpp" line="26"/>
        <source>The result would be %1×%2 pixels (%3 MP), more than the %4 MP limit: choose a smaller region or a smaller scale.</source>
        <translation>Das Ergebnis hätte %1×%2 Pixel (%3 MP) und läge damit über der Grenze von %4 MP: einen kleineren Bereich oder eine kleinere Skalierung wählen.</translation>
    </message>
    <message>
        <location filename="../inference/MethodRunner.cpp" line="66"/>
        <source>%1 produced no image.</source>
        <translation>%1 hat kein Bild erzeugt.</translation>
    </message>
    <message>
        <location filename="../inference/MethodRunner.cpp" line="72"/>
        <source>Out of memory while running %1: choose a smaller region.</source>
        <translation>Nicht genug Speicher beim Ausführen von %1: einen kleineren Bereich wählen.</translation>
    </message>
    <message>
        <location filename="../inference/MethodRunner.cpp" line="76"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ModelLocator</name>
    <message>
        <location filename="../inference/ModelLocator.cpp" line="27"/>
        <source>The model file %1 was not found in %2. Train it with glyphlab-cli train, or set GLYPHLAB_MODELS.</source>
        <translation>Die Modelldatei %1 wurde in %2 nicht gefunden. Mit glyphlab-cli train trainieren oder GLYPHLAB_MODELS setzen.</translation>
    </message>
</context>
<context>
    <name>ModelManifest</name>
    <message>
        <location filename="../inference/ModelManifest.cpp" line="17"/>
        <source>The model manifest %1 cannot be read: %2</source>
        <translation>Das Modellmanifest %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../inference/ModelManifest.cpp" line="21"/>
        <source>The model manifest %1 is not valid JSON: %2</source>
        <translation>Das Modellmanifest %1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <location filename="../inference/ModelManifest.cpp" line="24"/>
        <source>%1 is not a GlyphLab model manifest.</source>
        <translation>%1 ist kein GlyphLab-Modellmanifest.</translation>
    </message>
    <message>
        <location filename="../inference/ModelManifest.cpp" line="63"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../inference/ModelManifest.cpp" line="94"/>
        <source>%1 describes a &quot;%2&quot; model, not &quot;%3&quot;.</source>
        <translation>%1 beschreibt ein „%2“-Modell, kein „%3“.</translation>
    </message>
    <message>
        <location filename="../inference/ModelManifest.cpp" line="108"/>
        <source>%1 was trained with %2 = %3, but this program builds %4: the weights do not match this version of GlyphLab.</source>
        <translation>%1 wurde mit %2 = %3 trainiert, aber dieses Programm baut %4: Die Gewichte passen nicht zu dieser GlyphLab-Version.</translation>
    </message>
    <message>
        <location filename="../inference/ModelManifest.cpp" line="100"/>
        <source>(not recorded)</source>
        <translation>(nicht vermerkt)</translation>
    </message>
    <message>
        <location filename="../inference/ModelManifest.cpp" line="102"/>
        <source>%1 was trained with another recognizer than the crnn.json in use (SHA-256 of the CRNN weights: trained with %2, in use %3): install the crnn.json and crnn.pt it was trained with, or train it again with this one (glyphlab-cli train … --recognizer crnn.json).</source>
        <translation>%1 wurde mit einem anderen Erkenner trainiert als der verwendeten crnn.json (SHA-256 der CRNN-Gewichte: trainiert mit %2, verwendet %3): Installieren Sie die crnn.json und crnn.pt, mit denen es trainiert wurde, oder trainieren Sie es mit diesem neu (glyphlab-cli train … --recognizer crnn.json).</translation>
    </message>
    <message>
        <location filename="../inference/ModelManifest.cpp" line="130"/>
        <source>%1 lists no &quot;%2&quot; weights: that part of the model has not been trained yet.</source>
        <translation>%1 nennt keine „%2“-Gewichte: Dieser Teil des Modells ist noch nicht trainiert.</translation>
    </message>
    <message>
        <location filename="../inference/ModelManifest.cpp" line="84"/>
        <location filename="../inference/ModelManifest.cpp" line="124"/>
        <source>The weights file %1 named by %2 is missing.</source>
        <translation>Die von %2 genannte Gewichtsdatei %1 fehlt.</translation>
    </message>
    <message>
        <location filename="../inference/ModelManifest.cpp" line="86"/>
        <location filename="../inference/ModelManifest.cpp" line="126"/>
        <source>The weights file %1 is damaged or was replaced (its checksum does not match %2).</source>
        <translation>Die Gewichtsdatei %1 ist beschädigt oder wurde ersetzt (ihre Prüfsumme stimmt nicht mit %2 überein).</translation>
    </message>
</context>
<context>
    <name>ModuleWeights</name>
    <message>
        <location filename="../inference/ModuleWeights.cpp" line="56"/>
        <source>Cannot write %1: does its folder exist, and may it be written to?</source>
        <translation>Kann %1 nicht schreiben: Gibt es seinen Ordner, und darf darin geschrieben werden?</translation>
    </message>
    <message>
        <location filename="../inference/ModuleWeights.cpp" line="60"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../inference/ModuleWeights.cpp" line="66"/>
        <source>The weights file %1 does not exist.</source>
        <translation>Die Gewichtsdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../inference/ModuleWeights.cpp" line="84"/>
        <source>The weights file %1 does not fit this model: it holds tensor %2, which this model does not have.</source>
        <translation>Die Gewichtsdatei %1 passt nicht zu diesem Modell: Sie enthält den Tensor %2, den dieses Modell nicht hat.</translation>
    </message>
    <message>
        <location filename="../inference/ModuleWeights.cpp" line="88"/>
        <source>The weights file %1 cannot be loaded (damaged, or for another model): %2</source>
        <translation>Die Gewichtsdatei %1 kann nicht geladen werden (beschädigt oder für ein anderes Modell): %2</translation>
    </message>
    <message>
        <location filename="../inference/ModuleWeights.cpp" line="95"/>
        <source>The weights file %1 does not fit this model: tensor %2 has another shape.</source>
        <translation>Die Gewichtsdatei %1 passt nicht zu diesem Modell: Tensor %2 hat eine andere Form.</translation>
    </message>
</context>
<context>
    <name>OcrBoxCanvas</name>
    <message>
        <location filename="../widgets/OcrBoxCanvas.cpp" line="27"/>
        <source>Text found by OCR</source>
        <translation>Per OCR gefundener Text</translation>
    </message>
    <message>
        <location filename="../widgets/OcrBoxCanvas.cpp" line="145"/>
        <source>No run yet</source>
        <translation>Noch kein Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/OcrBoxCanvas.cpp" line="318"/>
        <source>Click a box to select it (Tab, N/P); wheel zooms, drag pans, 0 fits</source>
        <translation>Ein Feld anklicken, um es auszuwählen (Tab, N/P); Mausrad zoomt, Ziehen verschiebt, 0 passt ein</translation>
    </message>
    <message>
        <location filename="../widgets/OcrBoxCanvas.cpp" line="322"/>
        <source>“%1”
confidence %2</source>
        <translation>„%1“
Konfidenz %2</translation>
    </message>
    <message>
        <location filename="../widgets/OcrBoxCanvas.cpp" line="323"/>
        <source>(detected, not read)</source>
        <translation>(erkannt, nicht gelesen)</translation>
    </message>
</context>
<context>
    <name>OcrEngineFactory</name>
    <message>
        <location filename="../inference/OcrEngineFactory.cpp" line="43"/>
        <source>unknown OCR engine &quot;%1&quot;; available: %2.</source>
        <translation>unbekannte OCR-Engine „%1“; verfügbar: %2.</translation>
    </message>
</context>
<context>
    <name>OcrOverlayView</name>
    <message>
        <location filename="../widgets/OcrOverlayView.cpp" line="36"/>
        <source>Before:</source>
        <translation>Vorher:</translation>
    </message>
    <message>
        <location filename="../widgets/OcrOverlayView.cpp" line="37"/>
        <source>After:</source>
        <translation>Nachher:</translation>
    </message>
    <message>
        <location filename="../widgets/OcrOverlayView.cpp" line="48"/>
        <source>Reading of the input (before) and of the result (after), aligned per character: amber = substituted, green = inserted, red struck = deleted, · = nothing there</source>
        <translation>Lesung der Eingabe (vorher) und des Ergebnisses (nachher), zeichenweise ausgerichtet: Bernstein = ersetzt, Grün = eingefügt, Rot durchgestrichen = gelöscht, · = nichts vorhanden</translation>
    </message>
    <message>
        <location filename="../widgets/OcrOverlayView.cpp" line="147"/>
        <source>Not read yet: Read Text (OCR), Ctrl+T, compares the readings before and after restoration here.</source>
        <translation>Noch nicht gelesen: Text lesen (OCR), Strg+T, vergleicht hier die Lesungen vor und nach der Wiederherstellung.</translation>
    </message>
    <message>
        <location filename="../widgets/OcrOverlayView.cpp" line="176"/>
        <source>Same reading before and after.</source>
        <translation>Vorher und nachher gleiche Lesung.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/OcrOverlayView.cpp" line="179"/>
        <source>%n change(s): </source>
        <translation>
            <numerusform>%n Änderung: </numerusform>
            <numerusform>%n Änderungen: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/OcrOverlayView.cpp" line="180"/>
        <source>%1 substituted, %2 inserted, %3 deleted</source>
        <translation>%1 ersetzt, %2 eingefügt, %3 gelöscht</translation>
    </message>
</context>
<context>
    <name>OcrPromptBuilder</name>
    <message>
        <location filename="../inference/OcrPromptBuilder.cpp" line="116"/>
        <source>No font to draw the glyph condition with: %1</source>
        <translation>Keine Schrift zum Zeichnen der Glyphenbedingung: %1</translation>
    </message>
    <message>
        <location filename="../inference/OcrPromptBuilder.cpp" line="119"/>
        <source>%1 is reserved for evaluation and cannot draw glyph conditions.</source>
        <translation>%1 ist für die Auswertung reserviert und kann keine Glyphenbedingungen zeichnen.</translation>
    </message>
    <message>
        <location filename="../inference/OcrPromptBuilder.cpp" line="122"/>
        <source>Cannot load the font %1.</source>
        <translation>Die Schrift %1 kann nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../inference/OcrPromptBuilder.cpp" line="148"/>
        <source>Cannot build a text condition for a %1×%2 tile at ×%3.</source>
        <translation>Für eine Kachel von %1×%2 bei ×%3 kann keine Textbedingung erstellt werden.</translation>
    </message>
</context>
<context>
    <name>PingPongSchedule</name>
    <message>
        <location filename="../inference/PingPongSchedule.cpp" line="31"/>
        <source>The ping-pong period must be at least 1 step (got %1).</source>
        <translation>Die Ping-Pong-Periode muss mindestens 1 Schritt sein (erhalten: %1).</translation>
    </message>
    <message>
        <location filename="../inference/PingPongSchedule.cpp" line="33"/>
        <source>The ping-pong start step must not be negative (got %1).</source>
        <translation>Der Ping-Pong-Startschritt darf nicht negativ sein (erhalten: %1).</translation>
    </message>
    <message>
        <location filename="../inference/PingPongSchedule.cpp" line="105"/>
        <source>Unknown ping-pong schedule &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannter Ping-Pong-Plan „%1“; möglich sind: %2.</translation>
    </message>
</context>
<context>
    <name>PlotPanel</name>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="52"/>
        <source>Drag to pan, wheel to zoom, double-click or 0 to fit; click to show that step; right-click to export</source>
        <translation>Ziehen verschiebt, Mausrad zoomt, Doppelklick oder 0 passt ein; Klick zeigt diesen Schritt; Rechtsklick exportiert</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="62"/>
        <location filename="../widgets/PlotPanel.cpp" line="288"/>
        <source>No run yet</source>
        <translation>Noch kein Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="90"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="90"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="139"/>
        <source>Series “%1” not plotted: %2 x values but %3 y values.</source>
        <translation>Reihe „%1“ nicht gezeichnet: %2 x-Werte, aber %3 y-Werte.</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="200"/>
        <source>Bars not plotted: %1 labels but %2 values.</source>
        <translation>Balken nicht gezeichnet: %1 Beschriftungen, aber %2 Werte.</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="357"/>
        <source>Right axis: %1</source>
        <translation>Rechte Achse: %1</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="380"/>
        <source>No file name given for the export.</source>
        <translation>Kein Dateiname für den Export angegeben.</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="382"/>
        <source>Cannot export to %1: the folder %2 does not exist.</source>
        <translation>Export nach %1 nicht möglich: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="385"/>
        <source>Cannot export to %1: it is a folder.</source>
        <translation>Export nach %1 nicht möglich: Es ist ein Ordner.</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="405"/>
        <source>Could not write the PNG file %1.</source>
        <translation>Die PNG-Datei %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="423"/>
        <source>Could not write the PDF file %1.</source>
        <translation>Die PDF-Datei %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="444"/>
        <source>Fit to Data</source>
        <translation>An Daten anpassen</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="447"/>
        <source>Export Plot as PDF</source>
        <translation>Diagramm als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="447"/>
        <source>Export Plot as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="448"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="448"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="455"/>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren …</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="456"/>
        <source>Export as PDF…</source>
        <translation>Als PDF exportieren …</translation>
    </message>
</context>
<context>
    <name>PpOcrEngine</name>
    <message>
        <location filename="../inference/PpOcrEngine.cpp" line="132"/>
        <source>The PP-OCR models (%1) were not found; looked in: %2. Fetch them with packaging/fetch-ppocr-models.sh FOLDER (installed as share/glyphlab/tools/fetch-ppocr-models.sh), or set GLYPHLAB_MODELS to a folder whose ppocr subfolder holds them.</source>
        <translation>Die PP-OCR-Modelle (%1) wurden nicht gefunden; gesucht in: %2. Mit packaging/fetch-ppocr-models.sh ORDNER holen (installiert als share/glyphlab/tools/fetch-ppocr-models.sh) oder GLYPHLAB_MODELS auf einen Ordner setzen, dessen Unterordner ppocr sie enthält.</translation>
    </message>
    <message>
        <location filename="../inference/PpOcrEngine.cpp" line="159"/>
        <source>OpenCV could not load the PP-OCR model %1.</source>
        <translation>OpenCV konnte das PP-OCR-Modell %1 nicht laden.</translation>
    </message>
    <message>
        <location filename="../inference/PpOcrEngine.cpp" line="164"/>
        <source>The PP-OCR model %1 could not be loaded (is it the file written by fetch-ppocr-models.sh?): %2</source>
        <translation>Das PP-OCR-Modell %1 konnte nicht geladen werden (ist es die von fetch-ppocr-models.sh geschriebene Datei?): %2</translation>
    </message>
    <message>
        <location filename="../inference/PpOcrEngine.cpp" line="176"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../inference/PpOcrEngine.cpp" line="181"/>
        <source>The PP-OCR character list %1 is empty.</source>
        <translation>Die PP-OCR-Zeichenliste %1 ist leer.</translation>
    </message>
    <message>
        <location filename="../inference/PpOcrEngine.cpp" line="206"/>
        <source>The PP-OCR model %1 failed to run (wrong model or input size?): %2</source>
        <translation>Das PP-OCR-Modell %1 ließ sich nicht ausführen (falsches Modell oder falsche Eingabegröße?): %2</translation>
    </message>
    <message>
        <location filename="../inference/PpOcrEngine.cpp" line="228"/>
        <source>The PP-OCR recognizer %1 gives output of shape (%2), expected (1, steps, %3) to match the %4 characters of %5.</source>
        <translation>Der PP-OCR-Erkenner %1 liefert eine Ausgabe der Form (%2), erwartet war (1, Schritte, %3) passend zu den %4 Zeichen von %5.</translation>
    </message>
    <message>
        <location filename="../inference/PpOcrEngine.cpp" line="252"/>
        <source>The PP-OCR detector %1 gives %2 values, expected a 640×640 probability map.</source>
        <translation>Der PP-OCR-Detektor %1 liefert %2 Werte, erwartet war eine 640×640-Wahrscheinlichkeitskarte.</translation>
    </message>
    <message>
        <location filename="../inference/PpOcrEngine.cpp" line="348"/>
        <source>PP-OCRv4 (OpenCV DNN)</source>
        <translation>PP-OCRv4 (OpenCV DNN)</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../inference/Project.cpp" line="19"/>
        <source>Region %1</source>
        <translation>Bereich %1</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <location filename="../inference/ProjectFile.cpp" line="130"/>
        <source>It is not a GlyphLab project.</source>
        <translation>Es ist kein GlyphLab-Projekt.</translation>
    </message>
    <message>
        <location filename="../inference/ProjectFile.cpp" line="135"/>
        <source>It was written by a newer GlyphLab (format %1; this version reads up to %2).</source>
        <translation>Es wurde von einem neueren GlyphLab geschrieben (Format %1; diese Version liest bis %2).</translation>
    </message>
    <message>
        <location filename="../inference/ProjectFile.cpp" line="163"/>
        <source>Region %1 has no valid id or rectangle.</source>
        <translation>Bereich %1 hat keine gültige ID oder kein gültiges Rechteck.</translation>
    </message>
    <message>
        <location filename="../inference/ProjectFile.cpp" line="185"/>
        <source>The result image of a run of region %1 is damaged.</source>
        <translation>Das Ergebnisbild eines Laufs von Bereich %1 ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../inference/ProjectFile.cpp" line="199"/>
        <location filename="../inference/ProjectFile.cpp" line="204"/>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location filename="../inference/ProjectFile.cpp" line="215"/>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../inference/ProjectFile.cpp" line="222"/>
        <source>&quot;%1&quot; is not a GlyphLab project: %2.</source>
        <translation>„%1“ ist kein GlyphLab-Projekt: %2.</translation>
    </message>
    <message>
        <location filename="../inference/ProjectFile.cpp" line="228"/>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>ProjectRecovery</name>
    <message>
        <location filename="../ui/ProjectRecovery.cpp" line="36"/>
        <source>Cannot write the recovery file &quot;%1&quot;: %2.</source>
        <translation>Die Wiederherstellungsdatei „%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location filename="../ui/ProjectRecovery.cpp" line="47"/>
        <source>Cannot read the recovery file &quot;%1&quot;: %2.</source>
        <translation>Die Wiederherstellungsdatei „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../ui/ProjectRecovery.cpp" line="55"/>
        <source>The recovery file is damaged: %1</source>
        <translation>Die Wiederherstellungsdatei ist beschädigt: %1</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="16"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="17"/>
        <source>Cancel &amp;all</source>
        <translation>&amp;Alle abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="18"/>
        <source>C&amp;lear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="24"/>
        <source>Region</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="24"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="24"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="24"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="37"/>
        <source>The regions waiting, running and done in this session</source>
        <translation>Die in dieser Sitzung wartenden, laufenden und fertigen Bereiche</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="40"/>
        <source>Regions finished out of all queued</source>
        <translation>Fertige Bereiche von allen eingereihten</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="41"/>
        <source>Stop the region that is running now (Esc)</source>
        <translation>Den gerade laufenden Bereich anhalten (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="42"/>
        <source>Stop the running region and drop the waiting ones (Shift+Esc)</source>
        <translation>Den laufenden Bereich anhalten und die wartenden verwerfen (Umschalt+Esc)</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="43"/>
        <source>Remove the finished rows</source>
        <translation>Die fertigen Zeilen entfernen</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="91"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="99"/>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="127"/>
        <source>Nothing queued.</source>
        <translation>Nichts in der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="127"/>
        <source>%1 of %2 region(s) done</source>
        <translation>%1 von %2 Bereich(en) fertig</translation>
    </message>
</context>
<context>
    <name>RegionExporter</name>
    <message>
        <location filename="../inference/RegionExporter.cpp" line="80"/>
        <source>Region “%1” has no restored result to export.</source>
        <translation>Bereich „%1“ hat kein restauriertes Ergebnis zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../inference/RegionExporter.cpp" line="86"/>
        <location filename="../inference/RegionExporter.cpp" line="141"/>
        <source>&quot;%1&quot; is the photo you opened; GlyphLab never writes over its input. Choose another name.</source>
        <translation>„%1“ ist das geöffnete Foto; GlyphLab überschreibt niemals seine Eingabe. Einen anderen Namen wählen.</translation>
    </message>
    <message>
        <location filename="../inference/RegionExporter.cpp" line="96"/>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location filename="../inference/RegionExporter.cpp" line="116"/>
        <source>No region has a restored result yet.</source>
        <translation>Noch kein Bereich hat ein restauriertes Ergebnis.</translation>
    </message>
    <message>
        <location filename="../inference/RegionExporter.cpp" line="147"/>
        <source>There is no photo to export.</source>
        <translation>Es gibt kein Foto zum Exportieren.</translation>
    </message>
</context>
<context>
    <name>RegionListModel</name>
    <message>
        <location filename="../ui/RegionListModel.cpp" line="63"/>
        <source>Not restored</source>
        <translation>Nicht restauriert</translation>
    </message>
    <message>
        <location filename="../ui/RegionListModel.cpp" line="64"/>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location filename="../ui/RegionListModel.cpp" line="65"/>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <location filename="../ui/RegionListModel.cpp" line="66"/>
        <source>Restored</source>
        <translation>Restauriert</translation>
    </message>
    <message>
        <location filename="../ui/RegionListModel.cpp" line="67"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/RegionListModel.cpp" line="106"/>
        <source>%1 at (%2, %3). F2 or double click renames it.</source>
        <translation>%1 bei (%2, %3). F2 oder Doppelklick benennt ihn um.</translation>
    </message>
    <message>
        <location filename="../ui/RegionListModel.cpp" line="110"/>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RegionListModel.cpp" line="116"/>
        <source>%1 (%n run(s))</source>
        <translation>
            <numerusform>%1 (%n Lauf)</numerusform>
            <numerusform>%1 (%n Läufe)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RegionListModel.cpp" line="120"/>
        <source>%1, ×%2, %3 s on %4</source>
        <translation>%1, ×%2, %3 s auf %4</translation>
    </message>
    <message>
        <location filename="../ui/RegionListModel.cpp" line="153"/>
        <source>Region</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../ui/RegionListModel.cpp" line="154"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/RegionListModel.cpp" line="155"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/RegionListModel.cpp" line="156"/>
        <source>OCR before</source>
        <translation>OCR vorher</translation>
    </message>
    <message>
        <location filename="../ui/RegionListModel.cpp" line="157"/>
        <source>OCR after</source>
        <translation>OCR nachher</translation>
    </message>
</context>
<context>
    <name>ResourceLocator</name>
    <message>
        <location filename="../inference/ResourceLocator.cpp" line="28"/>
        <source>GlyphLab&apos;s &quot;%1&quot; folder was not found; looked in: %2. Set GLYPHLAB_DATA to the folder that holds it.</source>
        <translation>Der GlyphLab-Ordner „%1“ wurde nicht gefunden; gesucht in: %2. GLYPHLAB_DATA auf den Ordner setzen, der ihn enthält.</translation>
    </message>
</context>
<context>
    <name>ResultViewsController</name>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="79"/>
        <source>Export Plot as PNG…</source>
        <translation>Diagramm als PNG exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="80"/>
        <source>Export Plot as PDF…</source>
        <translation>Diagramm als PDF exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="98"/>
        <source>Steps of the current region</source>
        <translation>Schritte des aktuellen Bereichs</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="98"/>
        <source>Time per region (s)</source>
        <translation>Zeit pro Bereich (s)</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="98"/>
        <source>OCR confidence per region</source>
        <translation>OCR-Konfidenz pro Bereich</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="99"/>
        <source>Plot the values of each step of the current region&apos;s latest run, or one bar per region</source>
        <translation>Die Werte jedes Schritts des letzten Laufs des aktuellen Bereichs zeichnen, oder einen Balken pro Bereich</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="110"/>
        <location filename="../ui/ResultViewsController.cpp" line="291"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="110"/>
        <location filename="../ui/ResultViewsController.cpp" line="291"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="113"/>
        <source>Input, training-free</source>
        <translation>Eingabe, ohne Training</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="113"/>
        <source>Result, training-free</source>
        <translation>Ergebnis, ohne Training</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="113"/>
        <source>GlyphSR prediction</source>
        <translation>GlyphSR-Vorhersage</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="115"/>
        <source>Training-free: masks found in the pixels alone (two colour clusters, the background owns the border; characters are the connected ink), for the input crop or the restored result. GlyphSR prediction: the masks GlyphSR&apos;s glyph perception module predicted in its latest run on this region.</source>
        <translation>Ohne Training: Masken allein aus den Pixeln (zwei Farbcluster, der Hintergrund besitzt den Rand; Zeichen sind die zusammenhängende Tinte), für den Eingabeausschnitt oder das restaurierte Ergebnis. GlyphSR-Vorhersage: die Masken, die GlyphSRs Glyphenwahrnehmungsmodul in seinem letzten Lauf auf diesem Bereich vorhergesagt hat.</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="316"/>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="316"/>
        <source>OCR confidence</source>
        <translation>OCR-Konfidenz</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="317"/>
        <source>Region</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="347"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="347"/>
        <source>%1×%2 px</source>
        <translation>%1×%2 px</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="376"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="377"/>
        <source>%1 s on %2</source>
        <translation>%1 s auf %2</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="378"/>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="388"/>
        <source>Select a region to see its glyph masks.</source>
        <translation>Einen Bereich wählen, um seine Glyphenmasken zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="395"/>
        <source>No GlyphSR masks for this region yet: choose GlyphSR in the Method panel and restore the region. (The masks of a run are kept until the project is closed.)</source>
        <translation>Noch keine GlyphSR-Masken für diesen Bereich: GlyphSR im Methodenbereich wählen und den Bereich restaurieren. (Die Masken eines Laufs bleiben erhalten, bis das Projekt geschlossen wird.)</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="403"/>
        <source>Restore the region first: these masks are extracted from its result.</source>
        <translation>Zuerst den Bereich restaurieren: Diese Masken werden aus seinem Ergebnis gewonnen.</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="454"/>
        <source>No text found in this crop: it has no two colours to tell apart.</source>
        <translation>In diesem Ausschnitt wurde kein Text gefunden: Er hat keine zwei unterscheidbaren Farben.</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="551"/>
        <source>Export Plot as PDF</source>
        <translation>Diagramm als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="551"/>
        <source>Export Plot as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="555"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="555"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="561"/>
        <source>The plot could not be exported.</source>
        <translation>Das Diagramm konnte nicht exportiert werden.</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="563"/>
        <source>Plot saved to %1.</source>
        <translation>Diagramm in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>SceneShardReader</name>
    <message>
        <location filename="../inference/SceneShardReader.cpp" line="22"/>
        <source>scene %1 is damaged.</source>
        <translation>Szene %1 ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../inference/SceneShardReader.cpp" line="60"/>
        <source>%1 contains no scene shards (*.glsc). Make them with glyphlab-cli synth --mode scene.</source>
        <translation>%1 enthält keine Szenen-Shards (*.glsc). Mit glyphlab-cli synth --mode scene welche erzeugen.</translation>
    </message>
</context>
<context>
    <name>SceneShardWriter</name>
    <message>
        <location filename="../inference/SceneShardWriter.cpp" line="19"/>
        <source>A scene does not have the shard&apos;s image sizes.</source>
        <translation>Eine Szene hat nicht die Bildgrößen des Shards.</translation>
    </message>
</context>
<context>
    <name>SceneSynthesizer</name>
    <message>
        <location filename="../inference/SceneSynthesizer.cpp" line="101"/>
        <source>A scene tile of %1 pixels cannot be reduced by the scale %2.</source>
        <translation>Eine Szenenkachel von %1 Pixeln kann nicht um den Faktor %2 verkleinert werden.</translation>
    </message>
    <message>
        <location filename="../inference/SceneSynthesizer.cpp" line="104"/>
        <source>A scene needs room for at least one line of one character.</source>
        <translation>Eine Szene braucht Platz für mindestens eine Zeile mit einem Zeichen.</translation>
    </message>
    <message>
        <location filename="../inference/SceneSynthesizer.cpp" line="255"/>
        <source>No text line fits on scene %1.</source>
        <translation>Auf Szene %1 passt keine Textzeile.</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <location filename="../app/ScheduleCommand.cpp" line="31"/>
        <source>Print GLYPH-SR&apos;s ping-pong schedule: one line per sampling step with the step, λ_t (0 text-centric, 1 image-centric) and the branch that leads, separated by tabs.</source>
        <translation>GLYPH-SRs Ping-Pong-Plan ausgeben: eine Zeile pro Abtastschritt mit Schritt, λ_t (0 textzentriert, 1 bildzentriert) und dem führenden Zweig, durch Tabulatoren getrennt.</translation>
    </message>
    <message>
        <location filename="../app/ScheduleCommand.cpp" line="33"/>
        <source>square (the paper&apos;s), text, image, linear or cosine.</source>
        <translation>square (die des Artikels), text, image, linear oder cosine.</translation>
    </message>
    <message>
        <location filename="../app/ScheduleCommand.cpp" line="35"/>
        <source>Steps per half-period τ of the square wave.</source>
        <translation>Schritte pro Halbperiode τ der Rechteckwelle.</translation>
    </message>
    <message>
        <location filename="../app/ScheduleCommand.cpp" line="37"/>
        <source>First step t0 of the wave or ramp; earlier steps are image-centric.</source>
        <translation>Erster Schritt t0 der Welle oder Rampe; frühere Schritte sind bildzentriert.</translation>
    </message>
    <message>
        <location filename="../app/ScheduleCommand.cpp" line="39"/>
        <source>Number of sampling steps.</source>
        <translation>Anzahl der Abtastschritte.</translation>
    </message>
    <message>
        <location filename="../app/ScheduleCommand.cpp" line="49"/>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location filename="../app/ScheduleCommand.cpp" line="57"/>
        <source>--period must be a whole number from 1 to 1000 (got &quot;%1&quot;).</source>
        <translation>--period muss eine ganze Zahl von 1 bis 1000 sein (erhalten: „%1“).</translation>
    </message>
    <message>
        <location filename="../app/ScheduleCommand.cpp" line="60"/>
        <source>--start must be a whole number from 0 to 1000 (got &quot;%1&quot;).</source>
        <translation>--start muss eine ganze Zahl von 0 bis 1000 sein (erhalten: „%1“).</translation>
    </message>
    <message>
        <location filename="../app/ScheduleCommand.cpp" line="63"/>
        <source>--steps must be a whole number from 1 to 1000 (got &quot;%1&quot;).</source>
        <translation>--steps muss eine ganze Zahl von 1 bis 1000 sein (erhalten: „%1“).</translation>
    </message>
</context>
<context>
    <name>ShardFile</name>
    <message>
        <location filename="../inference/ShardFile.cpp" line="11"/>
        <source>The data set shard %1 cannot be used: %2</source>
        <translation>Der Datensatz-Shard %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../inference/ShardFile.cpp" line="34"/>
        <location filename="../inference/ShardFile.cpp" line="46"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../inference/ShardFile.cpp" line="64"/>
        <location filename="../inference/ShardFile.cpp" line="70"/>
        <source>it is not a GlyphLab shard.</source>
        <translation>es ist kein GlyphLab-Shard.</translation>
    </message>
    <message>
        <location filename="../inference/ShardFile.cpp" line="67"/>
        <source>it holds scene tiles, not text lines (glyphlab-cli synth --mode scene).</source>
        <translation>er enthält Szenenkacheln, keine Textzeilen (glyphlab-cli synth --mode scene).</translation>
    </message>
    <message>
        <location filename="../inference/ShardFile.cpp" line="69"/>
        <source>it holds text lines, not scene tiles (glyphlab-cli synth --mode line).</source>
        <translation>er enthält Textzeilen, keine Szenenkacheln (glyphlab-cli synth --mode line).</translation>
    </message>
    <message>
        <location filename="../inference/ShardFile.cpp" line="73"/>
        <source>it has format version %1; this program reads version %2.</source>
        <translation>er hat die Formatversion %1; dieses Programm liest Version %2.</translation>
    </message>
    <message>
        <location filename="../inference/ShardFile.cpp" line="76"/>
        <source>its header is damaged.</source>
        <translation>sein Header ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../inference/ShardFile.cpp" line="81"/>
        <source>it is truncated.</source>
        <translation>er ist abgeschnitten.</translation>
    </message>
    <message>
        <location filename="../inference/ShardFile.cpp" line="83"/>
        <source>its checksum does not match (the file is damaged).</source>
        <translation>seine Prüfsumme stimmt nicht (die Datei ist beschädigt).</translation>
    </message>
</context>
<context>
    <name>SplitComparisonView</name>
    <message>
        <location filename="../widgets/SplitComparisonView.cpp" line="25"/>
        <source>Input left of the line, result right of it. Drag the line (or Left/Right) to move it; drag elsewhere to pan; wheel or +/- to zoom; 0 or double-click to fit.</source>
        <translation>Eingabe links der Linie, Ergebnis rechts davon. Die Linie ziehen (oder Links/Rechts), um sie zu verschieben; anderswo ziehen, um zu verschieben; Mausrad oder +/- zum Zoomen; 0 oder Doppelklick zum Einpassen.</translation>
    </message>
    <message>
        <location filename="../widgets/SplitComparisonView.cpp" line="27"/>
        <source>Input and result comparison</source>
        <translation>Vergleich von Eingabe und Ergebnis</translation>
    </message>
    <message>
        <location filename="../widgets/SplitComparisonView.cpp" line="155"/>
        <source>No run yet</source>
        <translation>Noch kein Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/SplitComparisonView.cpp" line="170"/>
        <source>No result yet</source>
        <translation>Noch kein Ergebnis</translation>
    </message>
    <message>
        <location filename="../widgets/SplitComparisonView.cpp" line="191"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../widgets/SplitComparisonView.cpp" line="191"/>
        <source>Input %1×%2</source>
        <translation>Eingabe %1×%2</translation>
    </message>
    <message>
        <location filename="../widgets/SplitComparisonView.cpp" line="193"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../widgets/SplitComparisonView.cpp" line="193"/>
        <source>Result %1×%2</source>
        <translation>Ergebnis %1×%2</translation>
    </message>
</context>
<context>
    <name>StepTimeline</name>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="63"/>
        <source>No run yet</source>
        <translation>Noch kein Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="64"/>
        <source>The current estimate (x̂₀) of the selected step</source>
        <translation>Die aktuelle Schätzung (x̂₀) des gewählten Schritts</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="77"/>
        <source>Every step of the run; click one to show it</source>
        <translation>Jeder Schritt des Laufs; einen anklicken, um ihn anzuzeigen</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="85"/>
        <source>Step of the run (Left/Right, Home/End)</source>
        <translation>Schritt des Laufs (Links/Rechts, Pos1/Ende)</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="86"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="92"/>
        <source>First step (Home)</source>
        <translation>Erster Schritt (Pos1)</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="94"/>
        <source>Previous step (Left)</source>
        <translation>Vorheriger Schritt (Links)</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="96"/>
        <location filename="../widgets/StepTimeline.cpp" line="380"/>
        <source>Play the steps (Space)</source>
        <translation>Die Schritte abspielen (Leertaste)</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="98"/>
        <source>Next step (Right)</source>
        <translation>Nächster Schritt (Rechts)</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="100"/>
        <source>Newest step (End); keeps following new steps</source>
        <translation>Neuester Schritt (Ende); folgt weiter neuen Schritten</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="112"/>
        <source> steps/s</source>
        <translation> Schritte/s</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="113"/>
        <location filename="../widgets/StepTimeline.cpp" line="114"/>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="129"/>
        <source>What happened in this step</source>
        <translation>Was in diesem Schritt geschah</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="135"/>
        <source>The text the model believes at this step; each character coloured by its confidence, red (unsure) to green (sure)</source>
        <translation>Der Text, den das Modell in diesem Schritt annimmt; jedes Zeichen nach seiner Konfidenz gefärbt, von Rot (unsicher) bis Grün (sicher)</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="140"/>
        <source>Which branch guided this step: the text prior or the image</source>
        <translation>Welcher Zweig diesen Schritt geleitet hat: der Text-Prior oder das Bild</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="144"/>
        <source>λ_t: weight of the text guidance; noise: the noise level of this step (σ_t or ᾱ_t)</source>
        <translation>λ_t: Gewicht der Textführung; Rauschen: der Rauschpegel dieses Schritts (σ_t oder ᾱ_t)</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="196"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="197"/>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="380"/>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="382"/>
        <source>No steps</source>
        <translation>Keine Schritte</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="386"/>
        <source>%1 / %2 · %3 s</source>
        <translation>%1 / %2 · %3 s</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="428"/>
        <source>Believed text: %1</source>
        <translation>Angenommener Text: %1</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="434"/>
        <source>text-centric</source>
        <translation>textzentriert</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="434"/>
        <source>image-centric</source>
        <translation>bildzentriert</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="446"/>
        <source>λ_t %1</source>
        <translation>λ_t %1</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="448"/>
        <source>noise %1</source>
        <translation>Rauschen %1</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="454"/>
        <source>No run yet: the steps of a run appear here while it is going.</source>
        <translation>Noch kein Lauf: Die Schritte eines Laufs erscheinen hier, während er läuft.</translation>
    </message>
</context>
<context>
    <name>SynthCommand</name>
    <message>
        <location filename="../app/SynthCommand.cpp" line="24"/>
        <source>Generate text-line pairs (HR, degraded LR, glyph masks) or scene tiles (HR, degraded LR, text mask, word boxes) into shards.</source>
        <translation>Textzeilenpaare (HR, degradiertes LR, Glyphenmasken) oder Szenenkacheln (HR, degradiertes LR, Textmaske, Wortrahmen) in Shards erzeugen.</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="26"/>
        <source>line (text-line crops) or scene (square tiles with several lines).</source>
        <translation>line (Textzeilen-Ausschnitte) oder scene (quadratische Kacheln mit mehreren Zeilen).</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="28"/>
        <source>Scene tile side in pixels (scene mode).</source>
        <translation>Seitenlänge der Szenenkachel in Pixeln (Modus scene).</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="31"/>
        <source>Scene partition: all (cycled by index), cc, cd, dc or dd (clean/degraded glyphs, clean/degraded image).</source>
        <translation>Szenenaufteilung: all (nach Index reihum), cc, cd, dc oder dd (saubere/degradierte Glyphen, sauberes/degradiertes Bild).</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="34"/>
        <source>Folder for the shards (created if missing).</source>
        <translation>Ordner für die Shards (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="35"/>
        <source>Number of samples.</source>
        <translation>Anzahl der Beispiele.</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="36"/>
        <source>Seed; the same seed gives the same data.</source>
        <translation>Seed; derselbe Seed ergibt dieselben Daten.</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="37"/>
        <source>Degradation: easy, medium or hard.</source>
        <translation>Degradation: easy, medium oder hard.</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="38"/>
        <source>HR / LR size ratio: 2, 4 or 8 (lines, default 2); 4 or 8 (scenes, default 4).</source>
        <translation>Größenverhältnis HR / LR: 2, 4 oder 8 (Zeilen, Standard 2); 4 oder 8 (Szenen, Standard 4).</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="39"/>
        <source>High-resolution size, WxH.</source>
        <translation>Hochauflösende Größe, BxH.</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="40"/>
        <source>training or evaluation fonts.</source>
        <translation>training- oder evaluation-Schriften.</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="41"/>
        <source>training or evaluation words.</source>
        <translation>training- oder evaluation-Wörter.</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="42"/>
        <source>Word list file, one word per line.</source>
        <translation>Wortlistendatei, ein Wort pro Zeile.</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="44"/>
        <source>Samples per shard.</source>
        <translation>Beispiele pro Shard.</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="45"/>
        <source>Generator threads (default: all cores).</source>
        <translation>Generator-Threads (Standard: alle Kerne).</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="46"/>
        <source>Samples shown in preview.png.</source>
        <translation>In preview.png gezeigte Beispiele.</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="57"/>
        <source>--output is required.</source>
        <translation>--output ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="61"/>
        <source>--mode must be line or scene.</source>
        <translation>--mode muss line oder scene sein.</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="67"/>
        <source>--count must be a whole number from 1 to 10000000.</source>
        <translation>--count muss eine ganze Zahl von 1 bis 10000000 sein.</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="70"/>
        <source>--seed must be a non-negative whole number.</source>
        <translation>--seed muss eine nicht negative ganze Zahl sein.</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="73"/>
        <source>--preset must be easy, medium or hard.</source>
        <translation>--preset muss easy, medium oder hard sein.</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="77"/>
        <source>--scale must be 4 or 8 for scenes.</source>
        <translation>--scale muss für Szenen 4 oder 8 sein.</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="79"/>
        <source>--scale must be 2, 4 or 8.</source>
        <translation>--scale muss 2, 4 oder 8 sein.</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="83"/>
        <source>--tile must be a whole number from 64 to 2048, divisible by --scale.</source>
        <translation>--tile muss eine ganze Zahl von 64 bis 2048 sein, teilbar durch --scale.</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="88"/>
        <source>--partition must be all, cc, cd, dc or dd.</source>
        <translation>--partition muss all, cc, cd, dc oder dd sein.</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="92"/>
        <source>--hr-size must look like 128x32.</source>
        <translation>--hr-size muss wie 128x32 aussehen.</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="95"/>
        <source>--hr-size must be divisible by --scale.</source>
        <translation>--hr-size muss durch --scale teilbar sein.</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="99"/>
        <source>--fonts and --words take training or evaluation.</source>
        <translation>--fonts und --words akzeptieren training oder evaluation.</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="102"/>
        <source>--shard-size must be a positive whole number.</source>
        <translation>--shard-size muss eine positive ganze Zahl sein.</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="107"/>
        <source>--threads must be a whole number from 1 to 256.</source>
        <translation>--threads muss eine ganze Zahl von 1 bis 256 sein.</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="117"/>
        <source>Generating %1 samples with %2 fonts and %3 words on %4 thread(s)...</source>
        <translation>Erzeuge %1 Beispiele mit %2 Schriften und %3 Wörtern auf %4 Thread(s) …</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="121"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="137"/>
        <source>Wrote %1 samples in %2 shard(s) in %3 s (%4 samples/s).</source>
        <translation>%1 Beispiele in %2 Shard(s) in %3 s geschrieben (%4 Beispiele/s).</translation>
    </message>
</context>
<context>
    <name>TesseractOcrEngine</name>
    <message>
        <location filename="../inference/TesseractOcrEngine.cpp" line="61"/>
        <source>Tesseract could not load its English data (eng.traineddata); install the package tesseract-ocr-eng or set TESSDATA_PREFIX to the folder that holds it.</source>
        <translation>Tesseract konnte seine englischen Daten (eng.traineddata) nicht laden; das Paket tesseract-ocr-eng installieren oder TESSDATA_PREFIX auf den Ordner setzen, der sie enthält.</translation>
    </message>
    <message>
        <location filename="../inference/TesseractOcrEngine.cpp" line="136"/>
        <source>Tesseract %1</source>
        <translation>Tesseract %1</translation>
    </message>
    <message>
        <location filename="../inference/TesseractOcrEngine.cpp" line="195"/>
        <source>Tesseract could not analyse the photo.</source>
        <translation>Tesseract konnte das Foto nicht analysieren.</translation>
    </message>
</context>
<context>
    <name>TextCorpus</name>
    <message>
        <location filename="../inference/TextCorpus.cpp" line="54"/>
        <source>Cannot read the word list %1: %2 (Debian package wamerican).</source>
        <translation>Die Wortliste %1 kann nicht gelesen werden: %2 (Debian-Paket wamerican).</translation>
    </message>
    <message>
        <location filename="../inference/TextCorpus.cpp" line="73"/>
        <source>The word list %1 contains no usable words.</source>
        <translation>Die Wortliste %1 enthält keine brauchbaren Wörter.</translation>
    </message>
    <message>
        <location filename="../inference/TextCorpus.cpp" line="80"/>
        <source>The word list is empty.</source>
        <translation>Die Wortliste ist leer.</translation>
    </message>
</context>
<context>
    <name>TextLineSynthesizer</name>
    <message>
        <location filename="../inference/TextLineSynthesizer.cpp" line="20"/>
        <source>The scale %1 leaves no low-resolution image of %2×%3.</source>
        <translation>Der Faktor %1 lässt kein niedrig aufgelöstes Bild von %2×%3 übrig.</translation>
    </message>
    <message>
        <location filename="../inference/TextLineSynthesizer.cpp" line="41"/>
        <source>No font could draw sample %1.</source>
        <translation>Keine Schrift konnte Beispiel %1 zeichnen.</translation>
    </message>
</context>
<context>
    <name>TileBlender</name>
    <message>
        <location filename="../inference/TileBlender.cpp" line="15"/>
        <source>A blended image needs at least one channel (got %1).</source>
        <translation>Ein überblendetes Bild braucht mindestens einen Kanal (erhalten: %1).</translation>
    </message>
    <message>
        <location filename="../inference/TileBlender.cpp" line="52"/>
        <source>There is no tile %1 (the layout has %2).</source>
        <translation>Es gibt keine Kachel %1 (die Aufteilung hat %2).</translation>
    </message>
    <message>
        <location filename="../inference/TileBlender.cpp" line="55"/>
        <source>Tile %1 should be 1×%2×%3×%3; it is %4.</source>
        <translation>Kachel %1 sollte 1×%2×%3×%3 sein; sie ist %4.</translation>
    </message>
    <message>
        <location filename="../inference/TileBlender.cpp" line="60"/>
        <source>Tile %1 was already blended.</source>
        <translation>Kachel %1 wurde bereits überblendet.</translation>
    </message>
    <message>
        <location filename="../inference/TileBlender.cpp" line="85"/>
        <source>Only %1 of %2 tiles were blended; part of the region has no result.</source>
        <translation>Nur %1 von %2 Kacheln wurden überblendet; ein Teil des Bereichs hat kein Ergebnis.</translation>
    </message>
</context>
<context>
    <name>TileLayout</name>
    <message>
        <location filename="../inference/TileLayout.cpp" line="14"/>
        <source>Cannot tile an empty region (%1×%2).</source>
        <translation>Ein leerer Bereich (%1×%2) kann nicht gekachelt werden.</translation>
    </message>
    <message>
        <location filename="../inference/TileLayout.cpp" line="16"/>
        <source>The tile alignment must be at least 1 (got %1).</source>
        <translation>Die Kachelausrichtung muss mindestens 1 sein (erhalten: %1).</translation>
    </message>
    <message>
        <location filename="../inference/TileLayout.cpp" line="18"/>
        <source>The tile size %1 must be a positive multiple of %2.</source>
        <translation>Die Kachelgröße %1 muss ein positives Vielfaches von %2 sein.</translation>
    </message>
    <message>
        <location filename="../inference/TileLayout.cpp" line="20"/>
        <source>The region %1×%2 must be a multiple of %3 pixels on each side.</source>
        <translation>Der Bereich %1×%2 muss auf jeder Seite ein Vielfaches von %3 Pixeln sein.</translation>
    </message>
    <message>
        <location filename="../inference/TileLayout.cpp" line="25"/>
        <source>A tile overlap of %1 pixels does not fit tiles of %2 pixels.</source>
        <translation>Eine Kachelüberlappung von %1 Pixeln passt nicht zu Kacheln von %2 Pixeln.</translation>
    </message>
</context>
<context>
    <name>TorchRuntime</name>
    <message>
        <location filename="../inference/TorchRuntime.cpp" line="117"/>
        <source>CUDA was requested, but this LibTorch build has no CUDA or no GPU is visible; use --device cpu (or auto).</source>
        <translation>CUDA wurde angefordert, aber dieser LibTorch-Build unterstützt kein CUDA oder es ist keine GPU sichtbar; --device cpu (oder auto) verwenden.</translation>
    </message>
    <message>
        <location filename="../inference/TorchRuntime.cpp" line="127"/>
        <source>Unknown device &quot;%1&quot;; use auto, cpu or cuda.</source>
        <translation>Unbekanntes Gerät „%1“; auto, cpu oder cuda verwenden.</translation>
    </message>
</context>
<context>
    <name>TrainCommand</name>
    <message>
        <location filename="../app/TrainCommand.cpp" line="25"/>
        <source>Data set folders made by synth, comma-separated.</source>
        <translation>Von synth erzeugte Datensatzordner, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="26"/>
        <source>Folder for checkpoints, the loss log and the weights.</source>
        <translation>Ordner für Checkpoints, das Verlustprotokoll und die Gewichte.</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="27"/>
        <source>Optimizer steps.</source>
        <translation>Optimierungsschritte.</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="28"/>
        <source>Batch size.</source>
        <translation>Batchgröße.</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="29"/>
        <source>Learning rate.</source>
        <translation>Lernrate.</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="30"/>
        <source>Seed (initial weights and batch order).</source>
        <translation>Seed (Anfangsgewichte und Batch-Reihenfolge).</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="31"/>
        <source>auto, cpu or cuda.</source>
        <translation>auto, cpu oder cuda.</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="33"/>
        <source>difftsr: the training stage, idm, tdm or mom (in this order; mom needs the other two in the same output folder); glyph-sr: base, then text.</source>
        <translation>difftsr: die Trainingsstufe, idm, tdm oder mom (in dieser Reihenfolge; mom braucht die beiden anderen im selben Ausgabeordner); glyph-sr: base, dann text.</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="36"/>
        <source>glyphsr: weight of the text-focus loss from the recognizer (default 0.02); glyph-sr, text stage: weight of the recognizer&apos;s CTC loss on the words of x̂0 (default 0, off; needs --recognizer).</source>
        <translation>glyphsr: Gewicht des Textfokus-Verlusts des Erkenners (Standard 0,02); glyph-sr, Textstufe: Gewicht des CTC-Verlusts des Erkenners auf den Wörtern von x̂0 (Standard 0, aus; braucht --recognizer).</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="37"/>
        <source>glyphsr: channels of the SR trunk (default 32).</source>
        <translation>glyphsr: Kanäle des SR-Rumpfs (Standard 32).</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="38"/>
        <source>glyphsr: SR blocks, 4 to 16 (default 5; the glyph modules follow block 4).</source>
        <translation>glyphsr: SR-Blöcke, 4 bis 16 (Standard 5; die Glyphenmodule folgen auf Block 4).</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="39"/>
        <source>difftsr, idm or tdm stage: start from that stage&apos;s weights in this folder&apos;s difftsr.json (e.g. resources/models) instead of from scratch; crnn: from this folder&apos;s crnn.json; glyphsr: from its glyphsr.json.</source>
        <translation>difftsr, Stufe idm oder tdm: mit den Gewichten dieser Stufe aus der difftsr.json dieses Ordners beginnen (z. B. resources/models) statt von vorn; crnn: mit der crnn.json dieses Ordners; glyphsr: mit seiner glyphsr.json.</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="40"/>
        <source>glyphsr: the part of each batch whose text prior is the true line written onto the CRNN&apos;s frames (default 0).</source>
        <translation>glyphsr: der Anteil jedes Batches, dessen Text-Prior die wahre Zeile ist, auf die Frames des CRNN geschrieben (Vorgabe 0).</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="41"/>
        <source>glyphsr: the part of each batch whose text prior is the CRNN&apos;s reading with the language model (default 0; needs --language-model).</source>
        <translation>glyphsr: der Anteil jedes Batches, dessen Text-Prior die Lesung des CRNN mit dem Sprachmodell ist (Vorgabe 0; braucht --language-model).</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="42"/>
        <source>glyphsr: a second CRNN manifest for the text-focus loss (e.g. one trained on sharp lines only, train crnn --low-share 0); default: the --recognizer.</source>
        <translation>glyphsr: ein zweites CRNN-Manifest für den Text-Fokus-Verlust (z. B. eines, das nur auf scharfen Zeilen trainiert wurde, train crnn --low-share 0); Vorgabe: der --recognizer.</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="43"/>
        <source>glyphsr: the language model&apos;s manifest (language-model.json) for --prior-language.</source>
        <translation>glyphsr: das Manifest des Sprachmodells (language-model.json) für --prior-language.</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="45"/>
        <source>language-model: generated lines to count (default 200000).</source>
        <translation>language-model: zu zählende erzeugte Zeilen (Vorgabe 200000).</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="46"/>
        <source>language-model: the n of the character n-grams, 2 to 9 (default 6).</source>
        <translation>language-model: das n der Zeichen-n-Gramme, 2 bis 9 (Vorgabe 6).</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="61"/>
        <source>name one model to train: crnn, glyphsr, difftsr, glyph-sr or language-model.</source>
        <translation>nennen Sie ein zu trainierendes Modell: crnn, glyphsr, difftsr, glyph-sr oder language-model.</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="65"/>
        <source>--lines and --order are for language-model.</source>
        <translation>--lines und --order gelten für language-model.</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="70"/>
        <source>--from is for difftsr (its idm and tdm stages), crnn and glyphsr.</source>
        <translation>--from gilt für difftsr (seine Stufen idm und tdm), crnn und glyphsr.</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="73"/>
        <source>--prior-truth, --prior-language and --language-model are for glyphsr.</source>
        <translation>--prior-truth, --prior-language und --language-model gelten für glyphsr.</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="75"/>
        <source>--focus-recognizer is for glyphsr.</source>
        <translation>--focus-recognizer gilt für glyphsr.</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="148"/>
        <source>--prior-language needs --language-model language-model.json.</source>
        <translation>--prior-language braucht --language-model language-model.json.</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="177"/>
        <source>glyph-sr needs --stage base or text.</source>
        <translation>glyph-sr braucht --stage base oder text.</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="192"/>
        <source>unknown model &quot;%1&quot;; choose crnn, glyphsr, difftsr, glyph-sr or language-model.</source>
        <translation>unbekanntes Modell „%1“; wählen Sie crnn, glyphsr, difftsr, glyph-sr oder language-model.</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="202"/>
        <source>language-model needs --recognizer crnn.json (its beam search is tuned for that CRNN) and --output DIR.</source>
        <translation>language-model braucht --recognizer crnn.json (seine Strahlsuche wird für dieses CRNN abgestimmt) und --output ORDNER.</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="163"/>
        <source>difftsr needs --recognizer crnn.json (train crnn first).</source>
        <translation>difftsr braucht --recognizer crnn.json (zuerst crnn trainieren).</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="32"/>
        <source>glyphsr, difftsr: the CRNN manifest (crnn.json) for the text prior and the OCR losses; glyph-sr: for the text stage&apos;s text focus.</source>
        <translation>glyphsr, difftsr: das CRNN-Manifest (crnn.json) für den Textprior und die OCR-Verluste; glyph-sr: für den Textfokus der Textstufe.</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="22"/>
        <source>Train a model: glyphlab-cli train crnn|glyphsr|difftsr|glyph-sr --data DIR[,DIR...] --output DIR
or glyphlab-cli train language-model --recognizer crnn.json --output DIR</source>
        <translation>Ein Modell trainieren: glyphlab-cli train crnn|glyphsr|difftsr|glyph-sr --data DIR[,DIR...] --output DIR
oder glyphlab-cli train language-model --recognizer crnn.json --output DIR</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="24"/>
        <source>crnn, glyphsr, difftsr, glyph-sr or language-model</source>
        <translation>crnn, glyphsr, difftsr, glyph-sr oder language-model</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="165"/>
        <source>difftsr needs --stage idm, tdm or mom.</source>
        <translation>difftsr braucht --stage idm, tdm oder mom.</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="34"/>
        <source>glyphsr ablation: without the text prior generator.</source>
        <translation>glyphsr-Ablation: ohne den Text-Prior-Generator.</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="35"/>
        <source>glyphsr ablation: without GPM and GFM.</source>
        <translation>glyphsr-Ablation: ohne GPM und GFM.</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="44"/>
        <source>crnn: the part of each batch read from the bicubic-enlarged LR instead of the HR line (default 0.5).</source>
        <translation>crnn: der Anteil jedes Batches, der aus dem bikubisch vergrößerten LR statt aus der HR-Zeile gelesen wird (Vorgabe 0,5).</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="47"/>
        <source>Steps between checkpoints.</source>
        <translation>Schritte zwischen Checkpoints.</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="67"/>
        <source>--data and --output are required.</source>
        <translation>--data und --output sind erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="77"/>
        <source>--low-share is for crnn.</source>
        <translation>--low-share gilt für crnn.</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="114"/>
        <location filename="../app/TrainCommand.cpp" line="157"/>
        <location filename="../app/TrainCommand.cpp" line="171"/>
        <location filename="../app/TrainCommand.cpp" line="181"/>
        <location filename="../app/TrainCommand.cpp" line="187"/>
        <location filename="../app/TrainCommand.cpp" line="213"/>
        <source>a number option has an invalid value.</source>
        <translation>eine Zahlenoption hat einen ungültigen Wert.</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="119"/>
        <source>--low-share must be a number from 0 to 1.</source>
        <translation>--low-share muss eine Zahl von 0 bis 1 sein.</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="127"/>
        <source>glyphsr needs --recognizer crnn.json (train crnn first).</source>
        <translation>glyphsr benötigt --recognizer crnn.json (zuerst crnn trainieren).</translation>
    </message>
</context>
<context>
    <name>TrainingData</name>
    <message>
        <location filename="../inference/TrainingData.cpp" line="16"/>
        <source>The data set %1 has other image sizes than the ones before it.</source>
        <translation>Der Datensatz %1 hat andere Bildgrößen als die vorherigen.</translation>
    </message>
    <message>
        <location filename="../inference/TrainingData.cpp" line="25"/>
        <source>Too few training samples (%1).</source>
        <translation>Zu wenige Trainingsbeispiele (%1).</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <location filename="../inference/TrainingSession.cpp" line="42"/>
        <source>%1 is damaged; delete it to start over.</source>
        <translation>%1 ist beschädigt; zum Neubeginn löschen.</translation>
    </message>
    <message>
        <location filename="../inference/TrainingSession.cpp" line="51"/>
        <source>The optimizer state in %1 cannot be loaded: %2</source>
        <translation>Der Optimiererzustand in %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <location filename="../inference/TrainingSession.cpp" line="55"/>
        <source>Resuming from the checkpoint at step %1.</source>
        <translation>Fortsetzung ab dem Checkpoint bei Schritt %1.</translation>
    </message>
    <message>
        <location filename="../inference/TrainingSession.cpp" line="69"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>TsControlModel</name>
    <message>
        <location filename="../inference/TsControlModel.cpp" line="30"/>
        <source>The GLYPH-SR architecture in the manifest is not one this program can build.</source>
        <translation>Die GLYPH-SR-Architektur im Manifest kann dieses Programm nicht aufbauen.</translation>
    </message>
</context>
<context>
    <name>TsControlTrainer</name>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="292"/>
        <source>Unknown GLYPH-SR stage &quot;%1&quot;; choose base or text.</source>
        <translation>Unbekannte GLYPH-SR-Stufe „%1“; wählen Sie base oder text.</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="294"/>
        <source>GLYPH-SR training needs at least one folder of scene shards (glyphlab-cli synth --mode scene).</source>
        <translation>Das GLYPH-SR-Training braucht mindestens einen Ordner mit Szenen-Shards (glyphlab-cli synth --mode scene).</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="302"/>
        <source>GLYPH-SR&apos;s text focus is for the text stage and needs a recognizer (--recognizer crnn.json).</source>
        <translation>Der Textfokus von GLYPH-SR gilt für die Textstufe und braucht einen Erkenner (--recognizer crnn.json).</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="321"/>
        <source>%1: the scene tiles are smaller than the %2-pixel training crop, or not all of one size.</source>
        <translation>%1: die Szenenkacheln sind kleiner als der Trainingsausschnitt von %2 Pixeln oder nicht alle gleich groß.</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="327"/>
        <source>The GLYPH-SR training data has too few scene tiles.</source>
        <translation>Die GLYPH-SR-Trainingsdaten haben zu wenige Szenenkacheln.</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="335"/>
        <source>The text stage needs the base stage in %1 first.</source>
        <translation>Die Stufe text braucht zuerst die Stufe base in %1.</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="338"/>
        <source>GLYPH-SR text: the text branch starts as a copy of the SR branch (%1 tensors).</source>
        <translation>GLYPH-SR text: der Textzweig beginnt als Kopie des SR-Zweigs (%1 Tensoren).</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="348"/>
        <source>GLYPH-SR text: text focus %1 from the recognizer %2, on whole tiles.</source>
        <translation>GLYPH-SR Text: Textfokus %1 vom Erkenner %2, auf ganzen Kacheln.</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="353"/>
        <source>GLYPH-SR %1: %2 training and %3 validation tiles from %4 folder(s); %5.</source>
        <translation>GLYPH-SR %1: %2 Trainings- und %3 Validierungskacheln aus %4 Ordner(n); %5.</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="363"/>
        <source>GLYPH-SR %1: %2 trained parameters (backbone %3, SR branch %4, text branch %5).</source>
        <translation>GLYPH-SR %1: %2 trainierte Parameter (Backbone %3, SR-Zweig %4, Textzweig %5).</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="424"/>
        <source>GLYPH-SR %1 step %2/%3: loss %4%5, %6 s/step</source>
        <translation>GLYPH-SR %1 Schritt %2/%3: Verlust %4%5, %6 s/Schritt</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="426"/>
        <source> (recognizer CTC %1)</source>
        <translation> (Erkenner-CTC %1)</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="438"/>
        <source>GLYPH-SR %1 step %2: validation (one step from t = 100…900): PSNR %3 dB, on text %4 dB (bicubic %5 / %6)%7; checkpoint written.</source>
        <translation>GLYPH-SR %1 Schritt %2: Validierung (ein Schritt bei t = 100…900): PSNR %3 dB, auf Text %4 dB (bikubisch %5 / %6)%7; Checkpoint geschrieben.</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="442"/>
        <source>; SR branch alone %1 / %2</source>
        <translation>; SR-Zweig allein %1 / %2</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="445"/>
        <source>GLYPH-SR %1 step %2: the recognizer reads %3 of %4 validation words on x̂0 (SR branch alone %5, bicubic %6, HR %7).</source>
        <translation>GLYPH-SR %1 Schritt %2: der Erkenner liest %3 von %4 Validierungswörtern auf x̂0 richtig (SR-Zweig allein %5, bikubisch %6, HR %7).</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="484"/>
        <source>Mini-GLYPH-SR (%1 parameters in all), trained from scratch on GlyphLab&apos;s synthetic scene tiles on a CPU: pixel space with a 4×4 space-to-depth fold instead of SDXL&apos;s latent; a small UNet backbone (widths 64/96/128) trained together with the SR branch in place of a pretrained LDM and SR ControlNet; image statistics instead of a VLM caption; the text branch conditioned on the OCR&apos;s words rendered at their boxes. The published system has over 13 billion parameters with its VLM.</source>
        <translation>Mini-GLYPH-SR (insgesamt %1 Parameter), von Grund auf mit den synthetischen Szenenkacheln von GlyphLab auf einer CPU trainiert: Pixelraum mit einer 4×4-Space-to-Depth-Faltung statt des latenten Raums von SDXL; ein kleines UNet-Backbone (Breiten 64/96/128), zusammen mit dem SR-Zweig trainiert, statt eines vortrainierten LDM und SR-ControlNet; Bildstatistiken statt einer VLM-Beschreibung; der Textzweig ist auf die an ihren Boxen gerenderten OCR-Wörter konditioniert. Das veröffentlichte System hat mit seinem VLM über 13 Milliarden Parameter.</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="491"/>
        <source>GLYPH-SR %1 written to %2.</source>
        <translation>GLYPH-SR %1 nach %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="24"/>
        <source>&amp;Show me</source>
        <translation>&amp;Zeig es mir</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="28"/>
        <source>&lt;h1&gt;Welcome to GlyphLab&lt;/h1&gt;&lt;p&gt;GlyphLab makes small, blurry text in photos readable again. Mark the text, pick a method, and compare the result with the original.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Willkommen bei GlyphLab&lt;/h1&gt;&lt;p&gt;GlyphLab macht kleinen, unscharfen Text in Fotos wieder lesbar. Text markieren, eine Methode wählen und das Ergebnis mit dem Original vergleichen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="34"/>
        <source>Try it on a demo photo</source>
        <translation>An einem Demofoto ausprobieren</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="36"/>
        <source>Click a photo to open it with its text regions marked, or press &lt;b&gt;Show me&lt;/b&gt; to restore them all at once and see the comparison.</source>
        <translation>Ein Foto anklicken, um es mit markierten Textbereichen zu öffnen, oder &lt;b&gt;Zeig es mir&lt;/b&gt; drücken, um alle auf einmal zu restaurieren und den Vergleich zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="43"/>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="45"/>
        <source>The method “Show me” runs on the demo regions</source>
        <translation>Die Methode, die „Zeig es mir“ auf die Demobereiche anwendet</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="48"/>
        <source>Open the chosen demo photo, restore all its regions and show the comparison</source>
        <translation>Das gewählte Demofoto öffnen, alle seine Bereiche restaurieren und den Vergleich zeigen</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="55"/>
        <source>Open your own photo…</source>
        <translation>Eigenes Foto öffnen …</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="56"/>
        <source>Open a photo from disk (Ctrl+O)</source>
        <translation>Ein Foto vom Datenträger öffnen (Strg+O)</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="57"/>
        <source>Open a project…</source>
        <translation>Projekt öffnen …</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="58"/>
        <source>Open a saved .glyphlab project (Ctrl+Shift+O)</source>
        <translation>Ein gespeichertes .glyphlab-Projekt öffnen (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="63"/>
        <source>What the methods do</source>
        <translation>Was die Methoden tun</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="169"/>
        <source>Bicubic</source>
        <translation>Bikubisch</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="170"/>
        <source>GlyphSR</source>
        <translation>GlyphSR</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="171"/>
        <source>DiffTSR</source>
        <translation>DiffTSR</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="172"/>
        <source>GLYPH-SR</source>
        <translation>GLYPH-SR</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="107"/>
        <source>Makes the picture bigger by blending each new pixel from the sixteen pixels around it, the way any image viewer zooms. It is instant and never invents anything, so blurry letters simply stay blurry, only larger.</source>
        <translation>Vergrößert das Bild, indem jedes neue Pixel aus den sechzehn Pixeln um es herum gemischt wird, so wie jeder Bildbetrachter zoomt. Das geht sofort und erfindet nie etwas, daher bleiben unscharfe Buchstaben einfach unscharf, nur größer.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="111"/>
        <source>A neural network that has seen many pairs of blurry and sharp text images and learned what letters look like. It sharpens the region in a single pass and often recovers strokes that plain enlarging leaves smeared.</source>
        <translation>Ein neuronales Netz, das viele Paare unscharfer und scharfer Textbilder gesehen und gelernt hat, wie Buchstaben aussehen. Es schärft den Bereich in einem einzigen Durchgang und stellt oft Striche wieder her, die bloßes Vergrößern verschmiert lässt.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="115"/>
        <source>A diffusion model: it starts from random noise and, step by step, turns it into a sharp image that fits the blurry region, while a text reader checks which letters it is forming. It is slower, but it can rebuild badly damaged text, and you can watch the image take shape.</source>
        <translation>Ein Diffusionsmodell: Es beginnt mit zufälligem Rauschen und formt daraus Schritt für Schritt ein scharfes Bild, das zum unscharfen Bereich passt, während ein Texterkenner prüft, welche Buchstaben entstehen. Es ist langsamer, kann aber stark beschädigten Text wieder aufbauen, und man kann zusehen, wie das Bild Gestalt annimmt.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="119"/>
        <source>Also a step-by-step diffusion model, but at every step it is steered by what an OCR engine reads, so the letters come out both sharp to the eye and correct for a machine reader. It balances looking natural against being legible, and the plots show how that balance shifts.</source>
        <translation>Ebenfalls ein schrittweises Diffusionsmodell, aber bei jedem Schritt wird es von dem gelenkt, was eine OCR-Engine liest, sodass die Buchstaben sowohl fürs Auge scharf als auch für einen maschinellen Leser korrekt werden. Es wägt natürliches Aussehen gegen Lesbarkeit ab, und die Diagramme zeigen, wie sich dieses Gleichgewicht verschiebt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/WelcomePage.cpp" line="144"/>
        <source>%1
%n region(s)</source>
        <translation>
            <numerusform>%1
%n Bereich</numerusform>
            <numerusform>%1
%n Bereiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/WelcomePage.cpp" line="145"/>
        <source>Open %1 with its %n text region(s) marked</source>
        <translation>
            <numerusform>%1 mit seinem %n markierten Textbereich öffnen</numerusform>
            <numerusform>%1 mit seinen %n markierten Textbereichen öffnen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/GuiMain.cpp" line="53"/>
        <source>GlyphLab: restore the text in photos.</source>
        <translation>GlyphLab: Text in Fotos restaurieren.</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="57"/>
        <source>Open the bundled demo photo and restore its marked regions.</source>
        <translation>Das mitgelieferte Demofoto öffnen und seine markierten Bereiche restaurieren.</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="62"/>
        <source>A photo or a .glyphlab project to open.</source>
        <translation>Ein Foto oder ein .glyphlab-Projekt zum Öffnen.</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="59"/>
        <source>After the demo restoration, save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Nach der Demo-Restaurierung ein Bild des Fensters in &lt;file&gt; speichern und beenden.</translation>
    </message>
</context>
</TS>
