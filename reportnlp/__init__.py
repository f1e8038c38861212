"""reportnlp: scraped Chinese administrative reports -> clean, structured, auditable JSON."""
from .api import clean_text, extract_bytes, extract_file, extract_text, process
from .document import Document, Span
from .errors import InputError, ReportNLPError

__all__ = [
    "Document",
    "InputError",
    "ReportNLPError",
    "Span",
    "clean_text",
    "extract_bytes",
    "extract_file",
    "extract_text",
    "process",
]
__version__ = "0.1.0"
