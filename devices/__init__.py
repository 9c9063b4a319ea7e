"""Recorder devices: vendor profiles (data in resources/profiles), safe listing of a docked volume, finding docked
recorders among the mounted volumes. QtCore at most; the domain never imports this package."""
