"""Sizes shared by the templates, the checks and the canvas (scene units)."""

CARD_WIDTH = 240.0
CARD_HEIGHT = 150.0
GAP = 20.0
"""Between cards, and the grid step."""
ZONE_MARGIN = 20.0
"""Inside a zone's left, right and bottom edges."""
ZONE_TITLE_SPACE = 60.0
"""Room at the top of a zone for its title; cards go below it."""
