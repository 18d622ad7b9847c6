"""Decoding a spoken answer and measuring it: when speech starts, how long it runs, where it stops.

Plain Python, no Django: PyAV (FFmpeg) decodes whatever container the browser recorded, and
webrtcvad (WebRTC's voice activity detector) marks each 30 ms frame as voice or not. The measures
are observable facts (seconds, counts); nothing here guesses at confidence or emotion.
"""

import io
from dataclasses import dataclass, field
from typing import BinaryIO

from prep.coach.style import spoken_syllables

# PyAV (FFmpeg) and webrtcvad are imported by the functions that decode, not here: every page
# loads this module through the recording model, and FFmpeg's libraries would add ~28 MB to each
# web worker that never receives a recording.

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
# 10 MB of Opus is over half an hour; nobody answers one question that long, and decoding it
# would hold a worker for seconds.
MAX_SECONDS = 15 * 60
SAMPLE_RATE = 16_000
FRAME_SECONDS = 0.03
# WebRTC's strictest mode: a room's hum or a keyboard is less often taken for a voice, which
# matters more here than catching the quietest syllable.
VAD_MODE = 3
# Voice runs closer than this are one stretch of speech (the gaps between words and syllables);
# runs shorter than MIN_VOICE_SECONDS are clicks and breaths, not words.
JOIN_GAP_SECONDS = 0.3
MIN_VOICE_SECONDS = 0.09
LONG_PAUSE_SECONDS = 2.0
# A recording that decodes this much shorter than its container (or the browser) says it lasted
# was cut off on the way.
TRUNCATION_TOLERANCE_SECONDS = 1.5

# What FFmpeg calls the containers browsers record and play, and the type to serve them as.
PLAYABLE_CONTAINERS = {
    "matroska,webm": "audio/webm",
    "ogg": "audio/ogg",
    "mov,mp4,m4a,3gp,3g2,mj2": "audio/mp4",
    "wav": "audio/wav",
    "mp3": "audio/mpeg",
}


class AudioProblem(Exception):
    """An upload we cannot keep; `reason` says which kind, for the message the candidate sees."""

    reason = "not_audio"


class NotAudio(AudioProblem):
    reason = "not_audio"


class Truncated(AudioProblem):
    reason = "truncated"


class TooLong(AudioProblem):
    reason = "too_long"


@dataclass(frozen=True)
class Decoded:
    pcm: bytes  # 16 kHz mono signed 16-bit
    seconds: float
    content_type: str
    has_duration: bool  # False for MediaRecorder's WebM: players then cannot show or seek well


def decode(source: bytes | BinaryIO, *, expected_seconds: float | None = None) -> Decoded:
    """The recording's audio as 16 kHz mono PCM; raises an AudioProblem when it is not usable.

    `expected_seconds` is how long the browser says it recorded (MediaRecorder's WebM has no
    duration of its own), so a file cut off in transit is recognised.
    """
    import av

    if isinstance(source, bytes):
        source = io.BytesIO(source)
    chunks: list[bytes] = []
    try:
        with av.open(source, mode="r") as container:
            content_type = PLAYABLE_CONTAINERS.get(container.format.name)
            if content_type is None or not container.streams.audio:
                raise NotAudio
            stream = container.streams.audio[0]
            declared = container.duration / av.time_base if container.duration else None
            resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
            samples = 0
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    chunks.append(bytes(out.planes[0])[: out.samples * 2])
                    samples += out.samples
                if samples > MAX_SECONDS * SAMPLE_RATE:
                    raise TooLong
            for out in resampler.resample(None):
                chunks.append(bytes(out.planes[0])[: out.samples * 2])
    except AudioProblem:
        raise
    except (av.FFmpegError, ValueError, IndexError) as error:
        # FFmpeg cannot read it at all (or stops mid-way in a damaged frame).
        raise NotAudio from error
    pcm = b"".join(chunks)
    seconds = len(pcm) / 2 / SAMPLE_RATE
    if seconds < FRAME_SECONDS:
        raise NotAudio
    for claimed in (declared, expected_seconds):
        if claimed and claimed - seconds > TRUNCATION_TOLERANCE_SECONDS + 0.05 * claimed:
            raise Truncated
    return Decoded(
        pcm=pcm, seconds=seconds, content_type=content_type, has_duration=declared is not None
    )


# Containers we rewrite (packets copied, nothing re-encoded) when they lack a duration.
REMUX_FORMATS = {"audio/webm": "webm", "audio/ogg": "ogg"}


def with_duration(data: bytes, content_type: str) -> bytes:
    """The same audio in a file that states its duration and has a seek index.

    A browser's MediaRecorder writes WebM as a live stream, without either, so players show
    0:00 and seek slowly; copying the packets into a fresh file adds both. Any other file, or
    one FFmpeg cannot rewrite, is returned as it came.
    """
    import av

    target = REMUX_FORMATS.get(content_type)
    if target is None:
        return data
    output = io.BytesIO()
    try:
        with av.open(io.BytesIO(data)) as source, av.open(output, "w", format=target) as copy:
            stream = source.streams.audio[0]
            copied = copy.add_stream_from_template(stream)
            for packet in source.demux(stream):
                if packet.dts is None:
                    continue  # the demuxer's end-of-stream marker
                packet.stream = copied
                copy.mux(packet)
    except (av.FFmpegError, ValueError):
        return data
    return output.getvalue()


@dataclass(frozen=True)
class Measures:
    """What the audio shows. Times are seconds from the start of the recording."""

    duration: float
    segments: list[tuple[float, float]] = field(default_factory=list)  # stretches of speech

    @property
    def first_word(self) -> float | None:
        """Silence before the first word."""
        return self.segments[0][0] if self.segments else None

    @property
    def speaking(self) -> float:
        """From the first word to the end of the last one, pauses included."""
        return self.segments[-1][1] - self.segments[0][0] if self.segments else 0.0

    @property
    def voiced(self) -> float:
        return sum(end - start for start, end in self.segments)

    @property
    def pauses(self) -> list[tuple[float, float]]:
        """Silences of LONG_PAUSE_SECONDS or more between two stretches of speech."""
        return [
            (end, start)
            for (_, end), (start, _) in zip(self.segments, self.segments[1:], strict=False)
            if start - end >= LONG_PAUSE_SECONDS
        ]

    @property
    def longest_pause(self) -> float:
        return max((end - start for start, end in self.pauses), default=0.0)

    def syllables_per_minute(self, transcript: str) -> int | None:
        """Pace over the speaking time, when the candidate typed what they said."""
        syllables = spoken_syllables(transcript)
        if syllables < 10 or self.speaking < 5:
            return None
        return round(syllables / self.speaking * 60)

    def as_dict(self) -> dict:
        return {
            "duration": round(self.duration, 2),
            "segments": [[round(s, 2), round(e, 2)] for s, e in self.segments],
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Measures":
        return cls(
            duration=float(data.get("duration", 0.0)),
            segments=[(float(s), float(e)) for s, e in data.get("segments", [])],
        )


def voice_frames(pcm: bytes) -> list[bool]:
    import webrtcvad

    vad = webrtcvad.Vad(VAD_MODE)
    size = int(SAMPLE_RATE * FRAME_SECONDS) * 2
    return [
        vad.is_speech(pcm[offset : offset + size], SAMPLE_RATE)
        for offset in range(0, len(pcm) - size + 1, size)
    ]


def measure(pcm: bytes) -> Measures:
    """Speech stretches found in 16 kHz mono PCM (as `decode` returns it)."""
    runs: list[list[float]] = []
    for index, voiced in enumerate(voice_frames(pcm)):
        if not voiced:
            continue
        start = index * FRAME_SECONDS
        if runs and start - runs[-1][1] < JOIN_GAP_SECONDS:
            runs[-1][1] = start + FRAME_SECONDS
        else:
            runs.append([start, start + FRAME_SECONDS])
    segments = [(start, end) for start, end in runs if end - start >= MIN_VOICE_SECONDS]
    return Measures(duration=len(pcm) / 2 / SAMPLE_RATE, segments=segments)


def analyse(source: bytes | BinaryIO, *, expected_seconds: float | None = None) -> Measures:
    return measure(decode(source, expected_seconds=expected_seconds).pcm)
