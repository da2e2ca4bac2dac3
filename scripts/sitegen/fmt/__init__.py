"""The repository keeps its YAML files in the form the Decap CMS editor writes.

Decap rewrites a whole file when it saves an entry. Files already in that form
come out of a save changed only where the editor changed something, so a pull
request from the form shows just that. `emitter` writes YAML exactly as Decap
does, `key_order` orders the fields as the editor does, `files` formats and checks
the repository's files (`make fmt`, and the check in `make check`).
"""
