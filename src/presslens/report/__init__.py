"""Renderings of an :class:`~presslens.model.Analysis` for people and programs."""
