"""Small recordings the tests make themselves: a voice-like tone and silence, encoded by PyAV.

The "voice" is a 150 Hz buzz with its harmonics, swelling four times a second like syllables;
WebRTC's voice detector takes it for speech, and digital silence for none.
"""

import io

import av
import numpy as np

RATE = 48_000


def _pcm(segments: list[tuple[str, float]]) -> np.ndarray:
    parts = []
    for kind, seconds in segments:
        t = np.arange(int(seconds * RATE)) / RATE
        if kind == "voice":
            wave = sum(np.sin(2 * np.pi * 150 * k * t) / k for k in range(1, 12))
            wave *= 0.6 + 0.4 * np.sin(2 * np.pi * 4 * t)
            wave = 0.3 * wave / np.abs(wave).max()
        else:
            wave = np.zeros_like(t)
        parts.append(wave)
    return (np.concatenate(parts) * 32767).astype(np.int16)


class _LiveStream:
    """A sink that cannot seek back, like MediaRecorder's: the muxer writes no duration."""

    def __init__(self):
        self.buffer = io.BytesIO()

    def write(self, data: bytes) -> int:
        return self.buffer.write(data)

    def flush(self) -> None:
        pass


def recording(
    segments: list[tuple[str, float]],
    *,
    container: str = "webm",
    codec: str = "libopus",
    live: bool = False,
) -> bytes:
    """Encodes ("voice" | "silence", seconds) pieces, e.g. WebM/Opus as Chrome records it.

    `live` writes it as a browser streams it: no duration and no seek index in the file.
    """
    data = _pcm(segments)
    sink = _LiveStream() if live else io.BytesIO()
    buffer = sink.buffer if live else sink
    with av.open(sink, "w", format=container) as output:
        stream = output.add_stream(codec, rate=RATE)
        stream.layout = "mono"
        step = 960
        for offset in range(0, len(data), step):
            chunk = data[offset : offset + step].reshape(1, -1)
            frame = av.AudioFrame.from_ndarray(chunk, format="s16", layout="mono")
            frame.sample_rate = RATE
            frame.pts = offset
            for packet in stream.encode(frame):
                output.mux(packet)
        for packet in stream.encode(None):
            output.mux(packet)
    return buffer.getvalue()


# 1 s of silence, 3 s of voice, a 2.5 s pause, 2 s of voice, 0.5 s of silence.
SPOKEN = [("silence", 1.0), ("voice", 3.0), ("silence", 2.5), ("voice", 2.0), ("silence", 0.5)]
