<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Commands</name>
    <message>
        <source>Move &quot;%1&quot;</source>
        <translation>「%1」を移動</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>%n 個の項目を移動</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>「%1」の名前を「%2」に変更</translation>
    </message>
    <message>
        <source>Set %1 of &quot;%2&quot;</source>
        <translation>「%2」の %1 を設定</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot;</source>
        <translation>「%1」を追加</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>「%1」を削除</translation>
    </message>
</context>
<context>
    <name>DiagramExport</name>
    <message>
        <source>%1: the diagram is too large to render</source>
        <translation>%1: 図が大きすぎて描画できません</translation>
    </message>
    <message>
        <source>%1: cannot write the file</source>
        <translation>%1: ファイルに書き込めません</translation>
    </message>
    <message>
        <source>Data-flow diagram exported from Vigil</source>
        <translation>Vigil からエクスポートしたデータフロー図</translation>
    </message>
    <message>
        <source>%1: unsupported image type; use .png or .svg</source>
        <translation>%1: 対応していない画像形式です。.png または .svg を使用してください</translation>
    </message>
</context>
<context>
    <name>ElementItem</name>
    <message>
        <source>External entity</source>
        <translation>外部エンティティ</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>プロセス</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>データストア</translation>
    </message>
    <message>
        <source>safety-critical</source>
        <translation>安全上重要</translation>
    </message>
    <message>
        <source>out of scope</source>
        <translation>対象範囲外</translation>
    </message>
</context>
<context>
    <name>FlowItem</name>
    <message>
        <source>Crosses trust boundary: %1</source>
        <translation>信頼境界を横断: %1</translation>
    </message>
</context>
<context>
    <name>ZoneItem</name>
    <message>
        <source>Trust zone: %1</source>
        <translation>信頼ゾーン: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Threat modeling for medical devices</source>
        <translation>医療機器のための脅威モデリング</translation>
    </message>
    <message>
        <source>A .vigil document or vigil-model JSON file to open.</source>
        <translation>開く .vigil ドキュメントまたは vigil-model JSON ファイル。</translation>
    </message>
</context>
<context>
    <name>vigil::Document</name>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Untitled model</source>
        <translation>無題のモデル</translation>
    </message>
    <message>
        <source>Level 0 DFD</source>
        <translation>レベル 0 DFD</translation>
    </message>
    <message>
        <source>The model has no file name yet; use Save As.</source>
        <translation>このモデルにはまだファイル名がありません。「名前を付けて保存」を使用してください。</translation>
    </message>
    <message>
        <source>%1: the file is read-only; use Save As.</source>
        <translation>%1: ファイルは読み取り専用です。「名前を付けて保存」を使用してください。</translation>
    </message>
</context>
<context>
    <name>vigil::MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new, empty threat model</source>
        <translation>新しい空の脅威モデルを作成します</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>開く(&amp;O)...</translation>
    </message>
    <message>
        <source>Open a .vigil document or a vigil-model JSON file</source>
        <translation>.vigil ドキュメントまたは vigil-model JSON ファイルを開きます</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the model to its file</source>
        <translation>モデルを現在のファイルに保存します</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>名前を付けて保存(&amp;A)...</translation>
    </message>
    <message>
        <source>Save the model to a new file</source>
        <translation>モデルを新しいファイルに保存します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100%)</source>
        <translation>実寸 (100%)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;About Vigil</source>
        <translation>Vigil について(&amp;A)</translation>
    </message>
    <message>
        <source>About Vigil</source>
        <translation>Vigil について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vigil %1&lt;/h3&gt;&lt;p&gt;Threat modeling for medical devices and health software: data-flow diagrams, STRIDE threats, mitigations, requirements and verification tests, following IEC 81001-5-1 and the MITRE/MDIC playbook.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vigil %1&lt;/h3&gt;&lt;p&gt;医療機器およびヘルスソフトウェアのための脅威モデリング。データフロー図、STRIDE による脅威、リスク低減策、要求事項および検証試験を、IEC 81001-5-1 (JIS T 81001-5-1) と MITRE/MDIC プレイブックに沿って扱います。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;開いた時点&gt;</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Edit &amp;History</source>
        <translation>編集履歴(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>%1: the bundled example is missing</source>
        <translation>%1: 同梱のサンプルが見つかりません</translation>
    </message>
    <message>
        <source>Insulin pump system (example)</source>
        <translation>インスリンポンプシステム (サンプル)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes. Save them before closing it?</source>
        <translation>「%1」には未保存の変更があります。閉じる前に保存しますか?</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>モデルを開く</translation>
    </message>
    <message>
        <source>Vigil models (*.vigil *.json);;All files (*)</source>
        <translation>Vigil モデル (*.vigil *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Vigil documents (*.vigil)</source>
        <translation>Vigil ドキュメント (*.vigil)</translation>
    </message>
    <message>
        <source>Vigil JSON (*.json)</source>
        <translation>Vigil JSON (*.json)</translation>
    </message>
    <message>
        <source>Save Model As</source>
        <translation>名前を付けてモデルを保存</translation>
    </message>
    <message>
        <source>Vigil</source>
        <translation>Vigil</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>最近使ったファイルはありません</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>一覧を消去(&amp;C)</translation>
    </message>
    <message>
        <source>%1[*] (read-only) — Vigil</source>
        <translation>%1[*] (読み取り専用) — Vigil</translation>
    </message>
    <message>
        <source>%1[*] — Vigil</source>
        <translation>%1[*] — Vigil</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n 要素</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n フロー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trust zone(s)</source>
        <translation>
            <numerusform>%n 信頼ゾーン</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
</TS>
