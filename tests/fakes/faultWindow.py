"""faultWindow.py — a provider fault that lasts a while, for the fakes.

FaultWindow.set(fault, seconds) arms one of FAULTS for that long (None lifts
it); .now() is the fault in force, or None. Each fake answers a fault in its
own wire format: an HTTP error (429 with Retry-After: 1), answering late
(SLOW_MS, then served), or closing the connection half-way through the body.
"""

import threading
import time

FAULTS = {"429", "500", "503", "slow", "drop"}
SLOW_MS = 2500


class FaultWindow:
    def __init__(self):
        self._lock = threading.Lock()
        self._fault, self._until = None, 0.0

    def set(self, fault, seconds=0):
        assert fault is None or fault in FAULTS, fault
        with self._lock:
            self._fault = fault
            self._until = time.monotonic() + seconds if fault else 0.0

    def now(self):
        with self._lock:
            if self._fault and time.monotonic() < self._until:
                return self._fault
            return None
