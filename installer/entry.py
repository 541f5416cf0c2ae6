"""Entry point of the frozen program (PyInstaller): the same as the `coordinator-app` command."""

import multiprocessing
import sys

from coordinator_app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
