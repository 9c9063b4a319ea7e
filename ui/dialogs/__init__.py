"""Dialogs: signing in, the setup wizard, locking, passwords, recorders and users."""
