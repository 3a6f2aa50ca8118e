import codecs

import pytest

from pipeline.ingest.decode import decode
from pipeline.model import BadInput

TEXT = "광동성은 요령성에 982개 기업을 설립하였다. 廣東 遼寧"


@pytest.mark.parametrize("data,encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
    (TEXT.encode("utf-16"), "utf-16"),                          # with BOM
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
    (TEXT.encode("cp949"), "cp949"),
    ("똠방각하 펲시콜라".encode("cp949"), "cp949"),              # CP949-only syllables (not in EUC-KR)
])
def test_decodes(data, encoding):
    text, found = decode(data)
    assert found == encoding
    assert text.lstrip("\ufeff") in (TEXT, "똠방각하 펲시콜라")


@pytest.mark.parametrize("data,reason", [
    (b"", "empty file"),
    (b"  \n\n ", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ("광동성".encode("utf-8")[:-1] + b"\xff\xfe\xfd " + "더".encode("utf-8"), "undecodable bytes"),
    ("Ça coûte très cher, déjà vu à Genève".encode("latin-1"), "not UTF-8, UTF-16 or CP949"),
])
def test_refuses(data, reason):
    with pytest.raises(BadInput, match=reason):
        decode(data)
