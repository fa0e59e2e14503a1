"""Who said what: quotations, attribution frames, media, speakers and provenance notes."""

from presslens.attribution.extract import AttributionLayer, extract

__all__ = ["AttributionLayer", "extract"]
