<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gdstudio/ui/about.py" line="32"/>
        <source>About gdstudio</source>
        <translation>gdstudio について</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/about.py" line="46"/>
        <source>Teach gradient descent live: the data fit, the error surface and the loss curve, linked.</source>
        <translation>勾配降下法をライブで教えるアプリ: データへの直線の当てはめ、誤差曲面、誤差の推移を連動して表示します。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/about.py" line="51"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/about.py" line="52"/>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/about.py" line="54"/>
        <source>The lecture it teaches: 勾配降下法 (gradient descent), an introduction given in a Japanese new-hire machine-learning course. Its formulas and labels follow the lecture&apos;s notation: f_w(x) = w0 + w1·x, E(w) = ½ Σᵢ (yᵢ − f_w(xᵢ))², w ← w − η∇E(w).</source>
        <translation>教える講義: 勾配降下法。日本の新入社員向け機械学習研修で行われた入門講義です。数式とラベルはその講義の記法に従っています: f_w(x) = w0 + w1·x、E(w) = ½ Σᵢ (yᵢ − f_w(xᵢ))²、w ← w − η∇E(w)。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/about.py" line="57"/>
        <source>Built with {libraries}</source>
        <translation>使用ソフトウェア: {libraries}</translation>
    </message>
</context>
<context>
    <name>AnimationExportDialog</name>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="229"/>
        <source>Export animation</source>
        <translation>アニメーションの書き出し</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="234"/>
        <source> frames/s</source>
        <translation> フレーム/秒</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="237"/>
        <source>The run so far ({steps} steps), replayed from step 0.</source>
        <translation>ここまでの実行 ({steps} ステップ) をステップ 0 から再現します。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="238"/>
        <source>What:</source>
        <translation>対象:</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="239"/>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="240"/>
        <source>Frames (at most):</source>
        <translation>フレーム数 (最大):</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="241"/>
        <source>Speed:</source>
        <translation>速度:</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="243"/>
        <source>Export…</source>
        <translation>書き出す…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="255"/>
        <source>{frames} frames, {seconds} s</source>
        <translation>{frames} フレーム、{seconds} 秒</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../gdstudio/ui/document/recovery.py" line="77"/>
        <source>an earlier session</source>
        <translation>以前のセッション</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/recovery.py" line="126"/>
        <source>Autosave failed: {error}</source>
        <translation>自動保存に失敗しました: {error}</translation>
    </message>
</context>
<context>
    <name>BeatEditor</name>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="14"/>
        <source>Say a line</source>
        <translation>一言添える</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="15"/>
        <source>Reveal a layer</source>
        <translation>レイヤーを表示</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="16"/>
        <source>Hide a layer</source>
        <translation>レイヤーを隠す</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="17"/>
        <source>Take steps</source>
        <translation>ステップを進める</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="18"/>
        <source>Play until it converges</source>
        <translation>収束するまで再生</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="19"/>
        <source>Show a tab</source>
        <translation>タブを表示</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="20"/>
        <source>Sweep the grid search</source>
        <translation>グリッドサーチを実行</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="21"/>
        <source>Change η or the sampling</source>
        <translation>η やサンプリングを変更</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="22"/>
        <source>Ask the class to predict</source>
        <translation>受講者に予想させる</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="26"/>
        <source>Points as lines</source>
        <translation>各点を直線で表示</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="27"/>
        <source>Squared residuals</source>
        <translation>二乗残差</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="28"/>
        <source>Gradient arrows</source>
        <translation>勾配の矢印</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="29"/>
        <source>Every run&apos;s line (race)</source>
        <translation>全実行の直線（レース）</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="30"/>
        <source>Valley axes (eigen-directions)</source>
        <translation>谷の軸 (固有ベクトル)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="34"/>
        <source>Values</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="34"/>
        <source>Partial derivatives</source>
        <translation>偏微分</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="35"/>
        <source>Update rule</source>
        <translation>更新式</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="36"/>
        <source>Chain rule (合成関数の微分)</source>
        <translation>合成関数の微分</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="37"/>
        <source>Grid search</source>
        <translation>グリッドサーチ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="37"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="41"/>
        <source>Where will the next step land?</source>
        <translation>次のステップはどこに着く?</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="42"/>
        <source>Where is the minimum?</source>
        <translation>最小点はどこ?</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="43"/>
        <source>Which way does the gradient point?</source>
        <translation>勾配はどちらを向く?</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="47"/>
        <source>Batch (all points)</source>
        <translation>最急降下法 (全点)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="48"/>
        <source>Mini-batch</source>
        <translation>ミニバッチ勾配降下法</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="49"/>
        <source>SGD (1 point)</source>
        <translation>確率的勾配降下法 (1 点)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="50"/>
        <source>Race: batch, mini-batch, SGD</source>
        <translation>競争: バッチ・ミニバッチ・SGD</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="59"/>
        <source>{count} steps</source>
        <translation>{count} ステップ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="75"/>
        <source>{beat} — “{line}”</source>
        <translation>{beat}「{line}」</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="63"/>
        <source>Add beat</source>
        <translation>手順を追加</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="64"/>
        <source>Add a beat of the chosen kind after the selected one</source>
        <translation>選んだ種類の手順を、選択中の手順の後に追加します</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="66"/>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="67"/>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="68"/>
        <source>Delete beat</source>
        <translation>手順を削除</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="73"/>
        <source>New beat:</source>
        <translation>新しい手順:</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="83"/>
        <source>Says</source>
        <translation>ひとこと</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="83"/>
        <source>the line on the caption strip</source>
        <translation>キャプション帯に出る一言</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="93"/>
        <source>Sampling</source>
        <translation>サンプリング</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="94"/>
        <source>Batch size K</source>
        <translation>バッチサイズ K</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="98"/>
        <source>Layer</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="99"/>
        <source>Steps</source>
        <translation>ステップ数</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="100"/>
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="101"/>
        <source>Question</source>
        <translation>問い</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="216"/>
        <source>add a beat</source>
        <translation>手順の追加</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="223"/>
        <source>move a beat</source>
        <translation>手順の移動</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="230"/>
        <source>delete a beat</source>
        <translation>手順の削除</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="241"/>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="245"/>
        <source>change a beat</source>
        <translation>手順の変更</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="250"/>
        <source>edit a beat&apos;s line</source>
        <translation>手順の一言の編集</translation>
    </message>
</context>
<context>
    <name>BeatText</name>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="81"/>
        <source>Start of “{title}”</source>
        <translation>「{title}」の最初</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="89"/>
        <source>Reveal the answer</source>
        <translation>答えを見せる</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="93"/>
        <source>Next scene: {title}</source>
        <translation>次の場面: {title}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="95"/>
        <source>The end of the lesson</source>
        <translation>レッスンの終わり</translation>
    </message>
</context>
<context>
    <name>CaptionStrip</name>
    <message>
        <location filename="../../gdstudio/ui/lecture/caption_strip.py" line="80"/>
        <source>{number} / {count} · {title}</source>
        <translation>{number} / {count} · {title}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/caption_strip.py" line="84"/>
        <source>Beats of this scene done: {done} of {count}</source>
        <translation>この場面の進行: {count} 中 {done}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/caption_strip.py" line="113"/>
        <source>∇E = ({g0}, {g1}): the arrow points where E rises fastest.</source>
        <translation>∇E = ({g0}, {g1}): 矢印は E が最も速く増える向き。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/caption_strip.py" line="115"/>
        <source>Your guess was {angle}° off.</source>
        <translation>予想は {angle}° ずれていた。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/caption_strip.py" line="118"/>
        <source>The minimum ★ is at w = ({w0}, {w1}).</source>
        <translation>最小値 ★ は w = ({w0}, {w1})。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/caption_strip.py" line="119"/>
        <source>The next step lands at ★ w = ({w0}, {w1}).</source>
        <translation>次の一歩は ★ w = ({w0}, {w1}) に着く。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/caption_strip.py" line="120"/>
        <source>Your guess ✕ was {distance} away.</source>
        <translation>予想 ✕ との距離は {distance}。</translation>
    </message>
</context>
<context>
    <name>ChainRuleView</name>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="51"/>
        <source>No data points yet: click in the data panel to add some. The chain-rule table will then show each point&apos;s terms here.</source>
        <translation>データ点がまだありません: データパネルをクリックして追加してください。追加すると、合成関数の微分の表に各点の項が表示されます。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="131"/>
        <source>合成関数の微分 (the chain rule): the derivative of a composite function is the product of the derivatives of its parts.
E depends on f_w, and f_w(x) = w₀ + w₁·x depends on w₀ (factor 1) and w₁ (factor x).</source>
        <translation>合成関数の微分: 合成関数の微分は、各部分の微分の積になる。
誤差 E は f_w に依存し、f_w(x) = w₀ + w₁·x は w₀（係数 1）と w₁（係数 x）に依存する。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="135"/>
        <source>Each point&apos;s two factors and their products; the sums are the gradient the step used.
Tinted rows, marked ●, are the points the step used (ringed in the data panel).</source>
        <translation>各点の 2 つの因子とその積。積の和がこのステップで使った勾配になる。
色付きで ● の付いた行が、このステップで使った点（データパネルで丸で囲まれた点）。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="137"/>
        <source>The update rule w ← w − η∇E(w) with this step&apos;s numbers.</source>
        <translation>更新式 w ← w − η∇E(w) にこのステップの数値を代入したもの。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="283"/>
        <source>Chain rule</source>
        <translation>合成関数の微分</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="299"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; — step {step} (the last one)</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — ステップ {step}（直前のステップ）</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="301"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; — the next step (step {step}, not taken yet)</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — 次のステップ（ステップ {step}、まだ実行していない）</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="305"/>
        <source>The data has been edited since step {step}: this is the next step, with the points as they are now.</source>
        <translation>ステップ {step} の後にデータが編集されました: ここに示すのは、今のデータ点で計算した次のステップです。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="308"/>
        <source>xᵢ and yᵢ are the values the model sees (standardised).</source>
        <translation>xᵢ と yᵢ はモデルが見る値（標準化後）。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="325"/>
        <source>E depends on f&lt;sub&gt;w&lt;/sub&gt;, and f&lt;sub&gt;w&lt;/sub&gt; depends on w (the slides write the error as L(w)):</source>
        <translation>誤差 E は f&lt;sub&gt;w&lt;/sub&gt; に、f&lt;sub&gt;w&lt;/sub&gt; は w に依存する（スライドでは誤差を L(w) と書く）:</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="364"/>
        <source>… {count} more rows of the batch</source>
        <translation>… バッチの残り {count} 行</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="374"/>
        <source>sum over all {count} points (N = {n})</source>
        <translation>全 {count} 点 (N = {n}) の和</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="376"/>
        <source>sum over the single point (SGD)</source>
        <translation>1 点だけの和（確率的勾配降下法）</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="378"/>
        <source>sum over the {size} points of B {mark}</source>
        <translation>ミニバッチ B {mark} の {size} 点の和</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <location filename="../../gdstudio/ui/classroom.py" line="30"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/classroom.py" line="30"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/classroom.py" line="31"/>
        <source>Projector (high contrast)</source>
        <translation>プロジェクター (高コントラスト)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/classroom.py" line="65"/>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/classroom.py" line="72"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/classroom.py" line="74"/>
        <source>&amp;Size</source>
        <translation>サイズ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/classroom.py" line="75"/>
        <source>Bigger</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/classroom.py" line="77"/>
        <source>Smaller</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/classroom.py" line="78"/>
        <source>Normal size</source>
        <translation>標準サイズ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/classroom.py" line="81"/>
        <source>&amp;Full screen</source>
        <translation>全画面(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/classroom.py" line="85"/>
        <source>&amp;Presentation layout</source>
        <translation>プレゼンテーション表示(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/classroom.py" line="99"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/classroom.py" line="100"/>
        <source>Keys and panels…</source>
        <translation>キー操作とパネル…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/classroom.py" line="102"/>
        <source>&amp;About gdstudio…</source>
        <translation>gdstudio について(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>CodePanel</name>
    <message>
        <location filename="../../gdstudio/ui/panels/code_panel.py" line="118"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/code_panel.py" line="119"/>
        <source>Copy the whole program to the clipboard</source>
        <translation>プログラム全体をクリップボードにコピーします</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/code_panel.py" line="121"/>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="233"/>
        <source>Full window</source>
        <translation>拡大表示</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/code_panel.py" line="122"/>
        <source>Let the program fill the window; press again to bring the panels back</source>
        <translation>プログラムをウィンドウいっぱいに表示します。もう一度押すと他のパネルに戻ります</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/code_panel.py" line="127"/>
        <source>The numpy program that does what the app does with these settings: run with python, it prints the steps as CSV, as File → Export trajectory writes them. Ctrl + mouse wheel: text size.</source>
        <translation>この設定でアプリが行うことをそのまま行う numpy プログラムです。python で実行すると、ファイル → 軌跡の書き出しと同じ各ステップを CSV で出力します。Ctrl + マウスホイール: 文字の大きさ。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/code_panel.py" line="167"/>
        <source>The program that finds w ({steps} steps)</source>
        <translation>w を求めるプログラム（{steps} ステップ）</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/code_panel.py" line="177"/>
        <source>Copied the program ({lines} lines): paste it into a .py file and run it with python.</source>
        <translation>プログラム（{lines} 行）をコピーしました。.py ファイルに貼り付けて python で実行できます。</translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="97"/>
        <source>Choose the columns</source>
        <translation>列の選択</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="105"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; has {columns} numeric columns and {rows} rows. Which two should be the points (x, y)?</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; には数値の列が {columns} 個、行が {rows} 行あります。どの 2 列を点 (x, y) にしますか?</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="110"/>
        <source>x (input):</source>
        <translation>x (入力):</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="111"/>
        <source>y (target):</source>
        <translation>y (目標値):</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="118"/>
        <source>Not numbers, left out: {columns}</source>
        <translation>数値ではないため除外した列: {columns}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="122"/>
        <source>Load</source>
        <translation>読み込む</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="134"/>
        <source>x and y must be two different columns.</source>
        <translation>x と y には別々の列を選んでください。</translation>
    </message>
</context>
<context>
    <name>ControlBar</name>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="55"/>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="56"/>
        <source>{speed}/s</source>
        <translation>{speed}/秒</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="71"/>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="74"/>
        <source>Keep stepping at the chosen speed; stops by itself on convergence or divergence (Space)</source>
        <translation>選んだ速度で反復を続けます。収束または発散すると自動で止まります (Space)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="37"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="41"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="72"/>
        <source>Step: one gradient-descent update, w ← w − η ∇E(w)  (S or →)</source>
        <translation>ステップ: 勾配降下法の更新を1回、w ← w − η ∇E(w)  (S または →)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="76"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="77"/>
        <source>Back (← or PageUp): every panel as it was one step earlier. Stepping or playing from there discards the later steps.</source>
        <translation>戻る (← または PageUp): すべてのパネルが1ステップ前の状態に戻ります。そこからステップや再生をすると、それ以降のステップは破棄されます。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="80"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="81"/>
        <source>Reset: back to the start point; the run&apos;s history is cleared (R)</source>
        <translation>リセット: 開始点に戻ります。反復の履歴は消去されます (R)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="97"/>
        <source>Learning rate η on a log scale: each notch ×1.26, each 10 notches ×10</source>
        <translation>学習率 η (対数目盛): 1目盛で ×1.26、10目盛で ×10</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="108"/>
        <source>Steps per second while playing (max: as fast as this computer can)</source>
        <translation>再生中の1秒あたりのステップ数 (最大: このコンピュータで可能な最高速度)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="117"/>
        <source>More</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="119"/>
        <source>Show or hide the other settings: error, sampling, optimizer, speed and the panels&apos; layer switches</source>
        <translation>その他の設定(誤差関数、サンプリング、最適化手法、速度、各パネルの表示切り替え)を表示する／隠す</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="122"/>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="123"/>
        <source>The menus: File, Edit, Run, Lecture, View, Help (the menu bar folds into this button when the window is small for its text)</source>
        <translation>メニュー：ファイル、編集、実行、講義、表示、ヘルプ（ウィンドウが文字の大きさに対して小さいとき、メニューバーはこのボタンにたたまれます）</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="127"/>
        <source>Learning rate η</source>
        <translation>学習率 η</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="131"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="177"/>
        <source>Type an exact learning rate, e.g. 0.02 or 3e-7, then press Enter</source>
        <translation>学習率を数値で入力して (例: 0.02 や 3e-7) Enter を押します</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="220"/>
        <source>Shaded: {diverges}</source>
        <translation>網掛け: {diverges}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="222"/>
        <source>Green tick: {fastest}</source>
        <translation>緑の目盛り: {fastest}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="243"/>
        <source>&apos;{text}&apos; is not a usable learning rate: enter a number from {low} to {high}, such as 0.02</source>
        <translation>「{text}」は学習率として使えません: {low} から {high} までの数 (例: 0.02) を入力してください</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../gdstudio/engine/intents.py" line="79"/>
        <source>A point must lie within ±{limit}, the range gdstudio computes exactly: press F to fit the views to the data.</source>
        <translation>点は ±{limit} の範囲内に置いてください（gdstudio が正確に計算できる範囲）。F キーで表示をデータに合わせられます。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/intents.py" line="91"/>
        <source>All points removed: click in the data panel to add new ones.</source>
        <translation>すべての点を削除しました。データパネルをクリックすると新しい点を追加できます。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/intents.py" line="106"/>
        <source>η must lie between {low} and {high}: {lr} is not used.</source>
        <translation>η は {low} から {high} の範囲で指定してください: {lr} は使いません。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/intents.py" line="139"/>
        <source>A start must lie within ±{limit}, the range gdstudio computes exactly: press F to fit the views to the data.</source>
        <translation>開始点は ±{limit} の範囲内に置いてください（gdstudio が正確に計算できる範囲）。F キーで表示をデータに合わせられます。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/intents.py" line="166"/>
        <source>Not applied: {error}</source>
        <translation>適用できません: {error}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/controller.py" line="284"/>
        <source>Add data points first: click in the data panel.</source>
        <translation>まずデータ点を追加してください: データパネルをクリックします。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/controller.py" line="299"/>
        <source>This run is very long already: press Reset to start a new one.</source>
        <translation>この実行はすでに非常に長くなっています。リセットを押して新しく始めてください。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/controller.py" line="369"/>
        <source>Internal error while stepping: {error}</source>
        <translation>ステップ計算中の内部エラー: {error}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/controller.py" line="352"/>
        <source>Stopped after {steps} steps: press Reset to start a new run.</source>
        <translation>{steps} ステップで停止しました。リセットを押して新しく始めてください。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/controller.py" line="358"/>
        <source>{message} Then Reset.</source>
        <translation>{message} その後リセットしてください。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/controller.py" line="360"/>
        <source>Every run has diverged: lower η, then Reset.</source>
        <translation>すべての実行が発散しました。η を小さくしてからリセットしてください。</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="58"/>
        <source>Data space: f&lt;sub&gt;w&lt;/sub&gt;(x) = w0 + w1·x</source>
        <translation>データ空間: f&lt;sub&gt;w&lt;/sub&gt;(x) = w0 + w1·x</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="89"/>
        <source>the parameters are fixed — one w is one line</source>
        <translation>パラメータ w を固定 — 一つの w が一本の直線</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="90"/>
        <source>w fixed: one line</source>
        <translation>w を固定: 一本の直線</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="102"/>
        <source>Squared residuals: each square&apos;s sides are |yᵢ − f_w(xᵢ)|, upright in y&apos;s units and as many pixels across, so its area is (yᵢ − f_w(xᵢ))² in y&apos;s units; together they are 2·E(w)</source>
        <translation>二乗残差: 各正方形の辺は |yᵢ − f_w(xᵢ)|（縦は y の単位、横は同じピクセル数）なので、面積は y の単位で (yᵢ − f_w(xᵢ))²。すべて合わせると 2·E(w)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="104"/>
        <source>The error E(w) of the current line: half the squares&apos; total area (with the mean error form, half their mean area)</source>
        <translation>今の直線の誤差 E(w): 正方形の面積の和の半分（平均の誤差関数では、面積の平均の半分）</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="147"/>
        <source>area ∝ (yᵢ − f_w(xᵢ))²</source>
        <translation>面積 ∝ (yᵢ − f_w(xᵢ))²</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="149"/>
        <source>data (xᵢ, yᵢ)</source>
        <translation>データ (xᵢ, yᵢ)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="149"/>
        <source>residual yᵢ − f_w(xᵢ)</source>
        <translation>残差 yᵢ − f_w(xᵢ)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="97"/>
        <source>The current model f_w(x) = w0 + w1·x — drag it to shift it</source>
        <translation>現在のモデル f_w(x) = w0 + w1·x — ドラッグで平行移動</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="99"/>
        <source>Drag a handle to tilt the line (a manual fit; Play continues from there)</source>
        <translation>ハンドルをドラッグすると直線が傾きます (手動フィット。再生はそこから続きます)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="100"/>
        <source>Residuals yᵢ − f_w(xᵢ): the errors that E(w) squares and sums</source>
        <translation>残差 yᵢ − f_w(xᵢ): E(w) が二乗して足し合わせる誤差</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="106"/>
        <source>The points the last step used (mini-batch / SGD)</source>
        <translation>直前のステップで使った点 (ミニバッチ / SGD)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="107"/>
        <source>The line of the w under the mouse in parameter space</source>
        <translation>パラメータ空間でマウスの位置にある w の直線</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="109"/>
        <source>Click here to add data points</source>
        <translation>ここをクリックしてデータ点を追加</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="303"/>
        <source>Point {n}: ({x}, {y})
Drag to move · right click or Delete to remove</source>
        <translation>点 {n}: ({x}, {y})
ドラッグで移動 · 右クリックまたは Delete で削除</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="307"/>
        <source>Click to add a point · drag a point to move it · right click a point to remove it
Drag the line to shift it, or a ◇ handle to tilt it</source>
        <translation>クリックで点を追加 · 点をドラッグで移動 · 点を右クリックで削除
直線をドラッグで平行移動、◇ ハンドルで傾きを変更</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/residual_squares.py" line="59"/>
        <source>total area</source>
        <translation>面積の和</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/residual_squares.py" line="60"/>
        <source>mean area</source>
        <translation>面積の平均</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/residual_squares.py" line="64"/>
        <source>E = ½ × {area} = {value}</source>
        <translation>E = ½ × {area} = {value}</translation>
    </message>
</context>
<context>
    <name>DerivativePlot</name>
    <message>
        <location filename="../../gdstudio/ui/panels/derivative_plot.py" line="69"/>
        <source>derivative function ∂E/∂{name}</source>
        <translation>導関数 ∂E/∂{name}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../gdstudio/ui/document/export.py" line="55"/>
        <source>the image could not be encoded as PNG</source>
        <translation>画像を PNG に変換できませんでした</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="54"/>
        <source>gdstudio sessions (*.gdstudio.json *.json);;All files (*)</source>
        <translation>gdstudio セッション (*.gdstudio.json *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="58"/>
        <source>Data files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>データファイル (*.csv *.tsv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="63"/>
        <source>{kind} files (*.{suffix})</source>
        <translation>{kind} ファイル (*.{suffix})</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="71"/>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="337"/>
        <source>{path}: cannot be written ({error}).</source>
        <translation>{path}: 書き込めません ({error})。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="77"/>
        <source>The {panel} is not shown right now (the grid search tab hides the loss curve).</source>
        <translation>{panel}は現在表示されていません (グリッドサーチのタブでは誤差の推移が隠れます)。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="175"/>
        <source>this session</source>
        <translation>このセッション</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="181"/>
        <source>gdstudio — gradient descent, live</source>
        <translation>gdstudio — 勾配降下法をライブで</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="197"/>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="207"/>
        <source>Cannot open data</source>
        <translation>データを開けません</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="211"/>
        <source>Loaded {count} points from {name} (x = {x}, y = {y}).</source>
        <translation>{name} から {count} 点を読み込みました (x = {x}, y = {y})。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="214"/>
        <source>Loaded {count} points from {name}.</source>
        <translation>{name} から {count} 点を読み込みました。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="219"/>
        <source>{error}

The current data is unchanged.</source>
        <translation>{error}

現在のデータは変更されていません。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="223"/>
        <source>Open data</source>
        <translation>データを開く</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="232"/>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="235"/>
        <source>Cannot load preset</source>
        <translation>プリセットを読み込めません</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="233"/>
        <source>There is no preset &apos;{name}&apos;.</source>
        <translation>プリセット「{name}」はありません。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="238"/>
        <source>Preset “{title}”: {count} points.</source>
        <translation>プリセット「{title}」: {count} 点。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="264"/>
        <source>Cannot list the presets</source>
        <translation>プリセットの一覧を読み込めません</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="274"/>
        <source>Cannot export data</source>
        <translation>データを書き出せません</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="275"/>
        <source>Wrote {count} points to {name}.</source>
        <translation>{count} 点を {name} に書き出しました。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="282"/>
        <source>Nothing to export</source>
        <translation>書き出すものがありません</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="282"/>
        <source>There are no points to export: add some first.</source>
        <translation>書き出す点がありません。先に点を追加してください。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="284"/>
        <source>Export data as CSV</source>
        <translation>データを CSV に書き出す</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="294"/>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="312"/>
        <source>Cannot export</source>
        <translation>書き出せません</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="295"/>
        <source>Wrote {count} states to {name}.</source>
        <translation>{count} ステップ分の状態を {name} に書き出しました。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="301"/>
        <source>Export trajectory</source>
        <translation>軌跡の書き出し</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="364"/>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="366"/>
        <source>Cannot open session</source>
        <translation>セッションを開けません</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="365"/>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="372"/>
        <source>Opened {name}.</source>
        <translation>{name} を開きました。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="386"/>
        <source>The session could not be applied ({error}).

Nothing was changed.</source>
        <translation>セッションを適用できませんでした ({error})。

何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="394"/>
        <source>Open session</source>
        <translation>セッションを開く</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="406"/>
        <source>Cannot save session</source>
        <translation>セッションを保存できません</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="407"/>
        <source>{error}

The session is not saved.</source>
        <translation>{error}

セッションは保存されていません。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="414"/>
        <source>Saved {name}.</source>
        <translation>{name} を保存しました。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="420"/>
        <source>Save session as</source>
        <translation>名前を付けてセッションを保存</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="431"/>
        <source>File not found</source>
        <translation>ファイルが見つかりません</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="432"/>
        <source>{path} no longer exists, so it was removed from the recent files.</source>
        <translation>{path} はもう存在しないため、最近使ったファイルから外しました。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="132"/>
        <source>Clear the list</source>
        <translation>一覧を消去</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="134"/>
        <source>(none yet)</source>
        <translation>(まだありません)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="248"/>
        <source>the mean error ½·(1/N) Σ</source>
        <translation>平均の誤差 ½·(1/N) Σ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="248"/>
        <source>the summed error ½ Σ</source>
        <translation>和の誤差 ½ Σ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="251"/>
        <source>mini-batches of K = {k}</source>
        <translation>K = {k} のミニバッチ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="253"/>
        <source>one point per step (SGD)</source>
        <translation>1 ステップに 1 点 (確率的勾配降下法)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="255"/>
        <source>all points per step</source>
        <translation>1 ステップに全点 (最急降下法)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="256"/>
        <source>Set for this size: {form}, {sampling}, η = {lr}.</source>
        <translation>この規模に合わせて設定: {form}、{sampling}、η = {lr}。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="315"/>
        <source>Wrote the program to {name} and its data to {data}: run it with python {name}.</source>
        <translation>プログラムを {name} に、データを {data} に書き出しました。python {name} で実行できます。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="317"/>
        <source>Wrote the program to {name}: run it with python {name}.</source>
        <translation>プログラムを {name} に書き出しました。python {name} で実行できます。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="323"/>
        <source>Export program</source>
        <translation>プログラムの書き出し</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="334"/>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="336"/>
        <source>Cannot export handout</source>
        <translation>配布資料を書き出せません</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="339"/>
        <source>Wrote the handout to {name} ({pages} pages, {paper}).</source>
        <translation>配布資料を {name} に書き出しました（{pages} ページ、{paper}）。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="348"/>
        <source>Export handout</source>
        <translation>配布資料を書き出す</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="464"/>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="470"/>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="474"/>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="476"/>
        <source>Cannot export image</source>
        <translation>画像を書き出せません</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="465"/>
        <source>SVG is made of one panel at a time: choose a panel, or PNG for the whole window.</source>
        <translation>SVG はパネル 1 つずつしか書き出せません。パネルを選ぶか、ウィンドウ全体なら PNG を選んでください。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="477"/>
        <source>{path}: the image could not be made ({error}).</source>
        <translation>{path}: 画像を作成できませんでした ({error})。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="478"/>
        <source>Wrote {name}.</source>
        <translation>{name} を書き出しました。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="488"/>
        <source>Export image</source>
        <translation>画像の書き出し</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="501"/>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="508"/>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="523"/>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="525"/>
        <source>Cannot export animation</source>
        <translation>アニメーションを書き出せません</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="502"/>
        <source>Writing animations needs the Pillow package: pip install Pillow</source>
        <translation>アニメーションの書き出しには Pillow パッケージが必要です: pip install Pillow</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="505"/>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="541"/>
        <source>Nothing to animate</source>
        <translation>アニメーションにするものがありません</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="514"/>
        <source>Exporting animation…</source>
        <translation>アニメーションを書き出し中…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="520"/>
        <source>Animation export cancelled: nothing was written.</source>
        <translation>アニメーションの書き出しを中止しました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="526"/>
        <source>{path}: the animation could not be made ({error}).</source>
        <translation>{path}: アニメーションを作成できませんでした ({error})。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="531"/>
        <source>Wrote {name}: {frames} frames.</source>
        <translation>{name} を書き出しました: {frames} フレーム。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="535"/>
        <source>The run has no steps yet: press Step or Play first, then export the animation.</source>
        <translation>まだ 1 ステップも進んでいません。先に「ステップ」か「再生」を押してから、アニメーションを書き出してください。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="548"/>
        <source>Export animation</source>
        <translation>アニメーションの書き出し</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="634"/>
        <source>It was moved to {path}.</source>
        <translation>コピーは {path} に移動しました。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="636"/>
        <source>It is still at {path}.</source>
        <translation>コピーは {path} に残っています。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="637"/>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="640"/>
        <source>Cannot restore</source>
        <translation>復元できません</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="638"/>
        <source>The recovery copy cannot be used: {error}

{kept}</source>
        <translation>復元用のコピーは使えません: {error}

{kept}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="647"/>
        <source>Restored your unsaved work: save it with Ctrl+S to keep it.</source>
        <translation>未保存の作業を復元しました。残すには Ctrl+S で保存してください。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="671"/>
        <source>&amp;Open data (CSV)…</source>
        <translation>データを開く (CSV)(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="672"/>
        <source>Import points from a CSV file (Undo brings the old ones back)</source>
        <translation>CSV ファイルから点を読み込みます (元に戻すで前の点に戻せます)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="673"/>
        <source>&amp;Presets…</source>
        <translation>プリセット(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="673"/>
        <source>Load a prepared data set</source>
        <translation>用意されたデータセットを読み込みます</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="675"/>
        <source>Open &amp;recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="679"/>
        <source>Open &amp;session…</source>
        <translation>セッションを開く(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="680"/>
        <source>Open a saved session: data, settings and view</source>
        <translation>保存したセッション (データ、設定、表示) を開きます</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="681"/>
        <source>&amp;Save session</source>
        <translation>セッションを保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="682"/>
        <source>Save session &amp;as…</source>
        <translation>名前を付けてセッションを保存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="684"/>
        <source>Export &amp;data as CSV…</source>
        <translation>データを CSV に書き出す(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="685"/>
        <source>Export &amp;trajectory as CSV…</source>
        <translation>軌跡を CSV に書き出す(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="686"/>
        <source>step, w0, w1, loss, gradient of the first run</source>
        <translation>最初の実行の各ステップの w0, w1, 誤差, 勾配 (step, w0, w1, loss, grad)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="687"/>
        <source>Export pro&amp;gram…</source>
        <translation>プログラムを書き出す(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="688"/>
        <source>The numpy program that does what the app does (the Code tab)</source>
        <translation>アプリと同じことを行う numpy プログラム（コードタブ）</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="689"/>
        <source>Export &amp;handout (PDF)…</source>
        <translation>配布資料を書き出す (PDF)(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="690"/>
        <source>A PDF for the students: the formulas, one step to work out by hand, the figure and the answers</source>
        <translation>受講者向けの PDF：式、手で計算する 1 ステップ、図、解答</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="692"/>
        <source>Export &amp;image…</source>
        <translation>画像を書き出す(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="693"/>
        <source>The window or one panel as PNG (up to 3× for print) or SVG</source>
        <translation>ウィンドウ全体またはパネル 1 つを PNG (印刷用に最大 3×) か SVG で書き出します</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="694"/>
        <source>Export a&amp;nimation…</source>
        <translation>アニメーションを書き出す(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="695"/>
        <source>The run so far as an animated GIF or PNG</source>
        <translation>ここまでの実行をアニメーション GIF か PNG で書き出します</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="697"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="36"/>
        <source>Whole window (all panels)</source>
        <translation>ウィンドウ全体 (すべてのパネル)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="37"/>
        <source>Data space panel</source>
        <translation>データ空間のパネル</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="38"/>
        <source>Error surface panel</source>
        <translation>パラメータ空間 (誤差曲面) のパネル</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="39"/>
        <source>Loss curve panel</source>
        <translation>誤差の推移のパネル</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="44"/>
        <source>PNG image</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="45"/>
        <source>SVG vector drawing (one panel)</source>
        <translation>SVG ベクター画像 (パネル 1 つ)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="49"/>
        <source>Animated GIF</source>
        <translation>アニメーション GIF</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="50"/>
        <source>Animated PNG (APNG)</source>
        <translation>アニメーション PNG (APNG)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="54"/>
        <source>{scale}× (screen)</source>
        <translation>{scale}× (画面)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="55"/>
        <source>{scale}× (print)</source>
        <translation>{scale}× (印刷)</translation>
    </message>
</context>
<context>
    <name>FormulaPanel</name>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="59"/>
        <source>No data points yet: click in the data panel to add some. The update rule will then show here with its numbers.</source>
        <translation>データ点がまだありません。データパネルをクリックして追加してください。追加すると、ここに更新式が数値付きで表示されます。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="66"/>
        <source>Gradient descent takes one step against the gradient. η is the learning rate (学習率).</source>
        <translation>勾配降下法は勾配と逆向きに1ステップ進みます。η は学習率です。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="68"/>
        <source>The update rule: each parameter moves against its partial derivative, w ← w − η ∂E/∂w.
The top row is the rule, the row under it the same rule with this step&apos;s numbers.</source>
        <translation>更新式: 各パラメータは偏微分と逆向きに動きます (w ← w − η ∂E/∂w)。
上の行が更新式、その下の行が同じ式にこのステップの数値を代入したものです。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="71"/>
        <source>The partial derivatives of E(w) = ½ Σᵢ (yᵢ − f_w(xᵢ))², by the chain rule:
E depends on f_w, and f_w(x) = w₀ + w₁·x depends on w₀ (factor 1) and w₁ (factor x).
Mini-batch and SGD sum over only the points used in this step (ringed in the data panel).</source>
        <translation>E(w) = ½ Σᵢ (yᵢ − f_w(xᵢ))² の偏微分 (連鎖律による):
E は f_w に依存し、f_w(x) = w₀ + w₁·x は w₀ (係数 1) と w₁ (係数 x) に依存します。
ミニバッチと SGD では、このステップで使った点 (データパネルで丸で囲んだ点) だけで和をとります。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="76"/>
        <source>The error E(w) of the whole data set before and after the step:
gradient descent should make it go down (▼, green); ▲ in orange means it went up.</source>
        <translation>ステップ前後の、データ全体に対する誤差 E(w):
勾配降下法なら下がるはずです (▼、緑)。オレンジの ▲ は上がったことを示します。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="122"/>
        <source>{n} point</source>
        <translation>{n} 点</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="122"/>
        <source>{n} points</source>
        <translation>{n} 点</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="220"/>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="265"/>
        <source>Update rule</source>
        <translation>更新式</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="221"/>
        <source>Chain rule</source>
        <translation>合成関数の微分</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="222"/>
        <source>The update w ← w − η∇E(w) with the step&apos;s numbers</source>
        <translation>ステップの数値を代入した更新式 w ← w − η∇E(w)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="223"/>
        <source>合成関数の微分 (the chain rule): the same gradient point by point, as a table of each point&apos;s factors and products</source>
        <translation>合成関数の微分: 同じ勾配を点ごとに、各点の因子と積の表で示す</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="234"/>
        <source>Let this page fill the window; press again to bring the panels back</source>
        <translation>このページをウィンドウいっぱいに表示します。もう一度押すと他のパネルに戻ります</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="279"/>
        <source>&lt;b&gt;Next step&lt;/b&gt; (step 1, not taken yet) &amp;nbsp; η = {lr}</source>
        <translation>&lt;b&gt;次のステップ&lt;/b&gt; (ステップ 1、未実行) &amp;nbsp; η = {lr}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="282"/>
        <source>one point</source>
        <translation>1 点</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="282"/>
        <source>a mini-batch of {k}</source>
        <translation>{k} 点のミニバッチ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="283"/>
        <source>∇E over all points here; the step itself will use {kind}, so its gradient will differ.</source>
        <translation>ここでの ∇E は全点についての値です。実際のステップでは {kind} を使うため、勾配は異なります。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="293"/>
        <source>&lt;b&gt;Step {step}&lt;/b&gt; (the last one) &amp;nbsp; η = {lr}</source>
        <translation>&lt;b&gt;ステップ {step}&lt;/b&gt; (直前のステップ) &amp;nbsp; η = {lr}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="296"/>
        <source>η is now {lr}: the next step uses it.</source>
        <translation>η は現在 {lr}: 次のステップから使われます。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="53"/>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="301"/>
        <source>This optimizer adds its own terms to the plain rule; → shows where it actually moved w.</source>
        <translation>この最適化手法は基本の更新式に独自の項を加えます。→ は w が実際に移動した先です。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="329"/>
        <source>over all the points as they were then</source>
        <translation>その時点の全点の和</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="331"/>
        <source>over the only point (N = 1)</source>
        <translation>唯一の点のみ (N = 1)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="333"/>
        <source>over all {count} points (N = {n})</source>
        <translation>全 {count} 点 (N = {n}) の和</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="338"/>
        <source>over the single point i = {i} (SGD)</source>
        <translation>1 点 i = {i} のみ (SGD)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="341"/>
        <source>({size} of {points})</source>
        <translation>({points}中 {size} 点)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="342"/>
        <source>({size} points)</source>
        <translation>({size} 点)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="343"/>
        <source>over the mini-batch B = {batch} {count}</source>
        <translation>ミニバッチ B = {batch} {count} の和</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="346"/>
        <source>the data has been edited since this step</source>
        <translation>このステップの後にデータが編集されました</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="390"/>
        <source>E(w&lt;sub&gt;old&lt;/sub&gt;) = {before} → E(w&lt;sub&gt;new&lt;/sub&gt;) = {after}</source>
        <translation>E(w&lt;sub&gt;更新前&lt;/sub&gt;) = {before} → E(w&lt;sub&gt;更新後&lt;/sub&gt;) = {after}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="402"/>
        <source>unchanged</source>
        <translation>変化なし</translation>
    </message>
</context>
<context>
    <name>GridSearchOverlay</name>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search_overlay.py" line="60"/>
        <source>best cell</source>
        <translation>最良の格子点</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search_overlay.py" line="69"/>
        <source>Grid search: the cells evaluated so far, coloured by their error E (dark = small)</source>
        <translation>グリッドサーチ: 評価済みのセルを誤差 E で色分け (暗いほど小さい)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search_overlay.py" line="71"/>
        <source>The range searched: chosen before we know where the optimum is</source>
        <translation>探索範囲: 最適解の位置を知る前に決めた範囲</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search_overlay.py" line="73"/>
        <source>The best cell so far: the grid point with the smallest error E</source>
        <translation>これまでの最良の格子点: 誤差 E が最小の格子点</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search_overlay.py" line="78"/>
        <source>The line of the best grid cell: f(x) = w0 + w1·x</source>
        <translation>最良の格子点の直線: f(x) = w0 + w1·x</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search_overlay.py" line="79"/>
        <source>grid search: best cell</source>
        <translation>グリッドサーチ: 最良の格子点</translation>
    </message>
</context>
<context>
    <name>GridSearchPanel</name>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="62"/>
        <source>slow (20 s)</source>
        <translation>ゆっくり (20 秒)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="62"/>
        <source>normal (10 s)</source>
        <translation>標準 (10 秒)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="63"/>
        <source>fast (3 s)</source>
        <translation>速い (3 秒)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="93"/>
        <source>&apos;{text}&apos; in &apos;{name} {bound}&apos; is not a number: enter e.g. 0 or 3.</source>
        <translation>「{name} {bound}」の「{text}」は数値ではありません。0 や 3 のように入力してください。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="100"/>
        <source>&apos;{text}&apos; is not usable as the {name} divisions: enter a whole number from 1 to {max}.</source>
        <translation>「{text}」は {name} の分割数に使えません。1 から {max} までの整数を入力してください。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="106"/>
        <source>The {name} range is empty: &apos;{start}&apos; must be smaller than &apos;{end}&apos;.</source>
        <translation>{name} の範囲が空です。「{start}」は「{end}」より小さくしてください。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="123"/>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="287"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="123"/>
        <source>Start again</source>
        <translation>もう一度</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="142"/>
        <source>from</source>
        <translation>下限</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="142"/>
        <source>to</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="143"/>
        <source>divisions</source>
        <translation>分割数</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="148"/>
        <source>Where the search begins. Brute force needs the range before we know where the optimum is.</source>
        <translation>探索範囲の始まり。総当たりでは、最適解の位置を知る前に範囲を決めなければなりません。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="150"/>
        <source>Where the search ends. If the optimum lies outside, the search cannot find it.</source>
        <translation>探索範囲の終わり。最適解が範囲の外にあると見つけられません。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="152"/>
        <source>Divisions of the range: each is one grid cell, evaluated once at its centre. 100 divisions each → 100 × 100 = 10,000 evaluations.</source>
        <translation>範囲の分割数: 1区間が1セルで、その中心で1回評価します。それぞれ 100 分割 → 100 × 100 = 10,000 回の評価。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="160"/>
        <source>best cell</source>
        <translation>最良の格子点</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="161"/>
        <source>The grid point with the smallest error E(w) found so far (the green square)</source>
        <translation>これまでに見つかった、誤差 E(w) が最小の格子点 (緑の四角)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="162"/>
        <source>optimum</source>
        <translation>最適解</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="163"/>
        <source>The least-squares optimum: the exact minimum of E, computed directly (the star)</source>
        <translation>最小二乗解: E の厳密な最小点を直接計算したもの (星印)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="165"/>
        <source>gap</source>
        <translation>差</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="166"/>
        <source>How far the best cell is from the optimum: distance in (w0, w1), and how much larger its error is. It shrinks only with more divisions, and so more cost.</source>
        <translation>最良の格子点と最適解の差: (w0, w1) での距離と、誤差がどれだけ大きいか。分割を細かく (つまりコストを大きく) しないと縮みません。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="174"/>
        <source>{grid} grid intersections × {data} data points × {parameters} parameters = {total}</source>
        <translation>交点数 {grid} × データ数 {data} × パラメータ数 {parameters} = {total}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="353"/>
        <source>The cost of brute force: grid intersections × data points × parameters. It grows with the data, and with the square of the divisions.</source>
        <translation>総当たりのコスト: 交点数 × データ数 × パラメータ数。データ数に比例し、分割数の二乗で増えます。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="241"/>
        <source>Grid search: try every combination</source>
        <translation>グリッドサーチ: すべての組合せを試す</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="243"/>
        <source>Brute force: evaluate E(w) at every point of a grid over (w0, w1) and keep the smallest</source>
        <translation>総当たり: (w0, w1) の格子のすべての点で E(w) を評価し、最小のものを残します</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="288"/>
        <source>Brute force: try every combination of w0 and w1 on the grid, one row at a time, and keep the one with the smallest error E(w)</source>
        <translation>総当たり: 格子上の w0 と w1 のすべての組合せを1行ずつ試し、誤差 E(w) が最小のものを残します</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="290"/>
        <source>Skip to end »</source>
        <translation>最後まで »</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="291"/>
        <source>Evaluate all the remaining grid points at once</source>
        <translation>残りの格子点をすべて一度に評価します</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="292"/>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="293"/>
        <source>Stop the sweep now; the cells evaluated so far stay on screen</source>
        <translation>探索をすぐに止めます。評価済みのセルは画面に残ります</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="299"/>
        <source>How long a whole sweep takes on screen (the computer itself needs far less)</source>
        <translation>画面上で探索全体にかける時間 (計算自体はずっと短時間で終わります)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="312"/>
        <source>sweep time</source>
        <translation>探索時間</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="330"/>
        <source>Evaluations of E(w) so far: one per grid point</source>
        <translation>これまでの E(w) の評価回数: 格子点ごとに1回</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="450"/>
        <source>{error} The grid is unchanged.</source>
        <translation>{error} 格子は変更していません。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="468"/>
        <source>{done} / {total} evaluations</source>
        <translation>{done} / {total} 回評価</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="471"/>
        <source>Cost: {cost}</source>
        <translation>コスト: {cost}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="497"/>
        <source>Add data points first: click in the data panel.</source>
        <translation>まずデータ点を追加してください: データパネルをクリックします。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="499"/>
        <source>Press Start: the computer tries all {cells} combinations of w0 and w1, one row at a time, and keeps the one with the smallest error.</source>
        <translation>「開始」を押すと、w0 と w1 の {cells} 通りの組合せをすべて1行ずつ試し、誤差が最小のものを残します。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="502"/>
        <source>{rows} of {total} rows done: each cell is one evaluation of E over all {n} data points.</source>
        <translation>{total} 行中 {rows} 行完了: 1セルごとに、{n} 個のデータ点全体で E を1回評価します。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="505"/>
        <source>Cancelled after {done} of {cells} evaluations: the best cell so far is only the best of the part searched.</source>
        <translation>{cells} 回中 {done} 回の評価で中止しました。現在の最良の格子点は、探索した部分の中での最良にすぎません。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="508"/>
        <source>{start}&lt;b&gt;✘ The optimum lies outside the range searched.&lt;/b&gt;{end} The best cell is stuck at the edge of the grid: the range had to be chosen before we knew where the optimum is.</source>
        <translation>{start}&lt;b&gt;✘ 最適解は探索範囲の外にあります。&lt;/b&gt;{end} 最良の格子点は格子の端に張り付いています。範囲は最適解の位置を知る前に決めなければなりませんでした。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="513"/>
        <source>{start}&lt;b&gt;✔ It works&lt;/b&gt;{end} — the best cell is {distance} from the optimum (cells {size} wide), but it took {cells} evaluations. Cells half as wide need 4× as many ({more}), and the range had to be guessed in advance.</source>
        <translation>{start}&lt;b&gt;✔ 見つかりました&lt;/b&gt;{end} — 最良の格子点は最適解から {distance} (セル幅 {size}) ですが、{cells} 回の評価が必要でした。セル幅を半分にすると4倍 ({more} 回) 必要になり、範囲も前もって推測しなければなりません。</translation>
    </message>
</context>
<context>
    <name>HandCurve</name>
    <message>
        <location filename="../../gdstudio/ui/panels/hand_curve.py" line="44"/>
        <source>E of each w you tried by hand (dragging the line or the current w), in the order tried: the attempt by hand, beside the program&apos;s</source>
        <translation>手で試した各 w の誤差 E（直線または現在の w をドラッグ）を試した順に：手による試行を、プログラムの結果と並べて</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/hand_curve.py" line="46"/>
        <source>The smallest E found by hand: the optimizer should go below it</source>
        <translation>手で見つけた最小の誤差 E：最適化手法はこれより下がるはず</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/hand_curve.py" line="66"/>
        <source>by hand</source>
        <translation>手で選んだ w</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/hand_curve.py" line="116"/>
        <source>best by hand: E = {loss}</source>
        <translation>手での最良: E = {loss}</translation>
    </message>
</context>
<context>
    <name>HandPath</name>
    <message>
        <location filename="../../gdstudio/ui/panels/hand_path.py" line="40"/>
        <source>The w you tried by hand (dragging the line or the current w)</source>
        <translation>手で試した w（直線または現在の w をドラッグ）</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/hand_path.py" line="41"/>
        <source>The w with the smallest E found by hand</source>
        <translation>手で見つけた中で誤差 E が最小の w</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/hand_path.py" line="53"/>
        <source>by hand</source>
        <translation>手で選んだ w</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../gdstudio/ui/document/handout_export.py" line="33"/>
        <source>The app at step {step}: w = ({w0}, {w1}), E(w) = {loss}. Left, the data space: the points and the line f_w. Right, the parameter space: the error function E(w) and the path of w. Below, E over the steps.</source>
        <translation>ステップ {step} のアプリ：w = ({w0}, {w1})、E(w) = {loss}。左はデータ空間：点と直線 f_w。右はパラメータ空間：誤差関数 E(w) と w の軌跡。下はステップごとの E。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="48"/>
        <source>Gradient descent: one step by hand</source>
        <translation>勾配降下法：1 ステップを手で計算する</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="52"/>
        <source>The error function and the update rule</source>
        <translation>誤差関数と更新式</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="53"/>
        <source>Exercise: one step of gradient descent</source>
        <translation>演習：勾配降下法の 1 ステップ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="54"/>
        <source>The app&apos;s current state</source>
        <translation>アプリの現在の状態</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="55"/>
        <source>Answers</source>
        <translation>解答</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="78"/>
        <source>The model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="80"/>
        <source>The error function E(w)</source>
        <translation>誤差関数 E(w)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="82"/>
        <source>The sum of the squared differences between the right answers yᵢ and the predictions f_w(xᵢ): the smaller E, the better the line fits.</source>
        <translation>正解 yᵢ と予測 f_w(xᵢ) の差の 2 乗の和：E が小さいほど直線がよく当てはまります。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="84"/>
        <source>The partial derivatives (by the chain rule)</source>
        <translation>偏微分（合成関数の微分による）</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="87"/>
        <source>E depends on f_w, and f_w(x) = w0 + w1·x depends on w0 (factor 1) and on w1 (factor x). The vector of the two partial derivatives is the gradient ∇E(w).</source>
        <translation>E は f_w に依存し、f_w(x) = w0 + w1·x は w0（係数 1）と w1（係数 x）に依存します。2 つの偏微分を並べたベクトルが勾配 ∇E(w) です。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="89"/>
        <source>The update rule</source>
        <translation>更新式</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="93"/>
        <source>η is the learning rate: too small and w crawls, too large and it overshoots and diverges.</source>
        <translation>η は学習率：小さすぎると w はなかなか進まず、大きすぎると行き過ぎて発散します。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="96"/>
        <source>The data</source>
        <translation>データ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="109"/>
        <source>{n} points (xᵢ, yᵢ): x is {x}, y is {y}.</source>
        <translation>{n} 個の点 (xᵢ, yᵢ)：x は {x}、y は {y}。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="112"/>
        <source>x is standardised (x − x̄)/σx, as the app fits it: w is in these units.</source>
        <translation>x はアプリが当てはめるとおり標準化 (x − x̄)/σx されています：w もこの単位です。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="115"/>
        <source>x and y are standardised, (x − x̄)/σx and (y − ȳ)/σy, as the app fits them: w is in these units.</source>
        <translation>x と y はアプリが当てはめるとおり (x − x̄)/σx、(y − ȳ)/σy に標準化されています：w もこの単位です。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="126"/>
        <source>… and {count} more points.</source>
        <translation>… ほか {count} 点。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="132"/>
        <source>Every step uses all the points (steepest descent).</source>
        <translation>各ステップですべての点を使います（最急降下法）。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="136"/>
        <source>Stochastic gradient descent: each step uses one point drawn at random (seed {seed}); the first step uses point {points}. The sums run over that point only.</source>
        <translation>確率的勾配降下法：各ステップでランダムに選んだ 1 点を使います（シード {seed}）。最初のステップでは点 {points} を使います。和はその点だけにわたります。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="140"/>
        <source>Mini-batch gradient descent: each step uses {k} points drawn at random (seed {seed}); the first step uses the points {points}. The sums run over those points only.</source>
        <translation>ミニバッチ勾配降下法：各ステップでランダムに選んだ {k} 点を使います（シード {seed}）。最初のステップでは点 {points} を使います。和はそれらの点だけにわたります。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="150"/>
        <source>There are no data points: add some in the app, then export the handout again.</source>
        <translation>データ点がありません：アプリで点を追加してから、もう一度配布資料を書き出してください。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="153"/>
        <source>Start at w = {w} with the learning rate η = {eta}. Compute one step of gradient descent: the new w′ = (w0′, w1′).</source>
        <translation>w = {w}、学習率 η = {eta} から始めます。勾配降下法の 1 ステップを計算して、新しい w′ = (w0′, w1′) を求めましょう。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="172"/>
        <source>Before the step, E(w) = {loss}. Did the step make E smaller?</source>
        <translation>ステップ前の E(w) = {loss}。ステップで E は小さくなりましたか？</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="195"/>
        <source>… and {count} more points: the sums Σ run over all of them and are given.</source>
        <translation>… ほか {count} 点：和 Σ はそのすべてにわたり、値を示してあります。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="201"/>
        <source>E went from {before} to {after}.</source>
        <translation>E は {before} から {after} になりました。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="204"/>
        <source>(The mean form: the sums are divided by the {count} points summed.)</source>
        <translation>（平均の形：和を、足し合わせた {count} 点で割ります。）</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="207"/>
        <source>The app&apos;s optimizer ({name}) moves differently from this plain rule: its first step went to w = {w}.</source>
        <translation>アプリの最適化手法（{name}）はこの基本の更新式とは異なる動きをします：その最初のステップは w = {w} に進みました。</translation>
    </message>
</context>
<context>
    <name>HandoutExportDialog</name>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="264"/>
        <source>Export handout</source>
        <translation>配布資料を書き出す</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="265"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 mm）</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="265"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>レター（8.5 × 11 インチ）</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="267"/>
        <source>A PDF to print for the students: the data, the error function and the update rule; one step from the start to work out by hand; a picture of the window as it is now; and the answers.</source>
        <translation>受講者に配る PDF：データ、誤差関数と更新式、開始点から手で計算する 1 ステップ、現在のウィンドウの図、そして解答。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="273"/>
        <source>Paper:</source>
        <translation>用紙：</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="274"/>
        <source>Export…</source>
        <translation>書き出す…</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="19"/>
        <source>Play / pause</source>
        <translation>再生 / 一時停止</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="20"/>
        <source>One step (a presenter clicker&apos;s “next”)</source>
        <translation>1ステップ進む (プレゼンターの「次へ」)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="21"/>
        <source>One step back (the clicker&apos;s “previous”)</source>
        <translation>1ステップ戻る (プレゼンターの「前へ」)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="22"/>
        <source>Pause (the clicker&apos;s “blank screen” key)</source>
        <translation>一時停止 (プレゼンターの「画面消去」キー)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="23"/>
        <source>Reset to the start point</source>
        <translation>開始点にリセット</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="24"/>
        <source>Values · Partial derivatives · Update rule · Grid search · Code</source>
        <translation>数値 · 偏微分 · 更新式 · グリッドサーチ · コード</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="25"/>
        <source>Log-scale loss curve</source>
        <translation>誤差の推移を対数目盛に</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="26"/>
        <source>Squared residuals · points as lines · gradient arrows · valley axes · next sampling</source>
        <translation>二乗残差 · 各点を直線で · 勾配の矢印 · 谷の軸 · 次のサンプリング</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="28"/>
        <source>Fit the views to the data</source>
        <translation>表示をデータに合わせる</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="29"/>
        <source>Pen on/off · clear the ink · undo a stroke</source>
        <translation>ペンのオン/オフ・書き込みを消す・一筆戻す</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="30"/>
        <source>Bigger / smaller / normal size</source>
        <translation>拡大 / 縮小 / 標準サイズ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="31"/>
        <source>Full screen (Esc leaves it)</source>
        <translation>全画面 (Esc で解除)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="32"/>
        <source>Presentation layout: only the panels and the essential controls</source>
        <translation>プレゼンテーション表示: パネルと必要な操作だけを表示</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="33"/>
        <source>Lecture mode: then PageDown / → / Space next, PageUp / ← back, Home scene start, 1–9 or G a scene</source>
        <translation>講義モード: PageDown / → / Space で次へ、PageUp / ← で前へ、Home で場面の最初、1–9 か G で場面へ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="35"/>
        <source>Presenter view (projector + notes) · swap its screens</source>
        <translation>発表者ビュー (プロジェクター + ノート)・画面の入れ替え</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="36"/>
        <source>Undo / redo</source>
        <translation>元に戻す / やり直し</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="37"/>
        <source>This help</source>
        <translation>このヘルプ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="43"/>
        <source>Data space</source>
        <translation>データ空間</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="44"/>
        <source>The points and the line f_w(x) = w0 + w1·x. Click to add a point, drag to move it, right-click to remove it. Drag the line or its ◇ handles to fit it by hand.</source>
        <translation>データ点と直線 f_w(x) = w0 + w1·x。クリックで点を追加、ドラッグで移動、右クリックで削除。直線や ◇ ハンドルをドラッグすると手でフィットできます。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="46"/>
        <source>Parameter space</source>
        <translation>パラメータ空間</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="47"/>
        <source>The error E(w0, w1) as colours and contours. ☆ is the best w, ● the current one. Click to start from there.</source>
        <translation>誤差 E(w0, w1) を色と等高線で表示。☆ が最適な w、● が現在の w。クリックするとそこから始めます。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="49"/>
        <source>Loss curve</source>
        <translation>誤差の推移</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="50"/>
        <source>E after each step. The timeline below it goes back to any earlier step.</source>
        <translation>各ステップ後の E。下のタイムラインで以前の任意のステップに戻れます。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="51"/>
        <source>Tabs</source>
        <translation>タブ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="52"/>
        <source>The numbers, the partial-derivative slices, the update rule with its numbers, the grid search, and the program that finds w (Code).</source>
        <translation>数値、偏微分の断面、数値を代入した更新式、グリッドサーチ、w を求めるプログラム（コード）。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="77"/>
        <source>gdstudio — what is on the screen</source>
        <translation>gdstudio — 画面の見方</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="78"/>
        <source>Keys</source>
        <translation>キー操作</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="79"/>
        <source>Press any key or click to close.</source>
        <translation>何かキーを押すかクリックすると閉じます。</translation>
    </message>
</context>
<context>
    <name>ImageExportDialog</name>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="183"/>
        <source>Export image</source>
        <translation>画像の書き出し</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="189"/>
        <source>What:</source>
        <translation>対象:</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="190"/>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="191"/>
        <source>Resolution:</source>
        <translation>解像度:</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="193"/>
        <source>Export…</source>
        <translation>書き出す…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="217"/>
        <source>Vector drawing: sharp at any size.</source>
        <translation>ベクター画像: どの大きさでも鮮明です。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="220"/>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} ピクセル</translation>
    </message>
</context>
<context>
    <name>LayerKeys</name>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_keys.py" line="34"/>
        <source>&amp;Squared residuals</source>
        <translation>二乗残差(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_keys.py" line="35"/>
        <source>&amp;Points as lines</source>
        <translation>各点を直線で表示(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_keys.py" line="36"/>
        <source>&amp;Gradient arrows (−∇E)</source>
        <translation>勾配の矢印 (−∇E)(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_keys.py" line="37"/>
        <source>&amp;Valley axes (eigen-directions)</source>
        <translation>谷の軸 (固有ベクトル)(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_keys.py" line="42"/>
        <source>Next &amp;sampling: batch → mini-batch → SGD</source>
        <translation>次のサンプリング(&amp;S): バッチ → ミニバッチ → SGD</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_keys.py" line="44"/>
        <source>&amp;Race the sampling modes</source>
        <translation>バッチ・ミニバッチ・SGD を競争(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_keys.py" line="45"/>
        <source>Batch, mini-batch and SGD from the same start, on equal numbers of data points</source>
        <translation>バッチ・ミニバッチ・SGD を同じ初期値から、同じデータ点数ずつ</translation>
    </message>
</context>
<context>
    <name>LayerToggles</name>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_toggles.py" line="20"/>
        <source>off</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_toggles.py" line="21"/>
        <source>−∇E (downhill)</source>
        <translation>−∇E (下り)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_toggles.py" line="22"/>
        <source>∇E (uphill)</source>
        <translation>∇E (上り)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_toggles.py" line="53"/>
        <source>Gradient arrows over the surface: −∇E points downhill (where gradient descent goes), ∇E uphill. Also shows the gradient and the next step at the current w.</source>
        <translation>誤差曲面上の勾配の矢印: −∇E は下り (勾配降下法が進む向き)、∇E は上りを指します。現在の w での勾配と次のステップも表示します。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_toggles.py" line="88"/>
        <source>Clear points</source>
        <translation>点を全消去</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_toggles.py" line="91"/>
        <source>Remove every data point (Ctrl+Z brings them back)</source>
        <translation>すべてのデータ点を削除します (Ctrl+Z で元に戻せます)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_toggles.py" line="103"/>
        <source>Squared residuals</source>
        <translation>二乗残差</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_toggles.py" line="104"/>
        <source>Draw each residual as a square of side |yᵢ − f_w(xᵢ)|: squared error you can see (the axes are locked 1:1 so they stay square)</source>
        <translation>各残差を一辺 |yᵢ − f_w(xᵢ)| の正方形で描きます: 目に見える二乗誤差 (正方形に見えるよう縦横比を 1:1 に固定します)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_toggles.py" line="110"/>
        <source>Points as lines</source>
        <translation>各点を直線で表示</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_toggles.py" line="111"/>
        <source>Duality: draw each data point (xᵢ, yᵢ) as the line w0 + w1·xᵢ = yᵢ in parameter space. Hover a point or its line to highlight both.</source>
        <translation>双対性: 各データ点 (xᵢ, yᵢ) をパラメータ空間の直線 w0 + w1·xᵢ = yᵢ として描きます。点か直線にマウスを重ねると両方が強調されます。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_toggles.py" line="113"/>
        <source>Gradient</source>
        <translation>勾配</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_toggles.py" line="115"/>
        <source>Valley axes</source>
        <translation>谷の軸</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_toggles.py" line="116"/>
        <source>The Hessian&apos;s eigen-directions through the optimum ☆, their lengths ∝ 1/√λ: the long line is the valley floor (λmin), the short one goes across it (λmax). κ = λmax/λmin says how long and thin the valley is.</source>
        <translation>最適解 ☆ を通るヘッセ行列の固有ベクトルの向き。長さは 1/√λ に比例します: 長い線が谷底の向き (λmin)、短い線が谷を横切る向き (λmax)。κ = λmax/λmin は谷がどれだけ細長いかを表します。</translation>
    </message>
</context>
<context>
    <name>LectureActions</name>
    <message>
        <location filename="../../gdstudio/ui/lecture/lecture_actions.py" line="36"/>
        <source>&amp;Lecture mode</source>
        <translation>講義モード(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lecture_actions.py" line="37"/>
        <source>Walk the lecture with a clicker</source>
        <translation>プレゼンターのクリッカーで講義を進める</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lecture_actions.py" line="42"/>
        <source>&amp;Next beat</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lecture_actions.py" line="43"/>
        <source>&amp;Previous beat</source>
        <translation>前へ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lecture_actions.py" line="44"/>
        <source>Scene s&amp;tart</source>
        <translation>場面の最初へ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lecture_actions.py" line="45"/>
        <source>&amp;Scenes…</source>
        <translation>場面の一覧(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lecture_actions.py" line="47"/>
        <source>&amp;Go to scene</source>
        <translation>場面へ移動(&amp;G)</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="98"/>
        <source>Lesson title</source>
        <translation>レッスン名</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="106"/>
        <source>Add the current state</source>
        <translation>今の状態を場面に追加</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="107"/>
        <source>What is on screen now (data, w, η, sampling, layers, tab) becomes a new scene after the selected one</source>
        <translation>いま画面にある状態（データ、w、η、サンプリング、レイヤー、タブ）を、選択中の場面の後に新しい場面として追加します</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="110"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="111"/>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="112"/>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="113"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="125"/>
        <source>Scenes</source>
        <translation>場面の一覧</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="132"/>
        <source>Scene</source>
        <translation>場面</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="134"/>
        <source>Title</source>
        <translation>題名</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="96"/>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="135"/>
        <source>Key sentence</source>
        <translation>要点の一文</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="137"/>
        <source>the caption strip: one sentence in the lecture&apos;s words</source>
        <translation>キャプション帯: 講義の言葉で一文</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="138"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="139"/>
        <source>what to say: for the presenter only</source>
        <translation>話すこと: 発表者だけに見えます</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="144"/>
        <source>Tab shown</source>
        <translation>表示するタブ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="145"/>
        <source>Beats (one per click of the clicker)</source>
        <translation>手順（クリッカー 1 回につき 1 つ）</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="166"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="167"/>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="172"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="173"/>
        <source>Apply the lesson to the lecture and write it to its file (a new file for the built-in lecture)</source>
        <translation>レッスンを講義に適用し、そのファイルに書き込みます（組み込みの講義は新しいファイルに）</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="183"/>
        <source>The lecture walks this lesson from now on</source>
        <translation>これから講義はこのレッスンで進みます</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="242"/>
        <source>(no title yet)</source>
        <translation>(題名なし)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="280"/>
        <source>Lesson editor — {name}[*]</source>
        <translation>レッスンの編集 — {name}[*]</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="307"/>
        <source>edit the lesson&apos;s title</source>
        <translation>レッスン名の編集</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="312"/>
        <source>edit a scene</source>
        <translation>場面の編集</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="319"/>
        <source>choose the tab</source>
        <translation>タブの選択</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="328"/>
        <source>Scene {number}</source>
        <translation>場面 {number}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="331"/>
        <source>add a scene</source>
        <translation>場面の追加</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="336"/>
        <source>duplicate a scene</source>
        <translation>場面の複製</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="342"/>
        <source>move a scene</source>
        <translation>場面の移動</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="348"/>
        <source>delete a scene</source>
        <translation>場面の削除</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="357"/>
        <source>The lesson needs a title.</source>
        <translation>レッスン名を入力してください。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="360"/>
        <source>Scene {number} needs a title.</source>
        <translation>場面 {number} に題名を入力してください。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="362"/>
        <source>Scene {number} needs a key sentence.</source>
        <translation>場面 {number} に要点の一文を入力してください。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="365"/>
        <source>Scene {number}, beat {beat} ({kind}) needs a line to say.</source>
        <translation>場面 {number} の手順 {beat}（{kind}）に一言を入力してください。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="367"/>
        <source>Scene {number}, beat {beat} ({kind}) changes nothing: tick η, the sampling or the batch size.</source>
        <translation>場面 {number} の手順 {beat}（{kind}）は何も変更しません: η、サンプリング、バッチサイズのどれかにチェックを入れてください。</translation>
    </message>
</context>
<context>
    <name>LessonFiles</name>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="31"/>
        <source>gdstudio lessons (*.json);;All files (*)</source>
        <translation>gdstudio レッスン (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="39"/>
        <source>Changes not applied</source>
        <translation>未適用の変更</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="40"/>
        <source>Apply the changes to the lecture?</source>
        <translation>変更を講義に適用しますか?</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="41"/>
        <source>If you discard them, the lesson stays as it was.</source>
        <translation>破棄すると、レッスンは元のままです。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="52"/>
        <source>the lesson</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="79"/>
        <source>the built-in lecture</source>
        <translation>組み込みの講義</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="97"/>
        <source>Cannot open lesson</source>
        <translation>レッスンを開けません</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="97"/>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="101"/>
        <source>Opened the lesson {name}: {count} scenes.</source>
        <translation>レッスン {name} を開きました: {count} 場面。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="107"/>
        <source>Open lesson</source>
        <translation>レッスンを開く</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="117"/>
        <source>The built-in lecture: {count} scenes.</source>
        <translation>組み込みの講義: {count} 場面。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="123"/>
        <source>File not found</source>
        <translation>ファイルが見つかりません</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="124"/>
        <source>{path} no longer exists, so it was removed from the recent lessons.</source>
        <translation>{path} はもう存在しないため、最近使ったレッスンから外しました。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="153"/>
        <source>Save lesson as</source>
        <translation>名前を付けてレッスンを保存</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="168"/>
        <source>Cannot save lesson</source>
        <translation>レッスンを保存できません</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="168"/>
        <source>{error}

The lesson is not saved.</source>
        <translation>{error}

レッスンは保存されていません。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="172"/>
        <source>Saved the lesson {name}.</source>
        <translation>レッスン {name} を保存しました。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="230"/>
        <source>&amp;Edit lesson…</source>
        <translation>レッスンを編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="231"/>
        <source>Add the current state as a scene, write captions, notes and beats</source>
        <translation>今の状態を場面として追加し、要点・メモ・手順を書きます</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="232"/>
        <source>&amp;Open lesson…</source>
        <translation>レッスンを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="232"/>
        <source>Walk a lesson file</source>
        <translation>レッスンファイルで講義を進めます</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="233"/>
        <source>Save lesson &amp;as…</source>
        <translation>名前を付けてレッスンを保存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="234"/>
        <source>Recent l&amp;essons</source>
        <translation>最近使ったレッスン(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="237"/>
        <source>&amp;Built-in lecture</source>
        <translation>組み込みの講義(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="238"/>
        <source>The lecture that comes with gdstudio</source>
        <translation>gdstudio に付属の講義</translation>
    </message>
</context>
<context>
    <name>LossPanel</name>
    <message>
        <location filename="../../gdstudio/ui/panels/loss_panel.py" line="69"/>
        <source>Loss curve: E(w) over iterations</source>
        <translation>誤差の推移: 反復ごとの E(w)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/loss_panel.py" line="94"/>
        <source>E(w) after each step: it should fall; it rises when η is too large</source>
        <translation>各ステップ後の E(w): 下がっていくはずですが、η が大きすぎると上がります</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/loss_panel.py" line="96"/>
        <source>Log scale</source>
        <translation>対数目盛</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/loss_panel.py" line="97"/>
        <source>Show E on a logarithmic axis: slow convergence shows as a straight line</source>
        <translation>E を対数軸で表示: ゆっくりした収束が直線に見えます</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/loss_panel.py" line="109"/>
        <source>Timeline: drag to go back to any earlier step; Step or Play continues from there (the later steps are discarded)</source>
        <translation>タイムライン: ドラッグで以前の任意のステップに戻れます。ステップや再生はそこから続きます (それ以降のステップは破棄されます)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/loss_panel.py" line="119"/>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
</context>
<context>
    <name>LossXChooser</name>
    <message>
        <location filename="../../gdstudio/ui/controls/loss_x_chooser.py" line="16"/>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/loss_x_chooser.py" line="16"/>
        <source>iteration</source>
        <translation>反復</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/loss_x_chooser.py" line="17"/>
        <source>points used</source>
        <translation>使った点の数</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/loss_x_chooser.py" line="17"/>
        <source>data points used</source>
        <translation>使ったデータ点の数</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/loss_x_chooser.py" line="18"/>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/loss_x_chooser.py" line="19"/>
        <source>epochs (passes through the data)</source>
        <translation>エポック (データ全体を通った回数)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/loss_x_chooser.py" line="32"/>
        <source>What the error curve&apos;s x axis counts: steps, the data points the steps used (batch, mini-batch and SGD compared fairly), or epochs</source>
        <translation>誤差の推移の横軸が数えるもの: ステップ、ステップが使ったデータ点の数 (最急降下法・ミニバッチ・確率的勾配降下法を公平に比べられます)、またはエポック</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="128"/>
        <source>gdstudio — projector</source>
        <translation>gdstudio — プロジェクター</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="129"/>
        <source>gdstudio — gradient descent, live</source>
        <translation>gdstudio — 勾配降下法をライブで</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="145"/>
        <source>Values</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="145"/>
        <source>Partial derivatives</source>
        <translation>偏微分</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="146"/>
        <source>Update rule</source>
        <translation>更新式</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="146"/>
        <source>Grid search</source>
        <translation>グリッドサーチ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="148"/>
        <source>The current step&apos;s numbers and the formulas in use</source>
        <translation>現在のステップの数値と使用中の式</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="149"/>
        <source>Partial derivatives: E along w0 and along w1 through the current w, with tangents</source>
        <translation>偏微分: 現在の w を通る w0 方向と w1 方向の E と、その接線</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="151"/>
        <source>The last update w ← w − η∇E(w) with its numbers substituted</source>
        <translation>直前の更新 w ← w − η∇E(w) に数値を代入したもの</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="152"/>
        <source>Brute force: evaluate E on every cell of a grid and keep the best</source>
        <translation>総当たり: 格子のすべてのセルで E を評価し、最良のものを残します</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="155"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="156"/>
        <source>The numpy program that does what the app does with these settings</source>
        <translation>この設定でアプリが行うことをそのまま行う numpy プログラム</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="359"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="360"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="361"/>
        <source>&amp;Clear points</source>
        <translation>点を全消去(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="365"/>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="366"/>
        <source>&amp;Play / Pause</source>
        <translation>再生 / 一時停止(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="367"/>
        <source>&amp;Step</source>
        <translation>ステップ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="368"/>
        <source>Step &amp;back</source>
        <translation>1ステップ戻る(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="369"/>
        <source>&amp;Reset</source>
        <translation>リセット(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="370"/>
        <source>&amp;Lecture</source>
        <translation>講義(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="371"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="372"/>
        <source>&amp;Fit views to data</source>
        <translation>表示をデータに合わせる(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="373"/>
        <source>&amp;Log-scale loss curve</source>
        <translation>誤差の推移を対数目盛に(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="377"/>
        <source>Every run&apos;s line in the data panel (race)</source>
        <translation>データ空間に全実行の直線を表示（レース）</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="382"/>
        <source>P&amp;en: draw over the panels</source>
        <translation>ペン: パネルの上に書き込む(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="386"/>
        <source>Clear &amp;ink</source>
        <translation>書き込みを消す(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="387"/>
        <source>&amp;Undo ink stroke</source>
        <translation>書き込みを一筆戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="388"/>
        <source>La&amp;yers</source>
        <translation>レイヤー(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="389"/>
        <source>Clear the attempt &amp;by hand</source>
        <translation>手で選んだ w の記録を消す(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="392"/>
        <source>Show {tab}</source>
        <translation>{tab}を表示</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="443"/>
        <source>No data points yet: click in the data panel to add some, or open a CSV file (Ctrl+O).</source>
        <translation>データ点がまだありません。データパネルをクリックして追加するか、CSV ファイルを開いてください (Ctrl+O)。</translation>
    </message>
</context>
<context>
    <name>OptimizerBar</name>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="325"/>
        <source>The update rule. Gradient descent is the lecture&apos;s; the others are what PyTorch offers, with its defaults. Changing it restarts the run.</source>
        <translation>更新式の種類。勾配降下法が講義のもので、ほかは PyTorch の手法 (既定値のまま) です。変更すると最初からやり直します。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="329"/>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="355"/>
        <source>Race…</source>
        <translation>レース…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="330"/>
        <source>Run up to four optimizers side by side from the same start</source>
        <translation>最大4つの最適化手法を同じ開始点から並べて走らせます</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="332"/>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="333"/>
        <source>Hyperparameters (μ, β1, β2, ε…) and the learning-rate schedule</source>
        <translation>ハイパーパラメータ (μ, β1, β2, ε…) と学習率スケジュール</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="337"/>
        <source>Optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="355"/>
        <source>Race ({n})…</source>
        <translation>レース ({n})…</translation>
    </message>
</context>
<context>
    <name>OptimizerDialog</name>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="45"/>
        <source>momentum μ</source>
        <translation>モメンタム μ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="46"/>
        <source>How much of the previous step is kept (0 = none)</source>
        <translation>前のステップをどれだけ引き継ぐか (0 = 引き継がない)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="47"/>
        <source>dampening τ</source>
        <translation>ダンプニング τ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="48"/>
        <source>Scales the new gradient in the momentum buffer from the second step on</source>
        <translation>2ステップ目以降、モメンタムのバッファに加える新しい勾配を縮小します</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="51"/>
        <source>Look ahead along the velocity before taking the gradient step</source>
        <translation>勾配のステップの前に、速度の向きに先読みします</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="52"/>
        <source>weight decay λ</source>
        <translation>重み減衰 λ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="53"/>
        <source>Adds λ·w to the gradient (an L2 penalty)</source>
        <translation>勾配に λ·w を加えます (L2 正則化)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="54"/>
        <source>η decay</source>
        <translation>η の減衰</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="55"/>
        <source>Adagrad: η_t = η / (1 + (t−1)·decay)</source>
        <translation>Adagrad: η_t = η / (1 + (t−1)·減衰)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="57"/>
        <source>initial Σg²</source>
        <translation>Σg² の初期値</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="58"/>
        <source>Adagrad&apos;s running sum of squared gradients starts here</source>
        <translation>Adagrad の勾配の二乗の累積和はこの値から始まります</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="59"/>
        <source>Added to the denominator so it is never zero</source>
        <translation>分母が 0 にならないように加える値</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="60"/>
        <source>α (smoothing)</source>
        <translation>α (平滑化)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="61"/>
        <source>RMSprop: weight of the old mean of g² (0.99 keeps 99 %)</source>
        <translation>RMSprop: g² の過去の平均の重み (0.99 なら 99 % を保持)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="62"/>
        <source>centred</source>
        <translation>中心化</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="63"/>
        <source>RMSprop: divide by the variance of g instead of its mean square</source>
        <translation>RMSprop: g の二乗平均の代わりに分散で割ります</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="64"/>
        <source>Adam: decay of the mean of g (β1) and of g² (β2)</source>
        <translation>Adam: g の平均 (β1) と g² の平均 (β2) の減衰率</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="65"/>
        <source>Adam: use the largest v so far, so steps never grow from a shrinking v</source>
        <translation>Adam: これまでで最大の v を使い、v が小さくなってもステップが大きくならないようにします</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="71"/>
        <source>constant</source>
        <translation>一定</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="72"/>
        <source>step decay</source>
        <translation>ステップ減衰</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="73"/>
        <source>exponential decay</source>
        <translation>指数減衰</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="74"/>
        <source>cosine</source>
        <translation>コサイン</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="96"/>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>「{text}」は数値ではありません</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="98"/>
        <source>&apos;{text}&apos; is not a finite number</source>
        <translation>「{text}」は有限の数値ではありません</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="102"/>
        <source>enter two numbers separated by a comma, e.g. 0.9, 0.999</source>
        <translation>2つの数値をカンマで区切って入力してください (例: 0.9, 0.999)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="105"/>
        <source>&apos;{text}&apos; should be one number</source>
        <translation>「{text}」は1つの数値にしてください</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="115"/>
        <source>Optimizer settings</source>
        <translation>最適化手法の設定</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="135"/>
        <source> (PyTorch&apos;s default: {value})</source>
        <translation> (PyTorch の既定値: {value})</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="140"/>
        <source>No hyperparameters besides η.</source>
        <translation>η 以外のハイパーパラメータはありません。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="145"/>
        <source>Learning-rate schedule η_t</source>
        <translation>学習率スケジュール η_t</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="155"/>
        <source>schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="156"/>
        <source>step size</source>
        <translation>ステップ幅</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="247"/>
        <source>schedule, {name}: {error}</source>
        <translation>スケジュール、{name}: {error}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="260"/>
        <source>Not applied: {error}</source>
        <translation>適用できません: {error}</translation>
    </message>
</context>
<context>
    <name>Optimizers</name>
    <message>
        <location filename="../../gdstudio/engine/run.py" line="53"/>
        <source>Gradient descent</source>
        <translation>勾配降下法</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/run.py" line="55"/>
        <source>Momentum</source>
        <translation>モメンタム</translation>
    </message>
</context>
<context>
    <name>PlotKey</name>
    <message>
        <location filename="../../gdstudio/ui/style.py" line="297"/>
        <source>Key</source>
        <translation>凡例</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/style.py" line="297"/>
        <source>Click to open or fold the key</source>
        <translation>クリックで凡例を開く／たたむ</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../../gdstudio/ui/presenter/presenter.py" line="84"/>
        <source>Presenter &amp;view (projector + notes)</source>
        <translation>発表者ビュー (プロジェクター + ノート)(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/presenter.py" line="87"/>
        <source>S&amp;wap presenter screens</source>
        <translation>発表者ビューの画面を入れ替え(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/presenter.py" line="255"/>
        <source>Presenter view: one screen only, so this screen shows the presentation layout (Esc or Ctrl+F5 ends it). A second screen, once connected, gets the projector view.</source>
        <translation>発表者ビュー: 画面が 1 つだけなので、この画面にプレゼンテーション表示を出します (Esc か Ctrl+F5 で終了)。2 つ目の画面をつなぐと、そちらにプロジェクター用の表示が出ます。</translation>
    </message>
</context>
<context>
    <name>PresenterDock</name>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="101"/>
        <source>Presenter view</source>
        <translation>発表者ビュー</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="104"/>
        <source>Time since the presenter view started</source>
        <translation>発表者ビューを始めてからの経過時間</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="105"/>
        <source>Reset time</source>
        <translation>時間をリセット</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="106"/>
        <source>What the projector shows</source>
        <translation>プロジェクターに映っている内容</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="108"/>
        <source>Now</source>
        <translation>いま</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="108"/>
        <source>Next</source>
        <translation>次</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="109"/>
        <source>Notes</source>
        <translation>ノート</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="116"/>
        <source>The projector&apos;s colours (its own: this window keeps its look)</source>
        <translation>プロジェクターの配色 (プロジェクター専用: この画面の見た目は変わりません)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="117"/>
        <source>The size of the projector&apos;s text, lines and markers</source>
        <translation>プロジェクターの文字・線・マーカーの大きさ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="118"/>
        <source>Swap screens</source>
        <translation>画面を入れ替え</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="119"/>
        <source>Put the projector view on the other screen (X)</source>
        <translation>プロジェクター用の表示をもう一方の画面に移す (X)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="120"/>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="121"/>
        <source>End the presenter view (Ctrl+F5)</source>
        <translation>発表者ビューを終了 (Ctrl+F5)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="130"/>
        <source>No lecture running</source>
        <translation>講義は実行されていません</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="133"/>
        <source>The lecture mode shows the presenter notes of each scene here.</source>
        <translation>講義モードでは、各場面の発表者ノートがここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="142"/>
        <source>Projector: {screen}</source>
        <translation>プロジェクター: {screen}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="143"/>
        <source>No projector screen</source>
        <translation>プロジェクターの画面がありません</translation>
    </message>
</context>
<context>
    <name>PresetDialog</name>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="143"/>
        <source>Presets</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="162"/>
        <source>Load a prepared data set. It replaces the current points (Undo brings them back).</source>
        <translation>用意されたデータセットを読み込みます。現在の点は置き換えられます (元に戻すで戻せます)。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="167"/>
        <source>Load</source>
        <translation>読み込む</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../gdstudio/ui/document/prompts.py" line="45"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/prompts.py" line="127"/>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/prompts.py" line="128"/>
        <source>Save the changes to {name}?</source>
        <translation>{name}の変更を保存しますか?</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/prompts.py" line="129"/>
        <source>If you don&apos;t save, the changes since the last save are lost.</source>
        <translation>保存しないと、前回の保存以降の変更は失われます。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/prompts.py" line="142"/>
        <source>Restore unsaved work?</source>
        <translation>未保存の作業を復元しますか?</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/prompts.py" line="143"/>
        <source>gdstudio did not close normally last time. It kept a copy of your unsaved work from {when}.</source>
        <translation>前回 gdstudio は正常に終了しませんでした。{when} 時点の未保存の作業のコピーが残っています。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/prompts.py" line="145"/>
        <source>Restore it? If you discard it, it is deleted.</source>
        <translation>復元しますか? 破棄するとコピーは削除されます。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/prompts.py" line="146"/>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/prompts.py" line="147"/>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../gdstudio/i18n.py" line="40"/>
        <source>&amp;Look in:</source>
        <translation>ファイルの場所(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../gdstudio/i18n.py" line="40"/>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
</context>
<context>
    <name>RaceDialog</name>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="275"/>
        <source>Race optimizers</source>
        <translation>最適化手法のレース</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="277"/>
        <source>Choose up to {n} optimizers. They start together from the same w,
take the same number of steps, and each stops on its own.</source>
        <translation>最適化手法を最大 {n} つ選んでください。同じ w から一斉に始まり、
同じステップ数だけ進み、それぞれ独立に停止します。</translation>
    </message>
</context>
<context>
    <name>Readout</name>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="29"/>
        <source>iteration</source>
        <translation>反復</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="30"/>
        <source>Number of updates taken since the start point</source>
        <translation>開始点からの更新回数</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="31"/>
        <source>Intercept of the current line</source>
        <translation>現在の直線の切片</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="32"/>
        <source>Slope of the current line</source>
        <translation>現在の直線の傾き</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="33"/>
        <source>Error of the current line</source>
        <translation>現在の直線の誤差</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="34"/>
        <source>Partial derivative of E by w0: Σ (f_w(xᵢ) − yᵢ)</source>
        <translation>E の w0 による偏微分: Σ (f_w(xᵢ) − yᵢ)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="35"/>
        <source>Partial derivative of E by w1: Σ (f_w(xᵢ) − yᵢ)·xᵢ</source>
        <translation>E の w1 による偏微分: Σ (f_w(xᵢ) − yᵢ)·xᵢ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="43"/>
        <source>Length of the gradient: 0 at the optimum. Playing stops when it is negligible.</source>
        <translation>勾配の大きさ: 最適解で 0。十分小さくなると再生が止まります。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="44"/>
        <source>Distance from the current w to the least-squares optimum ☆</source>
        <translation>現在の w から最小二乗解 ☆ までの距離</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="45"/>
        <source>η now</source>
        <translation>現在の η</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="46"/>
        <source>The learning rate of the next step (after the schedule, if any)</source>
        <translation>次のステップの学習率 (スケジュールがあれば適用後)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="47"/>
        <source>Condition number λmax/λmin of the Hessian: 1 is a round bowl; thousands make a long thin valley where gradient descent crawls (standardising x helps)</source>
        <translation>ヘッセ行列の条件数 λmax/λmin: 1 なら丸いお椀、数千なら細長い谷になり、勾配降下法はなかなか進みません (x の標準化が有効)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="50"/>
        <source>fastest η</source>
        <translation>最速の η</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="51"/>
        <source>2/(λmin + λmax): the learning rate at which plain gradient descent converges fastest on this error (the green tick on the η slider; from 2/λmax, shaded there, it diverges)</source>
        <translation>2/(λmin + λmax): この誤差関数で通常の勾配降下法が最も速く収束する学習率 (η スライダーの緑の目盛り。網掛けの 2/λmax 以上では発散します)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="54"/>
        <location filename="../../gdstudio/ui/panels/readout.py" line="195"/>
        <source>κ std.</source>
        <translation>κ 標準化後</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="55"/>
        <source>κ before or after standardising x, beside the κ in use above: standardising makes the valley round (κ = 1)</source>
        <translation>x の標準化前または標準化後の κ (上の κ は現在使っているもの)。標準化すると谷は丸くなります (κ = 1)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="81"/>
        <source>The gradient ∇E(w) = (∂E/∂w0, ∂E/∂w1): the vector of the two partial derivatives. It points uphill; a step goes against it.</source>
        <translation>勾配 ∇E(w) = (∂E/∂w0, ∂E/∂w1): 二つの偏微分を並べたベクトル。上り坂を指し、ステップはその逆向きに進む。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="92"/>
        <source>Fitting on standardised data: w0′, w1′ above are that model&apos;s parameters; this is the same line in the data&apos;s own units</source>
        <translation>標準化したデータでフィット中: 上の w0′, w1′ はそのモデルのパラメータです。これは同じ直線をデータの元の単位で表したものです</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="96"/>
        <source>Each run of the race: steps taken (in a race of samplings also the data points used), its error, and whether it has stopped</source>
        <translation>レースの各実行: 更新回数 (サンプリングの競争では使ったデータ点数も)、誤差、止まったかどうか</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="156"/>
        <source>standardised (x̄ = {x_mean}, σx = {x_std}, {y_part}fit on (x − x̄)/σx)&lt;br&gt;same line: &lt;b&gt;y = {w0} + {w1}·x&lt;/b&gt;</source>
        <translation>標準化 (x̄ = {x_mean}, σx = {x_std}, {y_part}(x − x̄)/σx でフィット)&lt;br&gt;同じ直線: &lt;b&gt;y = {w0} + {w1}·x&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="167"/>
        <source>✔ converged</source>
        <translation>✔ 収束</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="167"/>
        <source>✘ diverged</source>
        <translation>✘ 発散</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="180"/>
        <source>race</source>
        <translation>レース</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="180"/>
        <source>steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="180"/>
        <source>data points</source>
        <translation>データ点数</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="195"/>
        <source>κ raw</source>
        <translation>κ 標準化前</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="200"/>
        <source>κ = {raw} (standardised: {standardised})</source>
        <translation>κ = {raw} (標準化後: {standardised})</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="224"/>
        <source>κ is large: a long thin valley. Standardise x to make it round.</source>
        <translation>κ が大きい: 細長い谷です。x を標準化すると丸くなります。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="230"/>
        <source>✔ η &amp;lt; 2/λ&lt;sub&gt;max&lt;/sub&gt; = {bound}: steps converge</source>
        <translation>✔ η &amp;lt; 2/λ&lt;sub&gt;max&lt;/sub&gt; = {bound}: 収束します</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="231"/>
        <source>✔ η &amp;lt; 2/λ&lt;sub&gt;max&lt;/sub&gt; = {bound}: gradient descent converges</source>
        <translation>✔ η &amp;lt; 2/λ&lt;sub&gt;max&lt;/sub&gt; = {bound}: 勾配降下法は収束します</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="235"/>
        <source>&lt;b&gt;✘ η ≥ 2/λ&lt;sub&gt;max&lt;/sub&gt; = {bound}: this run will diverge.&lt;/b&gt; Try η ≤ {suggested}</source>
        <translation>&lt;b&gt;✘ η ≥ 2/λ&lt;sub&gt;max&lt;/sub&gt; = {bound}: この実行は発散します。&lt;/b&gt; η ≤ {suggested} を試してください</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="237"/>
        <source>&lt;b&gt;✘ η ≥ 2/λ&lt;sub&gt;max&lt;/sub&gt; = {bound}: gradient descent will diverge.&lt;/b&gt; Try η ≤ {suggested}</source>
        <translation>&lt;b&gt;✘ η ≥ 2/λ&lt;sub&gt;max&lt;/sub&gt; = {bound}: 勾配降下法は発散します。&lt;/b&gt; η ≤ {suggested} を試してください</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="241"/>
        <source>Gradient descent on this error converges exactly when η is below 2 divided by the largest eigenvalue λmax of the Hessian of E (its steepest curvature).</source>
        <translation>この誤差関数での勾配降下法は、η が「2 ÷ E のヘッセ行列の最大固有値 λmax (最も急な曲率)」より小さいときに限り収束します。</translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <location filename="../../gdstudio/engine/run.py" line="62"/>
        <source>Batch</source>
        <translation>最急降下法 (全点)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/run.py" line="64"/>
        <source>SGD (1 point)</source>
        <translation>確率的勾配降下法 (1 点)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/run.py" line="65"/>
        <source>Mini-batch (K = {k})</source>
        <translation>ミニバッチ (K = {k})</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/run.py" line="84"/>
        <source>Diverged at step {step}: the learning rate η = {lr} is too large for this data, so every step overshoots further. Gradient descent converges only for η &lt; 2/λmax = {bound}: try η ≤ {suggested}.</source>
        <translation>ステップ {step} で発散しました: 学習率 η = {lr} はこのデータには大きすぎ、ステップのたびに行き過ぎが大きくなります。勾配降下法が収束するのは η &lt; 2/λmax = {bound} のときだけです: η ≤ {suggested} を試してください。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/run.py" line="89"/>
        <source>Diverged at step {step}: η = {lr} is too large for {name} on this data, so its steps overshoot further and further. Try a smaller η.</source>
        <translation>ステップ {step} で発散しました: このデータでは η = {lr} は {name} には大きすぎ、行き過ぎがどんどん大きくなります。η を小さくしてください。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/run.py" line="92"/>
        <source>{name}: {message} The others go on.</source>
        <translation>{name}: {message} ほかの手法は続行します。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/run.py" line="101"/>
        <source>{name} converged after {steps} steps</source>
        <translation>{name} は {steps} ステップで収束</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/run.py" line="102"/>
        <source>{name} diverged at step {step}</source>
        <translation>{name} はステップ {step} で発散</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/run.py" line="105"/>
        <source>Converged after {steps} steps: ∇E ≈ 0 at w = ({w0}, {w1}), the least-squares optimum.</source>
        <translation>{steps} ステップで収束しました: w = ({w0}, {w1}) で ∇E ≈ 0、最小二乗解です。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/run.py" line="108"/>
        <source>; </source>
        <comment>between the runs&apos; results in &apos;Race over: …&apos;</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/run.py" line="109"/>
        <source>Race over: {results}.</source>
        <translation>レース終了: {results}。</translation>
    </message>
</context>
<context>
    <name>SafeZone</name>
    <message>
        <location filename="../../gdstudio/ui/widgets/lr_scale.py" line="97"/>
        <source>diverges from η ≥ 2/λmax = {value}</source>
        <translation>η ≥ 2/λmax = {value} で発散する</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/widgets/lr_scale.py" line="99"/>
        <source>fastest steady η = 2/(λmin + λmax) = {value}</source>
        <translation>最も速く安定して収束する学習率 η = 2/(λmin + λmax) = {value}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/widgets/lr_scale.py" line="105"/>
        <source>(both for plain gradient descent: momentum and adaptive methods move differently)</source>
        <translation>(どちらも通常の勾配降下法の値です。モメンタムや適応的な手法は別の動きをします)</translation>
    </message>
</context>
<context>
    <name>SceneIndex</name>
    <message>
        <location filename="../../gdstudio/ui/lecture/scene_index.py" line="59"/>
        <source>Scenes</source>
        <translation>場面の一覧</translation>
    </message>
</context>
<context>
    <name>SettingsBar</name>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="22"/>
        <source>Batch (all points)</source>
        <translation>最急降下法 (全点)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="23"/>
        <source>Every step uses all points: the lecture&apos;s steepest descent</source>
        <translation>毎ステップすべての点を使います: 講義の最急降下法</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="24"/>
        <source>Mini-batch</source>
        <translation>ミニバッチ勾配降下法</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="25"/>
        <source>Every step uses K random points; each point once per epoch</source>
        <translation>毎ステップ無作為に選んだ K 点を使います。各点はエポックごとに1回使われます</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="26"/>
        <source>SGD (1 point)</source>
        <translation>確率的勾配降下法 (1 点)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="27"/>
        <source>Stochastic gradient descent: every step uses one random point</source>
        <translation>確率的勾配降下法: 毎ステップ無作為に選んだ1点を使います</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="33"/>
        <source>Race batch, mini-batch, SGD</source>
        <translation>バッチ・ミニバッチ・SGD を競争</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="34"/>
        <source>Batch, mini-batch K and SGD from the same start, compared at equal numbers of data points used: SGD takes N steps while batch takes one</source>
        <translation>バッチ・ミニバッチ K・SGD を同じ初期値から、使ったデータ点数をそろえて比べます: バッチが 1 ステップ進む間に SGD は N ステップ進みます</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="39"/>
        <source>raw x</source>
        <translation>標準化なし</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="40"/>
        <source>standardised x</source>
        <translation>x を標準化</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="41"/>
        <source>standardised x, y</source>
        <translation>x, y を標準化</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="50"/>
        <source>½ Σ (sum)</source>
        <translation>½ Σ (総和)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="51"/>
        <source>½·(1/N) Σ (mean)</source>
        <translation>½·(1/N) Σ (平均)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="52"/>
        <source>The error function. The lecture uses the sum; with the mean, the safe η does not shrink as points are added. Changing it restarts the run.</source>
        <translation>誤差関数。講義では総和を使います。平均にすると、点を増やしても安全な η が小さくなりません。変更すると最初からやり直します。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="60"/>
        <source>Which points each step&apos;s gradient is computed from</source>
        <translation>各ステップの勾配をどの点から計算するか</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="64"/>
        <source>Mini-batch size: points per step</source>
        <translation>ミニバッチのサイズ: 1ステップあたりの点数</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="67"/>
        <source>seed </source>
        <translation>シード </translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="68"/>
        <source>Random seed of the shuffling: the same seed gives the same run</source>
        <translation>シャッフルの乱数シード: 同じシードなら同じ結果になります</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="78"/>
        <source>Fit on (x − x̄)/σx (and (y − ȳ)/σy): unscaled x makes the error surface a long thin valley where gradient descent crawls; standardised, it is round. The line is shown in the data&apos;s units either way.</source>
        <translation>(x − x̄)/σx (と (y − ȳ)/σy) でフィットします: x がそのままだと誤差曲面は細長い谷になり、勾配降下法はなかなか進みません。標準化すると丸くなります。直線はどちらでもデータの単位で表示されます。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="84"/>
        <source>Error</source>
        <translation>誤差関数</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="85"/>
        <source>Sampling</source>
        <translation>サンプリング</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="89"/>
        <source>Error curve by</source>
        <translation>誤差の推移の横軸</translation>
    </message>
</context>
<context>
    <name>SlicePanel</name>
    <message>
        <location filename="../../gdstudio/ui/panels/slice_panel.py" line="65"/>
        <source>No data yet:
click points into
the data panel</source>
        <translation>データがありません:
データパネルを
クリックして点を追加</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/slice_panel.py" line="167"/>
        <source>derivative at the point</source>
        <translation>微分係数</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/slice_panel.py" line="168"/>
        <source>no data, no slope</source>
        <translation>データがないので傾きなし</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/slice_panel.py" line="169"/>
        <source>average rate of change</source>
        <translation>平均変化率</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/slice_panel.py" line="235"/>
        <source>Fix {other}, vary {name}: this curve is E along {name} through the current w (a cut through the error surface). The slope of this curve at the current point is the partial derivative ∂E/∂{name}.</source>
        <translation>{other} を固定して {name} を動かす: この曲線は現在の w を通る {name} 方向の E です (誤差曲面の断面)。現在の点でのこの曲線の傾きが偏微分 ∂E/∂{name} です。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/slice_panel.py" line="240"/>
        <source>Tangent at the current point: its slope is ∂E/∂{name}. Gradient descent moves {name} against the slope, downhill: {name} ← {name} − η·∂E/∂{name}.</source>
        <translation>現在の点での接線: 傾きは ∂E/∂{name} です。勾配降下法は {name} を傾きと逆向き (下り) に動かします: {name} ← {name} − η·∂E/∂{name}。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/slice_panel.py" line="243"/>
        <source>● Current w: ({name}, E)</source>
        <translation>● 現在の w: ({name}, E)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/slice_panel.py" line="244"/>
        <source>Secant through the current point and the point h further along {name}: its slope ΔE/Δ{name} = (E({name} + h) − E({name}))/h is the average rate of change. As h shrinks it tends to the slope of the tangent, the derivative at the point.</source>
        <translation>現在の点と、{name} の方向に h だけ進んだ点を通る割線: その傾き ΔE/Δ{name} = (E({name} + h) − E({name}))/h が平均変化率。h を小さくすると、接線の傾き (その点での微分係数) に近づく。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/slice_panel.py" line="250"/>
        <source>○ The second point: ({name} + h, E)</source>
        <translation>○ 2 つ目の点: ({name} + h, E)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/slice_panel.py" line="254"/>
        <source>The derivative function ∂E/∂{name}: the derivative at every {name} along this cut. Its value at the current point (●) gives the direction and size in which E grows: the arrow on the axis points the way E grows, longer where E is steeper.</source>
        <translation>導関数 ∂E/∂{name}: この断面のすべての {name} での微分係数。現在の点 (●) での値が、E が増える向きと大きさを表す: 軸上の矢印は E が増える向きを指し、E が急なほど長い。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/slice_panel.py" line="263"/>
        <source>The partial derivative ∂E/∂{name}: the slope of the tangent (with {other} fixed). Both partial derivatives together are the gradient ∇E.</source>
        <translation>偏微分 ∂E/∂{name}: ({other} を固定したときの) 接線の傾き。2つの偏微分を並べたものが勾配 ∇E です。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/slice_panel.py" line="424"/>
        <source>fixed</source>
        <translation>固定</translation>
    </message>
</context>
<context>
    <name>StepSizeRow</name>
    <message>
        <location filename="../../gdstudio/ui/widgets/step_size.py" line="25"/>
        <source>Shrink h step by step down to the smallest: watch the average rate of change approach the derivative at the point</source>
        <translation>h を最小まで少しずつ小さくする: 平均変化率が微分係数に近づいていく</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/widgets/step_size.py" line="32"/>
        <source>h, the step of the secant (on a log scale): to the right, smaller</source>
        <translation>h: 割線の幅 (対数目盛): 右ほど小さい</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/widgets/step_size.py" line="33"/>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/widgets/step_size.py" line="81"/>
        <location filename="../../gdstudio/ui/widgets/step_size.py" line="86"/>
        <source>■ Stop</source>
        <translation>■ 停止</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/widgets/step_size.py" line="81"/>
        <location filename="../../gdstudio/ui/widgets/step_size.py" line="86"/>
        <source>▶ h → 0</source>
        <translation>▶ h → 0</translation>
    </message>
</context>
<context>
    <name>SurfacePanel</name>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="98"/>
        <source>Parameter space: error E(w0, w1)</source>
        <translation>パラメータ空間: 誤差 E(w0, w1)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="98"/>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="228"/>
        <source>w0 (intercept)</source>
        <translation>w0 (切片)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="99"/>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="229"/>
        <source>w1 (slope)</source>
        <translation>w1 (傾き)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="154"/>
        <source>Gradient field: −∇E (steepest descent) or ∇E on a coarse grid; the longer the arrow, the larger |∇E| (the scale is in the corner; the smallest are drawn a little longer than to scale)</source>
        <translation>勾配の場: 粗い格子上の −∇E (最急降下の向き) または ∇E。矢印が長いほど |∇E| が大きい (目盛は隅に。ごく短いものは実際より少し長く描く)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="156"/>
        <source>∇E(w) = (∂E/∂w0, ∂E/∂w1): the gradient at the current w points uphill, the way E rises fastest (drawn at a fixed length)</source>
        <translation>∇E(w) = (∂E/∂w0, ∂E/∂w1): 現在の w での勾配は上り坂、E が最も速く増える向きを指す (長さは一定で描く)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="163"/>
        <source>The data are fixed — they make the surface E(w)</source>
        <translation>データを固定 — データが曲面 E(w) を決める</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="164"/>
        <source>data fixed</source>
        <translation>データを固定</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="165"/>
        <source>Parameter space: the data are fixed, and they make the surface E(w) over (w0, w1). One point here is one line in the data space.</source>
        <translation>パラメータ空間: データを固定すると、データが (w0, w1) 上の曲面 E(w) を決める。ここでの一点がデータ空間の一本の直線。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="170"/>
        <source>−η∇E(w) (next step)</source>
        <translation>−η∇E(w) (次のステップ)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="207"/>
        <source>least-squares optimum</source>
        <translation>最小二乗解</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="207"/>
        <source>start</source>
        <translation>開始点</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="204"/>
        <source>current w</source>
        <translation>現在の w</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="204"/>
        <source>path of the steps</source>
        <translation>ステップの軌跡</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="142"/>
        <source>Colour: error E(w) on a log scale (dark = small error)</source>
        <translation>色: 誤差 E(w) (対数目盛、暗いほど誤差が小さい)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="143"/>
        <source>☆ Least-squares optimum: the w with the smallest error</source>
        <translation>☆ 最小二乗解: 誤差が最小の w</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="145"/>
        <source>● Current w of the optimizer — drag it to move the line by hand</source>
        <translation>● 最適化手法の現在の w — ドラッグすると直線を手で動かせます</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="146"/>
        <source>● Current w of {name}</source>
        <translation>● {name} の現在の w</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="148"/>
        <source>□ Start point (click anywhere to move it)</source>
        <translation>□ 開始点 (クリックした場所に移動します)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="149"/>
        <source>Each data point (xᵢ, yᵢ) as the line w0 + w1·xᵢ = yᵢ: every w on it fits that point exactly</source>
        <translation>各データ点 (xᵢ, yᵢ) を直線 w0 + w1·xᵢ = yᵢ として表示: この直線上の w はどれもその点にぴったり合います</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="151"/>
        <source>The cut along w0 (w1 fixed) shown in the slice view</source>
        <translation>断面タブに表示している w0 方向の断面 (w1 固定)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="152"/>
        <source>The cut along w1 (w0 fixed) shown in the slice view</source>
        <translation>断面タブに表示している w1 方向の断面 (w0 固定)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="158"/>
        <source>The next step −η·∇E(w), to scale</source>
        <translation>次のステップ −η·∇E(w) (実際の長さ)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="159"/>
        <source>Click to start gradient descent from that w</source>
        <translation>クリックすると、その w から勾配降下法を始めます</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="228"/>
        <source>w0′ (intercept, standardised)</source>
        <translation>w0′ (切片、標準化)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="229"/>
        <source>w1′ (slope, standardised)</source>
        <translation>w1′ (傾き、標準化)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="255"/>
        <source>(Not unique: with fewer than two distinct x, every w on the valley floor fits equally well)</source>
        <translation>(一意ではありません: 異なる x が2つ未満だと、谷底のどの w も同じようによく当てはまります)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="256"/>
        <source>☆ Least-squares optimum w = ({w0}, {w1}), E = {loss}</source>
        <translation>☆ 最小二乗解 w = ({w0}, {w1}), E = {loss}</translation>
    </message>
</context>
<context>
    <name>TabChooser</name>
    <message>
        <location filename="../../gdstudio/ui/widgets/tab_chooser.py" line="16"/>
        <source>Which page to show (the tabs do not fit the width here)</source>
        <translation>表示するページ（ここではタブが幅に収まりません）</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="37"/>
        <source>add point</source>
        <translation>点の追加</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="38"/>
        <source>remove point</source>
        <translation>点の削除</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="39"/>
        <source>clear points</source>
        <translation>点の全消去</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="40"/>
        <source>load data</source>
        <translation>データの読み込み</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="41"/>
        <source>edit data</source>
        <translation>データの編集</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="42"/>
        <source>move start point</source>
        <translation>開始点の移動</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="43"/>
        <source>change standardisation</source>
        <translation>標準化の変更</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="44"/>
        <source>change learning rate</source>
        <translation>学習率の変更</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="45"/>
        <source>change sampling</source>
        <translation>サンプリングの変更</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="46"/>
        <source>change schedule</source>
        <translation>学習率スケジュールの変更</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="47"/>
        <source>change error function</source>
        <translation>誤差関数の変更</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="48"/>
        <source>change optimizers</source>
        <translation>最適化手法の変更</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="49"/>
        <source>race the sampling modes</source>
        <translation>サンプリング方法の競争</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="50"/>
        <source>show or hide a layer</source>
        <translation>レイヤーの表示切り替え</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="65"/>
        <source>move point {number}</source>
        <translation>点 {number} の移動</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="67"/>
        <source>change {optimizer} settings</source>
        <translation>{optimizer}の設定の変更</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="140"/>
        <source>Undo the last edit of the data or the settings</source>
        <translation>データや設定の直前の編集を元に戻します</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="141"/>
        <source>Redo the edit just undone</source>
        <translation>元に戻した編集をやり直します</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="147"/>
        <source>Undo {edit}</source>
        <translation>{edit}を元に戻す</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="147"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="148"/>
        <source>Redo {edit}</source>
        <translation>{edit}をやり直す</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="148"/>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
</context>
<context>
    <name>ValleyAxes</name>
    <message>
        <location filename="../../gdstudio/ui/panels/valley_axes.py" line="50"/>
        <source>The valley&apos;s long axis: the Hessian&apos;s eigenvector of the smallest curvature λmin. Gradient descent crawls along it.</source>
        <translation>谷の長い軸: 曲率が最も小さい (λmin) ヘッセ行列の固有ベクトル。この向きには勾配降下法はなかなか進みません。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/valley_axes.py" line="52"/>
        <source>Across the valley: the eigenvector of the largest curvature λmax. Here η ≥ 2/λmax overshoots and diverges.</source>
        <translation>谷を横切る向き: 曲率が最も大きい (λmax) 固有ベクトル。この向きでは η ≥ 2/λmax だと行き過ぎて発散します。</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/valley_axes.py" line="72"/>
        <source>λmax = {value}
κ = {kappa}</source>
        <translation>λmax = {value}
κ = {kappa}</translation>
    </message>
</context>
</TS>
