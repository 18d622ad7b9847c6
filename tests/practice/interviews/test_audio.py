import pytest

from prep.practice.interviews import audio
from tests.audio_samples import SPOKEN, recording

TOLERANCE = 0.2


@pytest.mark.parametrize(
    ("container", "codec"),
    [("webm", "libopus"), ("mp4", "aac"), ("ogg", "libopus"), ("wav", "pcm_s16le")],
)
class TestMeasure:
    def test_it_finds_the_first_word_speaking_time_and_the_long_pause(self, container, codec):
        measures = audio.analyse(recording(SPOKEN, container=container, codec=codec))

        assert measures.duration == pytest.approx(9.0, abs=TOLERANCE)
        assert measures.first_word == pytest.approx(1.0, abs=TOLERANCE)
        assert measures.speaking == pytest.approx(7.5, abs=TOLERANCE)
        assert len(measures.pauses) == 1
        assert measures.longest_pause == pytest.approx(2.5, abs=TOLERANCE)
        assert measures.pauses[0][0] == pytest.approx(4.0, abs=TOLERANCE)


class TestPauses:
    def test_a_pause_under_two_seconds_is_not_counted(self):
        measures = audio.analyse(
            recording([("voice", 2.0), ("silence", 1.5), ("voice", 2.0), ("silence", 3.0)])
        )

        assert measures.pauses == []
        assert measures.longest_pause == 0
        assert measures.first_word == pytest.approx(0.0, abs=TOLERANCE)
        assert measures.speaking == pytest.approx(5.5, abs=TOLERANCE)

    def test_several_long_pauses_are_counted_and_the_longest_kept(self):
        measures = audio.analyse(
            recording(
                [
                    ("silence", 0.5),
                    ("voice", 1.5),
                    ("silence", 2.2),
                    ("voice", 1.5),
                    ("silence", 4.0),
                    ("voice", 1.0),
                ]
            )
        )

        assert len(measures.pauses) == 2
        assert measures.longest_pause == pytest.approx(4.0, abs=TOLERANCE)

    def test_silence_alone_has_no_first_word(self):
        measures = audio.analyse(recording([("silence", 3.0)]))

        assert measures.first_word is None
        assert measures.speaking == 0
        assert measures.pauses == []


class TestDecode:
    def test_it_names_the_type_the_browser_plays(self):
        assert audio.decode(recording(SPOKEN)).content_type == "audio/webm"
        mp4 = recording(SPOKEN, container="mp4", codec="aac")
        assert audio.decode(mp4).content_type == "audio/mp4"

    def test_text_is_not_audio(self):
        with pytest.raises(audio.NotAudio):
            audio.decode("안녕하세요, 녹음이 아닙니다.".encode() * 50)

    def test_an_empty_file_is_not_audio(self):
        with pytest.raises(audio.NotAudio):
            audio.decode(b"")

    def test_a_file_cut_off_in_transit_is_truncated(self):
        data = recording([("voice", 10.0)])

        with pytest.raises(audio.Truncated):
            audio.decode(data[: len(data) // 2])

    def test_a_recording_shorter_than_the_browser_says_is_truncated(self):
        data = recording([("voice", 3.0)], container="ogg")

        with pytest.raises(audio.Truncated):
            audio.decode(data, expected_seconds=20)
        assert audio.decode(data, expected_seconds=3.4).seconds == pytest.approx(3.0, abs=0.1)

    def test_the_cut_off_mp4_is_not_readable(self):
        data = recording(SPOKEN, container="mp4", codec="aac")

        with pytest.raises(audio.AudioProblem):
            audio.decode(data[: len(data) // 2])


class TestWithDuration:
    def test_a_recording_streamed_like_mediarecorder_gets_its_duration(self):
        live = recording(SPOKEN, live=True)
        assert audio.decode(live).has_duration is False

        fixed = audio.with_duration(live, "audio/webm")

        assert audio.decode(fixed).has_duration
        assert audio.analyse(fixed) == audio.analyse(live)

    def test_a_file_with_a_duration_is_left_alone(self):
        data = recording(SPOKEN, container="mp4", codec="aac")

        assert audio.with_duration(data, "audio/mp4") is data


class TestSyllablesPerMinute:
    def test_pace_is_counted_over_the_speaking_time(self):
        measures = audio.Measures(duration=32.0, segments=[(1.0, 16.0), (17.0, 31.0)])
        transcript = "가" * 150

        assert measures.syllables_per_minute(transcript) == 300

    def test_no_pace_without_a_transcript(self):
        measures = audio.Measures(duration=32.0, segments=[(1.0, 31.0)])

        assert measures.syllables_per_minute("") is None

    def test_measures_survive_a_round_trip_through_json(self):
        measures = audio.Measures(duration=9.0, segments=[(1.0, 4.0), (6.5, 8.5)])

        assert audio.Measures.from_dict(measures.as_dict()) == measures
