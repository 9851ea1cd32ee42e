"""Qt graphics items and scene that view the document."""
