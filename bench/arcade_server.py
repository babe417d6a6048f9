"""An ArcadeDB server with the Bolt plugin, for the benchmark runner (a child process).

    python -m bench.arcade_server WORKDIR BOLT_PORT HTTP_PORT HEAP PASSWORD READY_FILE

Run from a scratch folder (``arcadedb-embedded`` writes ``log/`` into the working
directory); listens on 127.0.0.1 only; writes READY_FILE once the ``dutygraph``
database exists and stops when stdin closes (like the tests' server, with the heap
size as a parameter).
"""
from __future__ import annotations

import sys

DATABASE = "dutygraph"


def main(argv: list[str]) -> int:
    workdir, bolt_port, http_port, heap, password, ready = argv
    import arcadedb_embedded as arcade

    server = arcade.ArcadeDBServer(
        root_path=f"{workdir}/databases",
        root_password=password,
        config={
            "host": "127.0.0.1",
            "http_port": int(http_port),
            "bolt_host": "127.0.0.1",
            "bolt_port": int(bolt_port),
            "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
        },
        jvm_kwargs={"heap_size": heap},
    )
    server.start()
    server.create_database(DATABASE)
    with open(ready, "w") as f:
        f.write("ready")
    sys.stdin.read()
    server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
