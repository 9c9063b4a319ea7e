"""The Qt user interface: windows, dialogs, Qt models and background jobs. Depends on inspector_app, never the reverse.

The pure-Python modules the first window needs are imported here, before PySide6: PySide6 installs an
import hook that reads the source of every module imported after it, which would slow the start.
"""

import inspector_app.domain.recorders  # noqa: F401
import inspector_app.domain.roles  # noqa: F401
import inspector_app.domain.users  # noqa: F401
import inspector_app.errors  # noqa: F401
import inspector_app.paths  # noqa: F401
import inspector_app.settings  # noqa: F401
import resources.paths  # noqa: F401
