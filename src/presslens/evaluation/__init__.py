"""Evaluation of presslens layers against gold corpora, with the metrics of each field."""
