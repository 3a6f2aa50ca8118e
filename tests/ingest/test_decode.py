"""Decoding accepts what the evidence supports and refuses the rest with a reason (decode.py's order)."""
import codecs

import pytest

from pipeline.ingest.decode import decode
from pipeline.model import BadInput

TEXT = "광동성은 요령성에 982개 기업을 설립하였다. 廣東 遼寧"
ZH = "广东省深圳市今年前三季度地区生产总值增长百分之五，高新技术企业数量达到两万家。"
ZH_TW = "廣東省深圳市今年前三季度地區生產總值增長百分之五，高新技術企業數量達到兩萬家。"


@pytest.mark.parametrize("data,encoding,text", [
    (TEXT.encode("utf-8"), "utf-8", TEXT),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8", TEXT),
    (TEXT.encode("utf-16"), "utf-16", TEXT),                          # with BOM
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16", TEXT),
    (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "utf-32", TEXT),   # not UTF-16 with NULs
    (codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"), "utf-32", TEXT),
    (TEXT.encode("utf-16-le"), "utf-16", TEXT),                       # no BOM: NULs of the ASCII in one byte position
    (TEXT.encode("utf-16-be"), "utf-16", TEXT),
    (TEXT.encode("cp949"), "cp949", TEXT),
    ("똠방각하 펲시콜라".encode("cp949"), "cp949", "똠방각하 펲시콜라"),   # CP949-only syllables (not in EUC-KR)
    ("오늘 날씨가 좋아서 공원에 다녀왔습니다.".encode("cp949"), "cp949", "오늘 날씨가 좋아서 공원에 다녀왔습니다."),
    ("한국어 문장".encode("cp949"), "cp949", "한국어 문장"),
    ("廣東省의 經濟成長率은 去年 對比 크게 增加하였다".encode("cp949"), "cp949", "廣東省의 經濟成長率은 去年 對比 크게 增加하였다"),
    ("<meta charset=utf-8><p>광동성은 투자를 늘렸다</p>".encode("cp949"), "cp949",      # a wrong declaration
     "<meta charset=utf-8><p>광동성은 투자를 늘렸다</p>"),
    # a declared charset that decodes cleanly
    ("<meta charset='euc-kr'><p>광동성 투자</p>".encode("cp949"), "cp949", "<meta charset='euc-kr'><p>광동성 투자</p>"),
    (f'<meta http-equiv="Content-Type" content="text/html; charset=GBK"><p>{ZH}</p>'.encode("gbk"), "gb18030",
     f'<meta http-equiv="Content-Type" content="text/html; charset=GBK"><p>{ZH}</p>'),
    ("<meta charset=gbk><p>广东</p>".encode("gbk"), "gb18030", "<meta charset=gbk><p>广东</p>"),   # too short to detect, declared
    ("<meta charset=big5><p>廣東</p>".encode("big5"), "big5", "<meta charset=big5><p>廣東</p>"),
    ("<meta charset=iso-8859-1><p>Genève coûte</p>".encode("latin-1"), "iso8859-1", "<meta charset=iso-8859-1><p>Genève coûte</p>"),
    # a wrong declaration loses to strict UTF-8
    ("<meta charset=euc-kr><p>광동성</p>".encode("utf-8"), "utf-8", "<meta charset=euc-kr><p>광동성</p>"),
    # Chinese pages without a declaration, decoded as what they are
    (ZH.encode("gbk"), "gb18030", ZH),
    (ZH.encode("gb18030"), "gb18030", ZH),
    ("广东省经济增长".encode("gbk"), "gb18030", "广东省经济增长"),
    (ZH_TW.encode("big5"), "big5", ZH_TW),
    ("廣東省經濟增長".encode("big5"), "big5", "廣東省經濟增長"),
])
def test_decodes(data, encoding, text):
    assert decode(data) == (text, encoding)


@pytest.mark.parametrize("data,reason", [
    (b"", "empty file"),
    (b"  \n\n ", "empty file"),
    (codecs.BOM_UTF8, "empty file"),                        # only a BOM
    (codecs.BOM_UTF16_LE, "empty file"),
    (codecs.BOM_UTF8 + " \n\u3000\t".encode("utf-8"), "empty file"),   # only whitespace, ideographic space too
    (" \n".encode("utf-16"), "empty file"),
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF file"),
    (b"\n  %PDF-1.7 ...", "PDF file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    (b"\x01\x00\x02\x00\x03\x00\x04\x00\x05\x00", "binary file"),   # NULs in place, but control characters
    ("광동성".encode("utf-8")[:-1] + b"\xff\xfe\xfd " + "더".encode("utf-8"), "not UTF-8 \\(bad byte at offset 6\\)"),
    # other encodings that decode as CP949 without error, but into rare or non-Korean syllables
    ("Ça coûte très cher, déjà vu à Genève".encode("latin-1"), "not recognised"),
    ("Größe".encode("latin-1"), "not recognised"),
    ("東京都の人口は増加した".encode("shift_jis"), "not recognised"),
    ("こんにちは".encode("shift_jis"), "not recognised"),
    ("深圳市".encode("gbk"), "not recognised"),             # three characters: too short to tell GBK from Big5
    ("<meta charset=utf-8><p>".encode() + "광동성".encode("cp949")[:3] + "ン".encode("shift_jis"), "not recognised"),
])
def test_refuses(data, reason):
    with pytest.raises(BadInput, match=reason):
        decode(data)


def test_gbk_page_is_never_read_as_korean():
    """GB2312's common hanzi sit where KS X 1001 keeps Hangul: a GBK page decodes as CP949 without
    an error. It must come out as Chinese, not as Hangul mojibake."""
    text, encoding = decode(("<p>" + ZH + "</p>").encode("gbk"))
    assert encoding == "gb18030" and ZH in text


def test_refusal_names_a_likely_encoding():
    with pytest.raises(BadInput, match="charset-normalizer guesses cp932"):
        decode("東京都の人口は増加した".encode("shift_jis"))


def test_any_bytes_decode_or_are_refused_with_a_reason():
    import random
    rng = random.Random(4)
    seeds = [TEXT.encode(e) for e in ("utf-8", "utf-16", "cp949")] + [ZH.encode("gbk"), ZH_TW.encode("big5")]
    for _ in range(3000):
        data = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(0, 4)):
            i = rng.randrange(len(data) + 1)
            data[i:i + rng.randint(0, 3)] = bytes(rng.randrange(256) for _ in range(rng.randint(0, 3)))
        try:
            text, encoding = decode(bytes(data))
        except BadInput as e:
            assert str(e) and "\n" not in str(e)
        else:
            assert text.strip() and encoding
