"""The bundle's entry point: the same `main` as the `kerneopgave` console script."""

from kerneopgave_desktop.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
