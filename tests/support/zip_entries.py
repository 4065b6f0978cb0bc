#!/usr/bin/env python3
"""Reads a ZIP file with Python's zipfile, an independent reader, and prints its entries as JSON:
{"name": "<base64 of the content>", ...}, or exits 1 when the file is not a sound ZIP."""
import base64
import json
import sys
import zipfile

with zipfile.ZipFile(sys.argv[1]) as archive:
    if archive.testzip() is not None:
        sys.exit(1)
    print(json.dumps({info.filename: base64.b64encode(archive.read(info)).decode("ascii")
                      for info in archive.infolist()}, ensure_ascii=False))
