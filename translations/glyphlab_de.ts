<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BicubicMethod</name>
    <message>
        <location filename="../inference/BicubicMethod.cpp" line="15"/>
        <source>Bicubic interpolation</source>
        <translation>Bikubische Interpolation</translation>
    </message>
    <message>
        <location filename="../inference/BicubicMethod.cpp" line="16"/>
        <source>Enlarges the crop with a bicubic filter. Adds no detail: the baseline every restoration method is measured against.</source>
        <translation>Vergrößert den Ausschnitt mit einem bikubischen Filter. Fügt keine Details hinzu: die Vergleichsbasis, an der sich jede Restaurierungsmethode messen lassen muss.</translation>
    </message>
    <message>
        <location filename="../inference/BicubicMethod.cpp" line="47"/>
        <source>Bicubic ×%1</source>
        <translation>Bikubisch ×%1</translation>
    </message>
</context>
<context>
    <name>CommandLineTool</name>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="54"/>
        <source>Usage: glyphlab-cli &lt;command&gt; [options]

Commands:
  methods    list the restoration methods, one per line: id, then name
  restore    restore images: --method ID --input FILE|DIR --output DIR
             [--scale N] [--steps N] [--seed N] [--device auto|cpu|cuda]
             [--region X,Y,W,H] [--dump-steps]
  demo       restore the text regions of the bundled demo photo
             [--output DIR] [--method ID] [--scale N]

Run glyphlab-cli &lt;command&gt; --help for the options of a command.
</source>
        <translation>Aufruf: glyphlab-cli &lt;Befehl&gt; [Optionen]

Befehle:
  methods    Restaurierungsmethoden auflisten, eine pro Zeile: ID, dann Name
  restore    Bilder restaurieren: --method ID --input FILE|DIR --output DIR
             [--scale N] [--steps N] [--seed N] [--device auto|cpu|cuda]
             [--region X,Y,W,H] [--dump-steps]
  demo       die Textbereiche des mitgelieferten Demofotos restaurieren
             [--output DIR] [--method ID] [--scale N]

glyphlab-cli &lt;Befehl&gt; --help zeigt die Optionen eines Befehls an.
</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="70"/>
        <location filename="../app/CommandLineTool.cpp" line="192"/>
        <location filename="../app/CommandLineTool.cpp" line="316"/>
        <location filename="../app/CommandLineTool.cpp" line="321"/>
        <source>glyphlab-cli: %1</source>
        <translation>glyphlab-cli: %1</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="97"/>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="115"/>
        <source>Restore one image or every image in a folder.</source>
        <translation>Ein Bild oder alle Bilder eines Ordners restaurieren.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="116"/>
        <source>Method id (see &apos;methods&apos;).</source>
        <translation>Methoden-ID (siehe „methods“).</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="117"/>
        <source>An image file or a folder of images.</source>
        <translation>Eine Bilddatei oder ein Ordner mit Bildern.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="118"/>
        <source>Folder for the results (created if missing).</source>
        <translation>Ordner für die Ergebnisse (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="119"/>
        <location filename="../app/CommandLineTool.cpp" line="297"/>
        <source>Enlargement factor.</source>
        <translation>Vergrößerungsfaktor.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="120"/>
        <source>Steps of iterative methods.</source>
        <translation>Anzahl der Schritte bei iterativen Methoden.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="121"/>
        <source>Random seed of sampling methods.</source>
        <translation>Zufalls-Seed für Sampling-Methoden.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="122"/>
        <source>auto, cpu or cuda.</source>
        <translation>auto, cpu oder cuda.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="123"/>
        <source>Restore only this rectangle of each image.</source>
        <translation>Nur dieses Rechteck jedes Bildes restaurieren.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="124"/>
        <source>Also write every step&apos;s image and a steps.tsv.</source>
        <translation>Zusätzlich das Bild jedes Schritts und eine steps.tsv schreiben.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="135"/>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="138"/>
        <source>restore needs --%1.</source>
        <translation>restore benötigt --%1.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="146"/>
        <source>unknown method &quot;%1&quot;; available: %2.</source>
        <translation>unbekannte Methode „%1“; verfügbar: %2.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="151"/>
        <source>--scale must be a whole number from 1 to 16 (got &quot;%1&quot;).</source>
        <translation>--scale muss eine ganze Zahl von 1 bis 16 sein (angegeben: „%1“).</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="153"/>
        <source>--steps must be a whole number from 1 to 1000 (got &quot;%1&quot;).</source>
        <translation>--steps muss eine ganze Zahl von 1 bis 1000 sein (angegeben: „%1“).</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="157"/>
        <source>--seed must be a non-negative whole number (got &quot;%1&quot;).</source>
        <translation>--seed muss eine nicht negative ganze Zahl sein (angegeben: „%1“).</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="180"/>
        <source>glyphlab-cli: no images in &quot;%1&quot;.</source>
        <translation>glyphlab-cli: keine Bilder in „%1“.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="186"/>
        <source>glyphlab-cli: &quot;%1&quot; does not exist.</source>
        <translation>glyphlab-cli: „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="208"/>
        <source>%1: not restored: the result would overwrite the input file %2; choose another --output folder.</source>
        <translation>%1: nicht restauriert: Das Ergebnis würde die Eingabedatei %2 überschreiben; einen anderen --output-Ordner wählen.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="218"/>
        <source>Restored %1 of %2 image(s) into %3.</source>
        <translation>%1 von %2 Bild(ern) nach %3 restauriert.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="273"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CommandLineTool.cpp" line="277"/>
        <source>%1: %2×%3 → %4×%5 (%6 ×%7, %n step(s), %8 ms, %9) → %10</source>
        <translation>
            <numerusform>%1: %2×%3 → %4×%5 (%6 ×%7, %n Schritt, %8 ms, %9) → %10</numerusform>
            <numerusform>%1: %2×%3 → %4×%5 (%6 ×%7, %n Schritte, %8 ms, %9) → %10</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="285"/>
        <source>(converted on input: %1)</source>
        <translation>(beim Einlesen umgewandelt: %1)</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="293"/>
        <source>Restore the text regions of the bundled demo photo.</source>
        <translation>Die Textbereiche des mitgelieferten Demofotos restaurieren.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="294"/>
        <source>Folder for the results.</source>
        <translation>Ordner für die Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="296"/>
        <source>Method id.</source>
        <translation>Methoden-ID.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="308"/>
        <source>unknown method &quot;%1&quot;.</source>
        <translation>unbekannte Methode „%1“.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="311"/>
        <source>--scale must be a whole number from 1 to 16.</source>
        <translation>--scale muss eine ganze Zahl von 1 bis 16 sein.</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="324"/>
        <source>Demo photo: %1</source>
        <translation>Demofoto: %1</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="330"/>
        <source>Region “%1” at %2,%3 (%4×%5):</source>
        <translation>Bereich „%1“ bei %2,%3 (%4×%5):</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="336"/>
        <source>Results are in %1.</source>
        <translation>Die Ergebnisse liegen in %1.</translation>
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
    <name>DemoScene</name>
    <message>
        <location filename="../inference/DemoScene.cpp" line="20"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../inference/DemoScene.cpp" line="27"/>
        <source>%1 is not valid JSON: %2.</source>
        <translation>%1 ist kein gültiges JSON: %2.</translation>
    </message>
    <message>
        <location filename="../inference/DemoScene.cpp" line="42"/>
        <source>%1 names no existing photo or no regions.</source>
        <translation>%1 nennt kein vorhandenes Foto oder keine Bereiche.</translation>
    </message>
</context>
<context>
    <name>ImageCanvas</name>
    <message>
        <location filename="../widgets/ImageCanvas.cpp" line="146"/>
        <source>Open a photo (File ▸ Open, or drop it here), then drag over the text to mark a region.</source>
        <translation>Ein Foto öffnen (Datei ▸ Foto öffnen oder hier ablegen), dann mit der Maus über den Text ziehen, um einen Bereich zu markieren.</translation>
    </message>
    <message>
        <location filename="../widgets/ImageCanvas.cpp" line="172"/>
        <source>%1×%2 px</source>
        <translation>%1×%2 px</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="9"/>
        <source>GlyphLab</source>
        <translation>GlyphLab</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="30"/>
        <source>Drag with the left button to mark a text region. Wheel: zoom. Right drag or Space + drag: pan. Esc: clear the region.</source>
        <translation>Mit gedrückter linker Maustaste ziehen, um einen Textbereich zu markieren. Mausrad: zoomen. Mit rechter Maustaste oder Leertaste + Ziehen: verschieben. Esc: Bereich aufheben.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="38"/>
        <source>Restoration</source>
        <translation>Restaurierung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="43"/>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="49"/>
        <source>The restoration method to run on the region</source>
        <translation>Die Restaurierungsmethode, die auf den Bereich angewendet wird</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="54"/>
        <source>&amp;Scale:</source>
        <translation>&amp;Skalierung:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="60"/>
        <source>How many times larger the result is than the region</source>
        <translation>Um welchen Faktor das Ergebnis größer ist als der Bereich</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="80"/>
        <source>&amp;Restore region</source>
        <translation>Bereich &amp;restaurieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="81"/>
        <source>Run the chosen method on the marked region (Ctrl+R)</source>
        <translation>Die gewählte Methode auf den markierten Bereich anwenden (Strg+R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="86"/>
        <location filename="../ui/MainWindow.ui" line="206"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="87"/>
        <source>Stop the running restoration (Esc)</source>
        <translation>Die laufende Restaurierung abbrechen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="102"/>
        <source>&amp;Export result…</source>
        <translation>Ergebnis &amp;exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="103"/>
        <source>Save the restored crop as a PNG file (Ctrl+E)</source>
        <translation>Den restaurierten Ausschnitt als PNG-Datei speichern (Strg+E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="114"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="116"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="127"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="134"/>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="139"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="141"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="146"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="156"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="171"/>
        <source>&amp;Open Photo…</source>
        <translation>Foto &amp;öffnen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="172"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="175"/>
        <source>Open &amp;Demo Photo</source>
        <translation>&amp;Demofoto öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="178"/>
        <source>&amp;Export Result…</source>
        <translation>Ergebnis &amp;exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="179"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="182"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="183"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="186"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="187"/>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="190"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="191"/>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="194"/>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="195"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="198"/>
        <source>&amp;Actual Size (100%)</source>
        <translation>&amp;Originalgröße (100 %)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="199"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="202"/>
        <source>&amp;Restore Region</source>
        <translation>Bereich &amp;restaurieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="203"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="207"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="210"/>
        <source>&amp;About GlyphLab</source>
        <translation>&amp;Über GlyphLab</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="62"/>
        <source>Starting inference…</source>
        <translation>Inferenz wird gestartet …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>Open a photo to begin (Ctrl+O), or File ▸ Open Demo Photo.</source>
        <translation>Zum Beginnen ein Foto öffnen (Strg+O) oder Datei ▸ Demofoto öffnen wählen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125"/>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>Cannot open the photo</source>
        <translation>Foto kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>%1 — GlyphLab</source>
        <translation>%1 — GlyphLab</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>Opened %1 (%2×%3).</source>
        <translation>%1 geöffnet (%2×%3).</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>Converted: %1.</source>
        <translation>Umgewandelt: %1.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <source>Cannot open the demo photo</source>
        <translation>Demofoto kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>Demo photo opened with the region “%1” marked: press Restore region.</source>
        <translation>Demofoto geöffnet, Bereich „%1“ ist markiert: auf „Bereich restaurieren“ klicken.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="178"/>
        <source>No photo open.</source>
        <translation>Kein Foto geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179"/>
        <source>No region: drag over the text in the photo.</source>
        <translation>Kein Bereich: mit der Maus über den Text im Foto ziehen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="183"/>
        <source>Region: %1×%2 px at (%3, %4)</source>
        <translation>Bereich: %1×%2 px bei (%3, %4)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <location filename="../ui/MainWindow.cpp" line="203"/>
        <source>Nothing to restore</source>
        <translation>Nichts zu restaurieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <source>Open a photo first.</source>
        <translation>Zuerst ein Foto öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="214"/>
        <source>Restoring a %1×%2 region with %3…</source>
        <translation>Ein %1×%2 großer Bereich wird mit %3 restauriert …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235"/>
        <source>step %1/%2</source>
        <translation>Schritt %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249"/>
        <source>Restored %1×%2 → %3×%4 in %5 ms on %6.</source>
        <translation>%1×%2 → %3×%4 in %5 ms auf %6 restauriert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="256"/>
        <source>Cancelled after %n step(s).</source>
        <translation>
            <numerusform>Nach %n Schritt abgebrochen.</numerusform>
            <numerusform>Nach %n Schritten abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="260"/>
        <source>Restoration failed</source>
        <translation>Restaurierung fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="269"/>
        <source>Inference: %1 · %n thread(s)</source>
        <translation>
            <numerusform>Inferenz: %1 · %n Thread</numerusform>
            <numerusform>Inferenz: %1 · %n Threads</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="270"/>
        <source>LibTorch %1</source>
        <translation>LibTorch %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276"/>
        <location filename="../ui/MainWindow.cpp" line="318"/>
        <source>Nothing to export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276"/>
        <location filename="../ui/MainWindow.cpp" line="318"/>
        <source>Restore a region first.</source>
        <translation>Zuerst einen Bereich restaurieren.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="280"/>
        <location filename="../ui/MainWindow.cpp" line="286"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="280"/>
        <source>&quot;%1&quot; is the photo you opened; GlyphLab never writes over its input. Choose another name.</source>
        <translation>„%1“ ist das geöffnete Foto; GlyphLab überschreibt niemals seine Eingabe. Einen anderen Namen wählen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="289"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="297"/>
        <source>Open Photo</source>
        <translation>Foto öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="298"/>
        <source>Images (%1);;All files (*)</source>
        <translation>Bilder (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>Export Restored Crop</source>
        <translation>Restaurierten Ausschnitt exportieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="322"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="332"/>
        <source>About GlyphLab</source>
        <translation>Über GlyphLab</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="333"/>
        <source>&lt;h3&gt;GlyphLab %1&lt;/h3&gt;&lt;p&gt;A workbench for restoring the text in photos: mark a region, run a restoration method on it and compare the result with the input.&lt;/p&gt;&lt;p&gt;Methods in this build: %2.&lt;/p&gt;&lt;p&gt;Inference runs on a worker thread with LibTorch, on CUDA when available.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GlyphLab %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank zum Restaurieren von Text in Fotos: einen Bereich markieren, eine Restaurierungsmethode darauf anwenden und das Ergebnis mit der Eingabe vergleichen.&lt;/p&gt;&lt;p&gt;Methoden in diesem Build: %2.&lt;/p&gt;&lt;p&gt;Die Inferenz läuft in einem Hintergrund-Thread mit LibTorch, auf CUDA, sofern verfügbar.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="374"/>
        <source>No recent photos</source>
        <translation>Keine zuletzt geöffneten Fotos</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="377"/>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="388"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="402"/>
        <source>The language changes the next time GlyphLab starts.</source>
        <translation>Die Sprache wird beim nächsten Start von GlyphLab geändert.</translation>
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
        <location filename="../inference/MethodRunner.cpp" line="70"/>
        <source>Out of memory while running %1: choose a smaller region.</source>
        <translation>Nicht genug Speicher beim Ausführen von %1: einen kleineren Bereich wählen.</translation>
    </message>
    <message>
        <location filename="../inference/MethodRunner.cpp" line="74"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
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
    <name>TorchRuntime</name>
    <message>
        <location filename="../inference/TorchRuntime.cpp" line="34"/>
        <source>CUDA was requested, but this LibTorch build has no CUDA or no GPU is visible; use --device cpu (or auto).</source>
        <translation>CUDA wurde angefordert, aber dieser LibTorch-Build unterstützt kein CUDA oder es ist keine GPU sichtbar; --device cpu (oder auto) verwenden.</translation>
    </message>
    <message>
        <location filename="../inference/TorchRuntime.cpp" line="44"/>
        <source>Unknown device &quot;%1&quot;; use auto, cpu or cuda.</source>
        <translation>Unbekanntes Gerät „%1“; auto, cpu oder cuda verwenden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/GuiMain.cpp" line="52"/>
        <source>GlyphLab: restore the text in photos.</source>
        <translation>GlyphLab: Text in Fotos restaurieren.</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="56"/>
        <source>Open the bundled demo photo and restore its marked region.</source>
        <translation>Das mitgelieferte Demofoto öffnen und seinen markierten Bereich restaurieren.</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="58"/>
        <source>After the demo restoration, save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Nach der Demo-Restaurierung ein Bild des Fensters in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="61"/>
        <source>A photo to open.</source>
        <translation>Ein zu öffnendes Foto.</translation>
    </message>
</context>
</TS>
