"""A Korean-language site run in China heads its lists of other articles in Chinese (`热点新闻`,
`相关新闻`) and shares to Chinese platforms (`微信 微博 QQ空间`): the list's headlines and the share
bar go, with their figures and places (generic.toml: furniture_section, share_tools)."""
from pipeline.api import extract_text

PAGE = ("<html><head><title>화평구 민속축제 성황 - 가상조선문보</title></head><body>"
        "<h1>화평구 민속축제 성황</h1><div class='body'>"
        "<p>심양시 화평구에서 열린 민속축제에 연인원 12만명이 다녀갔다.</p>"
        "<p>행사장에서 팔린 랭면은 한그릇에 18원이였다.</p></div>"
        "<p class='share'>공유하기: 微信 微博 QQ空间</p>"
        "<div class='hot'><b>热点新闻</b><ol><li>심양—서울 항공편 주 42편으로 늘어</li>"
        "<li>단동 조선족학교 신입생 120명 모집</li><li>본계시 관광객 300만명 돌파</li></ol></div>"
        "<div class='foot'>辽ICP备00000000号 | 가상조선문보사 판권소유</div></body></html>")


def test_a_chinese_headed_list_and_share_bar_go():
    doc = extract_text(PAGE, url="gasang-joseon/view.html")
    assert "연인원 12만명" in doc.clean and "18원" in doc.clean
    for gone in ("微信", "42편", "신입생", "본계시"):
        assert gone not in doc.clean, gone
    assert not {"丹东市", "本溪市"} & {p.name_zh for p in doc.places}
    assert not [f for f in doc.facts if f.surface in ("42편", "120명", "300만명")]
