"""``stemsync`` command groups, each in its own module and registered in ``stemsync/cli.py``."""
