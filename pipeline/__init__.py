"""hanfacts: Korean-Chinese document pipeline.

Stages, in the order data flows:
    ingest (decode, html, normalize, clean) -> segment -> places -> facts -> write
`pipeline.document.process` runs them for one document as a pure function.
"""
