<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ChangeTagItem</name>
    <message>
        <source>+ added</source>
        <translation>+ 追加</translation>
    </message>
    <message>
        <source>Δ changed</source>
        <translation>Δ 変更</translation>
    </message>
    <message>
        <source>Added since the compared revision</source>
        <translation>比較対象の改訂以降に追加されました</translation>
    </message>
    <message>
        <source>Changed since the compared revision</source>
        <translation>比較対象の改訂以降に変更されました</translation>
    </message>
</context>
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
    <message>
        <source>New diagram &quot;%1&quot;</source>
        <translation>図「%1」を新規作成</translation>
    </message>
    <message>
        <source>Delete diagram &quot;%1&quot;</source>
        <translation>図「%1」を削除</translation>
    </message>
    <message numerus="yes">
        <source>Place %n item(s) on &quot;%1&quot;</source>
        <translation>
            <numerusform>%n 個の項目を「%1」に配置</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n item(s) from diagram &quot;%1&quot;</source>
        <translation>
            <numerusform>%n 個の項目を図「%1」から外す</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cvss</name>
    <message>
        <source>Attack Vector</source>
        <translation>攻撃元区分</translation>
    </message>
    <message>
        <source>Attack Complexity</source>
        <translation>攻撃条件の複雑さ</translation>
    </message>
    <message>
        <source>Privileges Required</source>
        <translation>必要な特権レベル</translation>
    </message>
    <message>
        <source>User Interaction</source>
        <translation>ユーザー関与レベル</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>機密性への影響</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完全性への影響</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性への影響</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Adjacent</source>
        <translation>隣接</translation>
    </message>
    <message>
        <source>Adjacent Network</source>
        <translation>隣接ネットワーク</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>ローカル</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>物理</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>要</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更あり</translation>
    </message>
</context>
<context>
    <name>DecideThreatsCommand</name>
    <message>
        <source>justification</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>mitigation linked</source>
        <translation>リスク低減策をリンク</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>現状で確定</translation>
    </message>
    <message>
        <source>Review: threat #%1, %2</source>
        <translation>レビュー: 脅威 #%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>Review: %n threat(s), %1</source>
        <translation>
            <numerusform>レビュー: 脅威 %n 件、%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagramEditing</name>
    <message>
        <source>Add &quot;%1&quot;</source>
        <translation>「%1」を追加</translation>
    </message>
    <message>
        <source>Add trust zone &quot;%1&quot;</source>
        <translation>信頼ゾーン「%1」を追加</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>「%1」を削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n 個の項目を削除</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard does not hold a Vigil model: %1</source>
        <translation>クリップボードに Vigil モデルがありません: %1</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n item(s)</source>
        <translation>
            <numerusform>%n 個の項目を貼り付け</numerusform>
        </translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>左揃え</translation>
    </message>
    <message>
        <source>Align centres horizontally</source>
        <translation>左右中央揃え</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>右揃え</translation>
    </message>
    <message>
        <source>Align top</source>
        <translation>上揃え</translation>
    </message>
    <message>
        <source>Align centres vertically</source>
        <translation>上下中央揃え</translation>
    </message>
    <message>
        <source>Align bottom</source>
        <translation>下揃え</translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation>左右に等間隔で配置</translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation>上下に等間隔で配置</translation>
    </message>
    <message numerus="yes">
        <source>Bring %n zone(s) to front</source>
        <translation>
            <numerusform>%n 個のゾーンを最前面へ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n zone(s) to back</source>
        <translation>
            <numerusform>%n 個のゾーンを最背面へ</numerusform>
        </translation>
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
        <source>Data flow: name, protocol in italics</source>
        <translation>データフロー: 名前、プロトコル (斜体)</translation>
    </message>
    <message>
        <source>Trust zone</source>
        <translation>信頼ゾーン</translation>
    </message>
    <message>
        <source>Flow crossing a trust boundary (marked where it crosses)</source>
        <translation>信頼境界を横断するフロー (横断箇所にマーカーを表示)</translation>
    </message>
    <message>
        <source>Safety-critical element</source>
        <translation>安全上重要な要素</translation>
    </message>
    <message>
        <source>Wireless link</source>
        <translation>無線リンク</translation>
    </message>
    <message>
        <source>Encrypted link</source>
        <translation>暗号化されたリンク</translation>
    </message>
    <message>
        <source>Out of scope (dashed, pale)</source>
        <translation>対象範囲外 (破線、淡色)</translation>
    </message>
    <message>
        <source>Open threats</source>
        <translation>未対応の脅威</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>図</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>改訂</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>シート</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1: the image would be %2 x %3 pixels, more than 120 million; lower the scale or the resolution</source>
        <translation>%1: 画像が %2 x %3 ピクセルとなり、1 億 2,000 万ピクセルを超えます。倍率または解像度を下げてください</translation>
    </message>
    <message>
        <source>%1: unsupported file type; use .png, .svg or .pdf</source>
        <translation>%1: サポートされていないファイル形式です。.png、.svg、.pdf のいずれかを使用してください</translation>
    </message>
    <message>
        <source>%1: at a readable size the diagram takes %2 %3 pages, and an SVG file holds one; export a PDF (a page each) or PNG (an image each), or do not fit it to paper</source>
        <translation>%1: 読み取れる大きさでは図が %3 用紙で %2 ページになりますが、SVG ファイルに収まるのは 1 ページだけです。PDF (ページごとに 1 ページ) または PNG (ページごとに 1 画像) でエクスポートするか、用紙に合わせないでください</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>Change trust zone membership</source>
        <translation>信頼ゾーンへの所属を変更</translation>
    </message>
    <message>
        <source>Resize &quot;%1&quot;</source>
        <translation>「%1」のサイズを変更</translation>
    </message>
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
        <source>Add trust zone &quot;%1&quot;</source>
        <translation>信頼ゾーン「%1」を追加</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>「%1」を削除</translation>
    </message>
    <message>
        <source>Add flow &quot;%1&quot;</source>
        <translation>フロー「%1」を追加</translation>
    </message>
</context>
<context>
    <name>EditHandle</name>
    <message>
        <source>Drag to another element to draw a data flow</source>
        <translation>別の要素までドラッグしてデータフローを描画します</translation>
    </message>
</context>
<context>
    <name>EditThreatsCommand</name>
    <message>
        <source>threat #%1</source>
        <translation>脅威 #%1</translation>
    </message>
    <message numerus="yes">
        <source>%n threat(s)</source>
        <translation>
            <numerusform>%n 件の脅威</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>External entity %1</source>
        <translation>外部エンティティ %1</translation>
    </message>
    <message>
        <source>Process %1</source>
        <translation>プロセス %1</translation>
    </message>
    <message>
        <source>Data store %1</source>
        <translation>データストア %1</translation>
    </message>
    <message>
        <source>Trust zone %1</source>
        <translation>信頼ゾーン %1</translation>
    </message>
    <message>
        <source>Data flow %1</source>
        <translation>データフロー %1</translation>
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
    <name>ExportReportDialog</name>
    <message>
        <source>Document control</source>
        <translation>文書管理</translation>
    </message>
    <message>
        <source>Scope, context and assumptions</source>
        <translation>対象範囲、コンテキスト及び前提条件</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>手法</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>図</translation>
    </message>
    <message>
        <source>Element and interface inventory</source>
        <translation>要素及びインターフェースの一覧</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Risk summary</source>
        <translation>リスクの概要</translation>
    </message>
    <message>
        <source>Mitigations, requirements, tests</source>
        <translation>リスク低減策、要求事項、試験</translation>
    </message>
    <message>
        <source>Traceability and gaps</source>
        <translation>トレーサビリティ及びギャップ</translation>
    </message>
    <message>
        <source>Residual risks</source>
        <translation>残留リスク</translation>
    </message>
    <message>
        <source>Clause map</source>
        <translation>箇条対応表</translation>
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
    <name>PropertyCatalogue</name>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Resilience</source>
        <translation>レジリエンス</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>プライバシー</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>ライフサイクル</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>信頼済み</translation>
    </message>
    <message>
        <source>The entity is operated by the manufacturer or the care provider and is trusted by design; untrusted entities are the start of attack paths.</source>
        <translation>製造業者または医療提供者が運用しており、設計上信頼されているエンティティです。信頼されていないエンティティは攻撃経路の起点になります。</translation>
    </message>
    <message>
        <source>Authenticates peers</source>
        <translation>接続相手を認証する</translation>
    </message>
    <message>
        <source>Verifies the identity of whoever connects to it or calls it before accepting data or commands.</source>
        <translation>データやコマンドを受け付ける前に、接続元または呼び出し元の身元を確認します。</translation>
    </message>
    <message>
        <source>Enforces authorization</source>
        <translation>認可を強制する</translation>
    </message>
    <message>
        <source>Checks that an authenticated caller is allowed to perform each operation.</source>
        <translation>認証された呼び出し元が各操作を実行する権限を持つことを確認します。</translation>
    </message>
    <message>
        <source>Runs privileged</source>
        <translation>特権で実行</translation>
    </message>
    <message>
        <source>Executes with administrator, root or kernel rights.</source>
        <translation>管理者、root またはカーネルの権限で実行されます。</translation>
    </message>
    <message>
        <source>Validates input</source>
        <translation>入力を検証する</translation>
    </message>
    <message>
        <source>Checks every input against an expected format, range and length before use.</source>
        <translation>すべての入力を使用前に、期待される形式・範囲・長さに照らして検査します。</translation>
    </message>
    <message>
        <source>Reachable from the internet</source>
        <translation>インターネットから到達可能</translation>
    </message>
    <message>
        <source>Accepts connections from the public internet.</source>
        <translation>公衆インターネットからの接続を受け付けます。</translation>
    </message>
    <message>
        <source>Stores credentials or keys</source>
        <translation>認証情報または鍵を保存</translation>
    </message>
    <message>
        <source>Holds passwords, tokens or cryptographic keys.</source>
        <translation>パスワード、トークンまたは暗号鍵を保持します。</translation>
    </message>
    <message>
        <source>Encrypted at rest</source>
        <translation>保存時暗号化</translation>
    </message>
    <message>
        <source>Its contents are encrypted on the storage medium.</source>
        <translation>記憶媒体上の内容が暗号化されています。</translation>
    </message>
    <message>
        <source>Stores logs</source>
        <translation>ログを保存</translation>
    </message>
    <message>
        <source>Holds audit or event logs, so it is a target for repudiation and log tampering.</source>
        <translation>監査ログまたはイベントログを保持するため、否認やログ改ざんの標的になります。</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>バックアップあり</translation>
    </message>
    <message>
        <source>Its contents are copied to backups that can be restored.</source>
        <translation>内容は復元可能なバックアップに複製されています。</translation>
    </message>
    <message>
        <source>Handles PHI</source>
        <translation>PHI (保護対象医療情報) を扱う</translation>
    </message>
    <message>
        <source>Processes or stores protected health information or other personal data.</source>
        <translation>PHI (保護対象医療情報) またはその他の個人データを処理または保存します。</translation>
    </message>
    <message>
        <source>Safety-critical</source>
        <translation>安全上重要</translation>
    </message>
    <message>
        <source>A failure or compromise can contribute to patient harm (ISO 14971 hazard).</source>
        <translation>故障や侵害が患者への危害につながる可能性があります (ISO 14971 のハザード)。</translation>
    </message>
    <message>
        <source>Serves many patients</source>
        <translation>複数患者に使用</translation>
    </message>
    <message>
        <source>Connected to or acting on many devices or patients, so one compromise can harm several patients.</source>
        <translation>多数の機器または患者に接続・作用するため、1 回の侵害で複数の患者に危害が及ぶ可能性があります。</translation>
    </message>
    <message>
        <source>Raises clinical alarms</source>
        <translation>臨床アラームを発する</translation>
    </message>
    <message>
        <source>Generates alarms or alerts that clinicians or patients rely on.</source>
        <translation>臨床医や患者が頼りにするアラームや警告を生成します。</translation>
    </message>
    <message>
        <source>Depends on its clock</source>
        <translation>時刻に依存</translation>
    </message>
    <message>
        <source>Therapy decisions or records depend on its clock (for example dosing history).</source>
        <translation>治療上の判断や記録がその時計に依存します (例: 投与履歴)。</translation>
    </message>
    <message>
        <source>Exposed physical ports</source>
        <translation>露出した物理ポート</translation>
    </message>
    <message>
        <source>Has connectors an attacker with physical access can use (USB, serial, card slots).</source>
        <translation>物理的にアクセスできる攻撃者が使用可能なコネクタがあります (USB、シリアル、カードスロット)。</translation>
    </message>
    <message>
        <source>Debug port</source>
        <translation>デバッグポート</translation>
    </message>
    <message>
        <source>Hardware debug or service interface left on the production device.</source>
        <translation>量産機器に残されたハードウェアのデバッグまたはサービス用インターフェースです。</translation>
    </message>
    <message>
        <source>Update mechanism</source>
        <translation>更新方式</translation>
    </message>
    <message>
        <source>How its software or firmware is updated in the field.</source>
        <translation>市場でソフトウェアまたはファームウェアを更新する方法です。</translation>
    </message>
    <message>
        <source>Risk transfer class</source>
        <translation>リスク移転区分</translation>
    </message>
    <message>
        <source>Who keeps the component secure over its life: maintained by the manufacturer, supported (patches supplied, operator applies them), or required (the operator must provide the security controls).</source>
        <translation>製品寿命を通じてコンポーネントのセキュリティを誰が維持するか: 製造業者による保守 (maintained)、サポート (supported: パッチは提供され、運用者が適用)、または要求 (required: 運用者がセキュリティ対策を用意する必要がある)。</translation>
    </message>
    <message>
        <source>Transitional (legacy) software</source>
        <translation>移行期ソフトウェア (附属書F)</translation>
    </message>
    <message>
        <source>Legacy software developed before the secure lifecycle was in place and handled under the transitional provisions (IEC 81001-5-1 Annex F).</source>
        <translation>セキュアなライフサイクルの導入前に開発され、移行規定 (IEC 81001-5-1 附属書F) に従って扱われるレガシーソフトウェアです。</translation>
    </message>
    <message>
        <source>Off-the-shelf software (SOUP)</source>
        <translation>既製ソフトウェア (SOUP)</translation>
    </message>
    <message>
        <source>Built on third-party or open-source software whose vulnerabilities must be monitored.</source>
        <translation>脆弱性を監視する必要のある第三者製またはオープンソースのソフトウェアを基にしています。</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技術</translation>
    </message>
    <message>
        <source>Platform, language or product, e.g. &quot;FreeRTOS on Cortex-M4&quot; or &quot;PostgreSQL 15&quot;.</source>
        <translation>プラットフォーム、言語または製品。例: 「FreeRTOS on Cortex-M4」、「PostgreSQL 15」。</translation>
    </message>
    <message>
        <source>Encrypted in transit</source>
        <translation>通信時暗号化</translation>
    </message>
    <message>
        <source>The channel is encrypted (e.g. TLS, BLE LE Secure Connections).</source>
        <translation>通信路が暗号化されています (例: TLS、BLE LE Secure Connections)。</translation>
    </message>
    <message>
        <source>Authenticated channel</source>
        <translation>認証済み通信路</translation>
    </message>
    <message>
        <source>Both ends of the channel are authenticated before data is exchanged.</source>
        <translation>データを交換する前に通信路の両端が認証されます。</translation>
    </message>
    <message>
        <source>Integrity protected</source>
        <translation>完全性保護</translation>
    </message>
    <message>
        <source>Messages carry a MAC or signature so tampering is detected.</source>
        <translation>メッセージに MAC または署名が付与され、改ざんが検出されます。</translation>
    </message>
    <message>
        <source>Replay protected</source>
        <translation>リプレイ保護</translation>
    </message>
    <message>
        <source>Messages carry nonces, counters or timestamps so that replays are rejected.</source>
        <translation>メッセージにノンス、カウンタまたはタイムスタンプが付与され、リプレイが拒否されます。</translation>
    </message>
    <message>
        <source>Wireless</source>
        <translation>無線</translation>
    </message>
    <message>
        <source>The flow travels over a radio link (BLE, Wi-Fi, cellular, NFC).</source>
        <translation>フローは無線リンク (BLE、Wi-Fi、携帯電話網、NFC) を経由します。</translation>
    </message>
    <message>
        <source>Carries PHI</source>
        <translation>PHI を伝送</translation>
    </message>
    <message>
        <source>The flow carries protected health information or other personal data.</source>
        <translation>フローは PHI (保護対象医療情報) またはその他の個人データを伝送します。</translation>
    </message>
    <message>
        <source>Carries commands</source>
        <translation>コマンドを伝送</translation>
    </message>
    <message>
        <source>The flow carries commands or settings that change the device&apos;s behaviour or therapy.</source>
        <translation>フローは機器の動作や治療を変更するコマンドまたは設定を伝送します。</translation>
    </message>
    <message>
        <source>Carries credentials</source>
        <translation>認証情報を伝送</translation>
    </message>
    <message>
        <source>The flow carries passwords, tokens or keys.</source>
        <translation>フローはパスワード、トークンまたは鍵を伝送します。</translation>
    </message>
    <message>
        <source>Carries software updates</source>
        <translation>ソフトウェア更新を伝送</translation>
    </message>
    <message>
        <source>The flow delivers firmware or software images.</source>
        <translation>フローはファームウェアまたはソフトウェアのイメージを配信します。</translation>
    </message>
    <message>
        <source>None</source>
        <comment>debugPort value</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>JTAG</source>
        <comment>debugPort value</comment>
        <translation>JTAG</translation>
    </message>
    <message>
        <source>SWD (Serial Wire Debug)</source>
        <comment>debugPort value</comment>
        <translation>SWD (シリアルワイヤデバッグ)</translation>
    </message>
    <message>
        <source>UART (serial console)</source>
        <comment>debugPort value</comment>
        <translation>UART (シリアルコンソール)</translation>
    </message>
    <message>
        <source>USB service port</source>
        <comment>debugPort value</comment>
        <translation>USB サービスポート</translation>
    </message>
    <message>
        <source>None</source>
        <comment>updateMechanism value</comment>
        <translation>なし (更新不可)</translation>
    </message>
    <message>
        <source>Manual (service technician)</source>
        <comment>updateMechanism value</comment>
        <translation>手動 (サービス技術者)</translation>
    </message>
    <message>
        <source>Signed remote update</source>
        <comment>updateMechanism value</comment>
        <translation>署名付きリモート更新</translation>
    </message>
    <message>
        <source>Unsigned remote update</source>
        <comment>updateMechanism value</comment>
        <translation>署名なしリモート更新</translation>
    </message>
    <message>
        <source>Maintained by the manufacturer</source>
        <comment>riskTransfer value</comment>
        <translation>製造業者が保守</translation>
    </message>
    <message>
        <source>Supported (operator applies patches)</source>
        <comment>riskTransfer value</comment>
        <translation>サポート (運用者がパッチを適用)</translation>
    </message>
    <message>
        <source>Required (operator provides the controls)</source>
        <comment>riskTransfer value</comment>
        <translation>要求 (運用者が対策を用意)</translation>
    </message>
    <message>
        <source>Transitional rationale</source>
        <translation>移行の根拠</translation>
    </message>
    <message>
        <source>Why the legacy software is kept, and how its risk is contained until it is replaced (IEC 81001-5-1 Annex F).</source>
        <translation>レガシーソフトウェアを維持する理由と、置き換えるまでの間そのリスクをどのように抑えるかを記述します (IEC 81001-5-1 附属書F)。</translation>
    </message>
</context>
<context>
    <name>RemovedGhostItem</name>
    <message>
        <source>− removed: %1</source>
        <translation>− 削除: %1</translation>
    </message>
    <message>
        <source>Removed since the compared revision: %1</source>
        <translation>比較対象の改訂以降に削除されました: %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>, </source>
        <extracomment>Joins zone names in threat texts: &quot;A, B and C&quot;.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source> and </source>
        <extracomment>Joins the last two zone names in threat texts: &quot;A, B and C&quot;.</extracomment>
        <translation>及び</translation>
    </message>
    <message>
        <source>an unnamed protocol</source>
        <translation>名称のないプロトコル</translation>
    </message>
    <message>
        <source>Threat model report: %1</source>
        <translation>脅威モデル報告書: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>The running footer of every page of a PDF report.</extracomment>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>無効: %1</translation>
    </message>
    <message>
        <source>CVSS %1 %2</source>
        <translation>CVSS %1 (%2)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>受容可能</translation>
    </message>
    <message>
        <source>not acceptable</source>
        <translation>受容不可</translation>
    </message>
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
        <source>Data-flow diagram</source>
        <translation>データフロー図</translation>
    </message>
    <message>
        <source>Global system view</source>
        <translation>グローバルシステムビュー</translation>
    </message>
    <message>
        <source>Multi-patient harm view</source>
        <translation>複数患者危害ビュー</translation>
    </message>
    <message>
        <source>Updatability/patchability view</source>
        <translation>更新可能性/パッチ適用性ビュー</translation>
    </message>
    <message>
        <source>Security use case view</source>
        <translation>セキュリティユースケースビュー</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none required</source>
        <translation>不要</translation>
    </message>
    <message>
        <source>another person</source>
        <translation>別の担当者</translation>
    </message>
    <message>
        <source>another department</source>
        <translation>別の部門</translation>
    </message>
    <message>
        <source>another organisation</source>
        <translation>別の組織</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>認可</translation>
    </message>
    <message>
        <source>Cryptography</source>
        <translation>暗号</translation>
    </message>
    <message>
        <source>Code, data and execution integrity</source>
        <translation>コード・データ・実行の完全性</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>機密性</translation>
    </message>
    <message>
        <source>Event detection and logging</source>
        <translation>イベント検出とログ記録</translation>
    </message>
    <message>
        <source>Resiliency and recovery</source>
        <translation>レジリエンスと回復</translation>
    </message>
    <message>
        <source>Updatability and patchability</source>
        <translation>更新可能性とパッチ適用性</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>implemented</source>
        <translation>実装済み</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草案</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>device</source>
        <translation>機器</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Document control</source>
        <translation>文書管理</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Document id</source>
        <translation>文書番号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>改訂</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Approvers</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>モデルファイル</translation>
    </message>
    <message>
        <source>Model file SHA-256</source>
        <translation>モデルファイルの SHA-256</translation>
    </message>
    <message>
        <source>Vigil version</source>
        <translation>Vigil のバージョン</translation>
    </message>
    <message>
        <source>Rule packs</source>
        <translation>ルールパック</translation>
    </message>
    <message>
        <source>Scope, security context and assumptions</source>
        <translation>対象範囲、セキュリティコンテキスト及び前提条件</translation>
    </message>
    <message>
        <source>Product and scope</source>
        <translation>製品及び対象範囲</translation>
    </message>
    <message>
        <source>The model records no scope statement.</source>
        <translation>モデルには対象範囲の記述が記録されていない。</translation>
    </message>
    <message>
        <source>Product security context</source>
        <translation>製品のセキュリティコンテキスト</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>意図する使用</translation>
    </message>
    <message>
        <source>Operating environment</source>
        <translation>使用環境</translation>
    </message>
    <message>
        <source>Network location</source>
        <translation>ネットワーク上の位置</translation>
    </message>
    <message>
        <source>Physical protection</source>
        <translation>物理的保護</translation>
    </message>
    <message>
        <source>Safety impact</source>
        <translation>安全への影響</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <source>The model records no assumptions.</source>
        <translation>モデルには前提条件が記録されていない。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>手法</translation>
    </message>
    <message>
        <source>The system is drawn as data-flow diagrams: external entities, processes, data stores and the data flows between them, grouped into closed trust zones. Vigil enumerates threats with STRIDE (spoofing, tampering, repudiation, information disclosure, denial of service, elevation of privilege) per element, by the element&apos;s kind, and per interaction, for every flow that crosses a trust boundary. The rules are data in rule packs; each threat keeps the rule and pack version that produced it, and its id is derived from the rule and the element, so decisions survive edits and new analyses.</source>
        <translation>システムはデータフロー図として記述する。データフロー図は、外部エンティティ、プロセス、データストア及びそれらの間のデータフローから成り、これらを閉じた信頼ゾーンにまとめる。Vigil は STRIDE (なりすまし、改ざん、否認、情報漏えい、サービス拒否、権限昇格) によって脅威を洗い出す。要素ごとの脅威は要素の種類に基づき、相互作用ごとの脅威は信頼境界を横断するすべてのフローについて洗い出す。ルールはルールパック内のデータとして定義される。各脅威は、それを生成したルール及びパックのバージョンを保持し、その ID はルールと要素から導出される。このため、判断は編集や再分析の後も維持される。</translation>
    </message>
    <message>
        <source>Every threat is then decided by the team (mitigated, accepted, transferred or not applicable, with a justification), its risk is estimated before and after mitigation, and each mitigation is traced to security requirements and each requirement to verification tests.</source>
        <translation>その後、チームが各脅威について根拠を付して判断し (低減済み、受容済み、移転済み又は該当なし)、低減前及び低減後のリスクを推定する。さらに、各リスク低減策をセキュリティ要求事項に、各要求事項を検証試験にトレースする。</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>パック</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>ルール数</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Risk estimation and acceptance</source>
        <translation>リスクの推定及び受容</translation>
    </message>
    <message>
        <source>A risk is estimated either as a CVSS base vector or as a cell of an exploitability by severity matrix. Exploitability, not probability, is rated: a security risk has no meaningful frequency of occurrence. A CVSS score below %1 is acceptable; the matrix below marks the acceptable cells.</source>
        <translation>リスクは、CVSS 基本ベクトル、又は悪用可能性 × 重大さのマトリクスのセルとして推定する。評価するのは発生確率ではなく悪用可能性である。セキュリティリスクには意味のある発生頻度が存在しないためである。CVSS 基本値が %1 未満のリスクは受容可能とする。受容可能なセルは次のマトリクスに示す。</translation>
    </message>
    <message>
        <source>Exploitability \ severity</source>
        <translation>悪用可能性 \ 重大さ</translation>
    </message>
    <message>
        <source>Tester independence</source>
        <translation>試験者の独立性</translation>
    </message>
    <message>
        <source>Each kind of verification test must be performed by someone independent of the developer whose work it verifies, at least as follows.</source>
        <translation>各種類の検証試験は、検証対象の成果物の開発者から独立した者が実施しなければならない。求められる独立性は、少なくとも次のとおりである。</translation>
    </message>
    <message>
        <source>Test kind</source>
        <translation>試験の種類</translation>
    </message>
    <message>
        <source>Tester must be</source>
        <translation>試験者に求める独立性</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>図</translation>
    </message>
    <message>
        <source>The model has no diagrams.</source>
        <translation>モデルに図はない。</translation>
    </message>
    <message>
        <source>Each diagram below is drawn in the data-flow notation its legend explains. A marker where a flow crosses the edge of a trust zone shows a boundary crossing; such flows get the per-interaction threats.</source>
        <translation>以下の各図は、凡例で説明するデータフロー表記で描かれている。フローが信頼ゾーンの境界を横断する箇所のマーカーは境界の横断を示し、そのようなフローには相互作用ごとの脅威が適用される。</translation>
    </message>
    <message>
        <source>%1, level %2</source>
        <translation>%1、レベル %2</translation>
    </message>
    <message>
        <source>Element and interface inventory</source>
        <translation>要素及びインターフェースの一覧</translation>
    </message>
    <message>
        <source>in scope</source>
        <translation>対象範囲内</translation>
    </message>
    <message>
        <source>out of scope</source>
        <translation>対象範囲外</translation>
    </message>
    <message>
        <source>out of scope: %1</source>
        <translation>対象範囲外: %1</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Trust zones (innermost first)</source>
        <translation>信頼ゾーン (内側から順)</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>対象範囲</translation>
    </message>
    <message>
        <source>Data flows</source>
        <translation>データフロー</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>フロー</translation>
    </message>
    <message>
        <source>From</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>To</source>
        <translation>送信先</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Trust zones crossed</source>
        <translation>横断する信頼ゾーン</translation>
    </message>
    <message>
        <source> (both ways)</source>
        <translation> (双方向)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Trust zones</source>
        <translation>信頼ゾーン</translation>
    </message>
    <message>
        <source>Trust zone</source>
        <translation>信頼ゾーン</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>親ゾーン</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>所属要素</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Risk before</source>
        <translation>低減前のリスク</translation>
    </message>
    <message>
        <source>Risk after</source>
        <translation>低減後のリスク</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>ハザード</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation>ルールパック</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>リスク低減策</translation>
    </message>
    <message>
        <source>Active threats</source>
        <translation>有効な脅威</translation>
    </message>
    <message>
        <source>Every threat that is not obsolete or suppressed, grouped by the element or data flow it concerns, in name order, then by number. Each threat gives its id and STRIDE category under its title; a matrix risk reads exploitability / severity.</source>
        <translation>廃止又は抑制済みでないすべての脅威を、対象とする要素又はデータフローごとに名前順にまとめ、その中では番号順に示す。各脅威のタイトルの下には、その ID と STRIDE カテゴリを示す。マトリクスによるリスクは「悪用可能性 / 重大さ」の形で示す。</translation>
    </message>
    <message>
        <source>The model has no threats. Run the analysis first.</source>
        <translation>モデルに脅威はない。先に分析を実行する必要がある。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (data flow)</source>
        <translation>%1 (データフロー)</translation>
    </message>
    <message>
        <source>Suppressed rules</source>
        <translation>抑制されたルール</translation>
    </message>
    <message>
        <source>No rule is switched off for any element.</source>
        <translation>いずれの要素についても、抑制されたルールはない。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Obsolete threats</source>
        <translation>廃止された脅威</translation>
    </message>
    <message>
        <source>No threat has become obsolete.</source>
        <translation>廃止された脅威はない。</translation>
    </message>
    <message>
        <source>These threats no longer fire: their element or flow was removed or changed, or their rule left the pack. They are kept with their history.</source>
        <translation>これらの脅威は、対象の要素若しくはフローが削除若しくは変更されたため、又はルールがパックから除かれたため、もはや発生しない。これらは履歴とともに保持される。</translation>
    </message>
    <message>
        <source>%1 (not acceptable)</source>
        <translation>%1 (受容不可)</translation>
    </message>
    <message>
        <source>Risk summary</source>
        <translation>リスクの概要</translation>
    </message>
    <message>
        <source>Threats by category</source>
        <translation>カテゴリ別の脅威</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>未判断</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>判断済み</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Threats by status</source>
        <translation>ステータス別の脅威</translation>
    </message>
    <message>
        <source>Threats by rule severity</source>
        <translation>ルールの深刻度別の脅威</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>深刻度</translation>
    </message>
    <message>
        <source>Risk before mitigation</source>
        <translation>低減前のリスク</translation>
    </message>
    <message>
        <source>Active threats by the cell of their estimated risk; shaded red: outside the acceptable region.</source>
        <translation>有効な脅威を、推定したリスクのセルごとに示す。赤の網掛けは受容可能な範囲外を示す。</translation>
    </message>
    <message>
        <source>Risk after mitigation</source>
        <translation>低減後のリスク</translation>
    </message>
    <message>
        <source>The residual risk: the estimate after mitigation, or the one before where no later estimate is recorded.</source>
        <translation>残留リスク。すなわち低減後の推定値であり、低減後の推定値が記録されていない場合は低減前の推定値である。</translation>
    </message>
    <message numerus="yes">
        <source>%n threat(s) scored with CVSS are not in the matrices; their scores are in section %1.</source>
        <translation>
            <numerusform>CVSS で評価した %n 件の脅威はマトリクスに含まれていない。その値は第 %1 章に示す。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mitigations, requirements and verification</source>
        <translation>リスク低減策、要求事項及び検証</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>リスク低減策</translation>
    </message>
    <message>
        <source>FDA category</source>
        <translation>FDA カテゴリ</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>要求事項</translation>
    </message>
    <message>
        <source>The model has no mitigations.</source>
        <translation>モデルにリスク低減策はない。</translation>
    </message>
    <message>
        <source>Security requirements</source>
        <translation>セキュリティ要求事項</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求事項</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>The model has no security requirements.</source>
        <translation>モデルにセキュリティ要求事項はない。</translation>
    </message>
    <message>
        <source>Verification tests</source>
        <translation>検証試験</translation>
    </message>
    <message>
        <source>Verifies</source>
        <translation>検証対象</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Tester</source>
        <translation>試験者</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>開発者</translation>
    </message>
    <message>
        <source>Independence</source>
        <translation>独立性</translation>
    </message>
    <message>
        <source>met</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>不適合</translation>
    </message>
    <message>
        <source>The model has no verification tests.</source>
        <translation>モデルに検証試験はない。</translation>
    </message>
    <message>
        <source>Traceability</source>
        <translation>トレーサビリティ</translation>
    </message>
    <message>
        <source>Each active threat with the mitigations linked to it, the security requirements those mitigations are refined into, and the verification tests of either, with their results. A dash marks where the chain ends. The CSV export lists every chain on its own row.</source>
        <translation>有効な各脅威について、リンクされたリスク低減策、それらのリスク低減策を具体化したセキュリティ要求事項、及びそのいずれかを検証する検証試験とその結果を示す。ダッシュ (—) はチェーンの終端を示す。CSV エクスポートでは、各チェーンを 1 行ずつ記載する。</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>試験</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>試験</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>There are no active threats to trace.</source>
        <translation>トレースする有効な脅威はない。</translation>
    </message>
    <message>
        <source>Open gaps</source>
        <translation>未解決のギャップ</translation>
    </message>
    <message>
        <source>The traceability check finds no gaps.</source>
        <translation>トレーサビリティチェックではギャップは検出されない。</translation>
    </message>
    <message numerus="yes">
        <source>The traceability check (vigil-cli check) finds %n gap(s).</source>
        <translation>
            <numerusform>トレーサビリティチェック (vigil-cli check) で %n 件のギャップが検出される。</numerusform>
        </translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>ギャップ</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処</translation>
    </message>
    <message>
        <source>Residual risks</source>
        <translation>残留リスク</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>残留リスク</translation>
    </message>
    <message>
        <source>Acceptance rationale</source>
        <translation>受容の根拠</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>受容者</translation>
    </message>
    <message>
        <source>Threats whose residual risk lies outside the acceptable region, and those whose residual risk was accepted with a recorded rationale.</source>
        <translation>残留リスクが受容可能な範囲外にある脅威、及び記録された根拠に基づいて残留リスクが受容された脅威を示す。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>Risks transferred to safety risk management</source>
        <translation>安全リスクマネジメントに移管したリスク</translation>
    </message>
    <message>
        <source>These threats can lead to a hazardous situation; their risk is controlled in the safety risk management file (ISO 14971) under the hazards named.</source>
        <translation>これらの脅威は危険状態につながる可能性がある。そのリスクは、安全リスクマネジメントファイル (ISO 14971) において、記載したハザードの下で管理される。</translation>
    </message>
    <message>
        <source>Clause map</source>
        <translation>箇条対応表</translation>
    </message>
    <message>
        <source>Where this report answers each requirement of IEC 81001-5-1 and each item of the FDA premarket cybersecurity guidance. The descriptions are summaries, not the standard&apos;s text.</source>
        <translation>本報告書のどの章が IEC 81001-5-1 の各要求事項及び FDA 市販前サイバーセキュリティガイダンスの各項目に対応するかを示す。説明は要約であり、規格の本文ではない。</translation>
    </message>
    <message>
        <source>not included in this report</source>
        <translation>本報告書には含まれない</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>What it asks for</source>
        <translation>要求内容</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>該当章</translation>
    </message>
    <message>
        <source>IEC 81001-5-1</source>
        <translation>IEC 81001-5-1</translation>
    </message>
    <message>
        <source>FDA premarket</source>
        <translation>FDA 市販前ガイダンス</translation>
    </message>
    <message>
        <source>Security requirements for the product are identified and documented.</source>
        <translation>製品のセキュリティ要求事項が特定され、文書化されている。</translation>
    </message>
    <message>
        <source>The architecture provides defence in depth: layered controls, each with its place in the design.</source>
        <translation>アーキテクチャが多層防御を備えている。すなわち、対策が階層的に配置され、それぞれが設計上の位置付けを持つ。</translation>
    </message>
    <message>
        <source>Tests show that each security requirement is met.</source>
        <translation>各セキュリティ要求事項が満たされていることを試験で示す。</translation>
    </message>
    <message>
        <source>Tests show that each threat mitigation works.</source>
        <translation>脅威に対する各リスク低減策が機能することを試験で示す。</translation>
    </message>
    <message>
        <source>Vulnerability testing: fuzzing, attack surface and known-vulnerability scans.</source>
        <translation>脆弱性試験: ファジング、攻撃対象領域の分析及び既知の脆弱性のスキャン。</translation>
    </message>
    <message>
        <source>Penetration testing.</source>
        <translation>侵入試験。</translation>
    </message>
    <message>
        <source>Testers are independent enough of the developers whose work they test.</source>
        <translation>試験者が、試験対象の成果物の開発者から十分に独立している。</translation>
    </message>
    <message>
        <source>Threats, vulnerabilities and their possible harm are identified.</source>
        <translation>脅威、脆弱性及びそれらによって生じ得る危害が特定されている。</translation>
    </message>
    <message>
        <source>Each security risk is estimated and evaluated against acceptance criteria.</source>
        <translation>各セキュリティリスクが推定され、受容基準に照らして評価されている。</translation>
    </message>
    <message>
        <source>Security risks are controlled, and what remains is evaluated.</source>
        <translation>セキュリティリスクがコントロールされ、残留リスクが評価されている。</translation>
    </message>
    <message>
        <source>Annex C</source>
        <translation>附属書C</translation>
    </message>
    <message>
        <source>Annex F</source>
        <translation>附属書F</translation>
    </message>
    <message>
        <source>Transitional (legacy) software and the rationale for keeping it.</source>
        <translation>移行期 (レガシー) ソフトウェア及びそれを維持する根拠。</translation>
    </message>
    <message>
        <source>Threat model</source>
        <translation>脅威モデル</translation>
    </message>
    <message>
        <source>A threat model of the whole system that covers its security risks.</source>
        <translation>セキュリティリスクを網羅する、システム全体の脅威モデル。</translation>
    </message>
    <message>
        <source>Architecture views</source>
        <translation>アーキテクチャビュー</translation>
    </message>
    <message>
        <source>Global system, multi-patient harm, updatability/patchability and security use case views.</source>
        <translation>グローバルシステムビュー、複数患者危害ビュー、更新可能性/パッチ適用性ビュー及びセキュリティユースケースビュー。</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>リスクアセスメント</translation>
    </message>
    <message>
        <source>Security risks assessed before and after controls, with exploitability rather than probability.</source>
        <translation>セキュリティリスクが、発生確率ではなく悪用可能性に基づき、対策の前後で評価されている。</translation>
    </message>
    <message>
        <source>Threats traced to controls, and controls to their testing.</source>
        <translation>脅威から対策へ、対策からその試験へのトレーサビリティ。</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>実装先</translation>
    </message>
    <message>
        <source>The diagram&apos;s labels are too small to read at this size: the %1 pages that follow show it in sheets at a size at which they can be read.</source>
        <translation>この大きさでは図のラベルが小さすぎて読めません。続く %1 ページに、ラベルが読める大きさに分割した図を示します。</translation>
    </message>
    <message>
        <source>The diagram&apos;s labels are too small to read at this size, and sheets at a readable size would take %1 pages: export it on its own with File &gt; Export Diagram or vigil-cli render --fit.</source>
        <translation>この大きさでは図のラベルが小さすぎて読めません。読める大きさに分割すると %1 ページになるため、ファイル ファイル &gt; ダイアグラムのエクスポート、またはgt; 図のエクスポート、または vigil-cli render --fit で図を単独で出力してください。</translation>
    </message>
    <message>
        <source>Review records</source>
        <translation>レビュー記録</translation>
    </message>
    <message>
        <source>The team reviewed the threat model in these meetings, threat by threat. Each decision records the status before and after, the justification and who decided.</source>
        <translation>チームは、以下の会議で脅威モデルを脅威ごとにレビューした。各判断には、判断前及び判断後のステータス、根拠並びに判断者が記録されている。</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>Threats reviewed</source>
        <translation>レビュー対象の脅威</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>判断数</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>次回レビュー</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation>判断前のステータス</translation>
    </message>
    <message>
        <source>Status after</source>
        <translation>判断後のステータス</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>判断者</translation>
    </message>
    <message>
        <source>no, interrupted</source>
        <translation>いいえ (中断)</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (削除済み)</translation>
    </message>
    <message>
        <source>No review has been recorded.</source>
        <translation>レビューの記録はない。</translation>
    </message>
    <message>
        <source>undecided threats</source>
        <translation>未判断の脅威</translation>
    </message>
    <message>
        <source>threats new or changed since the last review</source>
        <translation>前回のレビュー以降に追加又は変更された脅威</translation>
    </message>
    <message>
        <source>all threats</source>
        <translation>すべての脅威</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>図「%1」</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>対象「%1」</translation>
    </message>
    <message>
        <source>risk %1 or higher</source>
        <translation>リスク %1 以上</translation>
    </message>
    <message>
        <source>by risk</source>
        <translation>リスク順</translation>
    </message>
    <message>
        <source>by number</source>
        <translation>番号順</translation>
    </message>
    <message>
        <source>by diagram and element</source>
        <translation>図・要素順</translation>
    </message>
    <message>
        <source>A threat model of the product in its environment, kept up to date and reviewed by the team.</source>
        <translation>最新の状態に維持され、チームによってレビューされる、使用環境における製品の脅威モデル。</translation>
    </message>
    <message>
        <source>Approved for release</source>
        <translation>リリース承認済み</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>レビュー済み</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (作成者: %2)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>内容のハッシュ値</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>The baseline has no approvals.</source>
        <translation>このベースラインには承認の記録はない。</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>承認の意味</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>ベースライン一覧</translation>
    </message>
    <message>
        <source>%1: %2 (%3), %4</source>
        <translation>%1: %2 (%3)、%4</translation>
    </message>
</context>
<context>
    <name>RiskEditor</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>重大</translation>
    </message>
</context>
<context>
    <name>SetSuppressionCommand</name>
    <message>
        <source>Suppress rule %1 for &quot;%2&quot;</source>
        <translation>「%2」のルール %1 を抑制</translation>
    </message>
    <message>
        <source>Stop suppressing rule %1 for &quot;%2&quot;</source>
        <translation>「%2」のルール %1 の抑制を解除</translation>
    </message>
</context>
<context>
    <name>SetThreatJustificationCommand</name>
    <message>
        <source>Edit justification of %1</source>
        <translation>%1 の根拠を編集</translation>
    </message>
</context>
<context>
    <name>SetThreatStatusCommand</name>
    <message>
        <source>Set status of %1 to %2</source>
        <translation>%1 のステータスを「%2」に設定</translation>
    </message>
</context>
<context>
    <name>ThreatBadgeItem</name>
    <message numerus="yes">
        <source>%n open threat(s)</source>
        <translation>
            <numerusform>未対応の脅威 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreatWhy</name>
    <message>
        <source>external entity</source>
        <translation>外部エンティティ</translation>
    </message>
    <message>
        <source>process</source>
        <translation>プロセス</translation>
    </message>
    <message>
        <source>data store</source>
        <translation>データストア</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>フロー</translation>
    </message>
    <message>
        <source>%1 crossing %2</source>
        <translation>%2 を横断する %1</translation>
    </message>
    <message>
        <source>Rule %1 of pack %2 %3 fired on %4: it applies to every such target.</source>
        <translation>パック %2 %3 のルール %1 が %4 に適用された。この種類の対象すべてに適用されるルールである。</translation>
    </message>
    <message>
        <source>Rule %1 of pack %2 %3 fired on %4 because %5 holds: %6.</source>
        <translation>%5 が成り立つため、パック %2 %3 のルール %1 が %4 に適用された。読み取った値: %6。</translation>
    </message>
    <message>
        <source>Suppressed for this element: %1</source>
        <translation>この要素では抑止されている: %1</translation>
    </message>
    <message>
        <source>Severity %1 stands, no refinement applies: %2.</source>
        <translation>深刻度 %1 のまま。該当する細分化はない: %2。</translation>
    </message>
    <message>
        <source>Refined by %1 (%2).</source>
        <translation>%1 により細分化された (%2)。</translation>
    </message>
    <message>
        <source>Refined by %1 (%2): severity %3 instead of %4.</source>
        <translation>%1 により細分化された (%2)。深刻度は %4 ではなく %3。</translation>
    </message>
</context>
<context>
    <name>Threats</name>
    <message>
        <source>Open</source>
        <translation>未対応</translation>
    </message>
    <message>
        <source>Needs investigation</source>
        <translation>要調査</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>低減済み</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受容済み</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>移転済み</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation>廃止</translation>
    </message>
    <message>
        <source>Spoofing</source>
        <translation>なりすまし</translation>
    </message>
    <message>
        <source>Tampering</source>
        <translation>改ざん</translation>
    </message>
    <message>
        <source>Repudiation</source>
        <translation>否認</translation>
    </message>
    <message>
        <source>Information disclosure</source>
        <translation>情報漏えい</translation>
    </message>
    <message>
        <source>Denial of service</source>
        <translation>サービス拒否</translation>
    </message>
    <message>
        <source>Elevation of privilege</source>
        <translation>権限昇格</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>抑制済み</translation>
    </message>
</context>
<context>
    <name>Trace</name>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>認可</translation>
    </message>
    <message>
        <source>Cryptography</source>
        <translation>暗号</translation>
    </message>
    <message>
        <source>Code, data and execution integrity</source>
        <translation>コード・データ・実行の完全性</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>機密性</translation>
    </message>
    <message>
        <source>Event detection and logging</source>
        <translation>イベント検出とログ記録</translation>
    </message>
    <message>
        <source>Resiliency and recovery</source>
        <translation>レジリエンスと回復</translation>
    </message>
    <message>
        <source>Updatability and patchability</source>
        <translation>更新可能性とパッチ適用性</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>実装済み</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草案</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Security requirements test</source>
        <translation>セキュリティ要求事項試験</translation>
    </message>
    <message>
        <source>Threat mitigation test</source>
        <translation>脅威緩和試験</translation>
    </message>
    <message>
        <source>Vulnerability test</source>
        <translation>脆弱性試験</translation>
    </message>
    <message>
        <source>Penetration test</source>
        <translation>侵入試験</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>No independence</source>
        <translation>独立性なし</translation>
    </message>
    <message>
        <source>Another person</source>
        <translation>別の担当者</translation>
    </message>
    <message>
        <source>Another department or organisation</source>
        <translation>別の部門または組織</translation>
    </message>
    <message>
        <source>Another organisation</source>
        <translation>別の組織</translation>
    </message>
    <message>
        <source>physical</source>
        <translation>物理</translation>
    </message>
    <message>
        <source>device</source>
        <translation>機器</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>通信</translation>
    </message>
    <message>
        <source>application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>クラウド</translation>
    </message>
    <message>
        <source>organisational</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>機器</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>no independence</source>
        <translation>独立性なし</translation>
    </message>
    <message>
        <source>another person</source>
        <translation>別の担当者</translation>
    </message>
    <message>
        <source>another department or organisation</source>
        <translation>別の部門または組織</translation>
    </message>
    <message>
        <source>another organisation</source>
        <translation>別の組織</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>○ %1</source>
        <translation>○ %1</translation>
    </message>
    <message>
        <source>— none</source>
        <translation>— なし</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Mitigation: %1</source>
        <translation>リスク低減策: %1</translation>
    </message>
    <message>
        <source>who performed the test is not recorded</source>
        <translation>試験の実施者が記録されていません</translation>
    </message>
    <message>
        <source>whose work the test verifies is not recorded</source>
        <translation>試験が検証する作業の開発者が記録されていません</translation>
    </message>
    <message>
        <source>%1 tested their own work</source>
        <translation>%1 が自分の作業を試験しました</translation>
    </message>
    <message>
        <source>the department of %1 is not recorded</source>
        <translation>%1 の部門が記録されていません</translation>
    </message>
    <message>
        <source>%1 and %2 are both in %3</source>
        <translation>%1 と %2 はどちらも %3 の所属です</translation>
    </message>
    <message>
        <source>the organisation of %1 is not recorded</source>
        <translation>%1 の組織が記録されていません</translation>
    </message>
    <message>
        <source>%1 and %2 are both of %3</source>
        <translation>%1 と %2 はどちらも %3 に所属しています</translation>
    </message>
</context>
<context>
    <name>UpdateThreatsCommand</name>
    <message>
        <source>Update threats</source>
        <translation>脅威を更新</translation>
    </message>
    <message>
        <source>Update threats (%1 new, %2 obsolete)</source>
        <translation>脅威を更新 (新規 %1 件、廃止 %2 件)</translation>
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
    <name>vigil::BaselinesUi</name>
    <message>
        <source>Approved for release</source>
        <translation>リリース承認済み</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>レビュー済み</translation>
    </message>
    <message>
        <source>Rev %1</source>
        <translation>改訂 %1</translation>
    </message>
    <message>
        <source>Create &amp;Baseline...</source>
        <translation>ベースラインを作成(&amp;B)...</translation>
    </message>
    <message>
        <source>Base&amp;lines...</source>
        <translation>ベースライン一覧(&amp;L)...</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>監査証跡</translation>
    </message>
    <message>
        <source>Keep the model as it is now as a named, frozen revision in the document</source>
        <translation>現在のモデルを、名前を付けた凍結済みの改訂としてドキュメント内に保持します</translation>
    </message>
    <message>
        <source>List the baselines; approve one, open it read-only, compare the model with it</source>
        <translation>ベースラインを一覧表示します。ベースラインの承認、読み取り専用で開く、モデルとの比較を行えます</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Audit Trail</source>
        <translation>監査証跡(&amp;A)</translation>
    </message>
    <message>
        <source>Every saved change to the document: when, by whom, what</source>
        <translation>ドキュメントに保存されたすべての変更を表示します (日時、変更者、内容)</translation>
    </message>
    <message>
        <source>Create Baseline %1</source>
        <translation>ベースライン「%1」を作成</translation>
    </message>
    <message>
        <source>Baseline %1 made; it is kept in the file when you save</source>
        <translation>ベースライン「%1」を作成しました。保存するとファイルに格納されます</translation>
    </message>
    <message>
        <source>Baseline %1 made</source>
        <translation>ベースライン「%1」を作成しました</translation>
    </message>
    <message>
        <source>The baseline is no longer in the model.</source>
        <translation>このベースラインはモデル内にもう存在しません。</translation>
    </message>
    <message>
        <source>Baseline %1 was changed after it was made (its content no longer has its hash); it cannot be approved.</source>
        <translation>ベースライン「%1」は作成後に変更されています (内容がハッシュ値と一致しません)。このベースラインは承認できません。</translation>
    </message>
    <message numerus="yes">
        <source>Baseline %1 has %n traceability gap(s); an approval needs a rationale saying why it is approved anyway.</source>
        <translation>
            <numerusform>ベースライン「%1」にはトレーサビリティのギャップが %n 件あります。承認するには、それでも承認する理由を根拠として記入する必要があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve Baseline %1</source>
        <translation>ベースライン「%1」を承認</translation>
    </message>
    <message>
        <source>Approval of baseline %1 recorded</source>
        <translation>ベースライン「%1」の承認を記録しました</translation>
    </message>
    <message>
        <source>%1 @ %2 (baseline)</source>
        <translation>%1 @ %2 (ベースライン)</translation>
    </message>
    <message>
        <source>Create Baseline</source>
        <translation>ベースラインを作成</translation>
    </message>
    <message>
        <source>A baseline keeps the whole model as it is now, frozen, inside the document, with its SHA-256. Reports can be made from it and it can be approved.</source>
        <translation>ベースラインは、モデル全体を現時点の状態で凍結し、その SHA-256 とともにドキュメント内に保持します。ベースラインから報告書を作成でき、ベースラインを承認することもできます。</translation>
    </message>
    <message>
        <source>What this revision is for: &quot;Design review 3&quot;, &quot;Submitted with 510(k) K123456&quot;</source>
        <translation>この改訂の目的: 「設計レビュー 3」、「510(k) K123456 で提出」など</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>コメント(&amp;C):</translation>
    </message>
    <message>
        <source>Made by:</source>
        <translation>作成者:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;This baseline has %n traceability gap(s)&lt;/b&gt; (Traceability &gt; Check on the baseline&apos;s window lists them). An approval records why it is given anyway.</source>
        <translation>
            <numerusform>&lt;b&gt;このベースラインにはトレーサビリティのギャップが %n 件あります&lt;/b&gt; (ベースラインのウィンドウで「トレーサビリティ」&gt;「トレーサビリティを確認」を実行すると一覧表示されます)。承認では、それでも承認する理由を記録します。</numerusform>
        </translation>
    </message>
    <message>
        <source>The baseline has no traceability gaps.</source>
        <translation>このベースラインにはトレーサビリティのギャップはありません。</translation>
    </message>
    <message>
        <source>Required: why the gaps do not stand in the way</source>
        <translation>必須: ギャップが承認の妨げにならない理由</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>&amp;Approver:</source>
        <translation>承認者(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>役割(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Meaning:</source>
        <translation>承認の意味(&amp;M):</translation>
    </message>
    <message>
        <source>R&amp;ationale:</source>
        <translation>根拠(&amp;T):</translation>
    </message>
    <message>
        <source>Record Approval</source>
        <translation>承認を記録</translation>
    </message>
    <message>
        <source>Approve Baseline</source>
        <translation>ベースラインを承認</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>ベースライン一覧</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>By</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>内容のハッシュ値</translation>
    </message>
    <message>
        <source>&amp;Approve...</source>
        <translation>承認(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Open Read-Only</source>
        <translation>読み取り専用で開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Compare with Model</source>
        <translation>モデルと比較(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New Baseline...</source>
        <translation>新しいベースライン(&amp;N)...</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source> (%n)</source>
        <translation>
            <numerusform> (%n 件)</numerusform>
        </translation>
    </message>
    <message>
        <source>changed since it was made</source>
        <translation>作成後に変更されています</translation>
    </message>
    <message>
        <source>The model has no baselines yet. A baseline keeps the model as it is, frozen, for a design review or a release.</source>
        <translation>このモデルにはまだベースラインがありません。ベースラインは、設計レビューやリリースのために、モデルをその時点の状態で凍結して保持します。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, made %2 by %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;、%2 に %3 が作成</translation>
    </message>
    <message>
        <source>Content hash: %1</source>
        <translation>内容のハッシュ値: %1</translation>
    </message>
    <message>
        <source>%1 by %2 (%3), %4</source>
        <translation>%1: %2 (%3)、%4</translation>
    </message>
    <message>
        <source>no role given</source>
        <translation>役割の記載なし</translation>
    </message>
    <message>
        <source>; rationale: %1</source>
        <translation>、根拠: %1</translation>
    </message>
    <message>
        <source>Audit Trail (%1)</source>
        <translation>監査証跡 (%1)</translation>
    </message>
    <message>
        <source>%1 is no longer in the model</source>
        <translation>%1 はモデル内にもう存在しません</translation>
    </message>
    <message>
        <source>Export &amp;Report...</source>
        <translation>報告書をエクスポート(&amp;R)...</translation>
    </message>
    <message>
        <source>The baseline&apos;s report, from its read-only window</source>
        <translation>ベースラインの報告書を、その読み取り専用ウィンドウから作成します</translation>
    </message>
</context>
<context>
    <name>vigil::ChangesPanel</name>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Filter changes</source>
        <translation>変更を絞り込み</translation>
    </message>
    <message>
        <source>Compare &amp;Again</source>
        <translation>再比較(&amp;A)</translation>
    </message>
    <message>
        <source>Compare the model as it is now with the file read again</source>
        <translation>ファイルを再度読み込み、現在のモデルと比較します</translation>
    </message>
    <message>
        <source>&amp;End Comparison</source>
        <translation>比較を終了(&amp;E)</translation>
    </message>
    <message>
        <source>Clear the list and the marks on the diagrams</source>
        <translation>一覧と図上のマークを消去します</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Trust zone</source>
        <translation>信頼ゾーン</translation>
    </message>
    <message>
        <source>Data flow</source>
        <translation>データフロー</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>図</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>リスク低減策</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求事項</translation>
    </message>
    <message>
        <source>Verification test</source>
        <translation>検証試験</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>ハザード</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <source>Suppressed rule</source>
        <translation>抑制されたルール</translation>
    </message>
    <message>
        <source>Model information</source>
        <translation>モデル情報</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>+ Added</source>
        <translation>+ 追加</translation>
    </message>
    <message>
        <source>− Removed</source>
        <translation>− 削除</translation>
    </message>
    <message>
        <source>Δ Changed</source>
        <translation>Δ 変更</translation>
    </message>
    <message>
        <source>Compare the model with another revision: File &gt; Compare with File...</source>
        <translation>モデルを別の改訂と比較するには、「ファイル」&gt;「ファイルと比較...」を使用します</translation>
    </message>
    <message>
        <source>No differences from %1.</source>
        <translation>%1 との差異はありません。</translation>
    </message>
    <message>
        <source>Changes from %1 to this model: %2 added, %3 removed, %4 changed.</source>
        <translation>%1 からこのモデルへの変更: 追加 %2 件、削除 %3 件、変更 %4 件。</translation>
    </message>
</context>
<context>
    <name>vigil::CompareUi</name>
    <message>
        <source>Co&amp;mpare with File...</source>
        <translation>ファイルと比較(&amp;M)...</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更点</translation>
    </message>
    <message>
        <source>List and mark what changed since another revision of the model (a .vigil or JSON file)</source>
        <translation>モデルの別の改訂 (.vigil または JSON ファイル) 以降に変更された内容を一覧表示し、マークします</translation>
    </message>
    <message>
        <source>Compare with File</source>
        <translation>ファイルと比較</translation>
    </message>
    <message>
        <source>Vigil models (*.vigil *.json);;All files (*)</source>
        <translation>Vigil モデル (*.vigil *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>No differences from %1</source>
        <translation>%1 との差異はありません</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since %1</source>
        <translation>
            <numerusform>%1 からの変更 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>変更点 (%1)</translation>
    </message>
    <message>
        <source>%1 %2 was removed since the compared revision</source>
        <translation>%1 %2 は比較対象の改訂以降に削除されました</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>ベースライン「%1」</translation>
    </message>
</context>
<context>
    <name>vigil::ConflictsUi</name>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>相手側</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>自分側</translation>
    </message>
    <message>
        <source>Merge Conflicts</source>
        <translation>マージの競合</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>ベース</translation>
    </message>
    <message>
        <source>Model holds</source>
        <translation>モデルで採用中</translation>
    </message>
    <message>
        <source>Keep &amp;Ours</source>
        <translation>自分側を維持(&amp;O)</translation>
    </message>
    <message>
        <source>Keep the value the model holds from our side and close the conflict</source>
        <translation>モデルに入っている自分側の値を維持し、競合を解決済みにします</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>相手側を採用(&amp;T)</translation>
    </message>
    <message>
        <source>Put the other side&apos;s value into the model and close the conflict</source>
        <translation>相手側の値をモデルに取り込み、競合を解決済みにします</translation>
    </message>
    <message>
        <source>Take theirs for %1</source>
        <translation>%1 について相手側を採用</translation>
    </message>
    <message>
        <source>Keep ours for %1</source>
        <translation>%1 について自分側を維持</translation>
    </message>
    <message>
        <source>(whole record)</source>
        <translation>(記録全体)</translation>
    </message>
    <message>
        <source>No open merge conflicts.</source>
        <translation>未解決のマージの競合はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) from a merge: the model holds the side shown under &quot;Model holds&quot; until you choose.</source>
        <translation>
            <numerusform>マージによる競合が %n 件あります。選択するまで、モデルには「モデルで採用中」に示す側の値が入っています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Conflicts (%1)</source>
        <translation>マージの競合 (%1)</translation>
    </message>
</context>
<context>
    <name>vigil::DiagramEditor</name>
    <message>
        <source>&amp;Select</source>
        <translation>選択(&amp;S)</translation>
    </message>
    <message>
        <source>Select, move and resize (S or Esc)</source>
        <translation>選択、移動、サイズ変更 (S または Esc)</translation>
    </message>
    <message>
        <source>&amp;External Entity</source>
        <translation>外部エンティティ(&amp;E)</translation>
    </message>
    <message>
        <source>Place an external entity: click, or drag out its size (E)</source>
        <translation>外部エンティティを配置: クリック、またはドラッグしてサイズを指定 (E)</translation>
    </message>
    <message>
        <source>&amp;Process</source>
        <translation>プロセス(&amp;P)</translation>
    </message>
    <message>
        <source>Place a process: click, or drag out its size (P)</source>
        <translation>プロセスを配置: クリック、またはドラッグしてサイズを指定 (P)</translation>
    </message>
    <message>
        <source>&amp;Data Store</source>
        <translation>データストア(&amp;D)</translation>
    </message>
    <message>
        <source>Place a data store: click, or drag out its size (D)</source>
        <translation>データストアを配置: クリック、またはドラッグしてサイズを指定 (D)</translation>
    </message>
    <message>
        <source>Trust &amp;Zone</source>
        <translation>信頼ゾーン(&amp;Z)</translation>
    </message>
    <message>
        <source>Draw a trust zone around elements; it takes in what it encloses (Z)</source>
        <translation>要素を囲んで信頼ゾーンを描画します。囲んだものはゾーンに含まれます (Z)</translation>
    </message>
    <message>
        <source>Data &amp;Flow</source>
        <translation>データフロー(&amp;F)</translation>
    </message>
    <message>
        <source>Draw a data flow: drag from one element to another (F; Alt+drag in Select)</source>
        <translation>データフローを描画: 要素から別の要素へドラッグ (F、選択ツールでは Alt+ドラッグ)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selection; elements take their flows along</source>
        <translation>選択項目を削除します。要素を削除すると、その要素のフローも削除されます</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>名前の変更(&amp;N)</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>左揃え(&amp;L)</translation>
    </message>
    <message>
        <source>Align &amp;Centres Horizontally</source>
        <translation>左右中央揃え(&amp;C)</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>右揃え(&amp;R)</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>上揃え(&amp;T)</translation>
    </message>
    <message>
        <source>Align &amp;Middles Vertically</source>
        <translation>上下中央揃え(&amp;M)</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>下揃え(&amp;B)</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>左右に等間隔で配置(&amp;H)</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>上下に等間隔で配置(&amp;V)</translation>
    </message>
    <message>
        <source>Bring Zone to &amp;Front</source>
        <translation>ゾーンを最前面へ移動(&amp;F)</translation>
    </message>
    <message>
        <source>Send Zone to Bac&amp;k</source>
        <translation>ゾーンを最背面へ移動(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>グリッドにスナップ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>挿入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>配置(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Align</source>
        <translation>位置揃え(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Distribute</source>
        <translation>等間隔に配置(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>全体図(&amp;V)</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>パレット</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>選択</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>エンティティ</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>プロセス</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>ストア</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>フロー</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>全体図</translation>
    </message>
    <message>
        <source>Make &quot;%1&quot; bidirectional</source>
        <translation>「%1」を双方向にする</translation>
    </message>
    <message>
        <source>Make &quot;%1&quot; one-way</source>
        <translation>「%1」を一方向にする</translation>
    </message>
    <message>
        <source>Remove bend points</source>
        <translation>屈曲点を削除</translation>
    </message>
    <message>
        <source>Paste Here</source>
        <translation>ここに貼り付け</translation>
    </message>
    <message>
        <source>&amp;Bidirectional</source>
        <translation>双方向(&amp;B)</translation>
    </message>
    <message>
        <source>Add Bend Point Here</source>
        <translation>ここに屈曲点を追加</translation>
    </message>
    <message>
        <source>Add bend point</source>
        <translation>屈曲点を追加</translation>
    </message>
    <message>
        <source>&amp;Straighten</source>
        <translation>直線にする(&amp;S)</translation>
    </message>
    <message>
        <source>Add External Entity Here</source>
        <translation>ここに外部エンティティを追加</translation>
    </message>
    <message>
        <source>Add Process Here</source>
        <translation>ここにプロセスを追加</translation>
    </message>
    <message>
        <source>Add Data Store Here</source>
        <translation>ここにデータストアを追加</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>「%1」</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 個の項目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %1 makes %n decided threat(s) obsolete. Their status, justification, risk and links stay in the model&apos;s history, but they leave the threat list, the traceability matrix and the check. Delete anyway?</source>
        <translation>
            <numerusform>%1 を削除すると、判断済みの脅威 %n 件が廃止になります。ステータス、根拠、リスク、リンクはモデルの履歴に残りますが、脅威一覧、トレーサビリティマトリクス、チェックの対象から外れます。削除しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>凡例(&amp;G)</translation>
    </message>
    <message>
        <source>Show what the shapes, lines, marks and glyphs mean</source>
        <translation>図形、線、マーク、記号の意味を表示します</translation>
    </message>
</context>
<context>
    <name>vigil::DiagramScene</name>
    <message>
        <source>Move bend point</source>
        <translation>屈曲点を移動</translation>
    </message>
    <message>
        <source>Move flow label</source>
        <translation>フローのラベルを移動</translation>
    </message>
    <message>
        <source>Remove bend point</source>
        <translation>屈曲点を削除</translation>
    </message>
    <message>
        <source>Add bend point</source>
        <translation>屈曲点を追加</translation>
    </message>
</context>
<context>
    <name>vigil::DiagramView</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
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
        <source>Trust zone</source>
        <translation>信頼ゾーン</translation>
    </message>
    <message>
        <source>Data flow</source>
        <translation>データフロー</translation>
    </message>
    <message>
        <source>Flow crossing a trust zone (marker on the zone&apos;s edge)</source>
        <translation>信頼ゾーンを横断するフロー (ゾーンの境界上のマーカー)</translation>
    </message>
    <message>
        <source>Wireless link (glyph before the protocol)</source>
        <translation>無線リンク (プロトコル名の前の記号)</translation>
    </message>
    <message>
        <source>Encrypted link (glyph before the protocol)</source>
        <translation>暗号化されたリンク (プロトコル名の前の記号)</translation>
    </message>
    <message>
        <source>Safety-critical element</source>
        <translation>安全上重要な要素</translation>
    </message>
    <message>
        <source>Open threats of an element or flow</source>
        <translation>要素またはフローの未対応の脅威</translation>
    </message>
    <message>
        <source>An empty diagram</source>
        <translation>空の図</translation>
    </message>
    <message>
        <source>Draw: choose External Entity (E), Process (P) or Data Store (D) in the tool bar and click here. Drag from an element&apos;s blue handle to another element to draw a data flow (F), and put elements that share a trust level in a Trust Zone (Z).</source>
        <translation>作図: ツールバーで外部エンティティ (E)、プロセス (P)、データストア (D) のいずれかを選び、ここをクリックします。要素の青いハンドルから別の要素へドラッグするとデータフロー (F) を描画できます。信頼レベルが同じ要素は信頼ゾーン (Z) で囲みます。</translation>
    </message>
    <message>
        <source>Analyze: Vigil lists the STRIDE threats of every element and of every flow that crosses a zone while you draw (Threats &gt; Analyze, F5).</source>
        <translation>分析: 作図している間に、Vigil はすべての要素と、ゾーンを横断するすべてのフローについて STRIDE の脅威を一覧表示します (「脅威」&gt;「分析」、F5)。</translation>
    </message>
    <message>
        <source>Triage: select a threat in the Threats list and record a decision: mitigate, accept or transfer it, with a justification.</source>
        <translation>トリアージ: 脅威一覧で脅威を選択し、低減、受容、移転のいずれかの判断を根拠とともに記録します。</translation>
    </message>
    <message>
        <source>File &gt; New from Template starts from a connected-device starter or the insulin-pump example; F1 opens the user guide.</source>
        <translation>「ファイル」&gt;「テンプレートから新規作成」で、ネットワーク接続機器のひな形またはインスリンポンプのサンプルから始められます。F1 でユーザーガイドが開きます。</translation>
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
    <message>
        <source>Redo: %1</source>
        <translation>やり直し: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>元に戻す: %1</translation>
    </message>
</context>
<context>
    <name>vigil::ExportDiagramDialog</name>
    <message>
        <source>Export Diagram</source>
        <translation>図のエクスポート</translation>
    </message>
    <message>
        <source>SVG drawing (vectors, one page)</source>
        <translation>SVG 図面 (ベクター、1 ページ)</translation>
    </message>
    <message>
        <source>PDF document (vectors)</source>
        <translation>PDF ドキュメント (ベクター)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <source>Threat-count &amp;badges (as on screen)</source>
        <translation>脅威数のバッジ (画面表示と同じ)(&amp;B)</translation>
    </message>
    <message>
        <source>The live counts of open threats; a document usually leaves them out, since they change with every decision</source>
        <translation>未対応の脅威の現在の件数です。判断のたびに変わるため、通常は文書に含めません</translation>
    </message>
    <message>
        <source>&amp;Legend of the notation</source>
        <translation>表記の凡例(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Title block: model, diagram, revision, date</source>
        <translation>表題欄: モデル、図、改訂、日付(&amp;T)</translation>
    </message>
    <message>
        <source>optional, e.g. B or 1.2</source>
        <translation>省略可 (例: B、1.2)</translation>
    </message>
    <message>
        <source>&amp;Revision:</source>
        <translation>改訂(&amp;R):</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>倍率(&amp;S):</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>100% is the size the diagram has on screen at 100% zoom</source>
        <translation>100% は、ズーム 100% のときに画面に表示される図の大きさです</translation>
    </message>
    <message>
        <source>Reso&amp;lution:</source>
        <translation>解像度(&amp;U):</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Fit to paper:</source>
        <translation>用紙に合わせる(&amp;F):</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 横</translation>
    </message>
    <message>
        <source>Letter landscape</source>
        <translation>レター 横</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>Text stays at least 6 pt high; a diagram too large for one page at that size is split over several pages.</source>
        <translation>文字の高さは 6 pt 以上に保たれます。その大きさで 1 ページに収まらない図は、複数のページに分割されます。</translation>
    </message>
    <message>
        <source>Text stays at least 6 pt high; a diagram too large for one page at that size is split into one image per page (name-1.png, name-2.png, ...).</source>
        <translation>文字の高さは 6 pt 以上に保たれます。その大きさで 1 ページに収まらない図は、ページごとに 1 つの画像に分割されます (name-1.png、name-2.png、...)。</translation>
    </message>
    <message>
        <source>Text stays at least 6 pt high; an SVG holds one page, so a diagram too large for one page at that size needs PDF or PNG.</source>
        <translation>文字の高さは 6 pt 以上に保たれます。SVG に収まるのは 1 ページだけのため、その大きさで 1 ページに収まらない図には PDF または PNG が必要です。</translation>
    </message>
</context>
<context>
    <name>vigil::ExportReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>報告書のエクスポート</translation>
    </message>
    <message>
        <source>PDF/A document (*.pdf)</source>
        <translation>PDF/A ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>Web page, one file (*.html)</source>
        <translation>Web ページ、単一ファイル (*.html)</translation>
    </message>
    <message>
        <source>OpenDocument text, editable (*.odt)</source>
        <translation>OpenDocument テキスト、編集可能 (*.odt)</translation>
    </message>
    <message>
        <source>CSV files, one per table, into a folder</source>
        <translation>CSV ファイル、表ごとに 1 ファイル、フォルダーに出力</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US レター</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>用紙(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>e.g. DHF-TM-001</source>
        <translation>例: DHF-TM-001</translation>
    </message>
    <message>
        <source>Document &amp;id:</source>
        <translation>文書番号(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Revision:</source>
        <translation>改訂(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作成者(&amp;A):</translation>
    </message>
    <message>
        <source>One per line: name, role</source>
        <translation>1 行に 1 人: 名前、役割</translation>
    </message>
    <message>
        <source>A&amp;pprovers:</source>
        <translation>承認者(&amp;V):</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>含める章</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>参照(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存先(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>CSV ファイルの保存先フォルダー</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>報告書の保存先を選択してください。</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>少なくとも 1 つの章を選択してください。</translation>
    </message>
</context>
<context>
    <name>vigil::GapList</name>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>ギャップ</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処</translation>
    </message>
    <message>
        <source>Double-click a gap to show the object to fix</source>
        <translation>ギャップをダブルクリックすると、修正する対象を表示します</translation>
    </message>
    <message>
        <source>Threat not decided</source>
        <translation>未判断の脅威</translation>
    </message>
    <message>
        <source>Decision without justification</source>
        <translation>根拠のない判断</translation>
    </message>
    <message>
        <source>Mitigated without a working control</source>
        <translation>有効な対策のない低減済み脅威</translation>
    </message>
    <message>
        <source>Risk not estimated</source>
        <translation>リスク未推定</translation>
    </message>
    <message>
        <source>Residual risk not accepted</source>
        <translation>残留リスク未受容</translation>
    </message>
    <message>
        <source>Mitigation without requirement</source>
        <translation>要求事項のないリスク低減策</translation>
    </message>
    <message>
        <source>Requirement without test</source>
        <translation>試験のない要求事項</translation>
    </message>
    <message>
        <source>Test not passed</source>
        <translation>未合格の試験</translation>
    </message>
    <message>
        <source>Tester not independent (5.7.5)</source>
        <translation>試験者の独立性不足 (5.7.5)</translation>
    </message>
    <message>
        <source>Transitional element without rationale</source>
        <translation>根拠のない移行期要素</translation>
    </message>
    <message>
        <source>Threats out of date</source>
        <translation>脅威が最新ではない</translation>
    </message>
    <message>
        <source>Set a status: mitigated, accepted, transferred or not applicable.</source>
        <translation>ステータスを設定してください: 低減済み、受容済み、移転済み、該当なしのいずれか。</translation>
    </message>
    <message>
        <source>Write down why this decision was made.</source>
        <translation>この判断を行った理由を記録してください。</translation>
    </message>
    <message>
        <source>Link a mitigation that is implemented or verified, or change the status.</source>
        <translation>実装済みまたは検証済みのリスク低減策をリンクするか、ステータスを変更してください。</translation>
    </message>
    <message>
        <source>Fix the risk before mitigation: %1</source>
        <translation>低減前のリスクを修正してください: %1</translation>
    </message>
    <message>
        <source>Estimate the risk before mitigation (CVSS or the matrix).</source>
        <translation>低減前のリスクを推定してください (CVSS またはマトリクス)。</translation>
    </message>
    <message>
        <source>Mitigate further, hand it to safety risk management, or record who accepts the residual risk and why.</source>
        <translation>さらに低減するか、安全リスクマネジメントに移管するか、残留リスクの受容者と理由を記録してください。</translation>
    </message>
    <message>
        <source>Link a security requirement that this control implements.</source>
        <translation>この対策が実装するセキュリティ要求事項をリンクしてください。</translation>
    </message>
    <message>
        <source>Add a verification test that verifies this requirement.</source>
        <translation>この要求事項を検証する検証試験を追加してください。</translation>
    </message>
    <message>
        <source>The test failed: fix and test again.</source>
        <translation>試験が不合格です。修正して再試験してください。</translation>
    </message>
    <message>
        <source>Run the test and record its result.</source>
        <translation>試験を実施し、結果を記録してください。</translation>
    </message>
    <message>
        <source>Record why the legacy software is kept and how its risk is contained (property &quot;Transitional rationale&quot;).</source>
        <translation>レガシーソフトウェアを維持する理由と、そのリスクをどのように抑えるかを記録してください (プロパティ「移行の根拠」)。</translation>
    </message>
    <message>
        <source>Analyze again (F5): %1</source>
        <translation>再度分析してください (F5): %1</translation>
    </message>
    <message>
        <source>All gaps (%1)</source>
        <translation>すべてのギャップ (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The whole model</source>
        <translation>モデル全体</translation>
    </message>
    <message>
        <source>✔ No gaps</source>
        <translation>✔ ギャップなし</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n 件のギャップ</numerusform>
        </translation>
    </message>
    <message>
        <source>The tester must be independent of the developer (%1): %2.</source>
        <translation>試験者は開発者から独立している必要があります (%1): %2。</translation>
    </message>
    <message>
        <source>Threat model review overdue</source>
        <translation>脅威モデルのレビュー期限超過</translation>
    </message>
    <message>
        <source>No completed review of the threat model</source>
        <translation>完了した脅威モデルのレビューなし</translation>
    </message>
    <message>
        <source>Review the threat model again with the team; the next review was due by %1.</source>
        <translation>チームで脅威モデルを再度レビューしてください。次回レビューの期限は %1 でした。</translation>
    </message>
    <message>
        <source>Review the threat model with the team in a review meeting and complete the review.</source>
        <translation>レビュー会議でチームとともに脅威モデルをレビューし、レビューを完了してください。</translation>
    </message>
    <message>
        <source>Review %1 of %2</source>
        <translation>%2 のレビュー %1</translation>
    </message>
    <message>
        <source>Merge conflict not settled</source>
        <translation>未解決のマージの競合</translation>
    </message>
    <message>
        <source>Choose ours or theirs in the Merge Conflicts dock.</source>
        <translation>「マージの競合」ドックで自分側または相手側を選択してください。</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
</context>
<context>
    <name>vigil::HazardsTab</name>
    <message>
        <source>Reference</source>
        <translation>参照 ID</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>ハザード</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Add a hazard (Insert in the table)</source>
        <translation>ハザードを追加します (表では Insert キー)</translation>
    </message>
    <message>
        <source>Remove the selected hazards; threats lose their links to them (Delete in the table)</source>
        <translation>選択したハザードを削除します。脅威からのリンクも削除されます (表では Delete キー)</translation>
    </message>
    <message>
        <source>Set hazard reference to &quot;%1&quot;</source>
        <translation>ハザードの参照 ID を「%1」に設定</translation>
    </message>
    <message>
        <source>HAZ-001</source>
        <translation>HAZ-001</translation>
    </message>
    <message>
        <source>The hazard&apos;s id in the ISO 14971 risk management file</source>
        <translation>ISO 14971 リスクマネジメントファイルにおけるハザードの ID</translation>
    </message>
    <message>
        <source>Rename hazard to &quot;%1&quot;</source>
        <translation>ハザードのタイトルを「%1」に変更</translation>
    </message>
    <message>
        <source>Edit hazard description</source>
        <translation>ハザードの説明を編集</translation>
    </message>
    <message>
        <source>Threats that can lead to this hazard; double-click one to show it in the threats list</source>
        <translation>このハザードにつながる可能性のある脅威です。ダブルクリックすると脅威一覧に表示されます</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>参照 ID:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <source>Linked threats:</source>
        <translation>リンクしている脅威:</translation>
    </message>
    <message numerus="yes">
        <source>%n hazard(s)</source>
        <translation>
            <numerusform>%n 件のハザード</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n hazard(s)</source>
        <translation>
            <numerusform>ハザード %n 件中 %1 件を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(無題)</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Threats (not obsolete) that can lead to this hazard</source>
        <translation>このハザードにつながる可能性のある脅威 (廃止を除く)</translation>
    </message>
    <message>
        <source>New hazard</source>
        <translation>新しいハザード</translation>
    </message>
    <message>
        <source>Add hazard</source>
        <translation>ハザードを追加</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n hazard(s)</source>
        <translation>
            <numerusform>%n 件のハザードを削除</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>vigil::HistoryPanel</name>
    <message>
        <source>Filter by time, person, change or object</source>
        <translation>日時、担当者、変更、対象で絞り込み</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>変更者</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Model information</source>
        <translation>モデル情報</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Diagram %1</source>
        <translation>図「%1」</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>ベースライン「%1」</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more not listed)</source>
        <translation>
            <numerusform>(ほか %n 件は一覧にありません)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>未保存</translation>
    </message>
    <message numerus="yes">
        <source>%n saved change(s)</source>
        <translation>
            <numerusform>保存済みの変更 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n change(s) the next save records</source>
        <translation>
            <numerusform>、次回の保存で記録される変更 %n 件</numerusform>
        </translation>
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
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>未保存の変更の復元</translation>
    </message>
    <message>
        <source>Vigil was not closed properly. Unsaved changes to &quot;%1&quot; from %2 were kept. Recover them?</source>
        <translation>Vigil は正常に終了しませんでした。「%1」に対する %2 時点の未保存の変更が保持されています。復元しますか?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>後で(&amp;N)</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>図のエクスポート</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>On the diagram: S select, E external entity, P process, D data store, Z trust zone, F flow; Space-drag or the middle button pans; Ctrl+wheel zooms; arrow keys nudge.</source>
        <translation>図の上では: S 選択、E 外部エンティティ、P プロセス、D データストア、Z 信頼ゾーン、F フロー。Space を押しながらドラッグまたは中ボタンでパン、Ctrl+ホイールでズーム、矢印キーで少しずつ移動します。</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <source>Open the user guide at the part you are working in</source>
        <translation>作業中の箇所に対応するページでユーザーガイドを開きます</translation>
    </message>
    <message>
        <source>Pre&amp;ferences...</source>
        <translation>環境設定(&amp;F)...</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>テンプレートから新規作成(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Blank Model</source>
        <translation>空のモデル(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Connected Device Starter</source>
        <translation>ネットワーク接続機器のひな形(&amp;C)</translation>
    </message>
    <message>
        <source>Connected device (starter)</source>
        <translation>ネットワーク接続機器 (ひな形)</translation>
    </message>
    <message>
        <source>&amp;Insulin Pump Example</source>
        <translation>インスリンポンプのサンプル(&amp;I)</translation>
    </message>
    <message>
        <source>%1: the bundled model is missing</source>
        <translation>%1: 同梱のモデルが見つかりません</translation>
    </message>
    <message>
        <source>%1: the file changed on disk since it was read; nothing was saved</source>
        <translation>%1: 読み込んだ後にディスク上のファイルが変更されたため、何も保存しませんでした</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>%1 を再読み込みしました</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>ディスク上のファイルの変更</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed on disk since this window opened or last saved it: another program or window saved or replaced it. Saving your edits into it would mix the two, so nothing was saved.

Save your edits to a new file, reload the file (discarding your edits), or overwrite the file with this window&apos;s model?</source>
        <translation>「%1」は、このウィンドウで開いた後または最後に保存した後に、ディスク上で変更されました。別のプログラムまたはウィンドウが保存したか、置き換えています。このまま変更内容を保存すると両方の内容が混在するため、何も保存していません。

変更内容を新しいファイルに保存するか、ファイルを再読み込みする (変更内容は破棄されます) か、このウィンドウのモデルでファイルを上書きしますか?</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>上書き(&amp;O)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Reload &quot;%1&quot; from disk? Your unsaved edits in this window will be lost.</source>
        <translation>「%1」をディスクから再読み込みしますか? このウィンドウの未保存の変更は失われます。</translation>
    </message>
    <message>
        <source>&amp;Reload and Discard Edits</source>
        <translation>再読み込みして変更を破棄(&amp;R)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed on disk. Reload it? Your unsaved edits in this window will be lost.</source>
        <translation>「%1」がディスク上で変更されました。再読み込みしますか? このウィンドウの未保存の変更は失われます。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed on disk. Reload it?</source>
        <translation>「%1」がディスク上で変更されました。再読み込みしますか?</translation>
    </message>
    <message>
        <source>&amp;Keep This Version</source>
        <translation>このバージョンを保持(&amp;K)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 画像 (*.png);;SVG 図面 (*.svg);;PDF ドキュメント (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (see the details).</source>
        <translation>
            <numerusform>…ほか %n 件 (詳細を参照してください)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline %1 is frozen: nothing in it can change. Edit the model itself.</source>
        <translation>ベースライン「%1」は凍結されているため、変更できません。モデル本体を編集してください。</translation>
    </message>
</context>
<context>
    <name>vigil::MitigationsTab</name>
    <message>
        <source>Mitigation</source>
        <translation>リスク低減策</translation>
    </message>
    <message>
        <source>Control category</source>
        <translation>対策カテゴリ</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>実装先</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>要求事項</translation>
    </message>
    <message>
        <source>Add a mitigation (Insert in the table)</source>
        <translation>リスク低減策を追加します (表では Insert キー)</translation>
    </message>
    <message>
        <source>Remove the selected mitigations and their links (Delete in the table)</source>
        <translation>選択したリスク低減策とそのリンクを削除します (表では Delete キー)</translation>
    </message>
    <message>
        <source>Drag threats from the threats list onto a mitigation to link them</source>
        <translation>脅威一覧から脅威をリスク低減策へドラッグするとリンクされます</translation>
    </message>
    <message>
        <source>Rename mitigation to &quot;%1&quot;</source>
        <translation>リスク低減策の名前を「%1」に変更</translation>
    </message>
    <message>
        <source>Edit mitigation description</source>
        <translation>リスク低減策の説明を編集</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <source>The security control category of the FDA premarket guidance</source>
        <translation>FDA 市販前ガイダンスにおけるセキュリティ対策のカテゴリ</translation>
    </message>
    <message>
        <source>Set control category to %1</source>
        <translation>対策カテゴリを「%1」に設定</translation>
    </message>
    <message>
        <source>Set layer to &quot;%1&quot;</source>
        <translation>レイヤーを「%1」に設定</translation>
    </message>
    <message>
        <source>The defense-in-depth layer the control sits in; pick one or type your own</source>
        <translation>対策が属する多層防御のレイヤーです。一覧から選ぶか、独自に入力してください</translation>
    </message>
    <message>
        <source>Whether the device implements the control or relies on its environment (hospital network, cloud, user)</source>
        <translation>対策を機器自体が実装するか、使用環境 (病院ネットワーク、クラウド、ユーザー) に依存するか</translation>
    </message>
    <message>
        <source>Set scope to %1</source>
        <translation>実装先を「%1」に設定</translation>
    </message>
    <message>
        <source>Set mitigation status to %1</source>
        <translation>リスク低減策のステータスを「%1」に設定</translation>
    </message>
    <message>
        <source>Link Requirements...</source>
        <translation>要求事項をリンク...</translation>
    </message>
    <message>
        <source>Double-click a threat to show it in the threats list</source>
        <translation>脅威をダブルクリックすると脅威一覧に表示されます</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <source>Control category:</source>
        <translation>対策カテゴリ:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>実装先:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>レイヤー:</translation>
    </message>
    <message>
        <source>Requirements:</source>
        <translation>要求事項:</translation>
    </message>
    <message>
        <source>Used by threats:</source>
        <translation>リンクしている脅威:</translation>
    </message>
    <message numerus="yes">
        <source>%n mitigation(s)</source>
        <translation>
            <numerusform>%n 件のリスク低減策</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n mitigation(s)</source>
        <translation>
            <numerusform>リスク低減策 %n 件中 %1 件を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(無題)</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Threats (not obsolete) this mitigation is linked to</source>
        <translation>このリスク低減策にリンクしている脅威 (廃止を除く)</translation>
    </message>
    <message>
        <source>No security requirement specifies this mitigation yet</source>
        <translation>このリスク低減策を規定するセキュリティ要求事項はまだありません</translation>
    </message>
    <message>
        <source>Security requirements that specify this mitigation</source>
        <translation>このリスク低減策を規定するセキュリティ要求事項</translation>
    </message>
    <message>
        <source>New mitigation</source>
        <translation>新しいリスク低減策</translation>
    </message>
    <message>
        <source>Add mitigation</source>
        <translation>リスク低減策を追加</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n mitigation(s)</source>
        <translation>
            <numerusform>%n 件のリスク低減策を削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Link %n threat(s) to &quot;%1&quot;</source>
        <translation>
            <numerusform>%n 件の脅威を「%1」にリンク</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>Link Requirements</source>
        <translation>要求事項のリンク</translation>
    </message>
    <message>
        <source>The security requirements that specify &quot;%1&quot;:</source>
        <translation>「%1」を規定するセキュリティ要求事項:</translation>
    </message>
    <message>
        <source>Link requirements to &quot;%1&quot;</source>
        <translation>要求事項を「%1」にリンク</translation>
    </message>
    <message numerus="yes">
        <source>Unlink %n requirement(s) from &quot;%1&quot;</source>
        <translation>
            <numerusform>「%1」から %n 件の要求事項のリンクを解除</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)
%3
Double-click to show it</source>
        <translation>%1 (%2)
%3
ダブルクリックで表示</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>vigil::ModelPanels</name>
    <message>
        <source>Data-flow diagram</source>
        <translation>データフロー図</translation>
    </message>
    <message>
        <source>Global system view</source>
        <translation>グローバルシステムビュー</translation>
    </message>
    <message>
        <source>Multi-patient harm view</source>
        <translation>複数患者危害ビュー</translation>
    </message>
    <message>
        <source>Updatability/patchability view</source>
        <translation>更新可能性/パッチ適用性ビュー</translation>
    </message>
    <message>
        <source>Security use case view</source>
        <translation>セキュリティユースケースビュー</translation>
    </message>
    <message>
        <source>New Diagram</source>
        <translation>新しい図</translation>
    </message>
    <message>
        <source>Diagram Properties</source>
        <translation>図のプロパティ</translation>
    </message>
    <message>
        <source>0 is the context diagram; each level details the one above it.</source>
        <translation>0 はコンテキスト図です。各レベルは 1 つ上のレベルを詳細化します。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>DFD &amp;level:</source>
        <translation>DFD レベル(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>アウトライン</translation>
    </message>
    <message>
        <source>The selected items are not on any diagram; use Diagram &gt; Place on Diagram.</source>
        <translation>選択した項目はどの図にも配置されていません。「図」&gt;「図に配置」を使用してください。</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>アウトライン(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>プロパティ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;New Diagram...</source>
        <translation>新しい図(&amp;N)...</translation>
    </message>
    <message>
        <source>Add a diagram: a DFD level or one of the FDA views</source>
        <translation>図を追加します (DFD のレベル、または FDA のいずれかのビュー)</translation>
    </message>
    <message>
        <source>Level %1 DFD</source>
        <translation>レベル %1 DFD</translation>
    </message>
    <message>
        <source>Diagram &amp;Properties...</source>
        <translation>図のプロパティ(&amp;P)...</translation>
    </message>
    <message>
        <source>Rename this diagram or change its kind and level</source>
        <translation>この図の名前、種類、レベルを変更します</translation>
    </message>
    <message>
        <source>Edit diagram &quot;%1&quot;</source>
        <translation>図「%1」を編集</translation>
    </message>
    <message>
        <source>&amp;Delete Diagram</source>
        <translation>図を削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete this diagram and its layout; the elements stay in the model</source>
        <translation>この図とそのレイアウトを削除します。要素はモデルに残ります</translation>
    </message>
    <message>
        <source>Place on &amp;Diagram</source>
        <translation>図に配置(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Remove from Diagram</source>
        <translation>図から外す(&amp;R)</translation>
    </message>
    <message>
        <source>Take the selection off this diagram only; it stays in the model and on other diagrams</source>
        <translation>選択項目をこの図からのみ外します。モデルと他の図には残ります</translation>
    </message>
    <message>
        <source>&amp;Export Diagram...</source>
        <translation>図をエクスポート(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Diagram</source>
        <translation>図(&amp;D)</translation>
    </message>
    <message>
        <source>The model&apos;s last diagram cannot be deleted.</source>
        <translation>モデルの最後の図は削除できません。</translation>
    </message>
    <message>
        <source>Diagram deleted; its elements stay in the model. Undo brings it back.</source>
        <translation>図を削除しました。要素はモデルに残っています。「元に戻す」で図を復元できます。</translation>
    </message>
    <message>
        <source>Rename diagram &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>図「%1」の名前を「%2」に変更</translation>
    </message>
    <message>
        <source>The selection is already on &quot;%1&quot;.</source>
        <translation>選択項目はすでに「%1」に配置されています。</translation>
    </message>
    <message>
        <source>Removed from this diagram only; the items stay in the model.</source>
        <translation>この図からのみ外しました。項目はモデルに残っています。</translation>
    </message>
    <message>
        <source>Reorder diagrams</source>
        <translation>図の並べ替え</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>図</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 をエクスポートしました</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自動保存に失敗しました: %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Recovered unsaved changes to %1; save to keep them.</source>
        <translation>%1 の未保存の変更を復元しました。残すには保存してください。</translation>
    </message>
    <message>
        <source>Save the current diagram as a PNG image, an SVG drawing or a PDF document</source>
        <translation>現在の図を PNG 画像、SVG 図面、PDF ドキュメントのいずれかとして保存します</translation>
    </message>
    <message>
        <source>Exported %1 pages: %2 to %3</source>
        <translation>%1 ページをエクスポートしました: %2 ～ %3</translation>
    </message>
</context>
<context>
    <name>vigil::OutlinePanel</name>
    <message>
        <source>Search by name</source>
        <translation>名前で検索</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3: %4</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>External entities</source>
        <translation>外部エンティティ</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>プロセス</translation>
    </message>
    <message>
        <source>Data stores</source>
        <translation>データストア</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>フロー</translation>
    </message>
    <message>
        <source>Trust zones</source>
        <translation>信頼ゾーン</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>図</translation>
    </message>
</context>
<context>
    <name>vigil::OverviewView</name>
    <message>
        <source>Click or drag to move the diagram view</source>
        <translation>クリックまたはドラッグして図の表示範囲を移動します</translation>
    </message>
</context>
<context>
    <name>vigil::PeopleTab</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>実施した試験</translation>
    </message>
    <message>
        <source>Developed</source>
        <translation>開発成果の試験</translation>
    </message>
    <message>
        <source>Add a person (Insert in the table)</source>
        <translation>担当者を追加します (表では Insert キー)</translation>
    </message>
    <message>
        <source>Remove the selected people; tests and risk acceptances that name them are cleared (Delete in the table)</source>
        <translation>選択した担当者を削除します。その担当者を指定している試験とリスク受容の欄は空になります (表では Delete キー)</translation>
    </message>
    <message>
        <source>Rename person to &quot;%1&quot;</source>
        <translation>担当者の名前を「%1」に変更</translation>
    </message>
    <message>
        <source>Set role to &quot;%1&quot;</source>
        <translation>役割を「%1」に設定</translation>
    </message>
    <message>
        <source>Set department to &quot;%1&quot;</source>
        <translation>部門を「%1」に設定</translation>
    </message>
    <message>
        <source>Independence rules compare departments by their exact name</source>
        <translation>独立性のルールでは部門を名前の完全一致で比較します</translation>
    </message>
    <message>
        <source>Set organisation to &quot;%1&quot;</source>
        <translation>組織を「%1」に設定</translation>
    </message>
    <message>
        <source>Independence rules compare organisations by their exact name</source>
        <translation>独立性のルールでは組織を名前の完全一致で比較します</translation>
    </message>
    <message>
        <source>Tests this person performed or whose verified work they developed; double-click one to show it</source>
        <translation>この担当者が実施した試験、またはこの担当者の開発成果を検証する試験です。ダブルクリックすると表示されます</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>役割:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部門:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>組織:</translation>
    </message>
    <message>
        <source>Tests:</source>
        <translation>試験:</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 名の担当者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n person(s)</source>
        <translation>
            <numerusform>担当者 %n 名中 %1 名を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>Tests this person performed</source>
        <translation>この担当者が実施した試験</translation>
    </message>
    <message>
        <source>Tests that verify this person&apos;s work</source>
        <translation>この担当者の開発成果を検証する試験</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新しい担当者</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>担当者を追加</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n person(s): %1</source>
        <translation>
            <numerusform>%n 名の担当者を削除: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>performed</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>developer of the verified work</source>
        <translation>検証対象の開発者</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>vigil::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>&amp;User interface:</source>
        <translation>表示言語(&amp;U):</translation>
    </message>
    <message>
        <source>Takes effect the next time Vigil starts.</source>
        <translation>次回 Vigil を起動したときに有効になります。</translation>
    </message>
    <message>
        <source>New models</source>
        <translation>新規モデル</translation>
    </message>
    <message>
        <source>Rule packs a new model is analyzed with:</source>
        <translation>新規モデルの分析に使用するルールパック:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A model keeps the packs it was created with.</source>
        <translation>モデルは作成時のパックを保持します。</translation>
    </message>
    <message>
        <source>Analysis and autosave</source>
        <translation>分析と自動保存</translation>
    </message>
    <message>
        <source>&amp;Analyze automatically after each edit</source>
        <translation>編集のたびに自動的に分析する(&amp;A)</translation>
    </message>
    <message>
        <source>The same setting as Threats &gt; Analyze Automatically</source>
        <translation>「脅威」&gt;「自動分析」と同じ設定です</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>How often unsaved changes are copied to a recovery file, which Vigil offers to restore after a crash. 0 turns it off.</source>
        <translation>未保存の変更を復元用ファイルにコピーする間隔です。Vigil が異常終了した場合は、このファイルからの復元を提案します。0 で無効になります。</translation>
    </message>
    <message>
        <source>Auto&amp;save every:</source>
        <translation>自動保存の間隔(&amp;S):</translation>
    </message>
    <message>
        <source>Diagram grid</source>
        <translation>図のグリッド</translation>
    </message>
    <message>
        <source>Show &amp;grid</source>
        <translation>グリッドを表示(&amp;G)</translation>
    </message>
    <message>
        <source>S&amp;nap to grid</source>
        <translation>グリッドにスナップ(&amp;N)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Grid si&amp;ze:</source>
        <translation>グリッドのサイズ(&amp;Z):</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>既定値に戻す</translation>
    </message>
    <message>
        <source>Choose at least one rule pack for new models.</source>
        <translation>新規モデル用のルールパックを少なくとも 1 つ選択してください。</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>監査証跡</translation>
    </message>
    <message>
        <source>The name a document&apos;s history and new baselines record for your changes; empty: your user name on this computer</source>
        <translation>ドキュメントの履歴と新しいベースラインに、変更者として記録される名前です。空欄の場合は、このコンピューターのユーザー名が使用されます</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>氏名(&amp;Y):</translation>
    </message>
</context>
<context>
    <name>vigil::PresentationView</name>
    <message>
        <source>No diagram shows this threat&apos;s element or flow.</source>
        <translation>この脅威の要素またはフローを表示している図はありません。</translation>
    </message>
    <message>
        <source>→/Space</source>
        <translation>→/Space</translation>
    </message>
    <message>
        <source>next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>←</source>
        <translation>←</translation>
    </message>
    <message>
        <source>back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>mitigated</source>
        <translation>低減済み</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>受容済み</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>investigate</source>
        <translation>要調査</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>移転済み</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>confirm as is</source>
        <translation>現状のまま確定</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>mitigation</source>
        <translation>リスク低減策</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>leave</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Shift+key</source>
        <translation>Shift+キー</translation>
    </message>
    <message numerus="yes">
        <source>all %n threats of this rule</source>
        <translation>
            <numerusform>このルールの脅威 %n 件すべて</numerusform>
        </translation>
    </message>
    <message>
        <source>No threats to review</source>
        <translation>レビュー対象の脅威はありません</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation>%2 件中 %1 件判断済み</translation>
    </message>
    <message>
        <source>&lt;p&gt;The review&apos;s filter selects no threat.&lt;/p&gt;</source>
        <translation>&lt;p&gt;レビューの絞り込み条件に該当する脅威はありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>リスク:</translation>
    </message>
    <message>
        <source>After mitigation:</source>
        <translation>低減後:</translation>
    </message>
    <message>
        <source>Mitigations:</source>
        <translation>リスク低減策:</translation>
    </message>
    <message>
        <source>none linked</source>
        <translation>リンクなし</translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation>根拠:</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>who decides</source>
        <translation>判断者を交代</translation>
    </message>
    <message>
        <source>Decided by %1</source>
        <translation>判断者: %1</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>next review</source>
        <translation>次回レビュー</translation>
    </message>
</context>
<context>
    <name>vigil::PropertiesPanel</name>
    <message>
        <source>Model: %1</source>
        <translation>モデル: %1</translation>
    </message>
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
        <source>Data flow</source>
        <translation>データフロー</translation>
    </message>
    <message>
        <source>Trust zone</source>
        <translation>信頼ゾーン</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>%n 個の項目を選択中</numerusform>
        </translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Rename the model</source>
        <translation>モデル名を変更</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Edit the model&apos;s description</source>
        <translation>モデルの説明を編集</translation>
    </message>
    <message>
        <source>Security context</source>
        <translation>セキュリティコンテキスト</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>意図する使用</translation>
    </message>
    <message>
        <source>Edit the intended use</source>
        <translation>意図する使用を編集</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>使用環境</translation>
    </message>
    <message>
        <source>Edit the environment</source>
        <translation>使用環境を編集</translation>
    </message>
    <message>
        <source>Network location</source>
        <translation>ネットワーク上の位置</translation>
    </message>
    <message>
        <source>Edit the network location</source>
        <translation>ネットワーク上の位置を編集</translation>
    </message>
    <message>
        <source>Physical protection</source>
        <translation>物理的保護</translation>
    </message>
    <message>
        <source>Edit the physical protection</source>
        <translation>物理的保護を編集</translation>
    </message>
    <message>
        <source>Safety impact</source>
        <translation>安全への影響</translation>
    </message>
    <message>
        <source>Edit the safety impact</source>
        <translation>安全への影響を編集</translation>
    </message>
    <message>
        <source>Scope and assumptions</source>
        <translation>対象範囲と前提条件</translation>
    </message>
    <message>
        <source>Assumptions
(one per line)</source>
        <translation>前提条件
(1 行に 1 つ)</translation>
    </message>
    <message>
        <source>Edit the assumptions</source>
        <translation>前提条件を編集</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>対象範囲</translation>
    </message>
    <message>
        <source>Edit the scope</source>
        <translation>対象範囲を編集</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Rename to &quot;%1&quot;</source>
        <translation>名前を「%1」に変更</translation>
    </message>
    <message>
        <source>Edit the description</source>
        <translation>説明を編集</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>対象範囲外</translation>
    </message>
    <message>
        <source>Mark out of scope</source>
        <translation>対象範囲外にする</translation>
    </message>
    <message>
        <source>Mark in scope</source>
        <translation>対象範囲内にする</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Edit the out-of-scope reason</source>
        <translation>対象範囲外とする理由を編集</translation>
    </message>
    <message>
        <source>From</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>To</source>
        <translation>送信先</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Set the protocol to &quot;%1&quot;</source>
        <translation>プロトコルを「%1」に設定</translation>
    </message>
    <message>
        <source>Bidirectional</source>
        <translation>双方向</translation>
    </message>
    <message>
        <source>Make bidirectional</source>
        <translation>双方向にする</translation>
    </message>
    <message>
        <source>Make one-way</source>
        <translation>一方向にする</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>親ゾーン</translation>
    </message>
    <message>
        <source>The zone this one is nested in; move the zone on a diagram to change it.</source>
        <translation>このゾーンを内包するゾーンです。変更するには、図上でゾーンを移動してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n 要素</numerusform>
        </translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>含まれる要素</translation>
    </message>
    <message>
        <source>(different values)</source>
        <translation>(複数の値)</translation>
    </message>
    <message>
        <source>Reset to &quot;not set&quot;</source>
        <translation>「未設定」に戻す</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message numerus="yes">
        <source>Set &quot;%1&quot; on %n item(s)</source>
        <translation>
            <numerusform>%n 個の項目に「%1」を設定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset &quot;%1&quot; on %n item(s)</source>
        <translation>
            <numerusform>%n 個の項目の「%1」を未設定に戻す</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::ReportUi</name>
    <message>
        <source>Export &amp;Report...</source>
        <translation>報告書をエクスポート(&amp;X)...</translation>
    </message>
    <message>
        <source>Write the threat model report for the design history file: PDF/A, HTML, ODT or CSV, in English, Japanese or German</source>
        <translation>設計履歴ファイル (DHF) 用の脅威モデル報告書を書き出します (PDF/A、HTML、ODT、CSV 形式、英語、日本語、ドイツ語)</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>印刷(&amp;P)...</translation>
    </message>
    <message>
        <source>Print the threat model report, with a preview</source>
        <translation>脅威モデル報告書をプレビュー付きで印刷します</translation>
    </message>
    <message>
        <source>not computed: the model has unsaved changes</source>
        <extracomment>In the report&apos;s document control, instead of the file&apos;s hash.</extracomment>
        <translation>未計算: モデルに未保存の変更がある</translation>
    </message>
    <message>
        <source>Writing the report...</source>
        <translation>報告書を書き出しています...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>報告書を %1 に保存しました</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>報告書のエクスポート</translation>
    </message>
    <message>
        <source>The report could not be written to %1:
%2</source>
        <translation>報告書を %1 に書き込めませんでした:
%2</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>印刷プレビュー</translation>
    </message>
</context>
<context>
    <name>vigil::RequirementsTab</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求事項</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>リスク低減策</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>試験</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>検証試験</translation>
    </message>
    <message>
        <source>Add a security requirement with the next SR number (Insert in the table)</source>
        <translation>次の SR 番号でセキュリティ要求事項を追加します (表では Insert キー)</translation>
    </message>
    <message>
        <source>Remove the selected requirements; mitigations and tests lose their links to them (Delete in the table)</source>
        <translation>選択した要求事項を削除します。リスク低減策と試験からのリンクも削除されます (表では Delete キー)</translation>
    </message>
    <message>
        <source>Edit requirement text</source>
        <translation>要求事項の本文を編集</translation>
    </message>
    <message>
        <source>The pump shall ...</source>
        <translation>ポンプは…しなければならない。</translation>
    </message>
    <message>
        <source>Set requirement source to &quot;%1&quot;</source>
        <translation>要求事項の出典を「%1」に設定</translation>
    </message>
    <message>
        <source>Where it comes from: threat model, standard, customer...</source>
        <translation>出典: 脅威モデル、規格、顧客など</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <source>Set requirement status to %1</source>
        <translation>要求事項のステータスを「%1」に設定</translation>
    </message>
    <message>
        <source>Link Mitigations...</source>
        <translation>リスク低減策をリンク...</translation>
    </message>
    <message>
        <source>The mitigations this requirement specifies; double-click one to show it</source>
        <translation>この要求事項が規定するリスク低減策です。ダブルクリックすると表示されます</translation>
    </message>
    <message>
        <source>The tests that verify this requirement; double-click one to show it</source>
        <translation>この要求事項を検証する試験です。ダブルクリックすると表示されます</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>本文:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>出典:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>Linked from mitigations:</source>
        <translation>リンク元のリスク低減策:</translation>
    </message>
    <message>
        <source>Verified by tests:</source>
        <translation>検証試験:</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s)</source>
        <translation>
            <numerusform>%n 件の要求事項</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n requirement(s)</source>
        <translation>
            <numerusform>要求事項 %n 件中 %1 件を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>— no test</source>
        <translation>— 試験なし</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>○ %1</source>
        <translation>○ %1</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(本文なし)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>No test verifies this requirement yet</source>
        <translation>この要求事項を検証する試験はまだありません</translation>
    </message>
    <message>
        <source>No mitigation is specified by this requirement</source>
        <translation>この要求事項が規定するリスク低減策はありません</translation>
    </message>
    <message>
        <source>Add requirement %1</source>
        <translation>要求事項 %1 を追加</translation>
    </message>
    <message>
        <source>Remove requirement(s) %1</source>
        <translation>要求事項 %1 を削除</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>Link Mitigations</source>
        <translation>リスク低減策のリンク</translation>
    </message>
    <message>
        <source>The mitigations that requirement %1 specifies:</source>
        <translation>要求事項 %1 が規定するリスク低減策:</translation>
    </message>
    <message>
        <source>Link mitigations to %1</source>
        <translation>リスク低減策を %1 にリンク</translation>
    </message>
    <message numerus="yes">
        <source>Unlink %n mitigation(s) from %1</source>
        <translation>
            <numerusform>%1 から %n 件のリスク低減策のリンクを解除</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>vigil::ReviewMode</name>
    <message>
        <source>Review %1</source>
        <translation>レビュー %1</translation>
    </message>
    <message>
        <source>Risk before mitigation</source>
        <translation>低減前のリスク</translation>
    </message>
    <message>
        <source>Risk after mitigation</source>
        <translation>低減後のリスク</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>判断者:</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>次の脅威:</translation>
    </message>
    <message>
        <source>Notes of the review (O):</source>
        <translation>レビューのメモ (O):</translation>
    </message>
    <message>
        <source>Finish Review</source>
        <translation>レビューを完了</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>中断</translation>
    </message>
    <message numerus="yes">
        <source> (all %n threats of this rule)</source>
        <translation>
            <numerusform> (このルールの脅威 %n 件すべて)</numerusform>
        </translation>
    </message>
    <message>
        <source>Justification%1: Enter keeps it, Esc drops it</source>
        <translation>根拠%1: Enter で確定、Esc で破棄</translation>
    </message>
    <message>
        <source>A note for the review&apos;s record: Enter keeps it, Esc drops it</source>
        <translation>レビュー記録に残すメモ: Enter で確定、Esc で破棄</translation>
    </message>
    <message>
        <source>A mitigation to link%1, or the title of a new one</source>
        <translation>リンクするリスク低減策%1、または新しいリスク低減策のタイトル</translation>
    </message>
    <message>
        <source>Review: new mitigation %1</source>
        <translation>レビュー: リスク低減策「%1」を新規作成</translation>
    </message>
    <message>
        <source>New mitigation</source>
        <translation>リスク低減策を新規作成</translation>
    </message>
    <message>
        <source>Next review of the threat model:</source>
        <translation>脅威モデルの次回レビュー:</translation>
    </message>
    <message>
        <source>Next review (D):</source>
        <translation>次回レビュー (D):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Showing %1 of %2:&lt;/b&gt; #%3 %4 &lt;i&gt;(%5)&lt;/i&gt;</source>
        <translation>&lt;b&gt;表示中 %1 / %2:&lt;/b&gt; #%3 %4 &lt;i&gt;(%5)&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n threat(s) reviewed&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n 件の脅威をレビューしました&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;F&lt;/b&gt; finish the review (next review %1) &amp;nbsp; &lt;b&gt;P&lt;/b&gt; pause it to resume later &amp;nbsp; &lt;b&gt;Esc&lt;/b&gt; go on reviewing</source>
        <translation>&lt;b&gt;F&lt;/b&gt; レビューを完了 (次回レビュー %1) &amp;nbsp; &lt;b&gt;P&lt;/b&gt; 中断して後で再開 &amp;nbsp; &lt;b&gt;Esc&lt;/b&gt; レビューを続行</translation>
    </message>
</context>
<context>
    <name>vigil::ReviewSession</name>
    <message>
        <source>Start review %1</source>
        <translation>レビュー %1 を開始</translation>
    </message>
    <message>
        <source>Edit review notes</source>
        <translation>レビューのメモを編集</translation>
    </message>
    <message>
        <source>Set next review date</source>
        <translation>次回レビュー日を設定</translation>
    </message>
    <message>
        <source>Complete review %1</source>
        <translation>レビュー %1 を完了</translation>
    </message>
</context>
<context>
    <name>vigil::ReviewUi</name>
    <message>
        <source>Start &amp;Review Meeting...</source>
        <translation>レビュー会議を開始(&amp;R)...</translation>
    </message>
    <message>
        <source>Walk the team through the threats full screen, decide each and keep the review&apos;s record</source>
        <translation>チームとともに全画面で脅威を順に確認し、それぞれを判断して、レビューの記録を残します</translation>
    </message>
    <message>
        <source>Review Meeting</source>
        <translation>レビュー会議</translation>
    </message>
    <message numerus="yes">
        <source>Review %1 of %2 was left unfinished with %n threat(s) decided. Resume it where it stopped?</source>
        <translation>
            <numerusform>%2 のレビュー %1 は、脅威 %n 件を判断した時点で中断されています。中断した箇所から再開しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Start a New Review</source>
        <translation>新しいレビューを開始</translation>
    </message>
    <message numerus="yes">
        <source>Review %1 completed: %n threat(s) decided</source>
        <translation>
            <numerusform>レビュー %1 を完了しました: 脅威 %n 件を判断</numerusform>
        </translation>
    </message>
    <message>
        <source>Review paused: Threats &gt; Start Review Meeting resumes it</source>
        <translation>レビューを中断しました。「脅威」&gt;「レビュー会議を開始」で再開できます</translation>
    </message>
</context>
<context>
    <name>vigil::RiskEditor</name>
    <message>
        <source>Not estimated</source>
        <translation>未推定</translation>
    </message>
    <message>
        <source>CVSS v3.1 base score</source>
        <translation>CVSS v3.1 基本値</translation>
    </message>
    <message>
        <source>Exploitability x severity matrix</source>
        <translation>悪用可能性 × 重大さのマトリクス</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>選択...</translation>
    </message>
    <message>
        <source>or paste a vector: CVSS:3.1/AV:N/AC:L/...</source>
        <translation>またはベクトルを貼り付け: CVSS:3.1/AV:N/AC:L/...</translation>
    </message>
    <message>
        <source>E&amp;xploitability:</source>
        <translation>悪用可能性(&amp;X):</translation>
    </message>
    <message>
        <source>Se&amp;verity of harm:</source>
        <translation>危害の重大さ(&amp;V):</translation>
    </message>
    <message>
        <source>○ Not estimated</source>
        <translation>○ 未推定</translation>
    </message>
    <message>
        <source>○ Choose all eight metrics</source>
        <translation>○ 8 つの評価項目をすべて選択してください</translation>
    </message>
    <message>
        <source>○ Choose the exploitability and the severity</source>
        <translation>○ 悪用可能性と重大さを選択してください</translation>
    </message>
    <message>
        <source>✖ Invalid: %1</source>
        <translation>✖ 無効: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 exploitability, %2 severity</source>
        <translation>悪用可能性 %1、重大さ %2</translation>
    </message>
    <message>
        <source>✔ %1 · acceptable</source>
        <translation>✔ %1 · 受容可能</translation>
    </message>
    <message>
        <source>✖ %1 · not acceptable</source>
        <translation>✖ %1 · 受容不可</translation>
    </message>
</context>
<context>
    <name>vigil::RiskSettingsTab</name>
    <message>
        <source>Risk matrix</source>
        <translation>リスクマトリクス</translation>
    </message>
    <message>
        <source>Exploitability levels, lowest first:</source>
        <translation>悪用可能性のレベル (低い順):</translation>
    </message>
    <message>
        <source>Severity levels, lowest first:</source>
        <translation>重大さのレベル (低い順):</translation>
    </message>
    <message>
        <source>Acceptable risks: one row per exploitability level, one column per severity level. Tick a cell to accept its risk.</source>
        <translation>受容可能なリスク: 行が悪用可能性のレベル、列が重大さのレベルです。セルにチェックを入れると、そのリスクを受容可能とします。</translation>
    </message>
    <message>
        <source>Space or a click on the box toggles a cell</source>
        <translation>Space キーまたはボックスのクリックでセルを切り替えます</translation>
    </message>
    <message>
        <source>CVSS threshold:</source>
        <translation>CVSS しきい値:</translation>
    </message>
    <message>
        <source>CVSS base scores below this are acceptable (10.1 accepts every score, 0.0 none)</source>
        <translation>この値未満の CVSS 基本値を受容可能とします (10.1 ではすべて受容、0.0 ではいずれも受容しません)</translation>
    </message>
    <message>
        <source>scores below this are acceptable</source>
        <translation>未満の基本値を受容可能とする</translation>
    </message>
    <message>
        <source>Tester independence (IEC 81001-5-1 clause 5.7.5)</source>
        <translation>試験者の独立性 (IEC 81001-5-1 箇条 5.7.5)</translation>
    </message>
    <message>
        <source>How far the tester of a %1 must stand from the developer whose work it verifies</source>
        <translation>%1 の試験者が、検証対象の成果物の開発者からどの程度独立している必要があるか</translation>
    </message>
    <message>
        <source>Require %1 for %2</source>
        <translation>%2 に「%1」を要求</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>既定値に戻す</translation>
    </message>
    <message>
        <source>Put back the default risk matrix, CVSS threshold and independence rules (one undo step)</source>
        <translation>リスクマトリクス、CVSS しきい値、独立性のルールを既定値に戻します (1 回の操作で元に戻せます)</translation>
    </message>
    <message>
        <source>%1 exploitability × %2 severity</source>
        <translation>悪用可能性 %1 × 重大さ %2</translation>
    </message>
    <message>
        <source>Accept risks of %1</source>
        <translation>%1 のリスクを受容可能にする</translation>
    </message>
    <message>
        <source>Stop accepting risks of %1</source>
        <translation>%1 のリスクを受容不可にする</translation>
    </message>
    <message>
        <source>Set CVSS threshold to %1</source>
        <translation>CVSS しきい値を %1 に設定</translation>
    </message>
    <message>
        <source>Restore default risk scheme and independence rules</source>
        <translation>リスク基準と独立性のルールを既定値に戻す</translation>
    </message>
    <message>
        <source>Double-click or press F2 to rename a level</source>
        <translation>ダブルクリックまたは F2 キーでレベル名を変更します</translation>
    </message>
    <message>
        <source>Add Level</source>
        <translation>レベルを追加</translation>
    </message>
    <message>
        <source>Add a level above the highest (at most %1)</source>
        <translation>最上位の上にレベルを追加します (最大 %1)</translation>
    </message>
    <message>
        <source>Remove Level</source>
        <translation>レベルを削除</translation>
    </message>
    <message>
        <source>Remove the selected level, or the highest (at least %1 remain)</source>
        <translation>選択したレベル、または最上位のレベルを削除します (最低 %1 レベルは残ります)</translation>
    </message>
    <message>
        <source>Rename exploitability level &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>悪用可能性のレベル「%1」の名前を「%2」に変更</translation>
    </message>
    <message>
        <source>Rename severity level &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>重大さのレベル「%1」の名前を「%2」に変更</translation>
    </message>
    <message>
        <source>Add exploitability level</source>
        <translation>悪用可能性のレベルを追加</translation>
    </message>
    <message>
        <source>Add severity level</source>
        <translation>重大さのレベルを追加</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>レベル %1</translation>
    </message>
    <message>
        <source>Remove exploitability level &quot;%1&quot;</source>
        <translation>悪用可能性のレベル「%1」を削除</translation>
    </message>
    <message>
        <source>Remove severity level &quot;%1&quot;</source>
        <translation>重大さのレベル「%1」を削除</translation>
    </message>
    <message>
        <source>✔ Acceptable</source>
        <translation>✔ 受容可能</translation>
    </message>
    <message>
        <source>✖ Not acceptable</source>
        <translation>✖ 受容不可</translation>
    </message>
    <message>
        <source>%1 exploitability × %2 severity: %3</source>
        <translation>悪用可能性 %1 × 重大さ %2: %3</translation>
    </message>
</context>
<context>
    <name>vigil::StartReviewDialog</name>
    <message>
        <source>Start Review Meeting</source>
        <translation>レビュー会議を開始</translation>
    </message>
    <message>
        <source>All threats</source>
        <translation>すべての脅威</translation>
    </message>
    <message>
        <source>Undecided only (open, needs investigation)</source>
        <translation>未判断のみ (未対応、要調査)</translation>
    </message>
    <message>
        <source>New or changed since the last review</source>
        <translation>前回のレビュー以降に追加・変更されたもの</translation>
    </message>
    <message>
        <source>Any diagram</source>
        <translation>すべての図</translation>
    </message>
    <message>
        <source>Any element, flow or zone</source>
        <translation>すべての要素、フロー、ゾーン</translation>
    </message>
    <message>
        <source>%1 (zone)</source>
        <translation>%1 (ゾーン)</translation>
    </message>
    <message>
        <source>%1 (data flow)</source>
        <translation>%1 (データフロー)</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>すべてのカテゴリ</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>すべてのリスク</translation>
    </message>
    <message>
        <source>%1 or higher</source>
        <translation>%1 以上</translation>
    </message>
    <message>
        <source>By diagram and element</source>
        <translation>図・要素順</translation>
    </message>
    <message>
        <source>By risk, highest first</source>
        <translation>リスク順 (高い順)</translation>
    </message>
    <message>
        <source>By number</source>
        <translation>番号順</translation>
    </message>
    <message>
        <source>The model lists no people yet: add them in the Traceability panel&apos;s People tab to record who attended.</source>
        <translation>モデルにはまだ担当者が登録されていません。出席者を記録するには、トレーサビリティパネルの「担当者」タブで担当者を追加してください。</translation>
    </message>
    <message>
        <source>Threats:</source>
        <translation>脅威:</translation>
    </message>
    <message>
        <source>Diagram:</source>
        <translation>図:</translation>
    </message>
    <message>
        <source>Element, flow or zone:</source>
        <translation>要素、フロー、ゾーン:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>カテゴリ:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>リスク:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>順序:</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>出席者:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>実施日:</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>次回レビュー:</translation>
    </message>
    <message>
        <source>Start Review</source>
        <translation>レビューを開始</translation>
    </message>
    <message numerus="yes">
        <source>%n threat(s) to review</source>
        <translation>
            <numerusform>レビュー対象の脅威 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::TestsTab</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Verifies</source>
        <translation>検証対象</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>開発者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>実施日</translation>
    </message>
    <message>
        <source>Add a verification test with the next VT number (Insert in the table)</source>
        <translation>次の VT 番号で検証試験を追加します (表では Insert キー)</translation>
    </message>
    <message>
        <source>Remove the selected tests (Delete in the table)</source>
        <translation>選択した試験を削除します (表では Delete キー)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <source>The IEC 81001-5-1 clause 5.7 kind of test</source>
        <translation>IEC 81001-5-1 箇条 5.7 による試験の種類</translation>
    </message>
    <message>
        <source>Set test kind to %1</source>
        <translation>試験の種類を「%1」に設定</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>選択...</translation>
    </message>
    <message>
        <source>Choose the requirements (and, for threat mitigation tests, the mitigations) this test verifies</source>
        <translation>この試験が検証する要求事項 (脅威緩和試験ではリスク低減策も) を選択します</translation>
    </message>
    <message>
        <source>What this test verifies; double-click to show it</source>
        <translation>この試験の検証対象です。ダブルクリックすると表示されます</translation>
    </message>
    <message>
        <source>Edit test procedure</source>
        <translation>試験手順を編集</translation>
    </message>
    <message>
        <source>How the test is run and what passes</source>
        <translation>試験の実施方法と合格基準</translation>
    </message>
    <message>
        <source>Set test tool to &quot;%1&quot;</source>
        <translation>試験ツールを「%1」に設定</translation>
    </message>
    <message>
        <source>Set tool version to &quot;%1&quot;</source>
        <translation>ツールのバージョンを「%1」に設定</translation>
    </message>
    <message>
        <source>version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Set test result to %1</source>
        <translation>試験結果を「%1」に設定</translation>
    </message>
    <message>
        <source>Set test evidence to &quot;%1&quot;</source>
        <translation>試験のエビデンスを「%1」に設定</translation>
    </message>
    <message>
        <source>Report, log or document reference</source>
        <translation>報告書、ログ、または文書の参照</translation>
    </message>
    <message>
        <source>Clear test date</source>
        <translation>試験の実施日を消去</translation>
    </message>
    <message>
        <source>Set test date to %1</source>
        <translation>試験の実施日を %1 に設定</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>When the test was performed, as YYYY-MM-DD; leave empty when not yet run</source>
        <translation>試験の実施日 (YYYY-MM-DD)。未実施の場合は空欄のままにします</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Set the date to today</source>
        <translation>日付を今日に設定</translation>
    </message>
    <message>
        <source>Who performed the test</source>
        <translation>試験の実施者</translation>
    </message>
    <message>
        <source>Set tester to %1</source>
        <translation>実施者を %1 に設定</translation>
    </message>
    <message>
        <source>The developer whose work the test verifies (for the independence of clause 5.7.5)</source>
        <translation>試験が検証する成果物の開発者 (箇条 5.7.5 の独立性の確認用)</translation>
    </message>
    <message>
        <source>Set developer to %1</source>
        <translation>開発者を %1 に設定</translation>
    </message>
    <message>
        <source>Set automated test reference to &quot;%1&quot;</source>
        <translation>自動試験の参照を「%1」に設定</translation>
    </message>
    <message>
        <source>suite.case</source>
        <translation>suite.case</translation>
    </message>
    <message>
        <source>The automated test that runs this verification, as suite.case (the classname and name of a JUnit test case). &quot;vigil-cli results&quot; matches it against the JUnit XML reports of a CI run and records the result and date here.</source>
        <translation>この検証を実行する自動試験を suite.case の形式 (JUnit テストケースの classname と name) で指定します。&quot;vigil-cli results&quot; は CI 実行の JUnit XML レポートとこれを照合し、結果と日付をここに記録します。</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Verifies:</source>
        <translation>検証対象:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>手順:</translation>
    </message>
    <message>
        <source>Tool:</source>
        <translation>ツール:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>バージョン:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>実施日:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>結果:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>エビデンス:</translation>
    </message>
    <message>
        <source>Performed by:</source>
        <translation>実施者:</translation>
    </message>
    <message>
        <source>Developer:</source>
        <translation>開発者:</translation>
    </message>
    <message>
        <source>Independence:</source>
        <translation>独立性:</translation>
    </message>
    <message>
        <source>Automated test:</source>
        <translation>自動試験:</translation>
    </message>
    <message numerus="yes">
        <source>%n test(s)</source>
        <translation>
            <numerusform>%n 件の試験</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n test(s)</source>
        <translation>
            <numerusform>試験 %n 件中 %1 件を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>— nothing</source>
        <translation>— なし</translation>
    </message>
    <message>
        <source>This test verifies nothing yet</source>
        <translation>この試験の検証対象はまだありません</translation>
    </message>
    <message>
        <source>Add test %1</source>
        <translation>試験 %1 を追加</translation>
    </message>
    <message>
        <source>Remove test(s) %1</source>
        <translation>試験 %1 を削除</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Mitigation: %1</source>
        <translation>リスク低減策: %1</translation>
    </message>
    <message>
        <source>The requirements and mitigations test %1 verifies:</source>
        <translation>試験 %1 が検証する要求事項とリスク低減策:</translation>
    </message>
    <message>
        <source>The requirements test %1 verifies:</source>
        <translation>試験 %1 が検証する要求事項:</translation>
    </message>
    <message>
        <source>Verified Items</source>
        <translation>検証対象の項目</translation>
    </message>
    <message>
        <source>Set what %1 verifies</source>
        <translation>%1 の検証対象を設定</translation>
    </message>
    <message numerus="yes">
        <source>Unlink %n item(s) from %1</source>
        <translation>
            <numerusform>%1 から %n 個の項目のリンクを解除</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1、%2 (%3)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(未指定)</translation>
    </message>
    <message>
        <source>✔ No independence required for this kind of test</source>
        <translation>✔ この種類の試験には独立性は不要です</translation>
    </message>
    <message>
        <source>✔ Independent enough (%1)</source>
        <translation>✔ 十分な独立性あり (%1)</translation>
    </message>
    <message>
        <source>○ Not yet known: %1</source>
        <translation>○ 未確定: %1</translation>
    </message>
    <message>
        <source>✖ Not independent: %1</source>
        <translation>✖ 独立性不足: %1</translation>
    </message>
    <message>
        <source>IEC 81001-5-1 clause 5.7.5: tests of kind %1 need a tester from %2 (the rule is set in the Risk &amp; Independence tab)</source>
        <translation>IEC 81001-5-1 箇条 5.7.5: 種類が「%1」の試験に必要な試験者の独立性: %2 (ルールは「リスクと独立性」タブで設定します)</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
</context>
<context>
    <name>vigil::ThreatAnalyzer</name>
    <message>
        <source>Analyzing…</source>
        <translation>分析中…</translation>
    </message>
    <message>
        <source>Analysis failed: %1</source>
        <translation>分析に失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n threat(s), %1 new, %2 obsolete</source>
        <translation>
            <numerusform>脅威 %n 件 (新規 %1 件、廃止 %2 件)</numerusform>
        </translation>
    </message>
    <message>
        <source>Threats not updated while redo is available; press F5 to update them.</source>
        <translation>やり直せる操作がある間は脅威を更新しません。更新するには F5 キーを押してください。</translation>
    </message>
</context>
<context>
    <name>vigil::ThreatGroupModel</name>
    <message>
        <source>external entity</source>
        <translation>外部エンティティ</translation>
    </message>
    <message>
        <source>process</source>
        <translation>プロセス</translation>
    </message>
    <message>
        <source>data store</source>
        <translation>データストア</translation>
    </message>
    <message>
        <source>No element</source>
        <translation>要素なし</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (flow %2 → %3)</source>
        <translation>%1 (フロー %2 → %3)</translation>
    </message>
    <message>
        <source>No zone crossed</source>
        <translation>ゾーンの横断なし</translation>
    </message>
    <message>
        <source>Crosses %1</source>
        <translation>%1 を横断</translation>
    </message>
    <message>
        <source>Manual threats</source>
        <translation>手動の脅威</translation>
    </message>
    <message>
        <source>Rule %1 (%2)</source>
        <translation>ルール %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n threat(s)</source>
        <translation>
            <numerusform>%1 · 脅威 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::ThreatLinksPage</name>
    <message>
        <source>&lt;b&gt;Mitigations&lt;/b&gt;</source>
        <translation>&lt;b&gt;リスク低減策&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Double-click a mitigation to open it in the Traceability dock</source>
        <translation>リスク低減策をダブルクリックすると、トレーサビリティのドックで開きます</translation>
    </message>
    <message>
        <source>&amp;Link...</source>
        <translation>リンク(&amp;L)...</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>リンク解除(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>新規(&amp;N)...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested by the rule&lt;/b&gt;</source>
        <translation>&lt;b&gt;ルールによる推奨&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Adopt</source>
        <translation>採用(&amp;A)</translation>
    </message>
    <message>
        <source>Link the suggested mitigation, creating it when the model does not have one with the same title</source>
        <translation>推奨されるリスク低減策をリンクします。同じタイトルのものがモデルにない場合は新規作成します</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hazards (ISO 14971)&lt;/b&gt;</source>
        <translation>&lt;b&gt;ハザード (ISO 14971)&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (%1 of %2 selected threats)</source>
        <translation> (選択した脅威 %2 件中 %1 件)</translation>
    </message>
    <message>
        <source>○ No mitigation linked</source>
        <translation>○ リンクされたリスク低減策なし</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The model has no hazards yet</source>
        <translation>モデルにはまだハザードがありません</translation>
    </message>
    <message>
        <source>Link Mitigations</source>
        <translation>リスク低減策のリンク</translation>
    </message>
    <message>
        <source>New Mitigation</source>
        <translation>新しいリスク低減策</translation>
    </message>
    <message>
        <source>Title of the mitigation (a security control):</source>
        <translation>リスク低減策 (セキュリティ対策) のタイトル:</translation>
    </message>
    <message>
        <source>Link mitigations</source>
        <translation>リスク低減策をリンク</translation>
    </message>
    <message>
        <source>New mitigation &quot;%1&quot;</source>
        <translation>リスク低減策「%1」を新規作成</translation>
    </message>
    <message numerus="yes">
        <source>Adopt %n suggested mitigation(s)</source>
        <translation>
            <numerusform>推奨されるリスク低減策 %n 件を採用</numerusform>
        </translation>
    </message>
    <message>
        <source>Link hazards</source>
        <translation>ハザードをリンク</translation>
    </message>
    <message>
        <source>Tick the mitigations of the selected threats; a partly ticked one is linked to some of them and stays as it is.</source>
        <translation>選択した脅威のリスク低減策にチェックを付けてください。一部だけチェックされた項目は一部の脅威にリンクされており、そのまま維持されます。</translation>
    </message>
</context>
<context>
    <name>vigil::ThreatRiskPage</name>
    <message>
        <source>Select one threat to estimate its risk.</source>
        <translation>リスクを推定するには、脅威を 1 つ選択してください。</translation>
    </message>
    <message>
        <source>Risk before mitigation</source>
        <translation>低減前のリスク</translation>
    </message>
    <message>
        <source>Risk after mitigation</source>
        <translation>低減後のリスク</translation>
    </message>
    <message>
        <source>Handed to safety risk management (ISO 14971)</source>
        <translation>安全リスクマネジメントに移管 (ISO 14971)</translation>
    </message>
    <message>
        <source>The residual risk is evaluated in the safety risk management file instead</source>
        <translation>残留リスクは代わりに安全のリスクマネジメントファイルで評価します</translation>
    </message>
    <message>
        <source>Residual risk acceptance</source>
        <translation>残留リスクの受容</translation>
    </message>
    <message>
        <source>Why the remaining risk is accepted</source>
        <translation>残留リスクを受容する理由</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>根拠(&amp;R):</translation>
    </message>
    <message>
        <source>Accepted &amp;by:</source>
        <translation>受容者(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Residual risk:&lt;/b&gt;</source>
        <translation>&lt;b&gt;残留リスク:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Set risk before mitigation of threat #%1</source>
        <translation>脅威 #%1 の低減前のリスクを設定</translation>
    </message>
    <message>
        <source>Set risk after mitigation of threat #%1</source>
        <translation>脅威 #%1 の低減後のリスクを設定</translation>
    </message>
    <message>
        <source>Hand threat #%1 to safety risk management</source>
        <translation>脅威 #%1 を安全リスクマネジメントに移管</translation>
    </message>
    <message>
        <source>Take threat #%1 back from safety risk management</source>
        <translation>脅威 #%1 の安全リスクマネジメントへの移管を取り消す</translation>
    </message>
    <message>
        <source>→ Evaluated in safety risk management</source>
        <translation>→ 安全リスクマネジメントで評価</translation>
    </message>
    <message>
        <source>○ Not yet estimated</source>
        <translation>○ 未推定</translation>
    </message>
    <message>
        <source>✔ Acceptable under the model&apos;s risk scheme</source>
        <translation>✔ モデルのリスク基準で受容可能</translation>
    </message>
    <message>
        <source>✔ Not acceptable by the scheme, accepted with a rationale</source>
        <translation>✔ 基準では受容不可だが、根拠を付して受容済み</translation>
    </message>
    <message>
        <source>✖ Not acceptable: mitigate further, or record who accepts it and why</source>
        <translation>✖ 受容不可: さらに低減するか、受容者と理由を記録してください</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(未指定)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Record acceptance of the residual risk of threat #%1</source>
        <translation>脅威 #%1 の残留リスクの受容を記録</translation>
    </message>
</context>
<context>
    <name>vigil::ThreatTableModel</name>
    <message>
        <source>%1 → crosses %2</source>
        <translation>%1 → %2 を横断</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>深刻度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>✎ %1</source>
        <translation>✎ %1</translation>
    </message>
</context>
<context>
    <name>vigil::ThreatsPanel</name>
    <message>
        <source>Search title, description or number</source>
        <translation>タイトル、説明、番号で検索</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>すべてのカテゴリ</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>すべての深刻度</translation>
    </message>
    <message>
        <source>Only Selected</source>
        <translation>選択対象のみ</translation>
    </message>
    <message>
        <source>Show only the threats of the elements, flows and zones selected on the diagram</source>
        <translation>図で選択した要素、フロー、ゾーンの脅威のみを表示します</translation>
    </message>
    <message>
        <source>Why this status: the control that mitigates it, who accepted the risk and why...</source>
        <translation>このステータスの理由: 脅威を低減する対策、誰がどのような理由でリスクを受容したかなど...</translation>
    </message>
    <message>
        <source>Saved when you leave the field or press Ctrl+Enter</source>
        <translation>入力欄から移動するか Ctrl+Enter を押すと保存されます</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>ステータス(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>根拠(&amp;J):</translation>
    </message>
    <message>
        <source>All diagrams</source>
        <translation>すべての図</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n threat(s)</source>
        <translation>
            <numerusform>脅威 %n 件中 %1 件を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;No threat selected&lt;/i&gt;</source>
        <translation>&lt;i&gt;脅威が選択されていません&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1 %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;#%1 %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 · severity %2 · %3 · target: %4</source>
        <translation>%1 · 深刻度 %2 · %3 · 対象: %4</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Why&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h4&gt;理由&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Rule %1 of pack %2 %3 · threat id %4&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;ルールパック %2 %3 のルール %1 · 脅威 ID %4&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Suggested mitigations&lt;/h4&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;h4&gt;推奨されるリスク低減策&lt;/h4&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;References&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h4&gt;参考情報&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rule %1 is suppressed for &quot;%2&quot;: %3</source>
        <translation>ルール %1 は「%2」に対して抑制されています: %3</translation>
    </message>
    <message>
        <source>Stop Suppressing</source>
        <translation>抑制を解除</translation>
    </message>
    <message>
        <source>Suppress Rule for This Element...</source>
        <translation>この要素に対するルールを抑制...</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n threat(s) selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n 件の脅威を選択中&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Status and justification apply to every selected threat.</source>
        <translation>ステータスと根拠は、選択したすべての脅威に適用されます。</translation>
    </message>
    <message>
        <source>Suppress Rule</source>
        <translation>ルールの抑制</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>判断(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation>リスク(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>リンク(&amp;L)</translation>
    </message>
    <message>
        <source>Why does rule %1 not apply to &quot;%2&quot;? The reason is kept in the model, listed by vigil-cli analyze and shown with the threat.</source>
        <translation>ルール %1 が「%2」に適用されないのはなぜですか? 理由はモデルに保存され、vigil-cli analyze で一覧表示され、脅威とともに表示されます。</translation>
    </message>
    <message>
        <source>All active</source>
        <translation>有効なものすべて</translation>
    </message>
    <message>
        <source>Every status except obsolete and suppressed</source>
        <translation>廃止と抑制済みを除くすべてのステータス</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Why&lt;/h4&gt;&lt;p&gt;Added by hand by the team: no rule produced it, and analysis leaves it alone.&lt;/p&gt;</source>
        <translation>&lt;h4&gt;理由&lt;/h4&gt;&lt;p&gt;チームが手動で追加した脅威です。ルールによるものではなく、分析で変更されることはありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Manual threat · threat id %1&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;手動の脅威 · 脅威 ID %1&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show the threats as one sortable list, or grouped</source>
        <translation>脅威を並べ替え可能な 1 つの一覧で表示するか、グループごとに表示します</translation>
    </message>
    <message>
        <source>Flat list</source>
        <translation>グループ化なし</translation>
    </message>
    <message>
        <source>By element or flow</source>
        <translation>要素・フロー別</translation>
    </message>
    <message>
        <source>By zone crossing</source>
        <translation>ゾーン横断別</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>カテゴリ別</translation>
    </message>
    <message>
        <source>By rule</source>
        <translation>ルール別</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>詳細(&amp;E)</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:gray&quot;&gt;Select a threat in the list to read what it is, why its rule fired and what could mitigate it; record the decision on the Decision page.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:gray&quot;&gt;一覧で脅威を選ぶと、その内容、ルールが発動した理由、考えられるリスク低減策が表示されます。判断は「判断」ページに記録します。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>vigil::ThreatsUi</name>
    <message>
        <source>Threats</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>Analyze &amp;Automatically</source>
        <translation>自動分析(&amp;U)</translation>
    </message>
    <message>
        <source>Enumerate the model&apos;s STRIDE threats now</source>
        <translation>モデルの STRIDE 脅威を今すぐ洗い出します</translation>
    </message>
    <message>
        <source>Update the threats shortly after every edit</source>
        <translation>編集のたびに、少し後で脅威を自動的に更新します</translation>
    </message>
    <message>
        <source>&amp;Threats</source>
        <translation>脅威(&amp;T)</translation>
    </message>
    <message>
        <source>Threats &amp;List</source>
        <translation>脅威一覧(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New Threat...</source>
        <translation>新しい脅威(&amp;N)...</translation>
    </message>
    <message>
        <source>Add a threat by hand on the selected element or flow; analysis keeps it</source>
        <translation>選択した要素またはフローに脅威を手動で追加します。分析後も保持されます</translation>
    </message>
    <message>
        <source>New threat &quot;%1&quot;</source>
        <translation>新しい脅威「%1」</translation>
    </message>
    <message>
        <source>New Threat</source>
        <translation>新しい脅威</translation>
    </message>
    <message>
        <source>What could go wrong, in one line</source>
        <translation>何が起こり得るかを 1 行で</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>対象:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>カテゴリ(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>深刻度(&amp;S):</translation>
    </message>
</context>
<context>
    <name>vigil::TraceMatrixModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(mitigation test)</source>
        <translation>(脅威緩和試験)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1

%2

Double-click to show the threat</source>
        <translation>%1

%2

ダブルクリックで脅威を表示</translation>
    </message>
    <message>
        <source>The threat is mitigated, but no mitigation is linked</source>
        <translation>脅威は低減済みですが、リスク低減策がリンクされていません</translation>
    </message>
    <message>
        <source>No mitigation is linked to this threat</source>
        <translation>この脅威にリンクされたリスク低減策はありません</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>The test verifies the mitigation itself (threat mitigation test)</source>
        <translation>この試験はリスク低減策そのものを検証します (脅威緩和試験)</translation>
    </message>
    <message>
        <source>No security requirement specifies this mitigation</source>
        <translation>このリスク低減策を規定するセキュリティ要求事項はありません</translation>
    </message>
    <message>
        <source>%1: %2, %3
Performed by: %4
%5</source>
        <translation>%1: %2、%3
実施者: %4
%5</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(未指定)</translation>
    </message>
    <message>
        <source>No test verifies this requirement</source>
        <translation>この要求事項を検証する試験はありません</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Threat status</source>
        <translation>脅威のステータス</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>リスク低減策</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求事項</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>試験</translation>
    </message>
</context>
<context>
    <name>vigil::TraceMatrixTab</name>
    <message>
        <source>Search threats, mitigations, requirements, tests</source>
        <translation>脅威、リスク低減策、要求事項、試験を検索</translation>
    </message>
    <message>
        <source>Only decided threats</source>
        <translation>判断済みの脅威のみ</translation>
    </message>
    <message>
        <source>Leave out open threats and those that need investigation</source>
        <translation>未対応および要調査の脅威を除外します</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n threat(s)</source>
        <translation>
            <numerusform>%n 件の脅威</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide obsolete and suppressed</source>
        <translation>廃止・抑制済みを隠す</translation>
    </message>
</context>
<context>
    <name>vigil::TracePanel</name>
    <message>
        <source>Mitigations</source>
        <translation>リスク低減策</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>要求事項</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>試験</translation>
    </message>
    <message>
        <source>People</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>ハザード</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>マトリクス</translation>
    </message>
    <message>
        <source>Risk &amp;&amp; Independence</source>
        <translation>リスクと独立性</translation>
    </message>
    <message>
        <source>Every path threat → mitigation → requirement → test</source>
        <translation>脅威 → リスク低減策 → 要求事項 → 試験 のすべての経路</translation>
    </message>
    <message>
        <source>The risk matrix, the CVSS threshold and the tester independence rules</source>
        <translation>リスクマトリクス、CVSS しきい値、試験者の独立性のルール</translation>
    </message>
</context>
<context>
    <name>vigil::TraceUi</name>
    <message>
        <source>Gaps</source>
        <translation>ギャップ</translation>
    </message>
    <message>
        <source>Traceability</source>
        <translation>トレーサビリティ</translation>
    </message>
    <message>
        <source>&amp;Import Test Results...</source>
        <translation>試験結果のインポート(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Check Traceability</source>
        <translation>トレーサビリティを確認(&amp;C)</translation>
    </message>
    <message>
        <source>Set verification test results from JUnit XML reports of your CI</source>
        <translation>CI の JUnit XML レポートから検証試験の結果を設定します</translation>
    </message>
    <message>
        <source>List every gap from threat to tested requirement</source>
        <translation>脅威から試験済みの要求事項までのすべてのギャップを一覧表示します</translation>
    </message>
    <message>
        <source>No traceability gaps</source>
        <translation>トレーサビリティのギャップはありません</translation>
    </message>
    <message numerus="yes">
        <source>%n traceability gap(s)</source>
        <translation>
            <numerusform>トレーサビリティのギャップ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>T&amp;raceability</source>
        <translation>トレーサビリティ(&amp;R)</translation>
    </message>
    <message>
        <source>Traceability &amp;Workspace</source>
        <translation>トレーサビリティワークスペース(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Gap List</source>
        <translation>ギャップ一覧(&amp;G)</translation>
    </message>
    <message>
        <source>Gaps (%1)</source>
        <translation>ギャップ (%1)</translation>
    </message>
    <message>
        <source>Import Test Results</source>
        <translation>試験結果のインポート</translation>
    </message>
    <message>
        <source>JUnit XML reports (*.xml);;All files (*)</source>
        <translation>JUnit XML レポート (*.xml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>何もインポートされませんでした。%1</translation>
    </message>
    <message numerus="yes">
        <source>Import results of %n verification test(s)</source>
        <translation>
            <numerusform>%n 件の検証試験の結果をインポート</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verification test(s) updated from the reports, %1 of them failed.</source>
        <translation>
            <numerusform>レポートから %n 件の検証試験を更新しました (うち %1 件が不合格)。</numerusform>
        </translation>
    </message>
    <message>
        <source>No test case matches the automated reference of: %1.</source>
        <translation>次の自動試験の参照に一致するテストケースがありません: %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) in the reports match no verification test.</source>
        <translation>
            <numerusform>レポート内の %n 件のテストケースがどの検証試験にも一致しません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (ほか %n 件)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::UserGuide</name>
    <message>
        <source>Vigil User Guide</source>
        <translation>Vigil ユーザーガイド</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <source>%1 — Vigil User Guide</source>
        <translation>%1 — Vigil ユーザーガイド</translation>
    </message>
</context>
<context>
    <name>vigil::tracepanel::CommitTextEdit</name>
    <message>
        <source>Saved when you leave the field or press Ctrl+Return</source>
        <translation>入力欄から移動するか Ctrl+Return を押すと保存されます</translation>
    </message>
</context>
<context>
    <name>vigil::tracepanel::LinkList</name>
    <message>
        <source>Unlink</source>
        <translation>リンク解除</translation>
    </message>
    <message>
        <source>Remove the selected links (the records stay)</source>
        <translation>選択したリンクを削除します (レコード自体は残ります)</translation>
    </message>
</context>
<context>
    <name>vigil::tracepanel::PickerDialog</name>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n selected</source>
        <translation>
            <numerusform>%n 件中 %1 件を選択</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::tracepanel::RecordTab</name>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
</TS>
