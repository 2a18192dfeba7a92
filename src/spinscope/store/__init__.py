"""The corpus store: analysed articles and their findings in one embedded DuckDB file.

The schema is documented in :mod:`spinscope.store.schema`.
"""

from spinscope.store.schema import SCHEMA_VERSION
from spinscope.store.store import SORT_COLUMNS, Store, StoreError, StoreItem

__all__ = ["SCHEMA_VERSION", "SORT_COLUMNS", "Store", "StoreError", "StoreItem"]
