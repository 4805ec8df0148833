"""The engine's event loop: timing, the order of same-cycle events, units,
buffers and queues, each against what SimPy does with the same script."""

import simpy

from systolic.engine.kernel import Buffer, Kernel, Queue, Signal, Unit


def test_a_process_resumes_after_the_cycles_it_yields():
    kernel, seen = Kernel(), []

    def worker():
        yield 5
        seen.append(kernel.now)
        yield 0
        seen.append(kernel.now)
        yield 7
        seen.append(kernel.now)

    ended = kernel.process(worker())
    kernel.run()
    assert seen == [5, 5, 12] and ended.processed


def test_waiters_run_when_the_signal_is_processed_in_the_order_they_came():
    kernel, order = Kernel(), []
    signal = Signal()

    def waiter(name):
        value = yield signal
        order.append((name, value, kernel.now))

    for name in "abc":
        kernel.process(waiter(name))
    kernel.call_at(3, lambda _value: kernel.fire(signal, "go"))
    kernel.run()
    assert order == [("a", "go", 3), ("b", "go", 3), ("c", "go", 3)]


def test_a_started_process_runs_before_what_is_already_scheduled_for_the_cycle():
    order = []

    def ours():
        kernel = Kernel()
        kernel.call_at(0, lambda _value: order.append("scheduled"))
        kernel.process(iter_once(lambda: order.append("started")))
        kernel.run()

    def iter_once(action):
        action()
        yield 0

    ours()
    simpy_order = []
    env = simpy.Environment()
    env.timeout(0).callbacks.append(lambda _event: simpy_order.append("scheduled"))

    def started():
        simpy_order.append("started")
        yield env.timeout(0)

    env.process(started())
    env.run()
    assert order == simpy_order == ["started", "scheduled"]


def test_a_unit_is_handed_over_in_arrival_order():
    kernel, log = Kernel(), []
    unit = Unit(kernel)

    def user(name, hold):
        slot = unit.acquire()
        if slot and not slot.triggered:
            yield slot
        log.append((name, kernel.now))
        yield hold
        unit.release()

    for name, hold in (("a", 4), ("b", 2), ("c", 1)):
        kernel.process(user(name, hold))
    kernel.run()
    assert log == [("a", 0), ("b", 4), ("c", 6)]


def _buffer_script(make, take, give, run, now, started):
    """Two takers and a giver on a 10-byte buffer; returns (who, cycle) in order."""
    log = []
    buffer = make(10)

    def taker(name, nbytes):
        yield from take(buffer, nbytes)
        log.append((name, now()))

    def giver():
        yield from take(buffer, 0)
        yield 3
        give(buffer, 6)
        yield 2
        give(buffer, 6)

    started(taker("first", 8))
    started(taker("second", 6))
    started(giver())
    run()
    return log


def test_a_buffer_serves_takers_first_come_first_served_as_simpy_does():
    kernel = Kernel()

    def take(buffer, nbytes):
        wait = buffer.take(nbytes) if nbytes else None
        if wait and not wait.triggered:
            yield wait

    ours = _buffer_script(lambda size: Buffer(kernel, size), take,
                          lambda buffer, nbytes: buffer.give(nbytes), kernel.run,
                          lambda: kernel.now, kernel.process)
    env = simpy.Environment()

    def simpy_take(container, nbytes):
        if nbytes:
            yield container.get(nbytes)

    def delays(process):
        for step in process:  # our scripts yield cycles; SimPy wants timeouts
            yield env.timeout(step) if isinstance(step, int) else step

    theirs = _buffer_script(lambda size: simpy.Container(env, size, init=size), simpy_take,
                            lambda container, nbytes: container.put(nbytes), env.run,
                            lambda: env.now, lambda process: env.process(delays(process)))
    assert ours == theirs == [("first", 0), ("second", 3)]


def test_a_queue_hands_items_over_in_order():
    kernel, got = Kernel(), []
    queue = Queue(kernel)

    def consumer():
        for _ in range(3):
            item = queue.get()
            if not item.triggered:
                yield item
            got.append((item.value, kernel.now))

    def producer():
        queue.put("x")
        yield 4
        queue.put("y")
        queue.put("z")

    kernel.process(consumer())
    kernel.process(producer())
    kernel.run()
    assert got == [("x", 0), ("y", 4), ("z", 4)]


def test_all_of_fires_once_every_signal_is_processed():
    kernel, seen = Kernel(), []
    first, second = kernel.timeout(3), kernel.timeout(8)

    def waiter():
        yield kernel.all_of([first, second])
        seen.append(kernel.now)

    kernel.process(waiter())
    kernel.run()
    assert seen == [8]


def _order_of(script_simpy, script_kernel) -> tuple[list, list]:
    """The (cycle, event) logs of one script run on SimPy and on the loop."""
    logs = ([], [])
    env = simpy.Environment()
    script_simpy(env, simpy.Container(env, capacity=10, init=10), logs[0])
    env.run()
    kernel = Kernel()
    script_kernel(kernel, Buffer(kernel, 10), logs[1])
    kernel.run()
    return logs


def test_a_taker_arriving_before_a_return_is_served_finds_the_head_served():
    """A return made while takers wait serves them when processed; a taker that
    comes before that (in the same cycle) serves the head at once, as SimPy's
    get does, so the head resumes before what was scheduled after the take."""
    def on_simpy(env, container, log):
        def taker(name, nbytes):
            got = container.get(nbytes)
            if not got.triggered:
                yield got
            log.append((env.now, name))

        def giver():
            yield env.timeout(1)
            container.put(5)
            yield from taker("second taker", 3)

        def other():
            yield env.timeout(1)
            log.append((env.now, "other"))
            yield env.timeout(0)
            log.append((env.now, "other again"))

        for process in (taker("hog", 10), taker("waiter", 5), giver(), other()):
            env.process(process)

    def on_kernel(kernel, buffer, log):
        def taker(name, nbytes):
            wait = buffer.take(nbytes)
            if wait and not wait.triggered:
                yield wait
            log.append((kernel.now, name))

        def giver():
            yield 1
            buffer.give(5)
            yield from taker("second taker", 3)

        def other():
            yield 1
            log.append((kernel.now, "other"))
            yield 0
            log.append((kernel.now, "other again"))

        for process in (taker("hog", 10), taker("waiter", 5), giver(), other()):
            kernel.process(process)

    theirs, ours = _order_of(on_simpy, on_kernel)
    assert ours == theirs and theirs.index((1, "waiter")) < theirs.index((1, "other again"))


def test_a_process_started_mid_cycle_still_sees_the_returns_not_yet_processed():
    """A process started in a cycle runs before the cycle's pending steps; a
    take it makes must still be served by a return made earlier that cycle."""
    def on_simpy(env, container, log):
        def hog():
            container.get(8)
            yield env.timeout(5)
            container.put(4)

        def taker():
            got = container.get(7)
            if not got.triggered:
                yield got
            log.append((env.now, "taker served"))

        def starter():
            yield env.timeout(5)
            env.process(taker())
            yield env.timeout(0)
            yield env.timeout(0)
            log.append((env.now, "starter"))

        def giver():
            yield env.timeout(5)
            container.put(1)

        for process in (hog(), starter(), giver()):
            env.process(process)

    def on_kernel(kernel, buffer, log):
        def hog():
            buffer.take(8)
            yield 5
            buffer.give(4)

        def taker():
            wait = buffer.take(7)
            if wait and not wait.triggered:
                yield wait
            log.append((kernel.now, "taker served"))

        def starter():
            yield 5
            kernel.process(taker())
            yield 0
            yield 0
            log.append((kernel.now, "starter"))

        def giver():
            yield 5
            buffer.give(1)

        for process in (hog(), starter(), giver()):
            kernel.process(process)

    theirs, ours = _order_of(on_simpy, on_kernel)
    assert ours == theirs == [(5, "taker served"), (5, "starter")]
