"""``python -m surveystats``: the command line (see :mod:`surveystats.cli`)."""

from surveystats.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
