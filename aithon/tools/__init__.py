"""Command-line tools: `aithon` (main), `aithon-opt` (opt), `aithon-translate` (translate)."""
