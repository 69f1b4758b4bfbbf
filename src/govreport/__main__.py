"""``python -m govreport``: the ``govreport`` command."""

import sys

from govreport._cli import main

if __name__ == "__main__":
    sys.exit(main())
