<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place %n item(s) on &quot;%1&quot;</source>
        <translation>
            <numerusform>Place %n item on &quot;%1&quot;</numerusform>
            <numerusform>Place %n items on &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n item(s) from diagram &quot;%1&quot;</source>
        <translation>
            <numerusform>Remove %n item from diagram &quot;%1&quot;</numerusform>
            <numerusform>Remove %n items from diagram &quot;%1&quot;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecideThreatsCommand</name>
    <message numerus="yes">
        <source>Review: %n threat(s), %1</source>
        <translation>
            <numerusform>Review: %n threat, %1</numerusform>
            <numerusform>Review: %n threats, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagramEditing</name>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n item(s)</source>
        <translation>
            <numerusform>Paste %n item</numerusform>
            <numerusform>Paste %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bring %n zone(s) to front</source>
        <translation>
            <numerusform>Bring %n zone to front</numerusform>
            <numerusform>Bring %n zones to front</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n zone(s) to back</source>
        <translation>
            <numerusform>Send %n zone to back</numerusform>
            <numerusform>Send %n zones to back</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditThreatsCommand</name>
    <message numerus="yes">
        <source>%n threat(s)</source>
        <translation>
            <numerusform>%n threat</numerusform>
            <numerusform>%n threats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%n threat(s) scored with CVSS are not in the matrices; their scores are in section %1.</source>
        <translation>
            <numerusform>%n threat scored with CVSS is not in the matrices; its score is in section %1.</numerusform>
            <numerusform>%n threats scored with CVSS are not in the matrices; their scores are in section %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The traceability check (vigil-cli check) finds %n gap(s).</source>
        <translation>
            <numerusform>The traceability check (vigil-cli check) finds %n gap.</numerusform>
            <numerusform>The traceability check (vigil-cli check) finds %n gaps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreatBadgeItem</name>
    <message numerus="yes">
        <source>%n open threat(s)</source>
        <translation>
            <numerusform>%n open threat</numerusform>
            <numerusform>%n open threats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::BaselinesUi</name>
    <message numerus="yes">
        <source>Baseline %1 has %n traceability gap(s); an approval needs a rationale saying why it is approved anyway.</source>
        <translation>
            <numerusform>Baseline %1 has %n traceability gap; an approval needs a rationale saying why it is approved anyway.</numerusform>
            <numerusform>Baseline %1 has %n traceability gaps; an approval needs a rationale saying why it is approved anyway.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;This baseline has %n traceability gap(s)&lt;/b&gt; (Traceability &gt; Check on the baseline&apos;s window lists them). An approval records why it is given anyway.</source>
        <translation>
            <numerusform>&lt;b&gt;This baseline has %n traceability gap&lt;/b&gt; (Traceability &gt; Check on the baseline&apos;s window lists it). An approval records why it is given anyway.</numerusform>
            <numerusform>&lt;b&gt;This baseline has %n traceability gaps&lt;/b&gt; (Traceability &gt; Check on the baseline&apos;s window lists them). An approval records why it is given anyway.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n)</source>
        <translation>
            <numerusform> (%n)</numerusform>
            <numerusform> (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::CompareUi</name>
    <message numerus="yes">
        <source>%n change(s) since %1</source>
        <translation>
            <numerusform>%n change since %1</numerusform>
            <numerusform>%n changes since %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::ConflictsUi</name>
    <message numerus="yes">
        <source>%n conflict(s) from a merge: the model holds the side shown under &quot;Model holds&quot; until you choose.</source>
        <translation>
            <numerusform>%n conflict from a merge: the model holds the side shown under &quot;Model holds&quot; until you choose.</numerusform>
            <numerusform>%n conflicts from a merge: the model holds the side shown under &quot;Model holds&quot; until you choose.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::DiagramEditor</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %1 makes %n decided threat(s) obsolete. Their status, justification, risk and links stay in the model&apos;s history, but they leave the threat list, the traceability matrix and the check. Delete anyway?</source>
        <translation>
            <numerusform>Deleting %1 makes %n decided threat obsolete. Its status, justification, risk and links stay in the model&apos;s history, but it leaves the threat list, the traceability matrix and the check. Delete anyway?</numerusform>
            <numerusform>Deleting %1 makes %n decided threats obsolete. Their status, justification, risk and links stay in the model&apos;s history, but they leave the threat list, the traceability matrix and the check. Delete anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::GapList</name>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::HazardsTab</name>
    <message numerus="yes">
        <source>%n hazard(s)</source>
        <translation>
            <numerusform>%n hazard</numerusform>
            <numerusform>%n hazards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n hazard(s)</source>
        <translation>
            <numerusform>%1 of %n hazard</numerusform>
            <numerusform>%1 of %n hazards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n hazard(s)</source>
        <translation>
            <numerusform>Remove %n hazard</numerusform>
            <numerusform>Remove %n hazards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::HistoryPanel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more not listed)</source>
        <translation>
            <numerusform>(%n more not listed)</numerusform>
            <numerusform>(%n more not listed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved change(s)</source>
        <translation>
            <numerusform>%n saved change</numerusform>
            <numerusform>%n saved changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n change(s) the next save records</source>
        <translation>
            <numerusform>; %n change the next save records</numerusform>
            <numerusform>; %n changes the next save records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::MainWindow</name>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flow</numerusform>
            <numerusform>%n flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trust zone(s)</source>
        <translation>
            <numerusform>%n trust zone</numerusform>
            <numerusform>%n trust zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (see the details).</source>
        <translation>
            <numerusform>…and %n more (see the details).</numerusform>
            <numerusform>…and %n more (see the details).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::MitigationsTab</name>
    <message numerus="yes">
        <source>%n mitigation(s)</source>
        <translation>
            <numerusform>%n mitigation</numerusform>
            <numerusform>%n mitigations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n mitigation(s)</source>
        <translation>
            <numerusform>%1 of %n mitigation</numerusform>
            <numerusform>%1 of %n mitigations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n mitigation(s)</source>
        <translation>
            <numerusform>Remove %n mitigation</numerusform>
            <numerusform>Remove %n mitigations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Link %n threat(s) to &quot;%1&quot;</source>
        <translation>
            <numerusform>Link %n threat to &quot;%1&quot;</numerusform>
            <numerusform>Link %n threats to &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlink %n requirement(s) from &quot;%1&quot;</source>
        <translation>
            <numerusform>Unlink %n requirement from &quot;%1&quot;</numerusform>
            <numerusform>Unlink %n requirements from &quot;%1&quot;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::PeopleTab</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n person(s)</source>
        <translation>
            <numerusform>%1 of %n person</numerusform>
            <numerusform>%1 of %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n person(s): %1</source>
        <translation>
            <numerusform>Remove %n person: %1</numerusform>
            <numerusform>Remove %n people: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::PresentationView</name>
    <message numerus="yes">
        <source>all %n threats of this rule</source>
        <translation>
            <numerusform>the %n threat of this rule</numerusform>
            <numerusform>all %n threats of this rule</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::PropertiesPanel</name>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>%n item selected</numerusform>
            <numerusform>%n items selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set &quot;%1&quot; on %n item(s)</source>
        <translation>
            <numerusform>Set &quot;%1&quot; on %n item</numerusform>
            <numerusform>Set &quot;%1&quot; on %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset &quot;%1&quot; on %n item(s)</source>
        <translation>
            <numerusform>Reset &quot;%1&quot; on %n item</numerusform>
            <numerusform>Reset &quot;%1&quot; on %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::RequirementsTab</name>
    <message numerus="yes">
        <source>%n requirement(s)</source>
        <translation>
            <numerusform>%n requirement</numerusform>
            <numerusform>%n requirements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n requirement(s)</source>
        <translation>
            <numerusform>%1 of %n requirement</numerusform>
            <numerusform>%1 of %n requirements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlink %n mitigation(s) from %1</source>
        <translation>
            <numerusform>Unlink %n mitigation from %1</numerusform>
            <numerusform>Unlink %n mitigations from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::ReviewMode</name>
    <message numerus="yes">
        <source> (all %n threats of this rule)</source>
        <translation>
            <numerusform> (the %n threat of this rule)</numerusform>
            <numerusform> (all %n threats of this rule)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n threat(s) reviewed&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n threat reviewed&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n threats reviewed&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::ReviewUi</name>
    <message numerus="yes">
        <source>Review %1 of %2 was left unfinished with %n threat(s) decided. Resume it where it stopped?</source>
        <translation>
            <numerusform>Review %1 of %2 was left unfinished with %n threat decided. Resume it where it stopped?</numerusform>
            <numerusform>Review %1 of %2 was left unfinished with %n threats decided. Resume it where it stopped?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review %1 completed: %n threat(s) decided</source>
        <translation>
            <numerusform>Review %1 completed: %n threat decided</numerusform>
            <numerusform>Review %1 completed: %n threats decided</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::StartReviewDialog</name>
    <message numerus="yes">
        <source>%n threat(s) to review</source>
        <translation>
            <numerusform>%n threat to review</numerusform>
            <numerusform>%n threats to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::TestsTab</name>
    <message numerus="yes">
        <source>%n test(s)</source>
        <translation>
            <numerusform>%n test</numerusform>
            <numerusform>%n tests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n test(s)</source>
        <translation>
            <numerusform>%1 of %n test</numerusform>
            <numerusform>%1 of %n tests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlink %n item(s) from %1</source>
        <translation>
            <numerusform>Unlink %n item from %1</numerusform>
            <numerusform>Unlink %n items from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::ThreatAnalyzer</name>
    <message numerus="yes">
        <source>%n threat(s), %1 new, %2 obsolete</source>
        <translation>
            <numerusform>%n threat, %1 new, %2 obsolete</numerusform>
            <numerusform>%n threats, %1 new, %2 obsolete</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::ThreatGroupModel</name>
    <message numerus="yes">
        <source>%1 · %n threat(s)</source>
        <translation>
            <numerusform>%1 · %n threat</numerusform>
            <numerusform>%1 · %n threats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::ThreatLinksPage</name>
    <message numerus="yes">
        <source>Adopt %n suggested mitigation(s)</source>
        <translation>
            <numerusform>Adopt %n suggested mitigation</numerusform>
            <numerusform>Adopt %n suggested mitigations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::ThreatsPanel</name>
    <message numerus="yes">
        <source>%1 of %n threat(s)</source>
        <translation>
            <numerusform>%1 of %n threat</numerusform>
            <numerusform>%1 of %n threats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n threat(s) selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n threat selected&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n threats selected&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::TraceMatrixTab</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n threat(s)</source>
        <translation>
            <numerusform>%n threat</numerusform>
            <numerusform>%n threats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::TraceUi</name>
    <message numerus="yes">
        <source>%n traceability gap(s)</source>
        <translation>
            <numerusform>%n traceability gap</numerusform>
            <numerusform>%n traceability gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import results of %n verification test(s)</source>
        <translation>
            <numerusform>Import results of %n verification test</numerusform>
            <numerusform>Import results of %n verification tests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verification test(s) updated from the reports, %1 of them failed.</source>
        <translation>
            <numerusform>%n verification test updated from the reports, %1 of them failed.</numerusform>
            <numerusform>%n verification tests updated from the reports, %1 of them failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) in the reports match no verification test.</source>
        <translation>
            <numerusform>%n test case in the reports matches no verification test.</numerusform>
            <numerusform>%n test cases in the reports match no verification test.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::tracepanel::PickerDialog</name>
    <message numerus="yes">
        <source>%1 of %n selected</source>
        <translation>
            <numerusform>%1 of %n selected</numerusform>
            <numerusform>%1 of %n selected</numerusform>
        </translation>
    </message>
</context>
</TS>
