"""Reports: an analysed article becomes one plain dict (the JSON contract); renderers turn that
dict into JSON, JSONL, Markdown or a self-contained HTML page."""

from spinscope.report.build import SCHEMA_VERSION, article_to_dict, error_to_dict

__all__ = ["SCHEMA_VERSION", "article_to_dict", "error_to_dict"]
