"""The local web app of ``presslens serve``: a paste/upload page and a JSON API over ``analyze``."""
