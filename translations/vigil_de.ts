<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChangeTagItem</name>
    <message>
        <source>+ added</source>
        <translation>+ hinzugefügt</translation>
    </message>
    <message>
        <source>Δ changed</source>
        <translation>Δ geändert</translation>
    </message>
    <message>
        <source>Added since the compared revision</source>
        <translation>Seit der Vergleichsrevision hinzugefügt</translation>
    </message>
    <message>
        <source>Changed since the compared revision</source>
        <translation>Seit der Vergleichsrevision geändert</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Move &quot;%1&quot;</source>
        <translation>„%1“ verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>%n Objekt verschieben</numerusform>
            <numerusform>%n Objekte verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Set %1 of &quot;%2&quot;</source>
        <translation>%1 von „%2“ festlegen</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot;</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>New diagram &quot;%1&quot;</source>
        <translation>Neues Diagramm „%1“</translation>
    </message>
    <message>
        <source>Delete diagram &quot;%1&quot;</source>
        <translation>Diagramm „%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <source>Place %n item(s) on &quot;%1&quot;</source>
        <translation>
            <numerusform>%n Objekt auf „%1“ platzieren</numerusform>
            <numerusform>%n Objekte auf „%1“ platzieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n item(s) from diagram &quot;%1&quot;</source>
        <translation>
            <numerusform>%n Objekt aus Diagramm „%1“ entfernen</numerusform>
            <numerusform>%n Objekte aus Diagramm „%1“ entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cvss</name>
    <message>
        <source>Attack Vector</source>
        <translation>Angriffsvektor</translation>
    </message>
    <message>
        <source>Attack Complexity</source>
        <translation>Angriffskomplexität</translation>
    </message>
    <message>
        <source>Privileges Required</source>
        <translation>Erforderliche Berechtigungen</translation>
    </message>
    <message>
        <source>User Interaction</source>
        <translation>Benutzerinteraktion</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Adjacent</source>
        <translation>Benachbart</translation>
    </message>
    <message>
        <source>Adjacent Network</source>
        <translation>Benachbartes Netzwerk</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Physisch</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Verändert</translation>
    </message>
</context>
<context>
    <name>DecideThreatsCommand</name>
    <message>
        <source>justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>mitigation linked</source>
        <translation>Maßnahme verknüpft</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>Review: threat #%1, %2</source>
        <translation>Review: Bedrohung #%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Review: %n threat(s), %1</source>
        <translation>
            <numerusform>Review: %n Bedrohung, %1</numerusform>
            <numerusform>Review: %n Bedrohungen, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagramEditing</name>
    <message>
        <source>Add &quot;%1&quot;</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add trust zone &quot;%1&quot;</source>
        <translation>Vertrauenszone „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n Objekt löschen</numerusform>
            <numerusform>%n Objekte löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard does not hold a Vigil model: %1</source>
        <translation>Die Zwischenablage enthält kein Vigil-Modell: %1</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n item(s)</source>
        <translation>
            <numerusform>%n Objekt einfügen</numerusform>
            <numerusform>%n Objekte einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>Links ausrichten</translation>
    </message>
    <message>
        <source>Align centres horizontally</source>
        <translation>Horizontal zentrieren</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>Rechts ausrichten</translation>
    </message>
    <message>
        <source>Align top</source>
        <translation>Oben ausrichten</translation>
    </message>
    <message>
        <source>Align centres vertically</source>
        <translation>Vertikal zentrieren</translation>
    </message>
    <message>
        <source>Align bottom</source>
        <translation>Unten ausrichten</translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation>Horizontal verteilen</translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation>Vertikal verteilen</translation>
    </message>
    <message numerus="yes">
        <source>Bring %n zone(s) to front</source>
        <translation>
            <numerusform>%n Zone nach vorne bringen</numerusform>
            <numerusform>%n Zonen nach vorne bringen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n zone(s) to back</source>
        <translation>
            <numerusform>%n Zone nach hinten stellen</numerusform>
            <numerusform>%n Zonen nach hinten stellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagramExport</name>
    <message>
        <source>%1: the diagram is too large to render</source>
        <translation>%1: Das Diagramm ist zu groß zum Rendern</translation>
    </message>
    <message>
        <source>%1: cannot write the file</source>
        <translation>%1: Die Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Data-flow diagram exported from Vigil</source>
        <translation>Aus Vigil exportiertes Datenflussdiagramm</translation>
    </message>
    <message>
        <source>External entity</source>
        <translation>Externe Entität</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>Data flow: name, protocol in italics</source>
        <translation>Datenfluss: Name, Protokoll kursiv</translation>
    </message>
    <message>
        <source>Trust zone</source>
        <translation>Vertrauenszone</translation>
    </message>
    <message>
        <source>Flow crossing a trust boundary (marked where it crosses)</source>
        <translation>Fluss, der eine Vertrauensgrenze überschreitet (an der Übergangsstelle markiert)</translation>
    </message>
    <message>
        <source>Safety-critical element</source>
        <translation>Sicherheitskritisches Element</translation>
    </message>
    <message>
        <source>Wireless link</source>
        <translation>Funkverbindung</translation>
    </message>
    <message>
        <source>Encrypted link</source>
        <translation>Verschlüsselte Verbindung</translation>
    </message>
    <message>
        <source>Out of scope (dashed, pale)</source>
        <translation>Außerhalb des Geltungsbereichs (gestrichelt, blass)</translation>
    </message>
    <message>
        <source>Open threats</source>
        <translation>Offene Bedrohungen</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blatt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1: the image would be %2 x %3 pixels, more than 120 million; lower the scale or the resolution</source>
        <translation>%1: Das Bild hätte %2 x %3 Pixel, mehr als 120 Millionen; verringern Sie den Maßstab oder die Auflösung</translation>
    </message>
    <message>
        <source>%1: unsupported file type; use .png, .svg or .pdf</source>
        <translation>%1: Nicht unterstützter Dateityp; verwenden Sie .png, .svg oder .pdf</translation>
    </message>
    <message>
        <source>%1: at a readable size the diagram takes %2 %3 pages, and an SVG file holds one; export a PDF (a page each) or PNG (an image each), or do not fit it to paper</source>
        <translation>%1: In lesbarer Größe belegt das Diagramm %2 %3-Seiten, eine SVG-Datei fasst aber nur eine; exportieren Sie als PDF (eine Seite je Teil) oder PNG (ein Bild je Teil), oder passen Sie es nicht an das Papier an</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>Change trust zone membership</source>
        <translation>Zugehörigkeit zu Vertrauenszonen ändern</translation>
    </message>
    <message>
        <source>Resize &quot;%1&quot;</source>
        <translation>Größe von „%1“ ändern</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot;</source>
        <translation>„%1“ verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>%n Objekt verschieben</numerusform>
            <numerusform>%n Objekte verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Add trust zone &quot;%1&quot;</source>
        <translation>Vertrauenszone „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Add flow &quot;%1&quot;</source>
        <translation>Fluss „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>EditHandle</name>
    <message>
        <source>Drag to another element to draw a data flow</source>
        <translation>Auf ein anderes Element ziehen, um einen Datenfluss zu zeichnen</translation>
    </message>
</context>
<context>
    <name>EditThreatsCommand</name>
    <message>
        <source>threat #%1</source>
        <translation>Bedrohung #%1</translation>
    </message>
    <message numerus="yes">
        <source>%n threat(s)</source>
        <translation>
            <numerusform>%n Bedrohung</numerusform>
            <numerusform>%n Bedrohungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>External entity %1</source>
        <translation>Externe Entität %1</translation>
    </message>
    <message>
        <source>Process %1</source>
        <translation>Prozess %1</translation>
    </message>
    <message>
        <source>Data store %1</source>
        <translation>Datenspeicher %1</translation>
    </message>
    <message>
        <source>Trust zone %1</source>
        <translation>Vertrauenszone %1</translation>
    </message>
    <message>
        <source>Data flow %1</source>
        <translation>Datenfluss %1</translation>
    </message>
</context>
<context>
    <name>ElementItem</name>
    <message>
        <source>External entity</source>
        <translation>Externe Entität</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>safety-critical</source>
        <translation>sicherheitskritisch</translation>
    </message>
    <message>
        <source>out of scope</source>
        <translation>außerhalb des Geltungsbereichs</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Document control</source>
        <translation>Dokumentenlenkung</translation>
    </message>
    <message>
        <source>Scope, context and assumptions</source>
        <translation>Geltungsbereich, Kontext und Annahmen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Element and interface inventory</source>
        <translation>Verzeichnis der Elemente und Schnittstellen</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Bedrohungen</translation>
    </message>
    <message>
        <source>Risk summary</source>
        <translation>Risikoübersicht</translation>
    </message>
    <message>
        <source>Mitigations, requirements, tests</source>
        <translation>Maßnahmen, Anforderungen, Tests</translation>
    </message>
    <message>
        <source>Traceability and gaps</source>
        <translation>Rückverfolgbarkeit und Lücken</translation>
    </message>
    <message>
        <source>Residual risks</source>
        <translation>Restrisiken</translation>
    </message>
    <message>
        <source>Clause map</source>
        <translation>Abschnittszuordnung</translation>
    </message>
</context>
<context>
    <name>FlowItem</name>
    <message>
        <source>Crosses trust boundary: %1</source>
        <translation>Überschreitet Vertrauensgrenze: %1</translation>
    </message>
</context>
<context>
    <name>PropertyCatalogue</name>
    <message>
        <source>Security</source>
        <translation>IT-Sicherheit</translation>
    </message>
    <message>
        <source>Resilience</source>
        <translation>Resilienz</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Patientensicherheit</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Vertrauenswürdig</translation>
    </message>
    <message>
        <source>The entity is operated by the manufacturer or the care provider and is trusted by design; untrusted entities are the start of attack paths.</source>
        <translation>Die Entität wird vom Hersteller oder vom Gesundheitsdienstleister betrieben und gilt konstruktionsbedingt als vertrauenswürdig; nicht vertrauenswürdige Entitäten sind Ausgangspunkte von Angriffspfaden.</translation>
    </message>
    <message>
        <source>Authenticates peers</source>
        <translation>Authentifiziert Gegenstellen</translation>
    </message>
    <message>
        <source>Verifies the identity of whoever connects to it or calls it before accepting data or commands.</source>
        <translation>Prüft die Identität jedes Verbindungspartners oder Aufrufers, bevor Daten oder Befehle angenommen werden.</translation>
    </message>
    <message>
        <source>Enforces authorization</source>
        <translation>Erzwingt Autorisierung</translation>
    </message>
    <message>
        <source>Checks that an authenticated caller is allowed to perform each operation.</source>
        <translation>Prüft, ob ein authentifizierter Aufrufer jede einzelne Operation ausführen darf.</translation>
    </message>
    <message>
        <source>Runs privileged</source>
        <translation>Läuft mit erhöhten Rechten</translation>
    </message>
    <message>
        <source>Executes with administrator, root or kernel rights.</source>
        <translation>Wird mit Administrator-, Root- oder Kernel-Rechten ausgeführt.</translation>
    </message>
    <message>
        <source>Validates input</source>
        <translation>Validiert Eingaben</translation>
    </message>
    <message>
        <source>Checks every input against an expected format, range and length before use.</source>
        <translation>Prüft jede Eingabe vor der Verwendung auf das erwartete Format, den Wertebereich und die Länge.</translation>
    </message>
    <message>
        <source>Reachable from the internet</source>
        <translation>Aus dem Internet erreichbar</translation>
    </message>
    <message>
        <source>Accepts connections from the public internet.</source>
        <translation>Nimmt Verbindungen aus dem öffentlichen Internet an.</translation>
    </message>
    <message>
        <source>Stores credentials or keys</source>
        <translation>Speichert Zugangsdaten oder Schlüssel</translation>
    </message>
    <message>
        <source>Holds passwords, tokens or cryptographic keys.</source>
        <translation>Enthält Passwörter, Token oder kryptografische Schlüssel.</translation>
    </message>
    <message>
        <source>Encrypted at rest</source>
        <translation>Im Ruhezustand verschlüsselt</translation>
    </message>
    <message>
        <source>Its contents are encrypted on the storage medium.</source>
        <translation>Der Inhalt ist auf dem Speichermedium verschlüsselt.</translation>
    </message>
    <message>
        <source>Stores logs</source>
        <translation>Speichert Protokolle</translation>
    </message>
    <message>
        <source>Holds audit or event logs, so it is a target for repudiation and log tampering.</source>
        <translation>Enthält Audit- oder Ereignisprotokolle und ist daher ein Ziel für Abstreitbarkeit und Protokollmanipulation.</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <source>Its contents are copied to backups that can be restored.</source>
        <translation>Der Inhalt wird in wiederherstellbare Sicherungen kopiert.</translation>
    </message>
    <message>
        <source>Handles PHI</source>
        <translation>Verarbeitet PHI</translation>
    </message>
    <message>
        <source>Processes or stores protected health information or other personal data.</source>
        <translation>Verarbeitet oder speichert geschützte Gesundheitsdaten (PHI) oder andere personenbezogene Daten.</translation>
    </message>
    <message>
        <source>Safety-critical</source>
        <translation>Sicherheitskritisch</translation>
    </message>
    <message>
        <source>A failure or compromise can contribute to patient harm (ISO 14971 hazard).</source>
        <translation>Ein Ausfall oder eine Kompromittierung kann zu einer Schädigung von Patienten beitragen (Gefährdung nach ISO 14971).</translation>
    </message>
    <message>
        <source>Serves many patients</source>
        <translation>Versorgt mehrere Patienten</translation>
    </message>
    <message>
        <source>Connected to or acting on many devices or patients, so one compromise can harm several patients.</source>
        <translation>Ist mit vielen Geräten oder Patienten verbunden oder wirkt auf sie ein, sodass eine einzige Kompromittierung mehrere Patienten schädigen kann.</translation>
    </message>
    <message>
        <source>Raises clinical alarms</source>
        <translation>Löst klinische Alarme aus</translation>
    </message>
    <message>
        <source>Generates alarms or alerts that clinicians or patients rely on.</source>
        <translation>Erzeugt Alarme oder Warnungen, auf die sich klinisches Personal oder Patienten verlassen.</translation>
    </message>
    <message>
        <source>Depends on its clock</source>
        <translation>Hängt von seiner Uhr ab</translation>
    </message>
    <message>
        <source>Therapy decisions or records depend on its clock (for example dosing history).</source>
        <translation>Therapieentscheidungen oder Aufzeichnungen hängen von seiner Uhr ab (zum Beispiel die Dosierungshistorie).</translation>
    </message>
    <message>
        <source>Exposed physical ports</source>
        <translation>Zugängliche physische Anschlüsse</translation>
    </message>
    <message>
        <source>Has connectors an attacker with physical access can use (USB, serial, card slots).</source>
        <translation>Hat Anschlüsse, die ein Angreifer mit physischem Zugang nutzen kann (USB, seriell, Kartensteckplätze).</translation>
    </message>
    <message>
        <source>Debug port</source>
        <translation>Debug-Schnittstelle</translation>
    </message>
    <message>
        <source>Hardware debug or service interface left on the production device.</source>
        <translation>Hardware-Debug- oder Serviceschnittstelle, die am Seriengerät verblieben ist.</translation>
    </message>
    <message>
        <source>Update mechanism</source>
        <translation>Aktualisierungsmechanismus</translation>
    </message>
    <message>
        <source>How its software or firmware is updated in the field.</source>
        <translation>Wie seine Software oder Firmware im Feld aktualisiert wird.</translation>
    </message>
    <message>
        <source>Risk transfer class</source>
        <translation>Risikotransferklasse</translation>
    </message>
    <message>
        <source>Who keeps the component secure over its life: maintained by the manufacturer, supported (patches supplied, operator applies them), or required (the operator must provide the security controls).</source>
        <translation>Wer die Komponente über ihre Lebensdauer sicher hält: vom Hersteller gewartet (maintained), unterstützt (supported: Patches werden geliefert, der Betreiber spielt sie ein) oder gefordert (required: der Betreiber muss die Sicherheitsmaßnahmen bereitstellen).</translation>
    </message>
    <message>
        <source>Transitional (legacy) software</source>
        <translation>Übergangssoftware (Legacy)</translation>
    </message>
    <message>
        <source>Legacy software developed before the secure lifecycle was in place and handled under the transitional provisions (IEC 81001-5-1 Annex F).</source>
        <translation>Legacy-Software, die vor Einführung des sicheren Lebenszyklus entwickelt wurde und nach den Übergangsbestimmungen behandelt wird (IEC 81001-5-1 Anhang F).</translation>
    </message>
    <message>
        <source>Off-the-shelf software (SOUP)</source>
        <translation>Fremdsoftware (SOUP)</translation>
    </message>
    <message>
        <source>Built on third-party or open-source software whose vulnerabilities must be monitored.</source>
        <translation>Basiert auf Drittanbieter- oder Open-Source-Software, deren Schwachstellen überwacht werden müssen.</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Platform, language or product, e.g. &quot;FreeRTOS on Cortex-M4&quot; or &quot;PostgreSQL 15&quot;.</source>
        <translation>Plattform, Sprache oder Produkt, z. B. „FreeRTOS auf Cortex-M4“ oder „PostgreSQL 15“.</translation>
    </message>
    <message>
        <source>Encrypted in transit</source>
        <translation>Bei der Übertragung verschlüsselt</translation>
    </message>
    <message>
        <source>The channel is encrypted (e.g. TLS, BLE LE Secure Connections).</source>
        <translation>Der Kanal ist verschlüsselt (z. B. TLS, BLE LE Secure Connections).</translation>
    </message>
    <message>
        <source>Authenticated channel</source>
        <translation>Authentifizierter Kanal</translation>
    </message>
    <message>
        <source>Both ends of the channel are authenticated before data is exchanged.</source>
        <translation>Beide Enden des Kanals werden authentifiziert, bevor Daten ausgetauscht werden.</translation>
    </message>
    <message>
        <source>Integrity protected</source>
        <translation>Integritätsgeschützt</translation>
    </message>
    <message>
        <source>Messages carry a MAC or signature so tampering is detected.</source>
        <translation>Nachrichten tragen einen MAC oder eine Signatur, sodass Manipulationen erkannt werden.</translation>
    </message>
    <message>
        <source>Replay protected</source>
        <translation>Gegen Wiedereinspielung geschützt</translation>
    </message>
    <message>
        <source>Messages carry nonces, counters or timestamps so that replays are rejected.</source>
        <translation>Nachrichten tragen Nonces, Zähler oder Zeitstempel, sodass Wiedereinspielungen abgewiesen werden.</translation>
    </message>
    <message>
        <source>Wireless</source>
        <translation>Drahtlos</translation>
    </message>
    <message>
        <source>The flow travels over a radio link (BLE, Wi-Fi, cellular, NFC).</source>
        <translation>Der Fluss läuft über eine Funkverbindung (BLE, WLAN, Mobilfunk, NFC).</translation>
    </message>
    <message>
        <source>Carries PHI</source>
        <translation>Überträgt PHI</translation>
    </message>
    <message>
        <source>The flow carries protected health information or other personal data.</source>
        <translation>Der Fluss überträgt geschützte Gesundheitsdaten (PHI) oder andere personenbezogene Daten.</translation>
    </message>
    <message>
        <source>Carries commands</source>
        <translation>Überträgt Befehle</translation>
    </message>
    <message>
        <source>The flow carries commands or settings that change the device&apos;s behaviour or therapy.</source>
        <translation>Der Fluss überträgt Befehle oder Einstellungen, die das Verhalten des Geräts oder die Therapie ändern.</translation>
    </message>
    <message>
        <source>Carries credentials</source>
        <translation>Überträgt Zugangsdaten</translation>
    </message>
    <message>
        <source>The flow carries passwords, tokens or keys.</source>
        <translation>Der Fluss überträgt Passwörter, Token oder Schlüssel.</translation>
    </message>
    <message>
        <source>Carries software updates</source>
        <translation>Überträgt Software-Updates</translation>
    </message>
    <message>
        <source>The flow delivers firmware or software images.</source>
        <translation>Der Fluss liefert Firmware- oder Software-Images aus.</translation>
    </message>
    <message>
        <source>None</source>
        <comment>debugPort value</comment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>JTAG</source>
        <comment>debugPort value</comment>
        <translation>JTAG</translation>
    </message>
    <message>
        <source>SWD (Serial Wire Debug)</source>
        <comment>debugPort value</comment>
        <translation>SWD (Serial Wire Debug)</translation>
    </message>
    <message>
        <source>UART (serial console)</source>
        <comment>debugPort value</comment>
        <translation>UART (serielle Konsole)</translation>
    </message>
    <message>
        <source>USB service port</source>
        <comment>debugPort value</comment>
        <translation>USB-Serviceanschluss</translation>
    </message>
    <message>
        <source>None</source>
        <comment>updateMechanism value</comment>
        <translation>Keiner (nicht aktualisierbar)</translation>
    </message>
    <message>
        <source>Manual (service technician)</source>
        <comment>updateMechanism value</comment>
        <translation>Manuell (Servicetechniker)</translation>
    </message>
    <message>
        <source>Signed remote update</source>
        <comment>updateMechanism value</comment>
        <translation>Signiertes Fernupdate</translation>
    </message>
    <message>
        <source>Unsigned remote update</source>
        <comment>updateMechanism value</comment>
        <translation>Unsigniertes Fernupdate</translation>
    </message>
    <message>
        <source>Maintained by the manufacturer</source>
        <comment>riskTransfer value</comment>
        <translation>Vom Hersteller gewartet</translation>
    </message>
    <message>
        <source>Supported (operator applies patches)</source>
        <comment>riskTransfer value</comment>
        <translation>Unterstützt (Betreiber spielt Patches ein)</translation>
    </message>
    <message>
        <source>Required (operator provides the controls)</source>
        <comment>riskTransfer value</comment>
        <translation>Gefordert (Betreiber stellt die Maßnahmen bereit)</translation>
    </message>
    <message>
        <source>Transitional rationale</source>
        <translation>Begründung für Übergangssoftware</translation>
    </message>
    <message>
        <source>Why the legacy software is kept, and how its risk is contained until it is replaced (IEC 81001-5-1 Annex F).</source>
        <translation>Warum die Legacy-Software beibehalten wird und wie ihr Risiko bis zu ihrer Ablösung begrenzt wird (IEC 81001-5-1 Anhang F).</translation>
    </message>
</context>
<context>
    <name>RemovedGhostItem</name>
    <message>
        <source>− removed: %1</source>
        <translation>− entfernt: %1</translation>
    </message>
    <message>
        <source>Removed since the compared revision: %1</source>
        <translation>Seit der Vergleichsrevision entfernt: %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>, </source>
        <extracomment>Joins zone names in threat texts: &quot;A, B and C&quot;.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source> and </source>
        <extracomment>Joins the last two zone names in threat texts: &quot;A, B and C&quot;.</extracomment>
        <translation> und </translation>
    </message>
    <message>
        <source>an unnamed protocol</source>
        <translation>ein unbenanntes Protokoll</translation>
    </message>
    <message>
        <source>Threat model report: %1</source>
        <translation>Bericht zum Bedrohungsmodell: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>The running footer of every page of a PDF report.</extracomment>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>ungültig: %1</translation>
    </message>
    <message>
        <source>CVSS %1 %2</source>
        <translation>CVSS %1 %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>akzeptabel</translation>
    </message>
    <message>
        <source>not acceptable</source>
        <translation>nicht akzeptabel</translation>
    </message>
    <message>
        <source>External entity</source>
        <translation>Externe Entität</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>Data-flow diagram</source>
        <translation>Datenflussdiagramm</translation>
    </message>
    <message>
        <source>Global system view</source>
        <translation>Globale Systemansicht</translation>
    </message>
    <message>
        <source>Multi-patient harm view</source>
        <translation>Ansicht Mehrpatientenschaden</translation>
    </message>
    <message>
        <source>Updatability/patchability view</source>
        <translation>Ansicht Aktualisierbarkeit/Patchbarkeit</translation>
    </message>
    <message>
        <source>Security use case view</source>
        <translation>Ansicht Sicherheits-Anwendungsfälle</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none required</source>
        <translation>nicht erforderlich</translation>
    </message>
    <message>
        <source>another person</source>
        <translation>andere Person</translation>
    </message>
    <message>
        <source>another department</source>
        <translation>andere Abteilung</translation>
    </message>
    <message>
        <source>another organisation</source>
        <translation>andere Organisation</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <source>Cryptography</source>
        <translation>Kryptografie</translation>
    </message>
    <message>
        <source>Code, data and execution integrity</source>
        <translation>Code-, Daten- und Ausführungsintegrität</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <source>Event detection and logging</source>
        <translation>Ereigniserkennung und Protokollierung</translation>
    </message>
    <message>
        <source>Resiliency and recovery</source>
        <translation>Resilienz und Wiederherstellung</translation>
    </message>
    <message>
        <source>Updatability and patchability</source>
        <translation>Aktualisierbarkeit und Patchbarkeit</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>implemented</source>
        <translation>umgesetzt</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>Einsatzumgebung</translation>
    </message>
    <message>
        <source>Document control</source>
        <translation>Dokumentenlenkung</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Document id</source>
        <translation>Dokument-ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Approvers</source>
        <translation>Freigebende</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <source>Model file SHA-256</source>
        <translation>SHA-256 der Modelldatei</translation>
    </message>
    <message>
        <source>Vigil version</source>
        <translation>Vigil-Version</translation>
    </message>
    <message>
        <source>Rule packs</source>
        <translation>Regelpakete</translation>
    </message>
    <message>
        <source>Scope, security context and assumptions</source>
        <translation>Geltungsbereich, Sicherheitskontext und Annahmen</translation>
    </message>
    <message>
        <source>Product and scope</source>
        <translation>Produkt und Geltungsbereich</translation>
    </message>
    <message>
        <source>The model records no scope statement.</source>
        <translation>Das Modell enthält keine Angabe zum Geltungsbereich.</translation>
    </message>
    <message>
        <source>Product security context</source>
        <translation>Sicherheitskontext des Produkts</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>Zweckbestimmung</translation>
    </message>
    <message>
        <source>Operating environment</source>
        <translation>Einsatzumgebung</translation>
    </message>
    <message>
        <source>Network location</source>
        <translation>Netzwerkposition</translation>
    </message>
    <message>
        <source>Physical protection</source>
        <translation>Physischer Schutz</translation>
    </message>
    <message>
        <source>Safety impact</source>
        <translation>Auswirkung auf die Sicherheit</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <source>The model records no assumptions.</source>
        <translation>Das Modell enthält keine Annahmen.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>The system is drawn as data-flow diagrams: external entities, processes, data stores and the data flows between them, grouped into closed trust zones. Vigil enumerates threats with STRIDE (spoofing, tampering, repudiation, information disclosure, denial of service, elevation of privilege) per element, by the element&apos;s kind, and per interaction, for every flow that crosses a trust boundary. The rules are data in rule packs; each threat keeps the rule and pack version that produced it, and its id is derived from the rule and the element, so decisions survive edits and new analyses.</source>
        <translation>Das System wird in Datenflussdiagrammen dargestellt: externe Entitäten, Prozesse, Datenspeicher und die Datenflüsse zwischen ihnen, gruppiert in geschlossene Vertrauenszonen. Vigil ermittelt Bedrohungen mit STRIDE (Spoofing, Manipulation, Abstreitbarkeit, Offenlegung von Informationen, Denial of Service, Rechteausweitung) je Element, anhand der Art des Elements, und je Interaktion, für jeden Fluss, der eine Vertrauensgrenze überschreitet. Die Regeln liegen als Daten in Regelpaketen vor; jede Bedrohung behält die Regel und die Paketversion, die sie erzeugt haben, und ihre ID wird aus der Regel und dem Element abgeleitet, sodass Entscheidungen Änderungen und erneute Analysen überdauern.</translation>
    </message>
    <message>
        <source>Every threat is then decided by the team (mitigated, accepted, transferred or not applicable, with a justification), its risk is estimated before and after mitigation, and each mitigation is traced to security requirements and each requirement to verification tests.</source>
        <translation>Anschließend entscheidet das Team über jede Bedrohung (gemindert, akzeptiert, übertragen oder nicht zutreffend, jeweils mit Begründung), ihr Risiko wird vor und nach der Minderung eingeschätzt, und jede Maßnahme wird rückverfolgbar mit Sicherheitsanforderungen verknüpft, jede Anforderung mit Verifizierungstests.</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Risk estimation and acceptance</source>
        <translation>Risikoeinschätzung und -akzeptanz</translation>
    </message>
    <message>
        <source>A risk is estimated either as a CVSS base vector or as a cell of an exploitability by severity matrix. Exploitability, not probability, is rated: a security risk has no meaningful frequency of occurrence. A CVSS score below %1 is acceptable; the matrix below marks the acceptable cells.</source>
        <translation>Ein Risiko wird entweder als CVSS-Basisvektor oder als Zelle einer Matrix aus Ausnutzbarkeit und Schweregrad eingeschätzt. Bewertet wird die Ausnutzbarkeit, nicht die Wahrscheinlichkeit: Für ein Sicherheitsrisiko gibt es keine aussagekräftige Eintrittshäufigkeit. Ein CVSS-Wert unter %1 ist akzeptabel; die folgende Matrix kennzeichnet die akzeptablen Zellen.</translation>
    </message>
    <message>
        <source>Exploitability \ severity</source>
        <translation>Ausnutzbarkeit \ Schweregrad</translation>
    </message>
    <message>
        <source>Tester independence</source>
        <translation>Unabhängigkeit der Tester</translation>
    </message>
    <message>
        <source>Each kind of verification test must be performed by someone independent of the developer whose work it verifies, at least as follows.</source>
        <translation>Jede Art von Verifizierungstest muss von jemandem durchgeführt werden, der von dem Entwickler, dessen Arbeit der Test verifiziert, mindestens wie folgt unabhängig ist.</translation>
    </message>
    <message>
        <source>Test kind</source>
        <translation>Testart</translation>
    </message>
    <message>
        <source>Tester must be</source>
        <translation>Erforderliche Unabhängigkeit des Testers</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>The model has no diagrams.</source>
        <translation>Das Modell enthält keine Diagramme.</translation>
    </message>
    <message>
        <source>Each diagram below is drawn in the data-flow notation its legend explains. A marker where a flow crosses the edge of a trust zone shows a boundary crossing; such flows get the per-interaction threats.</source>
        <translation>Jedes der folgenden Diagramme ist in der Datenflussnotation gezeichnet, die seine Legende erläutert. Eine Markierung an der Stelle, an der ein Fluss den Rand einer Vertrauenszone überschreitet, kennzeichnet einen Grenzübergang; für solche Flüsse werden die Bedrohungen je Interaktion ermittelt.</translation>
    </message>
    <message>
        <source>%1, level %2</source>
        <translation>%1, Ebene %2</translation>
    </message>
    <message>
        <source>Element and interface inventory</source>
        <translation>Verzeichnis der Elemente und Schnittstellen</translation>
    </message>
    <message>
        <source>in scope</source>
        <translation>innerhalb des Geltungsbereichs</translation>
    </message>
    <message>
        <source>out of scope</source>
        <translation>außerhalb des Geltungsbereichs</translation>
    </message>
    <message>
        <source>out of scope: %1</source>
        <translation>außerhalb des Geltungsbereichs: %1</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Trust zones (innermost first)</source>
        <translation>Vertrauenszonen (innerste zuerst)</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Data flows</source>
        <translation>Datenflüsse</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Trust zones crossed</source>
        <translation>Überschrittene Vertrauenszonen</translation>
    </message>
    <message>
        <source> (both ways)</source>
        <translation> (bidirektional)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Trust zones</source>
        <translation>Vertrauenszonen</translation>
    </message>
    <message>
        <source>Trust zone</source>
        <translation>Vertrauenszone</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Innerhalb von</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Bedrohungen</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Risk before</source>
        <translation>Risiko vor Minderung</translation>
    </message>
    <message>
        <source>Risk after</source>
        <translation>Risiko nach Minderung</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Gefährdungen</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation>Regelpaket</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Active threats</source>
        <translation>Aktive Bedrohungen</translation>
    </message>
    <message>
        <source>Every threat that is not obsolete or suppressed, grouped by the element or data flow it concerns, in name order, then by number. Each threat gives its id and STRIDE category under its title; a matrix risk reads exploitability / severity.</source>
        <translation>Alle Bedrohungen, die weder veraltet noch unterdrückt sind, gruppiert nach dem Element oder Datenfluss, den sie betreffen, in Namensreihenfolge und darin nach Nummer. Unter dem Titel jeder Bedrohung stehen ihre ID und ihre STRIDE-Kategorie; ein Matrixrisiko ist als Ausnutzbarkeit / Schweregrad zu lesen.</translation>
    </message>
    <message>
        <source>The model has no threats. Run the analysis first.</source>
        <translation>Das Modell enthält keine Bedrohungen. Zuerst ist die Analyse auszuführen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (data flow)</source>
        <translation>%1 (Datenfluss)</translation>
    </message>
    <message>
        <source>Suppressed rules</source>
        <translation>Unterdrückte Regeln</translation>
    </message>
    <message>
        <source>No rule is switched off for any element.</source>
        <translation>Für kein Element ist eine Regel unterdrückt.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Obsolete threats</source>
        <translation>Veraltete Bedrohungen</translation>
    </message>
    <message>
        <source>No threat has become obsolete.</source>
        <translation>Keine Bedrohung ist veraltet.</translation>
    </message>
    <message>
        <source>These threats no longer fire: their element or flow was removed or changed, or their rule left the pack. They are kept with their history.</source>
        <translation>Diese Bedrohungen werden nicht mehr ausgelöst: Ihr Element oder Fluss wurde entfernt oder geändert, oder ihre Regel ist nicht mehr im Paket enthalten. Sie bleiben mit ihrem Verlauf erhalten.</translation>
    </message>
    <message>
        <source>%1 (not acceptable)</source>
        <translation>%1 (nicht akzeptabel)</translation>
    </message>
    <message>
        <source>Risk summary</source>
        <translation>Risikoübersicht</translation>
    </message>
    <message>
        <source>Threats by category</source>
        <translation>Bedrohungen nach Kategorie</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Threats by status</source>
        <translation>Bedrohungen nach Status</translation>
    </message>
    <message>
        <source>Threats by rule severity</source>
        <translation>Bedrohungen nach Schweregrad der Regel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Risk before mitigation</source>
        <translation>Risiko vor Minderung</translation>
    </message>
    <message>
        <source>Active threats by the cell of their estimated risk; shaded red: outside the acceptable region.</source>
        <translation>Aktive Bedrohungen nach der Zelle ihres eingeschätzten Risikos; rot hinterlegt: außerhalb des akzeptablen Bereichs.</translation>
    </message>
    <message>
        <source>Risk after mitigation</source>
        <translation>Risiko nach Minderung</translation>
    </message>
    <message>
        <source>The residual risk: the estimate after mitigation, or the one before where no later estimate is recorded.</source>
        <translation>Das Restrisiko: die Einschätzung nach der Minderung oder, wo keine spätere Einschätzung erfasst ist, die Einschätzung davor.</translation>
    </message>
    <message numerus="yes">
        <source>%n threat(s) scored with CVSS are not in the matrices; their scores are in section %1.</source>
        <translation>
            <numerusform>%n mit CVSS bewertete Bedrohung ist nicht in den Matrizen enthalten; ihr Wert steht in Abschnitt %1.</numerusform>
            <numerusform>%n mit CVSS bewertete Bedrohungen sind nicht in den Matrizen enthalten; ihre Werte stehen in Abschnitt %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mitigations, requirements and verification</source>
        <translation>Maßnahmen, Anforderungen und Verifizierung</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>FDA category</source>
        <translation>FDA-Kategorie</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>The model has no mitigations.</source>
        <translation>Das Modell enthält keine Maßnahmen.</translation>
    </message>
    <message>
        <source>Security requirements</source>
        <translation>Sicherheitsanforderungen</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>The model has no security requirements.</source>
        <translation>Das Modell enthält keine Sicherheitsanforderungen.</translation>
    </message>
    <message>
        <source>Verification tests</source>
        <translation>Verifizierungstests</translation>
    </message>
    <message>
        <source>Verifies</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Tester</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Entwickler</translation>
    </message>
    <message>
        <source>Independence</source>
        <translation>Unabhängigkeit</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>The model has no verification tests.</source>
        <translation>Das Modell enthält keine Verifizierungstests.</translation>
    </message>
    <message>
        <source>Traceability</source>
        <translation>Rückverfolgbarkeit</translation>
    </message>
    <message>
        <source>Each active threat with the mitigations linked to it, the security requirements those mitigations are refined into, and the verification tests of either, with their results. A dash marks where the chain ends. The CSV export lists every chain on its own row.</source>
        <translation>Jede aktive Bedrohung mit den mit ihr verknüpften Maßnahmen, den Sicherheitsanforderungen, zu denen diese Maßnahmen verfeinert sind, und den Verifizierungstests beider, mit ihren Ergebnissen. Ein Gedankenstrich markiert, wo die Kette endet. Der CSV-Export führt jede Kette in einer eigenen Zeile auf.</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>There are no active threats to trace.</source>
        <translation>Es liegen keine aktiven Bedrohungen zur Rückverfolgung vor.</translation>
    </message>
    <message>
        <source>Open gaps</source>
        <translation>Offene Lücken</translation>
    </message>
    <message>
        <source>The traceability check finds no gaps.</source>
        <translation>Die Rückverfolgbarkeitsprüfung findet keine Lücken.</translation>
    </message>
    <message numerus="yes">
        <source>The traceability check (vigil-cli check) finds %n gap(s).</source>
        <translation>
            <numerusform>Die Rückverfolgbarkeitsprüfung (vigil-cli check) findet %n Lücke.</numerusform>
            <numerusform>Die Rückverfolgbarkeitsprüfung (vigil-cli check) findet %n Lücken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Zu tun</translation>
    </message>
    <message>
        <source>Residual risks</source>
        <translation>Restrisiken</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>Acceptance rationale</source>
        <translation>Begründung der Akzeptanz</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Akzeptiert von</translation>
    </message>
    <message>
        <source>Threats whose residual risk lies outside the acceptable region, and those whose residual risk was accepted with a recorded rationale.</source>
        <translation>Bedrohungen, deren Restrisiko außerhalb des akzeptablen Bereichs liegt, und solche, deren Restrisiko mit einer dokumentierten Begründung akzeptiert wurde.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Risks transferred to safety risk management</source>
        <translation>An das Risikomanagement nach ISO 14971 übergebene Risiken</translation>
    </message>
    <message>
        <source>These threats can lead to a hazardous situation; their risk is controlled in the safety risk management file (ISO 14971) under the hazards named.</source>
        <translation>Diese Bedrohungen können zu einer Gefährdungssituation führen; ihr Risiko wird in der Risikomanagementakte (ISO 14971) unter den genannten Gefährdungen beherrscht.</translation>
    </message>
    <message>
        <source>Clause map</source>
        <translation>Abschnittszuordnung</translation>
    </message>
    <message>
        <source>Where this report answers each requirement of IEC 81001-5-1 and each item of the FDA premarket cybersecurity guidance. The descriptions are summaries, not the standard&apos;s text.</source>
        <translation>Wo dieser Bericht die einzelnen Anforderungen der IEC 81001-5-1 und die einzelnen Punkte der FDA-Premarket-Cybersecurity-Guidance behandelt. Die Beschreibungen sind Zusammenfassungen, nicht der Wortlaut der Norm.</translation>
    </message>
    <message>
        <source>not included in this report</source>
        <translation>nicht in diesem Bericht enthalten</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>What it asks for</source>
        <translation>Was gefordert wird</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>IEC 81001-5-1</source>
        <translation>IEC 81001-5-1</translation>
    </message>
    <message>
        <source>FDA premarket</source>
        <translation>FDA-Premarket-Guidance</translation>
    </message>
    <message>
        <source>Security requirements for the product are identified and documented.</source>
        <translation>Die Sicherheitsanforderungen an das Produkt sind ermittelt und dokumentiert.</translation>
    </message>
    <message>
        <source>The architecture provides defence in depth: layered controls, each with its place in the design.</source>
        <translation>Die Architektur bietet gestaffelte Verteidigung (Defense in Depth): mehrschichtige Maßnahmen, jede mit ihrem Platz im Design.</translation>
    </message>
    <message>
        <source>Tests show that each security requirement is met.</source>
        <translation>Tests weisen nach, dass jede Sicherheitsanforderung erfüllt ist.</translation>
    </message>
    <message>
        <source>Tests show that each threat mitigation works.</source>
        <translation>Tests weisen nach, dass jede Maßnahme zur Bedrohungsminderung wirkt.</translation>
    </message>
    <message>
        <source>Vulnerability testing: fuzzing, attack surface and known-vulnerability scans.</source>
        <translation>Schwachstellentests: Fuzzing, Analyse der Angriffsfläche und Scans auf bekannte Schwachstellen.</translation>
    </message>
    <message>
        <source>Penetration testing.</source>
        <translation>Penetrationstests.</translation>
    </message>
    <message>
        <source>Testers are independent enough of the developers whose work they test.</source>
        <translation>Tester sind von den Entwicklern, deren Arbeit sie testen, ausreichend unabhängig.</translation>
    </message>
    <message>
        <source>Threats, vulnerabilities and their possible harm are identified.</source>
        <translation>Bedrohungen, Schwachstellen und ihr möglicher Schaden sind ermittelt.</translation>
    </message>
    <message>
        <source>Each security risk is estimated and evaluated against acceptance criteria.</source>
        <translation>Jedes Sicherheitsrisiko ist eingeschätzt und anhand von Akzeptanzkriterien bewertet.</translation>
    </message>
    <message>
        <source>Security risks are controlled, and what remains is evaluated.</source>
        <translation>Sicherheitsrisiken sind beherrscht, und das verbleibende Risiko ist bewertet.</translation>
    </message>
    <message>
        <source>Annex C</source>
        <translation>Anhang C</translation>
    </message>
    <message>
        <source>Annex F</source>
        <translation>Anhang F</translation>
    </message>
    <message>
        <source>Transitional (legacy) software and the rationale for keeping it.</source>
        <translation>Übergangssoftware (Legacy) und die Begründung für ihre Beibehaltung.</translation>
    </message>
    <message>
        <source>Threat model</source>
        <translation>Bedrohungsmodell</translation>
    </message>
    <message>
        <source>A threat model of the whole system that covers its security risks.</source>
        <translation>Ein Bedrohungsmodell des gesamten Systems, das dessen Sicherheitsrisiken abdeckt.</translation>
    </message>
    <message>
        <source>Architecture views</source>
        <translation>Architekturansichten</translation>
    </message>
    <message>
        <source>Global system, multi-patient harm, updatability/patchability and security use case views.</source>
        <translation>Globale Systemansicht sowie Ansichten zu Mehrpatientenschaden, Aktualisierbarkeit/Patchbarkeit und Sicherheits-Anwendungsfällen.</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Risikobeurteilung</translation>
    </message>
    <message>
        <source>Security risks assessed before and after controls, with exploitability rather than probability.</source>
        <translation>Sicherheitsrisiken, vor und nach den Maßnahmen beurteilt, anhand der Ausnutzbarkeit statt der Wahrscheinlichkeit.</translation>
    </message>
    <message>
        <source>Threats traced to controls, and controls to their testing.</source>
        <translation>Rückverfolgbarkeit von Bedrohungen zu Maßnahmen und von Maßnahmen zu ihren Tests.</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Wirkungsbereich</translation>
    </message>
    <message>
        <source>The diagram&apos;s labels are too small to read at this size: the %1 pages that follow show it in sheets at a size at which they can be read.</source>
        <translation>Die Beschriftungen des Diagramms sind in dieser Größe nicht lesbar: Die folgenden %1 Seiten zeigen es in Blättern in einer Größe, in der sie lesbar sind.</translation>
    </message>
    <message>
        <source>The diagram&apos;s labels are too small to read at this size, and sheets at a readable size would take %1 pages: export it on its own with File &gt; Export Diagram or vigil-cli render --fit.</source>
        <translation>Die Beschriftungen des Diagramms sind in dieser Größe nicht lesbar, und Blätter in lesbarer Größe würden %1 Seiten füllen: Exportieren Sie es einzeln mit Datei &gt; Diagramm exportieren oder vigil-cli render --fit.</translation>
    </message>
    <message>
        <source>Review records</source>
        <translation>Review-Protokolle</translation>
    </message>
    <message>
        <source>The team reviewed the threat model in these meetings, threat by threat. Each decision records the status before and after, the justification and who decided.</source>
        <translation>Das Team hat das Bedrohungsmodell in diesen Sitzungen Bedrohung für Bedrohung überprüft. Zu jeder Entscheidung sind der Status vorher und nachher, die Begründung und die entscheidende Person erfasst.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Threats reviewed</source>
        <translation>Betrachtete Bedrohungen</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächstes Review</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation>Status vorher</translation>
    </message>
    <message>
        <source>Status after</source>
        <translation>Status nachher</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>no, interrupted</source>
        <translation>nein, unterbrochen</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>No review has been recorded.</source>
        <translation>Es wurde kein Review erfasst.</translation>
    </message>
    <message>
        <source>undecided threats</source>
        <translation>nicht entschiedene Bedrohungen</translation>
    </message>
    <message>
        <source>threats new or changed since the last review</source>
        <translation>seit dem letzten Review neue oder geänderte Bedrohungen</translation>
    </message>
    <message>
        <source>all threats</source>
        <translation>alle Bedrohungen</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>im Diagramm „%1“</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>für „%1“</translation>
    </message>
    <message>
        <source>risk %1 or higher</source>
        <translation>Risiko %1 oder höher</translation>
    </message>
    <message>
        <source>by risk</source>
        <translation>nach Risiko</translation>
    </message>
    <message>
        <source>by number</source>
        <translation>nach Nummer</translation>
    </message>
    <message>
        <source>by diagram and element</source>
        <translation>nach Diagramm und Element</translation>
    </message>
    <message>
        <source>A threat model of the product in its environment, kept up to date and reviewed by the team.</source>
        <translation>Ein Bedrohungsmodell des Produkts in seiner Einsatzumgebung, das aktuell gehalten und vom Team überprüft wird.</translation>
    </message>
    <message>
        <source>Approved for release</source>
        <translation>Zur Veröffentlichung freigegeben</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Inhalts-Hash</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>The baseline has no approvals.</source>
        <translation>Für die Baseline liegen keine Freigaben vor.</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Freigebende Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>Baselines</translation>
    </message>
    <message>
        <source>%1: %2 (%3), %4</source>
        <translation>%1: %2 (%3), %4</translation>
    </message>
</context>
<context>
    <name>RiskEditor</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
</context>
<context>
    <name>SetSuppressionCommand</name>
    <message>
        <source>Suppress rule %1 for &quot;%2&quot;</source>
        <translation>Regel %1 für „%2“ unterdrücken</translation>
    </message>
    <message>
        <source>Stop suppressing rule %1 for &quot;%2&quot;</source>
        <translation>Unterdrückung von Regel %1 für „%2“ aufheben</translation>
    </message>
</context>
<context>
    <name>SetThreatJustificationCommand</name>
    <message>
        <source>Edit justification of %1</source>
        <translation>Begründung von %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>SetThreatStatusCommand</name>
    <message>
        <source>Set status of %1 to %2</source>
        <translation>Status von %1 auf „%2“ setzen</translation>
    </message>
</context>
<context>
    <name>ThreatBadgeItem</name>
    <message numerus="yes">
        <source>%n open threat(s)</source>
        <translation>
            <numerusform>%n offene Bedrohung</numerusform>
            <numerusform>%n offene Bedrohungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreatWhy</name>
    <message>
        <source>external entity</source>
        <translation>externe Entität</translation>
    </message>
    <message>
        <source>process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>data store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <source>%1 crossing %2</source>
        <translation>%1, der %2 überquert</translation>
    </message>
    <message>
        <source>Rule %1 of pack %2 %3 fired on %4: it applies to every such target.</source>
        <translation>Regel %1 aus Paket %2 %3 hat für %4 ausgelöst: Sie gilt für jedes solche Ziel.</translation>
    </message>
    <message>
        <source>Rule %1 of pack %2 %3 fired on %4 because %5 holds: %6.</source>
        <translation>Regel %1 aus Paket %2 %3 hat für %4 ausgelöst, weil %5 gilt: %6.</translation>
    </message>
    <message>
        <source>Suppressed for this element: %1</source>
        <translation>Für dieses Element unterdrückt: %1</translation>
    </message>
    <message>
        <source>Severity %1 stands, no refinement applies: %2.</source>
        <translation>Schweregrad %1 bleibt, keine Verfeinerung greift: %2.</translation>
    </message>
    <message>
        <source>Refined by %1 (%2).</source>
        <translation>Verfeinert durch %1 (%2).</translation>
    </message>
    <message>
        <source>Refined by %1 (%2): severity %3 instead of %4.</source>
        <translation>Verfeinert durch %1 (%2): Schweregrad %3 statt %4.</translation>
    </message>
</context>
<context>
    <name>Threats</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Needs investigation</source>
        <translation>Zu untersuchen</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Gemindert</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Spoofing</source>
        <translation>Spoofing</translation>
    </message>
    <message>
        <source>Tampering</source>
        <translation>Manipulation</translation>
    </message>
    <message>
        <source>Repudiation</source>
        <translation>Abstreitbarkeit</translation>
    </message>
    <message>
        <source>Information disclosure</source>
        <translation>Offenlegung von Informationen</translation>
    </message>
    <message>
        <source>Denial of service</source>
        <translation>Denial of Service</translation>
    </message>
    <message>
        <source>Elevation of privilege</source>
        <translation>Rechteausweitung</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Unterdrückt</translation>
    </message>
</context>
<context>
    <name>Trace</name>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <source>Cryptography</source>
        <translation>Kryptografie</translation>
    </message>
    <message>
        <source>Code, data and execution integrity</source>
        <translation>Code-, Daten- und Ausführungsintegrität</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <source>Event detection and logging</source>
        <translation>Ereigniserkennung und Protokollierung</translation>
    </message>
    <message>
        <source>Resiliency and recovery</source>
        <translation>Resilienz und Wiederherstellung</translation>
    </message>
    <message>
        <source>Updatability and patchability</source>
        <translation>Aktualisierbarkeit und Patchbarkeit</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Security requirements test</source>
        <translation>Test der Sicherheitsanforderungen</translation>
    </message>
    <message>
        <source>Threat mitigation test</source>
        <translation>Test der Bedrohungsminderung</translation>
    </message>
    <message>
        <source>Vulnerability test</source>
        <translation>Schwachstellentest</translation>
    </message>
    <message>
        <source>Penetration test</source>
        <translation>Penetrationstest</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>No independence</source>
        <translation>Keine Unabhängigkeit</translation>
    </message>
    <message>
        <source>Another person</source>
        <translation>Andere Person</translation>
    </message>
    <message>
        <source>Another department or organisation</source>
        <translation>Andere Abteilung oder Organisation</translation>
    </message>
    <message>
        <source>Another organisation</source>
        <translation>Andere Organisation</translation>
    </message>
    <message>
        <source>physical</source>
        <translation>physisch</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>organisational</source>
        <translation>organisatorisch</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Einsatzumgebung</translation>
    </message>
    <message>
        <source>no independence</source>
        <translation>keine Unabhängigkeit</translation>
    </message>
    <message>
        <source>another person</source>
        <translation>andere Person</translation>
    </message>
    <message>
        <source>another department or organisation</source>
        <translation>andere Abteilung oder Organisation</translation>
    </message>
    <message>
        <source>another organisation</source>
        <translation>andere Organisation</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>○ %1</source>
        <translation>○ %1</translation>
    </message>
    <message>
        <source>— none</source>
        <translation>— keine</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Mitigation: %1</source>
        <translation>Maßnahme: %1</translation>
    </message>
    <message>
        <source>who performed the test is not recorded</source>
        <translation>wer den Test durchgeführt hat, ist nicht erfasst</translation>
    </message>
    <message>
        <source>whose work the test verifies is not recorded</source>
        <translation>wessen Arbeit der Test verifiziert, ist nicht erfasst</translation>
    </message>
    <message>
        <source>%1 tested their own work</source>
        <translation>%1 hat die eigene Arbeit getestet</translation>
    </message>
    <message>
        <source>the department of %1 is not recorded</source>
        <translation>die Abteilung von %1 ist nicht erfasst</translation>
    </message>
    <message>
        <source>%1 and %2 are both in %3</source>
        <translation>%1 und %2 sind beide in %3</translation>
    </message>
    <message>
        <source>the organisation of %1 is not recorded</source>
        <translation>die Organisation von %1 ist nicht erfasst</translation>
    </message>
    <message>
        <source>%1 and %2 are both of %3</source>
        <translation>%1 und %2 gehören beide zu %3</translation>
    </message>
</context>
<context>
    <name>UpdateThreatsCommand</name>
    <message>
        <source>Update threats</source>
        <translation>Bedrohungen aktualisieren</translation>
    </message>
    <message>
        <source>Update threats (%1 new, %2 obsolete)</source>
        <translation>Bedrohungen aktualisieren (%1 neu, %2 veraltet)</translation>
    </message>
</context>
<context>
    <name>ZoneItem</name>
    <message>
        <source>Trust zone: %1</source>
        <translation>Vertrauenszone: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Threat modeling for medical devices</source>
        <translation>Bedrohungsmodellierung für Medizinprodukte</translation>
    </message>
    <message>
        <source>A .vigil document or vigil-model JSON file to open.</source>
        <translation>Zu öffnendes .vigil-Dokument oder vigil-model-JSON-Datei.</translation>
    </message>
</context>
<context>
    <name>vigil::BaselinesUi</name>
    <message>
        <source>Approved for release</source>
        <translation>Zur Veröffentlichung freigegeben</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Rev %1</source>
        <translation>Rev. %1</translation>
    </message>
    <message>
        <source>Create &amp;Baseline...</source>
        <translation>&amp;Baseline erstellen …</translation>
    </message>
    <message>
        <source>Base&amp;lines...</source>
        <translation>Base&amp;lines …</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>Keep the model as it is now as a named, frozen revision in the document</source>
        <translation>Das Modell in seinem jetzigen Stand als benannte, eingefrorene Revision im Dokument festhalten</translation>
    </message>
    <message>
        <source>List the baselines; approve one, open it read-only, compare the model with it</source>
        <translation>Die Baselines auflisten; eine davon freigeben, schreibgeschützt öffnen oder das Modell mit ihr vergleichen</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;Audit Trail</source>
        <translation>&amp;Prüfpfad</translation>
    </message>
    <message>
        <source>Every saved change to the document: when, by whom, what</source>
        <translation>Jede gespeicherte Änderung am Dokument: wann, von wem, was</translation>
    </message>
    <message>
        <source>Create Baseline %1</source>
        <translation>Baseline „%1“ erstellen</translation>
    </message>
    <message>
        <source>Baseline %1 made; it is kept in the file when you save</source>
        <translation>Baseline „%1“ erstellt; sie wird beim Speichern in der Datei abgelegt</translation>
    </message>
    <message>
        <source>Baseline %1 made</source>
        <translation>Baseline „%1“ erstellt</translation>
    </message>
    <message>
        <source>The baseline is no longer in the model.</source>
        <translation>Die Baseline ist nicht mehr im Modell enthalten.</translation>
    </message>
    <message>
        <source>Baseline %1 was changed after it was made (its content no longer has its hash); it cannot be approved.</source>
        <translation>Baseline „%1“ wurde nach ihrer Erstellung verändert (ihr Inhalt stimmt nicht mehr mit ihrem Hash überein); sie kann nicht freigegeben werden.</translation>
    </message>
    <message numerus="yes">
        <source>Baseline %1 has %n traceability gap(s); an approval needs a rationale saying why it is approved anyway.</source>
        <translation>
            <numerusform>Baseline „%1“ hat %n Lücke in der Rückverfolgbarkeit; eine Freigabe erfordert eine Begründung, warum sie dennoch erteilt wird.</numerusform>
            <numerusform>Baseline „%1“ hat %n Lücken in der Rückverfolgbarkeit; eine Freigabe erfordert eine Begründung, warum sie dennoch erteilt wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve Baseline %1</source>
        <translation>Baseline „%1“ freigeben</translation>
    </message>
    <message>
        <source>Approval of baseline %1 recorded</source>
        <translation>Freigabe der Baseline „%1“ erfasst</translation>
    </message>
    <message>
        <source>%1 @ %2 (baseline)</source>
        <translation>%1 @ %2 (Baseline)</translation>
    </message>
    <message>
        <source>Create Baseline</source>
        <translation>Baseline erstellen</translation>
    </message>
    <message>
        <source>A baseline keeps the whole model as it is now, frozen, inside the document, with its SHA-256. Reports can be made from it and it can be approved.</source>
        <translation>Eine Baseline hält das gesamte Modell in seinem jetzigen Stand eingefroren im Dokument fest, zusammen mit seinem SHA-256. Aus ihr lassen sich Berichte erstellen, und sie kann freigegeben werden.</translation>
    </message>
    <message>
        <source>What this revision is for: &quot;Design review 3&quot;, &quot;Submitted with 510(k) K123456&quot;</source>
        <translation>Wofür diese Revision dient: „Design-Review 3“, „Eingereicht mit 510(k) K123456“</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Made by:</source>
        <translation>Erstellt von:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;This baseline has %n traceability gap(s)&lt;/b&gt; (Traceability &gt; Check on the baseline&apos;s window lists them). An approval records why it is given anyway.</source>
        <translation>
            <numerusform>&lt;b&gt;Diese Baseline hat %n Lücke in der Rückverfolgbarkeit&lt;/b&gt; („Rückverfolgbarkeit &gt; Rückverfolgbarkeit prüfen“ im Fenster der Baseline listet sie auf). Eine Freigabe dokumentiert, warum sie dennoch erteilt wird.</numerusform>
            <numerusform>&lt;b&gt;Diese Baseline hat %n Lücken in der Rückverfolgbarkeit&lt;/b&gt; („Rückverfolgbarkeit &gt; Rückverfolgbarkeit prüfen“ im Fenster der Baseline listet sie auf). Eine Freigabe dokumentiert, warum sie dennoch erteilt wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>The baseline has no traceability gaps.</source>
        <translation>Die Baseline hat keine Lücken in der Rückverfolgbarkeit.</translation>
    </message>
    <message>
        <source>Required: why the gaps do not stand in the way</source>
        <translation>Erforderlich: warum die Lücken der Freigabe nicht entgegenstehen</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Approver:</source>
        <translation>Freigabe &amp;durch:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Meaning:</source>
        <translation>&amp;Bedeutung:</translation>
    </message>
    <message>
        <source>R&amp;ationale:</source>
        <translation>Be&amp;gründung:</translation>
    </message>
    <message>
        <source>Record Approval</source>
        <translation>Freigabe erfassen</translation>
    </message>
    <message>
        <source>Approve Baseline</source>
        <translation>Baseline freigeben</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>Baselines</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Inhalts-Hash</translation>
    </message>
    <message>
        <source>&amp;Approve...</source>
        <translation>&amp;Freigeben …</translation>
    </message>
    <message>
        <source>&amp;Open Read-Only</source>
        <translation>Schreibgeschützt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Compare with Model</source>
        <translation>Mit Modell &amp;vergleichen</translation>
    </message>
    <message>
        <source>&amp;New Baseline...</source>
        <translation>&amp;Neue Baseline …</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source> (%n)</source>
        <translation>
            <numerusform> (%n)</numerusform>
            <numerusform> (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>changed since it was made</source>
        <translation>seit der Erstellung verändert</translation>
    </message>
    <message>
        <source>The model has no baselines yet. A baseline keeps the model as it is, frozen, for a design review or a release.</source>
        <translation>Das Modell hat noch keine Baselines. Eine Baseline hält das Modell für ein Design-Review oder ein Release in seinem aktuellen Stand eingefroren fest.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, made %2 by %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, erstellt am %2 von %3</translation>
    </message>
    <message>
        <source>Content hash: %1</source>
        <translation>Inhalts-Hash: %1</translation>
    </message>
    <message>
        <source>%1 by %2 (%3), %4</source>
        <translation>%1 von %2 (%3), %4</translation>
    </message>
    <message>
        <source>no role given</source>
        <translation>keine Rolle angegeben</translation>
    </message>
    <message>
        <source>; rationale: %1</source>
        <translation>; Begründung: %1</translation>
    </message>
    <message>
        <source>Audit Trail (%1)</source>
        <translation>Prüfpfad (%1)</translation>
    </message>
    <message>
        <source>%1 is no longer in the model</source>
        <translation>%1 ist nicht mehr im Modell enthalten</translation>
    </message>
    <message>
        <source>Export &amp;Report...</source>
        <translation>Be&amp;richt exportieren …</translation>
    </message>
    <message>
        <source>The baseline&apos;s report, from its read-only window</source>
        <translation>Der Bericht der Baseline, aus ihrem schreibgeschützten Fenster</translation>
    </message>
</context>
<context>
    <name>vigil::ChangesPanel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Filter changes</source>
        <translation>Änderungen filtern</translation>
    </message>
    <message>
        <source>Compare &amp;Again</source>
        <translation>Erneut &amp;vergleichen</translation>
    </message>
    <message>
        <source>Compare the model as it is now with the file read again</source>
        <translation>Das Modell in seinem jetzigen Stand mit der erneut eingelesenen Datei vergleichen</translation>
    </message>
    <message>
        <source>&amp;End Comparison</source>
        <translation>Vergleich &amp;beenden</translation>
    </message>
    <message>
        <source>Clear the list and the marks on the diagrams</source>
        <translation>Die Liste und die Markierungen in den Diagrammen entfernen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Trust zone</source>
        <translation>Vertrauenszone</translation>
    </message>
    <message>
        <source>Data flow</source>
        <translation>Datenfluss</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Verification test</source>
        <translation>Verifizierungstest</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Gefährdung</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Suppressed rule</source>
        <translation>Unterdrückte Regel</translation>
    </message>
    <message>
        <source>Model information</source>
        <translation>Modellinformationen</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>+ Added</source>
        <translation>+ Hinzugefügt</translation>
    </message>
    <message>
        <source>− Removed</source>
        <translation>− Entfernt</translation>
    </message>
    <message>
        <source>Δ Changed</source>
        <translation>Δ Geändert</translation>
    </message>
    <message>
        <source>Compare the model with another revision: File &gt; Compare with File...</source>
        <translation>Vergleichen Sie das Modell mit einer anderen Revision: „Datei &gt; Mit Datei vergleichen …“</translation>
    </message>
    <message>
        <source>No differences from %1.</source>
        <translation>Keine Unterschiede zu %1.</translation>
    </message>
    <message>
        <source>Changes from %1 to this model: %2 added, %3 removed, %4 changed.</source>
        <translation>Änderungen von %1 zu diesem Modell: %2 hinzugefügt, %3 entfernt, %4 geändert.</translation>
    </message>
</context>
<context>
    <name>vigil::CompareUi</name>
    <message>
        <source>Co&amp;mpare with File...</source>
        <translation>&amp;Mit Datei vergleichen …</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>List and mark what changed since another revision of the model (a .vigil or JSON file)</source>
        <translation>Auflisten und markieren, was sich seit einer anderen Revision des Modells (einer .vigil- oder JSON-Datei) geändert hat</translation>
    </message>
    <message>
        <source>Compare with File</source>
        <translation>Mit Datei vergleichen</translation>
    </message>
    <message>
        <source>Vigil models (*.vigil *.json);;All files (*)</source>
        <translation>Vigil-Modelle (*.vigil *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No differences from %1</source>
        <translation>Keine Unterschiede zu %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since %1</source>
        <translation>
            <numerusform>%n Änderung seit %1</numerusform>
            <numerusform>%n Änderungen seit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Änderungen (%1)</translation>
    </message>
    <message>
        <source>%1 %2 was removed since the compared revision</source>
        <translation>%1 %2 wurde seit der Vergleichsrevision entfernt</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>Baseline „%1“</translation>
    </message>
</context>
<context>
    <name>vigil::ConflictsUi</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Andere Seite</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Eigene Seite</translation>
    </message>
    <message>
        <source>Merge Conflicts</source>
        <translation>Merge-Konflikte</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Model holds</source>
        <translation>Im Modell</translation>
    </message>
    <message>
        <source>Keep &amp;Ours</source>
        <translation>&amp;Eigene Seite behalten</translation>
    </message>
    <message>
        <source>Keep the value the model holds from our side and close the conflict</source>
        <translation>Den Wert der eigenen Seite, den das Modell enthält, behalten und den Konflikt schließen</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>A&amp;ndere Seite übernehmen</translation>
    </message>
    <message>
        <source>Put the other side&apos;s value into the model and close the conflict</source>
        <translation>Den Wert der anderen Seite ins Modell übernehmen und den Konflikt schließen</translation>
    </message>
    <message>
        <source>Take theirs for %1</source>
        <translation>Für %1 die andere Seite übernehmen</translation>
    </message>
    <message>
        <source>Keep ours for %1</source>
        <translation>Für %1 die eigene Seite behalten</translation>
    </message>
    <message>
        <source>(whole record)</source>
        <translation>(ganzer Datensatz)</translation>
    </message>
    <message>
        <source>No open merge conflicts.</source>
        <translation>Keine offenen Merge-Konflikte.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) from a merge: the model holds the side shown under &quot;Model holds&quot; until you choose.</source>
        <translation>
            <numerusform>%n Konflikt aus einem Merge: Das Modell enthält die unter „Im Modell“ gezeigte Seite, bis Sie wählen.</numerusform>
            <numerusform>%n Konflikte aus einem Merge: Das Modell enthält die unter „Im Modell“ gezeigte Seite, bis Sie wählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Conflicts (%1)</source>
        <translation>Merge-Konflikte (%1)</translation>
    </message>
</context>
<context>
    <name>vigil::DiagramEditor</name>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Auswählen</translation>
    </message>
    <message>
        <source>Select, move and resize (S or Esc)</source>
        <translation>Auswählen, verschieben und Größe ändern (S oder Esc)</translation>
    </message>
    <message>
        <source>&amp;External Entity</source>
        <translation>&amp;Externe Entität</translation>
    </message>
    <message>
        <source>Place an external entity: click, or drag out its size (E)</source>
        <translation>Externe Entität platzieren: klicken oder Größe aufziehen (E)</translation>
    </message>
    <message>
        <source>&amp;Process</source>
        <translation>&amp;Prozess</translation>
    </message>
    <message>
        <source>Place a process: click, or drag out its size (P)</source>
        <translation>Prozess platzieren: klicken oder Größe aufziehen (P)</translation>
    </message>
    <message>
        <source>&amp;Data Store</source>
        <translation>&amp;Datenspeicher</translation>
    </message>
    <message>
        <source>Place a data store: click, or drag out its size (D)</source>
        <translation>Datenspeicher platzieren: klicken oder Größe aufziehen (D)</translation>
    </message>
    <message>
        <source>Trust &amp;Zone</source>
        <translation>Vertrauens&amp;zone</translation>
    </message>
    <message>
        <source>Draw a trust zone around elements; it takes in what it encloses (Z)</source>
        <translation>Vertrauenszone um Elemente ziehen; sie nimmt alles auf, was sie umschließt (Z)</translation>
    </message>
    <message>
        <source>Data &amp;Flow</source>
        <translation>Daten&amp;fluss</translation>
    </message>
    <message>
        <source>Draw a data flow: drag from one element to another (F; Alt+drag in Select)</source>
        <translation>Datenfluss zeichnen: von einem Element zu einem anderen ziehen (F; im Auswahlmodus Alt+Ziehen)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Aus&amp;schneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selection; elements take their flows along</source>
        <translation>Auswahl löschen; mit Elementen werden auch ihre Flüsse gelöscht</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Umbe&amp;nennen</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>&amp;Links ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Centres Horizontally</source>
        <translation>&amp;Horizontal zentrieren</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>&amp;Rechts ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>&amp;Oben ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Middles Vertically</source>
        <translation>&amp;Vertikal zentrieren</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>&amp;Unten ausrichten</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>&amp;Horizontal verteilen</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>&amp;Vertikal verteilen</translation>
    </message>
    <message>
        <source>Bring Zone to &amp;Front</source>
        <translation>Zone in den V&amp;ordergrund</translation>
    </message>
    <message>
        <source>Send Zone to Bac&amp;k</source>
        <translation>Zone in den &amp;Hintergrund</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>An&amp;ordnen</translation>
    </message>
    <message>
        <source>&amp;Align</source>
        <translation>&amp;Ausrichten</translation>
    </message>
    <message>
        <source>&amp;Distribute</source>
        <translation>&amp;Verteilen</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Make &quot;%1&quot; bidirectional</source>
        <translation>„%1“ bidirektional machen</translation>
    </message>
    <message>
        <source>Make &quot;%1&quot; one-way</source>
        <translation>„%1“ unidirektional machen</translation>
    </message>
    <message>
        <source>Remove bend points</source>
        <translation>Knickpunkte entfernen</translation>
    </message>
    <message>
        <source>Paste Here</source>
        <translation>Hier einfügen</translation>
    </message>
    <message>
        <source>&amp;Bidirectional</source>
        <translation>&amp;Bidirektional</translation>
    </message>
    <message>
        <source>Add Bend Point Here</source>
        <translation>Hier Knickpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Add bend point</source>
        <translation>Knickpunkt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Straighten</source>
        <translation>Be&amp;gradigen</translation>
    </message>
    <message>
        <source>Add External Entity Here</source>
        <translation>Externe Entität hier hinzufügen</translation>
    </message>
    <message>
        <source>Add Process Here</source>
        <translation>Prozess hier hinzufügen</translation>
    </message>
    <message>
        <source>Add Data Store Here</source>
        <translation>Datenspeicher hier hinzufügen</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %1 makes %n decided threat(s) obsolete. Their status, justification, risk and links stay in the model&apos;s history, but they leave the threat list, the traceability matrix and the check. Delete anyway?</source>
        <translation>
            <numerusform>Wenn Sie %1 löschen, wird %n bereits entschiedene Bedrohung obsolet. Status, Begründung, Risiko und Verknüpfungen bleiben im Verlauf des Modells erhalten, verschwinden aber aus der Bedrohungsliste, der Rückverfolgbarkeitsmatrix und der Prüfung. Trotzdem löschen?</numerusform>
            <numerusform>Wenn Sie %1 löschen, werden %n bereits entschiedene Bedrohungen obsolet. Status, Begründung, Risiko und Verknüpfungen bleiben im Verlauf des Modells erhalten, verschwinden aber aus der Bedrohungsliste, der Rückverfolgbarkeitsmatrix und der Prüfung. Trotzdem löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Legende</translation>
    </message>
    <message>
        <source>Show what the shapes, lines, marks and glyphs mean</source>
        <translation>Die Bedeutung der Formen, Linien, Markierungen und Symbole anzeigen</translation>
    </message>
</context>
<context>
    <name>vigil::DiagramScene</name>
    <message>
        <source>Move bend point</source>
        <translation>Knickpunkt verschieben</translation>
    </message>
    <message>
        <source>Move flow label</source>
        <translation>Flussbeschriftung verschieben</translation>
    </message>
    <message>
        <source>Remove bend point</source>
        <translation>Knickpunkt entfernen</translation>
    </message>
    <message>
        <source>Add bend point</source>
        <translation>Knickpunkt hinzufügen</translation>
    </message>
</context>
<context>
    <name>vigil::DiagramView</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>External entity</source>
        <translation>Externe Entität</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>Trust zone</source>
        <translation>Vertrauenszone</translation>
    </message>
    <message>
        <source>Data flow</source>
        <translation>Datenfluss</translation>
    </message>
    <message>
        <source>Flow crossing a trust zone (marker on the zone&apos;s edge)</source>
        <translation>Fluss, der eine Vertrauenszone überschreitet (Markierung am Rand der Zone)</translation>
    </message>
    <message>
        <source>Wireless link (glyph before the protocol)</source>
        <translation>Funkverbindung (Symbol vor dem Protokoll)</translation>
    </message>
    <message>
        <source>Encrypted link (glyph before the protocol)</source>
        <translation>Verschlüsselte Verbindung (Symbol vor dem Protokoll)</translation>
    </message>
    <message>
        <source>Safety-critical element</source>
        <translation>Sicherheitskritisches Element</translation>
    </message>
    <message>
        <source>Open threats of an element or flow</source>
        <translation>Offene Bedrohungen eines Elements oder Flusses</translation>
    </message>
    <message>
        <source>An empty diagram</source>
        <translation>Ein leeres Diagramm</translation>
    </message>
    <message>
        <source>Draw: choose External Entity (E), Process (P) or Data Store (D) in the tool bar and click here. Drag from an element&apos;s blue handle to another element to draw a data flow (F), and put elements that share a trust level in a Trust Zone (Z).</source>
        <translation>Zeichnen: Wählen Sie in der Werkzeugleiste Externe Entität (E), Prozess (P) oder Datenspeicher (D) und klicken Sie hier. Ziehen Sie vom blauen Griff eines Elements zu einem anderen Element, um einen Datenfluss (F) zu zeichnen, und fassen Sie Elemente mit gleichem Vertrauensniveau in einer Vertrauenszone (Z) zusammen.</translation>
    </message>
    <message>
        <source>Analyze: Vigil lists the STRIDE threats of every element and of every flow that crosses a zone while you draw (Threats &gt; Analyze, F5).</source>
        <translation>Analysieren: Vigil listet schon beim Zeichnen die STRIDE-Bedrohungen jedes Elements und jedes Flusses auf, der eine Zone überschreitet („Bedrohungen &gt; Analysieren“, F5).</translation>
    </message>
    <message>
        <source>Triage: select a threat in the Threats list and record a decision: mitigate, accept or transfer it, with a justification.</source>
        <translation>Bewerten: Wählen Sie eine Bedrohung in der Bedrohungsliste aus und halten Sie eine Entscheidung mit Begründung fest: mindern, akzeptieren oder übertragen.</translation>
    </message>
    <message>
        <source>File &gt; New from Template starts from a connected-device starter or the insulin-pump example; F1 opens the user guide.</source>
        <translation>„Datei &gt; Neu aus Vorlage“ beginnt mit der Startvorlage für ein vernetztes Gerät oder mit dem Insulinpumpen-Beispiel; F1 öffnet das Benutzerhandbuch.</translation>
    </message>
</context>
<context>
    <name>vigil::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Untitled model</source>
        <translation>Unbenanntes Modell</translation>
    </message>
    <message>
        <source>Level 0 DFD</source>
        <translation>DFD Ebene 0</translation>
    </message>
    <message>
        <source>The model has no file name yet; use Save As.</source>
        <translation>Das Modell hat noch keinen Dateinamen; verwenden Sie „Speichern unter“.</translation>
    </message>
    <message>
        <source>%1: the file is read-only; use Save As.</source>
        <translation>%1: Die Datei ist schreibgeschützt; verwenden Sie „Speichern unter“.</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>vigil::ExportDiagramDialog</name>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>SVG drawing (vectors, one page)</source>
        <translation>SVG-Zeichnung (Vektorgrafik, eine Seite)</translation>
    </message>
    <message>
        <source>PDF document (vectors)</source>
        <translation>PDF-Dokument (Vektorgrafik)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>Threat-count &amp;badges (as on screen)</source>
        <translation>&amp;Badges mit Bedrohungsanzahl (wie auf dem Bildschirm)</translation>
    </message>
    <message>
        <source>The live counts of open threats; a document usually leaves them out, since they change with every decision</source>
        <translation>Die aktuelle Anzahl offener Bedrohungen; in Dokumenten wird sie meist weggelassen, da sie sich mit jeder Entscheidung ändert</translation>
    </message>
    <message>
        <source>&amp;Legend of the notation</source>
        <translation>&amp;Legende der Notation</translation>
    </message>
    <message>
        <source>&amp;Title block: model, diagram, revision, date</source>
        <translation>&amp;Schriftfeld: Modell, Diagramm, Revision, Datum</translation>
    </message>
    <message>
        <source>optional, e.g. B or 1.2</source>
        <translation>optional, z. B. B oder 1.2</translation>
    </message>
    <message>
        <source>&amp;Revision:</source>
        <translation>&amp;Revision:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Maßstab:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>100% is the size the diagram has on screen at 100% zoom</source>
        <translation>100 % entspricht der Größe des Diagramms auf dem Bildschirm bei 100 % Zoom</translation>
    </message>
    <message>
        <source>Reso&amp;lution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Fit to paper:</source>
        <translation>An &amp;Papier anpassen:</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 quer</translation>
    </message>
    <message>
        <source>Letter landscape</source>
        <translation>Letter quer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Text stays at least 6 pt high; a diagram too large for one page at that size is split over several pages.</source>
        <translation>Text bleibt mindestens 6 pt hoch; ein Diagramm, das bei dieser Größe nicht auf eine Seite passt, wird auf mehrere Seiten aufgeteilt.</translation>
    </message>
    <message>
        <source>Text stays at least 6 pt high; a diagram too large for one page at that size is split into one image per page (name-1.png, name-2.png, ...).</source>
        <translation>Text bleibt mindestens 6 pt hoch; ein Diagramm, das bei dieser Größe nicht auf eine Seite passt, wird in ein Bild pro Seite aufgeteilt (name-1.png, name-2.png, ...).</translation>
    </message>
    <message>
        <source>Text stays at least 6 pt high; an SVG holds one page, so a diagram too large for one page at that size needs PDF or PNG.</source>
        <translation>Text bleibt mindestens 6 pt hoch; eine SVG-Datei fasst nur eine Seite, daher erfordert ein Diagramm, das bei dieser Größe nicht auf eine Seite passt, PDF oder PNG.</translation>
    </message>
</context>
<context>
    <name>vigil::ExportReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF/A document (*.pdf)</source>
        <translation>PDF/A-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Web page, one file (*.html)</source>
        <translation>Webseite, eine Datei (*.html)</translation>
    </message>
    <message>
        <source>OpenDocument text, editable (*.odt)</source>
        <translation>OpenDocument-Text, bearbeitbar (*.odt)</translation>
    </message>
    <message>
        <source>CSV files, one per table, into a folder</source>
        <translation>CSV-Dateien, eine pro Tabelle, in einen Ordner</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Da&amp;tum:</translation>
    </message>
    <message>
        <source>e.g. DHF-TM-001</source>
        <translation>z. B. DHF-TM-001</translation>
    </message>
    <message>
        <source>Document &amp;id:</source>
        <translation>Dokument-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Revision:</source>
        <translation>&amp;Revision:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>Erstellt &amp;von:</translation>
    </message>
    <message>
        <source>One per line: name, role</source>
        <translation>Eine Person pro Zeile: Name, Rolle</translation>
    </message>
    <message>
        <source>A&amp;pprovers:</source>
        <translation>Frei&amp;gebende:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Ordner für die CSV-Dateien</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Wählen Sie aus, wo der Bericht gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Wählen Sie mindestens einen Abschnitt aus.</translation>
    </message>
</context>
<context>
    <name>vigil::GapList</name>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Zu tun</translation>
    </message>
    <message>
        <source>Double-click a gap to show the object to fix</source>
        <translation>Auf eine Lücke doppelklicken, um das zu korrigierende Objekt anzuzeigen</translation>
    </message>
    <message>
        <source>Threat not decided</source>
        <translation>Bedrohung nicht entschieden</translation>
    </message>
    <message>
        <source>Decision without justification</source>
        <translation>Entscheidung ohne Begründung</translation>
    </message>
    <message>
        <source>Mitigated without a working control</source>
        <translation>Gemindert ohne wirksame Maßnahme</translation>
    </message>
    <message>
        <source>Risk not estimated</source>
        <translation>Risiko nicht eingeschätzt</translation>
    </message>
    <message>
        <source>Residual risk not accepted</source>
        <translation>Restrisiko nicht akzeptiert</translation>
    </message>
    <message>
        <source>Mitigation without requirement</source>
        <translation>Maßnahme ohne Anforderung</translation>
    </message>
    <message>
        <source>Requirement without test</source>
        <translation>Anforderung ohne Test</translation>
    </message>
    <message>
        <source>Test not passed</source>
        <translation>Test nicht bestanden</translation>
    </message>
    <message>
        <source>Tester not independent (5.7.5)</source>
        <translation>Tester nicht unabhängig (5.7.5)</translation>
    </message>
    <message>
        <source>Transitional element without rationale</source>
        <translation>Übergangselement ohne Begründung</translation>
    </message>
    <message>
        <source>Threats out of date</source>
        <translation>Bedrohungen nicht aktuell</translation>
    </message>
    <message>
        <source>Set a status: mitigated, accepted, transferred or not applicable.</source>
        <translation>Legen Sie einen Status fest: gemindert, akzeptiert, übertragen oder nicht zutreffend.</translation>
    </message>
    <message>
        <source>Write down why this decision was made.</source>
        <translation>Dokumentieren Sie, warum diese Entscheidung getroffen wurde.</translation>
    </message>
    <message>
        <source>Link a mitigation that is implemented or verified, or change the status.</source>
        <translation>Verknüpfen Sie eine umgesetzte oder verifizierte Maßnahme oder ändern Sie den Status.</translation>
    </message>
    <message>
        <source>Fix the risk before mitigation: %1</source>
        <translation>Korrigieren Sie das Risiko vor Minderung: %1</translation>
    </message>
    <message>
        <source>Estimate the risk before mitigation (CVSS or the matrix).</source>
        <translation>Schätzen Sie das Risiko vor Minderung ein (CVSS oder Matrix).</translation>
    </message>
    <message>
        <source>Mitigate further, hand it to safety risk management, or record who accepts the residual risk and why.</source>
        <translation>Mindern Sie weiter, übergeben Sie die Bedrohung an das Risikomanagement nach ISO 14971 oder dokumentieren Sie, wer das Restrisiko akzeptiert und warum.</translation>
    </message>
    <message>
        <source>Link a security requirement that this control implements.</source>
        <translation>Verknüpfen Sie eine Sicherheitsanforderung, die diese Maßnahme umsetzt.</translation>
    </message>
    <message>
        <source>Add a verification test that verifies this requirement.</source>
        <translation>Fügen Sie einen Verifizierungstest hinzu, der diese Anforderung verifiziert.</translation>
    </message>
    <message>
        <source>The test failed: fix and test again.</source>
        <translation>Der Test ist fehlgeschlagen: Beheben Sie den Fehler und testen Sie erneut.</translation>
    </message>
    <message>
        <source>Run the test and record its result.</source>
        <translation>Führen Sie den Test aus und erfassen Sie das Ergebnis.</translation>
    </message>
    <message>
        <source>Record why the legacy software is kept and how its risk is contained (property &quot;Transitional rationale&quot;).</source>
        <translation>Dokumentieren Sie, warum die Legacy-Software beibehalten wird und wie ihr Risiko begrenzt wird (Eigenschaft „Begründung für Übergangssoftware“).</translation>
    </message>
    <message>
        <source>Analyze again (F5): %1</source>
        <translation>Erneut analysieren (F5): %1</translation>
    </message>
    <message>
        <source>All gaps (%1)</source>
        <translation>Alle Lücken (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The whole model</source>
        <translation>Das gesamte Modell</translation>
    </message>
    <message>
        <source>✔ No gaps</source>
        <translation>✔ Keine Lücken</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n Lücke</numerusform>
            <numerusform>%n Lücken</numerusform>
        </translation>
    </message>
    <message>
        <source>The tester must be independent of the developer (%1): %2.</source>
        <translation>Der Tester muss vom Entwickler unabhängig sein (%1): %2.</translation>
    </message>
    <message>
        <source>Threat model review overdue</source>
        <translation>Review des Bedrohungsmodells überfällig</translation>
    </message>
    <message>
        <source>No completed review of the threat model</source>
        <translation>Kein abgeschlossenes Review des Bedrohungsmodells</translation>
    </message>
    <message>
        <source>Review the threat model again with the team; the next review was due by %1.</source>
        <translation>Überprüfen Sie das Bedrohungsmodell erneut mit dem Team; das nächste Review war bis %1 fällig.</translation>
    </message>
    <message>
        <source>Review the threat model with the team in a review meeting and complete the review.</source>
        <translation>Überprüfen Sie das Bedrohungsmodell mit dem Team in einer Review-Sitzung und schließen Sie das Review ab.</translation>
    </message>
    <message>
        <source>Review %1 of %2</source>
        <translation>Review %1 vom %2</translation>
    </message>
    <message>
        <source>Merge conflict not settled</source>
        <translation>Merge-Konflikt nicht gelöst</translation>
    </message>
    <message>
        <source>Choose ours or theirs in the Merge Conflicts dock.</source>
        <translation>Wählen Sie im Dock „Merge-Konflikte“ die eigene Seite oder die andere Seite.</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
</context>
<context>
    <name>vigil::HazardsTab</name>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Gefährdung</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Bedrohungen</translation>
    </message>
    <message>
        <source>Add a hazard (Insert in the table)</source>
        <translation>Gefährdung hinzufügen (Einfg in der Tabelle)</translation>
    </message>
    <message>
        <source>Remove the selected hazards; threats lose their links to them (Delete in the table)</source>
        <translation>Ausgewählte Gefährdungen entfernen; Bedrohungen verlieren ihre Verknüpfungen zu ihnen (Entf in der Tabelle)</translation>
    </message>
    <message>
        <source>Set hazard reference to &quot;%1&quot;</source>
        <translation>Referenz der Gefährdung auf „%1“ setzen</translation>
    </message>
    <message>
        <source>HAZ-001</source>
        <translation>HAZ-001</translation>
    </message>
    <message>
        <source>The hazard&apos;s id in the ISO 14971 risk management file</source>
        <translation>Die ID der Gefährdung in der Risikomanagementakte nach ISO 14971</translation>
    </message>
    <message>
        <source>Rename hazard to &quot;%1&quot;</source>
        <translation>Gefährdung in „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Edit hazard description</source>
        <translation>Beschreibung der Gefährdung bearbeiten</translation>
    </message>
    <message>
        <source>Threats that can lead to this hazard; double-click one to show it in the threats list</source>
        <translation>Bedrohungen, die zu dieser Gefährdung führen können; auf eine doppelklicken, um sie in der Bedrohungsliste anzuzeigen</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Linked threats:</source>
        <translation>Verknüpfte Bedrohungen:</translation>
    </message>
    <message numerus="yes">
        <source>%n hazard(s)</source>
        <translation>
            <numerusform>%n Gefährdung</numerusform>
            <numerusform>%n Gefährdungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n hazard(s)</source>
        <translation>
            <numerusform>%1 von %n Gefährdung</numerusform>
            <numerusform>%1 von %n Gefährdungen</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Threats (not obsolete) that can lead to this hazard</source>
        <translation>Bedrohungen (nicht veraltet), die zu dieser Gefährdung führen können</translation>
    </message>
    <message>
        <source>New hazard</source>
        <translation>Neue Gefährdung</translation>
    </message>
    <message>
        <source>Add hazard</source>
        <translation>Gefährdung hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n hazard(s)</source>
        <translation>
            <numerusform>%n Gefährdung entfernen</numerusform>
            <numerusform>%n Gefährdungen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>vigil::HistoryPanel</name>
    <message>
        <source>Filter by time, person, change or object</source>
        <translation>Nach Zeit, Person, Änderung oder Objekt filtern</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Model information</source>
        <translation>Modellinformationen</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Diagram %1</source>
        <translation>Diagramm „%1“</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>Baseline „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more not listed)</source>
        <translation>
            <numerusform>(%n weiteres nicht aufgeführt)</numerusform>
            <numerusform>(%n weitere nicht aufgeführt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n saved change(s)</source>
        <translation>
            <numerusform>%n gespeicherte Änderung</numerusform>
            <numerusform>%n gespeicherte Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n change(s) the next save records</source>
        <translation>
            <numerusform>; %n Änderung, die beim nächsten Speichern erfasst wird</numerusform>
            <numerusform>; %n Änderungen, die beim nächsten Speichern erfasst werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new, empty threat model</source>
        <translation>Ein neues, leeres Bedrohungsmodell beginnen</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a .vigil document or a vigil-model JSON file</source>
        <translation>Ein .vigil-Dokument oder eine vigil-model-JSON-Datei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the model to its file</source>
        <translation>Das Modell in seiner Datei speichern</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Save the model to a new file</source>
        <translation>Das Modell in einer neuen Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100%)</source>
        <translation>&amp;Originalgröße (100 %)</translation>
    </message>
    <message>
        <source>&amp;About Vigil</source>
        <translation>&amp;Über Vigil</translation>
    </message>
    <message>
        <source>About Vigil</source>
        <translation>Über Vigil</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vigil %1&lt;/h3&gt;&lt;p&gt;Threat modeling for medical devices and health software: data-flow diagrams, STRIDE threats, mitigations, requirements and verification tests, following IEC 81001-5-1 and the MITRE/MDIC playbook.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vigil %1&lt;/h3&gt;&lt;p&gt;Bedrohungsmodellierung für Medizinprodukte und Gesundheitssoftware: Datenflussdiagramme, STRIDE-Bedrohungen, Maßnahmen, Anforderungen und Verifizierungstests nach IEC 81001-5-1 und dem MITRE/MDIC-Playbook.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Edit &amp;History</source>
        <translation>Bearbeitungs&amp;verlauf</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Insulin pump system (example)</source>
        <translation>Insulinpumpensystem (Beispiel)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes. Save them before closing it?</source>
        <translation>„%1“ enthält ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <source>Vigil models (*.vigil *.json);;All files (*)</source>
        <translation>Vigil-Modelle (*.vigil *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Vigil documents (*.vigil)</source>
        <translation>Vigil-Dokumente (*.vigil)</translation>
    </message>
    <message>
        <source>Vigil JSON (*.json)</source>
        <translation>Vigil-JSON (*.json)</translation>
    </message>
    <message>
        <source>Save Model As</source>
        <translation>Modell speichern unter</translation>
    </message>
    <message>
        <source>Vigil</source>
        <translation>Vigil</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>%1[*] (read-only) — Vigil</source>
        <translation>%1[*] (schreibgeschützt) — Vigil</translation>
    </message>
    <message>
        <source>%1[*] — Vigil</source>
        <translation>%1[*] — Vigil</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n Fluss</numerusform>
            <numerusform>%n Flüsse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trust zone(s)</source>
        <translation>
            <numerusform>%n Vertrauenszone</numerusform>
            <numerusform>%n Vertrauenszonen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Vigil was not closed properly. Unsaved changes to &quot;%1&quot; from %2 were kept. Recover them?</source>
        <translation>Vigil wurde nicht ordnungsgemäß beendet. Ungespeicherte Änderungen an „%1“ vom %2 wurden aufbewahrt. Wiederherstellen?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>On the diagram: S select, E external entity, P process, D data store, Z trust zone, F flow; Space-drag or the middle button pans; Ctrl+wheel zooms; arrow keys nudge.</source>
        <translation>Im Diagramm: S Auswahl, E externe Entität, P Prozess, D Datenspeicher, Z Vertrauenszone, F Fluss; Leertaste+Ziehen oder mittlere Maustaste verschiebt die Ansicht; Strg+Mausrad zoomt; Pfeiltasten verschieben in kleinen Schritten.</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Open the user guide at the part you are working in</source>
        <translation>Das Benutzerhandbuch an der Stelle öffnen, an der Sie gerade arbeiten</translation>
    </message>
    <message>
        <source>Pre&amp;ferences...</source>
        <translation>E&amp;instellungen …</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Blank Model</source>
        <translation>&amp;Leeres Modell</translation>
    </message>
    <message>
        <source>&amp;Connected Device Starter</source>
        <translation>&amp;Vernetztes Gerät (Startvorlage)</translation>
    </message>
    <message>
        <source>Connected device (starter)</source>
        <translation>Vernetztes Gerät (Startvorlage)</translation>
    </message>
    <message>
        <source>&amp;Insulin Pump Example</source>
        <translation>&amp;Insulinpumpen-Beispiel</translation>
    </message>
    <message>
        <source>%1: the bundled model is missing</source>
        <translation>%1: Das mitgelieferte Modell fehlt</translation>
    </message>
    <message>
        <source>%1: the file changed on disk since it was read; nothing was saved</source>
        <translation>%1: Die Datei wurde seit dem Einlesen auf dem Datenträger geändert; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>%1 neu geladen</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed on disk since this window opened or last saved it: another program or window saved or replaced it. Saving your edits into it would mix the two, so nothing was saved.

Save your edits to a new file, reload the file (discarding your edits), or overwrite the file with this window&apos;s model?</source>
        <translation>„%1“ wurde auf dem Datenträger geändert, seit dieses Fenster die Datei geöffnet oder zuletzt gespeichert hat: Ein anderes Programm oder Fenster hat sie gespeichert oder ersetzt. Würden Sie Ihre Änderungen hineinspeichern, vermischten sich beide Stände; daher wurde nichts gespeichert.

Ihre Änderungen in einer neuen Datei speichern, die Datei neu laden (Ihre Änderungen werden verworfen) oder die Datei mit dem Modell dieses Fensters überschreiben?</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Reload &quot;%1&quot; from disk? Your unsaved edits in this window will be lost.</source>
        <translation>„%1“ vom Datenträger neu laden? Ihre ungespeicherten Änderungen in diesem Fenster gehen verloren.</translation>
    </message>
    <message>
        <source>&amp;Reload and Discard Edits</source>
        <translation>&amp;Neu laden und Änderungen verwerfen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed on disk. Reload it? Your unsaved edits in this window will be lost.</source>
        <translation>„%1“ wurde auf dem Datenträger geändert. Neu laden? Ihre ungespeicherten Änderungen in diesem Fenster gehen verloren.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed on disk. Reload it?</source>
        <translation>„%1“ wurde auf dem Datenträger geändert. Neu laden?</translation>
    </message>
    <message>
        <source>&amp;Keep This Version</source>
        <translation>Diese Version &amp;behalten</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (see the details).</source>
        <translation>
            <numerusform>…und %n weitere Warnung (siehe Details).</numerusform>
            <numerusform>…und %n weitere Warnungen (siehe Details).</numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline %1 is frozen: nothing in it can change. Edit the model itself.</source>
        <translation>Baseline „%1“ ist eingefroren: Darin lässt sich nichts ändern. Bearbeiten Sie das Modell selbst.</translation>
    </message>
</context>
<context>
    <name>vigil::MitigationsTab</name>
    <message>
        <source>Mitigation</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Control category</source>
        <translation>Maßnahmenkategorie</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Bedrohungen</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Add a mitigation (Insert in the table)</source>
        <translation>Maßnahme hinzufügen (Einfg in der Tabelle)</translation>
    </message>
    <message>
        <source>Remove the selected mitigations and their links (Delete in the table)</source>
        <translation>Ausgewählte Maßnahmen und ihre Verknüpfungen entfernen (Entf in der Tabelle)</translation>
    </message>
    <message>
        <source>Drag threats from the threats list onto a mitigation to link them</source>
        <translation>Bedrohungen aus der Bedrohungsliste auf eine Maßnahme ziehen, um sie zu verknüpfen</translation>
    </message>
    <message>
        <source>Rename mitigation to &quot;%1&quot;</source>
        <translation>Maßnahme in „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Edit mitigation description</source>
        <translation>Beschreibung der Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>The security control category of the FDA premarket guidance</source>
        <translation>Kategorie der Sicherheitsmaßnahme nach der FDA-Premarket-Guidance</translation>
    </message>
    <message>
        <source>Set control category to %1</source>
        <translation>Maßnahmenkategorie auf „%1“ setzen</translation>
    </message>
    <message>
        <source>Set layer to &quot;%1&quot;</source>
        <translation>Schicht auf „%1“ setzen</translation>
    </message>
    <message>
        <source>The defense-in-depth layer the control sits in; pick one or type your own</source>
        <translation>Die Schicht der gestaffelten Verteidigung (Defense in Depth), in der die Maßnahme wirkt; eine auswählen oder eine eigene eingeben</translation>
    </message>
    <message>
        <source>Whether the device implements the control or relies on its environment (hospital network, cloud, user)</source>
        <translation>Ob das Gerät die Maßnahme selbst umsetzt oder sich auf seine Einsatzumgebung verlässt (Krankenhausnetz, Cloud, Anwender)</translation>
    </message>
    <message>
        <source>Set scope to %1</source>
        <translation>Geltungsbereich auf „%1“ setzen</translation>
    </message>
    <message>
        <source>Set mitigation status to %1</source>
        <translation>Status der Maßnahme auf „%1“ setzen</translation>
    </message>
    <message>
        <source>Link Requirements...</source>
        <translation>Anforderungen verknüpfen …</translation>
    </message>
    <message>
        <source>Double-click a threat to show it in the threats list</source>
        <translation>Auf eine Bedrohung doppelklicken, um sie in der Bedrohungsliste anzuzeigen</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Control category:</source>
        <translation>Maßnahmenkategorie:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Geltungsbereich:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Schicht:</translation>
    </message>
    <message>
        <source>Requirements:</source>
        <translation>Anforderungen:</translation>
    </message>
    <message>
        <source>Used by threats:</source>
        <translation>Verwendet von Bedrohungen:</translation>
    </message>
    <message numerus="yes">
        <source>%n mitigation(s)</source>
        <translation>
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n mitigation(s)</source>
        <translation>
            <numerusform>%1 von %n Maßnahme</numerusform>
            <numerusform>%1 von %n Maßnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Threats (not obsolete) this mitigation is linked to</source>
        <translation>Bedrohungen (nicht veraltet), mit denen diese Maßnahme verknüpft ist</translation>
    </message>
    <message>
        <source>No security requirement specifies this mitigation yet</source>
        <translation>Noch keine Sicherheitsanforderung spezifiziert diese Maßnahme</translation>
    </message>
    <message>
        <source>Security requirements that specify this mitigation</source>
        <translation>Sicherheitsanforderungen, die diese Maßnahme spezifizieren</translation>
    </message>
    <message>
        <source>New mitigation</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Add mitigation</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n mitigation(s)</source>
        <translation>
            <numerusform>%n Maßnahme entfernen</numerusform>
            <numerusform>%n Maßnahmen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Link %n threat(s) to &quot;%1&quot;</source>
        <translation>
            <numerusform>%n Bedrohung mit „%1“ verknüpfen</numerusform>
            <numerusform>%n Bedrohungen mit „%1“ verknüpfen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>Link Requirements</source>
        <translation>Anforderungen verknüpfen</translation>
    </message>
    <message>
        <source>The security requirements that specify &quot;%1&quot;:</source>
        <translation>Die Sicherheitsanforderungen, die „%1“ spezifizieren:</translation>
    </message>
    <message>
        <source>Link requirements to &quot;%1&quot;</source>
        <translation>Anforderungen mit „%1“ verknüpfen</translation>
    </message>
    <message numerus="yes">
        <source>Unlink %n requirement(s) from &quot;%1&quot;</source>
        <translation>
            <numerusform>Verknüpfung von %n Anforderung mit „%1“ lösen</numerusform>
            <numerusform>Verknüpfung von %n Anforderungen mit „%1“ lösen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)
%3
Double-click to show it</source>
        <translation>%1 (%2)
%3
Zum Anzeigen doppelklicken</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>vigil::ModelPanels</name>
    <message>
        <source>Data-flow diagram</source>
        <translation>Datenflussdiagramm</translation>
    </message>
    <message>
        <source>Global system view</source>
        <translation>Globale Systemansicht</translation>
    </message>
    <message>
        <source>Multi-patient harm view</source>
        <translation>Ansicht Mehrpatientenschaden</translation>
    </message>
    <message>
        <source>Updatability/patchability view</source>
        <translation>Ansicht Aktualisierbarkeit/Patchbarkeit</translation>
    </message>
    <message>
        <source>Security use case view</source>
        <translation>Ansicht Sicherheits-Anwendungsfälle</translation>
    </message>
    <message>
        <source>New Diagram</source>
        <translation>Neues Diagramm</translation>
    </message>
    <message>
        <source>Diagram Properties</source>
        <translation>Diagrammeigenschaften</translation>
    </message>
    <message>
        <source>0 is the context diagram; each level details the one above it.</source>
        <translation>0 ist das Kontextdiagramm; jede Ebene verfeinert die darüberliegende.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>DFD &amp;level:</source>
        <translation>DFD-&amp;Ebene:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>The selected items are not on any diagram; use Diagram &gt; Place on Diagram.</source>
        <translation>Die ausgewählten Objekte sind in keinem Diagramm platziert; verwenden Sie „Diagramm &gt; Auf Diagramm platzieren“.</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>Glie&amp;derung</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <source>&amp;New Diagram...</source>
        <translation>&amp;Neues Diagramm …</translation>
    </message>
    <message>
        <source>Add a diagram: a DFD level or one of the FDA views</source>
        <translation>Ein Diagramm hinzufügen: eine DFD-Ebene oder eine der FDA-Ansichten</translation>
    </message>
    <message>
        <source>Level %1 DFD</source>
        <translation>DFD Ebene %1</translation>
    </message>
    <message>
        <source>Diagram &amp;Properties...</source>
        <translation>Diagramm&amp;eigenschaften …</translation>
    </message>
    <message>
        <source>Rename this diagram or change its kind and level</source>
        <translation>Dieses Diagramm umbenennen oder Art und Ebene ändern</translation>
    </message>
    <message>
        <source>Edit diagram &quot;%1&quot;</source>
        <translation>Diagramm „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete Diagram</source>
        <translation>Diagramm &amp;löschen</translation>
    </message>
    <message>
        <source>Delete this diagram and its layout; the elements stay in the model</source>
        <translation>Dieses Diagramm und sein Layout löschen; die Elemente bleiben im Modell</translation>
    </message>
    <message>
        <source>Place on &amp;Diagram</source>
        <translation>Auf &amp;Diagramm platzieren</translation>
    </message>
    <message>
        <source>&amp;Remove from Diagram</source>
        <translation>Aus Diagramm ent&amp;fernen</translation>
    </message>
    <message>
        <source>Take the selection off this diagram only; it stays in the model and on other diagrams</source>
        <translation>Die Auswahl nur aus diesem Diagramm entfernen; sie bleibt im Modell und in anderen Diagrammen</translation>
    </message>
    <message>
        <source>&amp;Export Diagram...</source>
        <translation>Diagramm &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Diagram</source>
        <translation>D&amp;iagramm</translation>
    </message>
    <message>
        <source>The model&apos;s last diagram cannot be deleted.</source>
        <translation>Das letzte Diagramm des Modells kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Diagram deleted; its elements stay in the model. Undo brings it back.</source>
        <translation>Diagramm gelöscht; seine Elemente bleiben im Modell. Mit „Rückgängig“ lässt es sich wiederherstellen.</translation>
    </message>
    <message>
        <source>Rename diagram &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Diagramm „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>The selection is already on &quot;%1&quot;.</source>
        <translation>Die Auswahl ist bereits auf „%1“ platziert.</translation>
    </message>
    <message>
        <source>Removed from this diagram only; the items stay in the model.</source>
        <translation>Nur aus diesem Diagramm entfernt; die Objekte bleiben im Modell.</translation>
    </message>
    <message>
        <source>Reorder diagrams</source>
        <translation>Diagramme neu anordnen</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Recovered unsaved changes to %1; save to keep them.</source>
        <translation>Ungespeicherte Änderungen an %1 wiederhergestellt; speichern Sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Save the current diagram as a PNG image, an SVG drawing or a PDF document</source>
        <translation>Das aktuelle Diagramm als PNG-Bild, SVG-Zeichnung oder PDF-Dokument speichern</translation>
    </message>
    <message>
        <source>Exported %1 pages: %2 to %3</source>
        <translation>%1 Seiten exportiert: %2 bis %3</translation>
    </message>
</context>
<context>
    <name>vigil::OutlinePanel</name>
    <message>
        <source>Search by name</source>
        <translation>Nach Namen suchen</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3: %4</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>External entities</source>
        <translation>Externe Entitäten</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Data stores</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flüsse</translation>
    </message>
    <message>
        <source>Trust zones</source>
        <translation>Vertrauenszonen</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>Diagramme</translation>
    </message>
</context>
<context>
    <name>vigil::OverviewView</name>
    <message>
        <source>Click or drag to move the diagram view</source>
        <translation>Klicken oder ziehen, um den sichtbaren Diagrammausschnitt zu verschieben</translation>
    </message>
</context>
<context>
    <name>vigil::PeopleTab</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <source>Developed</source>
        <translation>Entwickelt</translation>
    </message>
    <message>
        <source>Add a person (Insert in the table)</source>
        <translation>Person hinzufügen (Einfg in der Tabelle)</translation>
    </message>
    <message>
        <source>Remove the selected people; tests and risk acceptances that name them are cleared (Delete in the table)</source>
        <translation>Ausgewählte Personen entfernen; Verweise auf sie in Tests und Risikoakzeptanzen werden geleert (Entf in der Tabelle)</translation>
    </message>
    <message>
        <source>Rename person to &quot;%1&quot;</source>
        <translation>Person in „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Set role to &quot;%1&quot;</source>
        <translation>Rolle auf „%1“ setzen</translation>
    </message>
    <message>
        <source>Set department to &quot;%1&quot;</source>
        <translation>Abteilung auf „%1“ setzen</translation>
    </message>
    <message>
        <source>Independence rules compare departments by their exact name</source>
        <translation>Die Unabhängigkeitsregeln vergleichen Abteilungen anhand ihres exakten Namens</translation>
    </message>
    <message>
        <source>Set organisation to &quot;%1&quot;</source>
        <translation>Organisation auf „%1“ setzen</translation>
    </message>
    <message>
        <source>Independence rules compare organisations by their exact name</source>
        <translation>Die Unabhängigkeitsregeln vergleichen Organisationen anhand ihres exakten Namens</translation>
    </message>
    <message>
        <source>Tests this person performed or whose verified work they developed; double-click one to show it</source>
        <translation>Tests, die diese Person durchgeführt hat oder deren verifizierte Arbeit sie entwickelt hat; auf einen doppelklicken, um ihn anzuzeigen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Abteilung:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Tests:</source>
        <translation>Tests:</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n person(s)</source>
        <translation>
            <numerusform>%1 von %n Person</numerusform>
            <numerusform>%1 von %n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Tests this person performed</source>
        <translation>Tests, die diese Person durchgeführt hat</translation>
    </message>
    <message>
        <source>Tests that verify this person&apos;s work</source>
        <translation>Tests, die die Arbeit dieser Person verifizieren</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n person(s): %1</source>
        <translation>
            <numerusform>%n Person entfernen: %1</numerusform>
            <numerusform>%n Personen entfernen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>performed</source>
        <translation>durchgeführt</translation>
    </message>
    <message>
        <source>developer of the verified work</source>
        <translation>Entwickler der verifizierten Arbeit</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>vigil::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;User interface:</source>
        <translation>&amp;Benutzeroberfläche:</translation>
    </message>
    <message>
        <source>Takes effect the next time Vigil starts.</source>
        <translation>Wird beim nächsten Start von Vigil wirksam.</translation>
    </message>
    <message>
        <source>New models</source>
        <translation>Neue Modelle</translation>
    </message>
    <message>
        <source>Rule packs a new model is analyzed with:</source>
        <translation>Regelpakete, mit denen ein neues Modell analysiert wird:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A model keeps the packs it was created with.</source>
        <translation>Ein Modell behält die Pakete, mit denen es angelegt wurde.</translation>
    </message>
    <message>
        <source>Analysis and autosave</source>
        <translation>Analyse und automatisches Speichern</translation>
    </message>
    <message>
        <source>&amp;Analyze automatically after each edit</source>
        <translation>Nach jeder Änderung automatisch &amp;analysieren</translation>
    </message>
    <message>
        <source>The same setting as Threats &gt; Analyze Automatically</source>
        <translation>Dieselbe Einstellung wie „Bedrohungen &gt; Automatisch analysieren“</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>How often unsaved changes are copied to a recovery file, which Vigil offers to restore after a crash. 0 turns it off.</source>
        <translation>Wie oft ungespeicherte Änderungen in eine Wiederherstellungsdatei kopiert werden, deren Inhalt Vigil nach einem Absturz zur Wiederherstellung anbietet. 0 schaltet es ab.</translation>
    </message>
    <message>
        <source>Auto&amp;save every:</source>
        <translation>Automatisch &amp;speichern alle:</translation>
    </message>
    <message>
        <source>Diagram grid</source>
        <translation>Diagrammraster</translation>
    </message>
    <message>
        <source>Show &amp;grid</source>
        <translation>&amp;Raster anzeigen</translation>
    </message>
    <message>
        <source>S&amp;nap to grid</source>
        <translation>Am Raster a&amp;usrichten</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Grid si&amp;ze:</source>
        <translation>Raster&amp;größe:</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Choose at least one rule pack for new models.</source>
        <translation>Wählen Sie mindestens ein Regelpaket für neue Modelle aus.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>The name a document&apos;s history and new baselines record for your changes; empty: your user name on this computer</source>
        <translation>Der Name, den der Verlauf eines Dokuments und neue Baselines für Ihre Änderungen erfassen; leer: Ihr Benutzername auf diesem Computer</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
</context>
<context>
    <name>vigil::PresentationView</name>
    <message>
        <source>No diagram shows this threat&apos;s element or flow.</source>
        <translation>Kein Diagramm zeigt das Element oder den Fluss dieser Bedrohung.</translation>
    </message>
    <message>
        <source>→/Space</source>
        <translation>→/Leertaste</translation>
    </message>
    <message>
        <source>next</source>
        <translation>weiter</translation>
    </message>
    <message>
        <source>←</source>
        <translation>←</translation>
    </message>
    <message>
        <source>back</source>
        <translation>zurück</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>mitigated</source>
        <translation>gemindert</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>akzeptiert</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht zutreffend</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>investigate</source>
        <translation>zu untersuchen</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>übertragen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>confirm as is</source>
        <translation>unverändert bestätigen</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>mitigation</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Strg+Z</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>rückgängig</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>leave</source>
        <translation>beenden</translation>
    </message>
    <message>
        <source>Shift+key</source>
        <translation>Umschalt+Taste</translation>
    </message>
    <message numerus="yes">
        <source>all %n threats of this rule</source>
        <translation>
            <numerusform>die %n Bedrohung dieser Regel</numerusform>
            <numerusform>alle %n Bedrohungen dieser Regel</numerusform>
        </translation>
    </message>
    <message>
        <source>No threats to review</source>
        <translation>Keine Bedrohungen zu prüfen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation>%1 von %2 entschieden</translation>
    </message>
    <message>
        <source>&lt;p&gt;The review&apos;s filter selects no threat.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Filter dieses Reviews erfasst keine Bedrohung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Hintergrund:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Risiko:</translation>
    </message>
    <message>
        <source>After mitigation:</source>
        <translation>Nach Minderung:</translation>
    </message>
    <message>
        <source>Mitigations:</source>
        <translation>Maßnahmen:</translation>
    </message>
    <message>
        <source>none linked</source>
        <translation>keine verknüpft</translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>who decides</source>
        <translation>wer entscheidet</translation>
    </message>
    <message>
        <source>Decided by %1</source>
        <translation>Entscheidung: %1</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>next review</source>
        <translation>nächstes Review</translation>
    </message>
</context>
<context>
    <name>vigil::PropertiesPanel</name>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>External entity</source>
        <translation>Externe Entität</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>Data flow</source>
        <translation>Datenfluss</translation>
    </message>
    <message>
        <source>Trust zone</source>
        <translation>Vertrauenszone</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>%n Objekt ausgewählt</numerusform>
            <numerusform>%n Objekte ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rename the model</source>
        <translation>Modell umbenennen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Edit the model&apos;s description</source>
        <translation>Modellbeschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Security context</source>
        <translation>Sicherheitskontext</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>Zweckbestimmung</translation>
    </message>
    <message>
        <source>Edit the intended use</source>
        <translation>Zweckbestimmung bearbeiten</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Einsatzumgebung</translation>
    </message>
    <message>
        <source>Edit the environment</source>
        <translation>Einsatzumgebung bearbeiten</translation>
    </message>
    <message>
        <source>Network location</source>
        <translation>Netzwerkposition</translation>
    </message>
    <message>
        <source>Edit the network location</source>
        <translation>Netzwerkposition bearbeiten</translation>
    </message>
    <message>
        <source>Physical protection</source>
        <translation>Physischer Schutz</translation>
    </message>
    <message>
        <source>Edit the physical protection</source>
        <translation>Physischen Schutz bearbeiten</translation>
    </message>
    <message>
        <source>Safety impact</source>
        <translation>Auswirkung auf die Sicherheit</translation>
    </message>
    <message>
        <source>Edit the safety impact</source>
        <translation>Auswirkung auf die Sicherheit bearbeiten</translation>
    </message>
    <message>
        <source>Scope and assumptions</source>
        <translation>Geltungsbereich und Annahmen</translation>
    </message>
    <message>
        <source>Assumptions
(one per line)</source>
        <translation>Annahmen
(eine pro Zeile)</translation>
    </message>
    <message>
        <source>Edit the assumptions</source>
        <translation>Annahmen bearbeiten</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Edit the scope</source>
        <translation>Geltungsbereich bearbeiten</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Rename to &quot;%1&quot;</source>
        <translation>In „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Edit the description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Außerhalb des Geltungsbereichs</translation>
    </message>
    <message>
        <source>Mark out of scope</source>
        <translation>Als außerhalb des Geltungsbereichs markieren</translation>
    </message>
    <message>
        <source>Mark in scope</source>
        <translation>Als innerhalb des Geltungsbereichs markieren</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Edit the out-of-scope reason</source>
        <translation>Grund für den Ausschluss bearbeiten</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Set the protocol to &quot;%1&quot;</source>
        <translation>Protokoll auf „%1“ setzen</translation>
    </message>
    <message>
        <source>Bidirectional</source>
        <translation>Bidirektional</translation>
    </message>
    <message>
        <source>Make bidirectional</source>
        <translation>Bidirektional machen</translation>
    </message>
    <message>
        <source>Make one-way</source>
        <translation>Unidirektional machen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Innerhalb von</translation>
    </message>
    <message>
        <source>The zone this one is nested in; move the zone on a diagram to change it.</source>
        <translation>Die Zone, in der diese Zone liegt; verschieben Sie die Zone in einem Diagramm, um dies zu ändern.</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <source>(different values)</source>
        <translation>(unterschiedliche Werte)</translation>
    </message>
    <message>
        <source>Reset to &quot;not set&quot;</source>
        <translation>Auf „nicht festgelegt“ zurücksetzen</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message numerus="yes">
        <source>Set &quot;%1&quot; on %n item(s)</source>
        <translation>
            <numerusform>„%1“ für %n Objekt festlegen</numerusform>
            <numerusform>„%1“ für %n Objekte festlegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset &quot;%1&quot; on %n item(s)</source>
        <translation>
            <numerusform>„%1“ für %n Objekt zurücksetzen</numerusform>
            <numerusform>„%1“ für %n Objekte zurücksetzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::ReportUi</name>
    <message>
        <source>Export &amp;Report...</source>
        <translation>Be&amp;richt exportieren …</translation>
    </message>
    <message>
        <source>Write the threat model report for the design history file: PDF/A, HTML, ODT or CSV, in English, Japanese or German</source>
        <translation>Den Bericht zum Bedrohungsmodell für die Design History File (DHF) schreiben: PDF/A, HTML, ODT oder CSV, auf Englisch, Japanisch oder Deutsch</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Print the threat model report, with a preview</source>
        <translation>Den Bericht zum Bedrohungsmodell mit Vorschau drucken</translation>
    </message>
    <message>
        <source>not computed: the model has unsaved changes</source>
        <extracomment>In the report&apos;s document control, instead of the file&apos;s hash.</extracomment>
        <translation>nicht berechnet: Das Modell enthält ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Writing the report...</source>
        <translation>Bericht wird geschrieben …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht in %1 gespeichert</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>The report could not be written to %1:
%2</source>
        <translation>Der Bericht konnte nicht in %1 geschrieben werden:
%2</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
</context>
<context>
    <name>vigil::RequirementsTab</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verifiziert durch</translation>
    </message>
    <message>
        <source>Add a security requirement with the next SR number (Insert in the table)</source>
        <translation>Sicherheitsanforderung mit der nächsten SR-Nummer hinzufügen (Einfg in der Tabelle)</translation>
    </message>
    <message>
        <source>Remove the selected requirements; mitigations and tests lose their links to them (Delete in the table)</source>
        <translation>Ausgewählte Anforderungen entfernen; Maßnahmen und Tests verlieren ihre Verknüpfungen zu ihnen (Entf in der Tabelle)</translation>
    </message>
    <message>
        <source>Edit requirement text</source>
        <translation>Anforderungstext bearbeiten</translation>
    </message>
    <message>
        <source>The pump shall ...</source>
        <translation>Die Pumpe muss …</translation>
    </message>
    <message>
        <source>Set requirement source to &quot;%1&quot;</source>
        <translation>Quelle der Anforderung auf „%1“ setzen</translation>
    </message>
    <message>
        <source>Where it comes from: threat model, standard, customer...</source>
        <translation>Herkunft: Bedrohungsmodell, Norm, Kunde …</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>Set requirement status to %1</source>
        <translation>Status der Anforderung auf „%1“ setzen</translation>
    </message>
    <message>
        <source>Link Mitigations...</source>
        <translation>Maßnahmen verknüpfen …</translation>
    </message>
    <message>
        <source>The mitigations this requirement specifies; double-click one to show it</source>
        <translation>Die Maßnahmen, die diese Anforderung spezifiziert; auf eine doppelklicken, um sie anzuzeigen</translation>
    </message>
    <message>
        <source>The tests that verify this requirement; double-click one to show it</source>
        <translation>Die Tests, die diese Anforderung verifizieren; auf einen doppelklicken, um ihn anzuzeigen</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Linked from mitigations:</source>
        <translation>Verknüpfte Maßnahmen:</translation>
    </message>
    <message>
        <source>Verified by tests:</source>
        <translation>Verifiziert durch Tests:</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s)</source>
        <translation>
            <numerusform>%n Anforderung</numerusform>
            <numerusform>%n Anforderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n requirement(s)</source>
        <translation>
            <numerusform>%1 von %n Anforderung</numerusform>
            <numerusform>%1 von %n Anforderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>— no test</source>
        <translation>— kein Test</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>○ %1</source>
        <translation>○ %1</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(ohne Text)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>No test verifies this requirement yet</source>
        <translation>Noch kein Test verifiziert diese Anforderung</translation>
    </message>
    <message>
        <source>No mitigation is specified by this requirement</source>
        <translation>Diese Anforderung spezifiziert keine Maßnahme</translation>
    </message>
    <message>
        <source>Add requirement %1</source>
        <translation>Anforderung %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove requirement(s) %1</source>
        <translation>Anforderung(en) %1 entfernen</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>Link Mitigations</source>
        <translation>Maßnahmen verknüpfen</translation>
    </message>
    <message>
        <source>The mitigations that requirement %1 specifies:</source>
        <translation>Die Maßnahmen, die Anforderung %1 spezifiziert:</translation>
    </message>
    <message>
        <source>Link mitigations to %1</source>
        <translation>Maßnahmen mit %1 verknüpfen</translation>
    </message>
    <message numerus="yes">
        <source>Unlink %n mitigation(s) from %1</source>
        <translation>
            <numerusform>Verknüpfung von %n Maßnahme mit %1 lösen</numerusform>
            <numerusform>Verknüpfung von %n Maßnahmen mit %1 lösen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>vigil::ReviewMode</name>
    <message>
        <source>Review %1</source>
        <translation>Review %1</translation>
    </message>
    <message>
        <source>Risk before mitigation</source>
        <translation>Risiko vor Minderung</translation>
    </message>
    <message>
        <source>Risk after mitigation</source>
        <translation>Risiko nach Minderung</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Entschieden von:</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Als Nächstes:</translation>
    </message>
    <message>
        <source>Notes of the review (O):</source>
        <translation>Notizen zum Review (O):</translation>
    </message>
    <message>
        <source>Finish Review</source>
        <translation>Review abschließen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Unterbrechen</translation>
    </message>
    <message numerus="yes">
        <source> (all %n threats of this rule)</source>
        <translation>
            <numerusform> (die %n Bedrohung dieser Regel)</numerusform>
            <numerusform> (alle %n Bedrohungen dieser Regel)</numerusform>
        </translation>
    </message>
    <message>
        <source>Justification%1: Enter keeps it, Esc drops it</source>
        <translation>Begründung%1: Enter übernimmt sie, Esc verwirft sie</translation>
    </message>
    <message>
        <source>A note for the review&apos;s record: Enter keeps it, Esc drops it</source>
        <translation>Notiz für das Review-Protokoll: Enter übernimmt sie, Esc verwirft sie</translation>
    </message>
    <message>
        <source>A mitigation to link%1, or the title of a new one</source>
        <translation>Zu verknüpfende Maßnahme%1 oder Titel einer neuen Maßnahme</translation>
    </message>
    <message>
        <source>Review: new mitigation %1</source>
        <translation>Review: neue Maßnahme „%1“</translation>
    </message>
    <message>
        <source>New mitigation</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Next review of the threat model:</source>
        <translation>Nächstes Review des Bedrohungsmodells:</translation>
    </message>
    <message>
        <source>Next review (D):</source>
        <translation>Nächstes Review (D):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Showing %1 of %2:&lt;/b&gt; #%3 %4 &lt;i&gt;(%5)&lt;/i&gt;</source>
        <translation>&lt;b&gt;Angezeigt %1 von %2:&lt;/b&gt; #%3 %4 &lt;i&gt;(%5)&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n threat(s) reviewed&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Bedrohung geprüft&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Bedrohungen geprüft&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;F&lt;/b&gt; finish the review (next review %1) &amp;nbsp; &lt;b&gt;P&lt;/b&gt; pause it to resume later &amp;nbsp; &lt;b&gt;Esc&lt;/b&gt; go on reviewing</source>
        <translation>&lt;b&gt;F&lt;/b&gt; Review abschließen (nächstes Review %1) &amp;nbsp; &lt;b&gt;P&lt;/b&gt; unterbrechen und später fortsetzen &amp;nbsp; &lt;b&gt;Esc&lt;/b&gt; weiter prüfen</translation>
    </message>
</context>
<context>
    <name>vigil::ReviewSession</name>
    <message>
        <source>Start review %1</source>
        <translation>Review %1 beginnen</translation>
    </message>
    <message>
        <source>Edit review notes</source>
        <translation>Review-Notizen bearbeiten</translation>
    </message>
    <message>
        <source>Set next review date</source>
        <translation>Datum des nächsten Reviews festlegen</translation>
    </message>
    <message>
        <source>Complete review %1</source>
        <translation>Review %1 abschließen</translation>
    </message>
</context>
<context>
    <name>vigil::ReviewUi</name>
    <message>
        <source>Start &amp;Review Meeting...</source>
        <translation>&amp;Review-Sitzung starten …</translation>
    </message>
    <message>
        <source>Walk the team through the threats full screen, decide each and keep the review&apos;s record</source>
        <translation>Die Bedrohungen mit dem Team im Vollbild durchgehen, über jede entscheiden und das Review protokollieren</translation>
    </message>
    <message>
        <source>Review Meeting</source>
        <translation>Review-Sitzung</translation>
    </message>
    <message numerus="yes">
        <source>Review %1 of %2 was left unfinished with %n threat(s) decided. Resume it where it stopped?</source>
        <translation>
            <numerusform>Das Review %1 vom %2 wurde unterbrochen; %n Bedrohung ist bereits entschieden. An der unterbrochenen Stelle fortsetzen?</numerusform>
            <numerusform>Das Review %1 vom %2 wurde unterbrochen; %n Bedrohungen sind bereits entschieden. An der unterbrochenen Stelle fortsetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Start a New Review</source>
        <translation>Neues Review starten</translation>
    </message>
    <message numerus="yes">
        <source>Review %1 completed: %n threat(s) decided</source>
        <translation>
            <numerusform>Review %1 abgeschlossen: %n Bedrohung entschieden</numerusform>
            <numerusform>Review %1 abgeschlossen: %n Bedrohungen entschieden</numerusform>
        </translation>
    </message>
    <message>
        <source>Review paused: Threats &gt; Start Review Meeting resumes it</source>
        <translation>Review unterbrochen: Mit „Bedrohungen &gt; Review-Sitzung starten“ setzen Sie es fort</translation>
    </message>
</context>
<context>
    <name>vigil::RiskEditor</name>
    <message>
        <source>Not estimated</source>
        <translation>Nicht eingeschätzt</translation>
    </message>
    <message>
        <source>CVSS v3.1 base score</source>
        <translation>CVSS-v3.1-Basiswert</translation>
    </message>
    <message>
        <source>Exploitability x severity matrix</source>
        <translation>Matrix Ausnutzbarkeit x Schweregrad</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>or paste a vector: CVSS:3.1/AV:N/AC:L/...</source>
        <translation>oder Vektor einfügen: CVSS:3.1/AV:N/AC:L/...</translation>
    </message>
    <message>
        <source>E&amp;xploitability:</source>
        <translation>&amp;Ausnutzbarkeit:</translation>
    </message>
    <message>
        <source>Se&amp;verity of harm:</source>
        <translation>&amp;Schweregrad des Schadens:</translation>
    </message>
    <message>
        <source>○ Not estimated</source>
        <translation>○ Nicht eingeschätzt</translation>
    </message>
    <message>
        <source>○ Choose all eight metrics</source>
        <translation>○ Wählen Sie alle acht Metriken aus</translation>
    </message>
    <message>
        <source>○ Choose the exploitability and the severity</source>
        <translation>○ Wählen Sie Ausnutzbarkeit und Schweregrad aus</translation>
    </message>
    <message>
        <source>✖ Invalid: %1</source>
        <translation>✖ Ungültig: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 exploitability, %2 severity</source>
        <translation>Ausnutzbarkeit %1, Schweregrad %2</translation>
    </message>
    <message>
        <source>✔ %1 · acceptable</source>
        <translation>✔ %1 · akzeptabel</translation>
    </message>
    <message>
        <source>✖ %1 · not acceptable</source>
        <translation>✖ %1 · nicht akzeptabel</translation>
    </message>
</context>
<context>
    <name>vigil::RiskSettingsTab</name>
    <message>
        <source>Risk matrix</source>
        <translation>Risikomatrix</translation>
    </message>
    <message>
        <source>Exploitability levels, lowest first:</source>
        <translation>Stufen der Ausnutzbarkeit, niedrigste zuerst:</translation>
    </message>
    <message>
        <source>Severity levels, lowest first:</source>
        <translation>Stufen des Schweregrads, niedrigste zuerst:</translation>
    </message>
    <message>
        <source>Acceptable risks: one row per exploitability level, one column per severity level. Tick a cell to accept its risk.</source>
        <translation>Akzeptable Risiken: eine Zeile je Ausnutzbarkeitsstufe, eine Spalte je Schweregradstufe. Haken Sie eine Zelle an, um ihr Risiko zu akzeptieren.</translation>
    </message>
    <message>
        <source>Space or a click on the box toggles a cell</source>
        <translation>Leertaste oder ein Klick auf das Kästchen schaltet eine Zelle um</translation>
    </message>
    <message>
        <source>CVSS threshold:</source>
        <translation>CVSS-Schwellenwert:</translation>
    </message>
    <message>
        <source>CVSS base scores below this are acceptable (10.1 accepts every score, 0.0 none)</source>
        <translation>CVSS-Basiswerte unterhalb dieses Werts sind akzeptabel (10,1 akzeptiert jeden Wert, 0,0 keinen)</translation>
    </message>
    <message>
        <source>scores below this are acceptable</source>
        <translation>Werte darunter sind akzeptabel</translation>
    </message>
    <message>
        <source>Tester independence (IEC 81001-5-1 clause 5.7.5)</source>
        <translation>Unabhängigkeit der Tester (IEC 81001-5-1 Abschnitt 5.7.5)</translation>
    </message>
    <message>
        <source>How far the tester of a %1 must stand from the developer whose work it verifies</source>
        <translation>Erforderliche Unabhängigkeit des Testers vom Entwickler, dessen Arbeit verifiziert wird (%1)</translation>
    </message>
    <message>
        <source>Require %1 for %2</source>
        <translation>Unabhängigkeit für %2 auf „%1“ setzen</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Put back the default risk matrix, CVSS threshold and independence rules (one undo step)</source>
        <translation>Standard-Risikomatrix, CVSS-Schwellenwert und Unabhängigkeitsregeln wiederherstellen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>%1 exploitability × %2 severity</source>
        <translation>Ausnutzbarkeit %1 × Schweregrad %2</translation>
    </message>
    <message>
        <source>Accept risks of %1</source>
        <translation>Risiken bei %1 akzeptieren</translation>
    </message>
    <message>
        <source>Stop accepting risks of %1</source>
        <translation>Risiken bei %1 nicht mehr akzeptieren</translation>
    </message>
    <message>
        <source>Set CVSS threshold to %1</source>
        <translation>CVSS-Schwellenwert auf %1 setzen</translation>
    </message>
    <message>
        <source>Restore default risk scheme and independence rules</source>
        <translation>Standard-Risikoschema und Unabhängigkeitsregeln wiederherstellen</translation>
    </message>
    <message>
        <source>Double-click or press F2 to rename a level</source>
        <translation>Doppelklicken oder F2 drücken, um eine Stufe umzubenennen</translation>
    </message>
    <message>
        <source>Add Level</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Add a level above the highest (at most %1)</source>
        <translation>Eine Stufe oberhalb der höchsten hinzufügen (höchstens %1)</translation>
    </message>
    <message>
        <source>Remove Level</source>
        <translation>Stufe entfernen</translation>
    </message>
    <message>
        <source>Remove the selected level, or the highest (at least %1 remain)</source>
        <translation>Die ausgewählte oder die höchste Stufe entfernen (mindestens %1 bleiben)</translation>
    </message>
    <message>
        <source>Rename exploitability level &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Ausnutzbarkeitsstufe „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Rename severity level &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Schweregradstufe „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Add exploitability level</source>
        <translation>Ausnutzbarkeitsstufe hinzufügen</translation>
    </message>
    <message>
        <source>Add severity level</source>
        <translation>Schweregradstufe hinzufügen</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Remove exploitability level &quot;%1&quot;</source>
        <translation>Ausnutzbarkeitsstufe „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove severity level &quot;%1&quot;</source>
        <translation>Schweregradstufe „%1“ entfernen</translation>
    </message>
    <message>
        <source>✔ Acceptable</source>
        <translation>✔ Akzeptabel</translation>
    </message>
    <message>
        <source>✖ Not acceptable</source>
        <translation>✖ Nicht akzeptabel</translation>
    </message>
    <message>
        <source>%1 exploitability × %2 severity: %3</source>
        <translation>Ausnutzbarkeit %1 × Schweregrad %2: %3</translation>
    </message>
</context>
<context>
    <name>vigil::StartReviewDialog</name>
    <message>
        <source>Start Review Meeting</source>
        <translation>Review-Sitzung starten</translation>
    </message>
    <message>
        <source>All threats</source>
        <translation>Alle Bedrohungen</translation>
    </message>
    <message>
        <source>Undecided only (open, needs investigation)</source>
        <translation>Nur nicht entschiedene (offen, zu untersuchen)</translation>
    </message>
    <message>
        <source>New or changed since the last review</source>
        <translation>Seit dem letzten Review neu oder geändert</translation>
    </message>
    <message>
        <source>Any diagram</source>
        <translation>Alle Diagramme</translation>
    </message>
    <message>
        <source>Any element, flow or zone</source>
        <translation>Alle Elemente, Flüsse und Zonen</translation>
    </message>
    <message>
        <source>%1 (zone)</source>
        <translation>%1 (Zone)</translation>
    </message>
    <message>
        <source>%1 (data flow)</source>
        <translation>%1 (Datenfluss)</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Alle Risikostufen</translation>
    </message>
    <message>
        <source>%1 or higher</source>
        <translation>%1 oder höher</translation>
    </message>
    <message>
        <source>By diagram and element</source>
        <translation>Nach Diagramm und Element</translation>
    </message>
    <message>
        <source>By risk, highest first</source>
        <translation>Nach Risiko, höchstes zuerst</translation>
    </message>
    <message>
        <source>By number</source>
        <translation>Nach Nummer</translation>
    </message>
    <message>
        <source>The model lists no people yet: add them in the Traceability panel&apos;s People tab to record who attended.</source>
        <translation>Das Modell enthält noch keine Personen: Fügen Sie sie im Bereich „Rückverfolgbarkeit“ auf der Registerkarte „Personen“ hinzu, um die Teilnehmer zu erfassen.</translation>
    </message>
    <message>
        <source>Threats:</source>
        <translation>Bedrohungen:</translation>
    </message>
    <message>
        <source>Diagram:</source>
        <translation>Diagramm:</translation>
    </message>
    <message>
        <source>Element, flow or zone:</source>
        <translation>Element, Fluss oder Zone:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Risiko:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Reihenfolge:</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>Teilnehmer:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>Nächstes Review:</translation>
    </message>
    <message>
        <source>Start Review</source>
        <translation>Review starten</translation>
    </message>
    <message numerus="yes">
        <source>%n threat(s) to review</source>
        <translation>
            <numerusform>%n zu prüfende Bedrohung</numerusform>
            <numerusform>%n zu prüfende Bedrohungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::TestsTab</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Verifies</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>Durchgeführt von</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Entwickler</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Add a verification test with the next VT number (Insert in the table)</source>
        <translation>Verifizierungstest mit der nächsten VT-Nummer hinzufügen (Einfg in der Tabelle)</translation>
    </message>
    <message>
        <source>Remove the selected tests (Delete in the table)</source>
        <translation>Ausgewählte Tests entfernen (Entf in der Tabelle)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>The IEC 81001-5-1 clause 5.7 kind of test</source>
        <translation>Testart nach IEC 81001-5-1 Abschnitt 5.7</translation>
    </message>
    <message>
        <source>Set test kind to %1</source>
        <translation>Testart auf „%1“ setzen</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Choose the requirements (and, for threat mitigation tests, the mitigations) this test verifies</source>
        <translation>Die Anforderungen (und bei Tests der Bedrohungsminderung die Maßnahmen) auswählen, die dieser Test verifiziert</translation>
    </message>
    <message>
        <source>What this test verifies; double-click to show it</source>
        <translation>Was dieser Test verifiziert; zum Anzeigen doppelklicken</translation>
    </message>
    <message>
        <source>Edit test procedure</source>
        <translation>Testverfahren bearbeiten</translation>
    </message>
    <message>
        <source>How the test is run and what passes</source>
        <translation>Wie der Test durchgeführt wird und wann er bestanden ist</translation>
    </message>
    <message>
        <source>Set test tool to &quot;%1&quot;</source>
        <translation>Testwerkzeug auf „%1“ setzen</translation>
    </message>
    <message>
        <source>Set tool version to &quot;%1&quot;</source>
        <translation>Werkzeugversion auf „%1“ setzen</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Set test result to %1</source>
        <translation>Testergebnis auf „%1“ setzen</translation>
    </message>
    <message>
        <source>Set test evidence to &quot;%1&quot;</source>
        <translation>Testnachweis auf „%1“ setzen</translation>
    </message>
    <message>
        <source>Report, log or document reference</source>
        <translation>Bericht, Protokoll oder Dokumentverweis</translation>
    </message>
    <message>
        <source>Clear test date</source>
        <translation>Testdatum löschen</translation>
    </message>
    <message>
        <source>Set test date to %1</source>
        <translation>Testdatum auf %1 setzen</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>When the test was performed, as YYYY-MM-DD; leave empty when not yet run</source>
        <translation>Wann der Test durchgeführt wurde, als YYYY-MM-DD; leer lassen, wenn er noch nicht ausgeführt wurde</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Set the date to today</source>
        <translation>Datum auf heute setzen</translation>
    </message>
    <message>
        <source>Who performed the test</source>
        <translation>Wer den Test durchgeführt hat</translation>
    </message>
    <message>
        <source>Set tester to %1</source>
        <translation>Tester auf %1 setzen</translation>
    </message>
    <message>
        <source>The developer whose work the test verifies (for the independence of clause 5.7.5)</source>
        <translation>Der Entwickler, dessen Arbeit der Test verifiziert (für die Unabhängigkeit nach Abschnitt 5.7.5)</translation>
    </message>
    <message>
        <source>Set developer to %1</source>
        <translation>Entwickler auf %1 setzen</translation>
    </message>
    <message>
        <source>Set automated test reference to &quot;%1&quot;</source>
        <translation>Verweis auf automatisierten Test auf „%1“ setzen</translation>
    </message>
    <message>
        <source>suite.case</source>
        <translation>suite.case</translation>
    </message>
    <message>
        <source>The automated test that runs this verification, as suite.case (the classname and name of a JUnit test case). &quot;vigil-cli results&quot; matches it against the JUnit XML reports of a CI run and records the result and date here.</source>
        <translation>Der automatisierte Test, der diese Verifizierung ausführt, als suite.case (classname und name eines JUnit-Testfalls). „vigil-cli results“ gleicht ihn mit den JUnit-XML-Berichten eines CI-Laufs ab und trägt hier Ergebnis und Datum ein.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Verifies:</source>
        <translation>Verifiziert:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Verfahren:</translation>
    </message>
    <message>
        <source>Tool:</source>
        <translation>Werkzeug:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Nachweis:</translation>
    </message>
    <message>
        <source>Performed by:</source>
        <translation>Durchgeführt von:</translation>
    </message>
    <message>
        <source>Developer:</source>
        <translation>Entwickler:</translation>
    </message>
    <message>
        <source>Independence:</source>
        <translation>Unabhängigkeit:</translation>
    </message>
    <message>
        <source>Automated test:</source>
        <translation>Automatisierter Test:</translation>
    </message>
    <message numerus="yes">
        <source>%n test(s)</source>
        <translation>
            <numerusform>%n Test</numerusform>
            <numerusform>%n Tests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n test(s)</source>
        <translation>
            <numerusform>%1 von %n Test</numerusform>
            <numerusform>%1 von %n Tests</numerusform>
        </translation>
    </message>
    <message>
        <source>— nothing</source>
        <translation>— nichts</translation>
    </message>
    <message>
        <source>This test verifies nothing yet</source>
        <translation>Dieser Test verifiziert noch nichts</translation>
    </message>
    <message>
        <source>Add test %1</source>
        <translation>Test %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove test(s) %1</source>
        <translation>Test(s) %1 entfernen</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Mitigation: %1</source>
        <translation>Maßnahme: %1</translation>
    </message>
    <message>
        <source>The requirements and mitigations test %1 verifies:</source>
        <translation>Die Anforderungen und Maßnahmen, die Test %1 verifiziert:</translation>
    </message>
    <message>
        <source>The requirements test %1 verifies:</source>
        <translation>Die Anforderungen, die Test %1 verifiziert:</translation>
    </message>
    <message>
        <source>Verified Items</source>
        <translation>Verifizierte Einträge</translation>
    </message>
    <message>
        <source>Set what %1 verifies</source>
        <translation>Festlegen, was %1 verifiziert</translation>
    </message>
    <message numerus="yes">
        <source>Unlink %n item(s) from %1</source>
        <translation>
            <numerusform>Verknüpfung von %n Eintrag mit %1 lösen</numerusform>
            <numerusform>Verknüpfung von %n Einträgen mit %1 lösen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>✔ No independence required for this kind of test</source>
        <translation>✔ Für diese Testart ist keine Unabhängigkeit erforderlich</translation>
    </message>
    <message>
        <source>✔ Independent enough (%1)</source>
        <translation>✔ Ausreichend unabhängig (%1)</translation>
    </message>
    <message>
        <source>○ Not yet known: %1</source>
        <translation>○ Noch nicht bekannt: %1</translation>
    </message>
    <message>
        <source>✖ Not independent: %1</source>
        <translation>✖ Nicht unabhängig: %1</translation>
    </message>
    <message>
        <source>IEC 81001-5-1 clause 5.7.5: tests of kind %1 need a tester from %2 (the rule is set in the Risk &amp; Independence tab)</source>
        <translation>IEC 81001-5-1 Abschnitt 5.7.5: Tests der Art %1 erfordern folgende Unabhängigkeit des Testers: %2 (die Regel wird auf der Registerkarte „Risiko &amp; Unabhängigkeit“ festgelegt)</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
</context>
<context>
    <name>vigil::ThreatAnalyzer</name>
    <message>
        <source>Analyzing…</source>
        <translation>Analyse läuft …</translation>
    </message>
    <message>
        <source>Analysis failed: %1</source>
        <translation>Analyse fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n threat(s), %1 new, %2 obsolete</source>
        <translation>
            <numerusform>%n Bedrohung, %1 neu, %2 veraltet</numerusform>
            <numerusform>%n Bedrohungen, %1 neu, %2 veraltet</numerusform>
        </translation>
    </message>
    <message>
        <source>Threats not updated while redo is available; press F5 to update them.</source>
        <translation>Bedrohungen werden nicht aktualisiert, solange Wiederholen möglich ist; drücken Sie F5, um sie zu aktualisieren.</translation>
    </message>
</context>
<context>
    <name>vigil::ThreatGroupModel</name>
    <message>
        <source>external entity</source>
        <translation>externe Entität</translation>
    </message>
    <message>
        <source>process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>data store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>No element</source>
        <translation>Kein Element</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (flow %2 → %3)</source>
        <translation>%1 (Fluss %2 → %3)</translation>
    </message>
    <message>
        <source>No zone crossed</source>
        <translation>Keine Zone überschritten</translation>
    </message>
    <message>
        <source>Crosses %1</source>
        <translation>Überschreitet %1</translation>
    </message>
    <message>
        <source>Manual threats</source>
        <translation>Manuelle Bedrohungen</translation>
    </message>
    <message>
        <source>Rule %1 (%2)</source>
        <translation>Regel %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n threat(s)</source>
        <translation>
            <numerusform>%1 · %n Bedrohung</numerusform>
            <numerusform>%1 · %n Bedrohungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::ThreatLinksPage</name>
    <message>
        <source>&lt;b&gt;Mitigations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Maßnahmen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Double-click a mitigation to open it in the Traceability dock</source>
        <translation>Auf eine Maßnahme doppelklicken, um sie im Bereich „Rückverfolgbarkeit“ zu öffnen</translation>
    </message>
    <message>
        <source>&amp;Link...</source>
        <translation>&amp;Verknüpfen …</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>Verknüpfung &amp;lösen</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested by the rule&lt;/b&gt;</source>
        <translation>&lt;b&gt;Von der Regel vorgeschlagen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Adopt</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Link the suggested mitigation, creating it when the model does not have one with the same title</source>
        <translation>Die vorgeschlagene Maßnahme verknüpfen; sie wird angelegt, wenn das Modell keine Maßnahme mit demselben Titel enthält</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hazards (ISO 14971)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gefährdungen (ISO 14971)&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (%1 of %2 selected threats)</source>
        <translation> (%1 von %2 ausgewählten Bedrohungen)</translation>
    </message>
    <message>
        <source>○ No mitigation linked</source>
        <translation>○ Keine Maßnahme verknüpft</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The model has no hazards yet</source>
        <translation>Das Modell enthält noch keine Gefährdungen</translation>
    </message>
    <message>
        <source>Link Mitigations</source>
        <translation>Maßnahmen verknüpfen</translation>
    </message>
    <message>
        <source>New Mitigation</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Title of the mitigation (a security control):</source>
        <translation>Titel der Maßnahme (Sicherheitsmaßnahme):</translation>
    </message>
    <message>
        <source>Link mitigations</source>
        <translation>Maßnahmen verknüpfen</translation>
    </message>
    <message>
        <source>New mitigation &quot;%1&quot;</source>
        <translation>Neue Maßnahme „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Adopt %n suggested mitigation(s)</source>
        <translation>
            <numerusform>%n vorgeschlagene Maßnahme übernehmen</numerusform>
            <numerusform>%n vorgeschlagene Maßnahmen übernehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Link hazards</source>
        <translation>Gefährdungen verknüpfen</translation>
    </message>
    <message>
        <source>Tick the mitigations of the selected threats; a partly ticked one is linked to some of them and stays as it is.</source>
        <translation>Kreuzen Sie die Maßnahmen der ausgewählten Bedrohungen an; eine teilweise angekreuzte ist mit einigen davon verknüpft und bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>vigil::ThreatRiskPage</name>
    <message>
        <source>Select one threat to estimate its risk.</source>
        <translation>Wählen Sie eine einzelne Bedrohung aus, um ihr Risiko einzuschätzen.</translation>
    </message>
    <message>
        <source>Risk before mitigation</source>
        <translation>Risiko vor Minderung</translation>
    </message>
    <message>
        <source>Risk after mitigation</source>
        <translation>Risiko nach Minderung</translation>
    </message>
    <message>
        <source>Handed to safety risk management (ISO 14971)</source>
        <translation>An das Risikomanagement nach ISO 14971 übergeben</translation>
    </message>
    <message>
        <source>The residual risk is evaluated in the safety risk management file instead</source>
        <translation>Das Restrisiko wird stattdessen in der Risikomanagementakte nach ISO 14971 bewertet</translation>
    </message>
    <message>
        <source>Residual risk acceptance</source>
        <translation>Akzeptanz des Restrisikos</translation>
    </message>
    <message>
        <source>Why the remaining risk is accepted</source>
        <translation>Warum das verbleibende Risiko akzeptiert wird</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Accepted &amp;by:</source>
        <translation>Akzeptiert &amp;von:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Residual risk:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Restrisiko:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Set risk before mitigation of threat #%1</source>
        <translation>Risiko vor Minderung für Bedrohung #%1 festlegen</translation>
    </message>
    <message>
        <source>Set risk after mitigation of threat #%1</source>
        <translation>Risiko nach Minderung für Bedrohung #%1 festlegen</translation>
    </message>
    <message>
        <source>Hand threat #%1 to safety risk management</source>
        <translation>Bedrohung #%1 an das Risikomanagement nach ISO 14971 übergeben</translation>
    </message>
    <message>
        <source>Take threat #%1 back from safety risk management</source>
        <translation>Bedrohung #%1 aus dem Risikomanagement nach ISO 14971 zurücknehmen</translation>
    </message>
    <message>
        <source>→ Evaluated in safety risk management</source>
        <translation>→ Bewertet im Risikomanagement nach ISO 14971</translation>
    </message>
    <message>
        <source>○ Not yet estimated</source>
        <translation>○ Noch nicht eingeschätzt</translation>
    </message>
    <message>
        <source>✔ Acceptable under the model&apos;s risk scheme</source>
        <translation>✔ Akzeptabel nach dem Risikoschema des Modells</translation>
    </message>
    <message>
        <source>✔ Not acceptable by the scheme, accepted with a rationale</source>
        <translation>✔ Nach dem Schema nicht akzeptabel, mit Begründung akzeptiert</translation>
    </message>
    <message>
        <source>✖ Not acceptable: mitigate further, or record who accepts it and why</source>
        <translation>✖ Nicht akzeptabel: weiter mindern oder dokumentieren, wer es akzeptiert und warum</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Record acceptance of the residual risk of threat #%1</source>
        <translation>Akzeptanz des Restrisikos von Bedrohung #%1 erfassen</translation>
    </message>
</context>
<context>
    <name>vigil::ThreatTableModel</name>
    <message>
        <source>%1 → crosses %2</source>
        <translation>%1 → überschreitet %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>✎ %1</source>
        <translation>✎ %1</translation>
    </message>
</context>
<context>
    <name>vigil::ThreatsPanel</name>
    <message>
        <source>Search title, description or number</source>
        <translation>Titel, Beschreibung oder Nummer suchen</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Only Selected</source>
        <translation>Nur Auswahl</translation>
    </message>
    <message>
        <source>Show only the threats of the elements, flows and zones selected on the diagram</source>
        <translation>Nur die Bedrohungen der im Diagramm ausgewählten Elemente, Flüsse und Zonen anzeigen</translation>
    </message>
    <message>
        <source>Why this status: the control that mitigates it, who accepted the risk and why...</source>
        <translation>Warum dieser Status: die Maßnahme, die die Bedrohung mindert, wer das Risiko akzeptiert hat und warum …</translation>
    </message>
    <message>
        <source>Saved when you leave the field or press Ctrl+Enter</source>
        <translation>Wird gespeichert, wenn Sie das Feld verlassen oder Strg+Eingabe drücken</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>All diagrams</source>
        <translation>Alle Diagramme</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n threat(s)</source>
        <translation>
            <numerusform>%1 von %n Bedrohung</numerusform>
            <numerusform>%1 von %n Bedrohungen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;No threat selected&lt;/i&gt;</source>
        <translation>&lt;i&gt;Keine Bedrohung ausgewählt&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1 %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;#%1 %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 · severity %2 · %3 · target: %4</source>
        <translation>%1 · Schweregrad %2 · %3 · Ziel: %4</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Why&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Hintergrund&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Rule %1 of pack %2 %3 · threat id %4&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Regel %1 aus Paket %2 %3 · Bedrohungs-ID %4&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Suggested mitigations&lt;/h4&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;h4&gt;Vorgeschlagene Maßnahmen&lt;/h4&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;References&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Referenzen&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rule %1 is suppressed for &quot;%2&quot;: %3</source>
        <translation>Regel %1 ist für „%2“ unterdrückt: %3</translation>
    </message>
    <message>
        <source>Stop Suppressing</source>
        <translation>Unterdrückung aufheben</translation>
    </message>
    <message>
        <source>Suppress Rule for This Element...</source>
        <translation>Regel für dieses Element unterdrücken …</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n threat(s) selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Bedrohung ausgewählt&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Bedrohungen ausgewählt&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Status and justification apply to every selected threat.</source>
        <translation>Status und Begründung gelten für alle ausgewählten Bedrohungen.</translation>
    </message>
    <message>
        <source>Suppress Rule</source>
        <translation>Regel unterdrücken</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Entscheidung</translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation>&amp;Risiko</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>Ver&amp;knüpfungen</translation>
    </message>
    <message>
        <source>Why does rule %1 not apply to &quot;%2&quot;? The reason is kept in the model, listed by vigil-cli analyze and shown with the threat.</source>
        <translation>Warum gilt Regel %1 nicht für „%2“? Die Begründung wird im Modell gespeichert, von vigil-cli analyze aufgelistet und bei der Bedrohung angezeigt.</translation>
    </message>
    <message>
        <source>All active</source>
        <translation>Alle aktiven</translation>
    </message>
    <message>
        <source>Every status except obsolete and suppressed</source>
        <translation>Jeder Status außer obsolet und unterdrückt</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Why&lt;/h4&gt;&lt;p&gt;Added by hand by the team: no rule produced it, and analysis leaves it alone.&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Hintergrund&lt;/h4&gt;&lt;p&gt;Vom Team von Hand hinzugefügt: Keine Regel hat sie erzeugt, und die Analyse lässt sie unverändert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Manual threat · threat id %1&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Manuelle Bedrohung · Bedrohungs-ID %1&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show the threats as one sortable list, or grouped</source>
        <translation>Die Bedrohungen als eine sortierbare Liste oder gruppiert anzeigen</translation>
    </message>
    <message>
        <source>Flat list</source>
        <translation>Flache Liste</translation>
    </message>
    <message>
        <source>By element or flow</source>
        <translation>Nach Element oder Fluss</translation>
    </message>
    <message>
        <source>By zone crossing</source>
        <translation>Nach Zonenübergang</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <source>By rule</source>
        <translation>Nach Regel</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:gray&quot;&gt;Select a threat in the list to read what it is, why its rule fired and what could mitigate it; record the decision on the Decision page.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:gray&quot;&gt;Wählen Sie eine Bedrohung in der Liste, um zu lesen, worum es geht, warum ihre Regel ausgelöst hat und was sie mindern könnte; die Entscheidung halten Sie auf der Seite „Entscheidung“ fest.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>vigil::ThreatsUi</name>
    <message>
        <source>Threats</source>
        <translation>Bedrohungen</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>&amp;Analysieren</translation>
    </message>
    <message>
        <source>Analyze &amp;Automatically</source>
        <translation>Au&amp;tomatisch analysieren</translation>
    </message>
    <message>
        <source>Enumerate the model&apos;s STRIDE threats now</source>
        <translation>Die STRIDE-Bedrohungen des Modells jetzt ermitteln</translation>
    </message>
    <message>
        <source>Update the threats shortly after every edit</source>
        <translation>Die Bedrohungen kurz nach jeder Änderung aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Threats</source>
        <translation>Bed&amp;rohungen</translation>
    </message>
    <message>
        <source>Threats &amp;List</source>
        <translation>Bedrohungs&amp;liste</translation>
    </message>
    <message>
        <source>&amp;New Threat...</source>
        <translation>&amp;Neue Bedrohung …</translation>
    </message>
    <message>
        <source>Add a threat by hand on the selected element or flow; analysis keeps it</source>
        <translation>Eine Bedrohung von Hand zum ausgewählten Element oder Fluss hinzufügen; die Analyse behält sie bei</translation>
    </message>
    <message>
        <source>New threat &quot;%1&quot;</source>
        <translation>Neue Bedrohung „%1“</translation>
    </message>
    <message>
        <source>New Threat</source>
        <translation>Neue Bedrohung</translation>
    </message>
    <message>
        <source>What could go wrong, in one line</source>
        <translation>Was schiefgehen kann, in einer Zeile</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
</context>
<context>
    <name>vigil::TraceMatrixModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(mitigation test)</source>
        <translation>(Test der Maßnahme)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1

%2

Double-click to show the threat</source>
        <translation>%1

%2

Doppelklicken, um die Bedrohung anzuzeigen</translation>
    </message>
    <message>
        <source>The threat is mitigated, but no mitigation is linked</source>
        <translation>Die Bedrohung ist gemindert, aber es ist keine Maßnahme verknüpft</translation>
    </message>
    <message>
        <source>No mitigation is linked to this threat</source>
        <translation>Mit dieser Bedrohung ist keine Maßnahme verknüpft</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>The test verifies the mitigation itself (threat mitigation test)</source>
        <translation>Der Test verifiziert die Maßnahme selbst (Test der Bedrohungsminderung)</translation>
    </message>
    <message>
        <source>No security requirement specifies this mitigation</source>
        <translation>Keine Sicherheitsanforderung spezifiziert diese Maßnahme</translation>
    </message>
    <message>
        <source>%1: %2, %3
Performed by: %4
%5</source>
        <translation>%1: %2, %3
Durchgeführt von: %4
%5</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>No test verifies this requirement</source>
        <translation>Kein Test verifiziert diese Anforderung</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <source>Threat status</source>
        <translation>Bedrohungsstatus</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
</context>
<context>
    <name>vigil::TraceMatrixTab</name>
    <message>
        <source>Search threats, mitigations, requirements, tests</source>
        <translation>Bedrohungen, Maßnahmen, Anforderungen, Tests suchen</translation>
    </message>
    <message>
        <source>Only decided threats</source>
        <translation>Nur entschiedene Bedrohungen</translation>
    </message>
    <message>
        <source>Leave out open threats and those that need investigation</source>
        <translation>Offene und zu untersuchende Bedrohungen auslassen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n threat(s)</source>
        <translation>
            <numerusform>%n Bedrohung</numerusform>
            <numerusform>%n Bedrohungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide obsolete and suppressed</source>
        <translation>Obsolete und unterdrückte ausblenden</translation>
    </message>
</context>
<context>
    <name>vigil::TracePanel</name>
    <message>
        <source>Mitigations</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Gefährdungen</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Risk &amp;&amp; Independence</source>
        <translation>Risiko &amp;&amp; Unabhängigkeit</translation>
    </message>
    <message>
        <source>Every path threat → mitigation → requirement → test</source>
        <translation>Jeder Pfad Bedrohung → Maßnahme → Anforderung → Test</translation>
    </message>
    <message>
        <source>The risk matrix, the CVSS threshold and the tester independence rules</source>
        <translation>Die Risikomatrix, der CVSS-Schwellenwert und die Regeln zur Unabhängigkeit der Tester</translation>
    </message>
</context>
<context>
    <name>vigil::TraceUi</name>
    <message>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <source>Traceability</source>
        <translation>Rückverfolgbarkeit</translation>
    </message>
    <message>
        <source>&amp;Import Test Results...</source>
        <translation>Testergebnisse &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Check Traceability</source>
        <translation>Rückverfolgbarkeit &amp;prüfen</translation>
    </message>
    <message>
        <source>Set verification test results from JUnit XML reports of your CI</source>
        <translation>Ergebnisse von Verifizierungstests aus JUnit-XML-Berichten Ihrer CI übernehmen</translation>
    </message>
    <message>
        <source>List every gap from threat to tested requirement</source>
        <translation>Alle Lücken von der Bedrohung bis zur getesteten Anforderung auflisten</translation>
    </message>
    <message>
        <source>No traceability gaps</source>
        <translation>Keine Lücken in der Rückverfolgbarkeit</translation>
    </message>
    <message numerus="yes">
        <source>%n traceability gap(s)</source>
        <translation>
            <numerusform>%n Lücke in der Rückverfolgbarkeit</numerusform>
            <numerusform>%n Lücken in der Rückverfolgbarkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>T&amp;raceability</source>
        <translation>Rückver&amp;folgbarkeit</translation>
    </message>
    <message>
        <source>Traceability &amp;Workspace</source>
        <translation>&amp;Arbeitsbereich Rückverfolgbarkeit</translation>
    </message>
    <message>
        <source>&amp;Gap List</source>
        <translation>&amp;Lückenliste</translation>
    </message>
    <message>
        <source>Gaps (%1)</source>
        <translation>Lücken (%1)</translation>
    </message>
    <message>
        <source>Import Test Results</source>
        <translation>Testergebnisse importieren</translation>
    </message>
    <message>
        <source>JUnit XML reports (*.xml);;All files (*)</source>
        <translation>JUnit-XML-Berichte (*.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Es wurde nichts importiert. %1</translation>
    </message>
    <message numerus="yes">
        <source>Import results of %n verification test(s)</source>
        <translation>
            <numerusform>Ergebnisse von %n Verifizierungstest importieren</numerusform>
            <numerusform>Ergebnisse von %n Verifizierungstests importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verification test(s) updated from the reports, %1 of them failed.</source>
        <translation>
            <numerusform>%n Verifizierungstest aus den Berichten aktualisiert, davon %1 fehlgeschlagen.</numerusform>
            <numerusform>%n Verifizierungstests aus den Berichten aktualisiert, davon %1 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No test case matches the automated reference of: %1.</source>
        <translation>Kein Testfall passt zum Verweis auf den automatisierten Test von: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) in the reports match no verification test.</source>
        <translation>
            <numerusform>%n Testfall in den Berichten passt zu keinem Verifizierungstest.</numerusform>
            <numerusform>%n Testfälle in den Berichten passen zu keinem Verifizierungstest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (und %n weitere)</numerusform>
            <numerusform> (und %n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::UserGuide</name>
    <message>
        <source>Vigil User Guide</source>
        <translation>Vigil-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>%1 — Vigil User Guide</source>
        <translation>%1 — Vigil-Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>vigil::tracepanel::CommitTextEdit</name>
    <message>
        <source>Saved when you leave the field or press Ctrl+Return</source>
        <translation>Wird gespeichert, wenn Sie das Feld verlassen oder Strg+Eingabe drücken</translation>
    </message>
</context>
<context>
    <name>vigil::tracepanel::LinkList</name>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>Remove the selected links (the records stay)</source>
        <translation>Ausgewählte Verknüpfungen entfernen (die Einträge bleiben erhalten)</translation>
    </message>
</context>
<context>
    <name>vigil::tracepanel::PickerDialog</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n selected</source>
        <translation>
            <numerusform>%1 von %n ausgewählt</numerusform>
            <numerusform>%1 von %n ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::tracepanel::RecordTab</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
</TS>
