"""Rendering the model: Markdown pages (Jinja2 templates), calendars, the feed and the search index."""
