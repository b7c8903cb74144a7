#!/usr/bin/env python3
"""Writes schema1-pump.vigil: a .vigil document exactly as Vigil's schema 1 (commit 9701c3a,
model/store/DocumentStore.cpp, kSchemaV1) stored it, with a traceability chain in the old form
(one requirement per test, people without an organisation). Kept so that the migration to later
schemas is tested on a real schema-1 file. Run from the repository root:
    git show 9701c3a:model/store/DocumentStore.cpp > /tmp/store-v1.cpp
    python3 tests/data/store/make-schema1.py /tmp/store-v1.cpp tests/data/store/schema1-pump.vigil
"""
import json, os, re, sqlite3, sys

source, out = sys.argv[1], sys.argv[2]
ddl = re.search(r'kSchemaV1 = R"sql\((.*?)\)sql"', open(source).read(), re.S).group(1)
if os.path.exists(out):
    os.remove(out)
db = sqlite3.connect(out)
db.execute("PRAGMA journal_mode = DELETE")
db.execute("PRAGMA application_id = 1447512396")  # 0x5647494c, "VGIL"
db.executescript(ddl)
db.execute("PRAGMA user_version = 1")
db.execute("INSERT INTO info VALUES (1, 'Pump (schema 1)', 'Saved by Vigil 0.1', 'Insulin delivery',"
           " 'Home', 'Patient BLE', 'Enclosure', 'Life-sustaining', ?, 'Pump and app', ?, 3)",
           (json.dumps(["Phone OS is patched"]), json.dumps(["stride-default", "medical-device"])))
db.executemany("INSERT INTO elements VALUES (?, ?, ?, '', ?, 0, '')", [
    ("pump", "process", "Pump firmware", json.dumps({"safetyCritical": True})),
    ("app", "external-entity", "Phone app", "{}"),
])
db.execute("INSERT INTO flows VALUES ('f1', 'app', 'pump', 0, 'Bolus command', '', 'BLE', ?, 0, '')",
           (json.dumps({"encrypted": False, "wireless": True}),))
db.execute("INSERT INTO boundaries VALUES ('tb', 'Pump enclosure', '', NULL, 0)")
db.execute("INSERT INTO boundary_members VALUES ('tb', 'pump')")
db.execute("INSERT INTO diagrams VALUES ('dfd', 'Level 0', 'dfd', 0, 0, '')")
db.executemany("INSERT INTO diagram_nodes VALUES ('dfd', ?, ?, ?, ?, ?)", [
    ("pump", 300, 40, 160, 80), ("app", 0, 40, 160, 80), ("tb", 260, 0, 240, 160)])
db.execute("INSERT INTO diagram_flows VALUES ('dfd', 'f1', '[]', NULL, NULL)")
threat = ("T-00000000000000a1", 1, "md.unauthenticated-wireless-command", "medical-device", "1.0.0",
          "tampering", json.dumps(["f1"]), "Forged bolus command", "An attacker sends a bolus",
          "critical", "mitigated", "Pairing required", "flow.wireless = true",
          "cvss", "CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:H", 0, 0,
          "matrix", "", 2, 3, json.dumps(["CAPEC-94"]), json.dumps(["CWE-306"]))
db.execute("INSERT INTO threats VALUES (" + ",".join("?" * len(threat)) + ")", threat)
db.execute("INSERT INTO hazards VALUES ('hz1', 'HAZ-001', 'Over-delivery', 'Too much insulin')")
db.execute("INSERT INTO threat_hazards VALUES ('T-00000000000000a1', 'hz1')")
db.execute("INSERT INTO mitigations VALUES ('m1', 'Authenticated pairing', 'LESC', 'authentication',"
           " 'protocol', 'device', 'implemented')")
db.execute("INSERT INTO threat_mitigations VALUES ('T-00000000000000a1', 'm1')")
db.execute("INSERT INTO requirements VALUES ('r1', 'Bolus commands are authenticated', 'TM', 'approved')")
db.execute("INSERT INTO mitigation_requirements VALUES ('m1', 'r1')")
db.executemany("INSERT INTO people VALUES (?, ?, ?, ?)", [
    ("alice", "Alice", "Firmware developer", "Firmware"), ("bob", "Bob", "Tester", "QA")])
db.execute("INSERT INTO tests VALUES ('t1', 'r1', 'threat-mitigation', 'Replay a captured bolus',"
           " 'btlejack', '2.1', 'pass', 'DHF-123', '2024-05-01', 'bob', 'alice')")
db.execute("INSERT INTO suppressions VALUES ('app', 'stride.repudiation', 'Out of our control')")
db.commit()
db.close()
