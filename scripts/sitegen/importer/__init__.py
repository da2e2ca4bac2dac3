"""`make import FILE=…`: from an incoming official document to registry entries
and a draft campaign.

One sub-package or module per stage: `read/` turns a .docx, .pdf (its text
layer, or OCR when it has none), photo or pasted .txt/.md into text;
`normalise` joins broken lines and keeps each line's number; `parse/` finds
the facts (pure functions over lines, each fact with its source line);
`match` looks them up in the registries; `write` appends what is new and
writes one draft campaign; `summary` says it all in Vietnamese.
"""
