"""A LanguageTool-compatible endpoint: ``POST /v2/check`` and ``GET /v2/languages``.

Editors, CMS and browser plugins that speak LanguageTool's HTTP API can use the checker
unchanged: they post form fields ``text`` (or ``data``, annotated markup), ``language`` (a code
such as ``en-US`` or ``ar``, or ``auto``) and get LanguageTool's response shape back —
``software``, ``warnings``, ``language``, ``matches`` — with offsets and lengths in UTF-16 code
units, as LanguageTool (a Java server) counts them. Each finding is one match: its message, its
primary span, the suggestions that replace that span; the rule's family is the match's category.
A finding's related spans have no place in a match: the message names them.
"""

from __future__ import annotations

import hmac
import json
from typing import Any
from urllib.parse import parse_qsl

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse
from pydantic import BaseModel

from checker.core.engine import Engine
from checker.core.models import Article
from checker.core.version import __version__
from checker.language.detect import detect_language
from checker.service.pool import utf16_offsets
from checker.service.state import Service

#: LanguageTool's API version this endpoint follows.
API_VERSION = 1
#: How many characters of the text a match's context shows on each side of the match.
CONTEXT = 40


class LtSoftware(BaseModel):
    name: str
    version: str
    buildDate: str
    apiVersion: int
    premium: bool
    premiumHint: str
    status: str


class LtDetected(BaseModel):
    name: str
    code: str
    confidence: float


class LtLanguage(BaseModel):
    name: str
    code: str
    detectedLanguage: LtDetected


class LtCategory(BaseModel):
    id: str
    name: str


class LtRule(BaseModel):
    id: str
    description: str
    issueType: str
    category: LtCategory


class LtContext(BaseModel):
    text: str
    offset: int
    length: int


class LtMatch(BaseModel):
    message: str
    shortMessage: str
    replacements: list[dict[str, str]]
    offset: int
    length: int
    context: LtContext
    sentence: str
    type: dict[str, str]
    rule: LtRule
    ignoreForIncompleteSentence: bool
    contextForSureMatch: int


class LtResponse(BaseModel):
    """LanguageTool's answer to ``/v2/check``."""

    software: LtSoftware
    warnings: dict[str, bool]
    language: LtLanguage
    matches: list[LtMatch]


class LtLanguageEntry(BaseModel):
    name: str
    code: str
    longCode: str


def _form_schema(languages: list[str], max_chars: int) -> dict[str, Any]:
    """The OpenAPI description of the form ``/v2/check`` reads (parsed by hand: no multipart)."""
    return {"requestBody": {"required": True, "content": {"application/x-www-form-urlencoded": {"schema": {
        "type": "object", "required": ["language", "text"],
        "properties": {
            "text": {"type": "string", "description": f"The text to check (at most {max_chars} characters: "
                                                      f"a longer one is answered 413, as LanguageTool does)."},
            "language": {"type": "string", "enum": ["auto", *languages]},
            "apiKey": {"type": "string", "description": "The API key, when the server asks for one."}}}}}}}


_TEXT_ERRORS = {status: {"description": what, "content": {"text/plain": {"schema": {"type": "string"}}}}
                for status, what in ((400, "a missing or bad parameter"), (401, "no valid API key"),
                                     (413, "a text over the limit"))}


class LanguageToolError(Exception):
    """A request LanguageTool would refuse: answered with its status and a plain-text message."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


def form_fields(body: bytes, query: dict[str, str]) -> dict[str, str]:
    """The request's parameters: the query string's, then the urlencoded body's (which win)."""
    fields = dict(query)
    try:
        fields.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    except UnicodeDecodeError:
        raise LanguageToolError(400, "Error: the request body is not valid UTF-8") from None
    return fields


def annotated_text(data: str) -> tuple[str, list[int], str]:
    """The text to check of LanguageTool's ``data`` parameter
    (``{"annotation": [{"text": …}, {"markup": …, "interpretAs": …}]}``), the position in the
    whole document (text and markup, as offsets are reported) of each of its characters and of
    its end, and that whole document."""
    try:
        parts = json.loads(data).get("annotation")
    except (json.JSONDecodeError, AttributeError):
        raise LanguageToolError(400, "Error: 'data' must be a JSON object with an 'annotation' list") from None
    if not isinstance(parts, list):
        raise LanguageToolError(400, "Error: 'data' must be a JSON object with an 'annotation' list")
    text, where, whole = [], [], []
    pos = 0
    for part in parts:
        if not isinstance(part, dict) or not all(isinstance(v, str) for v in part.values()):
            raise LanguageToolError(400, "Error: each annotation must be an object of strings")
        if "text" in part:
            text.append(part["text"])
            where.extend(range(pos, pos + len(part["text"])))
            whole.append(part["text"])
            pos += len(part["text"])
        elif "markup" in part:
            seen = part.get("interpretAs", "")
            text.append(seen)
            where.extend([pos] * len(seen))
            whole.append(part["markup"])
            pos += len(part["markup"])
        else:
            raise LanguageToolError(400, "Error: an annotation needs 'text' or 'markup'")
    return "".join(text), where + [pos], "".join(whole)


def language_of(requested: str, text: str, engine: Engine) -> tuple[str, str]:
    """The checker's language for LanguageTool's ``language`` (``en-US`` -> ``en``, ``auto``:
    detected) and the detected one (for ``detectedLanguage``)."""
    available = engine.lexicons.languages
    detected = detect_language(text, engine.lexicons) or (available[0] if available else "en")
    if requested == "auto":
        return detected, detected
    code = requested.split("-")[0].lower()
    if code not in available:
        raise LanguageToolError(400, f"Error: '{requested}' is not a language code known to this server "
                                     f"(known: {', '.join(available)}, auto)")
    return code, detected


def _language(code: str) -> dict[str, str]:
    return {"name": code, "code": code, "longCode": code}


def match(finding: dict, text: str, sentence: str, to_doc, doc16, rule) -> dict[str, Any]:
    """One LanguageTool match of a finding (the dump of the CLI's JSON) found in ``text``;
    ``to_doc`` maps an offset of ``text`` to one of the document, ``doc16`` one of the document
    to UTF-16 code units."""
    span = finding["span"]
    start, end = to_doc(span["start"]), to_doc(span["end"])
    lo = max(0, span["start"] - CONTEXT)
    hi = min(len(text), span["end"] + CONTEXT)
    context = text[lo:hi]
    c16 = utf16_offsets(context)
    family = "".join(c for c in finding["rule"] if c.isalpha())
    return {
        "message": finding["message"],
        "shortMessage": finding["name"].replace("-", " "),
        "replacements": [{"value": s["replacement"]} for s in finding["suggestions"]
                         if (s["span"]["start"], s["span"]["end"]) == (span["start"], span["end"])],
        "offset": doc16(start),
        "length": doc16(end) - doc16(start),
        "context": {"text": context, "offset": c16(span["start"] - lo),
                    "length": c16(span["end"] - lo) - c16(span["start"] - lo)},
        "sentence": sentence,
        "type": {"typeName": "Other"},
        "rule": {"id": finding["rule"], "description": rule.summary if rule else finding["name"],
                 "issueType": "inconsistency",
                 "category": {"id": family, "name": (finding.get("plugin") or family).capitalize()}},
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def _authorised(request: Request, fields: dict[str, str], keys: tuple[str, ...]) -> bool:
    """LanguageTool clients send ``apiKey`` as a form field; the service's headers work too."""
    if not keys:
        return True
    given = fields.get("apiKey") or request.headers.get("x-api-key") or ""
    auth = request.headers.get("authorization", "")
    if not given and auth[:7].lower() == "bearer ":
        given = auth[7:].strip()
    return any([hmac.compare_digest(given.encode(), k.encode()) for k in keys])


def router(svc: Service) -> APIRouter:
    """``POST /v2/check`` and ``GET /v2/languages`` on the service's engine and workers."""
    api = APIRouter()
    engine, settings = svc.engine, svc.settings

    @api.get("/v2/languages", summary="Languages, as LanguageTool lists them",
             response_model=list[LtLanguageEntry])
    async def languages() -> JSONResponse:
        return JSONResponse([_language(code) for code in engine.lexicons.languages])

    @api.post("/v2/check", summary="Check a text, answered in LanguageTool's shape",
              description="Form fields text or data (annotated markup), language (a code, or auto); "
                          "offsets in UTF-16 code units.", response_model=None,
              responses={200: {"model": LtResponse}, **_TEXT_ERRORS},
              openapi_extra=_form_schema(list(engine.lexicons.languages), settings.max_chars))
    async def check(request: Request):
        try:
            fields = form_fields(await request.body(), dict(request.query_params))
            if not _authorised(request, fields, settings.api_keys):
                return PlainTextResponse("Error: a valid apiKey is required", status_code=401)
            return JSONResponse(await _check(fields, request))
        except LanguageToolError as e:
            return PlainTextResponse(e.message, status_code=e.status)

    async def _check(fields: dict[str, str], request: Request) -> dict[str, Any]:
        if "data" in fields:
            text, where, document = annotated_text(fields["data"])
        elif "text" in fields:
            text = document = fields["text"]
            where = None
        else:
            raise LanguageToolError(400, "Error: Missing 'text' or 'data' parameter")
        if "language" not in fields:
            raise LanguageToolError(400, "Error: Missing 'language' parameter")
        if len(text) > settings.max_chars:
            raise LanguageToolError(413, f"Error: Your text exceeds the limit of {settings.max_chars} characters")
        lang, detected = language_of(fields["language"], text, engine)
        item = {"id": "text", "text": text, "lang": lang, "format": "txt"}
        client = getattr(request.state, "client", "") or ""
        results = await svc.run([item], None, None, False, client) if text.strip() else []
        findings = results[0][1]["findings"] if results else []
        doc = engine.document(Article(id="text", text=text, lang=lang)) if findings else None
        to_doc = where.__getitem__ if where is not None else (lambda i: i)
        doc16 = utf16_offsets(document)
        matches = []
        for f in findings:
            sentence = doc.sentence_at(f["span"]["start"]) if doc is not None else None
            matches.append(match(f, text, sentence.text if sentence else "", to_doc, doc16,
                                 engine.rules.get(f["rule"])))
        return {
            "software": {"name": "checker", "version": __version__, "buildDate": "", "apiVersion": API_VERSION,
                         "premium": False, "premiumHint": "", "status": ""},
            "warnings": {"incompleteResults": False},
            "language": {"name": lang, "code": lang,
                         "detectedLanguage": {"name": detected, "code": detected, "confidence": 1.0}},
            "matches": matches,
        }

    return api
