"""Recorder devices: vendor profiles now; finding docked recorders and the ingest engine come with the ingest work."""
