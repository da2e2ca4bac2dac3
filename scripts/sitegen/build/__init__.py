"""Building the site: the docs folder assembled from hand-written and generated pages, MkDocs run strictly, and the preview."""
