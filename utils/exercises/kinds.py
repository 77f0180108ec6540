"""The kinds of exercise and how each judges an answer.

Each kind turns a learner's answer into (right, diagnosis) or raises BadForm with a
plain-language message when the answer is not of a usable form (text for a number, three
numbers for a shape of four...). Diagnoses name the likely mistake; none states the answer.
"""

import numbers
import re

import numpy as np

from ..i18n import tr


class BadForm(Exception):
    """The answer cannot be compared: its message says what form is expected."""


class NotAnswered(Exception):
    """The answer is still the placeholder: for a code exercise, a function that returns ...."""


class Mistake:
    """A common wrong answer and its cause; `label` is how a teacher's guide shows it."""

    def __init__(self, answer, cause, label=None):
        if label is None and callable(answer):
            raise ValueError("a mistake that is a function needs a label saying what it does wrong")
        self.answer, self.cause = answer, cause
        self.label = label if label is not None else _show(answer)


def _show(value):
    if isinstance(value, np.ndarray):
        return str(value.tolist())
    return repr(value) if isinstance(value, str) else str(value)


def describe(answer):
    """A learner's answer in a learner's words: 'text ('abc')', 'a list of 3 numbers'..."""
    if isinstance(answer, str):
        return tr("text ({text})").format(text=repr(answer))
    if answer is None:
        return "None"
    if isinstance(answer, (bool, np.bool_)):
        return tr("{value} (True/False, not a number)").format(value=answer)
    if callable(answer):
        return tr("a function")
    if isinstance(answer, (list, tuple)):
        kind = tr("a list") if isinstance(answer, list) else tr("a tuple")
        return tr("{kind} of {n} items").format(kind=kind, n=len(answer))
    if isinstance(answer, np.ndarray):
        if answer.ndim == 0:
            return tr("a single number")
        shape = "x".join(str(s) for s in answer.shape)
        return tr("an array of {shape} values").format(shape=shape)
    if isinstance(answer, numbers.Number):
        return tr("a single number")
    return type(answer).__name__


def as_number(answer):
    """A single real number, or BadForm saying what was given instead."""
    if isinstance(answer, str):
        raise BadForm(tr("{text} is text, not a number: write the number without quotes.").format(text=repr(answer)))
    if isinstance(answer, (bool, np.bool_)):
        raise BadForm(tr("{value} is True/False, not a number.").format(value=answer))
    if isinstance(answer, np.ndarray) and answer.ndim == 0:
        answer = answer.item()
    if isinstance(answer, numbers.Real):
        return float(answer)
    raise BadForm(tr("give a single number; you gave {what}.").format(what=describe(answer)))


def as_numbers(answer, count, names):
    """A flat list of `count` real numbers (any count when count is None), or BadForm."""
    if isinstance(answer, str) or not hasattr(answer, "__len__") or callable(answer):
        if count is None:
            raise BadForm(
                tr("give the numbers {names} as a list; you gave {what}.").format(names=names, what=describe(answer))
            )
        raise BadForm(
            tr("give {count} numbers {names}, as a tuple or a list; you gave {what}.").format(
                count=count, names=names, what=describe(answer)
            )
        )
    items = list(np.asarray(answer, dtype=object).ravel()) if isinstance(answer, np.ndarray) else list(answer)
    if count is not None and len(items) != count:
        raise BadForm(tr("give {count} numbers {names}; you gave {n}.").format(count=count, names=names, n=len(items)))
    return [as_number(v) for v in items]


def _equal(a, b, tolerance):
    return abs(a - b) <= tolerance


class Exercise:
    """An exercise: a prompt, two graded hints, the worked reasoning and common mistakes.

    hints[0] names the idea to use; hints[1] gives the formula in symbols. `explain` is shown
    only with a right answer, so it may contain the answer.
    """

    kind = None

    def __init__(self, id, prompt, answer, hints, explain, mistakes=()):
        if len(hints) != 2:
            raise ValueError(f"exercise {id}: hints must be (idea, formula), got {len(hints)}")
        self.id, self.prompt, self.answer = id, prompt, answer
        self.hints, self.explain, self.mistakes = tuple(hints), explain, list(mistakes)

    def judge(self, answer):
        """(right, diagnosis or None); raises BadForm."""
        raise NotImplementedError

    def diagnose(self, answer, same):
        for mistake in self.mistakes:
            if same(mistake.answer, answer):
                return mistake.cause
        return None

    def texts(self):
        """Every text of this exercise a learner can see, for translation."""
        options = getattr(self, "options", {})
        return [self.prompt, *self.hints, self.explain, *(m.cause for m in self.mistakes), *options.values()]


class Number(Exercise):
    """A single number. `tolerance` is 0 for counts and sizes."""

    kind = "number"

    def __init__(self, *args, tolerance=0.0, predict=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.tolerance = tolerance
        if predict:
            self.kind = "predict"

    def judge(self, answer):
        value = as_number(answer)
        if _equal(value, float(self.answer), self.tolerance):
            return True, None
        return False, self.diagnose(value, lambda m, v: _equal(float(m), v, self.tolerance))


class Numbers(Exercise):
    """Several numbers: a shape (ordered) or a set of positions (ordered=False)."""

    kind = "numbers"

    def __init__(self, *args, names, ordered=True, predict=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.names, self.ordered = names, ordered
        if predict:
            self.kind = "predict"

    def texts(self):
        # Names in words, "(height, width)", are translated; symbols, "(N, C, H, W)" or "(k[0], k[1])", are not.
        prose = any(re.fullmatch(r"[a-z]{3,}", word) for word in re.findall(r"[A-Za-z_]+\[?", self.names))
        return [*super().texts(), *([self.names] if prose else [])]

    def _key(self, values):
        values = [float(v) for v in values]
        return values if self.ordered else sorted(values)

    def judge(self, answer):
        # A set's size is part of its answer, so a set of the wrong size is wrong, not malformed.
        values = as_numbers(answer, len(self.answer) if self.ordered else None, tr(self.names))
        if self._key(values) == self._key(self.answer):
            return True, None
        cause = self.diagnose(values, lambda m, v: self._key(m) == self._key(v))
        if cause is None and self.ordered and sorted(values) == sorted(map(float, self.answer)):
            cause = tr("These are the right numbers in the wrong order: the order is {names}.")
            cause = cause.format(names=tr(self.names))
        return False, cause


class Grid(Exercise):
    """A 2-D array of numbers, such as a kernel or a small feature map."""

    kind = "array"

    def __init__(self, *args, predict=False, **kwargs):
        super().__init__(*args, **kwargs)
        if predict:
            self.kind = "predict"

    def judge(self, answer):
        want = np.asarray(self.answer, dtype=float)
        shape = "x".join(map(str, want.shape))
        if isinstance(answer, str) or callable(answer) or answer is None:
            raise BadForm(
                tr("give a {shape} array of numbers; you gave {what}.").format(shape=shape, what=describe(answer))
            )
        try:
            got = np.asarray(answer, dtype=float)
        except (TypeError, ValueError):
            raise BadForm(tr("give a {shape} array of numbers, with numbers only.").format(shape=shape)) from None
        if got.shape != want.shape:
            raise BadForm(
                tr("give a {shape} array of numbers; you gave {what}.").format(shape=shape, what=describe(got))
            )
        if np.array_equal(got, want):
            return True, None
        return False, self.diagnose(got, lambda m, v: np.array_equal(np.asarray(m, dtype=float), v))


class Choice(Exercise):
    """Multiple choice: options maps a letter to the explanation shown when that letter is chosen.

    The right letter's explanation is `explain`; every wrong one names its misconception.
    predict=True marks a choice made before a reveal cell (its kind stays "choice").
    """

    kind = "choice"

    def __init__(self, id, prompt, answer, options, hints, explain, predict=False):
        super().__init__(id, prompt, answer, hints, explain)
        self.predict = predict
        self.options = dict(options)
        if answer not in self.options:
            raise ValueError(f"exercise {id}: answer {answer!r} is not one of the options {sorted(self.options)}")
        self.mistakes = [Mistake(letter, why) for letter, why in self.options.items() if letter != answer]

    def judge(self, answer):
        letters = ", ".join(repr(k) for k in sorted(self.options))
        if not isinstance(answer, str) or answer.strip().lower() not in self.options:
            raise BadForm(tr("answer with one of the letters {letters}, in quotes.").format(letters=letters))
        letter = answer.strip().lower()
        if letter == self.answer:
            return True, None
        return False, self.options[letter]


class Behaviour(Exercise):
    """Judged by what the answer does, so every correct answer is accepted.

    checks is a list of (cause, passes): passes(answer) is True when the answer behaves as
    asked; the first check that fails gives the diagnosis. `answer` is one right example.
    """

    def __init__(self, id, prompt, answer, checks, hints, explain, mistakes=()):
        super().__init__(id, prompt, answer, hints, explain, mistakes)
        self.checks = list(checks)

    def texts(self):
        return [*super().texts(), *(cause for cause, _ in self.checks)]

    def prepare(self, answer):
        return answer

    def judge(self, answer):
        answer = self.prepare(answer)
        for cause, passes in self.checks:
            if not passes(answer):
                return False, cause
        return True, None


class Design(Behaviour):
    """Design a kernel: a 2-D array of numbers, judged by its effect on test images.

    channels=True asks for the weights of one output channel over several input channels:
    a 3-D array (C_in, k_h, k_w).
    """

    kind = "design"

    def __init__(self, *args, channels=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.channels = channels

    def prepare(self, answer):
        # The messages for 2-D kernels are kept word for word: translations are keyed by them.
        if self.channels:
            given = tr("give the weights as a 3-D array (C_in, k_h, k_w) of numbers; you gave {what}.")
            numbers_only = tr("give the weights as a 3-D array (C_in, k_h, k_w), with numbers only.")
        else:
            given = tr("give the kernel as a 2-D array of numbers; you gave {what}.")
            numbers_only = tr("give the kernel as a 2-D array of numbers, with numbers only.")
        if isinstance(answer, str) or callable(answer) or answer is None:
            raise BadForm(given.format(what=describe(answer)))
        try:
            kernel = np.asarray(answer, dtype=float)
        except (TypeError, ValueError):
            raise BadForm(numbers_only) from None
        if kernel.ndim != (3 if self.channels else 2) or 0 in kernel.shape:
            raise BadForm(given.format(what=describe(kernel)))
        return kernel


class Code(Exercise):
    """Write a function: run on `cases` and compared with `reference`, case by case.

    cases is a list of (description, kwargs). mistakes hold wrong functions: when the learner's
    output equals a wrong function's on the failing case, its cause is the diagnosis (of several
    such, the one that agrees with the learner's function on most cases). An error
    inside the learner's function becomes a plain message naming the case, not a traceback.
    A function that still returns the template's ... has not been answered yet.
    """

    kind = "code"

    def __init__(self, id, prompt, answer, cases, reference, hints, explain, mistakes=()):
        super().__init__(id, prompt, answer, hints, explain, mistakes)
        self.cases, self.reference = list(cases), reference

    def texts(self):
        return [*super().texts(), *(description for description, _ in self.cases)]

    def judge(self, answer):
        if not callable(answer):
            raise BadForm(
                tr("give your function itself (its name, without parentheses); you gave {what}.").format(
                    what=describe(answer)
                )
            )
        for description, kwargs in self.cases:
            want = np.asarray(self.reference(**kwargs), dtype=float)
            try:
                result = answer(**_copy(kwargs))
                if result is Ellipsis:
                    raise NotAnswered
                if result is None:
                    return False, tr("On {case}, your function returned nothing (None): end it with return.").format(
                        case=tr(description)
                    )
                got = np.asarray(result, dtype=float)
            except NotAnswered:
                raise
            except Exception as error:  # the learner's code failed: say where, without a traceback
                return False, tr("On {case}, your function stopped with {kind}: {error}").format(
                    case=tr(description), kind=type(error).__name__, error=error
                )
            if _same(want, got):
                continue
            matches = [m for m in self.mistakes if _same(m.answer(**_copy(kwargs)), got)]
            if matches:
                # Two mistakes can agree on one case (no padding and padding after only, when the
                # stride never reaches the bottom row): the one that agrees on most cases is likelier.
                if len(matches) > 1:
                    matches.sort(key=lambda m: -self._agreement(answer, m.answer))
                return False, tr("On {case}: {cause}").format(case=tr(description), cause=tr(matches[0].cause))
            if got.shape != want.shape:
                return False, tr(
                    "On {case}, your output has shape {shape}, which is not the right size: it should be {want}."
                ).format(case=tr(description), shape=tuple(got.shape), want=tuple(want.shape))
            return False, tr("On {case}, your output has the right shape but wrong values.").format(
                case=tr(description)
            )
        return True, None

    def _agreement(self, answer, wrong):
        """On how many cases the learner's function gives what the wrong function gives."""
        count = 0
        for _, kwargs in self.cases:
            try:
                got = np.asarray(answer(**_copy(kwargs)), dtype=float)
            except Exception:  # the learner's code failing on a case is judged elsewhere
                continue
            count += _same(wrong(**_copy(kwargs)), got)
        return count


def _same(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return a.shape == b.shape and np.allclose(a, b, atol=1e-6)


def _copy(kwargs):
    return {k: v.copy() if isinstance(v, np.ndarray) else v for k, v in kwargs.items()}
