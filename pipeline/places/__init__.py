"""Places stage: find Chinese place mentions and resolve them to the gazetteer.

    gaz = load_gazetteer()
    mentions = find_places(clean_text, gaz)
"""
from pipeline.places.gazetteer import Gazetteer, load_gazetteer
from pipeline.places.matcher import find_places

__all__ = ["Gazetteer", "load_gazetteer", "find_places"]
