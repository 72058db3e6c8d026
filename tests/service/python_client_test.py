#!/usr/bin/python3
"""A client in another language: Debian's python3-grpcio against the real sladd-server,
with stubs generated from proto/. Run by ctest; exits 77 (skipped) without grpcio."""

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
import unittest

try:
    import grpc
except ImportError:
    print("python3-grpcio is not installed; skipping the Python client test")
    sys.exit(77)

ARGS = None
# As tests/support/server_process.cc waits for the C++ suites' servers.
SERVER_START_SECONDS = 60


class PythonClientTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        sys.path.insert(0, ARGS.stubs)
        global sladd_pb2, sladd_pb2_grpc
        from sladd.v1 import sladd_pb2, sladd_pb2_grpc  # noqa: E402
        cls.port_file = tempfile.NamedTemporaryFile(delete=False).name
        os.unlink(cls.port_file)
        # Neither stream inherited: a server left running would keep ctest waiting on them.
        cls.server = subprocess.Popen(
            [ARGS.server, "--plaintext", "--listen=127.0.0.1:0", "--port-file=" + cls.port_file],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port = cls.wait_for_port()
        cls.channel = grpc.insecure_channel("127.0.0.1:" + port)
        cls.stub = sladd_pb2_grpc.RedactorStub(cls.channel)

    @classmethod
    def wait_for_port(cls):
        """The port the server wrote, once it has; under the sanitizers, with other suites
        running beside it, building the pattern database takes more than 5 s (a CI run of
        the forty-second session). Stops the server if it never comes up."""
        deadline = time.monotonic() + SERVER_START_SECONDS
        while time.monotonic() < deadline and cls.server.poll() is None:
            if os.path.exists(cls.port_file):
                port = open(cls.port_file).read().strip()
                if port:
                    return port
            time.sleep(0.05)
        cls.server.kill()
        cls.server.wait()
        raise RuntimeError("sladd-server wrote no port within %d s" % SERVER_START_SECONDS)

    @classmethod
    def tearDownClass(cls):
        cls.channel.close()
        cls.server.send_signal(signal.SIGTERM)
        cls.server.wait(timeout=30)
        os.unlink(cls.port_file)

    def test_redact(self):
        text = "Hei, jeg er Åse: ring 912 34 567 eller skriv til ola@example.no"
        response = self.stub.Redact(sladd_pb2.RedactRequest(text=text.encode()), timeout=10)
        self.assertEqual(response.text,
                         "Hei, jeg er <PERSON>: ring <PHONE_NUMBER> eller skriv til <EMAIL_ADDRESS>")
        phone = response.findings[1]
        # Python indexes str by code point: the code-point offsets fit it directly.
        self.assertEqual(text[phone.code_point_start:phone.code_point_end], "912 34 567")
        self.assertEqual(list(response.types), ["EMAIL_ADDRESS", "PERSON", "PHONE_NUMBER"])
        self.assertEqual(list(response.special_categories), [])

    def test_special_categories(self):
        text = "Jeg er sykmeldt og stemmer Rødt"
        response = self.stub.Redact(sladd_pb2.RedactRequest(text=text.encode()), timeout=10)
        self.assertEqual(response.text, "Jeg er <HEALTH_DATA> og stemmer <POLITICAL_OPINION>")
        self.assertEqual(list(response.special_categories), ["HEALTH_DATA", "POLITICAL_OPINION"])

    def test_answer_after_the_bots_question(self):
        request = sladd_pb2.RedactRequest(text="ja, nøtter".encode(),
                                          previous_turn="Har du noen allergier vi bør vite om?")
        response = self.stub.Redact(request, timeout=10)
        self.assertEqual(response.text, "<HEALTH_DATA>")
        self.assertEqual(list(response.special_categories), ["HEALTH_DATA"])

    def test_stream_in_order(self):
        requests = (sladd_pb2.RedactRequest(text=("melding %d: fnr 01019000083" % i).encode())
                    for i in range(200))
        answers = [r.text for r in self.stub.RedactStream(requests, timeout=30)]
        self.assertEqual(answers, ["melding %d: fnr <NO_NATIONAL_ID>" % i for i in range(200)])

    def test_analyze_and_errors(self):
        response = self.stub.Analyze(sladd_pb2.AnalyzeRequest(text=b"kort 4111 1111 1111 1111"))
        self.assertEqual([f.type for f in response.findings], ["CREDIT_CARD"])
        with self.assertRaises(grpc.RpcError) as error:
            self.stub.Redact(sladd_pb2.RedactRequest(text=b"x", policy="nope"))
        self.assertEqual(error.exception.code(), grpc.StatusCode.NOT_FOUND)
        with self.assertRaises(grpc.RpcError) as error:
            self.stub.Redact(sladd_pb2.RedactRequest(text=b"\xff tlf 91234567"))
        self.assertEqual(error.exception.code(), grpc.StatusCode.INVALID_ARGUMENT)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--stubs", required=True)
    ARGS, rest = parser.parse_known_args()
    unittest.main(argv=[sys.argv[0]] + rest)
