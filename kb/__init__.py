"""crosslex: an offline, cross-jurisdiction legal knowledge base with cited, verbatim answers.

Data flow: corpus file -> parsers -> provisions -> chunks -> index -> search -> answer / cite / check.
"""
import os

# Offline by construction: set before any Hugging Face, Chroma or Streamlit import can read them.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")

__version__ = "0.1.0"
