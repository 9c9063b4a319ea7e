"""The sections of the main window."""
