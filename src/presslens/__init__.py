"""presslens: who said what in news, how, to whom, and where it came from."""

from presslens.errors import InputError
from presslens.model import SCHEMA_VERSION, Analysis
from presslens.pipeline import analyze, analyze_articles

__version__ = "0.1.0"
__all__ = ["SCHEMA_VERSION", "Analysis", "InputError", "__version__", "analyze", "analyze_articles"]
