"""`python -m prodbridge` → the command line."""

from prodbridge.cli import main

if __name__ == "__main__":
    main()
