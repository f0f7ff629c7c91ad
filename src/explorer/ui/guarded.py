"""The one way a pane or a model reads the open store: an error there stays in that pane.

A store that passed the checks at open (store/untrusted.py) can still fail while it is browsed:
a damaged page deep in the file, a query stopped by the work limit, a NULL or a stray type in
a column read only by one pane, a view that explodes for one query. Such an error must not
escape a model or a slot (PySide6 would hand it to the error dialog and leave the pane
half-drawn), nor stop the other panes that follow the same signal. So every read path of the
panes runs through this module:

- `observe()` (ui/observe.py) wraps each pane's callback on the shared state with `guard`;
- `@reads()` marks a pane's own entry points (its reload, a Qt slot, a model's `data`);
- `call()` runs one read in place and returns a fallback value if it fails.

Each failure is logged with its traceback, shown on the pane as one plain-text line over its
foot ("This store could not be read here: … The rest of the app keeps working."), and the
pane's `empty` callback, when given, puts it in an empty state that needs no store. The line
goes away when the same entry point next succeeds (another search, another store).

Exports read the store too (the table's rows, a comparison's series, a caption's sources). A
failure there is no pane's problem: `exporting()` turns it into ExportFailed, an OSError whose
text names what could not be exported and why, so the export's own handling of a write
failure shows it in plain words. The exports read everything before they write, and write
through a temporary file moved into place, so nothing half-written is left behind.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import logging
import sqlite3
from collections import Counter, deque
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from explorer.store import untrusted
from explorer.ui.errors import plain_words

log = logging.getLogger(__name__)
CONTEXT = "StoreProblem"
T = TypeVar("T")
# The latest problems shown, newest last, and how many in all (the fuzz tests count them).
shown: deque[str] = deque(maxlen=100)
tally = Counter()
# Characters of an error kept in a message (an error may quote a whole record).
_MAX_MESSAGE = 300


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def describe(error: BaseException) -> str:
    """The error in words a user can act on."""
    text = str(error).lower()
    if isinstance(error, sqlite3.OperationalError) and "interrupt" in text:
        return _tr("reading took longer than {seconds} seconds and was stopped").format(
            seconds=f"{untrusted.QUERY_SECONDS:g}"
        )
    if isinstance(error, sqlite3.DatabaseError) and "malformed" in text:
        return _tr("the file is damaged ({problem})").format(problem=str(error)[:120])
    if isinstance(error, (TypeError, ValueError, ArithmeticError, UnicodeError, LookupError)):
        return _tr("a record holds a value of the wrong kind ({problem})").format(
            problem=plain_words(error)
        )
    return plain_words(error)


def message(error: BaseException) -> str:
    return _tr(
        "This store could not be read here: {problem}. The rest of the app keeps working."
    ).format(problem=describe(error)[:_MAX_MESSAGE])


class ProblemLine(QLabel):
    """The plain-text line over the foot of a pane that says what could not be read."""

    def __init__(self, pane: QWidget) -> None:
        super().__init__(pane)
        self.setObjectName("store-read-problem")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAutoFillBackground(True)
        self.setProperty("role", "notice")
        self.setMargin(6)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setToolTip(_tr("Click to hide this message"))
        self.failing: dict[str, str] = {}  # entry point -> its message
        pane.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.place()
        return False

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.hide()

    def place(self) -> None:
        # At the foot of the pane: its search box, tabs and toolbar are at the top, and stay
        # usable to try again (another search, another tab).
        pane = self.parentWidget()
        width = max(120, pane.width() - 16)
        height = min(self.heightForWidth(width), max(40, pane.height() // 2))
        self.setGeometry(8, max(0, pane.height() - height - 6), width, height)

    def show_problem(self, key: str, text: str) -> None:
        self.failing[key] = text
        self.setText(text)
        self.setAccessibleName(text)
        self.place()
        self.show()
        self.raise_()

    def resolved(self, key: str) -> None:
        if self.failing.pop(key, None) is not None:
            if self.failing:
                self.setText(next(reversed(self.failing.values())))
                self.place()
            else:
                self.hide()


def pane_of(owner: QObject | None) -> QWidget | None:
    """The widget that shows `owner`'s problem: itself, or the first widget among its parents."""
    while owner is not None and not isinstance(owner, QWidget):
        owner = owner.parent()
    return owner


def _line(owner: QObject | None, create: bool) -> ProblemLine | None:
    pane = pane_of(owner)
    if pane is None:
        return None
    line = getattr(pane, "_store_problem_line", None)
    if line is None and create:
        line = ProblemLine(pane)
        pane._store_problem_line = line
    return line


def report(owner: QObject | None, key: str, error: BaseException, line_too: bool = True) -> bool:
    """Show `error` on `owner`'s pane (never raises: it is called from handlers); True when
    it is new there (the caller logs it then: a cell painted again is not logged again).
    `line_too=False`: the pane says it in its own words (the details pane, in its text)."""
    text = message(error)
    new = True
    try:
        line = _line(owner, create=line_too)
        new = line is None or line.failing.get(key) != text
        if new:
            shown.append(f"{key}: {type(error).__name__}: {error}"[:_MAX_MESSAGE])
            tally["shown"] += 1
        if line is not None and line_too:
            line.show_problem(key, text)
    except Exception:  # noqa: BLE001 - showing a problem must not raise one of its own
        log.exception("could not show a store problem for %s", key)
    return new


def resolved(owner: QObject | None, key: str) -> None:
    """`key` on `owner`'s pane works again: its problem line (if any) goes."""
    line = _line(owner, create=False)
    if line is not None:
        line.resolved(key)


def _key_of(func: Callable) -> str:
    return getattr(func, "__qualname__", repr(func))


def _empty(owner: QObject | None, empty: Callable[[], Any] | None, key: str) -> None:
    if empty is None:
        return
    try:
        empty()
    except Exception:  # noqa: BLE001 - the empty state itself failed: logged, pane left as is
        log.exception("could not empty %s after a read problem", key)


def call(
    owner: QObject | None,
    func: Callable[..., T],
    *args: Any,
    default: Any = None,
    empty: Callable[[], Any] | None = None,
    key: str | None = None,
    clears: bool = True,
) -> T:
    """`func(*args)`; if it fails, the problem is shown on `owner`'s pane, `empty()` runs and
    `default` is returned. `clears`: a success hides this entry point's earlier problem."""
    key = key or _key_of(func)
    try:
        result = func(*args)
    except Exception as error:  # noqa: BLE001 - logged (once per pane) and shown on the pane
        if report(owner, key, error):
            log.warning("%s could not read the store: %s", key, error, exc_info=error)
        _empty(owner, empty, key)
        return default
    if clears:
        resolved(owner, key)
    return result


def guard(owner: QObject, func: Callable[..., Any], key: str | None = None) -> Callable[..., Any]:
    """`func` as a callback that never raises: for a signal several panes follow."""
    key = key or _key_of(func)

    @functools.wraps(func)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        return call(owner, functools.partial(func, *args, **kwargs), key=key)

    return guarded


def _positional_count(method: Callable) -> int | None:
    """How many positional arguments `method` takes (None: any number)."""
    try:
        parameters = inspect.signature(method).parameters.values()
    except (TypeError, ValueError):
        return None
    if any(p.kind is inspect.Parameter.VAR_POSITIONAL for p in parameters):
        return None
    return sum(p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) for p in parameters)


def reads(
    empty: Callable[[Any], Any] | None = None,
    default: Any = None,
    key: str | None = None,
    clears: bool = True,
) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """Decorate a method of a pane or a model that reads the store: on failure the problem is
    shown on the pane, `empty(self)` runs, and `default` is returned. A model's `data` passes
    `clears=False`: one cell painted is no sign that the rows read again."""

    def decorate(method: Callable[..., T]) -> Callable[..., T]:
        name = key or _key_of(method)
        # A Qt signal gives a slot only the arguments it takes (textChanged's text to a slot
        # that takes none); the wrapper takes any, so it passes on only as many as PySide6
        # would have.
        count = _positional_count(method)
        takes = None if count is None else max(0, count - 1)  # without self

        @functools.wraps(method)
        def guarded(self, *args: Any, **kwargs: Any) -> T:
            if takes is not None:
                args = args[:takes]
            return call(
                self,
                functools.partial(method, self, *args, **kwargs),
                default=default,
                empty=(lambda: empty(self)) if empty is not None else None,
                key=name,
                clears=clears,
            )

        return guarded

    return decorate


class ExportFailed(OSError):
    """An export could not read what it writes from the store; nothing was written."""


@contextlib.contextmanager
def exporting(what: str) -> Iterator[None]:
    """Run an export's reads: a failure (other than the OSError of a write) becomes
    ExportFailed, "{what} could not be exported: {why}. Nothing was written." `what` is
    translated by the caller ("The table's rows")."""
    try:
        yield
    except OSError:
        raise
    except Exception as error:  # noqa: BLE001 - logged, and said in plain words to the user
        log.warning("%s could not be exported: %s", what, error, exc_info=error)
        tally["exports refused"] += 1
        raise ExportFailed(
            _tr("{what} could not be exported: {problem}. Nothing was written.").format(
                what=what, problem=describe(error)[:_MAX_MESSAGE]
            )
        ) from error
