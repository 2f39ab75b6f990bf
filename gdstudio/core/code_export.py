"""The program that finds w: a short numpy program doing exactly what the app does for one Document.

`program_for(document, steps)` writes it the way the lecture writes it — the model f_w, the
error E, the two partial derivatives, the update w ← w − η∇E — with only what *this* document
needs: plain gradient descent over every point is about forty lines; mini-batches add their
drawing, Adam its two moments, a schedule its η_t. Run with `python FILE.py` it prints the
same CSV as `gdstudio --export-trajectory` (step,w0,w1,loss,grad_w0,grad_w1, from step 0,
the finite states only), to 1e-9: the app's error and gradient come from the data's centred
sums, the program's are summed point by point as on the slides, so the last digits may differ.

It imports only numpy and the standard library and holds its data; a larger set (more than
INLINE_POINTS points) goes into a CSV beside it, which `program_files` returns with it.
"""

from __future__ import annotations

import textwrap
from dataclasses import replace
from pathlib import Path

from gdstudio import __version__
from gdstudio.core.atomic import atomic_write_text
from gdstudio.core.csvio import DataFileError, header_names, points_csv
from gdstudio.core.document import Document, Fit
from gdstudio.core.model import LossForm
from gdstudio.core.optimizers import SGD, Adagrad, Adam, RMSprop
from gdstudio.core.sampling import Sampler, Sampling
from gdstudio.core.schedules import ScheduleKind
from gdstudio.core.standardize import Standardize

INLINE_POINTS = 2000  # more points than this: the data goes into a CSV beside the program
DEFAULT_NAME = "gradient_descent.py"
DEFAULT_STEPS = 100  # before the first step, the program shows this many (as --export-code does)
WIDTH = 72  # the data and the docstring are wrapped here (a few code lines are a little longer)


def program_steps(steps_taken: int) -> int:
    """The steps the window's program runs: the steps taken so far, or DEFAULT_STEPS before the first."""
    return steps_taken if steps_taken > 0 else DEFAULT_STEPS


def data_file_name(program: str | Path) -> str:
    """The CSV beside a program FILE.py for a large data set: FILE_data.csv."""
    return f"{Path(program).stem}_data.csv"


def program_files(document: Document, steps: int, path: str | Path) -> dict[Path, str]:
    """What to write for a program at `path`: the program, and the data's CSV beside it when
    the data set is too large to hold inline."""
    path = Path(path)
    files = {path: program_for(document, steps, path.name)}
    if len(document.data) > INLINE_POINTS:
        files[path.with_name(data_file_name(path))] = points_csv(document.data)
    return files


def program_for(document: Document, steps: int, name: str = DEFAULT_NAME) -> str:
    """The numpy program of `document`'s first run for `steps` steps (`name`: its file name,
    which names the CSV beside it for a large data set)."""
    if steps < 0:
        raise ValueError(f"steps must be 0 or more, not {steps}")
    if not len(document.data):  # nothing to fit: the start, and no step (E = 0, ∇E = 0 in every form)
        document = replace(document, loss_form=LossForm.SUM, standardize=Standardize.OFF, sampler=Sampler(),
                           sampling_race=())
        steps = 0
    return _Writer(document, steps, name).program()


def _num(value: float) -> str:
    return repr(float(value))


def _wrapped(values: list[float], indent: str = "    ") -> list[str]:
    """Numbers as the lines inside `np.array([...])`, each at most WIDTH long."""
    lines: list[str] = []
    line = indent
    for text in (f"{_num(v)}," for v in values):
        if len(line) + len(text) + 1 > WIDTH and line.strip():
            lines.append(line.rstrip())
            line = indent
        line += text + " "
    if line.strip():
        lines.append(line.rstrip())
    return lines


class _Writer:
    """Builds the program for one document, section by section."""

    def __init__(self, document: Document, steps: int, name: str) -> None:
        self.doc = document
        self.steps = steps
        self.name = name
        self.n = len(document.data)
        self.optimizer = document.optimizer(document.optimizers[0])
        self.key = document.optimizers[0]
        self.sampler = document.run_sampler(0)
        self.schedule = document.schedule
        self.mean = document.loss_form is LossForm.MEAN
        self.batch = self.sampler.mode is Sampling.BATCH
        self.inline = self.n <= INLINE_POINTS
        self.lr_name = "eta" if self.schedule.kind is ScheduleKind.CONSTANT else "eta_t"
        self.g_name = "g" if self.batch else "g_B"

    # ------------------------------------------------------------------ the whole
    def program(self) -> str:
        parts = [self.data(), self.model(), self.settings(), self.loop()]
        return f"{self.docstring()}\n\n{self.imports()}\n\n" + "\n\n\n".join(parts) + "\n"

    def docstring(self) -> str:
        d = self.doc
        form = "the mean form of E (divided by N)" if self.mean else "E summed over the points"
        scaled = {Standardize.OFF: "raw x", Standardize.X: "standardised x",
                  Standardize.XY: "standardised x and y"}[d.standardize]
        where = "" if self.inline else f"; the data in {data_file_name(self.name)}, beside it"
        settings = (f"Written by gdstudio {__version__} for these settings: {self.optimizer_words()}, "
                    f"{self.sampling_words()}, η {self.schedule_words()}, {form}, {scaled}{where}.")
        if len(d.optimizers) > 1:
            settings += f" (The first optimizer of the race: {self.key}.)"
        elif d.sampling_race:
            settings += f" (The first run of the race of samplings: {self.sampler.mode.value}.)"
        run = (f"`python {self.name}` prints the steps as CSV (step,w0,w1,loss,grad_w0,grad_w1; loss = E(w) and "
               "grad = ∇E(w) over every point), the same rows as `gdstudio --export-trajectory`. "
               "It needs numpy only.")
        lines = ['"""The program that finds w: gradient descent for f_w(x) = w0 + w1·x.', "",
                 *textwrap.wrap(settings, WIDTH, break_on_hyphens=False), "",
                 *textwrap.wrap(run, WIDTH, break_on_hyphens=False), '"""']
        return "\n".join(lines)

    def schedule_words(self) -> str:
        s = self.schedule
        return {
            ScheduleKind.CONSTANT: "constant",
            ScheduleKind.STEP: f"× {s.gamma:g} every {s.step_size} steps",
            ScheduleKind.EXPONENTIAL: f"× {s.gamma:g} per step",
            ScheduleKind.COSINE: f"down to {s.eta_min:g} in {s.t_max} steps (cosine)",
        }[s.kind]

    def sampling_words(self) -> str:
        mode = self.sampler.mode
        if mode is Sampling.BATCH:
            return "every point in every step (batch: steepest descent)"
        what = "one random point per step" if mode is Sampling.SGD else f"mini-batches of {self.sampler.size(self.n)}"
        return f"{what} (shuffled each epoch, seed {self.sampler.seed})"

    def optimizer_words(self) -> str:
        names = {"gd": "gradient descent", "momentum": "momentum", "nesterov": "Nesterov momentum",
                 "adagrad": "AdaGrad", "rmsprop": "RMSProp", "adam": "Adam"}
        return names[self.key] + ("" if self.key == "gd" else " (as torch.optim)")

    def imports(self) -> str:
        std = ["import sys"]
        if self.schedule.kind is ScheduleKind.COSINE:
            std.insert(0, "import math")
        if not self.inline:
            std.append("from pathlib import Path")
        return "\n".join(std) + "\n\nimport numpy as np"

    # ------------------------------------------------------------------ the data
    def data(self) -> str:
        data = self.doc.data
        x_name, y_name = header_names(data) if self.n else ("x", "y")
        lines = [f"# The data: {self.n:,} points (xᵢ, yᵢ)", f"#   x: {x_name}", f"#   y: {y_name}"]
        if self.inline:
            for symbol, values in (("x", data.x), ("y", data.y)):
                lines += [f"{symbol} = np.array([", *_wrapped(values.tolist()), "])"]
        else:
            csv_name = data_file_name(self.name)
            lines += [f'data_file = Path(__file__).with_name("{csv_name}")',
                      "# (gdstudio's File → Export program… and --export-code write it",
                      "# beside this file: a row naming the columns, then x,y a line)",
                      'points = np.loadtxt(data_file, delimiter=",", skiprows=1, ndmin=2,',
                      '                    encoding="utf-8-sig")',
                      "x, y = points[:, 0], points[:, 1]"]
        lines.append("N = len(x)")
        standardise = self.standardising()
        if standardise:
            lines += ["", *standardise]
        return "\n".join(lines)

    def standardising(self) -> list[str]:
        mode = self.doc.standardize
        if mode is Standardize.OFF:
            return []
        scaling = Fit.of(self.doc).scaling
        lines = ["# Standardise x: fit on (x − x̄)/σx; the error surface is round."
                 if mode is Standardize.X else
                 "# Standardise x and y: fit on (x − x̄)/σx and (y − ȳ)/σy;",
                 "# the error surface is round."][: 1 if mode is Standardize.X else 2]
        lines.append("# w is then in these units; the same line in the data's units is")
        lines.append("#   w1 = w1′/σx,  w0 = w0′ − w1·x̄" if mode is Standardize.X else
                     "#   w1 = σy·w1′/σx,  w0 = ȳ + σy·w0′ − w1·x̄")
        for symbol, std in (("x", scaling.x_std), ("y", scaling.y_std))[: 1 if mode is Standardize.X else 2]:
            if std == 1.0 and not float(getattr(self.doc.data, symbol).std()) > 1e-300:
                lines.append(f"{symbol}_mean, {symbol}_std = {symbol}.mean(), 1.0"
                             f"  # every {symbol} is the same: only centre")
            else:
                lines.append(f"{symbol}_mean, {symbol}_std = {symbol}.mean(), {symbol}.std()")
            lines.append(f"{symbol} = ({symbol} - {symbol}_mean) / {symbol}_std")
        return lines

    # ------------------------------------------------------------------ the model
    def model(self) -> str:
        over = "/ len(x)" if self.mean else ""
        e_formula = "E(w) = ½ Σᵢ (yᵢ − f_w(xᵢ))²" + (" / N" if self.mean else "")
        d0 = "∂E/∂w0 = Σᵢ (f_w(xᵢ) − yᵢ)" + (" / N" if self.mean else "")
        d1 = "∂E/∂w1 = Σᵢ (f_w(xᵢ) − yᵢ)·xᵢ" + (" / N" if self.mean else "")
        sums = "summed over the points given: all of them, or a batch B"
        lines = [
            "def f(w, x):",
            '    """The model: f_w(x) = w0 + w1·x."""',
            "    return w[0] + w[1] * x",
            "",
            "",
            "def E(w, x, y):",
            f'    """The error function (誤差関数): {e_formula}."""',
            "    r = y - f(w, x)  # the residuals",
            f"    return 0.5 * np.sum(r * r){' ' + over if over else ''}",
            "",
            "",
            "def grad_E(w, x, y):",
            '    """The gradient (勾配) ∇E(w): the two partial derivatives (偏微分)',
            f"    {d0}",
            f"    {d1}",
            f'    ({sums if not self.batch else "by the chain rule: E depends on f_w, f_w on w"})."""',
            "    d = f(w, x) - y",
            f"    return np.array([np.sum(d), np.sum(d * x)]){' ' + over if over else ''}",
        ]
        return "\n".join(lines)

    # ------------------------------------------------------------------ settings
    def settings(self) -> str:
        d = self.doc
        lines = [
            f"eta = {_num(d.lr)}  # the learning rate η (学習率)",
            *self.schedule_settings(),
            f"steps = {self.steps}  # how many updates",
            f"w = np.array([{_num(d.start[0])}, {_num(d.start[1])}])  # the start (w0, w1)",
            *self.sampling_settings(),
            *self.optimizer_settings(),
        ]
        return "\n".join(lines)

    def schedule_settings(self) -> list[str]:
        s = self.schedule
        if s.kind is ScheduleKind.STEP:
            return [f"gamma, step_size = {_num(s.gamma)}, {s.step_size}  # η × γ every step_size steps"]
        if s.kind is ScheduleKind.EXPONENTIAL:
            return [f"gamma = {_num(s.gamma)}  # η × γ after every step"]
        if s.kind is ScheduleKind.COSINE:
            return [f"eta_min, t_max = {_num(s.eta_min)}, {s.t_max}  # η down to η_min in t_max steps"]
        return []

    def schedule_lines(self) -> list[str]:
        s = self.schedule
        if s.kind is ScheduleKind.STEP:
            return ["eta_t = eta * gamma ** (t // step_size)  # the schedule: η_t"]
        if s.kind is ScheduleKind.EXPONENTIAL:
            return ["eta_t = eta * gamma**t  # the schedule: η_t = η·γ^t"]
        if s.kind is ScheduleKind.COSINE:
            return ["eta_t = eta_min  # the schedule: η_t, cosine, then η_min",
                    "if t < t_max:",
                    "    cos_t = math.cos(math.pi * t / t_max)",
                    "    eta_t += (eta - eta_min) * (1 + cos_t) / 2"]
        return []

    def sampling_settings(self) -> list[str]:
        if self.batch:
            return []
        k = self.sampler.size(self.n)
        sgd = self.sampler.mode is Sampling.SGD
        what = "one point per step: SGD (確率的勾配降下法)" if sgd else \
            "points per mini-batch (ミニバッチ)"
        if not sgd and k < self.sampler.batch_size:
            what += f" (K = {self.sampler.batch_size} is more than N)"
        return [f"K = {k}  # {what}",
                f"seed = {self.sampler.seed}  # the shuffling's seed: the same batches every run",
                "batches_per_epoch = -(-N // K)  # ⌈N/K⌉ (the last may be smaller)"]

    def sampling_lines(self) -> list[str]:
        if self.batch:
            return []
        return ["# The batch B: each epoch shuffles the points once, then walks",
                "# through them K at a time (no point twice in an epoch).",
                "epoch, slot = divmod(t, batches_per_epoch)",
                "if slot == 0:",
                "    rng = np.random.default_rng([seed, epoch])",
                "    order = rng.permutation(N)",
                "B = order[slot * K:(slot + 1) * K]",
                "g_B = grad_E(w, x[B], y[B])  # the gradient over B only"]

    def optimizer_settings(self) -> list[str]:
        opt = self.optimizer
        lines = []
        if isinstance(opt, SGD):
            if opt.momentum:
                lines.append(f"mu = {_num(opt.momentum)}  # the momentum μ")
                if opt.dampening:
                    lines.append(f"tau = {_num(opt.dampening)}  # the dampening τ")
                lines.append("v = np.zeros(2)  # the velocity")
        elif isinstance(opt, Adagrad):
            if opt.lr_decay:
                lines.append(f"lr_decay = {_num(opt.lr_decay)}  # η / (1 + t·lr_decay)")
            lines.append(f"eps = {_num(opt.eps)}  # ε keeps the division finite")
            start = "np.zeros(2)" if not opt.initial_accumulator_value else \
                f"np.full(2, {_num(opt.initial_accumulator_value)})"
            lines.append(f"s = {start}  # Σ g²: each coordinate's squared gradients, summed")
        elif isinstance(opt, RMSprop):
            lines.append(f"alpha = {_num(opt.alpha)}  # how slowly the mean of g² forgets")
            lines.append(f"eps = {_num(opt.eps)}  # ε keeps the division finite")
            if opt.momentum > 0:
                lines.append(f"mu = {_num(opt.momentum)}  # the momentum μ")
            lines.append("v = np.zeros(2)  # the running mean of g²")
            if opt.centered:
                lines.append("g_mean = np.zeros(2)  # the running mean of g (centred)")
            if opt.momentum > 0:
                lines.append("b = np.zeros(2)  # the momentum buffer")
        elif isinstance(opt, Adam):
            lines.append(f"beta1, beta2 = {_num(opt.betas[0])}, {_num(opt.betas[1])}  # the moments' decay rates")
            lines.append(f"eps = {_num(opt.eps)}  # ε keeps the division finite")
            lines.append("m = np.zeros(2)  # the first moment: a running mean of g")
            lines.append("v = np.zeros(2)  # the second moment: a running mean of g²")
            if opt.amsgrad:
                lines.append("v_max = np.zeros(2)  # AMSGrad: the largest v so far")
        decay = getattr(opt, "weight_decay", 0.0)
        if decay:
            lines.append(f"weight_decay = {_num(decay)}  # λ: ½λ|w|² added to E, λ·w to g")
        return lines

    def update_lines(self) -> list[str]:
        """The optimizer's rule, on the gradient `g_name` with the learning rate `lr_name`."""
        opt, g, lr = self.optimizer, self.g_name, self.lr_name
        lines = []
        if getattr(opt, "weight_decay", 0.0):
            lines.append(f"{g} = {g} + weight_decay * w")
        if isinstance(opt, SGD):
            if not opt.momentum:
                lines += ["# The update (更新式): w ← w − η∇E(w)", f"w = w - {lr} * {g}"]
                return lines
            damp = "(1 - tau) * " if opt.dampening else ""
            if opt.nesterov:
                lines += ["# Nesterov: v ← μ·v + g (v = g at first); w ← w − η·(g + μ·v)",
                          f"v = {g} if t == 0 else mu * v + {damp}{g}",
                          f"w = w - {lr} * ({g} + mu * v)"]
            else:
                lines += ["# Momentum: v ← μ·v + g (v = g at first); w ← w − η·v",
                          f"v = {g} if t == 0 else mu * v + {damp}{g}",
                          f"w = w - {lr} * v"]
        elif isinstance(opt, Adagrad):
            lines.append("# AdaGrad: s ← s + g²;  w ← w − η·g / (√s + ε), per coordinate")
            if opt.lr_decay:
                lines.append(f"eta_a = {lr} / (1 + t * lr_decay)")
                lr = "eta_a"
            lines += [f"s = s + {g} * {g}", f"w = w - {lr} * ({g} / (np.sqrt(s) + eps))"]
        elif isinstance(opt, RMSprop):
            lines.append("# RMSProp: v ← α·v + (1−α)·g²;  w ← w − η·g / (√v + ε)")
            if opt.centered:
                lines.append("# (centred: v − ḡ² under the root, ḡ the running mean of g)")
            if opt.momentum > 0:
                lines.append("# (with momentum: b ← μ·b + g / (√v + ε);  w ← w − η·b)")
            lines.append(f"v = alpha * v + (1 - alpha) * ({g} * {g})")
            root = "np.sqrt(v)"
            if opt.centered:
                lines.append(f"g_mean = alpha * g_mean + (1 - alpha) * {g}")
                root = "np.sqrt(v - g_mean * g_mean)"
            if opt.momentum > 0:
                lines += [f"b = mu * b + {g} / ({root} + eps)", f"w = w - {lr} * b"]
            else:
                lines.append(f"w = w - {lr} * ({g} / ({root} + eps))")
        elif isinstance(opt, Adam):
            lines += ["# Adam: running means of g and g², corrected for their zero start",
                      f"m = beta1 * m + (1 - beta1) * {g}",
                      f"v = beta2 * v + (1 - beta2) * ({g} * {g})"]
            v = "v"
            if opt.amsgrad:
                lines.append("v_max = np.maximum(v_max, v)")
                v = "v_max"
            lines += ["m_hat = m / (1 - beta1 ** (t + 1))  # t + 1: this step's number",
                      f"v_hat = {v} / (1 - beta2 ** (t + 1))",
                      f"w = w - {lr} * (m_hat / (np.sqrt(v_hat) + eps))"]
        return lines

    # ------------------------------------------------------------------ the loop
    def loop(self) -> str:
        head = [
            "def print_row(step, w, loss, g):",
            '    """One line of the CSV: step, w0, w1, E(w), ∂E/∂w0, ∂E/∂w1."""',
            "    values = [w[0], w[1], loss, g[0], g[1]]",
            '    print(step, *(repr(float(v)) for v in values), sep=",")',
            "",
            "",
            "# Gradient descent (勾配降下法)",
            "# Past this error the run is diverging (η too large): stop there.",
            "limit = 1e8 * max(E(np.zeros(2), x, y), 1.0)",
            "loss, g = E(w, x, y), grad_E(w, x, y)",
            'print("step,w0,w1,loss,grad_w0,grad_w1")',
            "print_row(0, w, loss, g)",
            "for t in range(steps):  # t: the steps taken so far",
        ]
        body = [*self.schedule_lines(), *self.sampling_lines(), *self.update_lines(),
                "# E and ∇E at the new w, over every point",
                "loss, g = E(w, x, y), grad_E(w, x, y)",
                "finite = np.isfinite(w).all() and np.isfinite(g).all()",
                "if not (finite and loss <= limit):",
                '    print(f"diverged at step {t + 1}", file=sys.stderr)',
                "    break",
                "print_row(t + 1, w, loss, g)"]
        return "\n".join(head + ["    " + line if line else "" for line in body])


def write_program(document: Document, steps: int, path: str | Path) -> list[Path]:
    """Write the program (and the data's CSV beside it, for a large set) atomically; returns the
    files written. Every problem becomes a DataFileError naming the file."""
    written = []
    files = program_files(document, steps, path)
    for target in sorted(files, key=lambda p: p.suffix != ".csv"):  # the data first, then the program using it
        try:
            atomic_write_text(target, files[target])
        except (OSError, ValueError) as exc:  # (ValueError: a path no file can have, e.g. with a NUL in it)
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            raise DataFileError(f"{target}: cannot be written ({reason}).") from exc
        written.append(target)
    return written
