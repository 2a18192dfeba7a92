"""Exports of the corpus store to the formats analysts' tools read, one module per format."""
