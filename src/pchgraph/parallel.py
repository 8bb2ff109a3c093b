"""Work spread over forked worker processes, its answers given back in order (`mapped`), on
the CPUs no other process is running on.

A worker is forked from the process that asks, so it starts with everything that process holds
(the documents read so far, the names known): only the items and the answers are pickled.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from .errors import EngineError, PchgraphError

# The function a forked worker runs (`mapped`): set in the worker, never in the process that asks.
WORK: list[Callable[[Any], Any]] = []


def mapped(
    function: Callable[[Any], Any], items: Sequence[Any], chunksize: int = 1, meanwhile: Callable[[], Any] | None = None
) -> Iterator[Any]:
    """`map(function, items)`, run in forked worker processes when there are several items and
    more than one free CPU to run them on (`free_cpus`), else here.

    Parameters
    ----------
    function : callable
        Called with one item. It may be a closure: a forked worker inherits it, unpickled.
    items : sequence
        What to call it with; each item and each answer is pickled when workers run it.
    chunksize : int
        How many items a worker takes at a time.
    meanwhile : callable, optional
        Called here, once the workers are at work, before their first answer is taken: work of
        this process's own that would otherwise wait for theirs. Not called without workers.

    Returns
    -------
    iterator
        The answers, in the order of the items.

    Examples
    --------
    >>> offset = 10
    >>> list(mapped(lambda n: n + offset, [1, 2, 3]))
    [11, 12, 13]
    """
    workers = worker_count(len(items))
    if workers < 2:
        yield from map(function, items)
        return
    import multiprocessing  # here: a small folder, read without workers, need not wait for its import

    # This process takes no share: it takes in each answer as it comes, while the workers go on.
    with multiprocessing.get_context("fork").Pool(workers, initializer=started, initargs=(function, os.getpid())) as pool:
        answers = pool.imap(worked, items, chunksize)
        if meanwhile is not None:
            meanwhile()
        yield from answers


def started(function: Callable[[Any], Any], parent: int) -> None:
    """A worker's start: it keeps the function it runs (`WORK`), and ends with its parent, which
    on Linux is asked of the kernel (a parent killed outright leaves no idle worker behind)."""
    WORK.append(function)
    with contextlib.suppress(Exception):
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)


# prctl's option for the signal a process gets when its parent ends (linux/prctl.h).
PR_SET_PDEATHSIG = 1


def worked(item: Any) -> Any:
    """What the function given to this worker (`WORK`) answers for an item."""
    return WORK[-1](item)


def worker_count(items: int) -> int:
    """How many worker processes `mapped` forks for so many items: one a free CPU, no more
    than items; 1 (none) where processes cannot be forked, or in a worker itself."""
    if items < 2:
        return 1
    if not can_fork():
        return 1
    return max(1, min(items, free_cpus()))


def can_fork() -> bool:
    """Whether this process may fork a worker: the platform forks, and this is no pool's worker."""
    import multiprocessing

    # a pool's worker is a daemon, which may start no process of its own
    return "fork" in multiprocessing.get_all_start_methods() and not multiprocessing.current_process().daemon


def free_cpus() -> int:
    """The usable CPUs (`usable_cpus`) less those other processes are running on now, where
    Linux counts them (elsewhere, all usable CPUs): workers on a busy machine would wait for
    CPUs already taken, and cost their pickling besides."""
    cpus = usable_cpus()
    try:
        others = others_running()
    except (OSError, IndexError, ValueError):
        return cpus
    return max(1, cpus - others)


def others_running() -> int:
    """How many other processes (threads) are running or ready to run: the fewest the kernel
    counts (/proc/loadavg, this process among them) over a few milliseconds, so that one that
    runs for a moment is not taken for one that keeps a CPU busy.

    The count of the moment, not the load average: that of the last minute counts this
    process's own work just done (a build run again and again would keep itself from workers).
    """
    fewest = running_now()
    for _ in range(RUN_QUEUE_LOOKS - 1):
        time.sleep(0.001)
        fewest = min(fewest, running_now())
    return max(0, fewest - 1)


# How many times `others_running` looks, a millisecond apart.
RUN_QUEUE_LOOKS = 5


def running_now() -> int:
    """The processes (threads) running or ready to run now, as the kernel counts them."""
    return int(Path("/proc/loadavg").read_text().split()[3].split("/")[0])


def usable_cpus() -> int:
    """The CPUs this process may run on (fewer than the machine's under a CPU affinity mask)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def chunked(count: int, pieces: int) -> list[range]:
    """`range(count)` cut into at most `pieces` runs of nearly equal length, in order.

    >>> chunked(10, 3)
    [range(0, 4), range(4, 7), range(7, 10)]
    >>> chunked(2, 4)
    [range(0, 1), range(1, 2)]
    """
    pieces = max(1, min(pieces, count))
    size, extra = divmod(count, pieces)
    bounds = [0]
    for piece in range(pieces):
        bounds.append(bounds[-1] + size + (piece < extra))
    return [range(start, end) for start, end in zip(bounds, bounds[1:]) if end > start]


def within_deadline(function: Callable[..., Any], arguments: tuple, seconds: float) -> Any:
    """`function(*arguments)` run in a forked process that is killed if it is still running
    `seconds` (and a moment's grace) later, for work that cannot be trusted to stop itself (a
    user's query whose one expression builds a list of 300 million numbers ignores the
    engine's own timeout, and takes memory all the while). The answer is pickled back; a
    pchgraph error raised there is raised here. Run here where no process can be forked.

    Raises
    ------
    EngineError
        When the process was stopped (``where`` is "timeout").

    Examples
    --------
    >>> within_deadline(pow, (2, 10), 5)
    1024
    """
    import multiprocessing  # as in `mapped`

    if not can_fork():
        return function(*arguments)
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(target=answer_into, args=(sending, function, arguments), daemon=True)
    process.start()
    sending.close()
    try:
        if not receiving.poll(seconds + DEADLINE_GRACE):
            raise EngineError(f"still running after {seconds:g} s, so it was stopped", where="timeout")
        try:
            kind, value = receiving.recv()
        except EOFError:
            raise EngineError(f"the process running it ended without an answer (exit status {process.exitcode})", where="timeout") from None
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        receiving.close()
    if kind == "answer":
        return value
    error_class, message, where = value
    raise (
        error_class(message, where=where)
        if isinstance(error_class, type) and issubclass(error_class, PchgraphError)
        else RuntimeError(message)
    )


# Seconds a deadline waits beyond the time given, for the process's start and its answer's pickling.
DEADLINE_GRACE = 2.0


def answer_into(sending, function: Callable[..., Any], arguments: tuple) -> None:
    """A deadline process's work: the answer, or the pchgraph error it raised, sent back."""
    try:
        sending.send(("answer", function(*arguments)))
    except PchgraphError as exc:
        sending.send(("error", (type(exc), exc.message, exc.where)))
    # (anything else is told as its message, not lost with the process)
    except Exception as exc:
        sending.send(("error", (RuntimeError, f"{type(exc).__name__}: {exc}", None)))
    finally:
        sending.close()
