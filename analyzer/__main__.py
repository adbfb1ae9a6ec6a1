"""``python -m analyzer`` is the same as the ``sara`` command."""

from .cli import main

if __name__ == "__main__":
    raise SystemExit(main())
