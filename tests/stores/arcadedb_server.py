"""Run an ArcadeDB server with its Bolt plugin on 127.0.0.1 (a child process of the tests).

Usage: python arcadedb_server.py BOLT_PORT HTTP_PORT READY_FILE

Started from a scratch working directory (the engine writes ``log/`` there); writes
READY_FILE once the ``dutygraph`` database exists and stops when stdin closes.
"""
import sys
from pathlib import Path

import arcadedb_embedded as arcadedb

PASSWORD = "dutygraph-test"
DATABASE = "dutygraph"


def main() -> None:
    bolt_port, http_port, ready = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    server = arcadedb.ArcadeDBServer(str(Path("databases").resolve()), root_password=PASSWORD, config={
        "host": "127.0.0.1", "http_port": http_port, "bolt_host": "127.0.0.1", "bolt_port": bolt_port,
        "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
    }, jvm_kwargs={"heap_size": "1g"})
    server.start()
    server.create_database(DATABASE)
    ready.write_text("ready")
    sys.stdin.read()
    server.stop()


if __name__ == "__main__":
    main()
