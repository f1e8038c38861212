"""``python -m reportnlp``: the same command line as ``reportnlp``."""
from .cli import main

main()
