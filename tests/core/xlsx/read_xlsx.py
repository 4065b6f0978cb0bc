#!/usr/bin/env python3
"""Reads a workbook with openpyxl, an independent reader, and prints what a test checks as JSON:
each cell's type, value and number format, the frozen pane, the auto-filter and the column widths."""
import json
import sys

import openpyxl

sheet = openpyxl.load_workbook(sys.argv[1]).active
rows = []
for row in sheet.iter_rows():
    rows.append([{"type": type(c.value).__name__, "value": c.value if not hasattr(c.value, "isoformat")
                  else c.value.isoformat(), "format": c.number_format, "bold": bool(c.font and c.font.b)}
                 for c in row])
widths = {key: dim.width for key, dim in sheet.column_dimensions.items()}
print(json.dumps({"title": sheet.title, "rows": rows, "freeze": sheet.freeze_panes,
                  "filter": sheet.auto_filter.ref, "widths": widths}, ensure_ascii=False))
