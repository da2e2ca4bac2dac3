"""Loading and validating the editors' files: YAML read safely, every file against its schema, every reference and page path checked."""
