"""prodbridge: screenplay ↔ production paperwork, with intimacy coordination built in."""

__version__ = "0.1.0"
