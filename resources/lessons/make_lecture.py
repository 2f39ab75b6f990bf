"""Writes lecture.json beside this script: the built-in lecture, the nine parts of the
gradient-descent lecture (勾配降下法) as scenes, in English and Japanese.

    python resources/lessons/make_lecture.py

The texts are written here (in the lecture's own words; the Japanese uses the deck's terms);
lecture.json is what the app reads, and an example of the lesson format for teachers who
write their own. tests/core/test_lesson.py checks that the shipped file equals this output.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from gdstudio.assets import default_dataset  # noqa: E402
from gdstudio.core.document import Document  # noqa: E402
from gdstudio.core.lesson import lesson_from_object, lesson_to_json  # noqa: E402
from gdstudio.core.session import Session, session_to_object  # noqa: E402


def text(en: str, ja: str) -> dict[str, str]:
    return {"en": en, "ja": ja}


def state(speed: float = 20.0, **changes) -> dict:
    """A scene's state: the lecture's data set, with `changes` to the default document."""
    return session_to_object(Session.from_document(Document(default_dataset(), **changes), speed=speed))


PLAY_SPEED = 60.0  # steps per second where a scene plays: ≈ 500 steps to the minimum in about 8 s


SCENES = [
    {
        "title": text("Predicting with a line", "直線で予測する"),
        "caption": text("We want to predict an output from an input. Our model is a line: f_w(x) = w0 + w1·x, "
                        "with intercept w0 and slope w1.",
                        "入力から出力を予測したい。モデルは直線 f_w(x) = w0 + w1·x（切片 w0、傾き w1）。"),
        "notes": text("Each point is one advertising campaign: spend x (¥100k) and clicks y (×1000). The line is "
                      "our model; w0 and w1 are its parameters. Clicking in the data panel adds a campaign.",
                      "点は一つひとつが広告キャンペーン: 広告費 x（10 万円）とクリック数 y（1000 回）。直線がモデルで、"
                      "w0 と w1 がそのパラメータ。データパネルをクリックするとキャンペーンが増える。"),
        "tab": "values",
        "beats": [
            {"do": "say", "say": text("Each point is one campaign: spend x, clicks y.",
                                      "点の一つひとつがキャンペーン: 広告費 x とクリック数 y。")},
            {"do": "say", "say": text("Which line predicts best? That is decided by w0 and w1.",
                                      "どの直線がいちばんよく予測するか。それを決めるのが w0 と w1。")},
        ],
    },
    {
        "title": text("By hand, or by a program", "手で決めるか、プログラムに探させるか"),
        "caption": text("Two ways to get w0 and w1: pick them ourselves, or write a program that finds them.",
                        "w0 と w1 の決め方は二つ: 自分で選ぶか、見つけてくれるプログラムを書くか。"),
        "notes": text("Drag the point w in parameter space (or the line itself): the error E changes as you go, "
                      "and every try stays, dashed, as the attempt by hand (its E in the loss panel, its path in "
                      "parameter space). By hand it is guesswork and does not scale to many parameters. Then let "
                      "gradient descent do it: its curve goes below the best E found by hand.",
                      "パラメータ空間の点 w（または直線）をドラッグすると誤差 E が変わり、試した w は破線で残る"
                      "（誤差の推移に E、パラメータ空間に軌跡）。手で選ぶのは当て推量で、パラメータが増えると無理。"
                      "そこで勾配降下法に任せる: その曲線は手で見つけた最良の E より下がる。"),
        "tab": "values",
        "beats": [
            {"do": "say", "say": text("By hand: drag the point w in parameter space and watch E.",
                                      "手で: パラメータ空間の点 w をドラッグして E を見る。")},
            {"do": "play", "say": text("By a program: gradient descent finds w by itself.",
                                       "プログラムで: 勾配降下法が w を自分で見つける。")},
        ],
    },
    {
        "title": text("Data space and parameter space", "データ空間とパラメータ空間"),
        "caption": text("In data space the parameters are fixed: one w is one line. In parameter space the data are "
                        "fixed: they define the surface E(w).",
                        "データ空間ではパラメータを固定: 一つの w が一本の直線。パラメータ空間ではデータを固定: "
                        "データが曲面 E(w) を決める。"),
        "notes": text("One point in parameter space is one line in data space, and back. Hover over the parameter "
                      "space: the data panel previews that w's line. Each data point, seen from parameter space, "
                      "is a line of its own.",
                      "パラメータ空間の一点はデータ空間の一本の直線、その逆も。パラメータ空間にマウスを置くと、"
                      "その w の直線がデータパネルに出る。データの各点は、パラメータ空間では一本の直線になる。"),
        "tab": "values",
        "beats": [
            {"do": "say", "say": text("Hover over parameter space: each w is a line in data space.",
                                      "パラメータ空間にマウスを置く: 各 w がデータ空間の直線になる。")},
            {"do": "reveal", "layer": "constraint_lines",
             "say": text("Each data point is the line w0 + w1·xᵢ = yᵢ in parameter space.",
                         "データの各点は、パラメータ空間では直線 w0 + w1·xᵢ = yᵢ。")},
            {"do": "hide", "layer": "constraint_lines"},
        ],
    },
    {
        "title": text("The error function", "誤差関数"),
        "caption": text("The target: the w where the summed error between the right answers and the predictions is "
                        "smallest. That sum is the error function E(w) = ½ Σ (yᵢ − f_w(xᵢ))².",
                        "目標: 正解と予測の誤差の総和が最小になる w。その和が誤差関数 E(w) = ½ Σ (yᵢ − f_w(xᵢ))²。"),
        "notes": text("The residuals are the vertical gaps between the points and the line. Squared, they are "
                      "squares: E is half their total area. The colour map and the contours of parameter space "
                      "are E at every w.",
                      "残差は点と直線の縦のずれ。二乗すると正方形になり、E はその面積の合計の半分。パラメータ空間の"
                      "色と等高線は、あらゆる w での E。"),
        "tab": "values",
        "beats": [
            {"do": "reveal", "layer": "squared_residuals",
             "say": text("Squared residuals: E is half their total area.",
                         "二乗残差: E はその面積の合計の半分。")},
            {"do": "predict", "question": "minimum",
             "say": text("Where is the minimum of E? Click the class's guess in parameter space.",
                         "E が最小になるのはどこ？ 教室の予想をパラメータ空間でクリック。")},
        ],
    },
    {
        "title": text("Brute force: grid search", "総当たり: グリッドサーチ"),
        "caption": text("Try every combination: w0 and w1 each from 0 to 3 in 100 divisions, "
                        "10,000 grid intersections.",
                        "すべての組み合わせを試す: w0, w1 をそれぞれ 0〜3 で 100 分割、交点は 10,000 個。"),
        "notes": text("It works: the best cell is close to the minimum. But it costs grid intersections × "
                      "data points × parameters, and we do not know the range or the number of divisions in advance.",
                      "うまくいく: 最良の格子点は最小値に近い。しかし計算量は 交点数 × データ数 × パラメータ数 で、"
                      "範囲も分割数も事前には分からない。"),
        "tab": "grid",
        "beats": [
            {"do": "grid", "say": text("Cost: grid intersections × data points × parameters.",
                                       "計算量: 交点数 × データ数 × パラメータ数。")},
            {"do": "say", "say": text("The range and the divisions are unknown in advance. Is there a more "
                                      "accurate, more efficient way?",
                                      "範囲も分割数も事前には分からない。もっと正確で効率のよい方法はないか？")},
        ],
    },
    {
        "title": text("The derivative", "微分"),
        "caption": text("A point alone has no direction. If the function is continuous, its rate of change around "
                        "the point tells which way the error decreases: the derivative.",
                        "点だけでは方向が分からない。関数が連続なら、その点のまわりの変化の割合から誤差が減る"
                        "方向が分かる: 微分。"),
        "notes": text("The derivative at a point (微分係数) is the limit of the average rate of change (平均変化率) "
                      "around it: the slope of the tangent. The derivative function (導関数) gives it at every "
                      "point. Its sign is the direction in which E grows; its size, how fast.",
                      "微分係数は、その点のまわりの平均変化率の極限: 接線の傾き。導関数は、それをあらゆる点で与える"
                      "関数。符号は E が増える向き、大きさはその速さ。"),
        "tab": "slices",
        "beats": [
            {"do": "say", "say": text("The derivative at a point is the slope of the tangent there.",
                                      "微分係数は、その点での接線の傾き。")},
            {"do": "step", "count": 1, "say": text("One step: the tangents move with w.",
                                                   "一歩進むと、接線も w とともに動く。")},
            {"do": "say", "say": text("The derivative function gives that slope at every w.",
                                      "導関数は、あらゆる w でその傾きを与える。")},
        ],
    },
    {
        "title": text("Partial derivatives and the gradient", "偏微分と勾配"),
        "caption": text("Fix every parameter but one and differentiate: ∂E/∂w0 along w0, ∂E/∂w1 along w1. "
                        "The vector of the partial derivatives is the gradient ∇E.",
                        "一つ以外のパラメータを固定して微分する（偏微分）: w0 方向に ∂E/∂w0、w1 方向に ∂E/∂w1。"
                        "偏微分を並べたベクトルが勾配 ∇E。"),
        "notes": text("The two slices are E along w0 and along w1 through the current w, each with its tangent. "
                      "The gradient points uphill, the way E rises fastest; its length is how steep.",
                      "二つのスライスは、現在の w を通る w0 方向と w1 方向の E とその接線。勾配は E が最も速く増える"
                      "上り坂を指し、その長さが傾きの急さ。"),
        "tab": "slices",
        "beats": [
            {"do": "predict", "question": "gradient",
             "say": text("Which way does the gradient point from w? Click where its arrow points.",
                         "w から勾配はどちらを向く？ 矢印の向く先をクリック。")},
            {"do": "reveal", "layer": "gradient_field",
             "say": text("Everywhere: −∇E, the way down.", "すべての点で −∇E: 下り坂の向き。")},
        ],
    },
    {
        "title": text("Descent: the update rule", "勾配降下法: 更新式"),
        "caption": text("Go against the gradient: w ← w − η∇E(w). By the chain rule, ∂E/∂w0 = Σ (f_w(xᵢ) − yᵢ)·1 "
                        "and ∂E/∂w1 = Σ (f_w(xᵢ) − yᵢ)·xᵢ.",
                        "勾配と逆向きに進む: w ← w − η∇E(w)。合成関数の微分により ∂E/∂w0 = Σ (f_w(xᵢ) − yᵢ)·1、"
                        "∂E/∂w1 = Σ (f_w(xᵢ) − yᵢ)·xᵢ。"),
        "notes": text("The error depends on f_w, and f_w(x) depends on w: the derivative of the composite is the "
                      "product of the parts' derivatives. η, the learning rate, is the step's size. The chain-rule "
                      "table gives each point's two factors and their sums; its page switch shows the update rule.",
                      "誤差は f_w に、f_w(x) は w に依存する: 合成関数の微分は各部分の微分の積。η（学習率）は一歩の"
                      "大きさ。合成関数の微分の表が各点の 2 つの因子とその和を示す。切り替えると更新式。"),
        "tab": "chain",
        "beats": [
            {"do": "predict", "question": "next_step",
             "say": text("Where will the next step land? Click the class's guess.",
                         "次の一歩はどこに着く？ 教室の予想をクリック。")},
            {"do": "step", "count": 1, "say": text("Each step: w ← w − η∇E(w), with its numbers.",
                                                   "一歩ずつ: w ← w − η∇E(w) を数値で。")},
            {"do": "play", "say": text("Play: the path runs down to the minimum; the error curve falls.",
                                       "再生: 経路が最小値へ下り、誤差の曲線が下がる。")},
        ],
    },
    {
        "title": text("Steepest, mini-batch and stochastic descent",
                      "最急降下法・ミニバッチ・確率的勾配降下法"),
        "caption": text("Using all the data every step is steepest descent: slow on big data. Mini-batches of "
                        "100–1000 random samples are common; one sample per step is stochastic gradient descent.",
                        "毎回すべてのデータで計算するのが最急降下法: 大きなデータでは非効率。ふつうはランダムな "
                        "100〜1000 件のミニバッチ勾配降下法、1 件ずつなら確率的勾配降下法。"),
        "notes": text("The points used in each step are highlighted in the data panel. With fewer points per step, "
                      "each step is cheaper but noisier: the path wanders around the minimum.",
                      "各ステップで使う点がデータパネルで強調される。一歩に使う点が少ないほど一歩は安いが、ぶれる: "
                      "経路は最小値のまわりをさまよう。"),
        "tab": "values",
        "beats": [
            {"do": "step", "count": 20, "say": text("Steepest descent: every point in every step.",
                                                    "最急降下法: 毎ステップすべての点を使う。")},
            {"do": "set", "sampling": "minibatch", "batch_size": 4,
             "say": text("Mini-batch: 4 random points per step (highlighted).",
                         "ミニバッチ: 毎ステップ、ランダムな 4 点（強調表示）。")},
            {"do": "step", "count": 20},
            {"do": "set", "sampling": "sgd",
             "say": text("Stochastic gradient descent: one point per step, a noisier path.",
                         "確率的勾配降下法: 1 ステップ 1 点、経路はさらにぶれる。")},
            {"do": "step", "count": 20},
            {"do": "set", "sampling": "race", "batch_size": 4,
             "say": text("A race from the same start at equal work: while batch takes one step, mini-batch takes "
                         "N/K and SGD N (the error curve counts the data points used).",
                         "同じ初期値から、同じ仕事量で競争: バッチが 1 歩進む間に、ミニバッチは N/K 歩、SGD は N 歩"
                         "（誤差の推移の横軸は使ったデータ点の数）。")},
            {"do": "step", "count": 10},
        ],
    },
]


def lecture() -> dict:
    scenes = [dict(scene, state=state(PLAY_SPEED if any(b["do"] == "play" for b in scene["beats"]) else 20.0))
              for scene in SCENES]
    return {"format": "gdstudio-lesson", "schema_version": 1,
            "title": text("Gradient descent", "勾配降下法"), "scenes": scenes}


def lecture_json() -> str:
    return lesson_to_json(lesson_from_object(lecture(), "the built-in lecture"))


if __name__ == "__main__":
    (HERE / "lecture.json").write_text(lecture_json(), encoding="utf-8")
