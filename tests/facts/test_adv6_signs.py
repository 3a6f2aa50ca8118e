"""Adversarial pass 6, class signs: in `-5~-10℃` the range cannot be read (the first end's
sign is lost to the number scanner), and its second end alone was written as -10 celsius:
a range end is never a value alone."""
import pytest

from pipeline.api import extract_text


@pytest.mark.parametrize("text", [
    "하얼빈의 새벽 기온이 -5~-10℃로 떨어졌다.",
    "치치할의 기온은 -10~-5℃ 사이를 오르내렸다.",
])
def test_signed_range_is_read_whole_never_its_end_alone(text):
    assert [(str(f.value), str(f.value_max)) for f in extract_text(text).facts] == [("-10", "-5")]


def test_signed_single_values_stay():
    facts = extract_text("창춘의 기온은 -15℃, 수출 증가율은 -2.1%였다.").facts
    assert [(f.surface, str(f.value), f.unit) for f in facts] == [("-15℃", "-15", "celsius"), ("-2.1%", "-2.1", "percent")]
