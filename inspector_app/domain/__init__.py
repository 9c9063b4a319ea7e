"""Domain objects and rules: plain dataclasses, no Qt, no SQL."""
