"""Command-line options. Bad values end with a clear message and exit code 2 (argparse's)."""

from __future__ import annotations

import argparse
import math
import re
import sys

from gdstudio.core.dataset import DataSet
from gdstudio.core.document import Document, freeze_params
from gdstudio.core.limits import MAX_LR, MAX_START, MIN_LR, outside
from gdstudio.core.model import LossForm
from gdstudio.core.optimizers import OPTIMIZERS
from gdstudio.core.sampling import Sampler, Sampling
from gdstudio.core.schedules import Schedule, ScheduleKind
from gdstudio.core.standardize import Standardize

MAX_STEPS = 10_000_000


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(f"'{text}' must be a positive finite number")
    return value


def _learning_rate(text: str) -> float:
    value = _positive_float(text)
    if not MIN_LR <= value <= MAX_LR:
        raise argparse.ArgumentTypeError(f"'{text}' must lie between {MIN_LR:g} and {MAX_LR:g}")
    return value


def _start(text: str) -> tuple[float, float]:
    parts = text.split(",")
    try:
        w0, w1 = (float(p) for p in parts)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not two numbers W0,W1 (e.g. 2.5,0.3)") from None
    if not (math.isfinite(w0) and math.isfinite(w1)):
        raise argparse.ArgumentTypeError(f"'{text}' must be finite numbers")
    if outside([w0, w1], MAX_START):
        raise argparse.ArgumentTypeError(f"'{text}' is outside the range gdstudio computes exactly "
                                         f"(|w0|, |w1| ≤ {MAX_START:.0e})")
    return w0, w1


def _whole(lo: int, hi: int, what: str):
    """An argparse type: a whole number in [lo, hi], else a message that says so."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
        if not lo <= value <= hi:
            raise argparse.ArgumentTypeError(what)
        return value
    return parse


_steps = _whole(0, MAX_STEPS, f"must be between 0 and {MAX_STEPS:,}")
_batch_size = _whole(1, 10**9, "the mini-batch size must be at least 1")
_seed = _whole(0, 2**31 - 1, "the seed must be between 0 and 2147483647")


def _any_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"'{text}' must be a finite number")
    return value


def _race(text: str) -> tuple[str, ...]:
    names = tuple(n.strip().lower() for n in text.split(",") if n.strip())
    unknown = [n for n in names if n not in OPTIMIZERS]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown optimizer '{unknown[0]}': choose from {', '.join(OPTIMIZERS)}")
    if not 1 <= len(set(names)) <= 4:
        raise argparse.ArgumentTypeError("a race has one to four different optimizers, e.g. gd,momentum,adam")
    return tuple(dict.fromkeys(names))


def _scale(text: str) -> float:
    try:
        value = float(text.rstrip("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a percentage such as 150") from None
    if not 75 <= value <= 300:
        raise argparse.ArgumentTypeError("the scale must be between 75 and 300 (percent)")
    return value


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(p) for p in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size WxH such as 1280x800") from None
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 8000 pixels")
    return w, h


def _page_size(text: str) -> str:
    sizes = {"a4": "A4", "letter": "Letter"}
    if text.lower() not in sizes:
        raise argparse.ArgumentTypeError(f"'{text}' is not a page size: choose A4 or Letter")
    return sizes[text.lower()]


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="gdstudio",
        description="Teach gradient descent live: data space, error surface and loss curve, linked.",
        epilog="Examples:  gdstudio --lr 0.03 --start 0,0   |   "
               "gdstudio --steps 50 --screenshot out.png --size 1280x800   |   "
               "gdstudio --data points.csv --steps 200 --export-trajectory run.csv",
    )
    p.add_argument("--data", metavar="FILE.csv",
                   help="points to fit: two numeric columns x,y, with or without a header row "
                        "(default: the built-in advertising spend → clicks data)")
    p.add_argument("--session", metavar="FILE.json",
                   help="open a saved session: its data, model and optimizer settings, start point, view and "
                        "speed replace --lr, --start, --loss, --sampling, --optimizer, --race, --race-sampling and "
                        "their settings (--steps still applies)")
    p.add_argument("--lecture", metavar="N", nargs="?", type=_whole(1, 10**6, "the part number must be 1 or more"),
                   const=1, help="start in lecture mode at part N (default 1) of the lesson: PageDown / PageUp walk "
                                 "its beats and scenes; the built-in lecture has the nine parts of the lecture")
    p.add_argument("--lesson", metavar="FILE.json",
                   help="the lesson for lecture mode instead of the built-in lecture (starts lecture mode at part 1 "
                        "unless --lecture says another)")
    p.add_argument("--beats", metavar="K", type=_whole(0, 1000, "must be between 0 and 1000"), default=0,
                   help="with --lecture and --screenshot: take the part's first K beats before the screenshot")
    p.add_argument("--lr", metavar="ETA", type=_learning_rate, default=0.02, help="learning rate η (default 0.02)")
    p.add_argument("--start", metavar="W0,W1", type=_start, default=(2.5, 0.3),
                   help="starting parameters w0,w1 (default 2.5,0.3)")
    p.add_argument("--steps", metavar="N", type=_steps, default=None,
                   help="gradient-descent steps to run before --screenshot (default 0) "
                        "or --export-trajectory and --export-code (default 100)")
    p.add_argument("--loss", choices=[f.value for f in LossForm], default=LossForm.SUM.value,
                   help="error function: sum = ½Σ(y−f)² as in the lecture (default), mean = ½(1/N)Σ(y−f)²")
    p.add_argument("--sampling", choices=[m.value for m in Sampling], default=Sampling.BATCH.value,
                   help="points per step: batch = all (default), minibatch = --batch-size random points, "
                        "sgd = one random point; shuffled without replacement within each epoch")
    p.add_argument("--batch-size", metavar="K", type=_batch_size, default=10,
                   help="mini-batch size K for --sampling minibatch (default 10)")
    p.add_argument("--seed", metavar="S", type=_seed, default=0,
                   help="random seed of the shuffling, for reproducible runs (default 0)")
    p.add_argument("--optimizer", choices=list(OPTIMIZERS), default="gd",
                   help="update rule (default gd, the lecture's); the others follow torch.optim with its defaults")
    p.add_argument("--race", metavar="NAME,NAME,…", type=_race,
                   help="race up to four optimizers from the same start, e.g. gd,momentum,adam "
                        "(--export-trajectory writes the first)")
    p.add_argument("--race-sampling", action="store_true",
                   help="race batch, mini-batch (--batch-size) and SGD from the same start with one optimizer, "
                        "on equal budgets of data points (--export-trajectory writes the batch run)")
    p.add_argument("--momentum", metavar="M", type=_any_float,
                   help="momentum μ for momentum, nesterov and rmsprop (defaults 0.9, 0.9, 0)")
    p.add_argument("--beta1", metavar="B1", type=_any_float, help="Adam's β1 (default 0.9)")
    p.add_argument("--beta2", metavar="B2", type=_any_float, help="Adam's β2 (default 0.999)")
    p.add_argument("--eps", metavar="E", type=_any_float, help="ε for adagrad, rmsprop and adam")
    p.add_argument("--schedule", choices=[k.value for k in ScheduleKind], default=ScheduleKind.CONSTANT.value,
                   help="learning-rate schedule (default constant): step (×0.5 every 100 steps), "
                        "exponential (×0.99 per step: half every ~69 steps), cosine (to 0 over 500 steps)")
    p.add_argument("--standardize", nargs="?", const="x", choices=["x", "xy"],
                   help="fit on standardised x (or x and y with 'xy'): a round error surface instead of a thin "
                        "valley; the line is still shown in the data's units")
    p.add_argument("--theme", choices=["light", "dark", "projector"],
                   help="colours: light (default), dark, or projector (high contrast, thick lines, big text)")
    p.add_argument("--scale", metavar="PCT", type=_scale,
                   help="global size of text, lines and markers in percent, 75–300 (default 100)")
    p.add_argument("--lang", choices=["en", "ja"], help="language (default: the system's; English otherwise)")
    p.add_argument("--fullscreen", action="store_true", help="start in full screen (F11 toggles it)")
    p.add_argument("--presenter", action="store_true",
                   help="start the presenter view (Ctrl+F5 toggles it): with two screens the projector shows only "
                        "the panels, the laptop the controls, the time and the notes")
    p.add_argument("--screenshot", metavar="FILE.png",
                   help="render the window without showing it (after --steps), save it as PNG and exit")
    p.add_argument("--size", metavar="WxH", type=_size, default=(1280, 800),
                   help="window size for --screenshot (default 1280x800)")
    p.add_argument("--export-trajectory", metavar="FILE.csv",
                   help="run --steps steps without a window and write step,w0,w1,loss,grad_w0,grad_w1 "
                        "(one row per state, from step 0) to FILE.csv, then exit")
    p.add_argument("--export-code", metavar="FILE.py",
                   help="write the numpy program that runs --steps steps with these settings, as the lecture "
                        "writes it (python FILE.py prints what --export-trajectory writes), then exit")
    p.add_argument("--export-handout", metavar="FILE.pdf",
                   help="write a handout for the students as PDF, in --lang's language: the data, the error function "
                        "and the update rule, one step from the start to work out by hand with an answer page, and "
                        "the window after --steps steps (default 0) as the figure; then exit")
    p.add_argument("--page-size", type=_page_size, default="A4", metavar="A4|Letter",
                   help="the paper of --export-handout: A4 (default) or Letter")
    desktop = p.add_mutually_exclusive_group()
    desktop.add_argument("--install-desktop", action="store_true",
                         help="Linux: add gdstudio to this user's application menu (a .desktop file and the icon "
                              "under $XDG_DATA_HOME, ~/.local/share by default) and exit")
    desktop.add_argument("--uninstall-desktop", action="store_true",
                         help="Linux: remove what --install-desktop wrote and exit")
    return p


def optimizer_params(args: argparse.Namespace) -> dict[str, dict]:
    """Hyperparameters given on the command line, per optimizer that has them."""
    params: dict[str, dict] = {}
    if args.momentum is not None:
        for key in ("momentum", "nesterov", "rmsprop"):
            params.setdefault(key, {})["momentum"] = args.momentum
    if args.beta1 is not None or args.beta2 is not None:
        params.setdefault("adam", {})["betas"] = (0.9 if args.beta1 is None else args.beta1,
                                                  0.999 if args.beta2 is None else args.beta2)
    if args.eps is not None:
        for key in ("adagrad", "rmsprop", "adam"):
            params.setdefault(key, {})["eps"] = args.eps
    return params


def optimizers(args: argparse.Namespace) -> tuple[str, ...]:
    return args.race or (args.optimizer,)


def document_from_args(args: argparse.Namespace, data: DataSet) -> Document:
    """The Document the flags describe, for `data` (hyperparameters are kept for every optimizer they
    apply to, and checked by `Document.optimizer` when one is used)."""
    document = Document(data, LossForm(args.loss), Standardize(args.standardize or "off"), args.start, args.lr,
                        Schedule.of(args.schedule), Sampler(args.sampling, args.batch_size, args.seed),
                        optimizers(args), freeze_params(optimizer_params(args)))
    return document.with_sampling_race() if args.race_sampling else document


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    args = list(sys.argv[1:] if argv is None else argv)
    # argparse takes "--start -1,2" for two options; glue a negative start to its flag: --start=-1,2.
    for i in range(len(args) - 2, -1, -1):
        if args[i] == "--start" and re.match(r"-\.?\d", args[i + 1]):
            args[i:i + 2] = [f"--start={args[i + 1]}"]
    parser = build_parser()
    parsed = parser.parse_args(args)
    if parsed.session and parsed.data:
        parser.error("--session and --data cannot be used together: a session holds its own data")
    if parsed.lesson and parsed.lecture is None:
        parsed.lecture = 1
    if parsed.lecture is not None and (parsed.session or parsed.data):
        parser.error("--lecture and --lesson show the lesson's own data: they cannot be used with --session or --data")
    if parsed.race_sampling and parsed.race and len(parsed.race) > 1:
        parser.error("--race-sampling races one optimizer's samplings: it cannot be used with a --race of several")
    if parsed.beats and parsed.lecture is None:
        parser.error("--beats takes the beats of a lecture part: give --lecture N too")
    return parsed
