"""``checker serve``: the HTTP service a CMS calls and the review page for editors.

Needs the ``serve`` extra (FastAPI, uvicorn); importing this package alone does not."""
