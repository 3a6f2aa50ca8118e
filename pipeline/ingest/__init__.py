"""Ingest: raw bytes -> decoded text -> (HTML blocks) -> normalised lines -> clean text."""
