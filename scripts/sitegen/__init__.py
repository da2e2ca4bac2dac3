"""Campaign site generator: campaign YAML files in, Markdown pages out.

Data flows one way: load -> validate -> model -> render -> build. Nothing here
imports MkDocs, so the site can change engine without touching the generator.
"""
