"""Errors about one input, reported to the user and skipped, never fatal to a batch."""

from __future__ import annotations


class InputError(Exception):
    """One input (file, JSONL line, URL) could not be read; ``input`` names it."""

    def __init__(self, input: str, reason: str):
        super().__init__(f"{input}: {reason}")
        self.input = input
        self.reason = reason

    def to_dict(self) -> dict:
        return {"input": self.input, "error": self.reason}
