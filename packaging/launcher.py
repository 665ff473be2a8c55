"""Entry script of the frozen executable: the same as the ``fourgmon`` console script."""

import sys

from fourgmon.cli import main

if __name__ == "__main__":
    sys.exit(main())
