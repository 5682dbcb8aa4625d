"""The one error format of the API: RFC 9457 problem details.

Every failure, on every route and before any route (unknown path, wrong
method, body or head too large, malformed JSON, engine limits), is answered
with ``Content-Type: application/problem+json`` and a body such as::

    {"type": "/problems/invalid", "title": "Parameter tidak valid", "status": 422,
     "detail": "capacity tidak dikenal: struktural", "parameter": "capacity",
     "value": "struktural"}

``type`` is a URI reference naming the kind of problem (the table below;
README, "Errors"), ``title`` its fixed Indonesian summary, ``detail`` what
went wrong this time; the other members say where: ``parameter``,
``value``, ``allowed``, ``nearest``, ``cite``, ``column``, ``expected``,
``limit``.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ConfigDict

MEDIA_TYPE = "application/problem+json"

# type -> (status, title)
PROBLEMS: dict[str, tuple[int, str]] = {
    "bad_request": (400, "Permintaan tidak valid"),
    "not_found": (404, "Tidak ditemukan"),
    "method_not_allowed": (405, "Metode tidak diizinkan"),
    "too_large": (413, "Isi permintaan terlalu besar"),
    "uri_too_long": (414, "URI terlalu panjang"),
    "unsupported_media_type": (415, "Jenis isi tidak didukung"),
    "invalid": (422, "Parameter tidak valid"),
    "syntax": (422, "Sitasi tidak dapat dibaca"),
    "unknown_parameter": (422, "Parameter tidak dikenal"),
    "repeated_parameter": (422, "Parameter diulang"),
    "headers_too_large": (431, "Header permintaan terlalu besar"),
    "client_closed": (499, "Klien menutup sambungan"),
    "time_limit": (503, "Batas waktu terlampaui"),
    "inference_limit": (503, "Batas inferensi terlampaui"),
    "busy": (503, "Mesin sedang penuh"),
    "diagram": (503, "Diagram tidak dapat dibuat"),
    "engine": (503, "Mesin tidak dapat menjawab"),
}


def status_of(type_: str) -> int:
    return PROBLEMS.get(type_, (503, ""))[0]


def error_body(type_: str, detail: str, *, status: int | None = None, **members: Any) -> bytes:
    """The problem details of one failure, as UTF-8 JSON bytes."""
    status = status if status is not None else status_of(type_)
    title = PROBLEMS.get(type_, (status, PROBLEMS["engine"][1]))[1]
    return json.dumps({"type": f"/problems/{type_}", "title": title, "status": status,
                       "detail": detail, **members},
                      ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class Problem(BaseModel):
    """An RFC 9457 problem: what went wrong and where (more members may follow)."""
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [
        {"type": "/problems/invalid", "title": "Parameter tidak valid", "status": 422,
         "detail": "capacity tidak dikenal: struktural", "parameter": "capacity",
         "value": "struktural"}]})

    type: str
    title: str
    status: int
    detail: str


def error_responses(*statuses: int) -> dict[int, dict]:
    """The ``responses`` of a route that can fail with ``statuses``, for
    OpenAPI (their media type is set by ``problem_media_types``)."""
    out = {}
    for status in statuses:
        kinds = [f"`{t}` ({title})" for t, (st, title) in PROBLEMS.items() if st == status]
        out[status] = {"model": Problem, "description": "; ".join(kinds) or "masalah"}
    return out


def problem_media_types(schema: dict) -> dict:
    """Declare every 4xx and 5xx response of an OpenAPI schema as
    ``application/problem+json`` (FastAPI would say application/json) and
    drop FastAPI's own validation-error schema, which the API never sends."""
    for path in schema.get("paths", {}).values():
        for operation in path.values():
            for status, response in operation.get("responses", {}).items():
                if status[:1] in ("4", "5"):
                    content = response.get("content", {})
                    moved = content.pop("application/json", None)
                    response["content"] = {MEDIA_TYPE: moved or
                                           {"schema": {"$ref": "#/components/schemas/Problem"}}}
    schemas = schema.get("components", {}).get("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    return schema


__all__ = ["MEDIA_TYPE", "PROBLEMS", "Problem", "error_body", "error_responses",
           "problem_media_types", "status_of"]
