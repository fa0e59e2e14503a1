"""Across articles: the DuckDB corpus store, story clusters, reprint chains and quote drift."""
