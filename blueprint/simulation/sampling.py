"""Drawing times for many runs at once: fixed, triangular {min, likely, max}, uniform {min, max}."""

from __future__ import annotations

import numpy as np

from blueprint.types import Duration


def new_generator(seed: int) -> np.random.Generator:
    """The one generator of a simulation: same seed, same figures (PCG64, as numpy's default)."""
    return np.random.Generator(np.random.PCG64(seed))


def draw(generator: np.random.Generator, duration: Duration | None, size: int) -> np.ndarray:
    """``size`` draws of a duration in seconds; a missing duration is 0 (the format says so).

    Fixed values consume no random numbers, so adding a fixed time to one step does not
    change the draws of any other.
    """
    if duration is None:
        return np.zeros(size)
    if duration.low == duration.high:
        return np.full(size, float(duration.low))
    if duration.likely is None:
        return generator.uniform(duration.low, duration.high, size)
    return generator.triangular(duration.low, duration.likely, duration.high, size)
