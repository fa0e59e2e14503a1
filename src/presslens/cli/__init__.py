"""The ``presslens`` command line; each module registers its commands on the one Typer app."""

from presslens.cli import analyze, corpus, evaluate, train
from presslens.cli.app import app

__all__ = ["analyze", "app", "corpus", "evaluate", "train"]
