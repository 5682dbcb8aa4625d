"""The framework ceiling for bench/serving.py: a bare FastAPI app with one
route, ``GET /ping`` -> ``{"pong": true}``, served by the same uvicorn
configuration as ``perbup serve`` with one process (pyapi/cli.py ``serve``):
the h11 protocol with the header deadline, no access log, the same
concurrency limit and keep-alive, and a listening socket made with
IPPROTO_TCP.

    .venv/bin/python bench/ping_app.py --port 8001
"""

from __future__ import annotations

import argparse

import uvicorn
from fastapi import FastAPI

from pyapi.serving import ServerLimits, bind_socket

app = FastAPI(title="ping")


@app.get("/ping")
async def ping():
    return {"pong": True}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    args = parser.parse_args()
    limits = ServerLimits.from_env()
    config = uvicorn.Config(app, host=args.host, port=args.port, workers=1,
                            http="pyapi.serving:HeaderTimeoutProtocol",
                            limit_concurrency=limits.max_connections,
                            timeout_keep_alive=limits.keep_alive,
                            access_log=False, log_level="info")
    uvicorn.Server(config).run(sockets=[bind_socket(args.host, args.port)])


if __name__ == "__main__":
    main()
