<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>%1: unsupported image type; use .png or .svg</source>
        <translation>%1: Nicht unterstütztes Bildformat; verwenden Sie .png oder .svg</translation>
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
    <name>FlowItem</name>
    <message>
        <source>Crosses trust boundary: %1</source>
        <translation>Überschreitet Vertrauensgrenze: %1</translation>
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
        <source>%1: the bundled example is missing</source>
        <translation>%1: Das mitgelieferte Beispiel fehlt</translation>
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
</context>
</TS>
