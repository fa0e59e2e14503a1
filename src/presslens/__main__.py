"""``python -m presslens``: the same command line as the ``presslens`` script."""

from presslens.cli import app

app(prog_name="presslens")
