<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountsModel</name>
    <message>
        <source>%1 owes %2</source>
        <translation>%1 schuldet %2</translation>
    </message>
    <message>
        <source>%1 is in credit by %2</source>
        <translation>%1 hat ein Guthaben von %2</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
</context>
<context>
    <name>AgingModel</name>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 Tage</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 Tage</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 Tage</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Über 90 Tage</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>AtRiskModel</name>
    <message>
        <source>Pickup late</source>
        <translation>Abholung verspätet</translation>
    </message>
    <message>
        <source>Delivery late</source>
        <translation>Zustellung verspätet</translation>
    </message>
    <message>
        <source>Truck out of service</source>
        <translation>Lkw außer Betrieb</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Truck</source>
        <translation>Lkw</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>CreditWatchModel</name>
    <message>
        <source>on hold</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Kreditlimit</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Obligo</translation>
    </message>
    <message>
        <source>Over by</source>
        <translation>Überschritten um</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Sperre</translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Abgeschrieben</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Stornierung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Abschreibung</translation>
    </message>
    <message>
        <source>owes %1</source>
        <translation>schuldet %1</translation>
    </message>
    <message>
        <source>credit %1</source>
        <translation>Guthaben %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>PricingRulesModel</name>
    <message>
        <source>in force</source>
        <translation>gilt</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>abgelöst</translation>
    </message>
    <message>
        <source>%1 per lb</source>
        <translation>%1 pro lb</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Gilt ab</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Minimum charge</source>
        <translation>Mindestpreis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ShipmentWords</name>
    <message>
        <source>Submitted</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>In Zustellung</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>Amount due: %1</source>
        <translation>Offener Betrag: %1</translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation>Guthaben: %1</translation>
    </message>
    <message>
        <source>Customer statement</source>
        <translation>Kundenkontoauszug</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Balance brought forward</source>
        <translation>Saldovortrag</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Endsaldo</translation>
    </message>
    <message>
        <source>Statement for %1</source>
        <translation>Kontoauszug für %1</translation>
    </message>
    <message>
        <source>Proof of record: %1 (haulctl verify --expect %1)</source>
        <translation>Nachweis der Buchführung: %1 (haulctl verify --expect %1)</translation>
    </message>
</context>
<context>
    <name>UnassignedQueueModel</name>
    <message>
        <source>%1 lb</source>
        <translation>%1 lb</translation>
    </message>
    <message>
        <source>%1 for %2: %3 lb from %4 to %5. Drag it onto a truck to assign it.</source>
        <translation>%1 für %2: %3 lb von %4 nach %5. Zum Zuweisen auf einen Lkw ziehen.</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
</context>
<context>
    <name>WhatIfResultView</name>
    <message>
        <source>invoice for %1</source>
        <translation>Rechnung für %1</translation>
    </message>
    <message>
        <source>payment %1</source>
        <translation>Zahlung %1</translation>
    </message>
    <message>
        <source>reversal of %1</source>
        <translation>Stornierung von %1</translation>
    </message>
    <message>
        <source>%1  %2, balance %3</source>
        <translation>%1  %2, Saldo %3</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>hs::AtRiskList</name>
    <message>
        <source>Shipments at risk</source>
        <translation>Gefährdete Sendungen</translation>
    </message>
    <message>
        <source>Late pickups, late deliveries and shipments on a broken-down truck. Double-click to open one.</source>
        <translation>Verspätete Abholungen, verspätete Zustellungen und Sendungen auf einem liegengebliebenen Lkw. Doppelklick öffnet eine.</translation>
    </message>
    <message numerus="yes">
        <source>At risk: %n shipment(s)</source>
        <translation>
            <numerusform>Gefährdet: %n Sendung</numerusform>
            <numerusform>Gefährdet: %n Sendungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::BusinessActionModel</name>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Command / event</source>
        <translation>Befehl / Ereignis</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>hs::BusinessDocuments</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>not promised</source>
        <translation>nicht zugesagt</translation>
    </message>
    <message>
        <source>Bill of Lading</source>
        <translation>Frachtbrief</translation>
    </message>
    <message>
        <source>Rate Confirmation</source>
        <translation>Frachtratenbestätigung</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Statement of Account</source>
        <translation>Kontoauszug</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation>Sendung %1</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Kundenreferenz</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Frachtführer</translation>
    </message>
    <message>
        <source>Truck</source>
        <translation>Lkw</translation>
    </message>
    <message>
        <source>Bill freight charges to</source>
        <translation>Frachtkosten berechnen an</translation>
    </message>
    <message>
        <source>Shipper (pick up at)</source>
        <translation>Versender (Abholung bei)</translation>
    </message>
    <message>
        <source>Consignee (deliver to)</source>
        <translation>Empfänger (Zustellung an)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Weight (lb)</source>
        <translation>Gewicht (lb)</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Freight, shipment %1</source>
        <translation>Fracht, Sendung %1</translation>
    </message>
    <message>
        <source>Shipper</source>
        <translation>Versender</translation>
    </message>
    <message>
        <source>Carrier (driver)</source>
        <translation>Frachtführer (Fahrer)</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Pick up by</source>
        <translation>Abholung bis</translation>
    </message>
    <message>
        <source>Deliver by</source>
        <translation>Zustellung bis</translation>
    </message>
    <message>
        <source>Pick up at</source>
        <translation>Abholung bei</translation>
    </message>
    <message>
        <source>Deliver to</source>
        <translation>Zustellung an</translation>
    </message>
    <message>
        <source>Agreed rate</source>
        <translation>Vereinbarte Rate</translation>
    </message>
    <message>
        <source>The rate above is all-in for this shipment. Sign and return to confirm.</source>
        <translation>Die obige Rate gilt pauschal für diese Sendung. Zur Bestätigung unterschreiben und zurücksenden.</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Für %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Rechnungsempfänger</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Remit to</source>
        <translation>Zahlung an</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Zahlungsziel</translation>
    </message>
    <message>
        <source>Net %1 days</source>
        <translation>Netto %1 Tage</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Sendung</translation>
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
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Abgeschrieben</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Fälliger Betrag</translation>
    </message>
    <message>
        <source>Statement date %1</source>
        <translation>Auszugsdatum %1</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Altersstruktur</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>1-30 days</source>
        <translation>1-30 Tage</translation>
    </message>
    <message>
        <source>31-60 days</source>
        <translation>31-60 Tage</translation>
    </message>
    <message>
        <source>61-90 days</source>
        <translation>61-90 Tage</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Über 90 Tage</translation>
    </message>
    <message>
        <source>Total open</source>
        <translation>Offen gesamt</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Offene Posten</translation>
    </message>
    <message>
        <source>No open items.</source>
        <translation>Keine offenen Posten.</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Paid or written off</source>
        <translation>Bezahlt oder abgeschrieben</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Account activity</source>
        <translation>Kontobewegungen</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Aging report</source>
        <translation>Altersstrukturbericht</translation>
    </message>
    <message>
        <source>Open invoices at %1</source>
        <translation>Offene Rechnungen am %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Payment reversed</source>
        <translation>Zahlung storniert</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The document could not be laid out.</source>
        <translation>Das Dokument konnte nicht gesetzt werden.</translation>
    </message>
</context>
<context>
    <name>hs::CancelReasonDialog</name>
    <message>
        <source>Cancel Shipment %1</source>
        <translation>Sendung %1 stornieren</translation>
    </message>
    <message>
        <source>Why is shipment %1 cancelled? The reason is kept in its timeline.</source>
        <translation>Warum wird Sendung %1 storniert? Der Grund wird in ihrem Verlauf festgehalten.</translation>
    </message>
    <message>
        <source>Reason for the cancellation</source>
        <translation>Grund für die Stornierung</translation>
    </message>
    <message>
        <source>Cancel Shipment</source>
        <translation>Sendung stornieren</translation>
    </message>
    <message>
        <source>Keep Shipment</source>
        <translation>Sendung behalten</translation>
    </message>
    <message>
        <source>A reason is required (up to %1 characters).</source>
        <translation>Ein Grund ist erforderlich (bis zu %1 Zeichen).</translation>
    </message>
</context>
<context>
    <name>hs::ChainExplorerPane</name>
    <message>
        <source>Show chain</source>
        <translation>Kette anzeigen</translation>
    </message>
    <message>
        <source>Show the chain of this id</source>
        <translation>Die Kette zu dieser ID anzeigen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++ or the mouse wheel)</source>
        <translation>Vergrößern (Ctrl++ oder Mausrad)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Ctrl+-)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the whole chain (F)</source>
        <translation>Ganze Kette einpassen (F)</translation>
    </message>
    <message>
        <source>Fit the whole chain</source>
        <translation>Ganze Kette einpassen</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export the graph as a PNG image</source>
        <translation>Graph als PNG-Bild exportieren</translation>
    </message>
    <message>
        <source>Export the graph as PNG</source>
        <translation>Graph als PNG exportieren</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Export the graph as an SVG drawing</source>
        <translation>Graph als SVG-Zeichnung exportieren</translation>
    </message>
    <message>
        <source>Export the graph as SVG</source>
        <translation>Graph als SVG exportieren</translation>
    </message>
    <message>
        <source>Chain graph: drag to pan, wheel to zoom, F to fit</source>
        <translation>Kettengraph: Ziehen zum Verschieben, Mausrad zum Zoomen, F zum Einpassen</translation>
    </message>
    <message>
        <source>Details of the selected node</source>
        <translation>Details des ausgewählten Knotens</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No business action recorded yet.</source>
        <translation>Noch kein Geschäftsvorgang erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>Business action %1: %n command(s)</source>
        <translation>
            <numerusform>Geschäftsvorgang %1: %n Befehl</numerusform>
            <numerusform>Geschäftsvorgang %1: %n Befehle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n event(s)</source>
        <translation>
            <numerusform>, %n Ereignis</numerusform>
            <numerusform>, %n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rejected</source>
        <translation>
            <numerusform>, %n abgelehnt</numerusform>
            <numerusform>, %n abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>. Click a node to inspect it.</source>
        <translation>. Klicken Sie auf einen Knoten, um ihn zu untersuchen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a command or an event to see its details.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Boxes&lt;/b&gt; are commands (red and dashed when rejected), &lt;b&gt;hexagons&lt;/b&gt; are events; arrows run from cause to effect.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klicken Sie auf einen Befehl oder ein Ereignis, um die Details zu sehen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kästen&lt;/b&gt; sind Befehle (rot und gestrichelt, wenn abgelehnt), &lt;b&gt;Sechsecke&lt;/b&gt; sind Ereignisse; die Pfeile verlaufen von der Ursache zur Wirkung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <source>Command id</source>
        <translation>Befehls-ID</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Caused by</source>
        <translation>Verursacht durch</translation>
    </message>
    <message>
        <source>Business action %1</source>
        <translation>Geschäftsvorgang %1</translation>
    </message>
    <message>
        <source>Haulstream event chain</source>
        <translation>Haulstream-Ereigniskette</translation>
    </message>
    <message>
        <source>Export Chain as SVG</source>
        <translation>Kette als SVG exportieren</translation>
    </message>
    <message>
        <source>Export Chain as PNG</source>
        <translation>Kette als PNG exportieren</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Chain Explorer</source>
        <translation>Ereignisketten</translation>
    </message>
    <message>
        <source>Command, &amp;event or shipment:</source>
        <translation>Befehl, &amp;Ereignis oder Sendung:</translation>
    </message>
    <message>
        <source>Command, event or shipment id</source>
        <translation>Befehls-, Ereignis- oder Sendungs-ID</translation>
    </message>
    <message>
        <source>a command id, an event id or a shipment number</source>
        <translation>eine Befehls-ID, eine Ereignis-ID oder eine Sendungsnummer</translation>
    </message>
    <message>
        <source>No command, event or shipment has the id “%1”.</source>
        <translation>Kein Befehl, kein Ereignis und keine Sendung hat die ID „%1“.</translation>
    </message>
</context>
<context>
    <name>hs::ChainScene</name>
    <message>
        <source>position %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>Event %1 on %2
%3</source>
        <translation>Ereignis %1 in %2
%3</translation>
    </message>
    <message>
        <source>Command %1, rejected (%2): %3</source>
        <translation>Befehl %1, abgelehnt (%2): %3</translation>
    </message>
    <message>
        <source>Command %1 by %2, accepted</source>
        <translation>Befehl %1 von %2, angenommen</translation>
    </message>
</context>
<context>
    <name>hs::CheckCallDialog</name>
    <message>
        <source>Check call for %1</source>
        <translation>Statusmeldung zu %1</translation>
    </message>
    <message>
        <source>Check call for %1 on %2</source>
        <translation>Statusmeldung zu %1 auf %2</translation>
    </message>
    <message>
        <source>e.g. I-80 mile 312, near York NE</source>
        <translation>z. B. I-80 Meile 312, bei York NE</translation>
    </message>
    <message>
        <source>Where the shipment is now</source>
        <translation>Wo die Sendung jetzt ist</translation>
    </message>
    <message>
        <source>Note from the driver</source>
        <translation>Notiz des Fahrers</translation>
    </message>
    <message>
        <source>Driver gave an &amp;ETA:</source>
        <translation>Fahrer nannte eine &amp;Ankunftszeit:</translation>
    </message>
    <message>
        <source>The driver gave an estimated arrival</source>
        <translation>Der Fahrer nannte eine voraussichtliche Ankunft</translation>
    </message>
    <message>
        <source>Estimated arrival</source>
        <translation>Voraussichtliche Ankunft</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Record Check Call</source>
        <translation>Statusmeldung &amp;erfassen</translation>
    </message>
    <message>
        <source>Record the check call</source>
        <translation>Die Statusmeldung erfassen</translation>
    </message>
    <message>
        <source>Close without recording</source>
        <translation>Schließen, ohne zu erfassen</translation>
    </message>
    <message>
        <source>Say where the shipment is.</source>
        <translation>Geben Sie an, wo die Sendung ist.</translation>
    </message>
</context>
<context>
    <name>hs::CommandFeed</name>
    <message>
        <source>Command feed</source>
        <translation>Befehlsverlauf</translation>
    </message>
    <message>
        <source>%1 — pending…</source>
        <translation>%1 — ausstehend…</translation>
    </message>
    <message>
        <source>%1 — accepted (%2 v%3)</source>
        <translation>%1 — angenommen (%2 v%3)</translation>
    </message>
    <message>
        <source>%1 — rejected: %2</source>
        <translation>%1 — abgelehnt: %2</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 — not stored: %2</source>
        <translation>%1 — nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>The store failed: %1</source>
        <translation>Fehler im Datenbestand: %1</translation>
    </message>
</context>
<context>
    <name>hs::CommandLogModel</name>
    <message>
        <source>rejected: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Command id</source>
        <translation>Befehls-ID</translation>
    </message>
    <message>
        <source>%1 (%2) was rejected: %3</source>
        <translation>%1 (%2) wurde abgelehnt: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>hs::CompanyProfileDialog</name>
    <message>
        <source>Company Profile</source>
        <translation>Firmenprofil</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Company address, one line per row</source>
        <translation>Firmenanschrift, eine Zeile pro Reihe</translation>
    </message>
    <message>
        <source>Logo image file</source>
        <translation>Logo-Bilddatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the logo image</source>
        <translation>Das Logo-Bild wählen</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Anschrift:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>Save the company profile</source>
        <translation>Das Firmenprofil speichern</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Schließen, ohne zu speichern</translation>
    </message>
</context>
<context>
    <name>hs::ContextMap</name>
    <message>
        <source>%1 context</source>
        <translation>Kontext %1</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Consumers: listeners and read models</source>
        <translation>Verbraucher: Listener und Lesemodelle</translation>
    </message>
    <message>
        <source>listener: %1</source>
        <translation>Listener: %1</translation>
    </message>
    <message>
        <source>read model: %1</source>
        <translation>Lesemodell: %1</translation>
    </message>
</context>
<context>
    <name>hs::CreditActions</name>
    <message>
        <source>Credit &amp;Limit…</source>
        <translation>Kredit&amp;limit…</translation>
    </message>
    <message>
        <source>Set the credit limit of the selected account</source>
        <translation>Kreditlimit des gewählten Kontos festlegen</translation>
    </message>
    <message>
        <source>Release Credit &amp;Hold…</source>
        <translation>Kredit&amp;sperre aufheben…</translation>
    </message>
    <message>
        <source>Place Credit &amp;Hold…</source>
        <translation>Kredit&amp;sperre setzen…</translation>
    </message>
    <message>
        <source>Release the credit hold on the selected account</source>
        <translation>Kreditsperre des gewählten Kontos aufheben</translation>
    </message>
    <message>
        <source>Place the selected account on credit hold</source>
        <translation>Gewähltes Konto für Kredit sperren</translation>
    </message>
    <message>
        <source>&amp;Write Off Invoice…</source>
        <translation>Rechnung a&amp;bschreiben…</translation>
    </message>
    <message>
        <source>Write off what the selected invoice still has open</source>
        <translation>Den offenen Rest der gewählten Rechnung abschreiben</translation>
    </message>
    <message>
        <source>Read-only: you are looking at the past. Return to live to act.</source>
        <translation>Nur Lesen: Sie sehen die Vergangenheit. Kehren Sie zur Gegenwart zurück, um zu handeln.</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Wählen Sie zuerst ein Konto.</translation>
    </message>
    <message>
        <source>Select an open invoice under “Aging and open items” to write it off.</source>
        <translation>Wählen Sie unter „Altersstruktur und offene Posten“ eine offene Rechnung, um sie abzuschreiben.</translation>
    </message>
    <message>
        <source>Change or remove the credit limit of %1</source>
        <translation>Kreditlimit von %1 ändern oder aufheben</translation>
    </message>
    <message>
        <source>Let %1 book shipments again</source>
        <translation>%1 wieder Sendungen buchen lassen</translation>
    </message>
    <message>
        <source>Stop %1 booking shipments; asks for the reason</source>
        <translation>%1 keine Sendungen mehr buchen lassen; fragt nach dem Grund</translation>
    </message>
    <message>
        <source>Write off %1 open on the invoice for %2; asks for the reason</source>
        <translation>%1 offen auf der Rechnung für %2 abschreiben; fragt nach dem Grund</translation>
    </message>
    <message>
        <source>Setting the credit limit of %1 to %2…</source>
        <translation>Kreditlimit von %1 wird auf %2 gesetzt…</translation>
    </message>
    <message>
        <source>Removing the credit limit of %1…</source>
        <translation>Kreditlimit von %1 wird aufgehoben…</translation>
    </message>
    <message>
        <source>Release Credit Hold</source>
        <translation>Kreditsperre aufheben</translation>
    </message>
    <message>
        <source>Release the credit hold on %1 (%2)? It can book shipments again.</source>
        <translation>Kreditsperre von %1 (%2) aufheben? Das Konto kann dann wieder Sendungen buchen.</translation>
    </message>
    <message>
        <source>Releasing the credit hold on %1…</source>
        <translation>Kreditsperre von %1 wird aufgehoben…</translation>
    </message>
    <message>
        <source>Place %1 on Credit Hold</source>
        <translation>%1 für Kredit sperren</translation>
    </message>
    <message>
        <source>Why may %1 (%2) book no more shipments?</source>
        <translation>Warum darf %1 (%2) keine Sendungen mehr buchen?</translation>
    </message>
    <message>
        <source>Give the reason for the hold.</source>
        <translation>Geben Sie den Grund für die Sperre an.</translation>
    </message>
    <message>
        <source>Placing %1 on credit hold…</source>
        <translation>%1 wird für Kredit gesperrt…</translation>
    </message>
    <message>
        <source>Write Off the Invoice for %1</source>
        <translation>Rechnung für %1 abschreiben</translation>
    </message>
    <message>
        <source>Write off the %1 still open on the invoice for %2 (%3)? Why?</source>
        <translation>Die noch offenen %1 der Rechnung für %2 (%3) abschreiben? Warum?</translation>
    </message>
    <message>
        <source>Give the reason for the write-off.</source>
        <translation>Geben Sie den Grund für die Abschreibung an.</translation>
    </message>
    <message>
        <source>Writing off the invoice for %1 on %2…</source>
        <translation>Rechnung für %1 auf %2 wird abgeschrieben…</translation>
    </message>
</context>
<context>
    <name>hs::CreditLimitDialog</name>
    <message>
        <source>Credit Limit of %1</source>
        <translation>Kreditlimit von %1</translation>
    </message>
    <message>
        <source>Set Limit</source>
        <translation>Limit setzen</translation>
    </message>
    <message>
        <source>Set the credit limit</source>
        <translation>Kreditlimit setzen</translation>
    </message>
    <message>
        <source>New credit &amp;limit:</source>
        <translation>Neues Kredit&amp;limit:</translation>
    </message>
    <message>
        <source>Exposure %1; without a limit, every shipment is accepted.</source>
        <translation>Obligo %1; ohne Limit wird jede Sendung angenommen.</translation>
    </message>
    <message>
        <source>Exposure %1; %2 left for new shipments.</source>
        <translation>Obligo %1; %2 bleiben für neue Sendungen.</translation>
    </message>
    <message>
        <source>Exposure %1 is already %2 over this limit: new shipments are refused until it comes down.</source>
        <translation>Das Obligo %1 liegt schon %2 über diesem Limit: Neue Sendungen werden abgelehnt, bis es sinkt.</translation>
    </message>
</context>
<context>
    <name>hs::CreditLimitEdit</name>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>No credit limit</source>
        <translation>Kein Kreditlimit</translation>
    </message>
    <message>
        <source>Credit limit in dollars</source>
        <translation>Kreditlimit in Dollar</translation>
    </message>
</context>
<context>
    <name>hs::CustomerServicePane</name>
    <message>
        <source>Shipment %1 accepted.</source>
        <translation>Sendung %1 angenommen.</translation>
    </message>
    <message>
        <source>%1+ shipments</source>
        <translation>%1+ Sendungen</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s)</source>
        <translation>
            <numerusform>%n Sendung</numerusform>
            <numerusform>%n Sendungen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <source>Shipment, account or city</source>
        <translation>Sendung, Konto oder Ort</translation>
    </message>
    <message>
        <source>Find shipments by id, account or city</source>
        <translation>Sendungen nach ID, Konto oder Ort suchen</translation>
    </message>
    <message>
        <source>Type part of a shipment number, an account number or a city (Ctrl+F).</source>
        <translation>Geben Sie einen Teil einer Sendungsnummer, einer Kontonummer oder eines Ortsnamens ein (Ctrl+F).</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Number of shipments found</source>
        <translation>Anzahl gefundener Sendungen</translation>
    </message>
    <message>
        <source>Shipments found</source>
        <translation>Gefundene Sendungen</translation>
    </message>
    <message>
        <source>Customer Service</source>
        <translation>Kundendienst</translation>
    </message>
</context>
<context>
    <name>hs::DailyChart</name>
    <message>
        <source>%1 to %2; latest %3</source>
        <translation>%1 bis %2; zuletzt %3</translation>
    </message>
</context>
<context>
    <name>hs::DispatchPane</name>
    <message>
        <source>Assigning %1 to %2…</source>
        <translation>%1 wird %2 zugewiesen…</translation>
    </message>
    <message>
        <source>Dispatch board</source>
        <translation>Dispositionstafel</translation>
    </message>
    <message>
        <source>&amp;Ship</source>
        <translation>&amp;Versenden</translation>
    </message>
    <message>
        <source>&amp;Deliver…</source>
        <translation>&amp;Zustellen…</translation>
    </message>
    <message>
        <source>Report &amp;breakdown…</source>
        <translation>&amp;Panne melden…</translation>
    </message>
    <message>
        <source>&amp;Return to service</source>
        <translation>Wieder in &amp;Betrieb</translation>
    </message>
    <message>
        <source>Send the truck out with its shipment (Ctrl+Shift+S)</source>
        <translation>Lkw mit seiner Sendung losschicken (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Record the delivery and who signed for it (Ctrl+Shift+D)</source>
        <translation>Zustellung mit der Unterschrift des Empfängers erfassen (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Take the truck out of service; a shipment not yet shipped goes back to the queue (Ctrl+Shift+B)</source>
        <translation>Lkw außer Betrieb nehmen; eine noch nicht versandte Sendung geht zurück in die Warteschlange (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Put the repaired truck back on the board (Ctrl+Shift+R)</source>
        <translation>Reparierten Lkw wieder auf die Tafel setzen (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Ship the selected truck&apos;s shipment</source>
        <translation>Sendung des ausgewählten Lkw versenden</translation>
    </message>
    <message>
        <source>Deliver the selected truck&apos;s shipment</source>
        <translation>Sendung des ausgewählten Lkw zustellen</translation>
    </message>
    <message>
        <source>Report a breakdown of the selected truck</source>
        <translation>Panne des ausgewählten Lkw melden</translation>
    </message>
    <message>
        <source>Return the selected truck to service</source>
        <translation>Ausgewählten Lkw wieder in Betrieb nehmen</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>Zu&amp;weisen an…</translation>
    </message>
    <message>
        <source>Assign the selected shipment to a truck</source>
        <translation>Ausgewählte Sendung einem Lkw zuweisen</translation>
    </message>
    <message>
        <source>Choose a truck for the selected shipment (Ctrl+Shift+A), or drag the shipment onto a truck</source>
        <translation>Lkw für die ausgewählte Sendung wählen (Ctrl+Shift+A) oder die Sendung auf einen Lkw ziehen</translation>
    </message>
    <message>
        <source>Shipments waiting for a truck</source>
        <translation>Sendungen, die auf einen Lkw warten</translation>
    </message>
    <message>
        <source>Truck board</source>
        <translation>Lkw-Tafel</translation>
    </message>
    <message>
        <source>Waiting for a truck  (%1)</source>
        <translation>Warten auf einen Lkw  (%1)</translation>
    </message>
    <message>
        <source>Read-only: this is how the board stood in the past.</source>
        <translation>Schreibgeschützt: So sah die Tafel in der Vergangenheit aus.</translation>
    </message>
    <message>
        <source>Select a truck on the board to act on it; drag a waiting shipment onto a truck to assign it.</source>
        <translation>Wählen Sie einen Lkw auf der Tafel aus, um ihn zu bearbeiten; ziehen Sie eine wartende Sendung auf einen Lkw, um sie zuzuweisen.</translation>
    </message>
    <message>
        <source>Select a truck first.</source>
        <translation>Wählen Sie zuerst einen Lkw aus.</translation>
    </message>
    <message>
        <source>Truck %1 — %2</source>
        <translation>Lkw %1 — %2</translation>
    </message>
    <message>
        <source>Truck %1 — %2 with %3</source>
        <translation>Lkw %1 — %2 mit %3</translation>
    </message>
    <message>
        <source>Read-only: you are looking at the past. Return to live to act.</source>
        <translation>Schreibgeschützt: Sie sehen die Vergangenheit. Kehren Sie zur Live-Ansicht zurück, um etwas zu ändern.</translation>
    </message>
    <message>
        <source>Truck %1 holds no shipment to ship.</source>
        <translation>Lkw %1 hat keine Sendung zum Versenden.</translation>
    </message>
    <message>
        <source>Truck %1 holds no shipment to deliver.</source>
        <translation>Lkw %1 hat keine Sendung zum Zustellen.</translation>
    </message>
    <message>
        <source>Shipping %1 on %2…</source>
        <translation>%1 wird mit %2 versandt…</translation>
    </message>
    <message>
        <source>Deliver %1</source>
        <translation>%1 zustellen</translation>
    </message>
    <message>
        <source>Who signed for shipment %1?</source>
        <translation>Wer hat den Empfang der Sendung %1 quittiert?</translation>
    </message>
    <message>
        <source>Delivering %1, signed by %2…</source>
        <translation>%1 wird zugestellt, quittiert von %2…</translation>
    </message>
    <message>
        <source>Report a breakdown of %1</source>
        <translation>Panne von %1 melden</translation>
    </message>
    <message>
        <source>What is wrong with truck %1?</source>
        <translation>Was ist an Lkw %1 defekt?</translation>
    </message>
    <message>
        <source>Reporting a breakdown of %1…</source>
        <translation>Panne von %1 wird gemeldet…</translation>
    </message>
    <message>
        <source>Returning %1 to service…</source>
        <translation>%1 wird wieder in Betrieb genommen…</translation>
    </message>
    <message>
        <source>Truck %1</source>
        <translation>Lkw %1</translation>
    </message>
    <message>
        <source>Select a waiting shipment first.</source>
        <translation>Wählen Sie zuerst eine wartende Sendung aus.</translation>
    </message>
    <message>
        <source>Assign %1 to</source>
        <translation>%1 zuweisen an</translation>
    </message>
    <message>
        <source>%1 (cap. %2 lb)</source>
        <translation>%1 (Kap. %2 lb)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Type the name of the person who signed; a delivery needs a signature.</source>
        <translation>Geben Sie den Namen der Person ein, die unterschrieben hat; eine Zustellung braucht eine Unterschrift.</translation>
    </message>
    <message>
        <source>Say what is wrong; a breakdown needs a reason.</source>
        <translation>Geben Sie an, was defekt ist; eine Panne braucht einen Grund.</translation>
    </message>
    <message>
        <source>Return %1 to service</source>
        <translation>%1 wieder in Dienst stellen</translation>
    </message>
    <message>
        <source>Has truck %1 been repaired? It goes back on the board and can take shipments again.</source>
        <translation>Ist Lkw %1 repariert? Er kommt zurück auf die Tafel und kann wieder Sendungen übernehmen.</translation>
    </message>
    <message>
        <source>Return truck %1 to service</source>
        <translation>Lkw %1 wieder in Dienst stellen</translation>
    </message>
    <message>
        <source>Keep truck %1 out of service</source>
        <translation>Lkw %1 außer Dienst lassen</translation>
    </message>
    <message>
        <source>Only Dispatch assigns trucks to shipments.</source>
        <translation>Nur die Disposition weist Sendungen Lkw zu.</translation>
    </message>
    <message>
        <source>Check &amp;call…</source>
        <translation>&amp;Kontrollanruf…</translation>
    </message>
    <message>
        <source>Record where the load is and when it should arrive, from the driver&apos;s call (Ctrl+Shift+K)</source>
        <translation>Festhalten, wo die Ladung ist und wann sie ankommen soll, laut Anruf des Fahrers (Strg+Umschalt+K)</translation>
    </message>
    <message>
        <source>Record a check call for the selected truck&apos;s shipment</source>
        <translation>Kontrollanruf für die Sendung des gewählten Lkw festhalten</translation>
    </message>
    <message>
        <source>Truck %1 carries no shipment to report on.</source>
        <translation>Lkw %1 hat keine Sendung, über die berichtet werden könnte.</translation>
    </message>
    <message>
        <source>Recording a check call for %1 at %2…</source>
        <translation>Kontrollanruf für %1 bei %2 wird festgehalten…</translation>
    </message>
</context>
<context>
    <name>hs::DocumentButton</name>
    <message>
        <source>There is no %1 for %2.</source>
        <translation>Für %2 gibt es kein Dokument „%1“.</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <source>The document could not be printed.</source>
        <translation>Das Dokument konnte nicht gedruckt werden.</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>%1 als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumente</translation>
    </message>
    <message>
        <source>Print or save documents</source>
        <translation>Dokumente drucken oder speichern</translation>
    </message>
    <message>
        <source>Print a document or save it as PDF</source>
        <translation>Ein Dokument drucken oder als PDF speichern</translation>
    </message>
    <message>
        <source>Print %1…</source>
        <translation>%1 drucken…</translation>
    </message>
    <message>
        <source>Save %1 as PDF…</source>
        <translation>%1 als PDF speichern…</translation>
    </message>
</context>
<context>
    <name>hs::EventCatalogModel</name>
    <message>
        <source>v%1 (reads %2)</source>
        <translation>v%1 (liest %2)</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation>Erzeugt von</translation>
    </message>
    <message>
        <source>Consumed by</source>
        <translation>Verarbeitet von</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>hs::EventCatalogPane</name>
    <message numerus="yes">
        <source>%n event type(s), generated from the code&apos;s registry (model/codec/catalog.cpp) and the codec&apos;s own field lists; “Stored” counts the events in this store.</source>
        <translation>
            <numerusform>%n Ereignistyp, erzeugt aus dem Register im Code (model/codec/catalog.cpp) und den Feldlisten des Codecs; „Gespeichert“ zählt die Ereignisse in diesem Datenbestand.</numerusform>
            <numerusform>%n Ereignistypen, erzeugt aus dem Register im Code (model/codec/catalog.cpp) und den Feldlisten des Codecs; „Gespeichert“ zählt die Ereignisse in diesem Datenbestand.</numerusform>
        </translation>
    </message>
    <message>
        <source>Context map: which context emits each event, and the listeners (dashed) and read models that consume it.</source>
        <translation>Kontextkarte: welcher Kontext welches Ereignis auslöst und welche Listener (gestrichelt) und Lesemodelle es verarbeiten.</translation>
    </message>
    <message>
        <source>Event catalog</source>
        <translation>Ereigniskatalog</translation>
    </message>
    <message>
        <source>Context map</source>
        <translation>Kontextkarte</translation>
    </message>
    <message>
        <source>Event Catalog</source>
        <translation>Ereigniskatalog</translation>
    </message>
</context>
<context>
    <name>hs::EventHistoryModel</name>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Aufgezeichnet</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>hs::EventHistoryPane</name>
    <message>
        <source>&amp;Stream:</source>
        <translation>St&amp;ream:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>Abtei&amp;lung:</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>&amp;Bearbeiter:</translation>
    </message>
    <message>
        <source>Search &amp;data:</source>
        <translation>In Daten s&amp;uchen:</translation>
    </message>
    <message>
        <source>e.g. shipment-S-1</source>
        <translation>z. B. shipment-S-1</translation>
    </message>
    <message>
        <source>Stream filter</source>
        <translation>Stream-Filter</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Event type filter</source>
        <translation>Ereignistyp-Filter</translation>
    </message>
    <message>
        <source>Any department</source>
        <translation>Alle Abteilungen</translation>
    </message>
    <message>
        <source>Department filter</source>
        <translation>Abteilungsfilter</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Actor filter</source>
        <translation>Bearbeiterfilter</translation>
    </message>
    <message>
        <source>text inside the event data (Ctrl+F)</source>
        <translation>Text in den Ereignisdaten (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search inside event data</source>
        <translation>In den Ereignisdaten suchen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Limit to events from a time</source>
        <translation>Auf Ereignisse ab einem Zeitpunkt beschränken</translation>
    </message>
    <message>
        <source>Earliest occurred time</source>
        <translation>Frühester Eintrittszeitpunkt</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Limit to events up to a time</source>
        <translation>Auf Ereignisse bis zu einem Zeitpunkt beschränken</translation>
    </message>
    <message>
        <source>Latest occurred time</source>
        <translation>Spätester Eintrittszeitpunkt</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Live tail</source>
        <translation>Live mitverfolgen</translation>
    </message>
    <message>
        <source>Live tail: show new events as they are recorded</source>
        <translation>Live mitverfolgen: neue Ereignisse anzeigen, sobald sie aufgezeichnet werden</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Read the events again (F5)</source>
        <translation>Ereignisse neu einlesen (F5)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Write the filtered events to a JSON Lines file, as haulctl events prints them (Ctrl+Shift+E)</source>
        <translation>Gefilterte Ereignisse in eine JSON-Lines-Datei schreiben, so wie haulctl events sie ausgibt (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Export the filtered events to JSON Lines</source>
        <translation>Gefilterte Ereignisse als JSON Lines exportieren</translation>
    </message>
    <message>
        <source>Number of matching events</source>
        <translation>Anzahl passender Ereignisse</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Compact (by business action)</source>
        <translation>Kompakt (nach Geschäftsvorgang)</translation>
    </message>
    <message>
        <source>Stream timeline</source>
        <translation>Stream-Verlauf</translation>
    </message>
    <message>
        <source>History views</source>
        <translation>Verlaufsansichten</translation>
    </message>
    <message>
        <source>Every event</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Events grouped by business action</source>
        <translation>Ereignisse nach Geschäftsvorgang gruppiert</translation>
    </message>
    <message>
        <source>Stream timeline as text</source>
        <translation>Stream-Verlauf als Text</translation>
    </message>
    <message>
        <source>Select an event to see the timeline of its stream.</source>
        <translation>Wählen Sie ein Ereignis aus, um den Verlauf seines Streams zu sehen.</translation>
    </message>
    <message>
        <source>New events appear at the top as they are recorded</source>
        <translation>Neue Ereignisse erscheinen oben, sobald sie aufgezeichnet werden</translation>
    </message>
    <message>
        <source>The history shows a past moment: it does not change</source>
        <translation>Der Verlauf zeigt einen vergangenen Zeitpunkt: Er ändert sich nicht</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>more than %1 events</source>
        <translation>mehr als %1 Ereignisse</translation>
    </message>
    <message>
        <source>%1, as “haulctl events --stream %1 --format text” prints it:</source>
        <translation>%1, so wie „haulctl events --stream %1 --format text“ es ausgibt:</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>Ereignisse exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exporting events to %1…</source>
        <translation>Ereignisse werden nach %1 exportiert…</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert.</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Event History</source>
        <translation>Ereignisverlauf</translation>
    </message>
</context>
<context>
    <name>hs::EventInspector</name>
    <message>
        <source>Before / after</source>
        <translation>Vorher / nachher</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Show chain</source>
        <translation>Kette anzeigen</translation>
    </message>
    <message>
        <source>Show this event&apos;s business action as a graph in the chain explorer</source>
        <translation>Geschäftsvorgang dieses Ereignisses als Graph unter Ereignisketten anzeigen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Entity state before and after the event</source>
        <translation>Zustand der Entität vor und nach dem Ereignis</translation>
    </message>
    <message>
        <source>Event data as JSON</source>
        <translation>Ereignisdaten als JSON</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Event metadata</source>
        <translation>Ereignis-Metadaten</translation>
    </message>
    <message>
        <source>Event inspector</source>
        <translation>Ereignisinspektor</translation>
    </message>
    <message>
        <source>Select an event to inspect it.</source>
        <translation>Wählen Sie ein Ereignis aus, um es zu untersuchen.</translation>
    </message>
    <message>
        <source>#%1 %2 — %3</source>
        <translation>#%1 %2 — %3</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Stream / version</source>
        <translation>Stream / Version</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>Command id</source>
        <translation>Befehls-ID</translation>
    </message>
    <message>
        <source>Causation</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Aufgezeichnet</translation>
    </message>
    <message>
        <source>Hash chain</source>
        <translation>Hash-Kette</translation>
    </message>
    <message>
        <source>link %1, chained to event %2</source>
        <translation>Glied %1, verkettet mit Ereignis %2</translation>
    </message>
    <message>
        <source>Replaying the stream…</source>
        <translation>Stream wird neu abgespielt…</translation>
    </message>
    <message>
        <source>This event changes no department view.</source>
        <translation>Dieses Ereignis ändert keine Abteilungsansicht.</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <source>Truck</source>
        <translation>Lkw</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (created)</source>
        <translation>%1 %2 (angelegt)</translation>
    </message>
    <message>
        <source>Changed by this event</source>
        <translation>Durch dieses Ereignis geändert</translation>
    </message>
</context>
<context>
    <name>hs::FinancePane</name>
    <message>
        <source>Accounts and ledger</source>
        <translation>Kundenkonten und Kontoauszug</translation>
    </message>
    <message>
        <source>&amp;Open Account…</source>
        <translation>Konto &amp;eröffnen…</translation>
    </message>
    <message>
        <source>Open a new customer account</source>
        <translation>Neues Kundenkonto eröffnen</translation>
    </message>
    <message>
        <source>Schedule Pricing &amp;Rule…</source>
        <translation>Preis&amp;regel planen…</translation>
    </message>
    <message>
        <source>Schedule a pricing rule</source>
        <translation>Preisregel planen</translation>
    </message>
    <message>
        <source>&amp;Export Statement…</source>
        <translation>Kontoauszug e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the selected account&apos;s statement</source>
        <translation>Kontoauszug des ausgewählten Kontos exportieren</translation>
    </message>
    <message>
        <source>The selected account&apos;s ledger for a date range, as PDF or CSV (Ctrl+E)</source>
        <translation>Kontoauszug des ausgewählten Kontos für einen Zeitraum, als PDF oder CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Filter by account number or name</source>
        <translation>Nach Kontonummer oder Name filtern</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>Konten filtern</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kundenkonten</translation>
    </message>
    <message>
        <source>Ledger of the selected account</source>
        <translation>Kontoauszug des ausgewählten Kontos</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Be&amp;trag:</translation>
    </message>
    <message>
        <source>Payment amount</source>
        <translation>Zahlungsbetrag</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>Re&amp;ferenz:</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Zahlungsreferenz</translation>
    </message>
    <message>
        <source>check or wire number</source>
        <translation>Scheck- oder Überweisungsnummer</translation>
    </message>
    <message>
        <source>&amp;Post Payment</source>
        <translation>Zahlung &amp;buchen</translation>
    </message>
    <message>
        <source>Post the payment</source>
        <translation>Zahlung buchen</translation>
    </message>
    <message>
        <source>Re&amp;verse Payment…</source>
        <translation>Zahlung st&amp;ornieren…</translation>
    </message>
    <message>
        <source>Reverse the selected payment</source>
        <translation>Ausgewählte Zahlung stornieren</translation>
    </message>
    <message>
        <source>Receivables — all accounts</source>
        <translation>Forderungen — alle Konten</translation>
    </message>
    <message>
        <source>Owed by %1</source>
        <translation>Forderungen an %1</translation>
    </message>
    <message>
        <source>Revenue per day (invoiced)</source>
        <translation>Umsatz pro Tag (berechnet)</translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation>Kein Konto ausgewählt</translation>
    </message>
    <message>
        <source>Balance of %1</source>
        <translation>Saldo von %1</translation>
    </message>
    <message>
        <source>Read-only: you are looking at the past. Return to live to act.</source>
        <translation>Schreibgeschützt: Sie sehen die Vergangenheit. Kehren Sie zur Live-Ansicht zurück, um etwas zu ändern.</translation>
    </message>
    <message>
        <source>Schedule the price per pound from a date on</source>
        <translation>Preis pro Pfund ab einem Stichtag planen</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Wählen Sie zuerst ein Konto aus.</translation>
    </message>
    <message>
        <source>Enter the amount received.</source>
        <translation>Geben Sie den erhaltenen Betrag ein.</translation>
    </message>
    <message>
        <source>Enter the payment&apos;s reference: 1–40 letters, digits, dots, dashes or underscores.</source>
        <translation>Geben Sie die Referenz der Zahlung ein: 1–40 Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche.</translation>
    </message>
    <message>
        <source>Select a payment in the ledger to reverse it.</source>
        <translation>Wählen Sie eine Zahlung im Kontoauszug aus, um sie zu stornieren.</translation>
    </message>
    <message>
        <source>Post %1 received from %2 (Enter)</source>
        <translation>Zahlungseingang über %1 von %2 buchen (Enter)</translation>
    </message>
    <message>
        <source>Reverse payment %1; asks for the reason</source>
        <translation>Zahlung %1 stornieren; fragt nach dem Grund</translation>
    </message>
    <message>
        <source>Posting %1 from %2 (ref. %3)…</source>
        <translation>%1 von %2 wird gebucht (Ref. %3)…</translation>
    </message>
    <message>
        <source>Reverse payment %1</source>
        <translation>Zahlung %1 stornieren</translation>
    </message>
    <message>
        <source>Why is payment %1 of %2 being reversed?</source>
        <translation>Warum wird die Zahlung %1 über %2 storniert?</translation>
    </message>
    <message>
        <source>Reversing payment %1 of %2…</source>
        <translation>Zahlung %1 über %2 wird storniert…</translation>
    </message>
    <message>
        <source>Opening account %1…</source>
        <translation>Konto %1 wird eröffnet…</translation>
    </message>
    <message>
        <source>Scheduling pricing rule %1…</source>
        <translation>Preisregel %1 wird geplant…</translation>
    </message>
    <message>
        <source>Save Statement</source>
        <translation>Kontoauszug speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The statement could not be written to %1: %2</source>
        <translation>Der Kontoauszug konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Statement for %1 saved to %2</source>
        <translation>Kontoauszug für %1 unter %2 gespeichert</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Buchhaltung</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Aging and open items</source>
        <translation>Altersstruktur und offene Posten</translation>
    </message>
    <message>
        <source>Charts and receivables</source>
        <translation>Diagramme und Forderungen</translation>
    </message>
    <message>
        <source>Over limit or on hold (%1)</source>
        <translation>Über dem Limit oder gesperrt (%1)</translation>
    </message>
    <message>
        <source>Customers over their credit limit or on credit hold</source>
        <translation>Kunden über ihrem Kreditlimit oder mit Kreditsperre</translation>
    </message>
    <message>
        <source>Pricing rules (%1)</source>
        <translation>Preisregeln (%1)</translation>
    </message>
    <message>
        <source>Pricing rules, the latest to take effect first</source>
        <translation>Preisregeln, die zuletzt gültige zuerst</translation>
    </message>
</context>
<context>
    <name>hs::IntakeForm</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Line 2</source>
        <translation>Adresszusatz</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Bundesstaat</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation>Höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>Letters, digits, . _ - only</source>
        <translation>Nur Buchstaben, Ziffern, . _ -</translation>
    </message>
    <message>
        <source>Choose an account</source>
        <translation>Wählen Sie ein Konto</translation>
    </message>
    <message>
        <source>Not an account number</source>
        <translation>Keine gültige Kontonummer</translation>
    </message>
    <message>
        <source>1 to %1 lb, whole</source>
        <translation>1 bis %1 lb, ganzzahlig</translation>
    </message>
    <message>
        <source>lb</source>
        <translation>lb</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Five digits</source>
        <translation>Fünf Ziffern</translation>
    </message>
    <message>
        <source>Send the shipment (Enter)</source>
        <translation>Sendung erfassen (Enter)</translation>
    </message>
    <message>
        <source>The dashboard shows a past moment: this view is read-only. Return to now to submit.</source>
        <translation>Das Dashboard zeigt einen vergangenen Zeitpunkt: Diese Ansicht ist schreibgeschützt. Kehren Sie zur Live-Ansicht zurück, um Sendungen zu erfassen.</translation>
    </message>
    <message>
        <source>Quote: enter a weight</source>
        <translation>Angebot: Gewicht eingeben</translation>
    </message>
    <message>
        <source>%1¢ per lb</source>
        <translation>%1 ¢ pro lb</translation>
    </message>
    <message>
        <source>%1, standing rate</source>
        <translation>%1, Standardtarif</translation>
    </message>
    <message>
        <source>%1, rule %2</source>
        <translation>%1, Regel %2</translation>
    </message>
    <message>
        <source>, minimum %1</source>
        <translation>, mindestens %1</translation>
    </message>
    <message>
        <source>Quote: %1 (%2)</source>
        <translation>Angebot: %1 (%2)</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Bitte korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>%1 wird gesendet…</translation>
    </message>
    <message>
        <source>Shipment %1 accepted for %2.</source>
        <translation>Sendung %1 für %2 angenommen.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>New shipment</source>
        <translation>Neue Sendung</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Abholung</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Shipment &amp;number</source>
        <translation>Sendungs&amp;nummer</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Kundenkonto</translation>
    </message>
    <message>
        <source>&amp;Weight (lb)</source>
        <translation>&amp;Gewicht (lb)</translation>
    </message>
    <message>
        <source>Shipment number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>The next free number is proposed; you may type another.</source>
        <translation>Die nächste freie Nummer wird vorgeschlagen; Sie können auch eine andere eingeben.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kundenkonto</translation>
    </message>
    <message>
        <source>Type an account number or part of the customer&apos;s name.</source>
        <translation>Geben Sie eine Kontonummer oder einen Teil des Kundennamens ein.</translation>
    </message>
    <message>
        <source>Number or name</source>
        <translation>Nummer oder Name</translation>
    </message>
    <message>
        <source>Weight in pounds</source>
        <translation>Gewicht in Pfund</translation>
    </message>
    <message>
        <source>Pickup %1</source>
        <translation>%1 (Abholung)</translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation>%1 (Ziel)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problem mit %1</translation>
    </message>
    <message>
        <source>Price quote</source>
        <translation>Preisangebot</translation>
    </message>
    <message>
        <source>Result of the last submission</source>
        <translation>Ergebnis der letzten Übermittlung</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>Submit shipment</source>
        <translation>Sendung erfassen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Formular leeren</translation>
    </message>
    <message>
        <source>Account %1 is on credit hold: the shipment will be refused until Finance releases it.</source>
        <translation>Konto %1 ist kreditgesperrt: Die Sendung wird abgelehnt, bis die Buchhaltung die Sperre aufhebt.</translation>
    </message>
    <message>
        <source>This shipment would take %1 over its credit limit by %2: it will be refused.</source>
        <translation>Diese Sendung würde %1 um %2 über das Kreditlimit bringen: Sie wird abgelehnt.</translation>
    </message>
    <message>
        <source>Credit limit %1 · exposure %2 · available %3</source>
        <translation>Kreditlimit %1 · Obligo %2 · verfügbar %3</translation>
    </message>
    <message>
        <source>No credit limit · exposure %1</source>
        <translation>Kein Kreditlimit · Obligo %1</translation>
    </message>
    <message>
        <source>%1 Press Submit again to send it anyway.</source>
        <translation>%1 Erneut auf „Senden“ drücken, um sie trotzdem zu senden.</translation>
    </message>
    <message>
        <source>A US state or territory, e.g. NE or Nebraska</source>
        <translation>Ein US-Bundesstaat oder -Territorium, z. B. NE oder Nebraska</translation>
    </message>
    <message>
        <source>Read-only for your department: only Customer Service takes new shipments.</source>
        <translation>Für Ihre Abteilung schreibgeschützt: Nur der Kundendienst nimmt neue Sendungen an.</translation>
    </message>
    <message>
        <source>Printable characters only</source>
        <translation>Nur druckbare Zeichen</translation>
    </message>
    <message>
        <source>Customer &amp;reference</source>
        <translation>Kunden&amp;referenz</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Kundenreferenz</translation>
    </message>
    <message>
        <source>optional: PO or load number</source>
        <translation>optional: Bestell- oder Ladungsnummer</translation>
    </message>
    <message>
        <source>The customer&apos;s own number for this load; Customer Service can find the shipment by it.</source>
        <translation>Die eigene Nummer des Kunden für diese Ladung; der Kundendienst findet die Sendung darüber.</translation>
    </message>
    <message>
        <source>Pic&amp;kup by</source>
        <translation>A&amp;bholung bis</translation>
    </message>
    <message>
        <source>A pickup time was promised</source>
        <translation>Eine Abholzeit wurde zugesagt</translation>
    </message>
    <message>
        <source>Latest promised pickup</source>
        <translation>Späteste zugesagte Abholung</translation>
    </message>
    <message>
        <source>Deli&amp;ver by</source>
        <translation>&amp;Zustellung bis</translation>
    </message>
    <message>
        <source>A delivery time was promised</source>
        <translation>Eine Zustellzeit wurde zugesagt</translation>
    </message>
    <message>
        <source>Latest promised delivery</source>
        <translation>Späteste zugesagte Zustellung</translation>
    </message>
</context>
<context>
    <name>hs::MainWindow</name>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>zuletzt %1</translation>
    </message>
    <message>
        <source>Haulstream — Great Plains Trucking — as of %1 (read-only)</source>
        <translation>Haulstream — Great Plains Trucking — Stand %1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Haulstream — Great Plains Trucking</source>
        <translation>Haulstream — Great Plains Trucking</translation>
    </message>
    <message>
        <source>Haulstream could not open %1: %2 The file was not changed.</source>
        <translation>Haulstream konnte %1 nicht öffnen: %2 Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation>Datenbestand kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Haulstream could not open %1.</source>
        <translation>Haulstream konnte %1 nicht öffnen.</translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation>Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Open Another Store…</source>
        <translation>Anderen Datenbestand öffnen…</translation>
    </message>
    <message>
        <source>Open or Create a Store</source>
        <translation>Datenbestand öffnen oder anlegen</translation>
    </message>
    <message>
        <source>Haulstream stores (*.db *.sqlite);;All files (*)</source>
        <translation>Haulstream-Datenbestände (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No translation for “%1” is installed; the dashboard stays in English.</source>
        <translation>Für „%1“ ist keine Übersetzung installiert; das Dashboard bleibt auf Englisch.</translation>
    </message>
    <message>
        <source>&amp;Working as </source>
        <translation>Ange&amp;meldet als </translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your department decides which commands you may send.</source>
        <translation>Ihre Abteilung bestimmt, welche Befehle Sie senden dürfen.</translation>
    </message>
    <message>
        <source>Your name; every command you send carries it.</source>
        <translation>Ihr Name; jeder Befehl, den Sie senden, trägt ihn.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Customer Service</source>
        <translation>Kundendienst</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Buchhaltung</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Current pane</source>
        <translation>Aktueller Bereich</translation>
    </message>
    <message>
        <source>Command Feed</source>
        <translation>Befehlsverlauf</translation>
    </message>
    <message>
        <source>Store path</source>
        <translation>Pfad des Datenbestands</translation>
    </message>
    <message>
        <source>Number of events</source>
        <translation>Anzahl der Ereignisse</translation>
    </message>
    <message>
        <source>Time of the last event</source>
        <translation>Zeitpunkt des letzten Ereignisses</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>Datenbestand ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Open &amp;Shared Store…</source>
        <translation>&amp;Gemeinsamen Datenbestand öffnen…</translation>
    </message>
    <message>
        <source>&amp;Company Profile…</source>
        <translation>&amp;Firmenprofil…</translation>
    </message>
    <message>
        <source>About Haulstream</source>
        <translation>Über Haulstream</translation>
    </message>
    <message>
        <source>&lt;b&gt;Haulstream %1&lt;/b&gt;&lt;p&gt;The dispatch, customer service and finance desk of a trucking company, kept as a history of events.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Haulstream %1&lt;/b&gt;&lt;p&gt;Disposition, Kundendienst und Buchhaltung einer Spedition, festgehalten als Geschichte von Ereignissen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>&amp;About Haulstream…</source>
        <translation>Ü&amp;ber Haulstream…</translation>
    </message>
    <message>
        <source>Waiting for another writer to finish…</source>
        <translation>Warte, bis ein anderer Schreibvorgang fertig ist…</translation>
    </message>
    <message>
        <source>Waiting for another writer (%1) to finish…</source>
        <translation>Warte, bis ein anderer Schreibvorgang (%1) fertig ist…</translation>
    </message>
</context>
<context>
    <name>hs::OpenAccountDialog</name>
    <message>
        <source>Open an Account</source>
        <translation>Kundenkonto eröffnen</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Kontonummer</translation>
    </message>
    <message>
        <source>e.g. A-1013</source>
        <translation>z. B. A-1013</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <source>Open Account</source>
        <translation>Konto eröffnen</translation>
    </message>
    <message>
        <source>Account &amp;number:</source>
        <translation>&amp;Kontonummer:</translation>
    </message>
    <message>
        <source>Customer &amp;name:</source>
        <translation>Kunden&amp;name:</translation>
    </message>
    <message>
        <source>An account number is 1–40 letters, digits, dots, dashes or underscores.</source>
        <translation>Eine Kontonummer besteht aus 1–40 Buchstaben, Ziffern, Punkten, Bindestrichen oder Unterstrichen.</translation>
    </message>
    <message>
        <source>Payment terms in days</source>
        <translation>Zahlungsziel in Tagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Credit &amp;limit:</source>
        <translation>Kredit&amp;limit:</translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation>&amp;Zahlungsziel:</translation>
    </message>
</context>
<context>
    <name>hs::OverviewPane</name>
    <message>
        <source>Shipments by status</source>
        <translation>Sendungen nach Status</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>In Zustellung</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>%1 shipments</source>
        <translation>%1 Sendungen</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>Tag für Tag</translation>
    </message>
    <message>
        <source>Include &amp;delivered and cancelled</source>
        <translation>&amp;Zugestellte und stornierte einbeziehen</translation>
    </message>
    <message>
        <source>Include delivered and cancelled shipments in the chart</source>
        <translation>Zugestellte und stornierte Sendungen in das Diagramm einbeziehen</translation>
    </message>
    <message>
        <source>Shipments by status at the end of each day</source>
        <translation>Sendungen nach Status am Ende jedes Tages</translation>
    </message>
    <message>
        <source>Deliveries per day</source>
        <translation>Zustellungen pro Tag</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>hs::PricingRuleDialog</name>
    <message>
        <source>Schedule a Pricing Rule</source>
        <translation>Preisregel planen</translation>
    </message>
    <message>
        <source>Rule id</source>
        <translation>Regel-ID</translation>
    </message>
    <message>
        <source>e.g. R-2026-03</source>
        <translation>z. B. R-2026-03</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Cents per pound</source>
        <translation>Cent pro Pfund</translation>
    </message>
    <message>
        <source> ¢/lb</source>
        <translation> ¢/lb</translation>
    </message>
    <message>
        <source>Minimum charge</source>
        <translation>Mindestpreis</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Rule &amp;id:</source>
        <translation>Regel-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>&amp;Gültig ab:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Tarif:</translation>
    </message>
    <message>
        <source>&amp;Minimum charge:</source>
        <translation>&amp;Mindestpreis:</translation>
    </message>
    <message>
        <source>A rule id is 1–40 letters, digits, dots, dashes or underscores.</source>
        <translation>Eine Regel-ID besteht aus 1–40 Buchstaben, Ziffern, Punkten, Bindestrichen oder Unterstrichen.</translation>
    </message>
    <message>
        <source>A 10,000 lb shipment would cost %1.</source>
        <translation>Eine Sendung mit 10.000 lb würde %1 kosten.</translation>
    </message>
</context>
<context>
    <name>hs::ReadOnlyBanner</name>
    <message>
        <source>Showing the store as of %1 — read-only. Nothing can be changed at this moment. &lt;a href=&quot;live&quot;&gt;Back to live&lt;/a&gt; (Esc)</source>
        <translation>Datenbestand mit Stand %1 — schreibgeschützt. Zu diesem Zeitpunkt kann nichts geändert werden. &lt;a href=&quot;live&quot;&gt;Zurück zur Live-Ansicht&lt;/a&gt; (Esc)</translation>
    </message>
    <message>
        <source>Showing the store as of %1, read-only</source>
        <translation>Datenbestand mit Stand %1, schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>hs::ReceivablesPanel</name>
    <message>
        <source>Pick an account to see its invoices</source>
        <translation>Ein Konto wählen, um seine Rechnungen zu sehen</translation>
    </message>
    <message>
        <source>Invoices of %1</source>
        <translation>Rechnungen von %1</translation>
    </message>
    <message>
        <source>Save the aging report as PDF</source>
        <translation>Den Altersstrukturbericht als PDF speichern</translation>
    </message>
    <message>
        <source>Save the aging report as CSV</source>
        <translation>Den Altersstrukturbericht als CSV speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Aging &amp;at the end of:</source>
        <translation>Altersstruktur &amp;zum Ende von:</translation>
    </message>
    <message>
        <source>Date the aging report is counted to</source>
        <translation>Stichtag des Altersstrukturberichts</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the aging report as CSV</source>
        <translation>Den Altersstrukturbericht als CSV exportieren</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>P&amp;DF exportieren…</translation>
    </message>
    <message>
        <source>Export the aging report as PDF</source>
        <translation>Den Altersstrukturbericht als PDF exportieren</translation>
    </message>
    <message>
        <source>Aging report</source>
        <translation>Altersstrukturbericht</translation>
    </message>
    <message>
        <source>Invoices of the account picked in the aging report</source>
        <translation>Rechnungen des im Altersstrukturbericht gewählten Kontos</translation>
    </message>
    <message>
        <source>Open amounts by age</source>
        <translation>Offene Beträge nach Alter</translation>
    </message>
    <message>
        <source>Open amounts by age (dollars)</source>
        <translation>Offene Beträge nach Alter (Dollar)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>hs::Rejection</name>
    <message>
        <source>Account %1 does not exist.</source>
        <translation>Kundenkonto %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Account %1 is on credit hold; Finance must release the hold before it can book shipments.</source>
        <translation>Konto %1 ist für Kredit gesperrt; die Buchhaltung muss die Sperre aufheben, bevor es Sendungen buchen kann.</translation>
    </message>
    <message>
        <source>This shipment (%1) would take account %2 to %3 against its credit limit of %4: %5 over.</source>
        <translation>Diese Sendung (%1) brächte Konto %2 auf %3 bei einem Kreditlimit von %4: %5 darüber.</translation>
    </message>
    <message>
        <source>Account %1 already exists.</source>
        <translation>Kundenkonto %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Payment reference %1 was already used on account %2.</source>
        <translation>Die Zahlungsreferenz %1 wurde für Kundenkonto %2 bereits verwendet.</translation>
    </message>
    <message>
        <source>Account %1 has no payment with reference %2.</source>
        <translation>Kundenkonto %1 hat keine Zahlung mit der Referenz %2.</translation>
    </message>
    <message>
        <source>Payment %1 on account %2 is already reversed.</source>
        <translation>Zahlung %1 auf Kundenkonto %2 ist bereits storniert.</translation>
    </message>
    <message>
        <source>Shipment %1 does not exist.</source>
        <translation>Sendung %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Shipment %1 is already invoiced to account %2.</source>
        <translation>Sendung %1 wurde Kundenkonto %2 bereits in Rechnung gestellt.</translation>
    </message>
    <message>
        <source>Account %1 is already on credit hold.</source>
        <translation>Konto %1 ist bereits für Kredit gesperrt.</translation>
    </message>
    <message>
        <source>Account %1 is not on credit hold.</source>
        <translation>Konto %1 ist nicht für Kredit gesperrt.</translation>
    </message>
    <message>
        <source>Shipment %1 was not invoiced to account %2.</source>
        <translation>Sendung %1 wurde nicht an Konto %2 berechnet.</translation>
    </message>
    <message>
        <source>The invoice for shipment %1 on account %2 has nothing left open to write off.</source>
        <translation>Die Rechnung für Sendung %1 auf Konto %2 hat keinen offenen Betrag mehr, der abgeschrieben werden könnte.</translation>
    </message>
    <message>
        <source>customer service</source>
        <translation>Kundendienst</translation>
    </message>
    <message>
        <source>dispatch</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>finance</source>
        <translation>Buchhaltung</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Shipment %1 was already changed by a command issued at %2; this one, issued at %3, is older and cannot apply.</source>
        <translation>Sendung %1 wurde bereits durch einen um %2 gesendeten Befehl geändert; dieser, gesendet um %3, ist älter und kann nicht angewendet werden.</translation>
    </message>
    <message>
        <source>Truck %1 was already changed by a command issued at %2; this one, issued at %3, is older and cannot apply.</source>
        <translation>Lkw %1 wurde bereits durch einen um %2 gesendeten Befehl geändert; dieser, gesendet um %3, ist älter und kann nicht angewendet werden.</translation>
    </message>
    <message>
        <source>Account %1 was already changed by a command issued at %2; this one, issued at %3, is older and cannot apply.</source>
        <translation>Kundenkonto %1 wurde bereits durch einen um %2 gesendeten Befehl geändert; dieser, gesendet um %3, ist älter und kann nicht angewendet werden.</translation>
    </message>
    <message>
        <source>Pricing rule %1 was already changed by a command issued at %2; this one, issued at %3, is older and cannot apply.</source>
        <translation>Preisregel %1 wurde bereits durch einen um %2 gesendeten Befehl geändert; dieser, gesendet um %3, ist älter und kann nicht angewendet werden.</translation>
    </message>
    <message>
        <source>Commands from people may not claim the system department.</source>
        <translation>Befehle von Personen dürfen nicht die Abteilung System angeben.</translation>
    </message>
    <message>
        <source>Only the system issues %1; no department may send it.</source>
        <translation>Nur das System sendet %1; keine Abteilung darf diesen Befehl senden.</translation>
    </message>
    <message>
        <source>%1 is for %2; %3 may not issue it.</source>
        <translation>%1 ist der Abteilung %2 vorbehalten; die Abteilung %3 darf diesen Befehl nicht senden.</translation>
    </message>
    <message>
        <source>Listeners may only issue system commands.</source>
        <translation>Listener dürfen nur Systembefehle senden.</translation>
    </message>
    <message>
        <source>Pricing rule %1 already exists.</source>
        <translation>Preisregel %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Pricing rule %1 already takes effect at %2; two rules cannot start at the same moment.</source>
        <translation>Preisregel %1 tritt bereits um %2 in Kraft; zwei Regeln können nicht zum selben Zeitpunkt beginnen.</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>erfasst</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>zugewiesen</translation>
    </message>
    <message>
        <source>out for delivery</source>
        <translation>in Zustellung</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>Account %1 does not exist; open it before submitting shipments for it.</source>
        <translation>Kundenkonto %1 existiert nicht; eröffnen Sie es, bevor Sie Sendungen dafür erfassen.</translation>
    </message>
    <message>
        <source>Shipment %1 already exists.</source>
        <translation>Sendung %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Shipment %1 is %2; only a submitted or assigned shipment can be cancelled.</source>
        <translation>Sendung %1 ist %2; nur eine erfasste oder zugewiesene Sendung kann storniert werden.</translation>
    </message>
    <message>
        <source>Truck %1 is not registered.</source>
        <translation>Lkw %1 ist nicht registriert.</translation>
    </message>
    <message>
        <source>Shipment %1 is %2; only a submitted or assigned shipment can be assigned a truck.</source>
        <translation>Sendung %1 ist %2; nur einer erfassten oder zugewiesenen Sendung kann ein Lkw zugewiesen werden.</translation>
    </message>
    <message>
        <source>Shipment %1 is already assigned to truck %2.</source>
        <translation>Sendung %1 ist bereits Lkw %2 zugewiesen.</translation>
    </message>
    <message>
        <source>Shipment %1 is %2; only an assigned shipment can be shipped.</source>
        <translation>Sendung %1 ist %2; nur eine zugewiesene Sendung kann versandt werden.</translation>
    </message>
    <message>
        <source>Shipment %1 is %2; only an out-for-delivery shipment can be delivered.</source>
        <translation>Sendung %1 ist %2; nur eine Sendung in Zustellung kann zugestellt werden.</translation>
    </message>
    <message>
        <source>Shipment %1 is %2; only an assigned shipment can be unassigned.</source>
        <translation>Sendung %1 ist %2; nur bei einer zugewiesenen Sendung kann die Zuweisung aufgehoben werden.</translation>
    </message>
    <message>
        <source>Truck %1 is already registered.</source>
        <translation>Lkw %1 ist bereits registriert.</translation>
    </message>
    <message>
        <source>Truck %1 is already out of service.</source>
        <translation>Lkw %1 ist bereits außer Betrieb.</translation>
    </message>
    <message>
        <source>Truck %1 is in service; only an out-of-service truck can be returned to service.</source>
        <translation>Lkw %1 ist in Betrieb; nur ein Lkw außer Betrieb kann wieder in Betrieb genommen werden.</translation>
    </message>
    <message>
        <source>Truck %1 is out of service.</source>
        <translation>Lkw %1 ist außer Betrieb.</translation>
    </message>
    <message>
        <source>Truck %1 already holds shipment %2, out for delivery.</source>
        <translation>Lkw %1 hat bereits Sendung %2 geladen, die in Zustellung ist.</translation>
    </message>
    <message>
        <source>Truck %1 already holds shipment %2, assigned to it.</source>
        <translation>Lkw %1 hat bereits Sendung %2, die ihm zugewiesen ist.</translation>
    </message>
    <message>
        <source>Shipment %1 weighs %2 lb; truck %3 carries at most %4 lb.</source>
        <translation>Sendung %1 wiegt %2 lb; Lkw %3 trägt höchstens %4 lb.</translation>
    </message>
    <message>
        <source>The login %1 may not act as %2 for %3.</source>
        <translation>Die Anmeldung %1 darf nicht als %2 für %3 handeln.</translation>
    </message>
    <message>
        <source>Shipment %1 is %2; only an assigned or out-for-delivery shipment can take a check call.</source>
        <translation>Sendung %1 ist %2; nur für eine zugewiesene oder in Zustellung befindliche Sendung kann ein Kontrollanruf erfasst werden.</translation>
    </message>
</context>
<context>
    <name>hs::RequiredTextDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>hs::SharedStoreDialog</name>
    <message>
        <source>Open Shared Store</source>
        <translation>Gemeinsamen Datenbestand öffnen</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldung:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The PostgreSQL server the office shares: a host name, or a socket folder.</source>
        <translation>Der PostgreSQL-Server, den das Büro gemeinsam nutzt: ein Hostname oder ein Socket-Ordner.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Your database login: every command you send carries it.</source>
        <translation>Ihre Datenbankanmeldung: Jeder Befehl, den Sie senden, trägt sie.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Leave empty to use PGPASSWORD or ~/.pgpass.</source>
        <translation>Leer lassen, um PGPASSWORD oder ~/.pgpass zu verwenden.</translation>
    </message>
</context>
<context>
    <name>hs::ShipmentDetail</name>
    <message>
        <source>Select a shipment to see its timeline</source>
        <translation>Wählen Sie eine Sendung aus, um ihren Verlauf zu sehen</translation>
    </message>
    <message>
        <source>Shipment %1 does not exist at the shown moment</source>
        <translation>Sendung %1 existiert zum angezeigten Zeitpunkt nicht</translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation>Sendung %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 lb</source>
        <translation>%1 lb</translation>
    </message>
    <message>
        <source>shipment-%1 v%2</source>
        <translation>shipment-%1 v%2</translation>
    </message>
    <message>
        <source>%1 at position %2, command %3</source>
        <translation>%1 an Position %2, Befehl %3</translation>
    </message>
    <message>
        <source>Waiting for a truck for %1.</source>
        <translation>Wartet bereits %1 auf einen Lkw.</translation>
    </message>
    <message>
        <source>On %1, waiting to be picked up for %2.</source>
        <translation>Auf %1 disponiert, wartet bereits %2 auf die Abholung.</translation>
    </message>
    <message>
        <source>On the road with %1 for %2.</source>
        <translation>Bereits %2 mit %1 unterwegs.</translation>
    </message>
    <message>
        <source>Select a shipment first.</source>
        <translation>Wählen Sie zuerst eine Sendung aus.</translation>
    </message>
    <message>
        <source>The dashboard shows a past moment: this view is read-only.</source>
        <translation>Das Dashboard zeigt einen vergangenen Zeitpunkt: Diese Ansicht ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>(reason to follow)</source>
        <translation>(Grund folgt)</translation>
    </message>
    <message>
        <source>Cancel shipment %1; you will be asked for a reason.</source>
        <translation>Sendung %1 stornieren; Sie werden nach einem Grund gefragt.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Truck</source>
        <translation>Lkw</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Abholung</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Shipment timeline</source>
        <translation>Sendungsverlauf</translation>
    </message>
    <message>
        <source>&amp;Cancel Shipment…</source>
        <translation>Sendung s&amp;tornieren…</translation>
    </message>
    <message>
        <source>Cancel shipment</source>
        <translation>Sendung stornieren</translation>
    </message>
    <message>
        <source>Selected shipment</source>
        <translation>Ausgewählte Sendung</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>pickup by %1</source>
        <translation>Abholung bis %1</translation>
    </message>
    <message>
        <source>delivery by %1</source>
        <translation>Zustellung bis %1</translation>
    </message>
    <message>
        <source>nothing promised</source>
        <translation>nichts zugesagt</translation>
    </message>
    <message>
        <source>no check call yet</source>
        <translation>noch kein Kontrollanruf</translation>
    </message>
    <message>
        <source>%1 (called %2), arriving about %3</source>
        <translation>%1 (Anruf %2), Ankunft etwa %3</translation>
    </message>
    <message>
        <source>%1 (called %2)</source>
        <translation>%1 (Anruf %2)</translation>
    </message>
    <message>
        <source>Record where shipment %1 is, from the driver&apos;s call.</source>
        <translation>Festhalten, wo Sendung %1 ist, laut Anruf des Fahrers.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Last check call</source>
        <translation>Letzter Kontrollanruf</translation>
    </message>
    <message>
        <source>Check C&amp;all…</source>
        <translation>Kontroll&amp;anruf…</translation>
    </message>
    <message>
        <source>Record a check call for this shipment</source>
        <translation>Kontrollanruf für diese Sendung festhalten</translation>
    </message>
</context>
<context>
    <name>hs::ShipmentTableModel</name>
    <message>
        <source>%1 lb</source>
        <translation>%1 lb</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
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
        <source>Truck</source>
        <translation>Lkw</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Erfasst</translation>
    </message>
</context>
<context>
    <name>hs::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was sie bewirken</translation>
    </message>
    <message>
        <source>Customer Service, History, What-if: go to the search box</source>
        <translation>Kundendienst, Verlauf, Was-wäre-wenn: ins Suchfeld springen</translation>
    </message>
    <message>
        <source>Customer Service: cancel the selected shipment</source>
        <translation>Kundendienst: die gewählte Sendung stornieren</translation>
    </message>
    <message>
        <source>Dispatch: assign the selected waiting shipment to a truck</source>
        <translation>Disposition: die gewählte wartende Sendung einem Lkw zuweisen</translation>
    </message>
    <message>
        <source>Dispatch: ship the selected truck&apos;s shipment</source>
        <translation>Disposition: die Sendung des gewählten Lkw abfahren lassen</translation>
    </message>
    <message>
        <source>Dispatch: deliver the selected truck&apos;s shipment</source>
        <translation>Disposition: die Sendung des gewählten Lkw zustellen</translation>
    </message>
    <message>
        <source>Dispatch: report a breakdown of the selected truck</source>
        <translation>Disposition: eine Panne des gewählten Lkw melden</translation>
    </message>
    <message>
        <source>Dispatch: return the selected truck to service</source>
        <translation>Disposition: den gewählten Lkw wieder in Dienst stellen</translation>
    </message>
    <message>
        <source>Finance: export the selected account&apos;s statement</source>
        <translation>Buchhaltung: den Kontoauszug des gewählten Kontos exportieren</translation>
    </message>
    <message>
        <source>History: reload the events</source>
        <translation>Verlauf: die Ereignisse neu laden</translation>
    </message>
    <message>
        <source>History: export the filtered events</source>
        <translation>Verlauf: die gefilterten Ereignisse exportieren</translation>
    </message>
    <message>
        <source>What-if: replay without the chosen commands</source>
        <translation>Was-wäre-wenn: ohne die gewählten Befehle neu abspielen</translation>
    </message>
    <message>
        <source>Chain explorer: zoom in</source>
        <translation>Kettenansicht: vergrößern</translation>
    </message>
    <message>
        <source>Chain explorer: zoom out</source>
        <translation>Kettenansicht: verkleinern</translation>
    </message>
    <message>
        <source>Chain explorer: fit the chain into view</source>
        <translation>Kettenansicht: die ganze Kette einpassen</translation>
    </message>
    <message>
        <source>Close the shortcut list</source>
        <translation>Die Liste der Tastenkürzel schließen</translation>
    </message>
    <message>
        <source>Dispatch: record a check call for the selected truck&apos;s shipment</source>
        <translation>Disposition: Kontrollanruf für die Sendung des gewählten Lkw festhalten</translation>
    </message>
    <message>
        <source>Finance: set the selected account&apos;s credit limit</source>
        <translation>Buchhaltung: Kreditlimit des gewählten Kontos festlegen</translation>
    </message>
    <message>
        <source>Finance: place or release the selected account&apos;s credit hold</source>
        <translation>Buchhaltung: Kreditsperre des gewählten Kontos setzen oder aufheben</translation>
    </message>
    <message>
        <source>Finance: write off the selected open invoice</source>
        <translation>Buchhaltung: gewählte offene Rechnung abschreiben</translation>
    </message>
</context>
<context>
    <name>hs::StatementDialog</name>
    <message>
        <source>Export a Statement</source>
        <translation>Kontoauszug exportieren</translation>
    </message>
    <message>
        <source>Statement from</source>
        <translation>Kontoauszug ab</translation>
    </message>
    <message>
        <source>Statement to</source>
        <translation>Kontoauszug bis</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
</context>
<context>
    <name>hs::StoreError</name>
    <message>
        <source>The events of %1 cannot be read.</source>
        <translation>Die Ereignisse von %1 können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The head of %1 could not be recorded.</source>
        <translation>Der Stand von %1 konnte nicht festgehalten werden.</translation>
    </message>
    <message>
        <source>The batch could not be stored in %1.</source>
        <translation>Der Stapel konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Haulstream lost its hold on %1 (another part of this program opened and closed the file, or the file was replaced). The store is being opened again.</source>
        <translation>Haulstream hat den Zugriff auf %1 verloren (ein anderer Teil dieses Programms hat die Datei geöffnet und geschlossen, oder die Datei wurde ersetzt). Der Datenbestand wird neu geöffnet.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Haulstream store.</source>
        <translation>%1 ist ein Ordner, kein Haulstream-Datenbestand.</translation>
    </message>
    <message>
        <source>%1 is not a Haulstream store (it is an SQLite database of another program).</source>
        <translation>%1 ist kein Haulstream-Datenbestand (es ist eine SQLite-Datenbank eines anderen Programms).</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Haulstream (store schema %2; this version reads up to %3). Update Haulstream to open it.</source>
        <translation>%1 wurde von einer neueren Haulstream-Version geschrieben (Schema %2; diese Version liest bis %3). Aktualisieren Sie Haulstream, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>%1: the store could not switch to write-ahead logging.</source>
        <translation>%1: Der Datenbestand konnte nicht auf Write-Ahead-Logging umgestellt werden.</translation>
    </message>
    <message>
        <source>%1 could not be brought up to this version of Haulstream: %2</source>
        <translation>%1 konnte nicht auf diese Haulstream-Version gebracht werden: %2</translation>
    </message>
    <message>
        <source>Haulstream lost its hold on %1 (another part of this program opened and closed the file, or the file was replaced). Nothing was recorded; the store is being opened again.</source>
        <translation>Haulstream hat den Zugriff auf %1 verloren (ein anderer Teil dieses Programms hat die Datei geöffnet und geschlossen, oder die Datei wurde ersetzt). Nichts wurde gespeichert; der Datenbestand wird neu geöffnet.</translation>
    </message>
    <message>
        <source>%1 could not be used: %2</source>
        <translation>%1 konnte nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>%1 is on a read-only disk: Haulstream can show it but not record anything in it.</source>
        <translation>%1 liegt auf einem schreibgeschützten Datenträger: Haulstream kann ihn anzeigen, aber nichts darin speichern.</translation>
    </message>
    <message>
        <source>%1 is read-only: Haulstream can show it but not record anything in it.</source>
        <translation>%1 ist schreibgeschützt: Haulstream kann den Datenbestand anzeigen, aber nichts darin speichern.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: Haulstream cannot write the store, nor the log files it keeps beside it.</source>
        <translation>Der Ordner %1 ist schreibgeschützt: Haulstream kann weder den Datenbestand schreiben noch die Protokolldateien, die daneben liegen.</translation>
    </message>
    <message>
        <source>%1 is locked by another program that has not let go of it. Nothing was changed; try again when it is done.</source>
        <translation>%1 ist von einem anderen Programm gesperrt, das die Sperre nicht freigibt. Nichts wurde geändert; versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>%1 is locked by another program, %2, that has not let go of it. Nothing was changed; try again when it is done.</source>
        <translation>%1 ist von einem anderen Programm gesperrt, %2, das die Sperre nicht freigibt. Nichts wurde geändert; versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>%1 is not a Haulstream store (it is not an SQLite database).</source>
        <translation>%1 ist kein Haulstream-Datenbestand (es ist keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>%1 is damaged: it ends after %2 bytes, but its header says it holds %3 bytes (page %4 onwards is missing). It was cut short, perhaps by an interrupted copy; restore it from a backup.</source>
        <translation>%1 ist beschädigt: Die Datei endet nach %2 Bytes, laut Kopf enthält sie aber %3 Bytes (ab Seite %4 fehlt alles). Sie wurde abgeschnitten, vielleicht durch einen abgebrochenen Kopiervorgang; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full. Nothing was changed; free some space and try again.</source>
        <translation>Der Datenträger mit %1 ist voll. Nichts wurde geändert; schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup.</source>
        <translation>%1 ist beschädigt (%2). Stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>hs::TimeMachineBar</name>
    <message numerus="yes">
        <source>Live · %n event(s)</source>
        <translation>
            <numerusform>Live · %n Ereignis</numerusform>
            <numerusform>Live · %n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Event %1 of %2</source>
        <translation>Ereignis %1 von %2</translation>
    </message>
    <message>
        <source>Time Machine</source>
        <translation>Zeitmaschine</translation>
    </message>
    <message>
        <source>Time machine: show the store as it stood at an earlier moment</source>
        <translation>Zeitmaschine: den Datenbestand so anzeigen, wie er zu einem früheren Zeitpunkt war</translation>
    </message>
    <message>
        <source>Time machine</source>
        <translation>Zeitmaschine</translation>
    </message>
    <message>
        <source>Moment shown, as a position in the event history</source>
        <translation>Angezeigter Zeitpunkt als Position im Ereignisverlauf</translation>
    </message>
    <message>
        <source>Drag to see the store as it stood after that event; the right end is live.</source>
        <translation>Ziehen, um den Datenbestand nach diesem Ereignis zu sehen; ganz rechts ist der Live-Stand.</translation>
    </message>
    <message>
        <source>Position shown</source>
        <translation>Angezeigte Position</translation>
    </message>
    <message>
        <source>Moment shown, as a date and time</source>
        <translation>Angezeigter Zeitpunkt als Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Show the store as it stood at this date and time (your local time)</source>
        <translation>Den Datenbestand zu diesem Datum und dieser Uhrzeit anzeigen (Ihre Ortszeit)</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>Zurück zur Live-Ansicht</translation>
    </message>
    <message>
        <source>Back to live: show the store as it is now (Esc or Ctrl+L)</source>
        <translation>Zurück zur Live-Ansicht: den Datenbestand im aktuellen Zustand anzeigen (Esc oder Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>hs::TruckBoard</name>
    <message>
        <source>%1 trucks</source>
        <translation>%1 Lkw</translation>
    </message>
    <message>
        <source>No trucks</source>
        <translation>Keine Lkw</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n truck(s)</source>
        <translation>
            <numerusform>%1: %n Lkw</numerusform>
            <numerusform>%1: %n Lkw</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::TruckCard</name>
    <message>
        <source>cap. %1 lb</source>
        <translation>Kap. %1 lb</translation>
    </message>
    <message>
        <source>%1 · %2 lb</source>
        <translation>%1 · %2 lb</translation>
    </message>
    <message>
        <source>→ %1, %2</source>
        <translation>→ %1, %2</translation>
    </message>
    <message>
        <source>Empty, in the shop</source>
        <translation>Leer, in der Werkstatt</translation>
    </message>
    <message>
        <source>Empty, ready to load</source>
        <translation>Leer, ladebereit</translation>
    </message>
    <message>
        <source>Truck %1</source>
        <translation>Lkw %1</translation>
    </message>
    <message>
        <source>%1, capacity %2 lb, %3</source>
        <translation>%1, Kapazität %2 lb, %3</translation>
    </message>
    <message>
        <source>%1 — %2. Drag the shipment to another truck to reassign it.</source>
        <translation>%1 — %2. Ziehen Sie die Sendung auf einen anderen Lkw, um sie neu zuzuweisen.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Drop to assign %1 to %2</source>
        <translation>Ablegen, um %1 dem Lkw %2 zuzuweisen</translation>
    </message>
    <message>
        <source>At %1 (%2) · ETA %3</source>
        <translation>In %1 (%2) · Ankunft %3</translation>
    </message>
    <message>
        <source>At %1 (%2)</source>
        <translation>In %1 (%2)</translation>
    </message>
    <message>
        <source>%1 lb</source>
        <translation>%1 lb</translation>
    </message>
</context>
<context>
    <name>hs::WhatIfPane</name>
    <message>
        <source>Replaying the store without %1…</source>
        <translation>Datenbestand wird ohne %1 neu abgespielt…</translation>
    </message>
    <message>
        <source>Replay cancelled. The live store was not changed.</source>
        <translation>Durchlauf abgebrochen. Der Live-Datenbestand wurde nicht verändert.</translation>
    </message>
    <message>
        <source>No command or event has the id “%1”.</source>
        <translation>Kein Befehl und kein Ereignis hat die ID „%1“.</translation>
    </message>
    <message>
        <source>The branch could not be replayed: %1</source>
        <translation>Der Zweig konnte nicht neu abgespielt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s)</source>
        <translation>
            <numerusform>%n Sendung</numerusform>
            <numerusform>%n Sendungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n truck(s)</source>
        <translation>
            <numerusform>%n Lkw</numerusform>
            <numerusform>%n Lkw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Kundenkonto</numerusform>
            <numerusform>%n Kundenkonten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger(s)</source>
        <translation>
            <numerusform>%n Kontoauszug</numerusform>
            <numerusform>%n Kontoauszüge</numerusform>
        </translation>
    </message>
    <message>
        <source>Without %1, %2 replayed from event %3 on: %4 whose outcome changes; %5 differ. The live store was not changed.</source>
        <translation>Ohne %1 ab Ereignis %3 neu abgespielt: %2, davon %4 mit geändertem Ergebnis; abweichend: %5. Der Live-Datenbestand wurde nicht verändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n later command(s)</source>
        <translation>
            <numerusform>%n späterer Befehl</numerusform>
            <numerusform>%n spätere Befehle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n command(s)</source>
        <translation>
            <numerusform>%n Befehl</numerusform>
            <numerusform>%n Befehle</numerusform>
        </translation>
    </message>
    <message>
        <source>What-if replay finished.</source>
        <translation>Was-wäre-wenn-Durchlauf abgeschlossen.</translation>
    </message>
    <message>
        <source>What if these commands had never been sent?</source>
        <translation>Was wäre, wenn diese Befehle nie gesendet worden wären?</translation>
    </message>
    <message>
        <source>The commands after the first one you leave out are replayed, in their original order and through the same rules and listeners, in a throw-away copy. The live store is never changed.</source>
        <translation>Die Befehle nach dem ersten ausgelassenen werden in ihrer ursprünglichen Reihenfolge und mit denselben Regeln und Listenern in einer Wegwerfkopie neu abgespielt. Der Live-Datenbestand wird nie verändert.</translation>
    </message>
    <message>
        <source>&amp;Commands to leave out (most recent first; Ctrl+click to pick several):</source>
        <translation>Aus&amp;zulassende Befehle (neueste zuerst; Ctrl+Klick für mehrere):</translation>
    </message>
    <message>
        <source>Search by command id, type, user or rejection code</source>
        <translation>Nach Befehls-ID, Typ, Benutzer oder Ablehnungscode suchen</translation>
    </message>
    <message>
        <source>Search the command log</source>
        <translation>Befehlsprotokoll durchsuchen</translation>
    </message>
    <message>
        <source>Command log</source>
        <translation>Befehlsprotokoll</translation>
    </message>
    <message>
        <source>…or &amp;paste command or event ids:</source>
        <translation>…oder Befehls- oder Ereignis-IDs &amp;einfügen:</translation>
    </message>
    <message>
        <source>ids separated by commas or spaces</source>
        <translation>IDs, getrennt durch Kommas oder Leerzeichen</translation>
    </message>
    <message>
        <source>Command or event ids to leave out</source>
        <translation>Auszulassende Befehls- oder Ereignis-IDs</translation>
    </message>
    <message>
        <source>&amp;Replay without them</source>
        <translation>&amp;Ohne sie neu abspielen</translation>
    </message>
    <message>
        <source>Replay without them</source>
        <translation>Ohne sie neu abspielen</translation>
    </message>
    <message>
        <source>Replay the rest of history without the chosen commands in a throw-away copy (Ctrl+R). The live store is never changed.</source>
        <translation>Den Rest des Verlaufs ohne die gewählten Befehle in einer Wegwerfkopie neu abspielen (Ctrl+R). Der Live-Datenbestand wird nie verändert.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the replay</source>
        <translation>Durchlauf abbrechen</translation>
    </message>
    <message>
        <source>Replay progress</source>
        <translation>Fortschritt des Durchlaufs</translation>
    </message>
    <message>
        <source>What-if summary</source>
        <translation>Was-wäre-wenn-Zusammenfassung</translation>
    </message>
    <message>
        <source>What-If</source>
        <translation>Was-wäre-wenn</translation>
    </message>
</context>
<context>
    <name>hs::WhatIfResultView</name>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Live store</source>
        <translation>Live-Datenbestand</translation>
    </message>
    <message>
        <source>Branch without them</source>
        <translation>Zweig ohne sie</translation>
    </message>
    <message>
        <source>What-if result: live store and branch side by side</source>
        <translation>Was-wäre-wenn-Ergebnis: Live-Datenbestand und Zweig nebeneinander</translation>
    </message>
    <message>
        <source>(does not exist)</source>
        <translation>(existiert nicht)</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>existiert</translation>
    </message>
    <message>
        <source>Ledger of %1</source>
        <translation>Kontoauszug von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Buchung</numerusform>
            <numerusform>%n Buchungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries the same on both sides</source>
        <translation>
            <numerusform>%n Buchung auf beiden Seiten gleich</numerusform>
            <numerusform>%n Buchungen auf beiden Seiten gleich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n command(s))</source>
        <translation>
            <numerusform>Ausgelassen (%n Befehl)</numerusform>
            <numerusform>Ausgelassen (%n Befehle)</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>aufgezeichnet</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message numerus="yes">
        <source>Later commands whose outcome changes (%n)</source>
        <translation>
            <numerusform>Spätere Befehle mit geändertem Ergebnis (%n)</numerusform>
            <numerusform>Spätere Befehle mit geändertem Ergebnis (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Every later command has the same outcome.</source>
        <translation>Alle späteren Befehle haben dasselbe Ergebnis.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>Shipments that differ (%1)</source>
        <translation>Abweichende Sendungen (%1)</translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation>Sendung %1</translation>
    </message>
    <message>
        <source>Trucks that differ (%1)</source>
        <translation>Abweichende Lkw (%1)</translation>
    </message>
    <message>
        <source>Truck %1</source>
        <translation>Lkw %1</translation>
    </message>
    <message>
        <source>Accounts that differ (%1)</source>
        <translation>Abweichende Kundenkonten (%1)</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Ledgers that differ (%1)</source>
        <translation>Abweichende Kontoauszüge (%1)</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>hs::eventtext</name>
    <message>
        <source>Customer service</source>
        <translation>Kundendienst</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Buchhaltung</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>hs::words</name>
    <message>
        <source>automatically</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Open account %1</source>
        <translation>Konto %1 eröffnen</translation>
    </message>
    <message>
        <source>Register truck %1</source>
        <translation>Lkw %1 registrieren</translation>
    </message>
    <message>
        <source>Submit shipment %1</source>
        <translation>Sendung %1 erfassen</translation>
    </message>
    <message>
        <source>Cancel shipment %1</source>
        <translation>Sendung %1 stornieren</translation>
    </message>
    <message>
        <source>Assign %1 to truck %2</source>
        <translation>%1 dem Lkw %2 zuweisen</translation>
    </message>
    <message>
        <source>Ship %1</source>
        <translation>%1 versenden</translation>
    </message>
    <message>
        <source>Deliver %1</source>
        <translation>%1 zustellen</translation>
    </message>
    <message>
        <source>Report breakdown of %1</source>
        <translation>Panne von %1 melden</translation>
    </message>
    <message>
        <source>Return %1 to service</source>
        <translation>%1 wieder in Betrieb nehmen</translation>
    </message>
    <message>
        <source>Post payment %1 on %2</source>
        <translation>Zahlung %1 auf Konto %2 buchen</translation>
    </message>
    <message>
        <source>Reverse payment %1 on %2</source>
        <translation>Zahlung %1 auf Konto %2 stornieren</translation>
    </message>
    <message>
        <source>Schedule pricing rule %1</source>
        <translation>Preisregel %1 planen</translation>
    </message>
    <message>
        <source>Invoice %1 for %2</source>
        <translation>Rechnung an %1 für %2 stellen</translation>
    </message>
    <message>
        <source>Unassign %1</source>
        <translation>Zuweisung von %1 aufheben</translation>
    </message>
    <message>
        <source>Set the credit limit of %1 to %2</source>
        <translation>Kreditlimit von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Remove the credit limit of %1</source>
        <translation>Kreditlimit von %1 aufheben</translation>
    </message>
    <message>
        <source>Place %1 on credit hold</source>
        <translation>%1 für Kredit sperren</translation>
    </message>
    <message>
        <source>Release the credit hold on %1</source>
        <translation>Kreditsperre von %1 aufheben</translation>
    </message>
    <message>
        <source>Write off the invoice for %1 on %2</source>
        <translation>Rechnung für %1 auf %2 abschreiben</translation>
    </message>
    <message>
        <source>Account %1 opened for %2</source>
        <translation>Konto %1 für %2 eröffnet</translation>
    </message>
    <message>
        <source>Truck %1 registered, %2 lb capacity</source>
        <translation>Lkw %1 registriert, %2 lb Kapazität</translation>
    </message>
    <message>
        <source>%1 for %2: %3 lb, %4 → %5, %6</source>
        <translation>%1 für %2: %3 lb, %4 → %5, %6</translation>
    </message>
    <message>
        <source>%1 cancelled: %2</source>
        <translation>%1 storniert: %2</translation>
    </message>
    <message>
        <source>%1 assigned to truck %2</source>
        <translation>%1 dem Lkw %2 zugewiesen</translation>
    </message>
    <message>
        <source>%1 moved from truck %2 to %3</source>
        <translation>%1 von Lkw %2 auf %3 umdisponiert</translation>
    </message>
    <message>
        <source>%1 left the yard on truck %2</source>
        <translation>%1 hat den Hof auf Lkw %2 verlassen</translation>
    </message>
    <message>
        <source>%1 delivered by truck %2, signed by %3</source>
        <translation>%1 von Lkw %2 zugestellt, quittiert von %3</translation>
    </message>
    <message>
        <source>%1 taken off truck %2: %3</source>
        <translation>%1 von Lkw %2 genommen: %3</translation>
    </message>
    <message>
        <source>Truck %1 broke down: %2</source>
        <translation>Lkw %1 hat eine Panne: %2</translation>
    </message>
    <message>
        <source>Truck %1 back in service</source>
        <translation>Lkw %1 wieder in Betrieb</translation>
    </message>
    <message>
        <source>Payment %1 of %2 from %3</source>
        <translation>Zahlung %1 über %2 von %3</translation>
    </message>
    <message>
        <source>Payment %1 of %2 reversed for %3: %4</source>
        <translation>Zahlung %1 über %2 für %3 storniert: %4</translation>
    </message>
    <message>
        <source>Pricing rule %1: %2/lb, minimum %3, from %4</source>
        <translation>Preisregel %1: %2/lb, mindestens %3, ab %4</translation>
    </message>
    <message>
        <source>standing rate</source>
        <translation>Standardtarif</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>submitted %1 at %2 for %3 (%4)</source>
        <translation>erfasst %1 um %2 für %3 (%4)</translation>
    </message>
    <message>
        <source>assigned to %1 %2 at %3</source>
        <translation>Lkw %1 zugewiesen, %2 um %3</translation>
    </message>
    <message>
        <source>moved from %1 to %2 %3 at %4</source>
        <translation>von Lkw %1 auf %2 umdisponiert, %3 um %4</translation>
    </message>
    <message>
        <source>out for delivery on %1, sent %2 at %3</source>
        <translation>auf Lkw %1 in Zustellung, losgeschickt %2 um %3</translation>
    </message>
    <message>
        <source>delivered, signed by %1 (recorded %2 at %3)</source>
        <translation>zugestellt, quittiert von %1 (aufgezeichnet %2 um %3)</translation>
    </message>
    <message>
        <source>cancelled %1 at %2: %3</source>
        <translation>storniert %1 um %2: %3</translation>
    </message>
    <message>
        <source>taken off %1 %2 at %3: %4</source>
        <translation>von Lkw %1 genommen, %2 um %3: %4</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 um %3</translation>
    </message>
    <message>
        <source>Check call for %1: %2</source>
        <translation>Kontrollanruf für %1: %2</translation>
    </message>
    <message>
        <source>%1 on truck %2 called in from %3</source>
        <translation>%1 auf Lkw %2 meldete sich aus %3</translation>
    </message>
    <message>
        <source>%1 invoiced %2 for %3, due %4</source>
        <translation>%1 mit %2 für %3 belastet, fällig %4</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>Credit limit of %1 changed from %2 to %3</source>
        <translation>Kreditlimit von %1 von %2 auf %3 geändert</translation>
    </message>
    <message>
        <source>%1 put on credit hold: %2</source>
        <translation>%1 für Kredit gesperrt: %2</translation>
    </message>
    <message>
        <source>Credit hold on %1 released</source>
        <translation>Kreditsperre von %1 aufgehoben</translation>
    </message>
    <message>
        <source>%1 wrote off %2 of the invoice for %3: %4</source>
        <translation>%1: %2 der Rechnung für %3 abgeschrieben: %4</translation>
    </message>
    <message>
        <source>check call %1 at %2: %3</source>
        <translation>Kontrollanruf %1 um %2: %3</translation>
    </message>
    <message>
        <source>open accounts</source>
        <translation>Konten eröffnen</translation>
    </message>
    <message>
        <source>register trucks</source>
        <translation>Lkw registrieren</translation>
    </message>
    <message>
        <source>submit shipments</source>
        <translation>Sendungen aufgeben</translation>
    </message>
    <message>
        <source>cancel shipments</source>
        <translation>Sendungen stornieren</translation>
    </message>
    <message>
        <source>assign trucks</source>
        <translation>Lkw zuweisen</translation>
    </message>
    <message>
        <source>send shipments out for delivery</source>
        <translation>Sendungen in die Zustellung geben</translation>
    </message>
    <message>
        <source>record deliveries</source>
        <translation>Zustellungen erfassen</translation>
    </message>
    <message>
        <source>report breakdowns</source>
        <translation>Pannen melden</translation>
    </message>
    <message>
        <source>return trucks to service</source>
        <translation>Lkw wieder in Betrieb nehmen</translation>
    </message>
    <message>
        <source>post payments</source>
        <translation>Zahlungen buchen</translation>
    </message>
    <message>
        <source>reverse payments</source>
        <translation>Zahlungen stornieren</translation>
    </message>
    <message>
        <source>schedule pricing rules</source>
        <translation>Preisregeln planen</translation>
    </message>
    <message>
        <source>invoice accounts</source>
        <translation>Rechnungen stellen</translation>
    </message>
    <message>
        <source>take shipments off trucks</source>
        <translation>Sendungen von Lkw nehmen</translation>
    </message>
    <message>
        <source>record check calls</source>
        <translation>Kontrollanrufe erfassen</translation>
    </message>
    <message>
        <source>set credit limits</source>
        <translation>Kreditlimits festlegen</translation>
    </message>
    <message>
        <source>place accounts on credit hold</source>
        <translation>Konten für Kredit sperren</translation>
    </message>
    <message>
        <source>release credit holds</source>
        <translation>Kreditsperren aufheben</translation>
    </message>
    <message>
        <source>write off invoices</source>
        <translation>Rechnungen abschreiben</translation>
    </message>
    <message>
        <source>Only %1 may %2; %3 may not.</source>
        <translation>Nur die Abteilung %1 darf %2; die Abteilung %3 darf das nicht.</translation>
    </message>
    <message>
        <source>Nobody may %1 by hand: the system does it.</source>
        <translation>Niemand darf von Hand %1: Das erledigt das System.</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Truck</source>
        <translation>Lkw</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Abholung</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Kundenreferenz</translation>
    </message>
    <message>
        <source>Pick up by</source>
        <translation>Abholung bis</translation>
    </message>
    <message>
        <source>Deliver by</source>
        <translation>Zustellung bis</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Kreditlimit</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Obligo</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>Offene Rechnungen</translation>
    </message>
    <message>
        <source>On credit hold</source>
        <translation>Kreditsperre</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>Zahlungsziel (Tage)</translation>
    </message>
    <message>
        <source>%1 lb</source>
        <translation>%1 lb</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>In Zustellung</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>unknown command</source>
        <translation>unbekannter Befehl</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <source>out of date</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>existiert bereits</translation>
    </message>
    <message>
        <source>credit hold</source>
        <translation>Kreditsperre</translation>
    </message>
    <message>
        <source>over the credit limit</source>
        <translation>über dem Kreditlimit</translation>
    </message>
    <message>
        <source>not possible now</source>
        <translation>jetzt nicht möglich</translation>
    </message>
    <message>
        <source>truck unavailable</source>
        <translation>Lkw nicht verfügbar</translation>
    </message>
    <message>
        <source>over capacity</source>
        <translation>über der Kapazität</translation>
    </message>
    <message>
        <source>Account opened</source>
        <translation>Konto eröffnet</translation>
    </message>
    <message>
        <source>Truck registered</source>
        <translation>Lkw registriert</translation>
    </message>
    <message>
        <source>Shipment submitted</source>
        <translation>Sendung erfasst</translation>
    </message>
    <message>
        <source>Shipment cancelled</source>
        <translation>Sendung storniert</translation>
    </message>
    <message>
        <source>Shipment assigned</source>
        <translation>Sendung zugewiesen</translation>
    </message>
    <message>
        <source>Shipment out for delivery</source>
        <translation>Sendung in Zustellung</translation>
    </message>
    <message>
        <source>Shipment delivered</source>
        <translation>Sendung zugestellt</translation>
    </message>
    <message>
        <source>Shipment taken off its truck</source>
        <translation>Sendung vom Lkw genommen</translation>
    </message>
    <message>
        <source>Truck broke down</source>
        <translation>Lkw ausgefallen</translation>
    </message>
    <message>
        <source>Truck back in service</source>
        <translation>Lkw wieder in Betrieb</translation>
    </message>
    <message>
        <source>Payment posted</source>
        <translation>Zahlung gebucht</translation>
    </message>
    <message>
        <source>Payment reversed</source>
        <translation>Zahlung storniert</translation>
    </message>
    <message>
        <source>Pricing rule scheduled</source>
        <translation>Preisregel geplant</translation>
    </message>
    <message>
        <source>Account invoiced</source>
        <translation>Konto belastet</translation>
    </message>
    <message>
        <source>Check call recorded</source>
        <translation>Kontrollanruf erfasst</translation>
    </message>
    <message>
        <source>Credit limit set</source>
        <translation>Kreditlimit gesetzt</translation>
    </message>
    <message>
        <source>Credit hold placed</source>
        <translation>Kreditsperre verhängt</translation>
    </message>
    <message>
        <source>Credit hold released</source>
        <translation>Kreditsperre aufgehoben</translation>
    </message>
    <message>
        <source>Invoice written off</source>
        <translation>Rechnung abgeschrieben</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <source>Trucks</source>
        <translation>Lkw</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kundenkonten</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Kontoauszüge</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Receivables aging</source>
        <translation>Altersstruktur</translation>
    </message>
    <message>
        <source>Shipments at risk</source>
        <translation>Gefährdete Sendungen</translation>
    </message>
    <message>
        <source>Check calls</source>
        <translation>Statusmeldungen</translation>
    </message>
    <message>
        <source>Status counts</source>
        <translation>Anzahl je Status</translation>
    </message>
    <message>
        <source>Pricing schedule</source>
        <translation>Preisplan</translation>
    </message>
    <message>
        <source>Invoice on delivery</source>
        <translation>Rechnung bei Zustellung</translation>
    </message>
    <message>
        <source>Back to the queue after a breakdown</source>
        <translation>Nach einer Panne zurück in die Warteschlange</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Great Plains Trucking&apos;s operations dashboard.</source>
        <translation>Das Betriebs-Dashboard von Great Plains Trucking.</translation>
    </message>
    <message>
        <source>The store to open (default: %1).</source>
        <translation>Der zu öffnende Datenbestand (Standard: %1).</translation>
    </message>
    <message>
        <source>Fill an empty store with four weeks of demo data.</source>
        <translation>Einen leeren Datenbestand mit vier Wochen Demodaten füllen.</translation>
    </message>
    <message>
        <source>Language: en, de or es.</source>
        <translation>Sprache: en, de oder es.</translation>
    </message>
    <message>
        <source>Render every pane to PNG files in DIR and exit.</source>
        <translation>Jeden Bereich als PNG-Datei in DIR rendern und beenden.</translation>
    </message>
    <message>
        <source>Exit as soon as the first pane shows data (for the benchmark).</source>
        <translation>Beenden, sobald der erste Bereich Daten anzeigt (für den Benchmark).</translation>
    </message>
    <message>
        <source>Open the time machine at this moment (ISO 8601), read-only.</source>
        <translation>Die Zeitmaschine zu diesem Zeitpunkt öffnen (ISO 8601), schreibgeschützt.</translation>
    </message>
    <message>
        <source>--as-of needs an ISO 8601 time with a zone.</source>
        <translation>--as-of benötigt eine ISO-8601-Zeitangabe mit Zeitzone.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en, de or es.</source>
        <translation>Unbekannte Sprache „%1“: Verwenden Sie en, de oder es.</translation>
    </message>
    <message>
        <source>No translation for “%1” is installed; using English.</source>
        <translation>Für „%1“ ist keine Übersetzung installiert; es wird Englisch verwendet.</translation>
    </message>
</context>
</TS>
