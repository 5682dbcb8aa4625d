"""perbup-kb: Peraturan Bupati on Sistem Kerja as a logic-programming knowledge base."""

__version__ = "0.1.0"
