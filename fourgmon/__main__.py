import sys

from fourgmon.cli import main

sys.exit(main())
