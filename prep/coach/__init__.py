"""Plain-Python analysis of Korean answer text: counting and coaching feedback."""
