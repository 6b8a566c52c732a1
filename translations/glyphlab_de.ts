<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BicubicMethod</name>
    <message>
        <location filename="../inference/BicubicMethod.cpp" line="15"/>
        <source>Bicubic interpolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../inference/BicubicMethod.cpp" line="16"/>
        <source>Enlarges the crop with a bicubic filter. Adds no detail: the baseline every restoration method is measured against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../inference/BicubicMethod.cpp" line="47"/>
        <source>Bicubic ×%1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="70"/>
        <location filename="../app/CommandLineTool.cpp" line="204"/>
        <location filename="../app/CommandLineTool.cpp" line="328"/>
        <location filename="../app/CommandLineTool.cpp" line="333"/>
        <source>glyphlab-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="97"/>
        <source>unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="124"/>
        <source>Restore one image or every image in a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="125"/>
        <source>Method id (see &apos;methods&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="126"/>
        <source>An image file or a folder of images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="127"/>
        <source>Folder for the results (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="128"/>
        <location filename="../app/CommandLineTool.cpp" line="309"/>
        <source>Enlargement factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="129"/>
        <source>Steps of iterative methods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="130"/>
        <source>Random seed of sampling methods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="131"/>
        <source>auto, cpu or cuda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="132"/>
        <source>Restore only this rectangle of each image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="133"/>
        <source>Also write every step&apos;s image and a steps.tsv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="144"/>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="147"/>
        <source>restore needs --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="155"/>
        <source>unknown method &quot;%1&quot;; available: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="160"/>
        <source>--scale must be a whole number from 1 to 16 (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="162"/>
        <source>--steps must be a whole number from 1 to 1000 (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="166"/>
        <source>--seed must be a non-negative whole number (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="192"/>
        <source>glyphlab-cli: no images in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="198"/>
        <source>glyphlab-cli: &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="220"/>
        <source>%1: not restored: the result would overwrite the input file %2; choose another --output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="230"/>
        <source>Restored %1 of %2 image(s) into %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="285"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CommandLineTool.cpp" line="289"/>
        <source>%1: %2×%3 → %4×%5 (%6 ×%7, %n step(s), %8 ms, %9) → %10</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="297"/>
        <source>(converted on input: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="305"/>
        <source>Restore the text regions of the bundled demo photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="306"/>
        <source>Folder for the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="308"/>
        <source>Method id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="320"/>
        <source>unknown method &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="323"/>
        <source>--scale must be a whole number from 1 to 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="336"/>
        <source>Demo photo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="342"/>
        <source>Region “%1” at %2,%3 (%4×%5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="348"/>
        <source>Results are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../widgets/ComparisonView.cpp" line="67"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonView.cpp" line="67"/>
        <source>Input %1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonView.cpp" line="68"/>
        <source>Draw a region on the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonView.cpp" line="70"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonView.cpp" line="71"/>
        <source>Result %1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonView.cpp" line="73"/>
        <source>Run a method to see the result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoScene</name>
    <message>
        <location filename="../inference/DemoScene.cpp" line="20"/>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../inference/DemoScene.cpp" line="27"/>
        <source>%1 is not valid JSON: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../inference/DemoScene.cpp" line="42"/>
        <source>%1 names no existing photo or no regions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageCanvas</name>
    <message>
        <location filename="../widgets/ImageCanvas.cpp" line="146"/>
        <source>Open a photo (File ▸ Open, or drop it here), then drag over the text to mark a region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ImageCanvas.cpp" line="172"/>
        <source>%1×%2 px</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageLoader</name>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="22"/>
        <source>No file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="26"/>
        <source>&quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="30"/>
        <source>&quot;%1&quot; is a folder, not an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="34"/>
        <source>&quot;%1&quot; cannot be read (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="38"/>
        <source>&quot;%1&quot; is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="46"/>
        <source>&quot;%1&quot; is not an image GlyphLab can read: the format is unknown or the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="54"/>
        <source>&quot;%1&quot; is %2×%3 pixels (%4 MP); GlyphLab opens images up to %5 MP. Scale it down or cut out the part with the text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="66"/>
        <source>&quot;%1&quot; could not be decoded: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="72"/>
        <source>turned upright by its EXIF orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="74"/>
        <source>16-bit channels reduced to 8-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="83"/>
        <source>transparency flattened onto white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="87"/>
        <source>Not enough memory to open &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageRegion</name>
    <message>
        <location filename="../inference/ImageRegion.cpp" line="9"/>
        <source>The region has no area (%1×%2): draw a rectangle over the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../inference/ImageRegion.cpp" line="16"/>
        <source>The region (%1, %2, %3×%4) lies outside the %5×%6 image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../inference/ImageRegion.cpp" line="33"/>
        <source>A region is written x,y,width,height in pixels (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageWriter</name>
    <message>
        <location filename="../inference/ImageWriter.cpp" line="13"/>
        <source>There is no image to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../inference/ImageWriter.cpp" line="19"/>
        <location filename="../inference/ImageWriter.cpp" line="31"/>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../inference/ImageWriter.cpp" line="26"/>
        <source>Cannot encode &quot;%1&quot; as PNG: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../inference/ImageWriter.cpp" line="42"/>
        <source>&quot;%1&quot; exists and is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../inference/ImageWriter.cpp" line="47"/>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../inference/ImageWriter.cpp" line="54"/>
        <source>The folder &quot;%1&quot; cannot be written to: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InferenceWorker</name>
    <message>
        <location filename="../inference/InferenceWorker.cpp" line="70"/>
        <source>Unknown method &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="9"/>
        <source>GlyphLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="30"/>
        <source>Drag with the left button to mark a text region. Wheel: zoom. Right drag or Space + drag: pan. Esc: clear the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="38"/>
        <source>Restoration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="43"/>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="49"/>
        <source>The restoration method to run on the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="54"/>
        <source>&amp;Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="60"/>
        <source>How many times larger the result is than the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="80"/>
        <source>&amp;Restore region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="81"/>
        <source>Run the chosen method on the marked region (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="86"/>
        <location filename="../ui/MainWindow.ui" line="206"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="87"/>
        <source>Stop the running restoration (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="102"/>
        <source>&amp;Export result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="103"/>
        <source>Save the restored crop as a PNG file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="114"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="116"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="127"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="134"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="139"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="141"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="146"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="156"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="171"/>
        <source>&amp;Open Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="172"/>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="175"/>
        <source>Open &amp;Demo Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="178"/>
        <source>&amp;Export Result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="179"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="182"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="183"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="186"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="187"/>
        <source>Ctrl++</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="190"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="191"/>
        <source>Ctrl+-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="194"/>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="195"/>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="198"/>
        <source>&amp;Actual Size (100%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="199"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="202"/>
        <source>&amp;Restore Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="203"/>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="207"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="210"/>
        <source>&amp;About GlyphLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="62"/>
        <source>Starting inference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>Open a photo to begin (Ctrl+O), or File ▸ Open Demo Photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125"/>
        <source>×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>Cannot open the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>%1 — GlyphLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>Opened %1 (%2×%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>Converted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <source>Cannot open the demo photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>Demo photo opened with the region “%1” marked: press Restore region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="178"/>
        <source>No photo open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179"/>
        <source>No region: drag over the text in the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="183"/>
        <source>Region: %1×%2 px at (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <location filename="../ui/MainWindow.cpp" line="203"/>
        <source>Nothing to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <source>Open a photo first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="214"/>
        <source>Restoring a %1×%2 region with %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235"/>
        <source>step %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249"/>
        <source>Restored %1×%2 → %3×%4 in %5 ms on %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="256"/>
        <source>Cancelled after %n step(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="260"/>
        <source>Restoration failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="269"/>
        <source>Inference: %1 · %n thread(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="270"/>
        <source>LibTorch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276"/>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>Nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276"/>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>Restore a region first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="280"/>
        <location filename="../ui/MainWindow.cpp" line="286"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="280"/>
        <source>&quot;%1&quot; is the photo you opened; GlyphLab never writes over its input. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="289"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="300"/>
        <source>Open Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="301"/>
        <source>Images (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="324"/>
        <source>Export Restored Crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="325"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="335"/>
        <source>About GlyphLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="336"/>
        <source>&lt;h3&gt;GlyphLab %1&lt;/h3&gt;&lt;p&gt;A workbench for restoring the text in photos: mark a region, run a restoration method on it and compare the result with the input.&lt;/p&gt;&lt;p&gt;Methods in this build: %2.&lt;/p&gt;&lt;p&gt;Inference runs on a worker thread with LibTorch, on CUDA when available.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="377"/>
        <source>No recent photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="380"/>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="391"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="406"/>
        <source>The language changes the next time GlyphLab starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodRunner</name>
    <message>
        <location filename="../inference/MethodRunner.cpp" line="14"/>
        <source>The region is empty: draw a region with some area over the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../inference/MethodRunner.cpp" line="19"/>
        <source>%1 does not support ×%2; it supports %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../inference/MethodRunner.cpp" line="23"/>
        <source>The number of steps must be between 1 and 1000 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../inference/MethodRunner.cpp" line="26"/>
        <source>The result would be %1×%2 pixels (%3 MP), more than the %4 MP limit: choose a smaller region or a smaller scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../inference/MethodRunner.cpp" line="66"/>
        <source>%1 produced no image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../inference/MethodRunner.cpp" line="70"/>
        <source>Out of memory while running %1: choose a smaller region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../inference/MethodRunner.cpp" line="74"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceLocator</name>
    <message>
        <location filename="../inference/ResourceLocator.cpp" line="28"/>
        <source>GlyphLab&apos;s &quot;%1&quot; folder was not found; looked in: %2. Set GLYPHLAB_DATA to the folder that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TorchRuntime</name>
    <message>
        <location filename="../inference/TorchRuntime.cpp" line="34"/>
        <source>CUDA was requested, but this LibTorch build has no CUDA or no GPU is visible; use --device cpu (or auto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../inference/TorchRuntime.cpp" line="44"/>
        <source>Unknown device &quot;%1&quot;; use auto, cpu or cuda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/GuiMain.cpp" line="42"/>
        <source>GlyphLab: restore the text in photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="46"/>
        <source>Open the bundled demo photo and restore its marked region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="48"/>
        <source>After the demo restoration, save a picture of the window to &lt;file&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="51"/>
        <source>A photo to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
