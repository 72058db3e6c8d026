#!/usr/bin/env python3
"""Checks the Helm chart (helm/sladd) against the binaries and the Dockerfile, without helm.

No helm binary exists where this runs, so templates are not rendered; instead the test
reads values.yaml and the template texts and checks that what they promise holds: ports
agree with the image, every server and CLI flag the templates pass exists, the probes use
the health service the server registers, the config key and mount agree with --config, and
the policies in the test values load in sladd as toJson would write them.

Usage: chart_test.py SOURCE_DIR SLADD_BINARY SLADD_SERVER_BINARY
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

import yaml

SOURCE, SLADD, SERVER = sys.argv[1:4]
CHART = os.path.join(SOURCE, "helm", "sladd")


def read(*parts):
    with open(os.path.join(*parts), encoding="utf-8") as f:
        return f.read()


def template(name):
    return read(CHART, "templates", name)


def help_text(*args):
    return subprocess.run(list(args) + ["--help"], capture_output=True, text=True).stdout


def flags_in(text):
    return set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", text))


class ChartTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.values = yaml.safe_load(read(CHART, "values.yaml"))
        cls.test_values = yaml.safe_load(read(CHART, "ci", "test-values.yaml"))
        cls.dockerfile = read(SOURCE, "Dockerfile")

    def test_chart_metadata_is_complete(self):
        chart = yaml.safe_load(read(CHART, "Chart.yaml"))
        self.assertEqual(chart["apiVersion"], "v2")
        for key in ("name", "version", "appVersion", "description"):
            self.assertTrue(chart.get(key), key)

    def test_ports_agree_with_the_image(self):
        exposed = [int(p) for p in re.search(r"^EXPOSE (.+)$", self.dockerfile, re.M).group(1).split()]
        self.assertEqual(exposed, [self.values["ports"]["grpc"], self.values["ports"]["metrics"]])
        cmd = re.search(r"^CMD (\[.*\])$", self.dockerfile, re.M).group(1)
        self.assertIn(f"--listen=0.0.0.0:{self.values['ports']['grpc']}", cmd)
        self.assertIn(f"--metrics-port={self.values['ports']['metrics']}", cmd)
        healthcheck = re.search(r"HEALTHCHECK.*\n\s*CMD (\[.*\])", self.dockerfile).group(1)
        self.assertEqual(json.loads(healthcheck)[:4],
                         ["sladd", "health", "--server", f"127.0.0.1:{self.values['ports']['grpc']}"])

    def test_every_flag_the_templates_pass_exists(self):
        server_flags = flags_in(help_text(SERVER))
        deployment = template("deployment.yaml")
        for flag in flags_in(deployment):
            self.assertIn(flag, server_flags, f"sladd-server has no {flag}")
        redact_flags = flags_in(help_text(SLADD, "redact"))
        job_flags = flags_in(template("job-batch.yaml")) | {
            a for a in self.values["batch"]["args"] if a.startswith("--")}
        for flag in job_flags:
            self.assertIn(flag, redact_flags, f"sladd redact has no {flag}")
        health_flags = flags_in(help_text(SLADD, "health"))
        sidecar = yaml.safe_load(read(CHART, "examples", "sidecar.yaml"))[0]
        for flag in (a.split("=")[0] for a in sidecar["args"]):
            self.assertIn(flag, server_flags)
        for probe in ("readinessProbe", "livenessProbe"):
            command = sidecar[probe]["exec"]["command"]
            self.assertEqual(command[:2], ["sladd", "health"])
            self.assertTrue(set(a for a in command if a.startswith("--")) <= health_flags)

    def test_probes_use_the_grpc_port_and_the_registered_service(self):
        deployment = template("deployment.yaml")
        self.assertEqual(deployment.count("grpc:\n              port: {{ .Values.ports.grpc }}"), 2)
        proto = read(SOURCE, "proto", "sladd", "v1", "sladd.proto")
        package = re.search(r"^package ([\w.]+);", proto, re.M).group(1)
        service = re.search(r"^service (\w+)", proto, re.M).group(1)
        self.assertIn(f"service: {package}.{service}", deployment)
        self.assertIn(f"{package}.{service}", read(SOURCE, "service", "server_main.cc").replace(
            "v1::Redactor::service_full_name()", f"{package}.{service}"))

    def test_the_policy_file_is_where_the_server_is_told_to_look(self):
        deployment = template("deployment.yaml")
        configmap = template("configmap.yaml")
        self.assertIn("policy.json: {{ toJson .Values.config | quote }}", configmap)
        self.assertIn("mountPath: /etc/sladd", deployment)
        self.assertIn("--config=/etc/sladd/policy.json", deployment)
        self.assertIn("checksum/policy: {{ toJson .Values.config | sha256sum }}", deployment)
        self.assertIn("--watch-config", deployment)

    def test_compiled_policies_are_cached_on_a_volume_of_their_own(self):
        deployment = template("deployment.yaml")
        self.assertTrue(self.values["server"]["cacheCompiledPolicies"])
        self.assertIn("--cache-dir=/var/cache/sladd", deployment)
        self.assertIn("mountPath: /var/cache/sladd", deployment)
        self.assertIn("- name: compiled-policies\n          emptyDir:", deployment)
        job = template("job-batch.yaml")
        self.assertIn("--cache-dir=/var/cache/sladd -o", job)
        self.assertIn("- name: compiled-policies\n          emptyDir:", job)

    def test_the_test_values_policies_load_in_sladd(self):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump(self.test_values["config"], f)  # what toJson writes
            path = f.name
        env = dict(os.environ, **self.test_values["keys"])
        for policy in ("logs", "llm"):
            result = subprocess.run([SLADD, "redact", "--config", path, "--policy", policy],
                                    input="mail kari@example.no\n", capture_output=True, text=True,
                                    env=env)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertNotIn("kari@example.no", result.stdout)
        # Without the keys the policies must not load: no default key is ever used.
        result = subprocess.run([SLADD, "redact", "--config", path], input="x\n",
                                capture_output=True, text=True,
                                env={k: v for k, v in os.environ.items() if not k.startswith("SLADD_KEY")})
        self.assertEqual(result.returncode, 2)
        os.unlink(path)

    def test_the_pods_are_hardened(self):
        security = self.values["securityContext"]
        self.assertFalse(security["allowPrivilegeEscalation"])
        self.assertTrue(security["readOnlyRootFilesystem"])
        self.assertEqual(security["capabilities"]["drop"], ["ALL"])
        self.assertTrue(self.values["podSecurityContext"]["runAsNonRoot"])
        self.assertIn(f"USER {self.values['podSecurityContext']['runAsUser']}", self.dockerfile)

    def test_the_runtime_stage_installs_exactly_the_libraries_the_binaries_link(self):
        # The Debian packages that own each shared library of the two binaries (ldd, then
        # dpkg -S; /lib and /usr/lib are the same directory on Debian 12).
        libraries = set()
        for binary in (SLADD, SERVER):
            for line in subprocess.run(["ldd", binary], capture_output=True, text=True).stdout.splitlines():
                match = re.search(r"=> (/\S+)", line)
                if match:
                    libraries.add(os.path.realpath(match.group(1)))
        paths = sorted(libraries | {re.sub(r"^/usr/lib/", "/lib/", lib) for lib in libraries})
        owners = subprocess.run(["dpkg", "-S"] + paths, capture_output=True, text=True).stdout
        owner_of = {}
        for line in owners.splitlines():
            package, path = line.split(": ", 1)
            owner_of[os.path.realpath(path)] = package.split(":")[0]
        unowned = [lib for lib in libraries if lib not in owner_of]
        self.assertEqual(unowned, [], "libraries no Debian package owns")
        linked = set(owner_of[lib] for lib in libraries)
        # In debian:12-slim already, or only in sanitizer builds of the tests.
        base = {"libc6", "libgcc-s1", "libstdc++6"}
        linked = {p for p in linked - base if not re.match(r"lib(asan|ubsan|tsan)\d", p)}
        install = re.search(r"apt-get install -y --no-install-recommends\s*\\?\n(.*?)\n\s*&&",
                            self.dockerfile, re.S).group(1)
        installed = set(install.replace("\\", " ").split()) - {"ca-certificates"}
        self.assertEqual(linked, installed)

    def test_every_optional_object_has_its_template(self):
        for name in ("hpa.yaml", "pdb.yaml", "servicemonitor.yaml", "job-batch.yaml",
                     "secret.yaml", "configmap.yaml", "service.yaml"):
            self.assertTrue(template(name).strip(), name)
        self.assertIn("clusterIP: None", template("service.yaml"))
        self.assertIn("completionMode: Indexed", template("job-batch.yaml"))


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1])
