"""Format writers: model (and the original bytes, for in-place updates) in, bytes out."""
