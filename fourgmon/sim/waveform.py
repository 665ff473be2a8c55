"""Synthetic pressure signals in raw 16-bit AD counts.

Each channel is a slowly varying baseline (a sinusoid with a period of minutes plus a
mean-reverting random walk) with a little white noise on top. Sensor faults change the
signal the way a field engineer would see it on a plot: an offline sensor reads 0, a
stuck one repeats a single value, interference adds large high-frequency noise.
"""

from __future__ import annotations

import enum
import math

import numpy as np
import numpy.typing as npt

CHANNELS = 9
SAMPLES_PER_FRAME = 50
AD_MAX = 0xFFFF

Samples = npt.NDArray[np.uint16]


class SignalMode(enum.Enum):
    """What the sensor behind a channel is doing."""

    NORMAL = "normal"
    OFFLINE = "offline"
    INTERFERENCE = "interference"
    STUCK = "stuck"


# What the sensor's ``stK`` status code looks like on its channel.
MODE_OF_STATUS: dict[int, SignalMode] = {
    0: SignalMode.OFFLINE,
    1: SignalMode.NORMAL,
    2: SignalMode.INTERFERENCE,
    3: SignalMode.STUCK,
}


class Waveform:
    """Pressure signals of the nine channels of one module.

    ``sample_rate`` is in samples per second, so one frame of 50 samples covers
    ``50 / sample_rate`` seconds. Everything random comes from ``rng``: two instances built
    with equal generators produce equal frames for equal times.
    """

    def __init__(
        self,
        rng: np.random.Generator,
        *,
        sample_rate: float = 25.0,
        samples: int = SAMPLES_PER_FRAME,
        channels: int = CHANNELS,
    ) -> None:
        self.sample_rate = sample_rate
        self.samples = samples
        self._rng = rng
        self._center = rng.uniform(20_000, 40_000, channels)
        self._amplitude = rng.uniform(300, 3_000, channels)
        self._period = rng.uniform(120, 900, channels)  # seconds: "slow" means minutes
        self._phase = rng.uniform(0, 2 * math.pi, channels)
        self._noise = rng.uniform(5, 40, channels)  # sigma of the white noise, counts
        self._walk = np.zeros(channels)
        self._walk_t = np.full(channels, math.nan)
        self._stuck = np.zeros(channels, dtype=np.uint16)
        self._offsets = np.arange(samples) / sample_rate

    def baseline(self, k: int, t: float) -> float:
        """The noise-free level of channel ``k`` at time ``t`` (seconds), in counts."""
        wave = self._amplitude[k] * math.sin(2 * math.pi * t / self._period[k] + self._phase[k])
        return float(self._center[k] + wave + self._walk[k])

    def frame(self, k: int, t: float, mode: SignalMode = SignalMode.NORMAL) -> Samples:
        """The ``samples`` values of channel ``k`` starting at time ``t`` (seconds)."""
        self._step_walk(k, t)
        if mode is SignalMode.OFFLINE:
            return np.zeros(self.samples, dtype=np.uint16)
        if mode is SignalMode.STUCK:
            if self._stuck[k] == 0:
                self._stuck[k] = int(self.baseline(k, t))
            return np.full(self.samples, self._stuck[k], dtype=np.uint16)
        self._stuck[k] = 0
        ts = t + self._offsets
        level = self._center[k] + self._walk[k]
        level = level + self._amplitude[k] * np.sin(
            2 * np.pi * ts / self._period[k] + self._phase[k]
        )
        sigma = self._noise[k] * (60.0 if mode is SignalMode.INTERFERENCE else 1.0)
        values = level + self._rng.normal(0.0, sigma, self.samples)
        return np.clip(np.rint(values), 0, AD_MAX).astype(np.uint16)

    def _step_walk(self, k: int, t: float) -> None:
        """Advance channel ``k``'s Ornstein-Uhlenbeck drift to time ``t``.

        Mean reversion keeps the drift within a few hundred counts however long the
        simulator runs; the step scales with the square root of the elapsed time.
        """
        last = self._walk_t[k]
        self._walk_t[k] = t
        if math.isnan(last) or t <= last:
            return
        dt = min(t - last, 600.0)
        tau = 300.0  # seconds to forget half-ish of the drift
        sigma = 400.0  # stationary spread, counts
        decay = math.exp(-dt / tau)
        self._walk[k] = self._walk[k] * decay + sigma * math.sqrt(1 - decay**2) * self._rng.normal()


def climate(rng: np.random.Generator, t: float, phase: float) -> tuple[float, float]:
    """Enclosure temperature (°C) and relative humidity (%RH) at time ``t``, to one decimal."""
    day = 2 * math.pi * t / 86_400 + phase
    temperature = 25.0 + 6.0 * math.sin(day) + rng.normal(0.0, 0.1)
    humidity = 55.0 - 15.0 * math.sin(day) + rng.normal(0.0, 0.3)
    return round(temperature, 1), round(min(max(humidity, 0.0), 100.0), 1)
