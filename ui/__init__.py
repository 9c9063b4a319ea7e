"""The Qt user interface: windows, dialogs, Qt models and background jobs. Depends on inspector_app, never the reverse."""
