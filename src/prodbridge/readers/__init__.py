"""Format readers: bytes in, (model, issues) out."""
