"""``python -m govreport``: the ``govreport`` command."""

from govreport._cli import run

if __name__ == "__main__":
    run()
