"""The synthetic pressure signals."""

from __future__ import annotations

import numpy as np

from fourgmon.sim.waveform import SignalMode, Waveform, climate


def make(seed: int = 3) -> Waveform:
    return Waveform(np.random.default_rng(seed))


def test_frames_are_50_uint16_samples_in_the_pressure_range() -> None:
    wave = make()
    for k in range(9):
        frame = wave.frame(k, 1000.0)
        assert frame.dtype == np.uint16
        assert frame.shape == (50,)
        assert frame.min() > 10_000 and frame.max() < 50_000


def test_same_seed_same_signal_and_different_seed_differs() -> None:
    a, b, c = make(1), make(1), make(2)
    for t in (0.0, 2.0, 4.0):
        fa, fb, fc = a.frame(4, t), b.frame(4, t), c.frame(4, t)
        assert np.array_equal(fa, fb)
        assert not np.array_equal(fa, fc)


def test_baseline_moves_slowly_with_small_noise() -> None:
    wave = make()
    frames = [wave.frame(0, t).astype(float) for t in np.arange(0.0, 600.0, 2.0)]
    means = np.array([f.mean() for f in frames])
    assert np.abs(np.diff(means)).max() < 300  # neighbouring frames are close
    assert np.ptp(means) > 300  # over ten minutes the level really moves
    assert np.mean([f.std() for f in frames]) < 60


def test_fault_modes_look_like_faults() -> None:
    wave = make()
    assert not wave.frame(1, 10.0, SignalMode.OFFLINE).any()
    stuck = wave.frame(2, 10.0, SignalMode.STUCK)
    assert np.ptp(stuck) == 0 and stuck[0] > 0
    assert np.array_equal(wave.frame(2, 12.0, SignalMode.STUCK), stuck)  # stays stuck
    noisy = wave.frame(3, 10.0, SignalMode.INTERFERENCE).astype(float)
    quiet = wave.frame(3, 12.0).astype(float)
    assert noisy.std() > 10 * quiet.std()


def test_climate_is_plausible() -> None:
    rng = np.random.default_rng(0)
    for t in np.linspace(0, 86_400, 50):
        temperature, humidity = climate(rng, float(t), 0.3)
        assert 15 < temperature < 35 and 0 <= humidity <= 100
        assert round(temperature, 1) == temperature
