"""XLSX at the zip/XML level: parts kept as raw bytes, only edited parts re-serialised."""
