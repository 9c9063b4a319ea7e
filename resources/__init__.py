"""Files the app ships with: fonts (with their licence), compiled translations, document templates, icons.

Code finds them through `resources.paths`, which also works inside a PyInstaller bundle.
"""
