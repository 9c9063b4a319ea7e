"""`python -m inspector_app` is the same entry as the `inspector-app` console script."""

import sys

from inspector_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
