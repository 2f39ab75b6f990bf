<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gdstudio/ui/about.py" line="32"/>
        <source>About gdstudio</source>
        <translation>About gdstudio</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/about.py" line="46"/>
        <source>Teach gradient descent live: the data fit, the error surface and the loss curve, linked.</source>
        <translation>Teach gradient descent live: the data fit, the error surface and the loss curve, linked.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/about.py" line="51"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/about.py" line="52"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/about.py" line="54"/>
        <source>The lecture it teaches: 勾配降下法 (gradient descent), an introduction given in a Japanese new-hire machine-learning course. Its formulas and labels follow the lecture&apos;s notation: f_w(x) = w0 + w1·x, E(w) = ½ Σᵢ (yᵢ − f_w(xᵢ))², w ← w − η∇E(w).</source>
        <translation>The lecture it teaches: 勾配降下法 (gradient descent), an introduction given in a Japanese new-hire machine-learning course. Its formulas and labels follow the lecture&apos;s notation: f_w(x) = w0 + w1·x, E(w) = ½ Σᵢ (yᵢ − f_w(xᵢ))², w ← w − η∇E(w).</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/about.py" line="57"/>
        <source>Built with {libraries}</source>
        <translation>Built with {libraries}</translation>
    </message>
</context>
<context>
    <name>AnimationExportDialog</name>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="229"/>
        <source>Export animation</source>
        <translation>Export animation</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="234"/>
        <source> frames/s</source>
        <translation> frames/s</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="237"/>
        <source>The run so far ({steps} steps), replayed from step 0.</source>
        <translation>The run so far ({steps} steps), replayed from step 0.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="238"/>
        <source>What:</source>
        <translation>What:</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="239"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="240"/>
        <source>Frames (at most):</source>
        <translation>Frames (at most):</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="241"/>
        <source>Speed:</source>
        <translation>Speed:</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="243"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="255"/>
        <source>{frames} frames, {seconds} s</source>
        <translation>{frames} frames, {seconds} s</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../gdstudio/ui/document/recovery.py" line="77"/>
        <source>an earlier session</source>
        <translation>an earlier session</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/recovery.py" line="126"/>
        <source>Autosave failed: {error}</source>
        <translation>Autosave failed: {error}</translation>
    </message>
</context>
<context>
    <name>BeatEditor</name>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="14"/>
        <source>Say a line</source>
        <translation>Say a line</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="15"/>
        <source>Reveal a layer</source>
        <translation>Reveal a layer</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="16"/>
        <source>Hide a layer</source>
        <translation>Hide a layer</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="17"/>
        <source>Take steps</source>
        <translation>Take steps</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="18"/>
        <source>Play until it converges</source>
        <translation>Play until it converges</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="19"/>
        <source>Show a tab</source>
        <translation>Show a tab</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="20"/>
        <source>Sweep the grid search</source>
        <translation>Sweep the grid search</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="21"/>
        <source>Change η or the sampling</source>
        <translation>Change η or the sampling</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="22"/>
        <source>Ask the class to predict</source>
        <translation>Ask the class to predict</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="26"/>
        <source>Points as lines</source>
        <translation>Points as lines</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="27"/>
        <source>Squared residuals</source>
        <translation>Squared residuals</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="28"/>
        <source>Gradient arrows</source>
        <translation>Gradient arrows</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="29"/>
        <source>Every run&apos;s line (race)</source>
        <translation>Every run&apos;s line (race)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="30"/>
        <source>Valley axes (eigen-directions)</source>
        <translation>Valley axes (eigen-directions)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="34"/>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="34"/>
        <source>Partial derivatives</source>
        <translation>Partial derivatives</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="35"/>
        <source>Update rule</source>
        <translation>Update rule</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="36"/>
        <source>Chain rule (合成関数の微分)</source>
        <translation>Chain rule (合成関数の微分)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="37"/>
        <source>Grid search</source>
        <translation>Grid search</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="37"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="41"/>
        <source>Where will the next step land?</source>
        <translation>Where will the next step land?</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="42"/>
        <source>Where is the minimum?</source>
        <translation>Where is the minimum?</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="43"/>
        <source>Which way does the gradient point?</source>
        <translation>Which way does the gradient point?</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="47"/>
        <source>Batch (all points)</source>
        <translation>Batch (all points)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="48"/>
        <source>Mini-batch</source>
        <translation>Mini-batch</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="49"/>
        <source>SGD (1 point)</source>
        <translation>SGD (1 point)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="50"/>
        <source>Race: batch, mini-batch, SGD</source>
        <translation>Race: batch, mini-batch, SGD</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="59"/>
        <source>{count} steps</source>
        <translation>{count} steps</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="75"/>
        <source>{beat} — “{line}”</source>
        <translation>{beat} — “{line}”</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="63"/>
        <source>Add beat</source>
        <translation>Add beat</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="64"/>
        <source>Add a beat of the chosen kind after the selected one</source>
        <translation>Add a beat of the chosen kind after the selected one</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="66"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="67"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="68"/>
        <source>Delete beat</source>
        <translation>Delete beat</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="73"/>
        <source>New beat:</source>
        <translation>New beat:</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="83"/>
        <source>Says</source>
        <translation>Says</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="83"/>
        <source>the line on the caption strip</source>
        <translation>the line on the caption strip</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="93"/>
        <source>Sampling</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="94"/>
        <source>Batch size K</source>
        <translation>Batch size K</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="98"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="99"/>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="100"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="101"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="216"/>
        <source>add a beat</source>
        <translation>add a beat</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="223"/>
        <source>move a beat</source>
        <translation>move a beat</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="230"/>
        <source>delete a beat</source>
        <translation>delete a beat</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="241"/>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="245"/>
        <source>change a beat</source>
        <translation>change a beat</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_editor.py" line="250"/>
        <source>edit a beat&apos;s line</source>
        <translation>edit a beat&apos;s line</translation>
    </message>
</context>
<context>
    <name>BeatText</name>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="81"/>
        <source>Start of “{title}”</source>
        <translation>Start of “{title}”</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="89"/>
        <source>Reveal the answer</source>
        <translation>Reveal the answer</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="93"/>
        <source>Next scene: {title}</source>
        <translation>Next scene: {title}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/beat_text.py" line="95"/>
        <source>The end of the lesson</source>
        <translation>The end of the lesson</translation>
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
        <translation>Beats of this scene done: {done} of {count}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/caption_strip.py" line="113"/>
        <source>∇E = ({g0}, {g1}): the arrow points where E rises fastest.</source>
        <translation>∇E = ({g0}, {g1}): the arrow points where E rises fastest.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/caption_strip.py" line="115"/>
        <source>Your guess was {angle}° off.</source>
        <translation>Your guess was {angle}° off.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/caption_strip.py" line="118"/>
        <source>The minimum ★ is at w = ({w0}, {w1}).</source>
        <translation>The minimum ★ is at w = ({w0}, {w1}).</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/caption_strip.py" line="119"/>
        <source>The next step lands at ★ w = ({w0}, {w1}).</source>
        <translation>The next step lands at ★ w = ({w0}, {w1}).</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/caption_strip.py" line="120"/>
        <source>Your guess ✕ was {distance} away.</source>
        <translation>Your guess ✕ was {distance} away.</translation>
    </message>
</context>
<context>
    <name>ChainRuleView</name>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="51"/>
        <source>No data points yet: click in the data panel to add some. The chain-rule table will then show each point&apos;s terms here.</source>
        <translation>No data points yet: click in the data panel to add some. The chain-rule table will then show each point&apos;s terms here.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="131"/>
        <source>合成関数の微分 (the chain rule): the derivative of a composite function is the product of the derivatives of its parts.
E depends on f_w, and f_w(x) = w₀ + w₁·x depends on w₀ (factor 1) and w₁ (factor x).</source>
        <translation>合成関数の微分 (the chain rule): the derivative of a composite function is the product of the derivatives of its parts.
E depends on f_w, and f_w(x) = w₀ + w₁·x depends on w₀ (factor 1) and w₁ (factor x).</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="135"/>
        <source>Each point&apos;s two factors and their products; the sums are the gradient the step used.
Tinted rows, marked ●, are the points the step used (ringed in the data panel).</source>
        <translation>Each point&apos;s two factors and their products; the sums are the gradient the step used.
Tinted rows, marked ●, are the points the step used (ringed in the data panel).</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="137"/>
        <source>The update rule w ← w − η∇E(w) with this step&apos;s numbers.</source>
        <translation>The update rule w ← w − η∇E(w) with this step&apos;s numbers.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="283"/>
        <source>Chain rule</source>
        <translation>Chain rule</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="299"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; — step {step} (the last one)</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — step {step} (the last one)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="301"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; — the next step (step {step}, not taken yet)</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — the next step (step {step}, not taken yet)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="305"/>
        <source>The data has been edited since step {step}: this is the next step, with the points as they are now.</source>
        <translation>The data has been edited since step {step}: this is the next step, with the points as they are now.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="308"/>
        <source>xᵢ and yᵢ are the values the model sees (standardised).</source>
        <translation>xᵢ and yᵢ are the values the model sees (standardised).</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="325"/>
        <source>E depends on f&lt;sub&gt;w&lt;/sub&gt;, and f&lt;sub&gt;w&lt;/sub&gt; depends on w (the slides write the error as L(w)):</source>
        <translation>E depends on f&lt;sub&gt;w&lt;/sub&gt;, and f&lt;sub&gt;w&lt;/sub&gt; depends on w (the slides write the error as L(w)):</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="364"/>
        <source>… {count} more rows of the batch</source>
        <translation>… {count} more rows of the batch</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="374"/>
        <source>sum over all {count} points (N = {n})</source>
        <translation>sum over all {count} points (N = {n})</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="376"/>
        <source>sum over the single point (SGD)</source>
        <translation>sum over the single point (SGD)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="378"/>
        <source>sum over the {size} points of B {mark}</source>
        <translation>sum over the {size} points of B {mark}</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <location filename="../../gdstudio/ui/classroom.py" line="30"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/classroom.py" line="30"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/classroom.py" line="31"/>
        <source>Projector (high contrast)</source>
        <translation>Projector (high contrast)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/classroom.py" line="65"/>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/classroom.py" line="72"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/classroom.py" line="74"/>
        <source>&amp;Size</source>
        <translation>&amp;Size</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/classroom.py" line="75"/>
        <source>Bigger</source>
        <translation>Bigger</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/classroom.py" line="77"/>
        <source>Smaller</source>
        <translation>Smaller</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/classroom.py" line="78"/>
        <source>Normal size</source>
        <translation>Normal size</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/classroom.py" line="81"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/classroom.py" line="85"/>
        <source>&amp;Presentation layout</source>
        <translation>&amp;Presentation layout</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/classroom.py" line="99"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/classroom.py" line="100"/>
        <source>Keys and panels…</source>
        <translation>Keys and panels…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/classroom.py" line="102"/>
        <source>&amp;About gdstudio…</source>
        <translation>&amp;About gdstudio…</translation>
    </message>
</context>
<context>
    <name>CodePanel</name>
    <message>
        <location filename="../../gdstudio/ui/panels/code_panel.py" line="118"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/code_panel.py" line="119"/>
        <source>Copy the whole program to the clipboard</source>
        <translation>Copy the whole program to the clipboard</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/code_panel.py" line="121"/>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="233"/>
        <source>Full window</source>
        <translation>Full window</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/code_panel.py" line="122"/>
        <source>Let the program fill the window; press again to bring the panels back</source>
        <translation>Let the program fill the window; press again to bring the panels back</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/code_panel.py" line="127"/>
        <source>The numpy program that does what the app does with these settings: run with python, it prints the steps as CSV, as File → Export trajectory writes them. Ctrl + mouse wheel: text size.</source>
        <translation>The numpy program that does what the app does with these settings: run with python, it prints the steps as CSV, as File → Export trajectory writes them. Ctrl + mouse wheel: text size.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/code_panel.py" line="167"/>
        <source>The program that finds w ({steps} steps)</source>
        <translation>The program that finds w ({steps} steps)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/code_panel.py" line="177"/>
        <source>Copied the program ({lines} lines): paste it into a .py file and run it with python.</source>
        <translation>Copied the program ({lines} lines): paste it into a .py file and run it with python.</translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="97"/>
        <source>Choose the columns</source>
        <translation>Choose the columns</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="105"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; has {columns} numeric columns and {rows} rows. Which two should be the points (x, y)?</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; has {columns} numeric columns and {rows} rows. Which two should be the points (x, y)?</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="110"/>
        <source>x (input):</source>
        <translation>x (input):</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="111"/>
        <source>y (target):</source>
        <translation>y (target):</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="118"/>
        <source>Not numbers, left out: {columns}</source>
        <translation>Not numbers, left out: {columns}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="122"/>
        <source>Load</source>
        <translation>Load</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="134"/>
        <source>x and y must be two different columns.</source>
        <translation>x and y must be two different columns.</translation>
    </message>
</context>
<context>
    <name>ControlBar</name>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="55"/>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="56"/>
        <source>{speed}/s</source>
        <translation>{speed}/s</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="71"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="74"/>
        <source>Keep stepping at the chosen speed; stops by itself on convergence or divergence (Space)</source>
        <translation>Keep stepping at the chosen speed; stops by itself on convergence or divergence (Space)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="37"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="41"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="72"/>
        <source>Step: one gradient-descent update, w ← w − η ∇E(w)  (S or →)</source>
        <translation>Step: one gradient-descent update, w ← w − η ∇E(w)  (S or →)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="76"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="77"/>
        <source>Back (← or PageUp): every panel as it was one step earlier. Stepping or playing from there discards the later steps.</source>
        <translation>Back (← or PageUp): every panel as it was one step earlier. Stepping or playing from there discards the later steps.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="80"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="81"/>
        <source>Reset: back to the start point; the run&apos;s history is cleared (R)</source>
        <translation>Reset: back to the start point; the run&apos;s history is cleared (R)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="97"/>
        <source>Learning rate η on a log scale: each notch ×1.26, each 10 notches ×10</source>
        <translation>Learning rate η on a log scale: each notch ×1.26, each 10 notches ×10</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="108"/>
        <source>Steps per second while playing (max: as fast as this computer can)</source>
        <translation>Steps per second while playing (max: as fast as this computer can)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="117"/>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="119"/>
        <source>Show or hide the other settings: error, sampling, optimizer, speed and the panels&apos; layer switches</source>
        <translation>Show or hide the other settings: error, sampling, optimizer, speed and the panels&apos; layer switches</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="122"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="123"/>
        <source>The menus: File, Edit, Run, Lecture, View, Help (the menu bar folds into this button when the window is small for its text)</source>
        <translation>The menus: File, Edit, Run, Lecture, View, Help (the menu bar folds into this button when the window is small for its text)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="127"/>
        <source>Learning rate η</source>
        <translation>Learning rate η</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="131"/>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="177"/>
        <source>Type an exact learning rate, e.g. 0.02 or 3e-7, then press Enter</source>
        <translation>Type an exact learning rate, e.g. 0.02 or 3e-7, then press Enter</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="220"/>
        <source>Shaded: {diverges}</source>
        <translation>Shaded: {diverges}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="222"/>
        <source>Green tick: {fastest}</source>
        <translation>Green tick: {fastest}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/control_bar.py" line="243"/>
        <source>&apos;{text}&apos; is not a usable learning rate: enter a number from {low} to {high}, such as 0.02</source>
        <translation>&apos;{text}&apos; is not a usable learning rate: enter a number from {low} to {high}, such as 0.02</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../gdstudio/engine/intents.py" line="79"/>
        <source>A point must lie within ±{limit}, the range gdstudio computes exactly: press F to fit the views to the data.</source>
        <translation>A point must lie within ±{limit}, the range gdstudio computes exactly: press F to fit the views to the data.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/intents.py" line="91"/>
        <source>All points removed: click in the data panel to add new ones.</source>
        <translation>All points removed: click in the data panel to add new ones.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/intents.py" line="106"/>
        <source>η must lie between {low} and {high}: {lr} is not used.</source>
        <translation>η must lie between {low} and {high}: {lr} is not used.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/intents.py" line="139"/>
        <source>A start must lie within ±{limit}, the range gdstudio computes exactly: press F to fit the views to the data.</source>
        <translation>A start must lie within ±{limit}, the range gdstudio computes exactly: press F to fit the views to the data.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/intents.py" line="166"/>
        <source>Not applied: {error}</source>
        <translation>Not applied: {error}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/controller.py" line="284"/>
        <source>Add data points first: click in the data panel.</source>
        <translation>Add data points first: click in the data panel.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/controller.py" line="299"/>
        <source>This run is very long already: press Reset to start a new one.</source>
        <translation>This run is very long already: press Reset to start a new one.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/controller.py" line="369"/>
        <source>Internal error while stepping: {error}</source>
        <translation>Internal error while stepping: {error}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/controller.py" line="352"/>
        <source>Stopped after {steps} steps: press Reset to start a new run.</source>
        <translation>Stopped after {steps} steps: press Reset to start a new run.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/controller.py" line="358"/>
        <source>{message} Then Reset.</source>
        <translation>{message} Then Reset.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/controller.py" line="360"/>
        <source>Every run has diverged: lower η, then Reset.</source>
        <translation>Every run has diverged: lower η, then Reset.</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="58"/>
        <source>Data space: f&lt;sub&gt;w&lt;/sub&gt;(x) = w0 + w1·x</source>
        <translation>Data space: f&lt;sub&gt;w&lt;/sub&gt;(x) = w0 + w1·x</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="89"/>
        <source>the parameters are fixed — one w is one line</source>
        <translation>the parameters are fixed — one w is one line</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="90"/>
        <source>w fixed: one line</source>
        <translation>w fixed: one line</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="102"/>
        <source>Squared residuals: each square&apos;s sides are |yᵢ − f_w(xᵢ)|, upright in y&apos;s units and as many pixels across, so its area is (yᵢ − f_w(xᵢ))² in y&apos;s units; together they are 2·E(w)</source>
        <translation>Squared residuals: each square&apos;s sides are |yᵢ − f_w(xᵢ)|, upright in y&apos;s units and as many pixels across, so its area is (yᵢ − f_w(xᵢ))² in y&apos;s units; together they are 2·E(w)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="104"/>
        <source>The error E(w) of the current line: half the squares&apos; total area (with the mean error form, half their mean area)</source>
        <translation>The error E(w) of the current line: half the squares&apos; total area (with the mean error form, half their mean area)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="147"/>
        <source>area ∝ (yᵢ − f_w(xᵢ))²</source>
        <translation>area ∝ (yᵢ − f_w(xᵢ))²</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="149"/>
        <source>data (xᵢ, yᵢ)</source>
        <translation>data (xᵢ, yᵢ)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="149"/>
        <source>residual yᵢ − f_w(xᵢ)</source>
        <translation>residual yᵢ − f_w(xᵢ)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="97"/>
        <source>The current model f_w(x) = w0 + w1·x — drag it to shift it</source>
        <translation>The current model f_w(x) = w0 + w1·x — drag it to shift it</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="99"/>
        <source>Drag a handle to tilt the line (a manual fit; Play continues from there)</source>
        <translation>Drag a handle to tilt the line (a manual fit; Play continues from there)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="100"/>
        <source>Residuals yᵢ − f_w(xᵢ): the errors that E(w) squares and sums</source>
        <translation>Residuals yᵢ − f_w(xᵢ): the errors that E(w) squares and sums</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="106"/>
        <source>The points the last step used (mini-batch / SGD)</source>
        <translation>The points the last step used (mini-batch / SGD)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="107"/>
        <source>The line of the w under the mouse in parameter space</source>
        <translation>The line of the w under the mouse in parameter space</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="109"/>
        <source>Click here to add data points</source>
        <translation>Click here to add data points</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="303"/>
        <source>Point {n}: ({x}, {y})
Drag to move · right click or Delete to remove</source>
        <translation>Point {n}: ({x}, {y})
Drag to move · right click or Delete to remove</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/data_panel.py" line="307"/>
        <source>Click to add a point · drag a point to move it · right click a point to remove it
Drag the line to shift it, or a ◇ handle to tilt it</source>
        <translation>Click to add a point · drag a point to move it · right click a point to remove it
Drag the line to shift it, or a ◇ handle to tilt it</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/residual_squares.py" line="59"/>
        <source>total area</source>
        <translation>total area</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/residual_squares.py" line="60"/>
        <source>mean area</source>
        <translation>mean area</translation>
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
        <translation>derivative function ∂E/∂{name}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../gdstudio/ui/document/export.py" line="55"/>
        <source>the image could not be encoded as PNG</source>
        <translation>the image could not be encoded as PNG</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="54"/>
        <source>gdstudio sessions (*.gdstudio.json *.json);;All files (*)</source>
        <translation>gdstudio sessions (*.gdstudio.json *.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="58"/>
        <source>Data files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Data files (*.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="63"/>
        <source>{kind} files (*.{suffix})</source>
        <translation>{kind} files (*.{suffix})</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="71"/>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="337"/>
        <source>{path}: cannot be written ({error}).</source>
        <translation>{path}: cannot be written ({error}).</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="77"/>
        <source>The {panel} is not shown right now (the grid search tab hides the loss curve).</source>
        <translation>The {panel} is not shown right now (the grid search tab hides the loss curve).</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="175"/>
        <source>this session</source>
        <translation>this session</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="181"/>
        <source>gdstudio — gradient descent, live</source>
        <translation>gdstudio — gradient descent, live</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="197"/>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="207"/>
        <source>Cannot open data</source>
        <translation>Cannot open data</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="211"/>
        <source>Loaded {count} points from {name} (x = {x}, y = {y}).</source>
        <translation>Loaded {count} points from {name} (x = {x}, y = {y}).</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="214"/>
        <source>Loaded {count} points from {name}.</source>
        <translation>Loaded {count} points from {name}.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="219"/>
        <source>{error}

The current data is unchanged.</source>
        <translation>{error}

The current data is unchanged.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="223"/>
        <source>Open data</source>
        <translation>Open data</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="232"/>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="235"/>
        <source>Cannot load preset</source>
        <translation>Cannot load preset</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="233"/>
        <source>There is no preset &apos;{name}&apos;.</source>
        <translation>There is no preset &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="238"/>
        <source>Preset “{title}”: {count} points.</source>
        <translation>Preset “{title}”: {count} points.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="264"/>
        <source>Cannot list the presets</source>
        <translation>Cannot list the presets</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="274"/>
        <source>Cannot export data</source>
        <translation>Cannot export data</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="275"/>
        <source>Wrote {count} points to {name}.</source>
        <translation>Wrote {count} points to {name}.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="282"/>
        <source>Nothing to export</source>
        <translation>Nothing to export</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="282"/>
        <source>There are no points to export: add some first.</source>
        <translation>There are no points to export: add some first.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="284"/>
        <source>Export data as CSV</source>
        <translation>Export data as CSV</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="294"/>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="312"/>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="295"/>
        <source>Wrote {count} states to {name}.</source>
        <translation>Wrote {count} states to {name}.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="301"/>
        <source>Export trajectory</source>
        <translation>Export trajectory</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="364"/>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="366"/>
        <source>Cannot open session</source>
        <translation>Cannot open session</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="365"/>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="372"/>
        <source>Opened {name}.</source>
        <translation>Opened {name}.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="386"/>
        <source>The session could not be applied ({error}).

Nothing was changed.</source>
        <translation>The session could not be applied ({error}).

Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="394"/>
        <source>Open session</source>
        <translation>Open session</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="406"/>
        <source>Cannot save session</source>
        <translation>Cannot save session</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="407"/>
        <source>{error}

The session is not saved.</source>
        <translation>{error}

The session is not saved.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="414"/>
        <source>Saved {name}.</source>
        <translation>Saved {name}.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="420"/>
        <source>Save session as</source>
        <translation>Save session as</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="431"/>
        <source>File not found</source>
        <translation>File not found</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="432"/>
        <source>{path} no longer exists, so it was removed from the recent files.</source>
        <translation>{path} no longer exists, so it was removed from the recent files.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="132"/>
        <source>Clear the list</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="134"/>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="248"/>
        <source>the mean error ½·(1/N) Σ</source>
        <translation>the mean error ½·(1/N) Σ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="248"/>
        <source>the summed error ½ Σ</source>
        <translation>the summed error ½ Σ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="251"/>
        <source>mini-batches of K = {k}</source>
        <translation>mini-batches of K = {k}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="253"/>
        <source>one point per step (SGD)</source>
        <translation>one point per step (SGD)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="255"/>
        <source>all points per step</source>
        <translation>all points per step</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="256"/>
        <source>Set for this size: {form}, {sampling}, η = {lr}.</source>
        <translation>Set for this size: {form}, {sampling}, η = {lr}.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="315"/>
        <source>Wrote the program to {name} and its data to {data}: run it with python {name}.</source>
        <translation>Wrote the program to {name} and its data to {data}: run it with python {name}.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="317"/>
        <source>Wrote the program to {name}: run it with python {name}.</source>
        <translation>Wrote the program to {name}: run it with python {name}.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="323"/>
        <source>Export program</source>
        <translation>Export program</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="334"/>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="336"/>
        <source>Cannot export handout</source>
        <translation>Cannot export handout</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="339"/>
        <source>Wrote the handout to {name} ({pages} pages, {paper}).</source>
        <translation>Wrote the handout to {name} ({pages} pages, {paper}).</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="348"/>
        <source>Export handout</source>
        <translation>Export handout</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="464"/>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="470"/>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="474"/>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="476"/>
        <source>Cannot export image</source>
        <translation>Cannot export image</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="465"/>
        <source>SVG is made of one panel at a time: choose a panel, or PNG for the whole window.</source>
        <translation>SVG is made of one panel at a time: choose a panel, or PNG for the whole window.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="477"/>
        <source>{path}: the image could not be made ({error}).</source>
        <translation>{path}: the image could not be made ({error}).</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="478"/>
        <source>Wrote {name}.</source>
        <translation>Wrote {name}.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="488"/>
        <source>Export image</source>
        <translation>Export image</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="501"/>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="508"/>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="523"/>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="525"/>
        <source>Cannot export animation</source>
        <translation>Cannot export animation</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="502"/>
        <source>Writing animations needs the Pillow package: pip install Pillow</source>
        <translation>Writing animations needs the Pillow package: pip install Pillow</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="505"/>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="541"/>
        <source>Nothing to animate</source>
        <translation>Nothing to animate</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="514"/>
        <source>Exporting animation…</source>
        <translation>Exporting animation…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="520"/>
        <source>Animation export cancelled: nothing was written.</source>
        <translation>Animation export cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="526"/>
        <source>{path}: the animation could not be made ({error}).</source>
        <translation>{path}: the animation could not be made ({error}).</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="531"/>
        <source>Wrote {name}: {frames} frames.</source>
        <translation>Wrote {name}: {frames} frames.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="535"/>
        <source>The run has no steps yet: press Step or Play first, then export the animation.</source>
        <translation>The run has no steps yet: press Step or Play first, then export the animation.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="548"/>
        <source>Export animation</source>
        <translation>Export animation</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="634"/>
        <source>It was moved to {path}.</source>
        <translation>It was moved to {path}.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="636"/>
        <source>It is still at {path}.</source>
        <translation>It is still at {path}.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="637"/>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="640"/>
        <source>Cannot restore</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="638"/>
        <source>The recovery copy cannot be used: {error}

{kept}</source>
        <translation>The recovery copy cannot be used: {error}

{kept}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="647"/>
        <source>Restored your unsaved work: save it with Ctrl+S to keep it.</source>
        <translation>Restored your unsaved work: save it with Ctrl+S to keep it.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="671"/>
        <source>&amp;Open data (CSV)…</source>
        <translation>&amp;Open data (CSV)…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="672"/>
        <source>Import points from a CSV file (Undo brings the old ones back)</source>
        <translation>Import points from a CSV file (Undo brings the old ones back)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="673"/>
        <source>&amp;Presets…</source>
        <translation>&amp;Presets…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="673"/>
        <source>Load a prepared data set</source>
        <translation>Load a prepared data set</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="675"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="679"/>
        <source>Open &amp;session…</source>
        <translation>Open &amp;session…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="680"/>
        <source>Open a saved session: data, settings and view</source>
        <translation>Open a saved session: data, settings and view</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="681"/>
        <source>&amp;Save session</source>
        <translation>&amp;Save session</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="682"/>
        <source>Save session &amp;as…</source>
        <translation>Save session &amp;as…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="684"/>
        <source>Export &amp;data as CSV…</source>
        <translation>Export &amp;data as CSV…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="685"/>
        <source>Export &amp;trajectory as CSV…</source>
        <translation>Export &amp;trajectory as CSV…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="686"/>
        <source>step, w0, w1, loss, gradient of the first run</source>
        <translation>step, w0, w1, loss, gradient of the first run</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="687"/>
        <source>Export pro&amp;gram…</source>
        <translation>Export pro&amp;gram…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="688"/>
        <source>The numpy program that does what the app does (the Code tab)</source>
        <translation>The numpy program that does what the app does (the Code tab)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="689"/>
        <source>Export &amp;handout (PDF)…</source>
        <translation>Export &amp;handout (PDF)…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="690"/>
        <source>A PDF for the students: the formulas, one step to work out by hand, the figure and the answers</source>
        <translation>A PDF for the students: the formulas, one step to work out by hand, the figure and the answers</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="692"/>
        <source>Export &amp;image…</source>
        <translation>Export &amp;image…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="693"/>
        <source>The window or one panel as PNG (up to 3× for print) or SVG</source>
        <translation>The window or one panel as PNG (up to 3× for print) or SVG</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="694"/>
        <source>Export a&amp;nimation…</source>
        <translation>Export a&amp;nimation…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="695"/>
        <source>The run so far as an animated GIF or PNG</source>
        <translation>The run so far as an animated GIF or PNG</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_actions.py" line="697"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="36"/>
        <source>Whole window (all panels)</source>
        <translation>Whole window (all panels)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="37"/>
        <source>Data space panel</source>
        <translation>Data space panel</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="38"/>
        <source>Error surface panel</source>
        <translation>Error surface panel</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="39"/>
        <source>Loss curve panel</source>
        <translation>Loss curve panel</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="44"/>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="45"/>
        <source>SVG vector drawing (one panel)</source>
        <translation>SVG vector drawing (one panel)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="49"/>
        <source>Animated GIF</source>
        <translation>Animated GIF</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="50"/>
        <source>Animated PNG (APNG)</source>
        <translation>Animated PNG (APNG)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="54"/>
        <source>{scale}× (screen)</source>
        <translation>{scale}× (screen)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="55"/>
        <source>{scale}× (print)</source>
        <translation>{scale}× (print)</translation>
    </message>
</context>
<context>
    <name>FormulaPanel</name>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="59"/>
        <source>No data points yet: click in the data panel to add some. The update rule will then show here with its numbers.</source>
        <translation>No data points yet: click in the data panel to add some. The update rule will then show here with its numbers.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="66"/>
        <source>Gradient descent takes one step against the gradient. η is the learning rate (学習率).</source>
        <translation>Gradient descent takes one step against the gradient. η is the learning rate (学習率).</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="68"/>
        <source>The update rule: each parameter moves against its partial derivative, w ← w − η ∂E/∂w.
The top row is the rule, the row under it the same rule with this step&apos;s numbers.</source>
        <translation>The update rule: each parameter moves against its partial derivative, w ← w − η ∂E/∂w.
The top row is the rule, the row under it the same rule with this step&apos;s numbers.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="71"/>
        <source>The partial derivatives of E(w) = ½ Σᵢ (yᵢ − f_w(xᵢ))², by the chain rule:
E depends on f_w, and f_w(x) = w₀ + w₁·x depends on w₀ (factor 1) and w₁ (factor x).
Mini-batch and SGD sum over only the points used in this step (ringed in the data panel).</source>
        <translation>The partial derivatives of E(w) = ½ Σᵢ (yᵢ − f_w(xᵢ))², by the chain rule:
E depends on f_w, and f_w(x) = w₀ + w₁·x depends on w₀ (factor 1) and w₁ (factor x).
Mini-batch and SGD sum over only the points used in this step (ringed in the data panel).</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="76"/>
        <source>The error E(w) of the whole data set before and after the step:
gradient descent should make it go down (▼, green); ▲ in orange means it went up.</source>
        <translation>The error E(w) of the whole data set before and after the step:
gradient descent should make it go down (▼, green); ▲ in orange means it went up.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="122"/>
        <source>{n} point</source>
        <translation>{n} point</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="122"/>
        <source>{n} points</source>
        <translation>{n} points</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="220"/>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="265"/>
        <source>Update rule</source>
        <translation>Update rule</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="221"/>
        <source>Chain rule</source>
        <translation>Chain rule</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="222"/>
        <source>The update w ← w − η∇E(w) with the step&apos;s numbers</source>
        <translation>The update w ← w − η∇E(w) with the step&apos;s numbers</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="223"/>
        <source>合成関数の微分 (the chain rule): the same gradient point by point, as a table of each point&apos;s factors and products</source>
        <translation>合成関数の微分 (the chain rule): the same gradient point by point, as a table of each point&apos;s factors and products</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="234"/>
        <source>Let this page fill the window; press again to bring the panels back</source>
        <translation>Let this page fill the window; press again to bring the panels back</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="279"/>
        <source>&lt;b&gt;Next step&lt;/b&gt; (step 1, not taken yet) &amp;nbsp; η = {lr}</source>
        <translation>&lt;b&gt;Next step&lt;/b&gt; (step 1, not taken yet) &amp;nbsp; η = {lr}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="282"/>
        <source>one point</source>
        <translation>one point</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="282"/>
        <source>a mini-batch of {k}</source>
        <translation>a mini-batch of {k}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="283"/>
        <source>∇E over all points here; the step itself will use {kind}, so its gradient will differ.</source>
        <translation>∇E over all points here; the step itself will use {kind}, so its gradient will differ.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="293"/>
        <source>&lt;b&gt;Step {step}&lt;/b&gt; (the last one) &amp;nbsp; η = {lr}</source>
        <translation>&lt;b&gt;Step {step}&lt;/b&gt; (the last one) &amp;nbsp; η = {lr}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="296"/>
        <source>η is now {lr}: the next step uses it.</source>
        <translation>η is now {lr}: the next step uses it.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/chain_rule.py" line="53"/>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="301"/>
        <source>This optimizer adds its own terms to the plain rule; → shows where it actually moved w.</source>
        <translation>This optimizer adds its own terms to the plain rule; → shows where it actually moved w.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="329"/>
        <source>over all the points as they were then</source>
        <translation>over all the points as they were then</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="331"/>
        <source>over the only point (N = 1)</source>
        <translation>over the only point (N = 1)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="333"/>
        <source>over all {count} points (N = {n})</source>
        <translation>over all {count} points (N = {n})</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="338"/>
        <source>over the single point i = {i} (SGD)</source>
        <translation>over the single point i = {i} (SGD)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="341"/>
        <source>({size} of {points})</source>
        <translation>({size} of {points})</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="342"/>
        <source>({size} points)</source>
        <translation>({size} points)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="343"/>
        <source>over the mini-batch B = {batch} {count}</source>
        <translation>over the mini-batch B = {batch} {count}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="346"/>
        <source>the data has been edited since this step</source>
        <translation>the data has been edited since this step</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="390"/>
        <source>E(w&lt;sub&gt;old&lt;/sub&gt;) = {before} → E(w&lt;sub&gt;new&lt;/sub&gt;) = {after}</source>
        <translation>E(w&lt;sub&gt;old&lt;/sub&gt;) = {before} → E(w&lt;sub&gt;new&lt;/sub&gt;) = {after}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/formula_panel.py" line="402"/>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
</context>
<context>
    <name>GridSearchOverlay</name>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search_overlay.py" line="60"/>
        <source>best cell</source>
        <translation>best cell</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search_overlay.py" line="69"/>
        <source>Grid search: the cells evaluated so far, coloured by their error E (dark = small)</source>
        <translation>Grid search: the cells evaluated so far, coloured by their error E (dark = small)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search_overlay.py" line="71"/>
        <source>The range searched: chosen before we know where the optimum is</source>
        <translation>The range searched: chosen before we know where the optimum is</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search_overlay.py" line="73"/>
        <source>The best cell so far: the grid point with the smallest error E</source>
        <translation>The best cell so far: the grid point with the smallest error E</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search_overlay.py" line="78"/>
        <source>The line of the best grid cell: f(x) = w0 + w1·x</source>
        <translation>The line of the best grid cell: f(x) = w0 + w1·x</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search_overlay.py" line="79"/>
        <source>grid search: best cell</source>
        <translation>grid search: best cell</translation>
    </message>
</context>
<context>
    <name>GridSearchPanel</name>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="62"/>
        <source>slow (20 s)</source>
        <translation>slow (20 s)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="62"/>
        <source>normal (10 s)</source>
        <translation>normal (10 s)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="63"/>
        <source>fast (3 s)</source>
        <translation>fast (3 s)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="93"/>
        <source>&apos;{text}&apos; in &apos;{name} {bound}&apos; is not a number: enter e.g. 0 or 3.</source>
        <translation>&apos;{text}&apos; in &apos;{name} {bound}&apos; is not a number: enter e.g. 0 or 3.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="100"/>
        <source>&apos;{text}&apos; is not usable as the {name} divisions: enter a whole number from 1 to {max}.</source>
        <translation>&apos;{text}&apos; is not usable as the {name} divisions: enter a whole number from 1 to {max}.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="106"/>
        <source>The {name} range is empty: &apos;{start}&apos; must be smaller than &apos;{end}&apos;.</source>
        <translation>The {name} range is empty: &apos;{start}&apos; must be smaller than &apos;{end}&apos;.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="123"/>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="287"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="123"/>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="142"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="142"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="143"/>
        <source>divisions</source>
        <translation>divisions</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="148"/>
        <source>Where the search begins. Brute force needs the range before we know where the optimum is.</source>
        <translation>Where the search begins. Brute force needs the range before we know where the optimum is.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="150"/>
        <source>Where the search ends. If the optimum lies outside, the search cannot find it.</source>
        <translation>Where the search ends. If the optimum lies outside, the search cannot find it.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="152"/>
        <source>Divisions of the range: each is one grid cell, evaluated once at its centre. 100 divisions each → 100 × 100 = 10,000 evaluations.</source>
        <translation>Divisions of the range: each is one grid cell, evaluated once at its centre. 100 divisions each → 100 × 100 = 10,000 evaluations.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="160"/>
        <source>best cell</source>
        <translation>best cell</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="161"/>
        <source>The grid point with the smallest error E(w) found so far (the green square)</source>
        <translation>The grid point with the smallest error E(w) found so far (the green square)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="162"/>
        <source>optimum</source>
        <translation>optimum</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="163"/>
        <source>The least-squares optimum: the exact minimum of E, computed directly (the star)</source>
        <translation>The least-squares optimum: the exact minimum of E, computed directly (the star)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="165"/>
        <source>gap</source>
        <translation>gap</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="166"/>
        <source>How far the best cell is from the optimum: distance in (w0, w1), and how much larger its error is. It shrinks only with more divisions, and so more cost.</source>
        <translation>How far the best cell is from the optimum: distance in (w0, w1), and how much larger its error is. It shrinks only with more divisions, and so more cost.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="174"/>
        <source>{grid} grid intersections × {data} data points × {parameters} parameters = {total}</source>
        <translation>{grid} grid intersections × {data} data points × {parameters} parameters = {total}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="353"/>
        <source>The cost of brute force: grid intersections × data points × parameters. It grows with the data, and with the square of the divisions.</source>
        <translation>The cost of brute force: grid intersections × data points × parameters. It grows with the data, and with the square of the divisions.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="241"/>
        <source>Grid search: try every combination</source>
        <translation>Grid search: try every combination</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="243"/>
        <source>Brute force: evaluate E(w) at every point of a grid over (w0, w1) and keep the smallest</source>
        <translation>Brute force: evaluate E(w) at every point of a grid over (w0, w1) and keep the smallest</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="288"/>
        <source>Brute force: try every combination of w0 and w1 on the grid, one row at a time, and keep the one with the smallest error E(w)</source>
        <translation>Brute force: try every combination of w0 and w1 on the grid, one row at a time, and keep the one with the smallest error E(w)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="290"/>
        <source>Skip to end »</source>
        <translation>Skip to end »</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="291"/>
        <source>Evaluate all the remaining grid points at once</source>
        <translation>Evaluate all the remaining grid points at once</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="292"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="293"/>
        <source>Stop the sweep now; the cells evaluated so far stay on screen</source>
        <translation>Stop the sweep now; the cells evaluated so far stay on screen</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="299"/>
        <source>How long a whole sweep takes on screen (the computer itself needs far less)</source>
        <translation>How long a whole sweep takes on screen (the computer itself needs far less)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="312"/>
        <source>sweep time</source>
        <translation>sweep time</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="330"/>
        <source>Evaluations of E(w) so far: one per grid point</source>
        <translation>Evaluations of E(w) so far: one per grid point</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="450"/>
        <source>{error} The grid is unchanged.</source>
        <translation>{error} The grid is unchanged.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="468"/>
        <source>{done} / {total} evaluations</source>
        <translation>{done} / {total} evaluations</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="471"/>
        <source>Cost: {cost}</source>
        <translation>Cost: {cost}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="497"/>
        <source>Add data points first: click in the data panel.</source>
        <translation>Add data points first: click in the data panel.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="499"/>
        <source>Press Start: the computer tries all {cells} combinations of w0 and w1, one row at a time, and keeps the one with the smallest error.</source>
        <translation>Press Start: the computer tries all {cells} combinations of w0 and w1, one row at a time, and keeps the one with the smallest error.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="502"/>
        <source>{rows} of {total} rows done: each cell is one evaluation of E over all {n} data points.</source>
        <translation>{rows} of {total} rows done: each cell is one evaluation of E over all {n} data points.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="505"/>
        <source>Cancelled after {done} of {cells} evaluations: the best cell so far is only the best of the part searched.</source>
        <translation>Cancelled after {done} of {cells} evaluations: the best cell so far is only the best of the part searched.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="508"/>
        <source>{start}&lt;b&gt;✘ The optimum lies outside the range searched.&lt;/b&gt;{end} The best cell is stuck at the edge of the grid: the range had to be chosen before we knew where the optimum is.</source>
        <translation>{start}&lt;b&gt;✘ The optimum lies outside the range searched.&lt;/b&gt;{end} The best cell is stuck at the edge of the grid: the range had to be chosen before we knew where the optimum is.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/grid_search.py" line="513"/>
        <source>{start}&lt;b&gt;✔ It works&lt;/b&gt;{end} — the best cell is {distance} from the optimum (cells {size} wide), but it took {cells} evaluations. Cells half as wide need 4× as many ({more}), and the range had to be guessed in advance.</source>
        <translation>{start}&lt;b&gt;✔ It works&lt;/b&gt;{end} — the best cell is {distance} from the optimum (cells {size} wide), but it took {cells} evaluations. Cells half as wide need 4× as many ({more}), and the range had to be guessed in advance.</translation>
    </message>
</context>
<context>
    <name>HandCurve</name>
    <message>
        <location filename="../../gdstudio/ui/panels/hand_curve.py" line="44"/>
        <source>E of each w you tried by hand (dragging the line or the current w), in the order tried: the attempt by hand, beside the program&apos;s</source>
        <translation>E of each w you tried by hand (dragging the line or the current w), in the order tried: the attempt by hand, beside the program&apos;s</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/hand_curve.py" line="46"/>
        <source>The smallest E found by hand: the optimizer should go below it</source>
        <translation>The smallest E found by hand: the optimizer should go below it</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/hand_curve.py" line="66"/>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/hand_curve.py" line="116"/>
        <source>best by hand: E = {loss}</source>
        <translation>best by hand: E = {loss}</translation>
    </message>
</context>
<context>
    <name>HandPath</name>
    <message>
        <location filename="../../gdstudio/ui/panels/hand_path.py" line="40"/>
        <source>The w you tried by hand (dragging the line or the current w)</source>
        <translation>The w you tried by hand (dragging the line or the current w)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/hand_path.py" line="41"/>
        <source>The w with the smallest E found by hand</source>
        <translation>The w with the smallest E found by hand</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/hand_path.py" line="53"/>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../gdstudio/ui/document/handout_export.py" line="33"/>
        <source>The app at step {step}: w = ({w0}, {w1}), E(w) = {loss}. Left, the data space: the points and the line f_w. Right, the parameter space: the error function E(w) and the path of w. Below, E over the steps.</source>
        <translation>The app at step {step}: w = ({w0}, {w1}), E(w) = {loss}. Left, the data space: the points and the line f_w. Right, the parameter space: the error function E(w) and the path of w. Below, E over the steps.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="48"/>
        <source>Gradient descent: one step by hand</source>
        <translation>Gradient descent: one step by hand</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="52"/>
        <source>The error function and the update rule</source>
        <translation>The error function and the update rule</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="53"/>
        <source>Exercise: one step of gradient descent</source>
        <translation>Exercise: one step of gradient descent</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="54"/>
        <source>The app&apos;s current state</source>
        <translation>The app&apos;s current state</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="55"/>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="78"/>
        <source>The model</source>
        <translation>The model</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="80"/>
        <source>The error function E(w)</source>
        <translation>The error function E(w)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="82"/>
        <source>The sum of the squared differences between the right answers yᵢ and the predictions f_w(xᵢ): the smaller E, the better the line fits.</source>
        <translation>The sum of the squared differences between the right answers yᵢ and the predictions f_w(xᵢ): the smaller E, the better the line fits.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="84"/>
        <source>The partial derivatives (by the chain rule)</source>
        <translation>The partial derivatives (by the chain rule)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="87"/>
        <source>E depends on f_w, and f_w(x) = w0 + w1·x depends on w0 (factor 1) and on w1 (factor x). The vector of the two partial derivatives is the gradient ∇E(w).</source>
        <translation>E depends on f_w, and f_w(x) = w0 + w1·x depends on w0 (factor 1) and on w1 (factor x). The vector of the two partial derivatives is the gradient ∇E(w).</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="89"/>
        <source>The update rule</source>
        <translation>The update rule</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="93"/>
        <source>η is the learning rate: too small and w crawls, too large and it overshoots and diverges.</source>
        <translation>η is the learning rate: too small and w crawls, too large and it overshoots and diverges.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="96"/>
        <source>The data</source>
        <translation>The data</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="109"/>
        <source>{n} points (xᵢ, yᵢ): x is {x}, y is {y}.</source>
        <translation>{n} points (xᵢ, yᵢ): x is {x}, y is {y}.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="112"/>
        <source>x is standardised (x − x̄)/σx, as the app fits it: w is in these units.</source>
        <translation>x is standardised (x − x̄)/σx, as the app fits it: w is in these units.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="115"/>
        <source>x and y are standardised, (x − x̄)/σx and (y − ȳ)/σy, as the app fits them: w is in these units.</source>
        <translation>x and y are standardised, (x − x̄)/σx and (y − ȳ)/σy, as the app fits them: w is in these units.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="126"/>
        <source>… and {count} more points.</source>
        <translation>… and {count} more points.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="132"/>
        <source>Every step uses all the points (steepest descent).</source>
        <translation>Every step uses all the points (steepest descent).</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="136"/>
        <source>Stochastic gradient descent: each step uses one point drawn at random (seed {seed}); the first step uses point {points}. The sums run over that point only.</source>
        <translation>Stochastic gradient descent: each step uses one point drawn at random (seed {seed}); the first step uses point {points}. The sums run over that point only.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="140"/>
        <source>Mini-batch gradient descent: each step uses {k} points drawn at random (seed {seed}); the first step uses the points {points}. The sums run over those points only.</source>
        <translation>Mini-batch gradient descent: each step uses {k} points drawn at random (seed {seed}); the first step uses the points {points}. The sums run over those points only.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="150"/>
        <source>There are no data points: add some in the app, then export the handout again.</source>
        <translation>There are no data points: add some in the app, then export the handout again.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="153"/>
        <source>Start at w = {w} with the learning rate η = {eta}. Compute one step of gradient descent: the new w′ = (w0′, w1′).</source>
        <translation>Start at w = {w} with the learning rate η = {eta}. Compute one step of gradient descent: the new w′ = (w0′, w1′).</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="172"/>
        <source>Before the step, E(w) = {loss}. Did the step make E smaller?</source>
        <translation>Before the step, E(w) = {loss}. Did the step make E smaller?</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="195"/>
        <source>… and {count} more points: the sums Σ run over all of them and are given.</source>
        <translation>… and {count} more points: the sums Σ run over all of them and are given.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="201"/>
        <source>E went from {before} to {after}.</source>
        <translation>E went from {before} to {after}.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="204"/>
        <source>(The mean form: the sums are divided by the {count} points summed.)</source>
        <translation>(The mean form: the sums are divided by the {count} points summed.)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/handout_pages.py" line="207"/>
        <source>The app&apos;s optimizer ({name}) moves differently from this plain rule: its first step went to w = {w}.</source>
        <translation>The app&apos;s optimizer ({name}) moves differently from this plain rule: its first step went to w = {w}.</translation>
    </message>
</context>
<context>
    <name>HandoutExportDialog</name>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="264"/>
        <source>Export handout</source>
        <translation>Export handout</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="265"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="265"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter (8.5 × 11 in)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="267"/>
        <source>A PDF to print for the students: the data, the error function and the update rule; one step from the start to work out by hand; a picture of the window as it is now; and the answers.</source>
        <translation>A PDF to print for the students: the data, the error function and the update rule; one step from the start to work out by hand; a picture of the window as it is now; and the answers.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="273"/>
        <source>Paper:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="274"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="19"/>
        <source>Play / pause</source>
        <translation>Play / pause</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="20"/>
        <source>One step (a presenter clicker&apos;s “next”)</source>
        <translation>One step (a presenter clicker&apos;s “next”)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="21"/>
        <source>One step back (the clicker&apos;s “previous”)</source>
        <translation>One step back (the clicker&apos;s “previous”)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="22"/>
        <source>Pause (the clicker&apos;s “blank screen” key)</source>
        <translation>Pause (the clicker&apos;s “blank screen” key)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="23"/>
        <source>Reset to the start point</source>
        <translation>Reset to the start point</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="24"/>
        <source>Values · Partial derivatives · Update rule · Grid search · Code</source>
        <translation>Values · Partial derivatives · Update rule · Grid search · Code</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="25"/>
        <source>Log-scale loss curve</source>
        <translation>Log-scale loss curve</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="26"/>
        <source>Squared residuals · points as lines · gradient arrows · valley axes · next sampling</source>
        <translation>Squared residuals · points as lines · gradient arrows · valley axes · next sampling</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="28"/>
        <source>Fit the views to the data</source>
        <translation>Fit the views to the data</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="29"/>
        <source>Pen on/off · clear the ink · undo a stroke</source>
        <translation>Pen on/off · clear the ink · undo a stroke</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="30"/>
        <source>Bigger / smaller / normal size</source>
        <translation>Bigger / smaller / normal size</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="31"/>
        <source>Full screen (Esc leaves it)</source>
        <translation>Full screen (Esc leaves it)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="32"/>
        <source>Presentation layout: only the panels and the essential controls</source>
        <translation>Presentation layout: only the panels and the essential controls</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="33"/>
        <source>Lecture mode: then PageDown / → / Space next, PageUp / ← back, Home scene start, 1–9 or G a scene</source>
        <translation>Lecture mode: then PageDown / → / Space next, PageUp / ← back, Home scene start, 1–9 or G a scene</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="35"/>
        <source>Presenter view (projector + notes) · swap its screens</source>
        <translation>Presenter view (projector + notes) · swap its screens</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="36"/>
        <source>Undo / redo</source>
        <translation>Undo / redo</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="37"/>
        <source>This help</source>
        <translation>This help</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="43"/>
        <source>Data space</source>
        <translation>Data space</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="44"/>
        <source>The points and the line f_w(x) = w0 + w1·x. Click to add a point, drag to move it, right-click to remove it. Drag the line or its ◇ handles to fit it by hand.</source>
        <translation>The points and the line f_w(x) = w0 + w1·x. Click to add a point, drag to move it, right-click to remove it. Drag the line or its ◇ handles to fit it by hand.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="46"/>
        <source>Parameter space</source>
        <translation>Parameter space</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="47"/>
        <source>The error E(w0, w1) as colours and contours. ☆ is the best w, ● the current one. Click to start from there.</source>
        <translation>The error E(w0, w1) as colours and contours. ☆ is the best w, ● the current one. Click to start from there.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="49"/>
        <source>Loss curve</source>
        <translation>Loss curve</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="50"/>
        <source>E after each step. The timeline below it goes back to any earlier step.</source>
        <translation>E after each step. The timeline below it goes back to any earlier step.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="51"/>
        <source>Tabs</source>
        <translation>Tabs</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="52"/>
        <source>The numbers, the partial-derivative slices, the update rule with its numbers, the grid search, and the program that finds w (Code).</source>
        <translation>The numbers, the partial-derivative slices, the update rule with its numbers, the grid search, and the program that finds w (Code).</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="77"/>
        <source>gdstudio — what is on the screen</source>
        <translation>gdstudio — what is on the screen</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="78"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/help_overlay.py" line="79"/>
        <source>Press any key or click to close.</source>
        <translation>Press any key or click to close.</translation>
    </message>
</context>
<context>
    <name>ImageExportDialog</name>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="183"/>
        <source>Export image</source>
        <translation>Export image</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="189"/>
        <source>What:</source>
        <translation>What:</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="190"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="191"/>
        <source>Resolution:</source>
        <translation>Resolution:</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="193"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="217"/>
        <source>Vector drawing: sharp at any size.</source>
        <translation>Vector drawing: sharp at any size.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="220"/>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} pixels</translation>
    </message>
</context>
<context>
    <name>LayerKeys</name>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_keys.py" line="34"/>
        <source>&amp;Squared residuals</source>
        <translation>&amp;Squared residuals</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_keys.py" line="35"/>
        <source>&amp;Points as lines</source>
        <translation>&amp;Points as lines</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_keys.py" line="36"/>
        <source>&amp;Gradient arrows (−∇E)</source>
        <translation>&amp;Gradient arrows (−∇E)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_keys.py" line="37"/>
        <source>&amp;Valley axes (eigen-directions)</source>
        <translation>&amp;Valley axes (eigen-directions)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_keys.py" line="42"/>
        <source>Next &amp;sampling: batch → mini-batch → SGD</source>
        <translation>Next &amp;sampling: batch → mini-batch → SGD</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_keys.py" line="44"/>
        <source>&amp;Race the sampling modes</source>
        <translation>&amp;Race the sampling modes</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_keys.py" line="45"/>
        <source>Batch, mini-batch and SGD from the same start, on equal numbers of data points</source>
        <translation>Batch, mini-batch and SGD from the same start, on equal numbers of data points</translation>
    </message>
</context>
<context>
    <name>LayerToggles</name>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_toggles.py" line="20"/>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_toggles.py" line="21"/>
        <source>−∇E (downhill)</source>
        <translation>−∇E (downhill)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_toggles.py" line="22"/>
        <source>∇E (uphill)</source>
        <translation>∇E (uphill)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_toggles.py" line="53"/>
        <source>Gradient arrows over the surface: −∇E points downhill (where gradient descent goes), ∇E uphill. Also shows the gradient and the next step at the current w.</source>
        <translation>Gradient arrows over the surface: −∇E points downhill (where gradient descent goes), ∇E uphill. Also shows the gradient and the next step at the current w.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_toggles.py" line="88"/>
        <source>Clear points</source>
        <translation>Clear points</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_toggles.py" line="91"/>
        <source>Remove every data point (Ctrl+Z brings them back)</source>
        <translation>Remove every data point (Ctrl+Z brings them back)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_toggles.py" line="103"/>
        <source>Squared residuals</source>
        <translation>Squared residuals</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_toggles.py" line="104"/>
        <source>Draw each residual as a square of side |yᵢ − f_w(xᵢ)|: squared error you can see (the axes are locked 1:1 so they stay square)</source>
        <translation>Draw each residual as a square of side |yᵢ − f_w(xᵢ)|: squared error you can see (the axes are locked 1:1 so they stay square)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_toggles.py" line="110"/>
        <source>Points as lines</source>
        <translation>Points as lines</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_toggles.py" line="111"/>
        <source>Duality: draw each data point (xᵢ, yᵢ) as the line w0 + w1·xᵢ = yᵢ in parameter space. Hover a point or its line to highlight both.</source>
        <translation>Duality: draw each data point (xᵢ, yᵢ) as the line w0 + w1·xᵢ = yᵢ in parameter space. Hover a point or its line to highlight both.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_toggles.py" line="113"/>
        <source>Gradient</source>
        <translation>Gradient</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_toggles.py" line="115"/>
        <source>Valley axes</source>
        <translation>Valley axes</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/layer_toggles.py" line="116"/>
        <source>The Hessian&apos;s eigen-directions through the optimum ☆, their lengths ∝ 1/√λ: the long line is the valley floor (λmin), the short one goes across it (λmax). κ = λmax/λmin says how long and thin the valley is.</source>
        <translation>The Hessian&apos;s eigen-directions through the optimum ☆, their lengths ∝ 1/√λ: the long line is the valley floor (λmin), the short one goes across it (λmax). κ = λmax/λmin says how long and thin the valley is.</translation>
    </message>
</context>
<context>
    <name>LectureActions</name>
    <message>
        <location filename="../../gdstudio/ui/lecture/lecture_actions.py" line="36"/>
        <source>&amp;Lecture mode</source>
        <translation>&amp;Lecture mode</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lecture_actions.py" line="37"/>
        <source>Walk the lecture with a clicker</source>
        <translation>Walk the lecture with a clicker</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lecture_actions.py" line="42"/>
        <source>&amp;Next beat</source>
        <translation>&amp;Next beat</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lecture_actions.py" line="43"/>
        <source>&amp;Previous beat</source>
        <translation>&amp;Previous beat</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lecture_actions.py" line="44"/>
        <source>Scene s&amp;tart</source>
        <translation>Scene s&amp;tart</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lecture_actions.py" line="45"/>
        <source>&amp;Scenes…</source>
        <translation>&amp;Scenes…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lecture_actions.py" line="47"/>
        <source>&amp;Go to scene</source>
        <translation>&amp;Go to scene</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="98"/>
        <source>Lesson title</source>
        <translation>Lesson title</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="106"/>
        <source>Add the current state</source>
        <translation>Add the current state</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="107"/>
        <source>What is on screen now (data, w, η, sampling, layers, tab) becomes a new scene after the selected one</source>
        <translation>What is on screen now (data, w, η, sampling, layers, tab) becomes a new scene after the selected one</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="110"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="111"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="112"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="113"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="125"/>
        <source>Scenes</source>
        <translation>Scenes</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="132"/>
        <source>Scene</source>
        <translation>Scene</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="134"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="96"/>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="135"/>
        <source>Key sentence</source>
        <translation>Key sentence</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="137"/>
        <source>the caption strip: one sentence in the lecture&apos;s words</source>
        <translation>the caption strip: one sentence in the lecture&apos;s words</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="138"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="139"/>
        <source>what to say: for the presenter only</source>
        <translation>what to say: for the presenter only</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="144"/>
        <source>Tab shown</source>
        <translation>Tab shown</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="145"/>
        <source>Beats (one per click of the clicker)</source>
        <translation>Beats (one per click of the clicker)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="166"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="167"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="172"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="173"/>
        <source>Apply the lesson to the lecture and write it to its file (a new file for the built-in lecture)</source>
        <translation>Apply the lesson to the lecture and write it to its file (a new file for the built-in lecture)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="183"/>
        <source>The lecture walks this lesson from now on</source>
        <translation>The lecture walks this lesson from now on</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="242"/>
        <source>(no title yet)</source>
        <translation>(no title yet)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="280"/>
        <source>Lesson editor — {name}[*]</source>
        <translation>Lesson editor — {name}[*]</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="307"/>
        <source>edit the lesson&apos;s title</source>
        <translation>edit the lesson&apos;s title</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="312"/>
        <source>edit a scene</source>
        <translation>edit a scene</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="319"/>
        <source>choose the tab</source>
        <translation>choose the tab</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="328"/>
        <source>Scene {number}</source>
        <translation>Scene {number}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="331"/>
        <source>add a scene</source>
        <translation>add a scene</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="336"/>
        <source>duplicate a scene</source>
        <translation>duplicate a scene</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="342"/>
        <source>move a scene</source>
        <translation>move a scene</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="348"/>
        <source>delete a scene</source>
        <translation>delete a scene</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="357"/>
        <source>The lesson needs a title.</source>
        <translation>The lesson needs a title.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="360"/>
        <source>Scene {number} needs a title.</source>
        <translation>Scene {number} needs a title.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="362"/>
        <source>Scene {number} needs a key sentence.</source>
        <translation>Scene {number} needs a key sentence.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="365"/>
        <source>Scene {number}, beat {beat} ({kind}) needs a line to say.</source>
        <translation>Scene {number}, beat {beat} ({kind}) needs a line to say.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_editor.py" line="367"/>
        <source>Scene {number}, beat {beat} ({kind}) changes nothing: tick η, the sampling or the batch size.</source>
        <translation>Scene {number}, beat {beat} ({kind}) changes nothing: tick η, the sampling or the batch size.</translation>
    </message>
</context>
<context>
    <name>LessonFiles</name>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="31"/>
        <source>gdstudio lessons (*.json);;All files (*)</source>
        <translation>gdstudio lessons (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="39"/>
        <source>Changes not applied</source>
        <translation>Changes not applied</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="40"/>
        <source>Apply the changes to the lecture?</source>
        <translation>Apply the changes to the lecture?</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="41"/>
        <source>If you discard them, the lesson stays as it was.</source>
        <translation>If you discard them, the lesson stays as it was.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="52"/>
        <source>the lesson</source>
        <translation>the lesson</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="79"/>
        <source>the built-in lecture</source>
        <translation>the built-in lecture</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="97"/>
        <source>Cannot open lesson</source>
        <translation>Cannot open lesson</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="97"/>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="101"/>
        <source>Opened the lesson {name}: {count} scenes.</source>
        <translation>Opened the lesson {name}: {count} scenes.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="107"/>
        <source>Open lesson</source>
        <translation>Open lesson</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="117"/>
        <source>The built-in lecture: {count} scenes.</source>
        <translation>The built-in lecture: {count} scenes.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="123"/>
        <source>File not found</source>
        <translation>File not found</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="124"/>
        <source>{path} no longer exists, so it was removed from the recent lessons.</source>
        <translation>{path} no longer exists, so it was removed from the recent lessons.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="153"/>
        <source>Save lesson as</source>
        <translation>Save lesson as</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="168"/>
        <source>Cannot save lesson</source>
        <translation>Cannot save lesson</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="168"/>
        <source>{error}

The lesson is not saved.</source>
        <translation>{error}

The lesson is not saved.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="172"/>
        <source>Saved the lesson {name}.</source>
        <translation>Saved the lesson {name}.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="230"/>
        <source>&amp;Edit lesson…</source>
        <translation>&amp;Edit lesson…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="231"/>
        <source>Add the current state as a scene, write captions, notes and beats</source>
        <translation>Add the current state as a scene, write captions, notes and beats</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="232"/>
        <source>&amp;Open lesson…</source>
        <translation>&amp;Open lesson…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="232"/>
        <source>Walk a lesson file</source>
        <translation>Walk a lesson file</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="233"/>
        <source>Save lesson &amp;as…</source>
        <translation>Save lesson &amp;as…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="234"/>
        <source>Recent l&amp;essons</source>
        <translation>Recent l&amp;essons</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="237"/>
        <source>&amp;Built-in lecture</source>
        <translation>&amp;Built-in lecture</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/lecture/lesson_files.py" line="238"/>
        <source>The lecture that comes with gdstudio</source>
        <translation>The lecture that comes with gdstudio</translation>
    </message>
</context>
<context>
    <name>LossPanel</name>
    <message>
        <location filename="../../gdstudio/ui/panels/loss_panel.py" line="69"/>
        <source>Loss curve: E(w) over iterations</source>
        <translation>Loss curve: E(w) over iterations</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/loss_panel.py" line="94"/>
        <source>E(w) after each step: it should fall; it rises when η is too large</source>
        <translation>E(w) after each step: it should fall; it rises when η is too large</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/loss_panel.py" line="96"/>
        <source>Log scale</source>
        <translation>Log scale</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/loss_panel.py" line="97"/>
        <source>Show E on a logarithmic axis: slow convergence shows as a straight line</source>
        <translation>Show E on a logarithmic axis: slow convergence shows as a straight line</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/loss_panel.py" line="109"/>
        <source>Timeline: drag to go back to any earlier step; Step or Play continues from there (the later steps are discarded)</source>
        <translation>Timeline: drag to go back to any earlier step; Step or Play continues from there (the later steps are discarded)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/loss_panel.py" line="119"/>
        <source>step</source>
        <translation>step</translation>
    </message>
</context>
<context>
    <name>LossXChooser</name>
    <message>
        <location filename="../../gdstudio/ui/controls/loss_x_chooser.py" line="16"/>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/loss_x_chooser.py" line="16"/>
        <source>iteration</source>
        <translation>iteration</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/loss_x_chooser.py" line="17"/>
        <source>points used</source>
        <translation>points used</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/loss_x_chooser.py" line="17"/>
        <source>data points used</source>
        <translation>data points used</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/loss_x_chooser.py" line="18"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/loss_x_chooser.py" line="19"/>
        <source>epochs (passes through the data)</source>
        <translation>epochs (passes through the data)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/loss_x_chooser.py" line="32"/>
        <source>What the error curve&apos;s x axis counts: steps, the data points the steps used (batch, mini-batch and SGD compared fairly), or epochs</source>
        <translation>What the error curve&apos;s x axis counts: steps, the data points the steps used (batch, mini-batch and SGD compared fairly), or epochs</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="128"/>
        <source>gdstudio — projector</source>
        <translation>gdstudio — projector</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="129"/>
        <source>gdstudio — gradient descent, live</source>
        <translation>gdstudio — gradient descent, live</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="145"/>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="145"/>
        <source>Partial derivatives</source>
        <translation>Partial derivatives</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="146"/>
        <source>Update rule</source>
        <translation>Update rule</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="146"/>
        <source>Grid search</source>
        <translation>Grid search</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="148"/>
        <source>The current step&apos;s numbers and the formulas in use</source>
        <translation>The current step&apos;s numbers and the formulas in use</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="149"/>
        <source>Partial derivatives: E along w0 and along w1 through the current w, with tangents</source>
        <translation>Partial derivatives: E along w0 and along w1 through the current w, with tangents</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="151"/>
        <source>The last update w ← w − η∇E(w) with its numbers substituted</source>
        <translation>The last update w ← w − η∇E(w) with its numbers substituted</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="152"/>
        <source>Brute force: evaluate E on every cell of a grid and keep the best</source>
        <translation>Brute force: evaluate E on every cell of a grid and keep the best</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="155"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="156"/>
        <source>The numpy program that does what the app does with these settings</source>
        <translation>The numpy program that does what the app does with these settings</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="359"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="360"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="361"/>
        <source>&amp;Clear points</source>
        <translation>&amp;Clear points</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="365"/>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="366"/>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Play / Pause</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="367"/>
        <source>&amp;Step</source>
        <translation>&amp;Step</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="368"/>
        <source>Step &amp;back</source>
        <translation>Step &amp;back</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="369"/>
        <source>&amp;Reset</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="370"/>
        <source>&amp;Lecture</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="371"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="372"/>
        <source>&amp;Fit views to data</source>
        <translation>&amp;Fit views to data</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="373"/>
        <source>&amp;Log-scale loss curve</source>
        <translation>&amp;Log-scale loss curve</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="377"/>
        <source>Every run&apos;s line in the data panel (race)</source>
        <translation>Every run&apos;s line in the data panel (race)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="382"/>
        <source>P&amp;en: draw over the panels</source>
        <translation>P&amp;en: draw over the panels</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="386"/>
        <source>Clear &amp;ink</source>
        <translation>Clear &amp;ink</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="387"/>
        <source>&amp;Undo ink stroke</source>
        <translation>&amp;Undo ink stroke</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="388"/>
        <source>La&amp;yers</source>
        <translation>La&amp;yers</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="389"/>
        <source>Clear the attempt &amp;by hand</source>
        <translation>Clear the attempt &amp;by hand</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="392"/>
        <source>Show {tab}</source>
        <translation>Show {tab}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/main_window.py" line="443"/>
        <source>No data points yet: click in the data panel to add some, or open a CSV file (Ctrl+O).</source>
        <translation>No data points yet: click in the data panel to add some, or open a CSV file (Ctrl+O).</translation>
    </message>
</context>
<context>
    <name>OptimizerBar</name>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="325"/>
        <source>The update rule. Gradient descent is the lecture&apos;s; the others are what PyTorch offers, with its defaults. Changing it restarts the run.</source>
        <translation>The update rule. Gradient descent is the lecture&apos;s; the others are what PyTorch offers, with its defaults. Changing it restarts the run.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="329"/>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="355"/>
        <source>Race…</source>
        <translation>Race…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="330"/>
        <source>Run up to four optimizers side by side from the same start</source>
        <translation>Run up to four optimizers side by side from the same start</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="332"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="333"/>
        <source>Hyperparameters (μ, β1, β2, ε…) and the learning-rate schedule</source>
        <translation>Hyperparameters (μ, β1, β2, ε…) and the learning-rate schedule</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="337"/>
        <source>Optimizer</source>
        <translation>Optimizer</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="355"/>
        <source>Race ({n})…</source>
        <translation>Race ({n})…</translation>
    </message>
</context>
<context>
    <name>OptimizerDialog</name>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="45"/>
        <source>momentum μ</source>
        <translation>momentum μ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="46"/>
        <source>How much of the previous step is kept (0 = none)</source>
        <translation>How much of the previous step is kept (0 = none)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="47"/>
        <source>dampening τ</source>
        <translation>dampening τ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="48"/>
        <source>Scales the new gradient in the momentum buffer from the second step on</source>
        <translation>Scales the new gradient in the momentum buffer from the second step on</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="51"/>
        <source>Look ahead along the velocity before taking the gradient step</source>
        <translation>Look ahead along the velocity before taking the gradient step</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="52"/>
        <source>weight decay λ</source>
        <translation>weight decay λ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="53"/>
        <source>Adds λ·w to the gradient (an L2 penalty)</source>
        <translation>Adds λ·w to the gradient (an L2 penalty)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="54"/>
        <source>η decay</source>
        <translation>η decay</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="55"/>
        <source>Adagrad: η_t = η / (1 + (t−1)·decay)</source>
        <translation>Adagrad: η_t = η / (1 + (t−1)·decay)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="57"/>
        <source>initial Σg²</source>
        <translation>initial Σg²</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="58"/>
        <source>Adagrad&apos;s running sum of squared gradients starts here</source>
        <translation>Adagrad&apos;s running sum of squared gradients starts here</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="59"/>
        <source>Added to the denominator so it is never zero</source>
        <translation>Added to the denominator so it is never zero</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="60"/>
        <source>α (smoothing)</source>
        <translation>α (smoothing)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="61"/>
        <source>RMSprop: weight of the old mean of g² (0.99 keeps 99 %)</source>
        <translation>RMSprop: weight of the old mean of g² (0.99 keeps 99 %)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="62"/>
        <source>centred</source>
        <translation>centred</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="63"/>
        <source>RMSprop: divide by the variance of g instead of its mean square</source>
        <translation>RMSprop: divide by the variance of g instead of its mean square</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="64"/>
        <source>Adam: decay of the mean of g (β1) and of g² (β2)</source>
        <translation>Adam: decay of the mean of g (β1) and of g² (β2)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="65"/>
        <source>Adam: use the largest v so far, so steps never grow from a shrinking v</source>
        <translation>Adam: use the largest v so far, so steps never grow from a shrinking v</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="71"/>
        <source>constant</source>
        <translation>constant</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="72"/>
        <source>step decay</source>
        <translation>step decay</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="73"/>
        <source>exponential decay</source>
        <translation>exponential decay</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="74"/>
        <source>cosine</source>
        <translation>cosine</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="96"/>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>&apos;{text}&apos; is not a number</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="98"/>
        <source>&apos;{text}&apos; is not a finite number</source>
        <translation>&apos;{text}&apos; is not a finite number</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="102"/>
        <source>enter two numbers separated by a comma, e.g. 0.9, 0.999</source>
        <translation>enter two numbers separated by a comma, e.g. 0.9, 0.999</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="105"/>
        <source>&apos;{text}&apos; should be one number</source>
        <translation>&apos;{text}&apos; should be one number</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="115"/>
        <source>Optimizer settings</source>
        <translation>Optimizer settings</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="135"/>
        <source> (PyTorch&apos;s default: {value})</source>
        <translation> (PyTorch&apos;s default: {value})</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="140"/>
        <source>No hyperparameters besides η.</source>
        <translation>No hyperparameters besides η.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="145"/>
        <source>Learning-rate schedule η_t</source>
        <translation>Learning-rate schedule η_t</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="155"/>
        <source>schedule</source>
        <translation>schedule</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="156"/>
        <source>step size</source>
        <translation>step size</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="247"/>
        <source>schedule, {name}: {error}</source>
        <translation>schedule, {name}: {error}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="260"/>
        <source>Not applied: {error}</source>
        <translation>Not applied: {error}</translation>
    </message>
</context>
<context>
    <name>Optimizers</name>
    <message>
        <location filename="../../gdstudio/engine/run.py" line="53"/>
        <source>Gradient descent</source>
        <translation>Gradient descent</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/run.py" line="55"/>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
</context>
<context>
    <name>PlotKey</name>
    <message>
        <location filename="../../gdstudio/ui/style.py" line="297"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/style.py" line="297"/>
        <source>Click to open or fold the key</source>
        <translation>Click to open or fold the key</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../../gdstudio/ui/presenter/presenter.py" line="84"/>
        <source>Presenter &amp;view (projector + notes)</source>
        <translation>Presenter &amp;view (projector + notes)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/presenter.py" line="87"/>
        <source>S&amp;wap presenter screens</source>
        <translation>S&amp;wap presenter screens</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/presenter.py" line="255"/>
        <source>Presenter view: one screen only, so this screen shows the presentation layout (Esc or Ctrl+F5 ends it). A second screen, once connected, gets the projector view.</source>
        <translation>Presenter view: one screen only, so this screen shows the presentation layout (Esc or Ctrl+F5 ends it). A second screen, once connected, gets the projector view.</translation>
    </message>
</context>
<context>
    <name>PresenterDock</name>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="101"/>
        <source>Presenter view</source>
        <translation>Presenter view</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="104"/>
        <source>Time since the presenter view started</source>
        <translation>Time since the presenter view started</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="105"/>
        <source>Reset time</source>
        <translation>Reset time</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="106"/>
        <source>What the projector shows</source>
        <translation>What the projector shows</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="108"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="108"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="109"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="116"/>
        <source>The projector&apos;s colours (its own: this window keeps its look)</source>
        <translation>The projector&apos;s colours (its own: this window keeps its look)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="117"/>
        <source>The size of the projector&apos;s text, lines and markers</source>
        <translation>The size of the projector&apos;s text, lines and markers</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="118"/>
        <source>Swap screens</source>
        <translation>Swap screens</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="119"/>
        <source>Put the projector view on the other screen (X)</source>
        <translation>Put the projector view on the other screen (X)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="120"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="121"/>
        <source>End the presenter view (Ctrl+F5)</source>
        <translation>End the presenter view (Ctrl+F5)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="130"/>
        <source>No lecture running</source>
        <translation>No lecture running</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="133"/>
        <source>The lecture mode shows the presenter notes of each scene here.</source>
        <translation>The lecture mode shows the presenter notes of each scene here.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="142"/>
        <source>Projector: {screen}</source>
        <translation>Projector: {screen}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/presenter/dock.py" line="143"/>
        <source>No projector screen</source>
        <translation>No projector screen</translation>
    </message>
</context>
<context>
    <name>PresetDialog</name>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="143"/>
        <source>Presets</source>
        <translation>Presets</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="162"/>
        <source>Load a prepared data set. It replaces the current points (Undo brings them back).</source>
        <translation>Load a prepared data set. It replaces the current points (Undo brings them back).</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/file_dialogs.py" line="167"/>
        <source>Load</source>
        <translation>Load</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../gdstudio/ui/document/prompts.py" line="45"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/prompts.py" line="127"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/prompts.py" line="128"/>
        <source>Save the changes to {name}?</source>
        <translation>Save the changes to {name}?</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/prompts.py" line="129"/>
        <source>If you don&apos;t save, the changes since the last save are lost.</source>
        <translation>If you don&apos;t save, the changes since the last save are lost.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/prompts.py" line="142"/>
        <source>Restore unsaved work?</source>
        <translation>Restore unsaved work?</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/prompts.py" line="143"/>
        <source>gdstudio did not close normally last time. It kept a copy of your unsaved work from {when}.</source>
        <translation>gdstudio did not close normally last time. It kept a copy of your unsaved work from {when}.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/prompts.py" line="145"/>
        <source>Restore it? If you discard it, it is deleted.</source>
        <translation>Restore it? If you discard it, it is deleted.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/prompts.py" line="146"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/prompts.py" line="147"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../gdstudio/i18n.py" line="40"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../gdstudio/i18n.py" line="40"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>RaceDialog</name>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="275"/>
        <source>Race optimizers</source>
        <translation>Race optimizers</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/optimizer_settings.py" line="277"/>
        <source>Choose up to {n} optimizers. They start together from the same w,
take the same number of steps, and each stops on its own.</source>
        <translation>Choose up to {n} optimizers. They start together from the same w,
take the same number of steps, and each stops on its own.</translation>
    </message>
</context>
<context>
    <name>Readout</name>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="29"/>
        <source>iteration</source>
        <translation>iteration</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="30"/>
        <source>Number of updates taken since the start point</source>
        <translation>Number of updates taken since the start point</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="31"/>
        <source>Intercept of the current line</source>
        <translation>Intercept of the current line</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="32"/>
        <source>Slope of the current line</source>
        <translation>Slope of the current line</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="33"/>
        <source>Error of the current line</source>
        <translation>Error of the current line</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="34"/>
        <source>Partial derivative of E by w0: Σ (f_w(xᵢ) − yᵢ)</source>
        <translation>Partial derivative of E by w0: Σ (f_w(xᵢ) − yᵢ)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="35"/>
        <source>Partial derivative of E by w1: Σ (f_w(xᵢ) − yᵢ)·xᵢ</source>
        <translation>Partial derivative of E by w1: Σ (f_w(xᵢ) − yᵢ)·xᵢ</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="43"/>
        <source>Length of the gradient: 0 at the optimum. Playing stops when it is negligible.</source>
        <translation>Length of the gradient: 0 at the optimum. Playing stops when it is negligible.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="44"/>
        <source>Distance from the current w to the least-squares optimum ☆</source>
        <translation>Distance from the current w to the least-squares optimum ☆</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="45"/>
        <source>η now</source>
        <translation>η now</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="46"/>
        <source>The learning rate of the next step (after the schedule, if any)</source>
        <translation>The learning rate of the next step (after the schedule, if any)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="47"/>
        <source>Condition number λmax/λmin of the Hessian: 1 is a round bowl; thousands make a long thin valley where gradient descent crawls (standardising x helps)</source>
        <translation>Condition number λmax/λmin of the Hessian: 1 is a round bowl; thousands make a long thin valley where gradient descent crawls (standardising x helps)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="50"/>
        <source>fastest η</source>
        <translation>fastest η</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="51"/>
        <source>2/(λmin + λmax): the learning rate at which plain gradient descent converges fastest on this error (the green tick on the η slider; from 2/λmax, shaded there, it diverges)</source>
        <translation>2/(λmin + λmax): the learning rate at which plain gradient descent converges fastest on this error (the green tick on the η slider; from 2/λmax, shaded there, it diverges)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="54"/>
        <location filename="../../gdstudio/ui/panels/readout.py" line="195"/>
        <source>κ std.</source>
        <translation>κ std.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="55"/>
        <source>κ before or after standardising x, beside the κ in use above: standardising makes the valley round (κ = 1)</source>
        <translation>κ before or after standardising x, beside the κ in use above: standardising makes the valley round (κ = 1)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="81"/>
        <source>The gradient ∇E(w) = (∂E/∂w0, ∂E/∂w1): the vector of the two partial derivatives. It points uphill; a step goes against it.</source>
        <translation>The gradient ∇E(w) = (∂E/∂w0, ∂E/∂w1): the vector of the two partial derivatives. It points uphill; a step goes against it.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="92"/>
        <source>Fitting on standardised data: w0′, w1′ above are that model&apos;s parameters; this is the same line in the data&apos;s own units</source>
        <translation>Fitting on standardised data: w0′, w1′ above are that model&apos;s parameters; this is the same line in the data&apos;s own units</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="96"/>
        <source>Each run of the race: steps taken (in a race of samplings also the data points used), its error, and whether it has stopped</source>
        <translation>Each run of the race: steps taken (in a race of samplings also the data points used), its error, and whether it has stopped</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="156"/>
        <source>standardised (x̄ = {x_mean}, σx = {x_std}, {y_part}fit on (x − x̄)/σx)&lt;br&gt;same line: &lt;b&gt;y = {w0} + {w1}·x&lt;/b&gt;</source>
        <translation>standardised (x̄ = {x_mean}, σx = {x_std}, {y_part}fit on (x − x̄)/σx)&lt;br&gt;same line: &lt;b&gt;y = {w0} + {w1}·x&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="167"/>
        <source>✔ converged</source>
        <translation>✔ converged</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="167"/>
        <source>✘ diverged</source>
        <translation>✘ diverged</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="180"/>
        <source>race</source>
        <translation>race</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="180"/>
        <source>steps</source>
        <translation>steps</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="180"/>
        <source>data points</source>
        <translation>data points</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="195"/>
        <source>κ raw</source>
        <translation>κ raw</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="200"/>
        <source>κ = {raw} (standardised: {standardised})</source>
        <translation>κ = {raw} (standardised: {standardised})</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="224"/>
        <source>κ is large: a long thin valley. Standardise x to make it round.</source>
        <translation>κ is large: a long thin valley. Standardise x to make it round.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="230"/>
        <source>✔ η &amp;lt; 2/λ&lt;sub&gt;max&lt;/sub&gt; = {bound}: steps converge</source>
        <translation>✔ η &amp;lt; 2/λ&lt;sub&gt;max&lt;/sub&gt; = {bound}: steps converge</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="231"/>
        <source>✔ η &amp;lt; 2/λ&lt;sub&gt;max&lt;/sub&gt; = {bound}: gradient descent converges</source>
        <translation>✔ η &amp;lt; 2/λ&lt;sub&gt;max&lt;/sub&gt; = {bound}: gradient descent converges</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="235"/>
        <source>&lt;b&gt;✘ η ≥ 2/λ&lt;sub&gt;max&lt;/sub&gt; = {bound}: this run will diverge.&lt;/b&gt; Try η ≤ {suggested}</source>
        <translation>&lt;b&gt;✘ η ≥ 2/λ&lt;sub&gt;max&lt;/sub&gt; = {bound}: this run will diverge.&lt;/b&gt; Try η ≤ {suggested}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="237"/>
        <source>&lt;b&gt;✘ η ≥ 2/λ&lt;sub&gt;max&lt;/sub&gt; = {bound}: gradient descent will diverge.&lt;/b&gt; Try η ≤ {suggested}</source>
        <translation>&lt;b&gt;✘ η ≥ 2/λ&lt;sub&gt;max&lt;/sub&gt; = {bound}: gradient descent will diverge.&lt;/b&gt; Try η ≤ {suggested}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/readout.py" line="241"/>
        <source>Gradient descent on this error converges exactly when η is below 2 divided by the largest eigenvalue λmax of the Hessian of E (its steepest curvature).</source>
        <translation>Gradient descent on this error converges exactly when η is below 2 divided by the largest eigenvalue λmax of the Hessian of E (its steepest curvature).</translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <location filename="../../gdstudio/engine/run.py" line="62"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/run.py" line="64"/>
        <source>SGD (1 point)</source>
        <translation>SGD (1 point)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/run.py" line="65"/>
        <source>Mini-batch (K = {k})</source>
        <translation>Mini-batch (K = {k})</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/run.py" line="84"/>
        <source>Diverged at step {step}: the learning rate η = {lr} is too large for this data, so every step overshoots further. Gradient descent converges only for η &lt; 2/λmax = {bound}: try η ≤ {suggested}.</source>
        <translation>Diverged at step {step}: the learning rate η = {lr} is too large for this data, so every step overshoots further. Gradient descent converges only for η &lt; 2/λmax = {bound}: try η ≤ {suggested}.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/run.py" line="89"/>
        <source>Diverged at step {step}: η = {lr} is too large for {name} on this data, so its steps overshoot further and further. Try a smaller η.</source>
        <translation>Diverged at step {step}: η = {lr} is too large for {name} on this data, so its steps overshoot further and further. Try a smaller η.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/run.py" line="92"/>
        <source>{name}: {message} The others go on.</source>
        <translation>{name}: {message} The others go on.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/run.py" line="101"/>
        <source>{name} converged after {steps} steps</source>
        <translation>{name} converged after {steps} steps</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/run.py" line="102"/>
        <source>{name} diverged at step {step}</source>
        <translation>{name} diverged at step {step}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/run.py" line="105"/>
        <source>Converged after {steps} steps: ∇E ≈ 0 at w = ({w0}, {w1}), the least-squares optimum.</source>
        <translation>Converged after {steps} steps: ∇E ≈ 0 at w = ({w0}, {w1}), the least-squares optimum.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/run.py" line="108"/>
        <source>; </source>
        <comment>between the runs&apos; results in &apos;Race over: …&apos;</comment>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../gdstudio/engine/run.py" line="109"/>
        <source>Race over: {results}.</source>
        <translation>Race over: {results}.</translation>
    </message>
</context>
<context>
    <name>SafeZone</name>
    <message>
        <location filename="../../gdstudio/ui/widgets/lr_scale.py" line="97"/>
        <source>diverges from η ≥ 2/λmax = {value}</source>
        <translation>diverges from η ≥ 2/λmax = {value}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/widgets/lr_scale.py" line="99"/>
        <source>fastest steady η = 2/(λmin + λmax) = {value}</source>
        <translation>fastest steady η = 2/(λmin + λmax) = {value}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/widgets/lr_scale.py" line="105"/>
        <source>(both for plain gradient descent: momentum and adaptive methods move differently)</source>
        <translation>(both for plain gradient descent: momentum and adaptive methods move differently)</translation>
    </message>
</context>
<context>
    <name>SceneIndex</name>
    <message>
        <location filename="../../gdstudio/ui/lecture/scene_index.py" line="59"/>
        <source>Scenes</source>
        <translation>Scenes</translation>
    </message>
</context>
<context>
    <name>SettingsBar</name>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="22"/>
        <source>Batch (all points)</source>
        <translation>Batch (all points)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="23"/>
        <source>Every step uses all points: the lecture&apos;s steepest descent</source>
        <translation>Every step uses all points: the lecture&apos;s steepest descent</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="24"/>
        <source>Mini-batch</source>
        <translation>Mini-batch</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="25"/>
        <source>Every step uses K random points; each point once per epoch</source>
        <translation>Every step uses K random points; each point once per epoch</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="26"/>
        <source>SGD (1 point)</source>
        <translation>SGD (1 point)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="27"/>
        <source>Stochastic gradient descent: every step uses one random point</source>
        <translation>Stochastic gradient descent: every step uses one random point</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="33"/>
        <source>Race batch, mini-batch, SGD</source>
        <translation>Race batch, mini-batch, SGD</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="34"/>
        <source>Batch, mini-batch K and SGD from the same start, compared at equal numbers of data points used: SGD takes N steps while batch takes one</source>
        <translation>Batch, mini-batch K and SGD from the same start, compared at equal numbers of data points used: SGD takes N steps while batch takes one</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="39"/>
        <source>raw x</source>
        <translation>raw x</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="40"/>
        <source>standardised x</source>
        <translation>standardised x</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="41"/>
        <source>standardised x, y</source>
        <translation>standardised x, y</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="50"/>
        <source>½ Σ (sum)</source>
        <translation>½ Σ (sum)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="51"/>
        <source>½·(1/N) Σ (mean)</source>
        <translation>½·(1/N) Σ (mean)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="52"/>
        <source>The error function. The lecture uses the sum; with the mean, the safe η does not shrink as points are added. Changing it restarts the run.</source>
        <translation>The error function. The lecture uses the sum; with the mean, the safe η does not shrink as points are added. Changing it restarts the run.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="60"/>
        <source>Which points each step&apos;s gradient is computed from</source>
        <translation>Which points each step&apos;s gradient is computed from</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="64"/>
        <source>Mini-batch size: points per step</source>
        <translation>Mini-batch size: points per step</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="67"/>
        <source>seed </source>
        <translation>seed </translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="68"/>
        <source>Random seed of the shuffling: the same seed gives the same run</source>
        <translation>Random seed of the shuffling: the same seed gives the same run</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="78"/>
        <source>Fit on (x − x̄)/σx (and (y − ȳ)/σy): unscaled x makes the error surface a long thin valley where gradient descent crawls; standardised, it is round. The line is shown in the data&apos;s units either way.</source>
        <translation>Fit on (x − x̄)/σx (and (y − ȳ)/σy): unscaled x makes the error surface a long thin valley where gradient descent crawls; standardised, it is round. The line is shown in the data&apos;s units either way.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="84"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="85"/>
        <source>Sampling</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/controls/settings_bar.py" line="89"/>
        <source>Error curve by</source>
        <translation>Error curve by</translation>
    </message>
</context>
<context>
    <name>SlicePanel</name>
    <message>
        <location filename="../../gdstudio/ui/panels/slice_panel.py" line="65"/>
        <source>No data yet:
click points into
the data panel</source>
        <translation>No data yet:
click points into
the data panel</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/slice_panel.py" line="167"/>
        <source>derivative at the point</source>
        <translation>derivative at the point</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/slice_panel.py" line="168"/>
        <source>no data, no slope</source>
        <translation>no data, no slope</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/slice_panel.py" line="169"/>
        <source>average rate of change</source>
        <translation>average rate of change</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/slice_panel.py" line="235"/>
        <source>Fix {other}, vary {name}: this curve is E along {name} through the current w (a cut through the error surface). The slope of this curve at the current point is the partial derivative ∂E/∂{name}.</source>
        <translation>Fix {other}, vary {name}: this curve is E along {name} through the current w (a cut through the error surface). The slope of this curve at the current point is the partial derivative ∂E/∂{name}.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/slice_panel.py" line="240"/>
        <source>Tangent at the current point: its slope is ∂E/∂{name}. Gradient descent moves {name} against the slope, downhill: {name} ← {name} − η·∂E/∂{name}.</source>
        <translation>Tangent at the current point: its slope is ∂E/∂{name}. Gradient descent moves {name} against the slope, downhill: {name} ← {name} − η·∂E/∂{name}.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/slice_panel.py" line="243"/>
        <source>● Current w: ({name}, E)</source>
        <translation>● Current w: ({name}, E)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/slice_panel.py" line="244"/>
        <source>Secant through the current point and the point h further along {name}: its slope ΔE/Δ{name} = (E({name} + h) − E({name}))/h is the average rate of change. As h shrinks it tends to the slope of the tangent, the derivative at the point.</source>
        <translation>Secant through the current point and the point h further along {name}: its slope ΔE/Δ{name} = (E({name} + h) − E({name}))/h is the average rate of change. As h shrinks it tends to the slope of the tangent, the derivative at the point.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/slice_panel.py" line="250"/>
        <source>○ The second point: ({name} + h, E)</source>
        <translation>○ The second point: ({name} + h, E)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/slice_panel.py" line="254"/>
        <source>The derivative function ∂E/∂{name}: the derivative at every {name} along this cut. Its value at the current point (●) gives the direction and size in which E grows: the arrow on the axis points the way E grows, longer where E is steeper.</source>
        <translation>The derivative function ∂E/∂{name}: the derivative at every {name} along this cut. Its value at the current point (●) gives the direction and size in which E grows: the arrow on the axis points the way E grows, longer where E is steeper.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/slice_panel.py" line="263"/>
        <source>The partial derivative ∂E/∂{name}: the slope of the tangent (with {other} fixed). Both partial derivatives together are the gradient ∇E.</source>
        <translation>The partial derivative ∂E/∂{name}: the slope of the tangent (with {other} fixed). Both partial derivatives together are the gradient ∇E.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/slice_panel.py" line="424"/>
        <source>fixed</source>
        <translation>fixed</translation>
    </message>
</context>
<context>
    <name>StepSizeRow</name>
    <message>
        <location filename="../../gdstudio/ui/widgets/step_size.py" line="25"/>
        <source>Shrink h step by step down to the smallest: watch the average rate of change approach the derivative at the point</source>
        <translation>Shrink h step by step down to the smallest: watch the average rate of change approach the derivative at the point</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/widgets/step_size.py" line="32"/>
        <source>h, the step of the secant (on a log scale): to the right, smaller</source>
        <translation>h, the step of the secant (on a log scale): to the right, smaller</translation>
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
        <translation>■ Stop</translation>
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
        <translation>Parameter space: error E(w0, w1)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="98"/>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="228"/>
        <source>w0 (intercept)</source>
        <translation>w0 (intercept)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="99"/>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="229"/>
        <source>w1 (slope)</source>
        <translation>w1 (slope)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="154"/>
        <source>Gradient field: −∇E (steepest descent) or ∇E on a coarse grid; the longer the arrow, the larger |∇E| (the scale is in the corner; the smallest are drawn a little longer than to scale)</source>
        <translation>Gradient field: −∇E (steepest descent) or ∇E on a coarse grid; the longer the arrow, the larger |∇E| (the scale is in the corner; the smallest are drawn a little longer than to scale)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="156"/>
        <source>∇E(w) = (∂E/∂w0, ∂E/∂w1): the gradient at the current w points uphill, the way E rises fastest (drawn at a fixed length)</source>
        <translation>∇E(w) = (∂E/∂w0, ∂E/∂w1): the gradient at the current w points uphill, the way E rises fastest (drawn at a fixed length)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="163"/>
        <source>The data are fixed — they make the surface E(w)</source>
        <translation>The data are fixed — they make the surface E(w)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="164"/>
        <source>data fixed</source>
        <translation>data fixed</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="165"/>
        <source>Parameter space: the data are fixed, and they make the surface E(w) over (w0, w1). One point here is one line in the data space.</source>
        <translation>Parameter space: the data are fixed, and they make the surface E(w) over (w0, w1). One point here is one line in the data space.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="170"/>
        <source>−η∇E(w) (next step)</source>
        <translation>−η∇E(w) (next step)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="207"/>
        <source>least-squares optimum</source>
        <translation>least-squares optimum</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="207"/>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="204"/>
        <source>current w</source>
        <translation>current w</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="204"/>
        <source>path of the steps</source>
        <translation>path of the steps</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="142"/>
        <source>Colour: error E(w) on a log scale (dark = small error)</source>
        <translation>Colour: error E(w) on a log scale (dark = small error)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="143"/>
        <source>☆ Least-squares optimum: the w with the smallest error</source>
        <translation>☆ Least-squares optimum: the w with the smallest error</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="145"/>
        <source>● Current w of the optimizer — drag it to move the line by hand</source>
        <translation>● Current w of the optimizer — drag it to move the line by hand</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="146"/>
        <source>● Current w of {name}</source>
        <translation>● Current w of {name}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="148"/>
        <source>□ Start point (click anywhere to move it)</source>
        <translation>□ Start point (click anywhere to move it)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="149"/>
        <source>Each data point (xᵢ, yᵢ) as the line w0 + w1·xᵢ = yᵢ: every w on it fits that point exactly</source>
        <translation>Each data point (xᵢ, yᵢ) as the line w0 + w1·xᵢ = yᵢ: every w on it fits that point exactly</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="151"/>
        <source>The cut along w0 (w1 fixed) shown in the slice view</source>
        <translation>The cut along w0 (w1 fixed) shown in the slice view</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="152"/>
        <source>The cut along w1 (w0 fixed) shown in the slice view</source>
        <translation>The cut along w1 (w0 fixed) shown in the slice view</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="158"/>
        <source>The next step −η·∇E(w), to scale</source>
        <translation>The next step −η·∇E(w), to scale</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="159"/>
        <source>Click to start gradient descent from that w</source>
        <translation>Click to start gradient descent from that w</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="228"/>
        <source>w0′ (intercept, standardised)</source>
        <translation>w0′ (intercept, standardised)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="229"/>
        <source>w1′ (slope, standardised)</source>
        <translation>w1′ (slope, standardised)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="255"/>
        <source>(Not unique: with fewer than two distinct x, every w on the valley floor fits equally well)</source>
        <translation>(Not unique: with fewer than two distinct x, every w on the valley floor fits equally well)</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/surface_panel.py" line="256"/>
        <source>☆ Least-squares optimum w = ({w0}, {w1}), E = {loss}</source>
        <translation>☆ Least-squares optimum w = ({w0}, {w1}), E = {loss}</translation>
    </message>
</context>
<context>
    <name>TabChooser</name>
    <message>
        <location filename="../../gdstudio/ui/widgets/tab_chooser.py" line="16"/>
        <source>Which page to show (the tabs do not fit the width here)</source>
        <translation>Which page to show (the tabs do not fit the width here)</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="37"/>
        <source>add point</source>
        <translation>add point</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="38"/>
        <source>remove point</source>
        <translation>remove point</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="39"/>
        <source>clear points</source>
        <translation>clear points</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="40"/>
        <source>load data</source>
        <translation>load data</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="41"/>
        <source>edit data</source>
        <translation>edit data</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="42"/>
        <source>move start point</source>
        <translation>move start point</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="43"/>
        <source>change standardisation</source>
        <translation>change standardisation</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="44"/>
        <source>change learning rate</source>
        <translation>change learning rate</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="45"/>
        <source>change sampling</source>
        <translation>change sampling</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="46"/>
        <source>change schedule</source>
        <translation>change schedule</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="47"/>
        <source>change error function</source>
        <translation>change error function</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="48"/>
        <source>change optimizers</source>
        <translation>change optimizers</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="49"/>
        <source>race the sampling modes</source>
        <translation>race the sampling modes</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="50"/>
        <source>show or hide a layer</source>
        <translation>show or hide a layer</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="65"/>
        <source>move point {number}</source>
        <translation>move point {number}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="67"/>
        <source>change {optimizer} settings</source>
        <translation>change {optimizer} settings</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="140"/>
        <source>Undo the last edit of the data or the settings</source>
        <translation>Undo the last edit of the data or the settings</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="141"/>
        <source>Redo the edit just undone</source>
        <translation>Redo the edit just undone</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="147"/>
        <source>Undo {edit}</source>
        <translation>Undo {edit}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="147"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="148"/>
        <source>Redo {edit}</source>
        <translation>Redo {edit}</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/document/undo.py" line="148"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>ValleyAxes</name>
    <message>
        <location filename="../../gdstudio/ui/panels/valley_axes.py" line="50"/>
        <source>The valley&apos;s long axis: the Hessian&apos;s eigenvector of the smallest curvature λmin. Gradient descent crawls along it.</source>
        <translation>The valley&apos;s long axis: the Hessian&apos;s eigenvector of the smallest curvature λmin. Gradient descent crawls along it.</translation>
    </message>
    <message>
        <location filename="../../gdstudio/ui/panels/valley_axes.py" line="52"/>
        <source>Across the valley: the eigenvector of the largest curvature λmax. Here η ≥ 2/λmax overshoots and diverges.</source>
        <translation>Across the valley: the eigenvector of the largest curvature λmax. Here η ≥ 2/λmax overshoots and diverges.</translation>
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
