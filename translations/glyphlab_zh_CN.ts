<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BenchCommand</name>
    <message>
        <location filename="../app/BenchCommand.cpp" line="49"/>
        <source>Measure restoration methods: word accuracy of recognizers on the results, gap closure, PSNR, SSIM, time.</source>
        <translation>评测复原方法：识别器在结果上的单词准确率、差距缩小率、PSNR、SSIM 和耗时。</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="50"/>
        <source>Method ids, comma-separated (default: all). Variants: id:key=value;key=value (e.g. difftsr:eta=0;steps=50) and difftsr-idm (DiffTSR&apos;s IDM-only baseline). Extra GlyphSR weights as a labelled row: label=path/glyphsr.json.</source>
        <translation>方法 ID，以逗号分隔（默认：全部）。变体：id:键=值;键=值（例如 difftsr:eta=0;steps=50）以及 difftsr-idm（DiffTSR 仅 IDM 的基线）。其他 GlyphSR 权重作为带标签的行：标签=路径/glyphsr.json。</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="51"/>
        <source>Test sets, comma-separated: synth-easy, synth-medium, synth-hard, synth-x4, real (= real-x2), real-x4, scene-x4, scene-x8.</source>
        <translation>测试集，以逗号分隔：synth-easy、synth-medium、synth-hard、synth-x4、real（= real-x2）、real-x4、scene-x4、scene-x8。</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="53"/>
        <source>Pairs per synthetic set.</source>
        <translation>每个合成测试集的样本对数量。</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="54"/>
        <source>Tiles per scene-level set.</source>
        <translation>每个场景级测试集的图块数。</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="55"/>
        <source>OCR engines, comma-separated.</source>
        <translation>OCR 引擎，以逗号分隔。</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="56"/>
        <source>Folder with labelled real crops (labels.tsv).</source>
        <translation>包含已标注真实裁剪图的文件夹（labels.tsv）。</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="57"/>
        <source>Folder for report.md, report.json and readings.tsv (what each recognizer read in each crop).</source>
        <translation>存放 report.md、report.json 和 readings.tsv（每个识别器在每个裁剪图中读出的内容）的文件夹。</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="58"/>
        <source>auto, cpu or cuda.</source>
        <translation>auto、cpu 或 cuda。</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="59"/>
        <source>CRNN manifest for extra GlyphSR weights (default: the installed crnn.json).</source>
        <translation>用于额外 GlyphSR 权重的 CRNN 清单（默认：已安装的 crnn.json）。</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="60"/>
        <source>Crops per call for the throughput figures at 64×16 (0: skip them).</source>
        <translation>64×16 吞吐量测量中每次调用的裁剪数（0：跳过）。</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="72"/>
        <source>--count must be a whole number from 1 to 100000.</source>
        <translation>--count 必须是 1 到 100000 之间的整数。</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="75"/>
        <source>--scene-count must be a whole number from 1 to 100000.</source>
        <translation>--scene-count 必须是 1 到 100000 之间的整数。</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="78"/>
        <source>--batch must be a whole number from 0 to 4096.</source>
        <translation>--batch 必须是 0 到 4096 之间的整数。</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="88"/>
        <source>unknown test set &quot;%1&quot;; known: %2.</source>
        <translation>未知测试集“%1”；已知：%2。</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="114"/>
        <source>&quot;%1&quot;: a labelled method is written label=path/to/glyphsr.json (the label may not be &quot;hr&quot;).</source>
        <translation>“%1”：带标签的方法写作 标签=路径/glyphsr.json（标签不能是“hr”）。</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="116"/>
        <source>&quot;%1&quot;: there is no GlyphSR manifest at %2.</source>
        <translation>“%1”：%2 处没有 GlyphSR 清单。</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="118"/>
        <source>&quot;%1&quot; is the id of a built-in method; give the labelled method another label.</source>
        <translation>“%1”是内置方法的 ID；请为带标签的方法另取一个标签。</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="120"/>
        <location filename="../app/BenchCommand.cpp" line="130"/>
        <source>&quot;%1&quot; names two rows; give each labelled method its own label.</source>
        <translation>“%1”命名了两行；请为每个带标签的方法取不同的标签。</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="128"/>
        <source>unknown method &quot;%1&quot;.</source>
        <translation>未知方法“%1”。</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="159"/>
        <source>bench: %1 (%2 pairs)</source>
        <translation>bench：%1（%2 对）</translation>
    </message>
    <message>
        <location filename="../app/BenchCommand.cpp" line="181"/>
        <source>cannot write the report into %1. %2</source>
        <translation>无法将报告写入 %1。%2</translation>
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
        <translation># GlyphLab 基准测试

机器：%1

测试集：
</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkReport.cpp" line="59"/>
        <location filename="../inference/BenchmarkReport.cpp" line="70"/>
        <source>method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkReport.cpp" line="59"/>
        <source>
## Word accuracy (%, TextZoom protocol; scene-* sets: end-to-end OCR F1, IoU ≥ 0.5)

</source>
        <translation>
## 单词准确率（%，TextZoom 协议；scene-* 测试集：端到端 OCR F1，IoU ≥ 0.5）

</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkReport.cpp" line="70"/>
        <source>
## Gap closure (%): (acc − acc_bicubic) / (acc_HR − acc_bicubic)

</source>
        <translation>
## 差距缩小率（%）：(acc − acc_bicubic) / (acc_HR − acc_bicubic)

</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkReport.cpp" line="87"/>
        <source>
## Character error rate, image quality and speed

</source>
        <translation>
## 字符错误率、图像质量与速度

</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkReport.cpp" line="89"/>
        <source>ms per crop: the set&apos;s crops one at a time. At 64×16: the set&apos;s low-resolution crops brought to 64×16, one per call, and %1 per call.

</source>
        <translation>每个裁剪的毫秒数：逐个处理该集合的裁剪。64×16：将该集合的低分辨率裁剪缩放到 64×16，每次调用一个，以及每次调用 %1 个。

</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkReport.cpp" line="91"/>
        <source>| method | set | CER (scenes: 1 − recall) %1 | PSNR (dB) | SSIM | ms per crop | ms per 64×16 crop | 64×16 crops/s, batch %2 | failures |
</source>
        <translation>| 方法 | 集合 | CER（场景：1 − 召回率）%1 | PSNR (dB) | SSIM | 每个裁剪毫秒 | 每个 64×16 裁剪毫秒 | 64×16 裁剪/秒，批量 %2 | 失败 |
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
## 场景集：文字以外的画面

所有单词框（各向外扩展 %1 像素）以外像素的 PSNR：方法对非文字部分的改变程度。

| 方法 | 数据集 | 单词以外的 PSNR (dB) |
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
## 方法自身的识别结果

方法自身读出的文本的单词准确率（%）（DiffTSR：文本扩散模型的最终文本，idm-only 模式下为其保留的首次识别结果；GlyphSR：其先验的文本）。

| 方法 | 数据集 | 自身单词准确率 |
|---|---|---:|
</translation>
    </message>
</context>
<context>
    <name>BenchmarkRunner</name>
    <message>
        <location filename="../inference/BenchmarkRunner.cpp" line="155"/>
        <source>The recognizer %1 is not available: %2</source>
        <translation>识别器 %1 不可用：%2</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkRunner.cpp" line="182"/>
        <source>%1 cannot find text on photos: no figures for it on %2.</source>
        <translation>%1 无法在照片上找到文字：在 %2 上没有它的数据。</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkRunner.cpp" line="233"/>
        <source>%1 failed on %2: %3</source>
        <translation>%1 在 %2 上失败：%3</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkRunner.cpp" line="275"/>
        <source>%1: the speed measurement at 64×16 failed: %2</source>
        <translation>%1：64×16 的速度测量失败：%2</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkRunner.cpp" line="282"/>
        <source>%1 on %2 done.</source>
        <translation>%1 在 %2 上已完成。</translation>
    </message>
</context>
<context>
    <name>BenchmarkSetBuilder</name>
    <message>
        <location filename="../inference/BenchmarkSetBuilder.cpp" line="61"/>
        <source>%1 generated lines, %2×%3 → ×%4, %5 degradation, evaluation fonts and held-out words, seed %6</source>
        <translation>%1 条生成的文本行，%2×%3 → ×%4，%5 退化，评估字体与保留单词，种子 %6</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkSetBuilder.cpp" line="71"/>
        <source>Unknown test set &quot;%1&quot;; known: %2, real.</source>
        <translation>未知测试集“%1”；已知：%2、real。</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkSetBuilder.cpp" line="107"/>
        <source>No labelled crops (labels.tsv) were found below %1.</source>
        <translation>在 %1 下未找到已标注的裁剪图（labels.tsv）。</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkSetBuilder.cpp" line="108"/>
        <source>%1 real word crops (%2), degraded ×%3 by the medium preset, seed 9100</source>
        <translation>%1 张真实单词裁剪图（%2），按 medium 预设退化 ×%3，种子 9100</translation>
    </message>
    <message>
        <location filename="../inference/BenchmarkSetBuilder.cpp" line="124"/>
        <source>%1 generated scene tiles, %2×%2 → ×%3, the four glyph/image quality partitions in turn, evaluation fonts and held-out words, seed %4; scored by end-to-end OCR F1</source>
        <translation>%1 个生成的场景图块，%2×%2 → ×%3，轮流使用字形质量与图像质量的四种划分，评估字体与保留词，种子 %4；以端到端 OCR F1 评分</translation>
    </message>
</context>
<context>
    <name>BicubicMethod</name>
    <message>
        <location filename="../inference/BicubicMethod.cpp" line="17"/>
        <source>Bicubic interpolation</source>
        <translation>双三次插值</translation>
    </message>
    <message>
        <location filename="../inference/BicubicMethod.cpp" line="18"/>
        <source>Enlarges the crop with a bicubic filter. Adds no detail: the baseline every restoration method is measured against.</source>
        <translation>用双三次滤波器放大裁剪区域。不会增加任何细节：它是衡量所有复原方法的基准。</translation>
    </message>
    <message>
        <location filename="../inference/BicubicMethod.cpp" line="51"/>
        <source>Bicubic ×%1</source>
        <translation>双三次 ×%1</translation>
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
        <translation>用法：glyphlab-cli &lt;命令&gt; [选项]

命令：
  methods    列出复原方法，每行一个：ID，然后是名称
  restore    复原图像：--method ID --input 文件|目录 --output 目录
             [--scale N] [--steps N] [--seed N] [--device auto|cpu|cuda]
             [--region X,Y,W,H] [--dump-steps] [--param KEY=VALUE]
  demo       复原内置演示照片中的文本区域
             [--output 目录] [--method ID] [--scale N]
  synth      生成带字形掩码的训练/测试样本对：--output 目录
             [--count N] [--seed N] [--preset easy|medium|hard] [--scale 2|4|8]
  train      训练模型：crnn|glyphsr|difftsr|glyph-sr --data 目录[,目录] --output 目录
             [--steps N]；language-model --recognizer crnn.json --output 目录
  bench      在测试集上评测方法：[--methods IDS] [--sets 名称]
             [--count N] [--recognizers ppocr,tesseract] [--output 目录]
  schedule   逐步输出 GLYPH-SR 的乒乓调度：[--kind
             square|text|image|linear|cosine] [--period N] [--start N] [--steps N]
  ocr        读取每张裁剪图中的单词或文本行：--engine tesseract|ppocr
             --input 文件|目录；输出文件、文本、置信度（以制表符分隔）
  detect     查找并读取照片上的文本：--engine tesseract|ppocr
             --input 照片 [--lines] [--min-confidence X]；输出文本框的 JSON 数组
             （--lines：单词合并为文本行）

运行 glyphlab-cli &lt;命令&gt; --help 查看某个命令的选项。
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
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="215"/>
        <source>Restore one image or every image in a folder.</source>
        <translation>复原单张图像或文件夹中的所有图像。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="216"/>
        <source>Method id (see &apos;methods&apos;).</source>
        <translation>方法 ID（参见“methods”）。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="217"/>
        <location filename="../app/CommandLineTool.cpp" line="467"/>
        <source>An image file or a folder of images.</source>
        <translation>一个图像文件或包含图像的文件夹。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="218"/>
        <source>Folder for the results (created if missing).</source>
        <translation>存放结果的文件夹（不存在时自动创建）。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="219"/>
        <location filename="../app/CommandLineTool.cpp" line="399"/>
        <source>Enlargement factor.</source>
        <translation>放大倍数。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="220"/>
        <source>Steps of iterative methods.</source>
        <translation>迭代方法的步数。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="221"/>
        <source>Random seed of sampling methods.</source>
        <translation>采样方法的随机种子。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="222"/>
        <source>auto, cpu or cuda.</source>
        <translation>auto、cpu 或 cuda。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="223"/>
        <source>Restore only this rectangle of each image.</source>
        <translation>只复原每张图像中的这个矩形区域。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="236"/>
        <location filename="../app/CommandLineTool.cpp" line="477"/>
        <location filename="../app/CommandLineTool.cpp" line="539"/>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="239"/>
        <source>restore needs --%1.</source>
        <translation>restore 需要 --%1 选项。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="247"/>
        <source>unknown method &quot;%1&quot;; available: %2.</source>
        <translation>未知方法“%1”；可用的方法：%2。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="252"/>
        <source>--scale must be a whole number from 1 to 16 (got &quot;%1&quot;).</source>
        <translation>--scale 必须是 1 到 16 之间的整数（实际为“%1”）。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="254"/>
        <source>--steps must be a whole number from 1 to 1000 (got &quot;%1&quot;).</source>
        <translation>--steps 必须是 1 到 1000 之间的整数（实际为“%1”）。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="258"/>
        <source>--seed must be a non-negative whole number (got &quot;%1&quot;).</source>
        <translation>--seed 必须是非负整数（实际为“%1”）。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="463"/>
        <source>Read the word or text line in each crop. Prints one line per image: file, text, confidence (0 to 1), separated by tabs.</source>
        <translation>读取每张裁剪图中的单词或文本行。每张图像输出一行：文件、文本、置信度（0 到 1），以制表符分隔。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="465"/>
        <location filename="../app/CommandLineTool.cpp" line="523"/>
        <source>OCR engine: %1.</source>
        <translation>OCR 引擎：%1。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="480"/>
        <source>ocr needs --%1.</source>
        <translation>ocr 需要 --%1。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="521"/>
        <source>Find and read the text on a photo. Prints a JSON array of {&quot;text&quot;, &quot;confidence&quot;, &quot;box&quot;: [x, y, w, h], &quot;quad&quot;: four [x, y] corners}.</source>
        <translation>查找并读取照片上的文本。输出一个 JSON 数组，元素为 {&quot;text&quot;, &quot;confidence&quot;, &quot;box&quot;: [x, y, w, h], &quot;quad&quot;: 四个 [x, y] 角点}。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="525"/>
        <source>The photo.</source>
        <translation>照片。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="526"/>
        <source>Join words on the same text line into one box.</source>
        <translation>将同一文本行上的单词合并为一个框。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="528"/>
        <source>Leave out boxes read with less confidence (0..1; default 0).</source>
        <translation>略去识别置信度较低的框（0..1；默认 0）。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="542"/>
        <source>detect needs --%1.</source>
        <translation>detect 需要 --%1。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="547"/>
        <source>--min-confidence takes a number from 0 to 1, not &quot;%1&quot;.</source>
        <translation>--min-confidence 需要 0 到 1 之间的数字，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="550"/>
        <source>detect reads one photo; &quot;%1&quot; is a folder.</source>
        <translation>detect 只读取一张照片；“%1”是一个文件夹。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="188"/>
        <source>glyphlab-cli: no images in &quot;%1&quot;.</source>
        <translation>glyphlab-cli: “%1”中没有图像。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="72"/>
        <source>--param %1 must be one of %2 (got &quot;%3&quot;).</source>
        <translation>--param %1 必须是 %2 之一（实际为“%3”）。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="73"/>
        <source>--param %1 must be a number from %2 to %3 (got &quot;%4&quot;).</source>
        <translation>--param %1 必须是 %2 到 %3 之间的数字（实际为“%4”）。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="79"/>
        <source>--param &quot;%1&quot;: %2 has no such parameter (it has: %3).</source>
        <translation>--param “%1”：%2 没有此参数（已有：%3）。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="80"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="195"/>
        <source>glyphlab-cli: &quot;%1&quot; does not exist.</source>
        <translation>glyphlab-cli: “%1”不存在。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="224"/>
        <source>Also write every step&apos;s image, a steps.tsv and a steps.json into NAME.steps beside each result.</source>
        <translation>同时将每一步的图像、steps.tsv 和 steps.json 写入每个结果旁的 NAME.steps。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="225"/>
        <source>A method parameter, key=value (repeatable), e.g. mode=idm-only for difftsr.</source>
        <translation>方法参数，键=值（可重复），例如 difftsr 的 mode=idm-only。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="301"/>
        <source>%1: not restored: the result would overwrite the input file %2; choose another --output folder.</source>
        <translation>%1: 未复原：结果会覆盖输入文件 %2；请选择其他 --output 文件夹。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="311"/>
        <source>Restored %1 of %2 image(s) into %3.</source>
        <translation>已将 %2 张图像中的 %1 张复原到 %3。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="371"/>
        <location filename="../app/CommandLineTool.cpp" line="374"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CommandLineTool.cpp" line="378"/>
        <source>%1: %2×%3 → %4×%5 (%6 ×%7, %n step(s), %8 ms, %9) → %10</source>
        <translation>
            <numerusform>%1: %2×%3 → %4×%5 (%6 ×%7, %n 步, %8 ms, %9) → %10</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="386"/>
        <source>(converted on input: %1)</source>
        <translation>（读入时已转换：%1）</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="394"/>
        <source>Restore the text regions of the bundled demo photo.</source>
        <translation>复原内置演示照片中的文字区域。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="395"/>
        <source>Folder for the results.</source>
        <translation>存放结果的文件夹。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="398"/>
        <source>Method id.</source>
        <translation>方法 ID。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="410"/>
        <source>unknown method &quot;%1&quot;.</source>
        <translation>未知方法“%1”。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="416"/>
        <source>--scale must be a whole number from 1 to 16.</source>
        <translation>--scale 必须是 1 到 16 之间的整数。</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="429"/>
        <source>Demo photo: %1</source>
        <translation>演示照片：%1</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="435"/>
        <source>Region “%1” at %2,%3 (%4×%5):</source>
        <translation>区域“%1”，位于 %2,%3（%4×%5）：</translation>
    </message>
    <message>
        <location filename="../app/CommandLineTool.cpp" line="445"/>
        <source>Results are in %1.</source>
        <translation>结果位于 %1。</translation>
    </message>
</context>
<context>
    <name>ComparisonGrid</name>
    <message>
        <location filename="../widgets/ComparisonGrid.cpp" line="27"/>
        <source>Comparison of methods</source>
        <translation>方法对比</translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonGrid.cpp" line="217"/>
        <source>No run yet: results of several methods appear here side by side.</source>
        <translation>尚未运行：多种方法的结果将在此并排显示。</translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonGrid.cpp" line="241"/>
        <source>No image</source>
        <translation>无图像</translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonGrid.cpp" line="253"/>
        <source>Showing the first %1 of %2 images</source>
        <translation>显示 %2 张图像中的前 %1 张</translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonGrid.cpp" line="349"/>
        <source>%1×%2 px</source>
        <translation>%1×%2 像素</translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonGrid.cpp" line="350"/>
        <source>Wheel: zoom all cells · drag: pan all cells · double-click: fit</source>
        <translation>滚轮：缩放所有单元格 · 拖动：平移所有单元格 · 双击：适应</translation>
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
    <name>ConfiguredMethod</name>
    <message>
        <location filename="../inference/ConfiguredMethod.cpp" line="23"/>
        <source>unknown method &quot;%1&quot;.</source>
        <translation>未知方法“%1”。</translation>
    </message>
    <message>
        <location filename="../inference/ConfiguredMethod.cpp" line="36"/>
        <source>&quot;%1&quot;: %2 has no parameter &quot;%3&quot;.</source>
        <translation>“%1”：%2 没有参数“%3”。</translation>
    </message>
</context>
<context>
    <name>CrnnOcrEngine</name>
    <message>
        <location filename="../inference/CrnnOcrEngine.cpp" line="52"/>
        <source>GlyphLab CRNN</source>
        <translation>GlyphLab CRNN</translation>
    </message>
    <message>
        <location filename="../inference/CrnnOcrEngine.cpp" line="81"/>
        <source>The GlyphLab CRNN reads word crops; it cannot find text on a photo. Use PP-OCR or Tesseract to detect.</source>
        <translation>GlyphLab CRNN 读取单词裁剪图，无法在照片上查找文本。请使用 PP-OCR 或 Tesseract 进行检测。</translation>
    </message>
</context>
<context>
    <name>CrnnTrainer</name>
    <message>
        <location filename="../inference/CrnnTrainer.cpp" line="68"/>
        <source>CRNN: %1 training and %2 validation samples; %3.</source>
        <translation>CRNN：%1 个训练样本和 %2 个验证样本；%3。</translation>
    </message>
    <message>
        <location filename="../inference/CrnnTrainer.cpp" line="79"/>
        <source>CRNN: starting from the weights in %1.</source>
        <translation>CRNN：从 %1 中的权重开始。</translation>
    </message>
    <message>
        <location filename="../inference/CrnnTrainer.cpp" line="84"/>
        <source>CRNN: %1 parameters.</source>
        <translation>CRNN：%1 个参数。</translation>
    </message>
    <message>
        <location filename="../inference/CrnnTrainer.cpp" line="119"/>
        <source>CRNN step %1/%2: CTC loss %3, %4 s/step</source>
        <translation>CRNN 第 %1/%2 步：CTC 损失 %3，%4 秒/步</translation>
    </message>
    <message>
        <location filename="../inference/CrnnTrainer.cpp" line="128"/>
        <source>CRNN step %1: validation word accuracy HR %2%, LR (bicubic) %3%; checkpoint written.</source>
        <translation>CRNN 第 %1 步：验证单词准确率 HR %2%，LR（双三次）%3%；已写入检查点。</translation>
    </message>
    <message>
        <location filename="../inference/CrnnTrainer.cpp" line="158"/>
        <source>A small CRNN (%1 parameters) trained from scratch on GlyphLab&apos;s synthetic text lines; stands in for the pretrained recognizers of the papers.</source>
        <translation>一个小型 CRNN（%1 个参数），在 GlyphLab 的合成文本行上从头训练；用来替代论文中的预训练识别器。</translation>
    </message>
    <message>
        <location filename="../inference/CrnnTrainer.cpp" line="162"/>
        <source>CRNN written to %1.</source>
        <translation>CRNN 已写入 %1。</translation>
    </message>
</context>
<context>
    <name>DatasetGenerator</name>
    <message>
        <location filename="../inference/DatasetGenerator.cpp" line="123"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>DatasetShardReader</name>
    <message>
        <location filename="../inference/DatasetShardReader.cpp" line="32"/>
        <location filename="../inference/DatasetShardReader.cpp" line="39"/>
        <source>sample %1 is damaged.</source>
        <translation>样本 %1 已损坏。</translation>
    </message>
    <message>
        <location filename="../inference/DatasetShardReader.cpp" line="53"/>
        <source>%1 contains no data set shards (*.glsh). Make one with glyphlab-cli synth.</source>
        <translation>%1 中没有数据集分片（*.glsh）。请用 glyphlab-cli synth 生成。</translation>
    </message>
</context>
<context>
    <name>DatasetShardWriter</name>
    <message>
        <location filename="../inference/DatasetShardWriter.cpp" line="21"/>
        <source>A sample does not have the shard&apos;s image sizes.</source>
        <translation>某个样本的图像尺寸与分片不一致。</translation>
    </message>
</context>
<context>
    <name>DemoScene</name>
    <message>
        <location filename="../inference/DemoScene.cpp" line="50"/>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <location filename="../inference/DemoScene.cpp" line="57"/>
        <source>%1 is not valid JSON: %2.</source>
        <translation>%1 不是有效的 JSON：%2。</translation>
    </message>
    <message>
        <location filename="../inference/DemoScene.cpp" line="64"/>
        <source>%1 names no existing photo or no regions.</source>
        <translation>%1 未指定存在的照片或未指定任何区域。</translation>
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
        <translation>两个并行的扩散模型：一个复原图像，另一个读取文本，每一步二者相互引导。观察噪声降低时文本如何逐渐确定。适用于单行文本；×4 会运行两次。</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="174"/>
        <source>DDIM η</source>
        <translation>DDIM η</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="175"/>
        <source>Fresh noise added at each step: 0 is deterministic DDIM, 1 is the ancestral sampler</source>
        <translation>每一步加入的新噪声：0 为确定性 DDIM，1 为祖先采样器</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="176"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="177"/>
        <source>full: image and text diffusion together; idm-only: the authors&apos; faster baseline, the text fixed to the first reading</source>
        <translation>full：图像与文本扩散协同；idm-only：作者更快的基线，文本固定为首次识别结果</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="179"/>
        <source>Start</source>
        <translation>起点</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="180"/>
        <source>Where the denoising starts, as a fraction of the full noise schedule: 1 starts from pure noise, lower values start from the noised bicubic image and keep more of the input</source>
        <translation>去噪从何处开始，以完整噪声计划的比例表示：1 从纯噪声开始，较小的值从加噪的双三次图像开始，保留更多输入</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="182"/>
        <source>Text start</source>
        <translation>文本起点</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="183"/>
        <source>Where the text diffusion starts, as a fraction of the noise schedule: the recognizer&apos;s first reading is noised to that level, so lower values trust the reading more; 1 starts from noise</source>
        <translation>文本扩散从何处开始，以噪声计划的比例表示：识别器的首次读取会被加噪到该程度，因此较小的值更信任该读取；1 从噪声开始</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="185"/>
        <source>Text temperature</source>
        <translation>文本温度</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="186"/>
        <source>Randomness of each text step: 1 draws the next text from the model&apos;s distribution, 0 takes the likeliest characters</source>
        <translation>每个文本步骤的随机程度：1 从模型的分布中抽取下一个文本，0 取最可能的字符</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="188"/>
        <source>First reading</source>
        <translation>首次识别</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="189"/>
        <source>Where the first text comes from: crnn reads the line; language corrects that reading with a character language model of the training words; known takes the words that came with it (the benchmark&apos;s true text), to measure how much the image follows the text</source>
        <translation>第一个文本的来源：crnn 读取该行；language 用训练词的字符语言模型纠正该读数；known 采用随行提供的词（基准的真实文本），用于衡量图像在多大程度上跟随文本</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="194"/>
        <source>Recognizer guidance</source>
        <translation>识别器引导</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="195"/>
        <source>How hard each step pushes the image toward what the recognizer would read as the current text (0: off); lets the text steer the picture</source>
        <translation>每一步将图像推向识别器会读成当前文本的方向的力度（0：关闭）；让文本引导画面</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="222"/>
        <source>DiffTSR&apos;s recognizer guidance must be between 0 and 1.</source>
        <translation>DiffTSR 的识别器引导必须介于 0 和 1 之间。</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="225"/>
        <source>Unknown DiffTSR reading &quot;%1&quot;; choose crnn, language or known.</source>
        <translation>未知的 DiffTSR 读数“%1”；请选择 crnn、language 或 known。</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="310"/>
        <source>The first reading is the recognizer&apos;s own: %1</source>
        <translation>第一个读数是识别器自己的：%1</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="210"/>
        <source>DiffTSR takes 1 to %1 steps (got %2).</source>
        <translation>DiffTSR 需要 1 到 %1 步（实际为 %2）。</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="213"/>
        <source>Unknown DiffTSR mode &quot;%1&quot;; choose full or idm-only.</source>
        <translation>未知的 DiffTSR 模式“%1”；请选择 full 或 idm-only。</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="214"/>
        <source>DiffTSR&apos;s eta must be between 0 and 1.</source>
        <translation>DiffTSR 的 eta 必须介于 0 和 1 之间。</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="216"/>
        <source>DiffTSR&apos;s start must be between 0.05 and 1.</source>
        <translation>DiffTSR 的起点必须在 0.05 到 1 之间。</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="218"/>
        <source>DiffTSR&apos;s text start must be between 0 and 1.</source>
        <translation>DiffTSR 的文本起点必须在 0 到 1 之间。</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="220"/>
        <source>DiffTSR&apos;s text temperature must be between 0 and 1.</source>
        <translation>DiffTSR 的文本温度必须在 0 到 1 之间。</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="230"/>
        <source>DiffTSR&apos;s reading=known needs the line&apos;s words; only the benchmark gives them.</source>
        <translation>DiffTSR 的 reading=known 需要该行的单词；只有基准测试提供这些单词。</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="236"/>
        <source>The DiffTSR text diffusion model (training stage tdm) is not there yet; use mode idm-only.</source>
        <translation>DiffTSR 的文本扩散模型（训练阶段 tdm）尚不存在；请使用 idm-only 模式。</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="303"/>
        <source>Pass %1, step %2 of %3: t = %4, noise level %5; the text diffusion reads &quot;%6&quot; (confidence %7).</source>
        <translation>第 %1 遍，第 %2/%3 步：t = %4，噪声水平 %5；文本扩散读作“%6”（置信度 %7）。</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrMethod.cpp" line="306"/>
        <source>Pass %1, step %2 of %3: t = %4, noise level %5; the text is fixed to &quot;%6&quot;.</source>
        <translation>第 %1 遍，第 %2/%3 步：t = %4，噪声水平 %5；文本固定为“%6”。</translation>
    </message>
</context>
<context>
    <name>DiffTsrModel</name>
    <message>
        <location filename="../inference/DiffTsrModel.cpp" line="17"/>
        <location filename="../inference/DiffTsrModel.cpp" line="25"/>
        <source>The DiffTSR architecture in the manifest is not one this program can build.</source>
        <translation>清单中的 DiffTSR 架构不是本程序能构建的。</translation>
    </message>
</context>
<context>
    <name>DiffTsrTrainer</name>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="287"/>
        <source>Unknown DiffTSR stage &quot;%1&quot;; choose idm, tdm or mom.</source>
        <translation>未知的 DiffTSR 阶段“%1”；请选择 idm、tdm 或 mom。</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="306"/>
        <source>The mom stage starts from the idm and tdm stages in its output folder; --from is for idm and tdm.</source>
        <translation>mom 阶段从其输出文件夹中的 idm 和 tdm 阶段开始；--from 用于 idm 和 tdm。</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="309"/>
        <source>The mom stage needs the idm and tdm stages in %1 first.</source>
        <translation>mom 阶段需要先在 %1 中完成 idm 和 tdm 阶段。</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="312"/>
        <source>DiffTSR mom: %1 tensors taken from the stage-1 and stage-2 condition encoders.</source>
        <translation>DiffTSR mom：从第 1、2 阶段的条件编码器取得 %1 个张量。</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="319"/>
        <source>DiffTSR %1: starting from the weights in %2.</source>
        <translation>DiffTSR %1：从 %2 中的权重开始。</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="326"/>
        <source>DiffTSR %1: those weights are of an earlier architecture; %2 of today&apos;s %3 tensors taken from them.</source>
        <translation>DiffTSR %1：这些权重属于较早的架构；已从中取用当前 %3 个张量中的 %2 个。</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="338"/>
        <source>DiffTSR %1: %2 training and %3 validation samples; %4.</source>
        <translation>DiffTSR %1：%2 个训练样本和 %3 个验证样本；%4。</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="347"/>
        <source>DiffTSR %1: %2 trained parameters (IDM %3, its text encoder %4, TDM %5, its image encoder %6, MoM %7).</source>
        <translation>DiffTSR %1：%2 个训练参数（IDM %3，其文本编码器 %4，TDM %5，其图像编码器 %6，MoM %7）。</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="422"/>
        <source>DiffTSR %1 step %2/%3: loss %4 (mse %5, ctc %6, bound %7, ce %8), %9 s/step</source>
        <translation>DiffTSR %1 第 %2/%3 步：损失 %4（mse %5，ctc %6，bound %7，ce %8），%9 秒/步</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="434"/>
        <source>DiffTSR %1 step %2: validation at t = 100…900: residual MSE %3, one-step PSNR %4 dB (bicubic %5), CRNN word accuracy on x̂0 %6% (by t: %7 %).</source>
        <translation>DiffTSR %1 第 %2 步：在 t = 100…900 验证：残差 MSE %3，单步 PSNR %4 dB（双三次 %5），x̂0 上的 CRNN 单词准确率 %6%（按 t：%7 %）。</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="440"/>
        <source>DiffTSR idm step %1: given the true line instead of the reading: CRNN word accuracy on x̂0 %2% (by t: %3 %).</source>
        <translation>DiffTSR idm 第 %1 步：以真实文本行代替识别结果时：x̂0 的 CRNN 单词准确率 %2%（按 t：%3 %）。</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="445"/>
        <source>DiffTSR %1 step %2: validation at t = 100…900: TDM word accuracy of ĉ0 %3% (by t: %4 %).</source>
        <translation>DiffTSR %1 第 %2 步：在 t = 100…900 验证：ĉ0 的 TDM 单词准确率 %3%（按 t：%4 %）。</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="448"/>
        <source>DiffTSR %1 step %2: checkpoint written.</source>
        <translation>DiffTSR %1 第 %2 步：已写入检查点。</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="480"/>
        <source>Mini-DiffTSR (%1 parameters in all), trained on GlyphLab&apos;s synthetic lines (each stage&apos;s training block says on which device and from which weights): pixel space with a ×2 space-to-depth fold instead of the paper&apos;s VAE; the IDM diffuses the residual over bicubic and predicts it directly; a small UNet (widths 48/96/96) that also takes the CRNN&apos;s reading of the LR column by column, as GlyphSR&apos;s text prior, and its text condition drawn over the line in a plain sans, and attends to the text with column and character positions; a 4-layer width-128 TDM over 24 character slots and a small MoM; GlyphLab&apos;s CRNN instead of TransOCR for the initial text and the OCR loss. The published system is much larger, starts from a pretrained VAE and was trained on GPUs.</source>
        <translation>Mini-DiffTSR（共 %1 个参数），用 GlyphLab 的合成文本行训练（每个阶段的训练块注明所用设备和起始权重）：像素空间，以 ×2 空间到深度折叠代替论文中的 VAE；IDM 对相对双三次插值的残差做扩散并直接预测它；一个小型 UNet（宽度 48/96/96），另外逐列接收 CRNN 对低分辨率图像的识别结果（如 GlyphSR 的文本先验），以及用普通无衬线字体画在该行上的文本条件，并借助列位置和字符位置关注文本；一个 4 层、宽度 128、覆盖 24 个字符槽位的 TDM 和一个小型 MoM；用 GlyphLab 的 CRNN 代替 TransOCR 提供初始文本和 OCR 损失。已发表的系统大得多，从预训练 VAE 起步，并在 GPU 上训练。</translation>
    </message>
    <message>
        <location filename="../inference/DiffTsrTrainer.cpp" line="491"/>
        <source>DiffTSR %1 written to %2.</source>
        <translation>DiffTSR %1 已写入 %2。</translation>
    </message>
</context>
<context>
    <name>FontCatalog</name>
    <message>
        <location filename="../inference/FontCatalog.cpp" line="85"/>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../inference/FontCatalog.cpp" line="85"/>
        <source>evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../inference/FontCatalog.cpp" line="86"/>
        <source>No usable %1 fonts were found in %2. Install Debian&apos;s font packages (for example fonts-dejavu, fonts-liberation2, fonts-noto-core; fonts-urw-base35 and fonts-texgyre for evaluation).</source>
        <translation>在 %2 中未找到可用的%1字体。请安装 Debian 的字体软件包（例如 fonts-dejavu、fonts-liberation2、fonts-noto-core；评估用 fonts-urw-base35 和 fonts-texgyre）。</translation>
    </message>
</context>
<context>
    <name>GlyphPainter</name>
    <message>
        <location filename="../inference/GlyphPainter.cpp" line="33"/>
        <location filename="../inference/GlyphPainter.cpp" line="42"/>
        <source>The font %1 cannot draw &quot;%2&quot;.</source>
        <translation>字体 %1 无法绘制“%2”。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphPainter.cpp" line="57"/>
        <source>&quot;%1&quot; has nothing to draw.</source>
        <translation>“%1”没有可绘制的内容。</translation>
    </message>
</context>
<context>
    <name>GlyphSrMethod</name>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="79"/>
        <source>GlyphSR&apos;s working height must be a whole number from %1 to %2.</source>
        <translation>GlyphSR 的工作高度必须是 %1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="95"/>
        <source>Unknown GlyphSR reading &quot;%1&quot;; choose crnn, language or known.</source>
        <translation>未知的 GlyphSR 读法“%1”；请选择 crnn、language 或 known。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="174"/>
        <source>GlyphSR&apos;s reading=language needs the language model: %1</source>
        <translation>GlyphSR 的 reading=language 需要语言模型：%1</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="227"/>
        <source>GlyphSR (AAAI 2025)</source>
        <translation>GlyphSR（AAAI 2025）</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="228"/>
        <source>A glyph-aware CNN: a text recognizer&apos;s reading guides every block, and a glyph perception module finds each character&apos;s shape to sharpen it. Made for small text lines; ×4 runs it twice.</source>
        <translation>一种感知字形的 CNN：文本识别器的识别结果引导每个模块，字形感知模块找出每个字符的形状并加以锐化。专为小文本行设计；×4 时运行两次。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="234"/>
        <source>Working height</source>
        <translation>工作高度</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="235"/>
        <source>Crops taller than the trained line height of %1 pixels are worked on at their own height up to this many pixels and brought down to it above; a crop at least twice as high is enlarged without the network</source>
        <translation>高于训练行高 %1 像素的裁剪图按其自身高度处理，最高至此像素数，超过则缩小到此高度；至少两倍高的裁剪图不经网络直接放大</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="239"/>
        <source>Text prior</source>
        <translation>文本先验</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="240"/>
        <source>What guides the network: crnn is the recognizer&apos;s own reading of the line; language corrects it with a character language model of the training words (the CRNN&apos;s beam search); known writes the line&apos;s true words, which only the benchmark has, to measure how much a right reading helps</source>
        <translation>引导网络的内容：crnn 为识别器自己对该行的读取；language 用训练词的字符语言模型加以纠正（CRNN 的束搜索）；known 写入该行的真实文字（只有基准测试才有），用于衡量正确读取的帮助有多大</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="272"/>
        <source>GlyphSR&apos;s reading=known needs the line&apos;s words; only the benchmark gives them.</source>
        <translation>GlyphSR 的 reading=known 需要该行的文字；只有基准测试提供。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="294"/>
        <source>Pass %1 of %2: ×2 without the network; the line is %3 pixels high, far above the %4 pixels it was trained on.</source>
        <translation>第 %1 遍（共 %2 遍）：不经网络放大 ×2；该行高 %3 像素，远高于训练时的 %4 像素。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="345"/>
        <source>Pass %1 of %2: ×2 at %3×%4; the recognizer read &quot;%5&quot; before and &quot;%6&quot; after.</source>
        <translation>第 %1/%2 遍：在 %3×%4 上 ×2；识别器之前读作“%5”，之后读作“%6”。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="348"/>
        <source>The network was guided by &quot;%1&quot;.</source>
        <translation>网络由“%1”引导。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="350"/>
        <source>Pass %1 of %2: ×2 at %3×%4.</source>
        <translation>第 %1 遍，共 %2 遍：在 %3×%4 上 ×2。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrMethod.cpp" line="372"/>
        <source>GlyphSR&apos;s reading=known takes one crop at a time (each has its own words).</source>
        <translation>GlyphSR 的 reading=known 一次处理一个裁剪（每个都有自己的文字）。</translation>
    </message>
</context>
<context>
    <name>GlyphSrPingPongMethod</name>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="48"/>
        <source>No words came with the region: no text prompts.</source>
        <translation>该区域没有附带文字：没有文本提示。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="49"/>
        <source>The words that came with the region (not an OCR&apos;s reading): %1</source>
        <translation>该区域附带的文字（并非 OCR 识别结果）：%1</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="88"/>
        <source>OCR off: no text prompts.</source>
        <translation>OCR 已关闭：没有文本提示。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="102"/>
        <source>%1 is not available (%2): no text prompts.</source>
        <translation>%1 不可用（%2）：没有文本提示。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="112"/>
        <source>%1 failed (%2): no text prompts.</source>
        <translation>%1 失败（%2）：没有文本提示。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="122"/>
        <source>%1 found no text: no text prompts.</source>
        <translation>%1 未找到文字：没有文本提示。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="123"/>
        <source>%1 read: %2</source>
        <translation>%1 识别出：%2</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="146"/>
        <source>GLYPH-SR (ICLR 2026 submission)</source>
        <translation>GLYPH-SR（ICLR 2026 投稿）</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="147"/>
        <source>A diffusion model for whole parts of a photo, ×4 or ×8. An OCR engine reads the region first, and its words guide a text branch; an image branch guides the rest. The two take turns step by step (the ping-pong schedule), so you can watch text-led and picture-led steps alternate.</source>
        <translation>用于照片中整块区域的扩散模型，×4 或 ×8。先由 OCR 引擎读取该区域，识别出的单词引导文本分支；图像分支引导其余部分。两者逐步轮流（乒乓调度），可以看到文本主导与图像主导的步骤交替进行。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="155"/>
        <source>Schedule</source>
        <translation>调度</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="156"/>
        <source>square: the paper&apos;s ping-pong, text-led and picture-led steps in turn; text or image: one branch only; linear or cosine: a gradual hand-over from the picture to the text</source>
        <translation>square：论文中的乒乓调度，文本主导与图像主导的步骤轮流；text 或 image：只用一个分支；linear 或 cosine：从图像逐渐过渡到文本</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="159"/>
        <source>Period τ</source>
        <translation>周期 τ</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="159"/>
        <source>Steps per half-period of the square wave</source>
        <translation>方波每半个周期的步数</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="160"/>
        <source>Start step t0</source>
        <translation>起始步 t0</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="161"/>
        <source>Steps led by the picture before the schedule starts alternating</source>
        <translation>调度开始交替之前由图像主导的步数</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="162"/>
        <source>Control scale</source>
        <translation>控制强度</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="163"/>
        <source>How strongly the control branches steer the diffusion model (s_ctrl)</source>
        <translation>控制分支对扩散模型的引导强度（s_ctrl）</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="164"/>
        <source>Text guidance</source>
        <translation>文本引导</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="165"/>
        <source>Classifier-free guidance on the OCR words: 1 is none, higher follows the words more (and costs a second pass on text-led steps)</source>
        <translation>对 OCR 单词的无分类器引导：1 表示不引导，更高的值更贴近这些单词（文本主导的步骤需多算一遍）</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="167"/>
        <source>OCR for prompts</source>
        <translation>用于提示的 OCR</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="167"/>
        <source>The engine that reads the region to build the text prompts</source>
        <translation>读取该区域以生成文本提示的引擎</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="169"/>
        <source>Tile size</source>
        <translation>图块大小</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="169"/>
        <source>Output pixels per tile side; tiles overlap by a quarter and are blended</source>
        <translation>每个图块边长的输出像素；图块重叠四分之一并融合</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="171"/>
        <source>DDIM η</source>
        <translation>DDIM η</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="171"/>
        <source>Fresh noise added at each step: 0 is deterministic DDIM</source>
        <translation>每一步加入的新噪声：0 为确定性 DDIM</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="173"/>
        <source>Start</source>
        <translation>起点</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="174"/>
        <source>Where the denoising starts, as a fraction of the noise schedule: 1 starts from pure noise, lower values keep more of the bicubic picture</source>
        <translation>去噪的起点，以噪声调度的比例表示：1 从纯噪声开始，更小的值保留更多双三次图像</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="190"/>
        <source>GLYPH-SR enlarges ×4 or ×8 (got ×%1).</source>
        <translation>GLYPH-SR 只支持 ×4 或 ×8（收到 ×%1）。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="192"/>
        <source>GLYPH-SR takes 1 to %1 steps (got %2).</source>
        <translation>GLYPH-SR 的步数为 1 到 %1（收到 %2）。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="194"/>
        <source>GLYPH-SR got an empty region.</source>
        <translation>GLYPH-SR 收到的区域为空。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="199"/>
        <source>GLYPH-SR&apos;s period must be a whole number from 1 to 50.</source>
        <translation>GLYPH-SR 的周期必须是 1 到 50 的整数。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="200"/>
        <source>GLYPH-SR&apos;s start step t0 must be a whole number from 0 to %1.</source>
        <translation>GLYPH-SR 的起始步 t0 必须是 0 到 %1 的整数。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="201"/>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="203"/>
        <source>GLYPH-SR&apos;s tile size must be 64, 128 or 256.</source>
        <translation>GLYPH-SR 的图块大小必须是 64、128 或 256。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="206"/>
        <source>GLYPH-SR&apos;s control scale must be between 0 and 2.</source>
        <translation>GLYPH-SR 的控制强度必须在 0 到 2 之间。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="207"/>
        <source>GLYPH-SR&apos;s text guidance must be between 0 and 10.</source>
        <translation>GLYPH-SR 的文本引导必须在 0 到 10 之间。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="208"/>
        <source>GLYPH-SR&apos;s eta must be between 0 and 1.</source>
        <translation>GLYPH-SR 的 η 必须在 0 到 1 之间。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="209"/>
        <source>GLYPH-SR&apos;s start must be between 0.05 and 1.</source>
        <translation>GLYPH-SR 的起点必须在 0.05 到 1 之间。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="214"/>
        <source>Unknown OCR engine &quot;%1&quot; for GLYPH-SR&apos;s prompts; choose %2, known or none.</source>
        <translation>未知的 OCR 引擎“%1”，无法用于 GLYPH-SR 的提示；请选择 %2、known 或 none。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="223"/>
        <source>GLYPH-SR&apos;s text branch (training stage text) is not there yet; use schedule image.</source>
        <translation>GLYPH-SR 的文本分支（训练阶段 text）尚不存在；请使用 image 调度。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="240"/>
        <source>The image branch alone: no OCR.</source>
        <translation>仅用图像分支：不做 OCR。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="303"/>
        <source>%1–%2 of %3</source>
        <translation>%1–%2，共 %3</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="304"/>
        <source>the text branch leads</source>
        <translation>文本分支主导</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="305"/>
        <source>the image branch leads</source>
        <translation>图像分支主导</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="306"/>
        <source>both branches, mixed</source>
        <translation>两个分支混合</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrPingPongMethod.cpp" line="307"/>
        <source>Step %1 of %2 (tiles %3–%4 of %5): t = %6, noise level %7, λ = %8: %9. %10</source>
        <translation>第 %1 步，共 %2 步（图块 %3–%4，共 %5）：t = %6，噪声水平 %7，λ = %8：%9。%10</translation>
    </message>
</context>
<context>
    <name>GlyphSrTrainer</name>
    <message>
        <location filename="../inference/GlyphSrTrainer.cpp" line="119"/>
        <source>GlyphSR: %1 training and %2 validation samples; %3.</source>
        <translation>GlyphSR：%1 个训练样本和 %2 个验证样本；%3。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrTrainer.cpp" line="125"/>
        <source>A language-model prior needs the language model&apos;s manifest (language-model.json).</source>
        <translation>语言模型先验需要语言模型的清单（language-model.json）。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrTrainer.cpp" line="153"/>
        <source>GlyphSR: starting from the weights in %1.</source>
        <translation>GlyphSR：从 %1 中的权重开始。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrTrainer.cpp" line="158"/>
        <source>GlyphSR: %1 parameters.</source>
        <translation>GlyphSR：%1 个参数。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrTrainer.cpp" line="242"/>
        <source>GlyphSR step %1/%2: loss %3 (pixel %4, ctc %5, class %6), %7 s/step</source>
        <translation>GlyphSR 第 %1/%2 步：损失 %3（像素 %4，CTC %5，类别 %6），%7 秒/步</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrTrainer.cpp" line="253"/>
        <source>GlyphSR step %1: validation PSNR %2 dB (bicubic %3), CRNN word accuracy %4% (bicubic %5%); checkpoint written.</source>
        <translation>GlyphSR 第 %1 步：验证 PSNR %2 dB（双三次 %3），CRNN 单词准确率 %4%（双三次 %5%）；已写入检查点。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrTrainer.cpp" line="257"/>
        <source>GlyphSR step %1: with the language model&apos;s reading as prior, CRNN word accuracy %2% (validation lines use training words, which the language model has counted).</source>
        <translation>GlyphSR 第 %1 步：以语言模型的读取为先验，CRNN 词准确率 %2%（验证行使用训练词，语言模型已统计过这些词）。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrTrainer.cpp" line="261"/>
        <source>GlyphSR step %1: the text-focus recognizer reads %2% (bicubic %3%).</source>
        <translation>GlyphSR 第 %1 步：文本聚焦识别器读对 %2%（双三次 %3%）。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrTrainer.cpp" line="308"/>
        <source>GlyphSR at %1 parameters (the paper&apos;s model has 4.7M), trained from scratch on synthetic lines; 1×9/9×1 depthwise convolutions replace the BiGRUs; the text prior comes from GlyphLab&apos;s own CRNN; glyph masks come from the renderer instead of SAM.</source>
        <translation>GlyphSR，%1 个参数（论文中的模型为 4.7M），在合成文本行上从头训练；以 1×9/9×1 深度卷积替代 BiGRU；文本先验来自 GlyphLab 自己的 CRNN；字形掩码来自渲染器而非 SAM。</translation>
    </message>
    <message>
        <location filename="../inference/GlyphSrTrainer.cpp" line="314"/>
        <source>GlyphSR written to %1.</source>
        <translation>GlyphSR 已写入 %1。</translation>
    </message>
</context>
<context>
    <name>ImageCanvas</name>
    <message>
        <location filename="../widgets/ImageCanvas.cpp" line="416"/>
        <source>Open a photo (File ▸ Open, or drop it here), then drag over the text to mark a region.</source>
        <translation>打开一张照片（文件 ▸ 打开照片，或拖放到此处），然后在文字上拖动以标记区域。</translation>
    </message>
    <message>
        <location filename="../widgets/ImageCanvas.cpp" line="457"/>
        <source>%1×%2 px</source>
        <translation>%1×%2 px</translation>
    </message>
    <message>
        <location filename="../widgets/ImageCanvas.cpp" line="458"/>
        <source>%1 · %2×%3 px</source>
        <translation>%1 · %2×%3 像素</translation>
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
    <name>InputColours</name>
    <message>
        <location filename="../inference/InputColours.cpp" line="20"/>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../inference/InputColours.cpp" line="21"/>
        <source>input: the network sharpens the brightness and the colours stay those of the input; network: the network&apos;s own colours, which can shift the hue of text on strong colours</source>
        <translation>input：网络只锐化亮度，颜色保持输入的颜色；network：使用网络自己的颜色，可能使鲜艳底色上的文字色调偏移</translation>
    </message>
    <message>
        <location filename="../inference/InputColours.cpp" line="31"/>
        <source>Unknown colours &quot;%1&quot;; choose input or network.</source>
        <translation>未知的颜色设置“%1”；请选择 input 或 network。</translation>
    </message>
</context>
<context>
    <name>LanguageModelFile</name>
    <message>
        <location filename="../inference/LanguageModelFile.cpp" line="36"/>
        <source>%1 is built from the word list %2, which is missing (Debian package wamerican).</source>
        <translation>%1 由词表 %2 构建，但该词表缺失（Debian 软件包 wamerican）。</translation>
    </message>
    <message>
        <location filename="../inference/LanguageModelFile.cpp" line="41"/>
        <source>%1 was made from another version of the word list %2 (SHA-256 %3…, here %4…): run glyphlab-cli train language-model again.</source>
        <translation>%1 由另一版本的词表 %2 生成（SHA-256 %3…，此处为 %4…）：请重新运行 glyphlab-cli train language-model。</translation>
    </message>
</context>
<context>
    <name>LanguageModelTrainer</name>
    <message>
        <location filename="../inference/LanguageModelTrainer.cpp" line="46"/>
        <source>train language-model needs --recognizer crnn.json.</source>
        <translation>train language-model 需要 --recognizer crnn.json。</translation>
    </message>
    <message>
        <location filename="../inference/LanguageModelTrainer.cpp" line="48"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../inference/LanguageModelTrainer.cpp" line="54"/>
        <source>Language model: %1 training words, %2 of them held apart for tuning.</source>
        <translation>语言模型：%1 个训练词，其中 %2 个留出用于调参。</translation>
    </message>
    <message>
        <location filename="../inference/LanguageModelTrainer.cpp" line="60"/>
        <source>Counted %1 lines into %2 entries (order %3) in %4 s.</source>
        <translation>已将 %1 行统计为 %2 个条目（阶数 %3），用时 %4 秒。</translation>
    </message>
    <message>
        <location filename="../inference/LanguageModelTrainer.cpp" line="101"/>
        <source>Tuning on %1 lines of held-apart words: best path without the model reads %2 %.</source>
        <translation>在 %1 行留出词上调参：不用模型的最佳路径读对 %2%。</translation>
    </message>
    <message>
        <location filename="../inference/LanguageModelTrainer.cpp" line="115"/>
        <source>  weight %1, bonus %2: %3 %</source>
        <translation>  权重 %1，奖励 %2：%3%</translation>
    </message>
    <message>
        <location filename="../inference/LanguageModelTrainer.cpp" line="122"/>
        <source>Chosen: weight %1, bonus %2, %3 % (without the model %4 %); %5 ms per line to decode, on average over the grid.</source>
        <translation>选定：权重 %1，奖励 %2，%3%（不用模型 %4%）；解码每行 %5 毫秒（网格平均）。</translation>
    </message>
    <message>
        <location filename="../inference/LanguageModelTrainer.cpp" line="146"/>
        <source>A character %1-gram model of the generator&apos;s training text (Witten-Bell), for the CRNN&apos;s beam search; rebuilt from the word list when loaded.</source>
        <translation>生成器训练文本的字符 %1 元语法模型（Witten-Bell），用于 CRNN 的束搜索；加载时由词表重建。</translation>
    </message>
    <message>
        <location filename="../inference/LanguageModelTrainer.cpp" line="152"/>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
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
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="35"/>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="36"/>
        <source>Open the project as it was at the last automatic save</source>
        <translation>按上次自动保存时的状态打开项目</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="41"/>
        <source>D&amp;iscard</source>
        <translation>丢弃(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="42"/>
        <source>Delete the automatically saved copy</source>
        <translation>删除自动保存的副本</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="55"/>
        <source>Drag on the photo to mark a text region (Shift: also over a region). Drag a region to move it, its handles to resize it. Ctrl+click: add to the selection. Wheel: zoom. Right drag or Space + drag: pan. Del: delete, F2: rename.</source>
        <translation>在照片上拖动以标记文本区域（Shift：也可在区域上方拖动）。拖动区域可移动它，拖动其控制柄可调整大小。Ctrl+单击：加入选择。滚轮：缩放。右键拖动或空格键 + 拖动：平移。Del：删除，F2：重命名。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="57"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="60"/>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="69"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="71"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="88"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="97"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="109"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="120"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="122"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="127"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="139"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="156"/>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="173"/>
        <source>The OCR engine that detects and reads the text</source>
        <translation>检测并读取文本的 OCR 引擎</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="188"/>
        <source>Min. &amp;confidence:</source>
        <translation>最低置信度(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="194"/>
        <source>Detected text read with less confidence than this is not marked</source>
        <translation>置信度低于此值的检测文本不会被标记</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="195"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="204"/>
        <source>&amp;Join words into lines</source>
        <translation>将单词合并为行(&amp;J)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="205"/>
        <source>Mark words on the same text line as one region, their texts joined by spaces</source>
        <translation>将同一文本行上的单词标记为一个区域，其文本以空格连接</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="218"/>
        <source>The text regions of the photo. F2 or double click renames, Del deletes.</source>
        <translation>照片中的文本区域。F2 或双击可重命名，Del 可删除。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="230"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="235"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="240"/>
        <source>&amp;Open Photo…</source>
        <translation>打开照片(&amp;O)…</translation>
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
        <translation>打开一张照片并以它新建项目</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="246"/>
        <source>Open &amp;Project…</source>
        <translation>打开项目(&amp;P)…</translation>
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
        <translation>打开已保存的 .glyphlab 项目</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="252"/>
        <source>Open &amp;Demo Photo</source>
        <translation>打开演示照片(&amp;D)</translation>
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
        <translation>打开内置的演示照片，其中的文本区域已标记</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="258"/>
        <source>&amp;Save Project</source>
        <translation>保存项目(&amp;S)</translation>
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
        <translation>将项目（区域和结果）保存到其 .glyphlab 文件</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="264"/>
        <source>Save Project &amp;As…</source>
        <translation>项目另存为(&amp;A)…</translation>
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
        <translation>以新名称保存项目</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="270"/>
        <source>&amp;Export Result…</source>
        <translation>导出结果(&amp;E)…</translation>
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
        <translation>将当前区域复原后的裁剪图保存为 PNG，并附带 JSON 附属文件</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="276"/>
        <source>Export &amp;All Results…</source>
        <translation>导出全部结果(&amp;A)…</translation>
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
        <translation>将每个区域最新的复原裁剪图（各附一个 JSON 附属文件）保存到一个文件夹中</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="282"/>
        <source>Export Photo with Restored &amp;Regions…</source>
        <translation>导出含复原区域的照片(&amp;R)…</translation>
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
        <translation>保存照片副本，并将复原后的区域贴回原位</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="288"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
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
        <translation>退出 GlyphLab</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="294"/>
        <source>&amp;Delete Region</source>
        <translation>删除区域(&amp;D)</translation>
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
        <translation>删除所选区域及其结果</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="300"/>
        <source>Re&amp;name Region</source>
        <translation>重命名区域(&amp;N)</translation>
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
        <translation>重命名当前区域</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="306"/>
        <source>Select &amp;All Regions</source>
        <translation>选择全部区域(&amp;A)</translation>
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
        <translation>选择照片中的所有区域</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="312"/>
        <source>&amp;Detect Text Regions</source>
        <translation>检测文本区域(&amp;D)</translation>
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
        <translation>让 OCR 引擎查找照片上的文本并将其标记为区域</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="318"/>
        <source>&amp;Read Text (OCR)</source>
        <translation>读取文本（OCR）(&amp;R)</translation>
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
        <translation>用 OCR 读取每个区域复原前后的文本</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="325"/>
        <source>Read Text &amp;After Each Run</source>
        <translation>每次运行后读取文字(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="326"/>
        <location filename="../ui/MainWindow.ui" line="327"/>
        <source>When a run ends, read every region before and after restoration with the OCR engine</source>
        <translation>运行结束后，用 OCR 引擎读取每个区域复原前后的文字</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="330"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
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
        <translation>放大照片</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="336"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
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
        <translation>缩小照片</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="342"/>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
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
        <translation>显示整张照片</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="348"/>
        <source>&amp;Actual Size (100%)</source>
        <translation>实际大小（100%）(&amp;A)</translation>
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
        <translation>按 1:1 显示照片像素</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="354"/>
        <source>Zoom to &amp;Region</source>
        <translation>缩放到区域(&amp;R)</translation>
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
        <translation>缩放照片，使当前区域填满视图</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="360"/>
        <source>Show &amp;Photo</source>
        <translation>显示照片(&amp;P)</translation>
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
        <translation>显示照片选项卡</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="366"/>
        <source>Show &amp;Comparison</source>
        <translation>显示对比(&amp;C)</translation>
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
        <translation>显示当前区域的对比</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="372"/>
        <source>&amp;Restore Current Region</source>
        <translation>复原当前区域(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="409"/>
        <location filename="../ui/MainWindow.ui" line="410"/>
        <source>About GlyphLab and the methods in this build</source>
        <translation>关于 GlyphLab 及此版本中包含的方法</translation>
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
        <translation>对当前区域运行所选方法</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="378"/>
        <source>Restore &amp;Selected Regions</source>
        <translation>复原所选区域(&amp;S)</translation>
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
        <translation>对每个所选区域运行所选方法</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="384"/>
        <source>Restore &amp;All Regions</source>
        <translation>复原全部区域(&amp;A)</translation>
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
        <translation>对每个区域运行所选方法</translation>
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
        <translation>停止当前正在运行的区域</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="396"/>
        <source>Cancel A&amp;ll</source>
        <translation>全部取消(&amp;L)</translation>
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
        <translation>停止正在运行的区域并丢弃等待中的区域</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="402"/>
        <source>&amp;Welcome</source>
        <translation>欢迎(&amp;W)</translation>
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
        <translation>显示欢迎页，其中有演示照片和各方法的说明</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="408"/>
        <source>&amp;About GlyphLab</source>
        <translation>关于 GlyphLab(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118"/>
        <source>Starting inference…</source>
        <translation>正在启动推理…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="429"/>
        <source>Cannot open the photo</source>
        <translation>无法打开照片</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="439"/>
        <source>Converted: %1.</source>
        <translation>已转换：%1。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="552"/>
        <source>Cannot open the demo photo</source>
        <translation>无法打开演示照片</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="798"/>
        <location filename="../ui/MainWindow.cpp" line="803"/>
        <location filename="../ui/MainWindow.cpp" line="825"/>
        <location filename="../ui/MainWindow.cpp" line="830"/>
        <location filename="../ui/MainWindow.cpp" line="848"/>
        <source>Nothing to restore</source>
        <translation>没有可复原的内容</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="474"/>
        <location filename="../ui/MainWindow.cpp" line="625"/>
        <location filename="../ui/MainWindow.cpp" line="798"/>
        <location filename="../ui/MainWindow.cpp" line="825"/>
        <source>Open a photo first.</source>
        <translation>请先打开一张照片。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="865"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="892"/>
        <source>step %1/%2</source>
        <translation>第 %1/%2 步</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="932"/>
        <source>Cancelled after %n step(s).</source>
        <translation>
            <numerusform>已在 %n 步后取消。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="923"/>
        <source>Restoration failed</source>
        <translation>复原失败</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>GlyphLab projects (*.%1)</source>
        <translation>GlyphLab 项目 (*.%1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="119"/>
        <source>Where restorations run and with how many threads</source>
        <translation>复原在何处运行以及使用多少线程</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120"/>
        <source>Memory this process holds (resident set size)</source>
        <translation>此进程占用的内存（常驻集大小）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>Open a photo (Ctrl+O) or a project (Ctrl+Shift+O), or try a demo photo.</source>
        <translation>打开照片（Ctrl+O）或项目（Ctrl+Shift+O），或者试试演示照片。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="200"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>Split view</source>
        <translation>分割视图</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="203"/>
        <source>Mask</source>
        <translation>掩码</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>The %1 view is not part of this build yet.</source>
        <translation>%1 视图尚未包含在此版本中。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="215"/>
        <source>Show &amp;Steps</source>
        <translation>显示步骤(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216"/>
        <source>Show Split &amp;View</source>
        <translation>显示分割视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="217"/>
        <source>Show &amp;Grid</source>
        <translation>显示网格(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="218"/>
        <source>Show &amp;Masks</source>
        <translation>显示掩码(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="219"/>
        <source>Show &amp;OCR</source>
        <translation>显示 OCR(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="229"/>
        <source>Show the %1 tab</source>
        <translation>显示“%1”标签页</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="238"/>
        <source>Plots</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239"/>
        <source>Per-step plots appear here when the plot panel is part of the build.</source>
        <translation>当图表面板包含在此版本中时，每一步的图表会显示在这里。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="371"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="436"/>
        <source>Opened %1 (%2×%3). Drag over the text to mark a region.</source>
        <translation>已打开 %1（%2×%3）。在文本上拖动以标记区域。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="451"/>
        <location filename="../ui/MainWindow.cpp" line="456"/>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="457"/>
        <location filename="../ui/MainWindow.cpp" line="1296"/>
        <source>The project&apos;s photo cannot be opened: %1</source>
        <translation>无法打开项目的照片：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="466"/>
        <source>Opened the project %1: %n region(s).</source>
        <translation>
            <numerusform>已打开项目 %1：%n 个区域。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="474"/>
        <source>Nothing to save</source>
        <translation>没有可保存的内容</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="478"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="478"/>
        <source>A project file name ends in .%1.</source>
        <translation>项目文件名须以 .%1 结尾。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="483"/>
        <source>Cannot save the project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="508"/>
        <source>Save Project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="521"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="521"/>
        <source>The project has changes that are not saved. Save them?</source>
        <translation>项目有尚未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="534"/>
        <source>%1 (unsaved project)</source>
        <translation>%1（未保存的项目）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="536"/>
        <source>%1%2 — GlyphLab</source>
        <translation>%1%2 — GlyphLab</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="552"/>
        <source>There is no such demo photo.</source>
        <translation>没有这张演示照片。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="568"/>
        <source>Demo photo opened with %n region(s) marked: press Restore all (Ctrl+Alt+R).</source>
        <translation>
            <numerusform>已打开演示照片，标记了 %n 个区域：请按“全部复原”（Ctrl+Alt+R）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="625"/>
        <location filename="../ui/MainWindow.cpp" line="631"/>
        <source>Cannot add the region</source>
        <translation>无法添加区域</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="647"/>
        <source>Deleted %n region(s).</source>
        <translation>
            <numerusform>已删除 %n 个区域。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="654"/>
        <source>Cannot rename the region</source>
        <translation>无法重命名区域</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="654"/>
        <source>A region needs a name that is not empty.</source>
        <translation>区域名称不能为空。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="674"/>
        <source>Rename Region</source>
        <translation>重命名区域</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="675"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="788"/>
        <source>%1, ×%2</source>
        <translation>%1，×%2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="830"/>
        <source>No restoration method is available.</source>
        <translation>没有可用的复原方法。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="848"/>
        <source>Mark a region first: drag over the text in the photo.</source>
        <translation>请先标记一个区域：在照片中的文本上拖动。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="849"/>
        <source>The chosen regions are already queued.</source>
        <translation>所选区域已在队列中。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="855"/>
        <source>Restoring %n region(s) with %1…</source>
        <translation>
            <numerusform>正在用 %1 复原 %n 个区域…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="873"/>
        <source>Cancelling all…</source>
        <translation>正在全部取消…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="899"/>
        <source>Region %1</source>
        <translation>区域 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="911"/>
        <source>The method failed.</source>
        <translation>方法运行失败。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="916"/>
        <source>%1×%2 in %3 s</source>
        <translation>%1×%2，用时 %3 秒</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="918"/>
        <source>Restored “%1” → %2×%3 in %4 ms on %5.</source>
        <translation>已复原“%1”→ %2×%3，在 %5 上用时 %4 毫秒。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="923"/>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="931"/>
        <source>Cancelled after %n step(s)</source>
        <translation>
            <numerusform>在第 %n 步后取消</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="966"/>
        <source>Inference: %1 · %n thread(s)</source>
        <translation>
            <numerusform>推理：%1 · %n 个线程</numerusform>
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
        <translation>内存：%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="989"/>
        <location filename="../ui/MainWindow.cpp" line="1032"/>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="989"/>
        <location filename="../ui/MainWindow.cpp" line="1032"/>
        <source>Restore a region first.</source>
        <translation>请先复原一个区域。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="994"/>
        <location filename="../ui/MainWindow.cpp" line="1007"/>
        <location filename="../ui/MainWindow.cpp" line="1019"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1176"/>
        <source>OCR failed: %1</source>
        <translation>OCR 失败：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="1227"/>
        <source>%n already marked.</source>
        <translation>
            <numerusform>%n 个已标记。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="1229"/>
        <source>%n below the confidence threshold.</source>
        <translation>
            <numerusform>%n 个低于置信度阈值。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1352"/>
        <source>&lt;h3&gt;GlyphLab %1&lt;/h3&gt;&lt;p&gt;A workbench for restoring the text in photos: mark regions, run a restoration method on them and compare the results with the input.&lt;/p&gt;&lt;p&gt;Methods in this build: %2.&lt;/p&gt;&lt;p&gt;Inference runs on a worker thread with LibTorch, on CUDA when available.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GlyphLab %1&lt;/h3&gt;&lt;p&gt;用于复原照片中文字的工作台：标记区域，对其运行复原方法，并将结果与输入进行对比。&lt;/p&gt;&lt;p&gt;此版本中的方法：%2。&lt;/p&gt;&lt;p&gt;推理在工作线程中通过 LibTorch 运行，可用时使用 CUDA。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1396"/>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="488"/>
        <location filename="../ui/MainWindow.cpp" line="1022"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="997"/>
        <source>Saved %1 and %2.</source>
        <translation>已保存 %1 和 %2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="1011"/>
        <source>Saved %n restored region(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个复原区域保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1043"/>
        <source>Export All Results To</source>
        <translation>将全部结果导出到</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1052"/>
        <source>Export Photo with Restored Regions</source>
        <translation>导出含复原区域的照片</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1064"/>
        <source>No OCR engine available</source>
        <translation>没有可用的 OCR 引擎</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1134"/>
        <source>OCR is not available</source>
        <translation>OCR 不可用</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1134"/>
        <source>No OCR engine available.</source>
        <translation>没有可用的 OCR 引擎。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1169"/>
        <source>Looking for text…</source>
        <translation>正在查找文本…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1169"/>
        <source>Reading the text of the regions…</source>
        <translation>正在读取各区域的文本…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1178"/>
        <source>OCR failed</source>
        <translation>OCR 失败</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="1225"/>
        <source>Found %n text region(s).</source>
        <translation>
            <numerusform>找到 %n 个文本区域。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="1184"/>
        <source>Read the text of %n region(s).</source>
        <translation>
            <numerusform>已读取 %n 个区域的文本。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1267"/>
        <source>GlyphLab found an automatic save it cannot read (%1).</source>
        <translation>GlyphLab 发现了一个无法读取的自动保存文件（%1）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="1273"/>
        <source>GlyphLab did not close properly last time. Recover the unsaved work on “%1” (%n region(s)), saved automatically at %2?</source>
        <translation>
            <numerusform>GlyphLab 上次未正常关闭。要恢复“%1”中未保存的工作（%n 个区域，自动保存于 %2）吗？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1291"/>
        <location filename="../ui/MainWindow.cpp" line="1296"/>
        <source>Cannot recover</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1304"/>
        <source>Recovered the automatic save. Save it (Ctrl+S) to keep it.</source>
        <translation>已恢复自动保存的内容。请保存（Ctrl+S）以保留它。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1331"/>
        <source>Open Photo</source>
        <translation>打开照片</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1332"/>
        <source>Images (%1);;All files (*)</source>
        <translation>图像 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1036"/>
        <source>Export Restored Crop</source>
        <translation>导出复原后的裁剪图</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1036"/>
        <location filename="../ui/MainWindow.cpp" line="1053"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1341"/>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1351"/>
        <source>About GlyphLab</source>
        <translation>关于 GlyphLab</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1399"/>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1410"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1424"/>
        <source>The language changes the next time GlyphLab starts.</source>
        <translation>语言将在下次启动 GlyphLab 时更改。</translation>
    </message>
</context>
<context>
    <name>MaskOverlayCanvas</name>
    <message>
        <location filename="../widgets/MaskOverlayCanvas.cpp" line="58"/>
        <source>line mask 0 → 1</source>
        <translation>行掩码 0 → 1</translation>
    </message>
    <message>
        <location filename="../widgets/MaskOverlayCanvas.cpp" line="159"/>
        <source>A %1×%2 mask was stretched over the %3×%4 crop; its shape differs, so it may be misplaced.</source>
        <translation>一个 %1×%2 的掩码被拉伸覆盖到 %3×%4 的裁剪图上；二者形状不同，位置可能有偏差。</translation>
    </message>
    <message>
        <location filename="../widgets/MaskOverlayCanvas.cpp" line="119"/>
        <source>No run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <location filename="../widgets/MaskOverlayCanvas.cpp" line="232"/>
        <source>character %1</source>
        <translation>字符 %1</translation>
    </message>
</context>
<context>
    <name>MaskOverlayView</name>
    <message>
        <location filename="../widgets/MaskOverlayView.cpp" line="21"/>
        <source>The crop with the line mask (heat map) and the character masks (one colour per character) blended over it</source>
        <translation>叠加了行掩码（热力图）和字符掩码（每个字符一种颜色）的裁剪图</translation>
    </message>
    <message>
        <location filename="../widgets/MaskOverlayView.cpp" line="24"/>
        <source>&amp;Line mask</source>
        <translation>行掩码(&amp;L)</translation>
    </message>
    <message>
        <location filename="../widgets/MaskOverlayView.cpp" line="27"/>
        <source>Show where the model thinks the text line is</source>
        <translation>显示模型认为文本行所在的位置</translation>
    </message>
    <message>
        <location filename="../widgets/MaskOverlayView.cpp" line="28"/>
        <source>&amp;Characters</source>
        <translation>字符(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/MaskOverlayView.cpp" line="31"/>
        <source>Show one coloured mask per character, labelled with what it was read as</source>
        <translation>为每个字符显示一个彩色掩码，并标注其识别结果</translation>
    </message>
    <message>
        <location filename="../widgets/MaskOverlayView.cpp" line="33"/>
        <source>&amp;Masks:</source>
        <translation>掩码(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../widgets/MaskOverlayView.cpp" line="36"/>
        <source>Where the masks come from</source>
        <translation>掩码的来源</translation>
    </message>
    <message>
        <location filename="../widgets/MaskOverlayView.cpp" line="43"/>
        <source>&amp;Opacity</source>
        <translation>不透明度(&amp;O)</translation>
    </message>
    <message>
        <location filename="../widgets/MaskOverlayView.cpp" line="49"/>
        <source>How strongly the masks cover the crop</source>
        <translation>掩码覆盖裁剪图的强度</translation>
    </message>
    <message>
        <location filename="../widgets/MaskOverlayView.cpp" line="51"/>
        <source>Mask opacity</source>
        <translation>掩码不透明度</translation>
    </message>
</context>
<context>
    <name>MethodPanel</name>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="61"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="62"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="63"/>
        <source>Method options</source>
        <translation>方法选项</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="65"/>
        <source>Restore &amp;current</source>
        <translation>复原当前(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="66"/>
        <source>Restore &amp;selected</source>
        <translation>复原所选(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="67"/>
        <source>Restore &amp;all</source>
        <translation>全部复原(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="79"/>
        <source>The restoration method to run on the regions</source>
        <translation>要对区域运行的复原方法</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="82"/>
        <source>How many times larger the result is than the region</source>
        <translation>结果相对区域放大的倍数</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="85"/>
        <source>Sampling steps of an iterative method: more steps, slower and usually cleaner</source>
        <translation>迭代方法的采样步数：步数越多越慢，结果通常也越干净</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="87"/>
        <source>The random seed: the same seed and options give the same result</source>
        <translation>随机种子：相同的种子和选项会得到相同的结果</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="88"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="89"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="90"/>
        <source>CUDA (GPU)</source>
        <translation>CUDA（GPU）</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="91"/>
        <source>Where to run: Automatic uses the GPU when there is one</source>
        <translation>运行位置：“自动”在有 GPU 时使用 GPU</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="92"/>
        <source>Fast, Balanced and Best set the steps and scale; your own presets keep every option</source>
        <translation>“快速”“均衡”和“最佳”会设置步数和缩放倍数；你自己的预设会保留所有选项</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="93"/>
        <source>Save the current method and options as a named preset</source>
        <translation>将当前方法和选项保存为命名预设</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="94"/>
        <source>Remove the chosen user preset</source>
        <translation>移除所选的用户预设</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="95"/>
        <source>Restore the current region (Ctrl+R)</source>
        <translation>复原当前区域（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="96"/>
        <source>Restore every selected region (Ctrl+Shift+R)</source>
        <translation>复原每个所选区域（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="97"/>
        <source>Restore every region of the photo (Ctrl+Alt+R)</source>
        <translation>复原照片中的每个区域（Ctrl+Alt+R）</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="100"/>
        <source>&amp;Method:</source>
        <translation>方法(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="106"/>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="107"/>
        <source>&amp;Scale:</source>
        <translation>缩放(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="108"/>
        <source>S&amp;teps:</source>
        <translation>步数(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="109"/>
        <source>S&amp;eed:</source>
        <translation>种子(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="110"/>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="201"/>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="313"/>
        <source>Fast</source>
        <translation>快速</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="313"/>
        <source>Balanced</source>
        <translation>均衡</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="313"/>
        <source>Best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="379"/>
        <source>Choose a preset…</source>
        <translation>选择预设…</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="401"/>
        <source>Save Preset</source>
        <translation>保存预设</translation>
    </message>
    <message>
        <location filename="../ui/MethodPanel.cpp" line="402"/>
        <source>Name of the preset:</source>
        <translation>预设名称：</translation>
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
        <location filename="../inference/MethodRunner.cpp" line="72"/>
        <source>Out of memory while running %1: choose a smaller region.</source>
        <translation>运行 %1 时内存不足：请选择更小的区域。</translation>
    </message>
    <message>
        <location filename="../inference/MethodRunner.cpp" line="76"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
</context>
<context>
    <name>ModelLocator</name>
    <message>
        <location filename="../inference/ModelLocator.cpp" line="27"/>
        <source>The model file %1 was not found in %2. Train it with glyphlab-cli train, or set GLYPHLAB_MODELS.</source>
        <translation>在 %2 中未找到模型文件 %1。请用 glyphlab-cli train 训练，或设置 GLYPHLAB_MODELS。</translation>
    </message>
</context>
<context>
    <name>ModelManifest</name>
    <message>
        <location filename="../inference/ModelManifest.cpp" line="17"/>
        <source>The model manifest %1 cannot be read: %2</source>
        <translation>无法读取模型清单 %1：%2</translation>
    </message>
    <message>
        <location filename="../inference/ModelManifest.cpp" line="21"/>
        <source>The model manifest %1 is not valid JSON: %2</source>
        <translation>模型清单 %1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <location filename="../inference/ModelManifest.cpp" line="24"/>
        <source>%1 is not a GlyphLab model manifest.</source>
        <translation>%1 不是 GlyphLab 模型清单。</translation>
    </message>
    <message>
        <location filename="../inference/ModelManifest.cpp" line="63"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../inference/ModelManifest.cpp" line="94"/>
        <source>%1 describes a &quot;%2&quot; model, not &quot;%3&quot;.</source>
        <translation>%1 描述的是“%2”模型，而不是“%3”。</translation>
    </message>
    <message>
        <location filename="../inference/ModelManifest.cpp" line="108"/>
        <source>%1 was trained with %2 = %3, but this program builds %4: the weights do not match this version of GlyphLab.</source>
        <translation>%1 训练时使用 %2 = %3，但本程序构建的是 %4：权重与此版本的 GlyphLab 不匹配。</translation>
    </message>
    <message>
        <location filename="../inference/ModelManifest.cpp" line="100"/>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <location filename="../inference/ModelManifest.cpp" line="102"/>
        <source>%1 was trained with another recognizer than the crnn.json in use (SHA-256 of the CRNN weights: trained with %2, in use %3): install the crnn.json and crnn.pt it was trained with, or train it again with this one (glyphlab-cli train … --recognizer crnn.json).</source>
        <translation>%1 是用另一个识别器训练的，而不是当前使用的 crnn.json（CRNN 权重的 SHA-256：训练时 %2，当前 %3）：请安装训练它时所用的 crnn.json 和 crnn.pt，或用当前识别器重新训练（glyphlab-cli train … --recognizer crnn.json）。</translation>
    </message>
    <message>
        <location filename="../inference/ModelManifest.cpp" line="130"/>
        <source>%1 lists no &quot;%2&quot; weights: that part of the model has not been trained yet.</source>
        <translation>%1 未列出“%2”权重：模型的这一部分尚未训练。</translation>
    </message>
    <message>
        <location filename="../inference/ModelManifest.cpp" line="84"/>
        <location filename="../inference/ModelManifest.cpp" line="124"/>
        <source>The weights file %1 named by %2 is missing.</source>
        <translation>%2 所指定的权重文件 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../inference/ModelManifest.cpp" line="86"/>
        <location filename="../inference/ModelManifest.cpp" line="126"/>
        <source>The weights file %1 is damaged or was replaced (its checksum does not match %2).</source>
        <translation>权重文件 %1 已损坏或被替换（其校验和与 %2 不符）。</translation>
    </message>
</context>
<context>
    <name>ModuleWeights</name>
    <message>
        <location filename="../inference/ModuleWeights.cpp" line="56"/>
        <source>Cannot write %1: does its folder exist, and may it be written to?</source>
        <translation>无法写入 %1：其文件夹是否存在，是否可写？</translation>
    </message>
    <message>
        <location filename="../inference/ModuleWeights.cpp" line="60"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../inference/ModuleWeights.cpp" line="66"/>
        <source>The weights file %1 does not exist.</source>
        <translation>权重文件 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../inference/ModuleWeights.cpp" line="84"/>
        <source>The weights file %1 does not fit this model: it holds tensor %2, which this model does not have.</source>
        <translation>权重文件 %1 与此模型不匹配：其中的张量 %2 是此模型所没有的。</translation>
    </message>
    <message>
        <location filename="../inference/ModuleWeights.cpp" line="88"/>
        <source>The weights file %1 cannot be loaded (damaged, or for another model): %2</source>
        <translation>无法加载权重文件 %1（已损坏，或属于其他模型）：%2</translation>
    </message>
    <message>
        <location filename="../inference/ModuleWeights.cpp" line="95"/>
        <source>The weights file %1 does not fit this model: tensor %2 has another shape.</source>
        <translation>权重文件 %1 与此模型不匹配：张量 %2 的形状不同。</translation>
    </message>
</context>
<context>
    <name>OcrBoxCanvas</name>
    <message>
        <location filename="../widgets/OcrBoxCanvas.cpp" line="27"/>
        <source>Text found by OCR</source>
        <translation>OCR 找到的文本</translation>
    </message>
    <message>
        <location filename="../widgets/OcrBoxCanvas.cpp" line="145"/>
        <source>No run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <location filename="../widgets/OcrBoxCanvas.cpp" line="318"/>
        <source>Click a box to select it (Tab, N/P); wheel zooms, drag pans, 0 fits</source>
        <translation>单击文本框以选中（Tab、N/P）；滚轮缩放，拖动平移，0 适应</translation>
    </message>
    <message>
        <location filename="../widgets/OcrBoxCanvas.cpp" line="322"/>
        <source>“%1”
confidence %2</source>
        <translation>“%1”
置信度 %2</translation>
    </message>
    <message>
        <location filename="../widgets/OcrBoxCanvas.cpp" line="323"/>
        <source>(detected, not read)</source>
        <translation>（已检测，未识别）</translation>
    </message>
</context>
<context>
    <name>OcrEngineFactory</name>
    <message>
        <location filename="../inference/OcrEngineFactory.cpp" line="43"/>
        <source>unknown OCR engine &quot;%1&quot;; available: %2.</source>
        <translation>未知 OCR 引擎“%1”；可用：%2。</translation>
    </message>
</context>
<context>
    <name>OcrOverlayView</name>
    <message>
        <location filename="../widgets/OcrOverlayView.cpp" line="36"/>
        <source>Before:</source>
        <translation>之前：</translation>
    </message>
    <message>
        <location filename="../widgets/OcrOverlayView.cpp" line="37"/>
        <source>After:</source>
        <translation>之后：</translation>
    </message>
    <message>
        <location filename="../widgets/OcrOverlayView.cpp" line="48"/>
        <source>Reading of the input (before) and of the result (after), aligned per character: amber = substituted, green = inserted, red struck = deleted, · = nothing there</source>
        <translation>输入（之前）与结果（之后）的识别文本，按字符对齐：琥珀色 = 替换，绿色 = 插入，红色删除线 = 删除，· = 此处无字符</translation>
    </message>
    <message>
        <location filename="../widgets/OcrOverlayView.cpp" line="147"/>
        <source>Not read yet: Read Text (OCR), Ctrl+T, compares the readings before and after restoration here.</source>
        <translation>尚未读取：读取文字 (OCR)，Ctrl+T，会在此比较复原前后的识别结果。</translation>
    </message>
    <message>
        <location filename="../widgets/OcrOverlayView.cpp" line="176"/>
        <source>Same reading before and after.</source>
        <translation>前后识别结果相同。</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/OcrOverlayView.cpp" line="179"/>
        <source>%n change(s): </source>
        <translation>
            <numerusform>%n 处更改：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/OcrOverlayView.cpp" line="180"/>
        <source>%1 substituted, %2 inserted, %3 deleted</source>
        <translation>%1 处替换，%2 处插入，%3 处删除</translation>
    </message>
</context>
<context>
    <name>OcrPromptBuilder</name>
    <message>
        <location filename="../inference/OcrPromptBuilder.cpp" line="116"/>
        <source>No font to draw the glyph condition with: %1</source>
        <translation>没有可用于绘制字形条件的字体：%1</translation>
    </message>
    <message>
        <location filename="../inference/OcrPromptBuilder.cpp" line="119"/>
        <source>%1 is reserved for evaluation and cannot draw glyph conditions.</source>
        <translation>%1 保留用于评测，不能用于绘制字形条件。</translation>
    </message>
    <message>
        <location filename="../inference/OcrPromptBuilder.cpp" line="122"/>
        <source>Cannot load the font %1.</source>
        <translation>无法加载字体 %1。</translation>
    </message>
    <message>
        <location filename="../inference/OcrPromptBuilder.cpp" line="148"/>
        <source>Cannot build a text condition for a %1×%2 tile at ×%3.</source>
        <translation>无法为 ×%3 下 %1×%2 的图块构建文本条件。</translation>
    </message>
</context>
<context>
    <name>PingPongSchedule</name>
    <message>
        <location filename="../inference/PingPongSchedule.cpp" line="31"/>
        <source>The ping-pong period must be at least 1 step (got %1).</source>
        <translation>乒乓周期至少为 1 步（实际为 %1）。</translation>
    </message>
    <message>
        <location filename="../inference/PingPongSchedule.cpp" line="33"/>
        <source>The ping-pong start step must not be negative (got %1).</source>
        <translation>乒乓起始步不能为负（实际为 %1）。</translation>
    </message>
    <message>
        <location filename="../inference/PingPongSchedule.cpp" line="105"/>
        <source>Unknown ping-pong schedule &quot;%1&quot;; use one of: %2.</source>
        <translation>未知的乒乓调度“%1”；可选：%2。</translation>
    </message>
</context>
<context>
    <name>PlotPanel</name>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="52"/>
        <source>Drag to pan, wheel to zoom, double-click or 0 to fit; click to show that step; right-click to export</source>
        <translation>拖动平移，滚轮缩放，双击或按 0 适应；单击显示该步；右键导出</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="62"/>
        <location filename="../widgets/PlotPanel.cpp" line="288"/>
        <source>No run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="90"/>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="90"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="139"/>
        <source>Series “%1” not plotted: %2 x values but %3 y values.</source>
        <translation>未绘制序列“%1”：有 %2 个 x 值，却有 %3 个 y 值。</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="200"/>
        <source>Bars not plotted: %1 labels but %2 values.</source>
        <translation>未绘制柱状图：有 %1 个标签，却有 %2 个值。</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="357"/>
        <source>Right axis: %1</source>
        <translation>右轴：%1</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="380"/>
        <source>No file name given for the export.</source>
        <translation>未指定导出的文件名。</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="382"/>
        <source>Cannot export to %1: the folder %2 does not exist.</source>
        <translation>无法导出到 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="385"/>
        <source>Cannot export to %1: it is a folder.</source>
        <translation>无法导出到 %1：它是一个文件夹。</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="405"/>
        <source>Could not write the PNG file %1.</source>
        <translation>无法写入 PNG 文件 %1。</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="423"/>
        <source>Could not write the PDF file %1.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="444"/>
        <source>Fit to Data</source>
        <translation>适应数据</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="447"/>
        <source>Export Plot as PDF</source>
        <translation>将图表导出为 PDF</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="447"/>
        <source>Export Plot as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="448"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="448"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="455"/>
        <source>Export as PNG…</source>
        <translation>导出为 PNG…</translation>
    </message>
    <message>
        <location filename="../widgets/PlotPanel.cpp" line="456"/>
        <source>Export as PDF…</source>
        <translation>导出为 PDF…</translation>
    </message>
</context>
<context>
    <name>PpOcrEngine</name>
    <message>
        <location filename="../inference/PpOcrEngine.cpp" line="132"/>
        <source>The PP-OCR models (%1) were not found; looked in: %2. Fetch them with packaging/fetch-ppocr-models.sh FOLDER (installed as share/glyphlab/tools/fetch-ppocr-models.sh), or set GLYPHLAB_MODELS to a folder whose ppocr subfolder holds them.</source>
        <translation>未找到 PP-OCR 模型（%1）；已查找：%2。请用 packaging/fetch-ppocr-models.sh 目录 获取（安装位置为 share/glyphlab/tools/fetch-ppocr-models.sh），或将 GLYPHLAB_MODELS 设为其 ppocr 子文件夹中包含这些模型的文件夹。</translation>
    </message>
    <message>
        <location filename="../inference/PpOcrEngine.cpp" line="159"/>
        <source>OpenCV could not load the PP-OCR model %1.</source>
        <translation>OpenCV 无法加载 PP-OCR 模型 %1。</translation>
    </message>
    <message>
        <location filename="../inference/PpOcrEngine.cpp" line="164"/>
        <source>The PP-OCR model %1 could not be loaded (is it the file written by fetch-ppocr-models.sh?): %2</source>
        <translation>无法加载 PP-OCR 模型 %1（它是 fetch-ppocr-models.sh 写入的文件吗？）：%2</translation>
    </message>
    <message>
        <location filename="../inference/PpOcrEngine.cpp" line="176"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../inference/PpOcrEngine.cpp" line="181"/>
        <source>The PP-OCR character list %1 is empty.</source>
        <translation>PP-OCR 字符列表 %1 为空。</translation>
    </message>
    <message>
        <location filename="../inference/PpOcrEngine.cpp" line="206"/>
        <source>The PP-OCR model %1 failed to run (wrong model or input size?): %2</source>
        <translation>PP-OCR 模型 %1 运行失败（模型或输入尺寸有误？）：%2</translation>
    </message>
    <message>
        <location filename="../inference/PpOcrEngine.cpp" line="228"/>
        <source>The PP-OCR recognizer %1 gives output of shape (%2), expected (1, steps, %3) to match the %4 characters of %5.</source>
        <translation>PP-OCR 识别器 %1 的输出形状为 (%2)，应为 (1, steps, %3)，以匹配 %5 的 %4 个字符。</translation>
    </message>
    <message>
        <location filename="../inference/PpOcrEngine.cpp" line="252"/>
        <source>The PP-OCR detector %1 gives %2 values, expected a 640×640 probability map.</source>
        <translation>PP-OCR 检测器 %1 输出了 %2 个值，应为 640×640 的概率图。</translation>
    </message>
    <message>
        <location filename="../inference/PpOcrEngine.cpp" line="348"/>
        <source>PP-OCRv4 (OpenCV DNN)</source>
        <translation>PP-OCRv4（OpenCV DNN）</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../inference/Project.cpp" line="19"/>
        <source>Region %1</source>
        <translation>区域 %1</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <location filename="../inference/ProjectFile.cpp" line="130"/>
        <source>It is not a GlyphLab project.</source>
        <translation>这不是 GlyphLab 项目。</translation>
    </message>
    <message>
        <location filename="../inference/ProjectFile.cpp" line="135"/>
        <source>It was written by a newer GlyphLab (format %1; this version reads up to %2).</source>
        <translation>它由更新版本的 GlyphLab 写入（格式 %1；此版本最高可读取 %2）。</translation>
    </message>
    <message>
        <location filename="../inference/ProjectFile.cpp" line="163"/>
        <source>Region %1 has no valid id or rectangle.</source>
        <translation>区域 %1 没有有效的 ID 或矩形。</translation>
    </message>
    <message>
        <location filename="../inference/ProjectFile.cpp" line="185"/>
        <source>The result image of a run of region %1 is damaged.</source>
        <translation>区域 %1 某次运行的结果图像已损坏。</translation>
    </message>
    <message>
        <location filename="../inference/ProjectFile.cpp" line="199"/>
        <location filename="../inference/ProjectFile.cpp" line="204"/>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>无法写入“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../inference/ProjectFile.cpp" line="215"/>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>无法读取“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../inference/ProjectFile.cpp" line="222"/>
        <source>&quot;%1&quot; is not a GlyphLab project: %2.</source>
        <translation>“%1”不是 GlyphLab 项目：%2。</translation>
    </message>
    <message>
        <location filename="../inference/ProjectFile.cpp" line="228"/>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ProjectRecovery</name>
    <message>
        <location filename="../ui/ProjectRecovery.cpp" line="36"/>
        <source>Cannot write the recovery file &quot;%1&quot;: %2.</source>
        <translation>无法写入恢复文件“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../ui/ProjectRecovery.cpp" line="47"/>
        <source>Cannot read the recovery file &quot;%1&quot;: %2.</source>
        <translation>无法读取恢复文件“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../ui/ProjectRecovery.cpp" line="55"/>
        <source>The recovery file is damaged: %1</source>
        <translation>恢复文件已损坏：%1</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="16"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="17"/>
        <source>Cancel &amp;all</source>
        <translation>全部取消(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="18"/>
        <source>C&amp;lear list</source>
        <translation>清空列表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="24"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="24"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="24"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="24"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="37"/>
        <source>The regions waiting, running and done in this session</source>
        <translation>本次会话中等待、运行和已完成的区域</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="40"/>
        <source>Regions finished out of all queued</source>
        <translation>已完成区域占全部排队区域的比例</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="41"/>
        <source>Stop the region that is running now (Esc)</source>
        <translation>停止当前正在运行的区域（Esc）</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="42"/>
        <source>Stop the running region and drop the waiting ones (Shift+Esc)</source>
        <translation>停止正在运行的区域并丢弃等待中的区域（Shift+Esc）</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="43"/>
        <source>Remove the finished rows</source>
        <translation>移除已完成的行</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="91"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="99"/>
        <source>Running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="127"/>
        <source>Nothing queued.</source>
        <translation>队列为空。</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="127"/>
        <source>%1 of %2 region(s) done</source>
        <translation>已完成 %1/%2 个区域</translation>
    </message>
</context>
<context>
    <name>RegionExporter</name>
    <message>
        <location filename="../inference/RegionExporter.cpp" line="80"/>
        <source>Region “%1” has no restored result to export.</source>
        <translation>区域“%1”没有可导出的复原结果。</translation>
    </message>
    <message>
        <location filename="../inference/RegionExporter.cpp" line="86"/>
        <location filename="../inference/RegionExporter.cpp" line="141"/>
        <source>&quot;%1&quot; is the photo you opened; GlyphLab never writes over its input. Choose another name.</source>
        <translation>“%1”是已打开的照片；GlyphLab 从不覆盖其输入。请另选一个名称。</translation>
    </message>
    <message>
        <location filename="../inference/RegionExporter.cpp" line="96"/>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>无法写入“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../inference/RegionExporter.cpp" line="116"/>
        <source>No region has a restored result yet.</source>
        <translation>还没有任何区域有复原结果。</translation>
    </message>
    <message>
        <location filename="../inference/RegionExporter.cpp" line="147"/>
        <source>There is no photo to export.</source>
        <translation>没有可导出的照片。</translation>
    </message>
</context>
<context>
    <name>RegionListModel</name>
    <message>
        <location filename="../ui/RegionListModel.cpp" line="63"/>
        <source>Not restored</source>
        <translation>未复原</translation>
    </message>
    <message>
        <location filename="../ui/RegionListModel.cpp" line="64"/>
        <source>Queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <location filename="../ui/RegionListModel.cpp" line="65"/>
        <source>Running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <location filename="../ui/RegionListModel.cpp" line="66"/>
        <source>Restored</source>
        <translation>已复原</translation>
    </message>
    <message>
        <location filename="../ui/RegionListModel.cpp" line="67"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/RegionListModel.cpp" line="106"/>
        <source>%1 at (%2, %3). F2 or double click renames it.</source>
        <translation>%1 位于 (%2, %3)。按 F2 或双击可重命名。</translation>
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
            <numerusform>%1（%n 次运行）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RegionListModel.cpp" line="120"/>
        <source>%1, ×%2, %3 s on %4</source>
        <translation>%1，×%2，在 %4 上用时 %3 秒</translation>
    </message>
    <message>
        <location filename="../ui/RegionListModel.cpp" line="153"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../ui/RegionListModel.cpp" line="154"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/RegionListModel.cpp" line="155"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/RegionListModel.cpp" line="156"/>
        <source>OCR before</source>
        <translation>复原前 OCR</translation>
    </message>
    <message>
        <location filename="../ui/RegionListModel.cpp" line="157"/>
        <source>OCR after</source>
        <translation>复原后 OCR</translation>
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
    <name>ResultViewsController</name>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="79"/>
        <source>Export Plot as PNG…</source>
        <translation>将图表导出为 PNG…</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="80"/>
        <source>Export Plot as PDF…</source>
        <translation>将图表导出为 PDF…</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="98"/>
        <source>Steps of the current region</source>
        <translation>当前区域的步骤</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="98"/>
        <source>Time per region (s)</source>
        <translation>每个区域的时间（秒）</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="98"/>
        <source>OCR confidence per region</source>
        <translation>每个区域的 OCR 置信度</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="99"/>
        <source>Plot the values of each step of the current region&apos;s latest run, or one bar per region</source>
        <translation>绘制当前区域最近一次运行各步骤的数值，或每个区域一根柱</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="110"/>
        <location filename="../ui/ResultViewsController.cpp" line="291"/>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="110"/>
        <location filename="../ui/ResultViewsController.cpp" line="291"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="113"/>
        <source>Input, training-free</source>
        <translation>输入，免训练</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="113"/>
        <source>Result, training-free</source>
        <translation>结果，免训练</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="113"/>
        <source>GlyphSR prediction</source>
        <translation>GlyphSR 预测</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="115"/>
        <source>Training-free: masks found in the pixels alone (two colour clusters, the background owns the border; characters are the connected ink), for the input crop or the restored result. GlyphSR prediction: the masks GlyphSR&apos;s glyph perception module predicted in its latest run on this region.</source>
        <translation>免训练：仅从像素中得到的掩码（两个颜色簇，背景占据边缘；字符是相连的笔墨），用于输入裁剪图或复原结果。GlyphSR 预测：GlyphSR 的字形感知模块在该区域最近一次运行中预测的掩码。</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="316"/>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="316"/>
        <source>OCR confidence</source>
        <translation>OCR 置信度</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="317"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="347"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="347"/>
        <source>%1×%2 px</source>
        <translation>%1×%2 像素</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="376"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="377"/>
        <source>%1 s on %2</source>
        <translation>在 %2 上用时 %1 秒</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="378"/>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="388"/>
        <source>Select a region to see its glyph masks.</source>
        <translation>选择一个区域以查看其字形掩码。</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="395"/>
        <source>No GlyphSR masks for this region yet: choose GlyphSR in the Method panel and restore the region. (The masks of a run are kept until the project is closed.)</source>
        <translation>该区域尚无 GlyphSR 掩码：请在方法面板中选择 GlyphSR 并复原该区域。（运行的掩码会保留到项目关闭为止。）</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="403"/>
        <source>Restore the region first: these masks are extracted from its result.</source>
        <translation>请先复原该区域：这些掩码是从其结果中提取的。</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="454"/>
        <source>No text found in this crop: it has no two colours to tell apart.</source>
        <translation>此裁剪图中未找到文本：没有可区分的两种颜色。</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="551"/>
        <source>Export Plot as PDF</source>
        <translation>将图表导出为 PDF</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="551"/>
        <source>Export Plot as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="555"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="555"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="561"/>
        <source>The plot could not be exported.</source>
        <translation>无法导出图表。</translation>
    </message>
    <message>
        <location filename="../ui/ResultViewsController.cpp" line="563"/>
        <source>Plot saved to %1.</source>
        <translation>图表已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>SceneShardReader</name>
    <message>
        <location filename="../inference/SceneShardReader.cpp" line="22"/>
        <source>scene %1 is damaged.</source>
        <translation>场景 %1 已损坏。</translation>
    </message>
    <message>
        <location filename="../inference/SceneShardReader.cpp" line="60"/>
        <source>%1 contains no scene shards (*.glsc). Make them with glyphlab-cli synth --mode scene.</source>
        <translation>%1 中没有场景分片（*.glsc）。请用 glyphlab-cli synth --mode scene 生成。</translation>
    </message>
</context>
<context>
    <name>SceneShardWriter</name>
    <message>
        <location filename="../inference/SceneShardWriter.cpp" line="19"/>
        <source>A scene does not have the shard&apos;s image sizes.</source>
        <translation>某个场景的图像尺寸与分片不一致。</translation>
    </message>
</context>
<context>
    <name>SceneSynthesizer</name>
    <message>
        <location filename="../inference/SceneSynthesizer.cpp" line="101"/>
        <source>A scene tile of %1 pixels cannot be reduced by the scale %2.</source>
        <translation>%1 像素的场景图块无法按缩放倍数 %2 缩小。</translation>
    </message>
    <message>
        <location filename="../inference/SceneSynthesizer.cpp" line="104"/>
        <source>A scene needs room for at least one line of one character.</source>
        <translation>场景至少需要容纳一行一个字符的空间。</translation>
    </message>
    <message>
        <location filename="../inference/SceneSynthesizer.cpp" line="255"/>
        <source>No text line fits on scene %1.</source>
        <translation>场景 %1 上放不下任何文本行。</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <location filename="../app/ScheduleCommand.cpp" line="31"/>
        <source>Print GLYPH-SR&apos;s ping-pong schedule: one line per sampling step with the step, λ_t (0 text-centric, 1 image-centric) and the branch that leads, separated by tabs.</source>
        <translation>输出 GLYPH-SR 的乒乓调度：每个采样步一行，包含步号、λ_t（0 以文本为中心，1 以图像为中心）和主导分支，以制表符分隔。</translation>
    </message>
    <message>
        <location filename="../app/ScheduleCommand.cpp" line="33"/>
        <source>square (the paper&apos;s), text, image, linear or cosine.</source>
        <translation>square（论文中的）、text、image、linear 或 cosine。</translation>
    </message>
    <message>
        <location filename="../app/ScheduleCommand.cpp" line="35"/>
        <source>Steps per half-period τ of the square wave.</source>
        <translation>方波每半个周期 τ 的步数。</translation>
    </message>
    <message>
        <location filename="../app/ScheduleCommand.cpp" line="37"/>
        <source>First step t0 of the wave or ramp; earlier steps are image-centric.</source>
        <translation>波形或斜坡的起始步 t0；之前的步以图像为中心。</translation>
    </message>
    <message>
        <location filename="../app/ScheduleCommand.cpp" line="39"/>
        <source>Number of sampling steps.</source>
        <translation>采样步数。</translation>
    </message>
    <message>
        <location filename="../app/ScheduleCommand.cpp" line="49"/>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <location filename="../app/ScheduleCommand.cpp" line="57"/>
        <source>--period must be a whole number from 1 to 1000 (got &quot;%1&quot;).</source>
        <translation>--period 必须是 1 到 1000 的整数（实际为“%1”）。</translation>
    </message>
    <message>
        <location filename="../app/ScheduleCommand.cpp" line="60"/>
        <source>--start must be a whole number from 0 to 1000 (got &quot;%1&quot;).</source>
        <translation>--start 必须是 0 到 1000 的整数（实际为“%1”）。</translation>
    </message>
    <message>
        <location filename="../app/ScheduleCommand.cpp" line="63"/>
        <source>--steps must be a whole number from 1 to 1000 (got &quot;%1&quot;).</source>
        <translation>--steps 必须是 1 到 1000 的整数（实际为“%1”）。</translation>
    </message>
</context>
<context>
    <name>ShardFile</name>
    <message>
        <location filename="../inference/ShardFile.cpp" line="11"/>
        <source>The data set shard %1 cannot be used: %2</source>
        <translation>无法使用数据集分片 %1：%2</translation>
    </message>
    <message>
        <location filename="../inference/ShardFile.cpp" line="34"/>
        <location filename="../inference/ShardFile.cpp" line="46"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../inference/ShardFile.cpp" line="64"/>
        <location filename="../inference/ShardFile.cpp" line="70"/>
        <source>it is not a GlyphLab shard.</source>
        <translation>它不是 GlyphLab 分片。</translation>
    </message>
    <message>
        <location filename="../inference/ShardFile.cpp" line="67"/>
        <source>it holds scene tiles, not text lines (glyphlab-cli synth --mode scene).</source>
        <translation>它包含场景图块，而非文本行（glyphlab-cli synth --mode scene）。</translation>
    </message>
    <message>
        <location filename="../inference/ShardFile.cpp" line="69"/>
        <source>it holds text lines, not scene tiles (glyphlab-cli synth --mode line).</source>
        <translation>它包含文本行，而非场景图块（glyphlab-cli synth --mode line）。</translation>
    </message>
    <message>
        <location filename="../inference/ShardFile.cpp" line="73"/>
        <source>it has format version %1; this program reads version %2.</source>
        <translation>它的格式版本为 %1；本程序读取版本 %2。</translation>
    </message>
    <message>
        <location filename="../inference/ShardFile.cpp" line="76"/>
        <source>its header is damaged.</source>
        <translation>其文件头已损坏。</translation>
    </message>
    <message>
        <location filename="../inference/ShardFile.cpp" line="81"/>
        <source>it is truncated.</source>
        <translation>文件不完整。</translation>
    </message>
    <message>
        <location filename="../inference/ShardFile.cpp" line="83"/>
        <source>its checksum does not match (the file is damaged).</source>
        <translation>校验和不匹配（文件已损坏）。</translation>
    </message>
</context>
<context>
    <name>SplitComparisonView</name>
    <message>
        <location filename="../widgets/SplitComparisonView.cpp" line="25"/>
        <source>Input left of the line, result right of it. Drag the line (or Left/Right) to move it; drag elsewhere to pan; wheel or +/- to zoom; 0 or double-click to fit.</source>
        <translation>分割线左侧为输入，右侧为结果。拖动分割线（或按左/右方向键）可移动它；在其他位置拖动可平移；滚轮或 +/- 缩放；按 0 或双击适应。</translation>
    </message>
    <message>
        <location filename="../widgets/SplitComparisonView.cpp" line="27"/>
        <source>Input and result comparison</source>
        <translation>输入与结果对比</translation>
    </message>
    <message>
        <location filename="../widgets/SplitComparisonView.cpp" line="155"/>
        <source>No run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <location filename="../widgets/SplitComparisonView.cpp" line="170"/>
        <source>No result yet</source>
        <translation>尚无结果</translation>
    </message>
    <message>
        <location filename="../widgets/SplitComparisonView.cpp" line="191"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../widgets/SplitComparisonView.cpp" line="191"/>
        <source>Input %1×%2</source>
        <translation>输入 %1×%2</translation>
    </message>
    <message>
        <location filename="../widgets/SplitComparisonView.cpp" line="193"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../widgets/SplitComparisonView.cpp" line="193"/>
        <source>Result %1×%2</source>
        <translation>结果 %1×%2</translation>
    </message>
</context>
<context>
    <name>StepTimeline</name>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="63"/>
        <source>No run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="64"/>
        <source>The current estimate (x̂₀) of the selected step</source>
        <translation>所选步骤的当前估计（x̂₀）</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="77"/>
        <source>Every step of the run; click one to show it</source>
        <translation>本次运行的每一步；单击某一步即可显示</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="85"/>
        <source>Step of the run (Left/Right, Home/End)</source>
        <translation>运行的步骤（左/右，Home/End）</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="86"/>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="92"/>
        <source>First step (Home)</source>
        <translation>第一步（Home）</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="94"/>
        <source>Previous step (Left)</source>
        <translation>上一步（左）</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="96"/>
        <location filename="../widgets/StepTimeline.cpp" line="380"/>
        <source>Play the steps (Space)</source>
        <translation>播放各步骤（空格）</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="98"/>
        <source>Next step (Right)</source>
        <translation>下一步（右）</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="100"/>
        <source>Newest step (End); keeps following new steps</source>
        <translation>最新一步（End）；持续跟随新步骤</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="112"/>
        <source> steps/s</source>
        <translation> 步/秒</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="113"/>
        <location filename="../widgets/StepTimeline.cpp" line="114"/>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="129"/>
        <source>What happened in this step</source>
        <translation>此步骤中发生了什么</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="135"/>
        <source>The text the model believes at this step; each character coloured by its confidence, red (unsure) to green (sure)</source>
        <translation>模型在此步骤认定的文本；每个字符按置信度着色，从红色（不确定）到绿色（确定）</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="140"/>
        <source>Which branch guided this step: the text prior or the image</source>
        <translation>引导此步骤的分支：文本先验还是图像</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="144"/>
        <source>λ_t: weight of the text guidance; noise: the noise level of this step (σ_t or ᾱ_t)</source>
        <translation>λ_t：文本引导的权重；噪声：此步骤的噪声水平（σ_t 或 ᾱ_t）</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="196"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="197"/>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="380"/>
        <source>Pause (Space)</source>
        <translation>暂停（空格）</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="382"/>
        <source>No steps</source>
        <translation>无步骤</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="386"/>
        <source>%1 / %2 · %3 s</source>
        <translation>%1 / %2 · %3 秒</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="428"/>
        <source>Believed text: %1</source>
        <translation>认定的文本：%1</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="434"/>
        <source>text-centric</source>
        <translation>以文本为主</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="434"/>
        <source>image-centric</source>
        <translation>以图像为主</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="446"/>
        <source>λ_t %1</source>
        <translation>λ_t %1</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="448"/>
        <source>noise %1</source>
        <translation>噪声 %1</translation>
    </message>
    <message>
        <location filename="../widgets/StepTimeline.cpp" line="454"/>
        <source>No run yet: the steps of a run appear here while it is going.</source>
        <translation>尚未运行：运行过程中各步骤会显示在这里。</translation>
    </message>
</context>
<context>
    <name>SynthCommand</name>
    <message>
        <location filename="../app/SynthCommand.cpp" line="24"/>
        <source>Generate text-line pairs (HR, degraded LR, glyph masks) or scene tiles (HR, degraded LR, text mask, word boxes) into shards.</source>
        <translation>生成文本行样本对（HR、退化后的 LR、字形掩码）或场景图块（HR、退化后的 LR、文本掩码、单词框），写入分片。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="26"/>
        <source>line (text-line crops) or scene (square tiles with several lines).</source>
        <translation>line（文本行裁剪图）或 scene（包含多行文本的正方形图块）。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="28"/>
        <source>Scene tile side in pixels (scene mode).</source>
        <translation>场景图块边长，单位为像素（scene 模式）。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="31"/>
        <source>Scene partition: all (cycled by index), cc, cd, dc or dd (clean/degraded glyphs, clean/degraded image).</source>
        <translation>场景划分：all（按索引轮换）、cc、cd、dc 或 dd（干净/退化的字形，干净/退化的图像）。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="34"/>
        <source>Folder for the shards (created if missing).</source>
        <translation>存放分片的文件夹（不存在时自动创建）。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="35"/>
        <source>Number of samples.</source>
        <translation>样本数量。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="36"/>
        <source>Seed; the same seed gives the same data.</source>
        <translation>种子；相同的种子生成相同的数据。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="37"/>
        <source>Degradation: easy, medium or hard.</source>
        <translation>退化程度：easy、medium 或 hard。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="38"/>
        <source>HR / LR size ratio: 2, 4 or 8 (lines, default 2); 4 or 8 (scenes, default 4).</source>
        <translation>HR / LR 尺寸比：2、4 或 8（文本行，默认 2）；4 或 8（场景，默认 4）。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="39"/>
        <source>High-resolution size, WxH.</source>
        <translation>高分辨率尺寸，宽x高。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="40"/>
        <source>training or evaluation fonts.</source>
        <translation>training 或 evaluation 字体。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="41"/>
        <source>training or evaluation words.</source>
        <translation>training 或 evaluation 单词。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="42"/>
        <source>Word list file, one word per line.</source>
        <translation>单词列表文件，每行一个单词。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="44"/>
        <source>Samples per shard.</source>
        <translation>每个分片的样本数。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="45"/>
        <source>Generator threads (default: all cores).</source>
        <translation>生成线程数（默认：全部核心）。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="46"/>
        <source>Samples shown in preview.png.</source>
        <translation>preview.png 中显示的样本数。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="57"/>
        <source>--output is required.</source>
        <translation>必须指定 --output。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="61"/>
        <source>--mode must be line or scene.</source>
        <translation>--mode 必须是 line 或 scene。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="67"/>
        <source>--count must be a whole number from 1 to 10000000.</source>
        <translation>--count 必须是 1 到 10000000 之间的整数。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="70"/>
        <source>--seed must be a non-negative whole number.</source>
        <translation>--seed 必须是非负整数。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="73"/>
        <source>--preset must be easy, medium or hard.</source>
        <translation>--preset 必须是 easy、medium 或 hard。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="77"/>
        <source>--scale must be 4 or 8 for scenes.</source>
        <translation>场景的 --scale 必须是 4 或 8。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="79"/>
        <source>--scale must be 2, 4 or 8.</source>
        <translation>--scale 必须是 2、4 或 8。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="83"/>
        <source>--tile must be a whole number from 64 to 2048, divisible by --scale.</source>
        <translation>--tile 必须是 64 到 2048 之间、能被 --scale 整除的整数。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="88"/>
        <source>--partition must be all, cc, cd, dc or dd.</source>
        <translation>--partition 必须是 all、cc、cd、dc 或 dd。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="92"/>
        <source>--hr-size must look like 128x32.</source>
        <translation>--hr-size 的格式应类似 128x32。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="95"/>
        <source>--hr-size must be divisible by --scale.</source>
        <translation>--hr-size 必须能被 --scale 整除。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="99"/>
        <source>--fonts and --words take training or evaluation.</source>
        <translation>--fonts 和 --words 只接受 training 或 evaluation。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="102"/>
        <source>--shard-size must be a positive whole number.</source>
        <translation>--shard-size 必须是正整数。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="107"/>
        <source>--threads must be a whole number from 1 to 256.</source>
        <translation>--threads 必须是 1 到 256 之间的整数。</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="117"/>
        <source>Generating %1 samples with %2 fonts and %3 words on %4 thread(s)...</source>
        <translation>正在用 %2 种字体和 %3 个单词在 %4 个线程上生成 %1 个样本…</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="121"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../app/SynthCommand.cpp" line="137"/>
        <source>Wrote %1 samples in %2 shard(s) in %3 s (%4 samples/s).</source>
        <translation>已在 %3 秒内写入 %1 个样本，共 %2 个分片（%4 个样本/秒）。</translation>
    </message>
</context>
<context>
    <name>TesseractOcrEngine</name>
    <message>
        <location filename="../inference/TesseractOcrEngine.cpp" line="61"/>
        <source>Tesseract could not load its English data (eng.traineddata); install the package tesseract-ocr-eng or set TESSDATA_PREFIX to the folder that holds it.</source>
        <translation>Tesseract 无法加载其英文数据（eng.traineddata）；请安装 tesseract-ocr-eng 软件包，或将 TESSDATA_PREFIX 设为包含该文件的文件夹。</translation>
    </message>
    <message>
        <location filename="../inference/TesseractOcrEngine.cpp" line="136"/>
        <source>Tesseract %1</source>
        <translation>Tesseract %1</translation>
    </message>
    <message>
        <location filename="../inference/TesseractOcrEngine.cpp" line="195"/>
        <source>Tesseract could not analyse the photo.</source>
        <translation>Tesseract 无法分析这张照片。</translation>
    </message>
</context>
<context>
    <name>TextCorpus</name>
    <message>
        <location filename="../inference/TextCorpus.cpp" line="54"/>
        <source>Cannot read the word list %1: %2 (Debian package wamerican).</source>
        <translation>无法读取单词列表 %1：%2（Debian 软件包 wamerican）。</translation>
    </message>
    <message>
        <location filename="../inference/TextCorpus.cpp" line="73"/>
        <source>The word list %1 contains no usable words.</source>
        <translation>单词列表 %1 中没有可用的单词。</translation>
    </message>
    <message>
        <location filename="../inference/TextCorpus.cpp" line="80"/>
        <source>The word list is empty.</source>
        <translation>单词列表为空。</translation>
    </message>
</context>
<context>
    <name>TextLineSynthesizer</name>
    <message>
        <location filename="../inference/TextLineSynthesizer.cpp" line="20"/>
        <source>The scale %1 leaves no low-resolution image of %2×%3.</source>
        <translation>缩放倍数 %1 使 %2×%3 无法得到低分辨率图像。</translation>
    </message>
    <message>
        <location filename="../inference/TextLineSynthesizer.cpp" line="41"/>
        <source>No font could draw sample %1.</source>
        <translation>没有字体能绘制样本 %1。</translation>
    </message>
</context>
<context>
    <name>TileBlender</name>
    <message>
        <location filename="../inference/TileBlender.cpp" line="15"/>
        <source>A blended image needs at least one channel (got %1).</source>
        <translation>混合图像至少需要一个通道（实际为 %1）。</translation>
    </message>
    <message>
        <location filename="../inference/TileBlender.cpp" line="52"/>
        <source>There is no tile %1 (the layout has %2).</source>
        <translation>不存在图块 %1（布局共有 %2 个）。</translation>
    </message>
    <message>
        <location filename="../inference/TileBlender.cpp" line="55"/>
        <source>Tile %1 should be 1×%2×%3×%3; it is %4.</source>
        <translation>图块 %1 应为 1×%2×%3×%3；实际为 %4。</translation>
    </message>
    <message>
        <location filename="../inference/TileBlender.cpp" line="60"/>
        <source>Tile %1 was already blended.</source>
        <translation>图块 %1 已经混合过。</translation>
    </message>
    <message>
        <location filename="../inference/TileBlender.cpp" line="85"/>
        <source>Only %1 of %2 tiles were blended; part of the region has no result.</source>
        <translation>仅混合了 %2 个图块中的 %1 个；区域的一部分没有结果。</translation>
    </message>
</context>
<context>
    <name>TileLayout</name>
    <message>
        <location filename="../inference/TileLayout.cpp" line="14"/>
        <source>Cannot tile an empty region (%1×%2).</source>
        <translation>无法对空区域（%1×%2）分块。</translation>
    </message>
    <message>
        <location filename="../inference/TileLayout.cpp" line="16"/>
        <source>The tile alignment must be at least 1 (got %1).</source>
        <translation>图块对齐值至少为 1（实际为 %1）。</translation>
    </message>
    <message>
        <location filename="../inference/TileLayout.cpp" line="18"/>
        <source>The tile size %1 must be a positive multiple of %2.</source>
        <translation>图块尺寸 %1 必须是 %2 的正整数倍。</translation>
    </message>
    <message>
        <location filename="../inference/TileLayout.cpp" line="20"/>
        <source>The region %1×%2 must be a multiple of %3 pixels on each side.</source>
        <translation>区域 %1×%2 的每条边都必须是 %3 像素的倍数。</translation>
    </message>
    <message>
        <location filename="../inference/TileLayout.cpp" line="25"/>
        <source>A tile overlap of %1 pixels does not fit tiles of %2 pixels.</source>
        <translation>%1 像素的图块重叠不适用于 %2 像素的图块。</translation>
    </message>
</context>
<context>
    <name>TorchRuntime</name>
    <message>
        <location filename="../inference/TorchRuntime.cpp" line="117"/>
        <source>CUDA was requested, but this LibTorch build has no CUDA or no GPU is visible; use --device cpu (or auto).</source>
        <translation>已请求使用 CUDA，但此 LibTorch 构建不支持 CUDA，或检测不到 GPU；请使用 --device cpu（或 auto）。</translation>
    </message>
    <message>
        <location filename="../inference/TorchRuntime.cpp" line="127"/>
        <source>Unknown device &quot;%1&quot;; use auto, cpu or cuda.</source>
        <translation>未知设备“%1”；请使用 auto、cpu 或 cuda。</translation>
    </message>
</context>
<context>
    <name>TrainCommand</name>
    <message>
        <location filename="../app/TrainCommand.cpp" line="25"/>
        <source>Data set folders made by synth, comma-separated.</source>
        <translation>由 synth 生成的数据集文件夹，以逗号分隔。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="26"/>
        <source>Folder for checkpoints, the loss log and the weights.</source>
        <translation>用于存放检查点、损失日志和权重的文件夹。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="27"/>
        <source>Optimizer steps.</source>
        <translation>优化器步数。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="28"/>
        <source>Batch size.</source>
        <translation>批大小。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="29"/>
        <source>Learning rate.</source>
        <translation>学习率。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="30"/>
        <source>Seed (initial weights and batch order).</source>
        <translation>种子（初始权重和批次顺序）。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="31"/>
        <source>auto, cpu or cuda.</source>
        <translation>auto、cpu 或 cuda。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="33"/>
        <source>difftsr: the training stage, idm, tdm or mom (in this order; mom needs the other two in the same output folder); glyph-sr: base, then text.</source>
        <translation>difftsr：训练阶段 idm、tdm 或 mom（按此顺序；mom 需要另外两个在同一输出文件夹中）；glyph-sr：先 base，再 text。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="36"/>
        <source>glyphsr: weight of the text-focus loss from the recognizer (default 0.02); glyph-sr, text stage: weight of the recognizer&apos;s CTC loss on the words of x̂0 (default 0, off; needs --recognizer).</source>
        <translation>glyphsr：识别器文本聚焦损失的权重（默认 0.02）；glyph-sr 文本阶段：识别器在 x̂0 的单词上的 CTC 损失权重（默认 0，关闭；需要 --recognizer）。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="37"/>
        <source>glyphsr: channels of the SR trunk (default 32).</source>
        <translation>glyphsr：SR 主干的通道数（默认 32）。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="38"/>
        <source>glyphsr: SR blocks, 4 to 16 (default 5; the glyph modules follow block 4).</source>
        <translation>glyphsr：SR 块数，4 到 16（默认 5；字形模块位于第 4 块之后）。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="39"/>
        <source>difftsr, idm or tdm stage: start from that stage&apos;s weights in this folder&apos;s difftsr.json (e.g. resources/models) instead of from scratch; crnn: from this folder&apos;s crnn.json; glyphsr: from its glyphsr.json.</source>
        <translation>difftsr 的 idm 或 tdm 阶段：从该文件夹 difftsr.json 中此阶段的权重开始（例如 resources/models），而不是从头训练；crnn：从该文件夹的 crnn.json 开始；glyphsr：从其 glyphsr.json 开始。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="40"/>
        <source>glyphsr: the part of each batch whose text prior is the true line written onto the CRNN&apos;s frames (default 0).</source>
        <translation>glyphsr：每批中以写到 CRNN 帧上的真实文本行作为文本先验的比例（默认 0）。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="41"/>
        <source>glyphsr: the part of each batch whose text prior is the CRNN&apos;s reading with the language model (default 0; needs --language-model).</source>
        <translation>glyphsr：每批中以 CRNN 结合语言模型的读取作为文本先验的比例（默认 0；需要 --language-model）。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="42"/>
        <source>glyphsr: a second CRNN manifest for the text-focus loss (e.g. one trained on sharp lines only, train crnn --low-share 0); default: the --recognizer.</source>
        <translation>glyphsr：用于文本聚焦损失的第二个 CRNN 清单（例如仅在清晰行上训练的模型，train crnn --low-share 0）；默认：--recognizer。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="43"/>
        <source>glyphsr: the language model&apos;s manifest (language-model.json) for --prior-language.</source>
        <translation>glyphsr：--prior-language 所用语言模型的清单（language-model.json）。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="45"/>
        <source>language-model: generated lines to count (default 200000).</source>
        <translation>language-model：要统计的生成行数（默认 200000）。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="46"/>
        <source>language-model: the n of the character n-grams, 2 to 9 (default 6).</source>
        <translation>language-model：字符 n 元语法的 n，2 到 9（默认 6）。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="61"/>
        <source>name one model to train: crnn, glyphsr, difftsr, glyph-sr or language-model.</source>
        <translation>请指定一个要训练的模型：crnn、glyphsr、difftsr、glyph-sr 或 language-model。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="65"/>
        <source>--lines and --order are for language-model.</source>
        <translation>--lines 和 --order 用于 language-model。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="70"/>
        <source>--from is for difftsr (its idm and tdm stages), crnn and glyphsr.</source>
        <translation>--from 用于 difftsr（其 idm 和 tdm 阶段）、crnn 和 glyphsr。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="73"/>
        <source>--prior-truth, --prior-language and --language-model are for glyphsr.</source>
        <translation>--prior-truth、--prior-language 和 --language-model 用于 glyphsr。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="75"/>
        <source>--focus-recognizer is for glyphsr.</source>
        <translation>--focus-recognizer 仅用于 glyphsr。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="148"/>
        <source>--prior-language needs --language-model language-model.json.</source>
        <translation>--prior-language 需要 --language-model language-model.json。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="177"/>
        <source>glyph-sr needs --stage base or text.</source>
        <translation>glyph-sr 需要 --stage base 或 text。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="192"/>
        <source>unknown model &quot;%1&quot;; choose crnn, glyphsr, difftsr, glyph-sr or language-model.</source>
        <translation>未知模型“%1”；请选择 crnn、glyphsr、difftsr、glyph-sr 或 language-model。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="202"/>
        <source>language-model needs --recognizer crnn.json (its beam search is tuned for that CRNN) and --output DIR.</source>
        <translation>language-model 需要 --recognizer crnn.json（其束搜索针对该 CRNN 调参）和 --output 目录。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="163"/>
        <source>difftsr needs --recognizer crnn.json (train crnn first).</source>
        <translation>difftsr 需要 --recognizer crnn.json（请先训练 crnn）。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="32"/>
        <source>glyphsr, difftsr: the CRNN manifest (crnn.json) for the text prior and the OCR losses; glyph-sr: for the text stage&apos;s text focus.</source>
        <translation>glyphsr、difftsr：用于文本先验和 OCR 损失的 CRNN 清单（crnn.json）；glyph-sr：用于文本阶段的文本聚焦。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="22"/>
        <source>Train a model: glyphlab-cli train crnn|glyphsr|difftsr|glyph-sr --data DIR[,DIR...] --output DIR
or glyphlab-cli train language-model --recognizer crnn.json --output DIR</source>
        <translation>训练模型：glyphlab-cli train crnn|glyphsr|difftsr|glyph-sr --data DIR[,DIR...] --output DIR
或 glyphlab-cli train language-model --recognizer crnn.json --output DIR</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="24"/>
        <source>crnn, glyphsr, difftsr, glyph-sr or language-model</source>
        <translation>crnn、glyphsr、difftsr、glyph-sr 或 language-model</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="165"/>
        <source>difftsr needs --stage idm, tdm or mom.</source>
        <translation>difftsr 需要 --stage idm、tdm 或 mom。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="34"/>
        <source>glyphsr ablation: without the text prior generator.</source>
        <translation>glyphsr 消融：不使用文本先验生成器。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="35"/>
        <source>glyphsr ablation: without GPM and GFM.</source>
        <translation>glyphsr 消融：不使用 GPM 和 GFM。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="44"/>
        <source>crnn: the part of each batch read from the bicubic-enlarged LR instead of the HR line (default 0.5).</source>
        <translation>crnn：每个批次中读取双三次放大的低分辨率图像（而非高分辨率文本行）的比例（默认 0.5）。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="47"/>
        <source>Steps between checkpoints.</source>
        <translation>检查点之间的步数。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="67"/>
        <source>--data and --output are required.</source>
        <translation>必须指定 --data 和 --output。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="77"/>
        <source>--low-share is for crnn.</source>
        <translation>--low-share 用于 crnn。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="114"/>
        <location filename="../app/TrainCommand.cpp" line="157"/>
        <location filename="../app/TrainCommand.cpp" line="171"/>
        <location filename="../app/TrainCommand.cpp" line="181"/>
        <location filename="../app/TrainCommand.cpp" line="187"/>
        <location filename="../app/TrainCommand.cpp" line="213"/>
        <source>a number option has an invalid value.</source>
        <translation>某个数值选项的值无效。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="119"/>
        <source>--low-share must be a number from 0 to 1.</source>
        <translation>--low-share 必须是 0 到 1 之间的数。</translation>
    </message>
    <message>
        <location filename="../app/TrainCommand.cpp" line="127"/>
        <source>glyphsr needs --recognizer crnn.json (train crnn first).</source>
        <translation>glyphsr 需要 --recognizer crnn.json（请先训练 crnn）。</translation>
    </message>
</context>
<context>
    <name>TrainingData</name>
    <message>
        <location filename="../inference/TrainingData.cpp" line="16"/>
        <source>The data set %1 has other image sizes than the ones before it.</source>
        <translation>数据集 %1 的图像尺寸与之前的不同。</translation>
    </message>
    <message>
        <location filename="../inference/TrainingData.cpp" line="25"/>
        <source>Too few training samples (%1).</source>
        <translation>训练样本太少（%1）。</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <location filename="../inference/TrainingSession.cpp" line="42"/>
        <source>%1 is damaged; delete it to start over.</source>
        <translation>%1 已损坏；请删除它以重新开始。</translation>
    </message>
    <message>
        <location filename="../inference/TrainingSession.cpp" line="51"/>
        <source>The optimizer state in %1 cannot be loaded: %2</source>
        <translation>无法加载 %1 中的优化器状态：%2</translation>
    </message>
    <message>
        <location filename="../inference/TrainingSession.cpp" line="55"/>
        <source>Resuming from the checkpoint at step %1.</source>
        <translation>从第 %1 步的检查点继续。</translation>
    </message>
    <message>
        <location filename="../inference/TrainingSession.cpp" line="69"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>TsControlModel</name>
    <message>
        <location filename="../inference/TsControlModel.cpp" line="30"/>
        <source>The GLYPH-SR architecture in the manifest is not one this program can build.</source>
        <translation>清单中的 GLYPH-SR 架构无法由本程序构建。</translation>
    </message>
</context>
<context>
    <name>TsControlTrainer</name>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="292"/>
        <source>Unknown GLYPH-SR stage &quot;%1&quot;; choose base or text.</source>
        <translation>未知的 GLYPH-SR 阶段“%1”；请选择 base 或 text。</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="294"/>
        <source>GLYPH-SR training needs at least one folder of scene shards (glyphlab-cli synth --mode scene).</source>
        <translation>GLYPH-SR 训练至少需要一个场景分片文件夹（glyphlab-cli synth --mode scene）。</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="302"/>
        <source>GLYPH-SR&apos;s text focus is for the text stage and needs a recognizer (--recognizer crnn.json).</source>
        <translation>GLYPH-SR 的文本聚焦用于文本阶段，并需要一个识别器（--recognizer crnn.json）。</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="321"/>
        <source>%1: the scene tiles are smaller than the %2-pixel training crop, or not all of one size.</source>
        <translation>%1：场景图块小于 %2 像素的训练裁剪，或大小不一。</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="327"/>
        <source>The GLYPH-SR training data has too few scene tiles.</source>
        <translation>GLYPH-SR 训练数据的场景图块太少。</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="335"/>
        <source>The text stage needs the base stage in %1 first.</source>
        <translation>text 阶段需要先在 %1 中完成 base 阶段。</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="338"/>
        <source>GLYPH-SR text: the text branch starts as a copy of the SR branch (%1 tensors).</source>
        <translation>GLYPH-SR text：文本分支以 SR 分支的副本开始（%1 个张量）。</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="348"/>
        <source>GLYPH-SR text: text focus %1 from the recognizer %2, on whole tiles.</source>
        <translation>GLYPH-SR 文本：来自识别器 %2 的文本聚焦 %1，在整个图块上。</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="353"/>
        <source>GLYPH-SR %1: %2 training and %3 validation tiles from %4 folder(s); %5.</source>
        <translation>GLYPH-SR %1：来自 %4 个文件夹的 %2 个训练图块和 %3 个验证图块；%5。</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="363"/>
        <source>GLYPH-SR %1: %2 trained parameters (backbone %3, SR branch %4, text branch %5).</source>
        <translation>GLYPH-SR %1：训练参数 %2 个（主干 %3，SR 分支 %4，文本分支 %5）。</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="424"/>
        <source>GLYPH-SR %1 step %2/%3: loss %4%5, %6 s/step</source>
        <translation>GLYPH-SR %1 第 %2/%3 步：损失 %4%5，%6 秒/步</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="426"/>
        <source> (recognizer CTC %1)</source>
        <translation>（识别器 CTC %1）</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="438"/>
        <source>GLYPH-SR %1 step %2: validation (one step from t = 100…900): PSNR %3 dB, on text %4 dB (bicubic %5 / %6)%7; checkpoint written.</source>
        <translation>GLYPH-SR %1 第 %2 步：验证（在 t = 100…900 处单步）：PSNR %3 dB，文字区域 %4 dB（双三次 %5 / %6）%7；已写入检查点。</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="442"/>
        <source>; SR branch alone %1 / %2</source>
        <translation>；仅 SR 分支 %1 / %2</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="445"/>
        <source>GLYPH-SR %1 step %2: the recognizer reads %3 of %4 validation words on x̂0 (SR branch alone %5, bicubic %6, HR %7).</source>
        <translation>GLYPH-SR %1 第 %2 步：识别器在 x̂0 上读对 %4 个验证单词中的 %3 个（仅 SR 分支 %5，双三次 %6，HR %7）。</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="484"/>
        <source>Mini-GLYPH-SR (%1 parameters in all), trained from scratch on GlyphLab&apos;s synthetic scene tiles on a CPU: pixel space with a 4×4 space-to-depth fold instead of SDXL&apos;s latent; a small UNet backbone (widths 64/96/128) trained together with the SR branch in place of a pretrained LDM and SR ControlNet; image statistics instead of a VLM caption; the text branch conditioned on the OCR&apos;s words rendered at their boxes. The published system has over 13 billion parameters with its VLM.</source>
        <translation>Mini-GLYPH-SR（共 %1 个参数），在 CPU 上用 GlyphLab 的合成场景图块从零训练：像素空间，用 4×4 空间到深度折叠代替 SDXL 的潜空间；小型 UNet 主干（宽度 64/96/128）与 SR 分支一起训练，代替预训练的 LDM 和 SR ControlNet；用图像统计代替 VLM 描述；文本分支以在其框位置渲染的 OCR 单词为条件。论文中的系统连同其 VLM 超过 130 亿个参数。</translation>
    </message>
    <message>
        <location filename="../inference/TsControlTrainer.cpp" line="491"/>
        <source>GLYPH-SR %1 written to %2.</source>
        <translation>GLYPH-SR %1 已写入 %2。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="24"/>
        <source>&amp;Show me</source>
        <translation>演示一下(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="28"/>
        <source>&lt;h1&gt;Welcome to GlyphLab&lt;/h1&gt;&lt;p&gt;GlyphLab makes small, blurry text in photos readable again. Mark the text, pick a method, and compare the result with the original.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;欢迎使用 GlyphLab&lt;/h1&gt;&lt;p&gt;GlyphLab 让照片中细小、模糊的文字重新变得清晰可读。标记文字，选择一种方法，然后将结果与原图对比。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="34"/>
        <source>Try it on a demo photo</source>
        <translation>用演示照片试一试</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="36"/>
        <source>Click a photo to open it with its text regions marked, or press &lt;b&gt;Show me&lt;/b&gt; to restore them all at once and see the comparison.</source>
        <translation>单击一张照片即可打开它，其中的文本区域已标记；或按&lt;b&gt;演示一下&lt;/b&gt;一次复原全部区域并查看对比。</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="43"/>
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="45"/>
        <source>The method “Show me” runs on the demo regions</source>
        <translation>“演示一下”在演示区域上运行的方法</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="48"/>
        <source>Open the chosen demo photo, restore all its regions and show the comparison</source>
        <translation>打开所选演示照片，复原其所有区域并显示对比</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="55"/>
        <source>Open your own photo…</source>
        <translation>打开自己的照片…</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="56"/>
        <source>Open a photo from disk (Ctrl+O)</source>
        <translation>从磁盘打开照片（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="57"/>
        <source>Open a project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="58"/>
        <source>Open a saved .glyphlab project (Ctrl+Shift+O)</source>
        <translation>打开已保存的 .glyphlab 项目（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="63"/>
        <source>What the methods do</source>
        <translation>各方法的作用</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="169"/>
        <source>Bicubic</source>
        <translation>双三次插值</translation>
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
        <translation>像任何看图软件缩放那样，用周围十六个像素混合出每个新像素，从而放大图片。它瞬间完成，从不凭空添加内容，所以模糊的字母仍然模糊，只是变大了。</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="111"/>
        <source>A neural network that has seen many pairs of blurry and sharp text images and learned what letters look like. It sharpens the region in a single pass and often recovers strokes that plain enlarging leaves smeared.</source>
        <translation>一个神经网络，见过大量模糊与清晰文字图像的配对，学会了字母的样子。它一次就能锐化区域，常常能恢复单纯放大后依然模糊的笔画。</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="115"/>
        <source>A diffusion model: it starts from random noise and, step by step, turns it into a sharp image that fits the blurry region, while a text reader checks which letters it is forming. It is slower, but it can rebuild badly damaged text, and you can watch the image take shape.</source>
        <translation>一种扩散模型：它从随机噪声出发，一步步将其变成与模糊区域相符的清晰图像，同时由文本识别器检查正在形成哪些字母。它较慢，但能重建严重受损的文字，而且你可以看着图像逐渐成形。</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="119"/>
        <source>Also a step-by-step diffusion model, but at every step it is steered by what an OCR engine reads, so the letters come out both sharp to the eye and correct for a machine reader. It balances looking natural against being legible, and the plots show how that balance shifts.</source>
        <translation>同样是逐步去噪的扩散模型，但每一步都由 OCR 引擎的识别结果来引导，使字母既在人眼看来清晰，又能被机器正确识别。它在自然观感与可读性之间取得平衡，图表会显示这种平衡如何变化。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/WelcomePage.cpp" line="144"/>
        <source>%1
%n region(s)</source>
        <translation>
            <numerusform>%1
%n 个区域</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/WelcomePage.cpp" line="145"/>
        <source>Open %1 with its %n text region(s) marked</source>
        <translation>
            <numerusform>打开 %1，其中 %n 个文本区域已标记</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/GuiMain.cpp" line="53"/>
        <source>GlyphLab: restore the text in photos.</source>
        <translation>GlyphLab：复原照片中的文字。</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="57"/>
        <source>Open the bundled demo photo and restore its marked regions.</source>
        <translation>打开内置的演示照片并复原其中已标记的区域。</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="62"/>
        <source>A photo or a .glyphlab project to open.</source>
        <translation>要打开的照片或 .glyphlab 项目。</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="59"/>
        <source>After the demo restoration, save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>演示复原完成后，将窗口截图保存到 &lt;file&gt; 并退出。</translation>
    </message>
</context>
</TS>
