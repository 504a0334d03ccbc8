"""FDX at the XML level: hardened parsing, the body walk, in-place editing helpers."""
