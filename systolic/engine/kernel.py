"""The event loop the engine runs on: one heap, generators as processes, few objects.

Why not SimPy: the engine used to spend 50-86 % of its time in SimPy, which
makes every request, grant, put and condition an ``Event`` object with a
callback list, and every process a ``Process`` event. This loop keeps
SimPy's semantics (so that results are identical, same-cycle order
included) at a fraction of the cost:

- a process is a generator; it yields an ``int`` (resume after that many
  cycles) or a ``Signal`` (resume when the signal is processed, at once
  if it already has been);
- a ``Signal`` is SimPy's event: ``fire`` sets its value and schedules it
  (it is then *triggered*), and when the loop reaches it its waiters run
  (it is then *processed*). Code that may skip a wait for a triggered
  signal checks ``triggered`` itself, as the SimPy engine did;
- the heap holds (cycle, priority, order, target, value): a process
  started is urgent (it runs before what is already scheduled for the
  cycle), everything else runs in the order it was scheduled;
- ``Unit``, ``Buffer`` and ``Queue`` serve waiters first come, first
  served, and hand a freed unit, returned bytes or a put item over through
  the same steps as SimPy's ``Resource``, ``Container`` and ``Store``
  (a release or put is processed first, then the grant), skipping only
  the steps that SimPy runs with nobody waiting; a taker that comes while
  others wait serves the queue's head at once, as SimPy's get does.

Time is in integer cycles.
"""

from __future__ import annotations

from collections import deque
from heapq import heappop, heappush
from types import GeneratorType
from typing import Any, Callable, Generator

Process = Generator[Any, Any, None]
_URGENT, _NORMAL = 0, 1


class Signal:
    """An event processes wait for: triggered once with a value, then processed."""

    __slots__ = ("triggered", "value", "waiters")

    def __init__(self):
        self.triggered = False
        self.value = None
        self.waiters: list | None = []  # None once processed

    @property
    def processed(self) -> bool:
        return self.waiters is None


class Kernel:
    """The clock and the heap of scheduled targets."""

    __slots__ = ("now", "current", "_heap", "_order", "_ended")

    def __init__(self):
        self.now = 0
        self.current = 0  # the order of the last entry run that was not a process start
        self._heap: list = []
        self._order = 0
        self._ended: dict[Process, Signal] = {}

    def process(self, process: Process) -> Signal:
        """Start ``process`` at the current cycle; the signal fires when it returns."""
        ended = self._ended[process] = Signal()
        self._order += 1
        heappush(self._heap, (self.now, _URGENT, self._order, process, None))
        return ended

    def call_at(self, cycle: int, function: Callable[[Any], None], value: Any = None) -> None:
        """Call ``function(value)`` at ``cycle``."""
        self._order += 1
        heappush(self._heap, (cycle, _NORMAL, self._order, function, value))

    def call_ordered(self, cycle: int, order: int, function: Callable[[Any], None],
                     value: Any = None) -> None:
        """Call ``function(value)`` at ``cycle`` in the place ``reserve`` gave
        (which must not have been passed)."""
        heappush(self._heap, (cycle, _NORMAL, order, function, value))

    def reserve(self) -> int:
        """A place in this cycle's order for a call that may turn out to be needed
        (``call_reserved``): until then it costs nothing, and calls scheduled
        later still run after it."""
        self._order += 1
        return self._order

    def call_reserved(self, order: int, function: Callable[[Any], None]) -> None:
        """Call ``function`` at the current cycle in the place ``reserve`` gave,
        if the loop has not passed it yet."""
        if order > self.current:
            self.call_ordered(self.now, order, function)

    def fire(self, signal: Signal, value: Any = None) -> None:
        """Trigger ``signal`` now: its waiters run when the loop reaches it."""
        signal.triggered = True
        signal.value = value
        self._order += 1
        heappush(self._heap, (self.now, _NORMAL, self._order, signal, value))

    def timeout(self, cycles: int) -> Signal:
        """A signal processed ``cycles`` from now (for waits on several things)."""
        signal = Signal()
        signal.triggered = True
        self._order += 1
        heappush(self._heap, (self.now + cycles, _NORMAL, self._order, signal, None))
        return signal

    def all_of(self, signals: list[Signal]) -> Signal:
        """A signal triggered once every one of ``signals`` has been processed."""
        return _AllOf(self, signals).signal

    def run(self) -> None:
        """Run until nothing is scheduled."""
        heap = self._heap
        resume = self._resume
        while heap:
            self.now, priority, order, target, value = heappop(heap)
            if priority:  # a started process (urgent) may run between these
                self.current = order
            kind = type(target)
            if kind is Signal:
                waiters, target.waiters = target.waiters, None
                for waiter in waiters:
                    if type(waiter) is GeneratorType:
                        resume(waiter, value)
                    else:
                        waiter(value)
            elif kind is GeneratorType:
                resume(target, value)
            else:
                target(value)

    def _resume(self, process: Process, value: Any) -> None:
        """Step ``process`` until it waits for something not yet processed."""
        send = process.send
        while True:
            try:
                waited = send(value)
            except StopIteration:
                ended = self._ended.pop(process)
                self.fire(ended)
                return
            if type(waited) is int:
                self._order += 1
                heappush(self._heap, (self.now + waited, _NORMAL, self._order, process, None))
                return
            if waited.waiters is None:
                value = waited.value
                continue
            waited.waiters.append(process)
            return


class _AllOf:
    """SimPy's ``AllOf`` condition: counts its signals as they are processed."""

    __slots__ = ("kernel", "left", "signal")

    def __init__(self, kernel: Kernel, signals: list[Signal]):
        self.kernel, self.left, self.signal = kernel, len(signals), Signal()
        if not signals:
            kernel.fire(self.signal)
        for signal in signals:
            if signal.waiters is None:
                self.count()
            else:
                signal.waiters.append(self.count)

    def count(self, _value: Any = None) -> None:
        self.left -= 1
        if not self.left:
            self.kernel.fire(self.signal)


class Unit:
    """A hardware unit one user holds at a time (arrays, vector unit, a DMA
    engine, a link); the others queue in arrival order."""

    __slots__ = ("kernel", "busy", "_queue")

    def __init__(self, kernel: Kernel):
        self.kernel = kernel
        self.busy = False
        self._queue: deque[Signal] = deque()

    def acquire(self) -> Signal | None:
        """None if the unit was free and is now held; else a signal
        triggered when it is handed over (never at once: a waiter before it,
        or the holder, comes first)."""
        if not self.busy and not self._queue:
            self.busy = True
            return None
        signal = Signal()
        self._queue.append(signal)
        self._grant()
        return signal

    def release(self) -> None:
        """Free the unit; the next in line gets it once the release is processed."""
        self.busy = False
        if self._queue:
            self.kernel.call_at(self.kernel.now, self._grant)

    def _grant(self, _value: Any = None) -> None:
        if not self.busy and self._queue:
            self.busy = True
            self.kernel.fire(self._queue.popleft())


class Buffer:
    """An SRAM buffer: a count of free bytes, full at the start; takers
    are served in arrival order.

    A return is processed (and serves the takers waiting then) after what
    was scheduled before it. With nobody waiting that step does nothing,
    so it only reserves its place, used if a taker starts waiting before
    the loop reaches it.
    """

    __slots__ = ("kernel", "level", "_waiting", "_returns_cycle", "_returns")

    def __init__(self, kernel: Kernel, capacity_bytes: int):
        self.kernel = kernel
        self.level = capacity_bytes
        self._waiting: deque[tuple[int, Signal]] = deque()
        self._returns_cycle = -1
        self._returns: list[int] = []  # reserved places of this cycle's returns

    def take(self, nbytes: int) -> Signal | None:
        """None if ``nbytes`` are taken now (free, or served with the takers
        waiting before it, as SimPy's get serves them); else a signal
        triggered once they are."""
        if not self._waiting and self.level >= nbytes:
            self.level -= nbytes
            return None
        signal = Signal()
        self._waiting.append((nbytes, signal))
        self._serve()  # as SimPy's get does: the head may fit already (a return not yet served)
        if self._returns_cycle == self.kernel.now:
            for order in self._returns:
                self.kernel.call_reserved(order, self._serve)
            self._returns = []
        return None if signal.triggered else signal

    def give(self, nbytes: int) -> None:
        """Return ``nbytes``; waiting takers are served once the return is processed."""
        self.level += nbytes
        kernel = self.kernel
        if self._waiting:
            kernel.call_at(kernel.now, self._serve)
            return
        if self._returns_cycle != kernel.now:
            self._returns_cycle, self._returns = kernel.now, []
        self._returns.append(kernel.reserve())

    def _serve(self, _value: Any = None) -> None:
        waiting = self._waiting
        while waiting and self.level >= waiting[0][0]:
            needed, signal = waiting.popleft()
            self.level -= needed
            self.kernel.fire(signal)


class Queue:
    """Items passed from one process to another, first in, first out."""

    __slots__ = ("kernel", "_items", "_getter")

    def __init__(self, kernel: Kernel):
        self.kernel = kernel
        self._items: deque = deque()
        self._getter: Signal | None = None

    def put(self, item: Any) -> None:
        """Add ``item``; a waiting getter gets it once the put is processed."""
        self._items.append(item)
        if self._getter is not None:
            self.kernel.call_at(self.kernel.now, self._serve)

    def get(self) -> Signal:
        """A signal whose value is the next item: triggered at once if one is here."""
        signal = Signal()
        if self._items:
            signal.triggered, signal.value = True, self._items.popleft()
        else:
            self._getter = signal
        return signal

    def _serve(self, _value: Any = None) -> None:
        if self._getter is not None and self._items:
            getter, self._getter = self._getter, None
            self.kernel.fire(getter, self._items.popleft())
