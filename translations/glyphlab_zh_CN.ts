<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BicubicMethod</name>
    <message>
        <location filename="../inference/BicubicMethod.cpp" line="15"/>
        <source>Bicubic interpolation</source>
        <translation>双三次插值</translation>
    </message>
    <message>
        <location filename="../inference/BicubicMethod.cpp" line="16"/>
        <source>Enlarges the crop with a bicubic filter. Adds no detail: the baseline every restoration method is measured against.</source>
        <translation>用双三次滤波器放大裁剪区域。不会增加任何细节：它是衡量所有复原方法的基准。</translation>
    </message>
    <message>
        <location filename="../inference/BicubicMethod.cpp" line="47"/>
        <source>Bicubic ×%1</source>
        <translation>双三次 ×%1</translation>
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
        <translation>用法：glyphlab-cli &lt;命令&gt; [选项]

命令：
  methods    列出复原方法，每行一个：先是 ID，然后是名称
  restore    复原图像：--method ID --input FILE|DIR --output DIR
             [--scale N] [--steps N] [--seed N] [--device auto|cpu|cuda]
             [--region X,Y,W,H] [--dump-steps]
  demo       复原内置演示照片中的文字区域
             [--output DIR] [--method ID] [--scale N]

运行 glyphlab-cli &lt;命令&gt; --help 查看某个命令的选项。
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
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="115"/>
        <source>Restore one image or every image in a folder.</source>
        <translation>复原单张图像或文件夹中的所有图像。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="116"/>
        <source>Method id (see &apos;methods&apos;).</source>
        <translation>方法 ID（参见“methods”）。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="117"/>
        <source>An image file or a folder of images.</source>
        <translation>一个图像文件或包含图像的文件夹。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="118"/>
        <source>Folder for the results (created if missing).</source>
        <translation>存放结果的文件夹（不存在时自动创建）。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="119"/>
        <location filename="../app/CommandLineTool.cpp" line="297"/>
        <source>Enlargement factor.</source>
        <translation>放大倍数。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="120"/>
        <source>Steps of iterative methods.</source>
        <translation>迭代方法的步数。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="121"/>
        <source>Random seed of sampling methods.</source>
        <translation>采样方法的随机种子。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="122"/>
        <source>auto, cpu or cuda.</source>
        <translation>auto、cpu 或 cuda。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="123"/>
        <source>Restore only this rectangle of each image.</source>
        <translation>只复原每张图像中的这个矩形区域。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="124"/>
        <source>Also write every step&apos;s image and a steps.tsv.</source>
        <translation>同时写出每一步的图像和一个 steps.tsv 文件。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="135"/>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="138"/>
        <source>restore needs --%1.</source>
        <translation>restore 需要 --%1 选项。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="146"/>
        <source>unknown method &quot;%1&quot;; available: %2.</source>
        <translation>未知方法“%1”；可用的方法：%2。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="151"/>
        <source>--scale must be a whole number from 1 to 16 (got &quot;%1&quot;).</source>
        <translation>--scale 必须是 1 到 16 之间的整数（实际为“%1”）。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="153"/>
        <source>--steps must be a whole number from 1 to 1000 (got &quot;%1&quot;).</source>
        <translation>--steps 必须是 1 到 1000 之间的整数（实际为“%1”）。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="157"/>
        <source>--seed must be a non-negative whole number (got &quot;%1&quot;).</source>
        <translation>--seed 必须是非负整数（实际为“%1”）。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="180"/>
        <source>glyphlab-cli: no images in &quot;%1&quot;.</source>
        <translation>glyphlab-cli: “%1”中没有图像。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="186"/>
        <source>glyphlab-cli: &quot;%1&quot; does not exist.</source>
        <translation>glyphlab-cli: “%1”不存在。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="208"/>
        <source>%1: not restored: the result would overwrite the input file %2; choose another --output folder.</source>
        <translation>%1: 未复原：结果会覆盖输入文件 %2；请选择其他 --output 文件夹。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="218"/>
        <source>Restored %1 of %2 image(s) into %3.</source>
        <translation>已将 %2 张图像中的 %1 张复原到 %3。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="273"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CommandLineTool.cpp" line="277"/>
        <source>%1: %2×%3 → %4×%5 (%6 ×%7, %n step(s), %8 ms, %9) → %10</source>
        <translation>
            <numerusform>%1: %2×%3 → %4×%5 (%6 ×%7, %n 步, %8 ms, %9) → %10</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="285"/>
        <source>(converted on input: %1)</source>
        <translation>（读入时已转换：%1）</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="293"/>
        <source>Restore the text regions of the bundled demo photo.</source>
        <translation>复原内置演示照片中的文字区域。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="294"/>
        <source>Folder for the results.</source>
        <translation>存放结果的文件夹。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="296"/>
        <source>Method id.</source>
        <translation>方法 ID。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="308"/>
        <source>unknown method &quot;%1&quot;.</source>
        <translation>未知方法“%1”。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="311"/>
        <source>--scale must be a whole number from 1 to 16.</source>
        <translation>--scale 必须是 1 到 16 之间的整数。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="324"/>
        <source>Demo photo: %1</source>
        <translation>演示照片：%1</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="330"/>
        <source>Region “%1” at %2,%3 (%4×%5):</source>
        <translation>区域“%1”，位于 %2,%3（%4×%5）：</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="336"/>
        <source>Results are in %1.</source>
        <translation>结果位于 %1。</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../widgets/ComparisonView.cpp" line="67"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonView.cpp" line="67"/>
        <source>Input %1×%2</source>
        <translation>输入 %1×%2</translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonView.cpp" line="68"/>
        <source>Draw a region on the photo</source>
        <translation>在照片上框选一个区域</translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonView.cpp" line="70"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonView.cpp" line="71"/>
        <source>Result %1×%2</source>
        <translation>结果 %1×%2</translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonView.cpp" line="73"/>
        <source>Run a method to see the result</source>
        <translation>运行一种方法以查看结果</translation>
    </message>
</context>
<context>
    <name>DemoScene</name>
    <message>
        <location filename="../inference/DemoScene.cpp" line="20"/>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <location filename="../inference/DemoScene.cpp" line="27"/>
        <source>%1 is not valid JSON: %2.</source>
        <translation>%1 不是有效的 JSON：%2。</translation>
    </message>
    <message>
        <location filename="../inference/DemoScene.cpp" line="42"/>
        <source>%1 names no existing photo or no regions.</source>
        <translation>%1 未指定存在的照片或未指定任何区域。</translation>
    </message>
</context>
<context>
    <name>ImageCanvas</name>
    <message>
        <location filename="../widgets/ImageCanvas.cpp" line="146"/>
        <source>Open a photo (File ▸ Open, or drop it here), then drag over the text to mark a region.</source>
        <translation>打开一张照片（文件 ▸ 打开照片，或拖放到此处），然后在文字上拖动以标记区域。</translation>
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
        <translation>未指定文件名。</translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="26"/>
        <source>&quot;%1&quot; does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="30"/>
        <source>&quot;%1&quot; is a folder, not an image.</source>
        <translation>“%1”是文件夹，不是图像。</translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="34"/>
        <source>&quot;%1&quot; cannot be read (permission denied).</source>
        <translation>无法读取“%1”（权限被拒绝）。</translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="38"/>
        <source>&quot;%1&quot; is empty (0 bytes).</source>
        <translation>“%1”为空（0 字节）。</translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="46"/>
        <source>&quot;%1&quot; is not an image GlyphLab can read: the format is unknown or the file is damaged.</source>
        <translation>“%1”不是 GlyphLab 能读取的图像：格式未知或文件已损坏。</translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="54"/>
        <source>&quot;%1&quot; is %2×%3 pixels (%4 MP); GlyphLab opens images up to %5 MP. Scale it down or cut out the part with the text first.</source>
        <translation>“%1”为 %2×%3 像素（%4 MP）；GlyphLab 最多只能打开 %5 MP 的图像。请先缩小图像，或裁剪出含有文字的部分。</translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="66"/>
        <source>&quot;%1&quot; could not be decoded: %2.</source>
        <translation>无法解码“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="72"/>
        <source>turned upright by its EXIF orientation</source>
        <translation>已按 EXIF 方向信息摆正</translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="74"/>
        <source>16-bit channels reduced to 8-bit</source>
        <translation>16 位通道已降为 8 位</translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="83"/>
        <source>transparency flattened onto white</source>
        <translation>透明部分已合成到白色背景上</translation>
    </message>
    <message>
        <location filename="../inference/ImageLoader.cpp" line="87"/>
        <source>Not enough memory to open &quot;%1&quot;.</source>
        <translation>内存不足，无法打开“%1”。</translation>
    </message>
</context>
<context>
    <name>ImageRegion</name>
    <message>
        <location filename="../inference/ImageRegion.cpp" line="9"/>
        <source>The region has no area (%1×%2): draw a rectangle over the text.</source>
        <translation>该区域面积为零（%1×%2）：请在文字上框选一个矩形。</translation>
    </message>
    <message>
        <location filename="../inference/ImageRegion.cpp" line="16"/>
        <source>The region (%1, %2, %3×%4) lies outside the %5×%6 image.</source>
        <translation>区域（%1, %2, %3×%4）超出了 %5×%6 图像的范围。</translation>
    </message>
    <message>
        <location filename="../inference/ImageRegion.cpp" line="33"/>
        <source>A region is written x,y,width,height in pixels (got &quot;%1&quot;).</source>
        <translation>区域应写作以像素为单位的 x,y,宽,高（实际为“%1”）。</translation>
    </message>
</context>
<context>
    <name>ImageWriter</name>
    <message>
        <location filename="../inference/ImageWriter.cpp" line="13"/>
        <source>There is no image to save.</source>
        <translation>没有可保存的图像。</translation>
    </message>
    <message>
        <location filename="../inference/ImageWriter.cpp" line="19"/>
        <location filename="../inference/ImageWriter.cpp" line="31"/>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>无法写入“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../inference/ImageWriter.cpp" line="26"/>
        <source>Cannot encode &quot;%1&quot; as PNG: %2.</source>
        <translation>无法将“%1”编码为 PNG：%2。</translation>
    </message>
    <message>
        <location filename="../inference/ImageWriter.cpp" line="42"/>
        <source>&quot;%1&quot; exists and is not a folder.</source>
        <translation>“%1”已存在，但不是文件夹。</translation>
    </message>
    <message>
        <location filename="../inference/ImageWriter.cpp" line="47"/>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <location filename="../inference/ImageWriter.cpp" line="54"/>
        <source>The folder &quot;%1&quot; cannot be written to: %2.</source>
        <translation>无法写入文件夹“%1”：%2。</translation>
    </message>
</context>
<context>
    <name>InferenceWorker</name>
    <message>
        <location filename="../inference/InferenceWorker.cpp" line="62"/>
        <source>Unknown method &quot;%1&quot;.</source>
        <translation>未知方法“%1”。</translation>
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
        <translation>按住左键拖动以标记文字区域。滚轮：缩放。右键拖动或空格 + 拖动：平移。Esc：清除区域。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="38"/>
        <source>Restoration</source>
        <translation>复原</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="43"/>
        <source>&amp;Method:</source>
        <translation>方法(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="49"/>
        <source>The restoration method to run on the region</source>
        <translation>要在区域上运行的复原方法</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="54"/>
        <source>&amp;Scale:</source>
        <translation>放大倍数(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="60"/>
        <source>How many times larger the result is than the region</source>
        <translation>结果相对于所选区域的放大倍数</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="80"/>
        <source>&amp;Restore region</source>
        <translation>复原区域(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="81"/>
        <source>Run the chosen method on the marked region (Ctrl+R)</source>
        <translation>对标记的区域运行所选方法（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="86"/>
        <location filename="../ui/MainWindow.ui" line="206"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="87"/>
        <source>Stop the running restoration (Esc)</source>
        <translation>停止正在进行的复原（Esc）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="102"/>
        <source>&amp;Export result…</source>
        <translation>导出结果(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="103"/>
        <source>Save the restored crop as a PNG file (Ctrl+E)</source>
        <translation>将复原后的裁剪图保存为 PNG 文件（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="114"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="116"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="127"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="134"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="139"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="141"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="146"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="156"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="171"/>
        <source>&amp;Open Photo…</source>
        <translation>打开照片(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="172"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="175"/>
        <source>Open &amp;Demo Photo</source>
        <translation>打开演示照片(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="178"/>
        <source>&amp;Export Result…</source>
        <translation>导出结果(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="179"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="182"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="183"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="186"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="187"/>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="190"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="191"/>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="194"/>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="195"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="198"/>
        <source>&amp;Actual Size (100%)</source>
        <translation>实际大小（100%）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="199"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="202"/>
        <source>&amp;Restore Region</source>
        <translation>复原区域(&amp;R)</translation>
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
        <translation>关于 GlyphLab(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="62"/>
        <source>Starting inference…</source>
        <translation>正在启动推理…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>Open a photo to begin (Ctrl+O), or File ▸ Open Demo Photo.</source>
        <translation>打开一张照片以开始（Ctrl+O），或选择“文件 ▸ 打开演示照片”。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125"/>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>Cannot open the photo</source>
        <translation>无法打开照片</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>%1 — GlyphLab</source>
        <translation>%1 — GlyphLab</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>Opened %1 (%2×%3).</source>
        <translation>已打开 %1（%2×%3）。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>Converted: %1.</source>
        <translation>已转换：%1。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <source>Cannot open the demo photo</source>
        <translation>无法打开演示照片</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>Demo photo opened with the region “%1” marked: press Restore region.</source>
        <translation>已打开演示照片并标记了区域“%1”：请点击“复原区域”。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="178"/>
        <source>No photo open.</source>
        <translation>未打开照片。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179"/>
        <source>No region: drag over the text in the photo.</source>
        <translation>没有区域：请在照片中的文字上拖动。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="183"/>
        <source>Region: %1×%2 px at (%3, %4)</source>
        <translation>区域：%1×%2 px，位于 (%3, %4)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <location filename="../ui/MainWindow.cpp" line="203"/>
        <source>Nothing to restore</source>
        <translation>没有可复原的内容</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <source>Open a photo first.</source>
        <translation>请先打开一张照片。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="214"/>
        <source>Restoring a %1×%2 region with %3…</source>
        <translation>正在使用 %3 复原 %1×%2 的区域…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235"/>
        <source>step %1/%2</source>
        <translation>第 %1/%2 步</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249"/>
        <source>Restored %1×%2 → %3×%4 in %5 ms on %6.</source>
        <translation>已在 %6 上复原 %1×%2 → %3×%4，用时 %5 ms。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="256"/>
        <source>Cancelled after %n step(s).</source>
        <translation>
            <numerusform>已在 %n 步后取消。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="260"/>
        <source>Restoration failed</source>
        <translation>复原失败</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="269"/>
        <source>Inference: %1 · %n thread(s)</source>
        <translation>
            <numerusform>推理：%1 · %n 个线程</numerusform>
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
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276"/>
        <location filename="../ui/MainWindow.cpp" line="318"/>
        <source>Restore a region first.</source>
        <translation>请先复原一个区域。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="280"/>
        <location filename="../ui/MainWindow.cpp" line="286"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="280"/>
        <source>&quot;%1&quot; is the photo you opened; GlyphLab never writes over its input. Choose another name.</source>
        <translation>“%1”是您打开的照片；GlyphLab 从不覆盖输入文件。请选择其他名称。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="289"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="297"/>
        <source>Open Photo</source>
        <translation>打开照片</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="298"/>
        <source>Images (%1);;All files (*)</source>
        <translation>图像 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>Export Restored Crop</source>
        <translation>导出复原后的裁剪图</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="322"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="332"/>
        <source>About GlyphLab</source>
        <translation>关于 GlyphLab</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="333"/>
        <source>&lt;h3&gt;GlyphLab %1&lt;/h3&gt;&lt;p&gt;A workbench for restoring the text in photos: mark a region, run a restoration method on it and compare the result with the input.&lt;/p&gt;&lt;p&gt;Methods in this build: %2.&lt;/p&gt;&lt;p&gt;Inference runs on a worker thread with LibTorch, on CUDA when available.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GlyphLab %1&lt;/h3&gt;&lt;p&gt;用于复原照片中文字的工作台：标记一个区域，对其运行复原方法，然后将结果与输入进行比较。&lt;/p&gt;&lt;p&gt;此版本包含的方法：%2。&lt;/p&gt;&lt;p&gt;推理在工作线程中通过 LibTorch 运行，可用时使用 CUDA。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="374"/>
        <source>No recent photos</source>
        <translation>没有最近打开的照片</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="377"/>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="388"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="402"/>
        <source>The language changes the next time GlyphLab starts.</source>
        <translation>语言将在下次启动 GlyphLab 时更改。</translation>
    </message>
</context>
<context>
    <name>MethodRunner</name>
    <message>
        <location filename="../inference/MethodRunner.cpp" line="14"/>
        <source>The region is empty: draw a region with some area over the photo.</source>
        <translation>区域为空：请在照片上框选一个有面积的区域。</translation>
    </message>
    <message>
        <location filename="../inference/MethodRunner.cpp" line="19"/>
        <source>%1 does not support ×%2; it supports %3.</source>
        <translation>%1 不支持 ×%2；支持的倍数为 %3。</translation>
    </message>
    <message>
        <location filename="../inference/MethodRunner.cpp" line="23"/>
        <source>The number of steps must be between 1 and 1000 (got %1).</source>
        <translation>步数必须在 1 到 1000 之间（实际为 %1）。</translation>
    </message>
    <message>
        <location filename="../inference/MethodRunner.cpp" line="26"/>
        <source>The result would be %1×%2 pixels (%3 MP), more than the %4 MP limit: choose a smaller region or a smaller scale.</source>
        <translation>结果将为 %1×%2 像素（%3 MP），超过了 %4 MP 的上限：请选择更小的区域或更小的放大倍数。</translation>
    </message>
    <message>
        <location filename="../inference/MethodRunner.cpp" line="66"/>
        <source>%1 produced no image.</source>
        <translation>%1 未生成图像。</translation>
    </message>
    <message>
        <location filename="../inference/MethodRunner.cpp" line="70"/>
        <source>Out of memory while running %1: choose a smaller region.</source>
        <translation>运行 %1 时内存不足：请选择更小的区域。</translation>
    </message>
    <message>
        <location filename="../inference/MethodRunner.cpp" line="74"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
</context>
<context>
    <name>ResourceLocator</name>
    <message>
        <location filename="../inference/ResourceLocator.cpp" line="28"/>
        <source>GlyphLab&apos;s &quot;%1&quot; folder was not found; looked in: %2. Set GLYPHLAB_DATA to the folder that holds it.</source>
        <translation>未找到 GlyphLab 的“%1”文件夹；已查找：%2。请将 GLYPHLAB_DATA 设置为包含该文件夹的目录。</translation>
    </message>
</context>
<context>
    <name>TorchRuntime</name>
    <message>
        <location filename="../inference/TorchRuntime.cpp" line="34"/>
        <source>CUDA was requested, but this LibTorch build has no CUDA or no GPU is visible; use --device cpu (or auto).</source>
        <translation>已请求使用 CUDA，但此 LibTorch 构建不支持 CUDA，或检测不到 GPU；请使用 --device cpu（或 auto）。</translation>
    </message>
    <message>
        <location filename="../inference/TorchRuntime.cpp" line="44"/>
        <source>Unknown device &quot;%1&quot;; use auto, cpu or cuda.</source>
        <translation>未知设备“%1”；请使用 auto、cpu 或 cuda。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/GuiMain.cpp" line="52"/>
        <source>GlyphLab: restore the text in photos.</source>
        <translation>GlyphLab：复原照片中的文字。</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="56"/>
        <source>Open the bundled demo photo and restore its marked region.</source>
        <translation>打开内置演示照片并复原其中标记的区域。</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="58"/>
        <source>After the demo restoration, save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>演示复原完成后，将窗口截图保存到 &lt;file&gt; 并退出。</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="61"/>
        <source>A photo to open.</source>
        <translation>要打开的照片。</translation>
    </message>
</context>
</TS>
