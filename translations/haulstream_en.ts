<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ShipmentWords</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::AtRiskList</name>
    <message numerus="yes">
        <source>At risk: %n shipment(s)</source>
        <translation>
            <numerusform>At risk: %n shipment</numerusform>
            <numerusform>At risk: %n shipments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::ChainExplorerPane</name>
    <message numerus="yes">
        <source>Business action %1: %n command(s)</source>
        <translation>
            <numerusform>Business action %1: %n command</numerusform>
            <numerusform>Business action %1: %n commands</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n event(s)</source>
        <translation>
            <numerusform>, %n event</numerusform>
            <numerusform>, %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rejected</source>
        <translation>
            <numerusform>, %n rejected</numerusform>
            <numerusform>, %n rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::CustomerServicePane</name>
    <message numerus="yes">
        <source>%n shipment(s)</source>
        <translation>
            <numerusform>%n shipment</numerusform>
            <numerusform>%n shipments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::EventCatalogPane</name>
    <message numerus="yes">
        <source>%n event type(s), generated from the code&apos;s registry (model/codec/catalog.cpp) and the codec&apos;s own field lists; “Stored” counts the events in this store.</source>
        <translation>
            <numerusform>%n event type, generated from the code&apos;s registry (model/codec/catalog.cpp) and the codec&apos;s own field lists; “Stored” counts the events in this store.</numerusform>
            <numerusform>%n event types, generated from the code&apos;s registry (model/codec/catalog.cpp) and the codec&apos;s own field lists; “Stored” counts the events in this store.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::EventHistoryPane</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>Exported %n event to %1.</numerusform>
            <numerusform>Exported %n events to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::MainWindow</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::TimeMachineBar</name>
    <message numerus="yes">
        <source>Live · %n event(s)</source>
        <translation>
            <numerusform>Live · %n event</numerusform>
            <numerusform>Live · %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::TruckBoard</name>
    <message numerus="yes">
        <source>%1: %n truck(s)</source>
        <translation>
            <numerusform>%1: %n truck</numerusform>
            <numerusform>%1: %n trucks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::WhatIfPane</name>
    <message numerus="yes">
        <source>%n shipment(s)</source>
        <translation>
            <numerusform>%n shipment</numerusform>
            <numerusform>%n shipments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n truck(s)</source>
        <translation>
            <numerusform>%n truck</numerusform>
            <numerusform>%n trucks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger(s)</source>
        <translation>
            <numerusform>%n ledger</numerusform>
            <numerusform>%n ledgers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later command(s)</source>
        <translation>
            <numerusform>%n later command</numerusform>
            <numerusform>%n later commands</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n command(s)</source>
        <translation>
            <numerusform>%n command</numerusform>
            <numerusform>%n commands</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::WhatIfResultView</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries the same on both sides</source>
        <translation>
            <numerusform>%n entry the same on both sides</numerusform>
            <numerusform>%n entries the same on both sides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n command(s))</source>
        <translation>
            <numerusform>Left out (%n command)</numerusform>
            <numerusform>Left out (%n commands)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Later commands whose outcome changes (%n)</source>
        <translation>
            <numerusform>Later commands whose outcome changes (%n)</numerusform>
            <numerusform>Later commands whose outcome changes (%n)</numerusform>
        </translation>
    </message>
</context>
</TS>
