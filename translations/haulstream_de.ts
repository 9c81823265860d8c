<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountsModel</name>
    <message>
        <source>%1 owes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in credit by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnassignedQueueModel</name>
    <message>
        <source>%1 lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2: %3 lb from %4 to %5. Drag it onto a truck to assign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatIfResultView</name>
    <message>
        <source>invoice for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reversal of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2, balance %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs</name>
    <message>
        <source>Amount due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance brought forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::BusinessActionModel</name>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command / event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::CancelReasonDialog</name>
    <message>
        <source>Cancel Shipment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is shipment %1 cancelled? The reason is kept in its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required (up to %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::ChainExplorerPane</name>
    <message>
        <source>Command or &amp;event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command or event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a command id or an event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the chain of this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++ or the mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the whole chain (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the whole chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the graph as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the graph as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the graph as an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the graph as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain graph: drag to pan, wheel to zoom, F to fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No business action recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command or event has the id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Business action %1: %n command(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rejected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>. Click a node to inspect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a command or an event to see its details.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Boxes&lt;/b&gt; are commands (red and dashed when rejected), &lt;b&gt;hexagons&lt;/b&gt; are events; arrows run from cause to effect.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caused by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haulstream event chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chain as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chain as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain Explorer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::CommandFeed</name>
    <message>
        <source>Open account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register truck %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit shipment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel shipment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1 to truck %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report breakdown of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 to service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post payment %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse payment %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule pricing rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — pending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — accepted (%2 v%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::CommandLogModel</name>
    <message>
        <source>rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was rejected: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::ContextMap</name>
    <message>
        <source>%1 context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumers: listeners and read models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listener: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read model: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::CustomerServicePane</name>
    <message>
        <source>Shipment %1 accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment, account or city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find shipments by id, account or city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a shipment number, an account number or a city (Ctrl+F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of shipments found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::DailyChart</name>
    <message>
        <source>%1 to %2; latest %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::DispatchPane</name>
    <message>
        <source>Assigning %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deliver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;breakdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return to service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the truck out with its shipment (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the delivery and who signed for it (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the truck out of service; a shipment not yet shipped goes back to the queue (Ctrl+Shift+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the repaired truck back on the board (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship the selected truck&apos;s shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver the selected truck&apos;s shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a breakdown of the selected truck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the selected truck to service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the selected shipment to a truck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a truck for the selected shipment (Ctrl+Shift+A), or drag the shipment onto a truck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments waiting for a truck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truck board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a truck  (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: showing the board as it stood at %1. Return to live to dispatch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this is how the board stood in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a truck on the board to act on it; drag a waiting shipment onto a truck to assign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a truck first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truck %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truck %1 — %2 with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: you are looking at the past. Return to live to act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truck %1 holds no shipment to ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truck %1 holds no shipment to deliver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signed for shipment %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivering %1, signed by %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a breakdown of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong with truck %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting a breakdown of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning %1 to service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truck %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a waiting shipment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1 to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cap. %2 lb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::EventCatalogModel</name>
    <message>
        <source>v%1 (reads %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::EventCatalogPane</name>
    <message numerus="yes">
        <source>%n event type(s), generated from the code&apos;s registry (model/codec/catalog.cpp) and the codec&apos;s own field lists; “Stored” counts the events in this store.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Context map: which context emits each event, and the listeners (dashed) and read models that consume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event Catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::EventHistoryModel</name>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::EventHistoryPane</name>
    <message>
        <source>&amp;Stream:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. shipment-S-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text inside the event data (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search inside event data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit to events from a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest occurred time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit to events up to a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest occurred time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live tail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live tail: show new events as they are recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the events again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the filtered events to a JSON Lines file, as haulctl events prints them (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the filtered events to JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of matching events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact (by business action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events grouped by business action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream timeline as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see the timeline of its stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New events appear at the top as they are recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history shows a past moment: it does not change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the events up to %1 (time machine): read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>more than %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as “haulctl events --stream %1 --format text” prints it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting events to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Event History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::EventInspector</name>
    <message>
        <source>Before / after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this event&apos;s business action as a graph in the chain explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity state before and after the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event data as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to inspect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream / version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1, chained to event %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying the stream…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event changes no department view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by this event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::FinancePane</name>
    <message>
        <source>Accounts and ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new customer account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule Pricing &amp;Rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a pricing rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected account&apos;s statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected account&apos;s ledger for a date range, as PDF or CSV (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by account number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger of the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check or wire number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;verse Payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse the selected payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables — all accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per day (invoiced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: showing the books as they stood at %1. Return to live to post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: you are looking at the past. Return to live to act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule the price per pound from a date on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the payment&apos;s reference: 1–40 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a payment in the ledger to reverse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1 received from %2 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse payment %1; asks for the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting %1 from %2 (ref. %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse payment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is payment %1 of %2 being reversed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversing payment %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening account %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling pricing rule %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement for %1 saved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::IntakeForm</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, . _ - only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to %1 lb, whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two letters, e.g. NE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the shipment (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard shows a past moment: this view is read-only. Return to now to submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote: enter a weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1¢ per lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, standing rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, rule %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, minimum %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment %1 accepted for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight (lb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next free number is proposed; you may type another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an account number or part of the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight in pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the last submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::MainWindow</name>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haulstream — Great Plains Trucking — as of %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haulstream — Great Plains Trucking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haulstream could not open %1: %2 The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haulstream could not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Another Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or Create a Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haulstream stores (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No translation for “%1” is installed; the dashboard stays in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working as </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your department decides which commands you may send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name; every command you send carries it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the last event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::NodeItem</name>
    <message>
        <source>position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 on %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command %1, rejected (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command %1 by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::OpenAccountDialog</name>
    <message>
        <source>Open an Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. A-1013</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account number is 1–40 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::OverviewPane</name>
    <message>
        <source>Shipments by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;delivered and cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include delivered and cancelled shipments in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments by status at the end of each day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::PricingRuleDialog</name>
    <message>
        <source>Schedule a Pricing Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. R-2026-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cents per pound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ¢/lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum charge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule id is 1–40 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 10,000 lb shipment would cost %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::ReadOnlyBanner</name>
    <message>
        <source>Showing the store as of %1 — read-only. Nothing can be changed at this moment. &lt;a href=&quot;live&quot;&gt;Back to live&lt;/a&gt; (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the store as of %1, read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::ShipmentDetail</name>
    <message>
        <source>Select a shipment to see its timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment %1 does not exist at the shown moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipment-%1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at position %2, command %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a truck for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, waiting to be picked up for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the road with %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a shipment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard shows a past moment: this view is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reason to follow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel shipment %1; you will be asked for a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Shipment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::ShipmentTableModel</name>
    <message>
        <source>%1 lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::StatementDialog</name>
    <message>
        <source>Export a Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::TimeMachineBar</name>
    <message numerus="yes">
        <source>Live · %n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Event %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time machine: show the store as it stood at an earlier moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment shown, as a position in the event history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to see the store as it stood after that event; the right end is live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment shown, as a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the store as it stood at this date and time (your local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to live: show the store as it is now (Esc or Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::TruckBoard</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trucks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trucks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n truck(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::TruckCard</name>
    <message>
        <source>cap. %1 lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty, in the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty, ready to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truck %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, capacity %2 lb, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2. Drag the shipment to another truck to reassign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop to assign %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::WhatIfPane</name>
    <message>
        <source>Replaying the store without %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay cancelled. The live store was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command or event has the id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch could not be replayed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n truck(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Without %1, %2 replayed from event %3 on: %4 whose outcome changes; %5 differ. The live store was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n later command(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n command(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What-if replay finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if these commands had never been sent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commands after the first one you leave out are replayed, in their original order and through the same rules and listeners, in a throw-away copy. The live store is never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commands to leave out (most recent first; Ctrl+click to pick several):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by command id, type, user or rejection code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the command log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or &amp;paste command or event ids:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ids separated by commas or spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command or event ids to leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replay without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay the rest of history without the chosen commands in a throw-away copy (Ctrl+R). The live store is never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-If</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::WhatIfResultView</name>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if result: live store and branch side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(does not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries the same on both sides</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n command(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Later commands whose outcome changes (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every later command has the same outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments that differ (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trucks that differ (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truck %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts that differ (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgers that differ (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::eventtext</name>
    <message>
        <source>Customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 opened for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truck %1 registered, %2 lb capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2: %3 lb, %4 → %5, %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assigned to truck %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved from truck %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left the yard on truck %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 delivered by truck %2, signed by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 taken off truck %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truck %1 broke down: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truck %1 back in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 of %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 of %2 reversed for %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing rule %1: %2/lb, minimum %3, from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invoiced %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hs::shipmentwords</name>
    <message>
        <source>automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>submitted %1 at %2 for %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standing rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to %1 %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved from %1 to %2 %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out for delivery on %1, sent %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered, signed by %1 (recorded %2 at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken off %1 %2 at %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Great Plains Trucking&apos;s operations dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store to open (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty store with four weeks of demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: en, de or es.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render every pane to PNG files in DIR and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit as soon as the first pane shows data (for the benchmark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the time machine at this moment (ISO 8601), read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of needs an ISO 8601 time with a zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en, de or es.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No translation for “%1” is installed; using English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
