"""Files on disk: type sniffing, safety limits, atomic writes, locks."""
