"""An ArcadeDB server with the Bolt plugin, for the benchmark runner (a child process).

    python -m bench.arcade_server WORKDIR BOLT_PORT HTTP_PORT HEAP PASSWORD

Run from a scratch folder (``arcadedb-embedded`` writes ``log/`` into the working
directory); listens on 127.0.0.1 only; prints ``READY`` once the server is up and
stops on SIGTERM.
"""
from __future__ import annotations

import signal
import sys
import threading


def main(argv: list[str]) -> int:
    workdir, bolt_port, http_port, heap, password = argv
    import arcadedb_embedded as arcade

    server = arcade.ArcadeDBServer(
        root_path=f"{workdir}/databases",
        root_password=password,
        config={
            "host": "127.0.0.1",
            "http_port": int(http_port),
            "server.plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
            "bolt.host": "127.0.0.1",
            "bolt.port": int(bolt_port),
            "server.defaultDatabases": "dutygraph[root]",
        },
        jvm_kwargs={"heap_size": heap},
    )
    server.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print("READY", flush=True)
    stop.wait()
    server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
