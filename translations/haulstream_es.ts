<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountsModel</name>
    <message>
        <source>%1 owes %2</source>
        <translation>%1 debe %2</translation>
    </message>
    <message>
        <source>%1 is in credit by %2</source>
        <translation>%1 tiene un saldo a favor de %2</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
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
        <translation>Al corriente</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 días</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 días</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 días</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Más de 90 días</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
</context>
<context>
    <name>AtRiskModel</name>
    <message>
        <source>Pickup late</source>
        <translation>Recogida atrasada</translation>
    </message>
    <message>
        <source>Delivery late</source>
        <translation>Entrega atrasada</translation>
    </message>
    <message>
        <source>Truck out of service</source>
        <translation>Camión fuera de servicio</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Truck</source>
        <translation>Camión</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Hace</translation>
    </message>
</context>
<context>
    <name>CreditWatchModel</name>
    <message>
        <source>on hold</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Límite de crédito</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposición</translation>
    </message>
    <message>
        <source>Over by</source>
        <translation>Excedido en</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Bloqueo</translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Cancelado como incobrable</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Reversión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Cancelación</translation>
    </message>
    <message>
        <source>owes %1</source>
        <translation>debe %1</translation>
    </message>
    <message>
        <source>credit %1</source>
        <translation>a favor %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>PricingRulesModel</name>
    <message>
        <source>in force</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>programada</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>sustituida</translation>
    </message>
    <message>
        <source>%1 per lb</source>
        <translation>%1 por lb</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>Minimum charge</source>
        <translation>Cargo mínimo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ShipmentWords</name>
    <message>
        <source>Submitted</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>En reparto</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>Amount due: %1</source>
        <translation>Monto adeudado: %1</translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation>Saldo a favor: %1</translation>
    </message>
    <message>
        <source>Customer statement</source>
        <translation>Estado de cuenta del cliente</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Balance brought forward</source>
        <translation>Saldo anterior</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Saldo final</translation>
    </message>
    <message>
        <source>Statement for %1</source>
        <translation>Estado de cuenta de %1</translation>
    </message>
    <message>
        <source>Proof of record: %1 (haulctl verify --expect %1)</source>
        <translation>Prueba del registro: %1 (haulctl verify --expect %1)</translation>
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
        <translation>%1 para %2: %3 lb de %4 a %5. Arrástrelo a un camión para asignarlo.</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>En espera desde</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
</context>
<context>
    <name>WhatIfResultView</name>
    <message>
        <source>invoice for %1</source>
        <translation>factura de %1</translation>
    </message>
    <message>
        <source>payment %1</source>
        <translation>pago %1</translation>
    </message>
    <message>
        <source>reversal of %1</source>
        <translation>reversión de %1</translation>
    </message>
    <message>
        <source>%1  %2, balance %3</source>
        <translation>%1  %2, saldo %3</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>hs::AtRiskList</name>
    <message>
        <source>Shipments at risk</source>
        <translation>Envíos en riesgo</translation>
    </message>
    <message>
        <source>Late pickups, late deliveries and shipments on a broken-down truck. Double-click to open one.</source>
        <translation>Recogidas atrasadas, entregas atrasadas y envíos en un camión averiado. Doble clic para abrir uno.</translation>
    </message>
    <message numerus="yes">
        <source>At risk: %n shipment(s)</source>
        <translation>
            <numerusform>En riesgo: %n envío</numerusform>
            <numerusform>En riesgo: %n envíos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::BusinessActionModel</name>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Command / event</source>
        <translation>Comando / evento</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>hs::BusinessDocuments</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>not promised</source>
        <translation>sin compromiso</translation>
    </message>
    <message>
        <source>Bill of Lading</source>
        <translation>Conocimiento de embarque</translation>
    </message>
    <message>
        <source>Rate Confirmation</source>
        <translation>Confirmación de tarifa</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Statement of Account</source>
        <translation>Estado de cuenta</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation>Envío %1</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Referencia del cliente</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Truck</source>
        <translation>Camión</translation>
    </message>
    <message>
        <source>Bill freight charges to</source>
        <translation>Facturar el flete a</translation>
    </message>
    <message>
        <source>Shipper (pick up at)</source>
        <translation>Remitente (recoger en)</translation>
    </message>
    <message>
        <source>Consignee (deliver to)</source>
        <translation>Destinatario (entregar a)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Weight (lb)</source>
        <translation>Peso (lb)</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <source>Freight, shipment %1</source>
        <translation>Flete, envío %1</translation>
    </message>
    <message>
        <source>Shipper</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Carrier (driver)</source>
        <translation>Transportista (conductor)</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Pick up by</source>
        <translation>Recoger antes de</translation>
    </message>
    <message>
        <source>Deliver by</source>
        <translation>Entregar antes de</translation>
    </message>
    <message>
        <source>Pick up at</source>
        <translation>Recoger en</translation>
    </message>
    <message>
        <source>Deliver to</source>
        <translation>Entregar a</translation>
    </message>
    <message>
        <source>Agreed rate</source>
        <translation>Tarifa acordada</translation>
    </message>
    <message>
        <source>The rate above is all-in for this shipment. Sign and return to confirm.</source>
        <translation>La tarifa indicada incluye todo para este envío. Firme y devuelva para confirmar.</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Por %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Factura %1</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturar a</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Cuenta %1</translation>
    </message>
    <message>
        <source>Remit to</source>
        <translation>Remitir el pago a</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Fecha de factura</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Net %1 days</source>
        <translation>Neto %1 días</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Cancelado como incobrable</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Importe adeudado</translation>
    </message>
    <message>
        <source>Statement date %1</source>
        <translation>Fecha del estado %1</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Al corriente</translation>
    </message>
    <message>
        <source>1-30 days</source>
        <translation>1-30 días</translation>
    </message>
    <message>
        <source>31-60 days</source>
        <translation>31-60 días</translation>
    </message>
    <message>
        <source>61-90 days</source>
        <translation>61-90 días</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Más de 90 días</translation>
    </message>
    <message>
        <source>Total open</source>
        <translation>Total pendiente</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Partidas pendientes</translation>
    </message>
    <message>
        <source>No open items.</source>
        <translation>No hay partidas pendientes.</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Días vencidos</translation>
    </message>
    <message>
        <source>Paid or written off</source>
        <translation>Pagado o cancelado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Account activity</source>
        <translation>Movimientos de la cuenta</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Asiento</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Aging report</source>
        <translation>Informe de antigüedad</translation>
    </message>
    <message>
        <source>Open invoices at %1</source>
        <translation>Facturas pendientes al %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Payment reversed</source>
        <translation>Pago revertido</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The document could not be laid out.</source>
        <translation>No se pudo maquetar el documento.</translation>
    </message>
</context>
<context>
    <name>hs::CancelReasonDialog</name>
    <message>
        <source>Cancel Shipment %1</source>
        <translation>Cancelar el envío %1</translation>
    </message>
    <message>
        <source>Why is shipment %1 cancelled? The reason is kept in its timeline.</source>
        <translation>¿Por qué se cancela el envío %1? El motivo queda registrado en su línea de tiempo.</translation>
    </message>
    <message>
        <source>Reason for the cancellation</source>
        <translation>Motivo de la cancelación</translation>
    </message>
    <message>
        <source>Cancel Shipment</source>
        <translation>Cancelar envío</translation>
    </message>
    <message>
        <source>Keep Shipment</source>
        <translation>Conservar envío</translation>
    </message>
    <message>
        <source>A reason is required (up to %1 characters).</source>
        <translation>Se requiere un motivo (hasta %1 caracteres).</translation>
    </message>
</context>
<context>
    <name>hs::ChainExplorerPane</name>
    <message>
        <source>Show chain</source>
        <translation>Mostrar cadena</translation>
    </message>
    <message>
        <source>Show the chain of this id</source>
        <translation>Mostrar la cadena de este ID</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++ or the mouse wheel)</source>
        <translation>Acercar (Ctrl++ o la rueda del mouse)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the whole chain (F)</source>
        <translation>Ajustar la cadena completa (F)</translation>
    </message>
    <message>
        <source>Fit the whole chain</source>
        <translation>Ajustar la cadena completa</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export the graph as a PNG image</source>
        <translation>Exportar el gráfico como imagen PNG</translation>
    </message>
    <message>
        <source>Export the graph as PNG</source>
        <translation>Exportar el gráfico como PNG</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Export the graph as an SVG drawing</source>
        <translation>Exportar el gráfico como dibujo SVG</translation>
    </message>
    <message>
        <source>Export the graph as SVG</source>
        <translation>Exportar el gráfico como SVG</translation>
    </message>
    <message>
        <source>Chain graph: drag to pan, wheel to zoom, F to fit</source>
        <translation>Gráfico de la cadena: arrastre para desplazar, rueda para acercar o alejar, F para ajustar</translation>
    </message>
    <message>
        <source>Details of the selected node</source>
        <translation>Detalles del nodo seleccionado</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No business action recorded yet.</source>
        <translation>Aún no se ha registrado ninguna acción de negocio.</translation>
    </message>
    <message numerus="yes">
        <source>Business action %1: %n command(s)</source>
        <translation>
            <numerusform>Acción de negocio %1: %n comando</numerusform>
            <numerusform>Acción de negocio %1: %n comandos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n event(s)</source>
        <translation>
            <numerusform>, %n evento</numerusform>
            <numerusform>, %n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rejected</source>
        <translation>
            <numerusform>, %n rechazado</numerusform>
            <numerusform>, %n rechazados</numerusform>
        </translation>
    </message>
    <message>
        <source>. Click a node to inspect it.</source>
        <translation>. Haga clic en un nodo para inspeccionarlo.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a command or an event to see its details.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Boxes&lt;/b&gt; are commands (red and dashed when rejected), &lt;b&gt;hexagons&lt;/b&gt; are events; arrows run from cause to effect.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Haga clic en un comando o en un evento para ver sus detalles.&lt;/p&gt;&lt;p&gt;Los &lt;b&gt;rectángulos&lt;/b&gt; son comandos (rojos y con borde discontinuo si fueron rechazados) y los &lt;b&gt;hexágonos&lt;/b&gt; son eventos; las flechas van de la causa al efecto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>ID de evento</translation>
    </message>
    <message>
        <source>Command id</source>
        <translation>ID de comando</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Ocurrido</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Caused by</source>
        <translation>Causado por</translation>
    </message>
    <message>
        <source>Business action %1</source>
        <translation>Acción de negocio %1</translation>
    </message>
    <message>
        <source>Haulstream event chain</source>
        <translation>Cadena de eventos de Haulstream</translation>
    </message>
    <message>
        <source>Export Chain as SVG</source>
        <translation>Exportar cadena como SVG</translation>
    </message>
    <message>
        <source>Export Chain as PNG</source>
        <translation>Exportar cadena como PNG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Chain Explorer</source>
        <translation>Explorador de cadenas</translation>
    </message>
    <message>
        <source>Command, &amp;event or shipment:</source>
        <translation>Comando, &amp;evento o envío:</translation>
    </message>
    <message>
        <source>Command, event or shipment id</source>
        <translation>ID de comando, evento o envío</translation>
    </message>
    <message>
        <source>a command id, an event id or a shipment number</source>
        <translation>un ID de comando, un ID de evento o un número de envío</translation>
    </message>
    <message>
        <source>No command, event or shipment has the id “%1”.</source>
        <translation>Ningún comando, evento ni envío tiene el ID «%1».</translation>
    </message>
</context>
<context>
    <name>hs::ChainScene</name>
    <message>
        <source>position %1</source>
        <translation>posición %1</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>rechazado: %1</translation>
    </message>
    <message>
        <source>Event %1 on %2
%3</source>
        <translation>Evento %1 en %2
%3</translation>
    </message>
    <message>
        <source>Command %1, rejected (%2): %3</source>
        <translation>Comando %1, rechazado (%2): %3</translation>
    </message>
    <message>
        <source>Command %1 by %2, accepted</source>
        <translation>Comando %1 de %2, aceptado</translation>
    </message>
</context>
<context>
    <name>hs::CheckCallDialog</name>
    <message>
        <source>Check call for %1</source>
        <translation>Llamada de control de %1</translation>
    </message>
    <message>
        <source>Check call for %1 on %2</source>
        <translation>Llamada de control de %1 en %2</translation>
    </message>
    <message>
        <source>e.g. I-80 mile 312, near York NE</source>
        <translation>p. ej. I-80 milla 312, cerca de York NE</translation>
    </message>
    <message>
        <source>Where the shipment is now</source>
        <translation>Dónde está ahora el envío</translation>
    </message>
    <message>
        <source>Note from the driver</source>
        <translation>Nota del conductor</translation>
    </message>
    <message>
        <source>Driver gave an &amp;ETA:</source>
        <translation>El conductor dio una &amp;hora estimada:</translation>
    </message>
    <message>
        <source>The driver gave an estimated arrival</source>
        <translation>El conductor dio una llegada estimada</translation>
    </message>
    <message>
        <source>Estimated arrival</source>
        <translation>Llegada estimada</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Record Check Call</source>
        <translation>&amp;Registrar llamada de control</translation>
    </message>
    <message>
        <source>Record the check call</source>
        <translation>Registrar la llamada de control</translation>
    </message>
    <message>
        <source>Close without recording</source>
        <translation>Cerrar sin registrar</translation>
    </message>
    <message>
        <source>Say where the shipment is.</source>
        <translation>Indique dónde está el envío.</translation>
    </message>
</context>
<context>
    <name>hs::CommandFeed</name>
    <message>
        <source>Command feed</source>
        <translation>Registro de comandos</translation>
    </message>
    <message>
        <source>%1 — pending…</source>
        <translation>%1 — pendiente…</translation>
    </message>
    <message>
        <source>%1 — accepted (%2 v%3)</source>
        <translation>%1 — aceptado (%2 v%3)</translation>
    </message>
    <message>
        <source>%1 — rejected: %2</source>
        <translation>%1 — rechazado: %2</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>%1 — not stored: %2</source>
        <translation>%1 — no guardado: %2</translation>
    </message>
    <message>
        <source>The store failed: %1</source>
        <translation>Falló el almacén: %1</translation>
    </message>
</context>
<context>
    <name>hs::CommandLogModel</name>
    <message>
        <source>rejected: %1</source>
        <translation>rechazado: %1</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Command id</source>
        <translation>ID de comando</translation>
    </message>
    <message>
        <source>%1 (%2) was rejected: %3</source>
        <translation>%1 (%2) fue rechazado: %3</translation>
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
        <translation>Perfil de la empresa</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>Company address, one line per row</source>
        <translation>Dirección de la empresa, una línea por fila</translation>
    </message>
    <message>
        <source>Logo image file</source>
        <translation>Archivo de imagen del logotipo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the logo image</source>
        <translation>Elegir la imagen del logotipo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logotipo:</translation>
    </message>
    <message>
        <source>Save the company profile</source>
        <translation>Guardar el perfil de la empresa</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
</context>
<context>
    <name>hs::ContextMap</name>
    <message>
        <source>%1 context</source>
        <translation>Contexto %1</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Consumers: listeners and read models</source>
        <translation>Consumidores: oyentes y modelos de lectura</translation>
    </message>
    <message>
        <source>listener: %1</source>
        <translation>oyente: %1</translation>
    </message>
    <message>
        <source>read model: %1</source>
        <translation>modelo de lectura: %1</translation>
    </message>
</context>
<context>
    <name>hs::CreditActions</name>
    <message>
        <source>Credit &amp;Limit…</source>
        <translation>&amp;Límite de crédito…</translation>
    </message>
    <message>
        <source>Set the credit limit of the selected account</source>
        <translation>Fijar el límite de crédito de la cuenta seleccionada</translation>
    </message>
    <message>
        <source>Release Credit &amp;Hold…</source>
        <translation>Levantar &amp;bloqueo de crédito…</translation>
    </message>
    <message>
        <source>Place Credit &amp;Hold…</source>
        <translation>&amp;Bloquear crédito…</translation>
    </message>
    <message>
        <source>Release the credit hold on the selected account</source>
        <translation>Levantar el bloqueo de crédito de la cuenta seleccionada</translation>
    </message>
    <message>
        <source>Place the selected account on credit hold</source>
        <translation>Bloquear el crédito de la cuenta seleccionada</translation>
    </message>
    <message>
        <source>&amp;Write Off Invoice…</source>
        <translation>&amp;Cancelar factura incobrable…</translation>
    </message>
    <message>
        <source>Write off what the selected invoice still has open</source>
        <translation>Cancelar lo que la factura seleccionada aún tiene pendiente</translation>
    </message>
    <message>
        <source>Read-only: you are looking at the past. Return to live to act.</source>
        <translation>Solo lectura: está viendo el pasado. Vuelva al presente para actuar.</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Seleccione primero una cuenta.</translation>
    </message>
    <message>
        <source>Select an open invoice under “Aging and open items” to write it off.</source>
        <translation>Seleccione una factura pendiente en «Antigüedad y partidas pendientes» para cancelarla.</translation>
    </message>
    <message>
        <source>Change or remove the credit limit of %1</source>
        <translation>Cambiar o quitar el límite de crédito de %1</translation>
    </message>
    <message>
        <source>Let %1 book shipments again</source>
        <translation>Permitir que %1 vuelva a reservar envíos</translation>
    </message>
    <message>
        <source>Stop %1 booking shipments; asks for the reason</source>
        <translation>Impedir que %1 reserve envíos; pide el motivo</translation>
    </message>
    <message>
        <source>Write off %1 open on the invoice for %2; asks for the reason</source>
        <translation>Cancelar %1 pendiente en la factura de %2; pide el motivo</translation>
    </message>
    <message>
        <source>Setting the credit limit of %1 to %2…</source>
        <translation>Fijando el límite de crédito de %1 en %2…</translation>
    </message>
    <message>
        <source>Removing the credit limit of %1…</source>
        <translation>Quitando el límite de crédito de %1…</translation>
    </message>
    <message>
        <source>Release Credit Hold</source>
        <translation>Levantar bloqueo de crédito</translation>
    </message>
    <message>
        <source>Release the credit hold on %1 (%2)? It can book shipments again.</source>
        <translation>¿Levantar el bloqueo de crédito de %1 (%2)? Podrá volver a reservar envíos.</translation>
    </message>
    <message>
        <source>Releasing the credit hold on %1…</source>
        <translation>Levantando el bloqueo de crédito de %1…</translation>
    </message>
    <message>
        <source>Place %1 on Credit Hold</source>
        <translation>Bloquear el crédito de %1</translation>
    </message>
    <message>
        <source>Why may %1 (%2) book no more shipments?</source>
        <translation>¿Por qué %1 (%2) no puede reservar más envíos?</translation>
    </message>
    <message>
        <source>Give the reason for the hold.</source>
        <translation>Indique el motivo del bloqueo.</translation>
    </message>
    <message>
        <source>Placing %1 on credit hold…</source>
        <translation>Bloqueando el crédito de %1…</translation>
    </message>
    <message>
        <source>Write Off the Invoice for %1</source>
        <translation>Cancelar la factura de %1</translation>
    </message>
    <message>
        <source>Write off the %1 still open on the invoice for %2 (%3)? Why?</source>
        <translation>¿Cancelar los %1 aún pendientes de la factura de %2 (%3)? ¿Por qué?</translation>
    </message>
    <message>
        <source>Give the reason for the write-off.</source>
        <translation>Indique el motivo de la cancelación.</translation>
    </message>
    <message>
        <source>Writing off the invoice for %1 on %2…</source>
        <translation>Cancelando la factura de %1 en %2…</translation>
    </message>
</context>
<context>
    <name>hs::CreditLimitDialog</name>
    <message>
        <source>Credit Limit of %1</source>
        <translation>Límite de crédito de %1</translation>
    </message>
    <message>
        <source>Set Limit</source>
        <translation>Fijar límite</translation>
    </message>
    <message>
        <source>Set the credit limit</source>
        <translation>Fijar el límite de crédito</translation>
    </message>
    <message>
        <source>New credit &amp;limit:</source>
        <translation>Nuevo &amp;límite de crédito:</translation>
    </message>
    <message>
        <source>Exposure %1; without a limit, every shipment is accepted.</source>
        <translation>Riesgo %1; sin límite se acepta cualquier envío.</translation>
    </message>
    <message>
        <source>Exposure %1; %2 left for new shipments.</source>
        <translation>Riesgo %1; quedan %2 para envíos nuevos.</translation>
    </message>
    <message>
        <source>Exposure %1 is already %2 over this limit: new shipments are refused until it comes down.</source>
        <translation>El riesgo %1 ya supera este límite en %2: se rechazarán envíos nuevos hasta que baje.</translation>
    </message>
</context>
<context>
    <name>hs::CreditLimitEdit</name>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>No credit limit</source>
        <translation>Sin límite de crédito</translation>
    </message>
    <message>
        <source>Credit limit in dollars</source>
        <translation>Límite de crédito en dólares</translation>
    </message>
</context>
<context>
    <name>hs::CustomerServicePane</name>
    <message>
        <source>Shipment %1 accepted.</source>
        <translation>Envío %1 aceptado.</translation>
    </message>
    <message>
        <source>%1+ shipments</source>
        <translation>%1 o más envíos</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s)</source>
        <translation>
            <numerusform>%n envío</numerusform>
            <numerusform>%n envíos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Shipment, account or city</source>
        <translation>Envío, cuenta o ciudad</translation>
    </message>
    <message>
        <source>Find shipments by id, account or city</source>
        <translation>Buscar envíos por ID, cuenta o ciudad</translation>
    </message>
    <message>
        <source>Type part of a shipment number, an account number or a city (Ctrl+F).</source>
        <translation>Escriba parte de un número de envío, de un número de cuenta o de una ciudad (Ctrl+F).</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Number of shipments found</source>
        <translation>Cantidad de envíos encontrados</translation>
    </message>
    <message>
        <source>Shipments found</source>
        <translation>Envíos encontrados</translation>
    </message>
    <message>
        <source>Customer Service</source>
        <translation>Atención al cliente</translation>
    </message>
</context>
<context>
    <name>hs::DailyChart</name>
    <message>
        <source>%1 to %2; latest %3</source>
        <translation>%1 a %2; último: %3</translation>
    </message>
</context>
<context>
    <name>hs::DispatchPane</name>
    <message>
        <source>Assigning %1 to %2…</source>
        <translation>Asignando %1 a %2…</translation>
    </message>
    <message>
        <source>Dispatch board</source>
        <translation>Tablero de despacho</translation>
    </message>
    <message>
        <source>&amp;Ship</source>
        <translation>&amp;Despachar</translation>
    </message>
    <message>
        <source>&amp;Deliver…</source>
        <translation>&amp;Entregar…</translation>
    </message>
    <message>
        <source>Report &amp;breakdown…</source>
        <translation>Informar &amp;avería…</translation>
    </message>
    <message>
        <source>&amp;Return to service</source>
        <translation>&amp;Reincorporar al servicio</translation>
    </message>
    <message>
        <source>Send the truck out with its shipment (Ctrl+Shift+S)</source>
        <translation>Enviar el camión a reparto con su envío (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Record the delivery and who signed for it (Ctrl+Shift+D)</source>
        <translation>Registrar la entrega y quién la firmó (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Take the truck out of service; a shipment not yet shipped goes back to the queue (Ctrl+Shift+B)</source>
        <translation>Retirar el camión del servicio; un envío aún no despachado vuelve a la cola (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Put the repaired truck back on the board (Ctrl+Shift+R)</source>
        <translation>Volver a poner el camión reparado en el tablero (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Ship the selected truck&apos;s shipment</source>
        <translation>Despachar el envío del camión seleccionado</translation>
    </message>
    <message>
        <source>Deliver the selected truck&apos;s shipment</source>
        <translation>Entregar el envío del camión seleccionado</translation>
    </message>
    <message>
        <source>Report a breakdown of the selected truck</source>
        <translation>Informar una avería del camión seleccionado</translation>
    </message>
    <message>
        <source>Return the selected truck to service</source>
        <translation>Reincorporar al servicio el camión seleccionado</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>A&amp;signar a…</translation>
    </message>
    <message>
        <source>Assign the selected shipment to a truck</source>
        <translation>Asignar el envío seleccionado a un camión</translation>
    </message>
    <message>
        <source>Choose a truck for the selected shipment (Ctrl+Shift+A), or drag the shipment onto a truck</source>
        <translation>Elegir un camión para el envío seleccionado (Ctrl+Shift+A) o arrastrar el envío a un camión</translation>
    </message>
    <message>
        <source>Shipments waiting for a truck</source>
        <translation>Envíos en espera de camión</translation>
    </message>
    <message>
        <source>Truck board</source>
        <translation>Tablero de camiones</translation>
    </message>
    <message>
        <source>Waiting for a truck  (%1)</source>
        <translation>En espera de camión  (%1)</translation>
    </message>
    <message>
        <source>Read-only: this is how the board stood in the past.</source>
        <translation>Solo lectura: así estaba el tablero en el pasado.</translation>
    </message>
    <message>
        <source>Select a truck on the board to act on it; drag a waiting shipment onto a truck to assign it.</source>
        <translation>Seleccione un camión en el tablero para operar con él; arrastre un envío en espera a un camión para asignarlo.</translation>
    </message>
    <message>
        <source>Select a truck first.</source>
        <translation>Seleccione primero un camión.</translation>
    </message>
    <message>
        <source>Truck %1 — %2</source>
        <translation>Camión %1 — %2</translation>
    </message>
    <message>
        <source>Truck %1 — %2 with %3</source>
        <translation>Camión %1 — %2 con %3</translation>
    </message>
    <message>
        <source>Read-only: you are looking at the past. Return to live to act.</source>
        <translation>Solo lectura: está viendo el pasado. Vuelva al presente para operar.</translation>
    </message>
    <message>
        <source>Truck %1 holds no shipment to ship.</source>
        <translation>El camión %1 no lleva ningún envío para despachar.</translation>
    </message>
    <message>
        <source>Truck %1 holds no shipment to deliver.</source>
        <translation>El camión %1 no lleva ningún envío para entregar.</translation>
    </message>
    <message>
        <source>Shipping %1 on %2…</source>
        <translation>Despachando %1 en %2…</translation>
    </message>
    <message>
        <source>Deliver %1</source>
        <translation>Entregar %1</translation>
    </message>
    <message>
        <source>Who signed for shipment %1?</source>
        <translation>¿Quién firmó la recepción del envío %1?</translation>
    </message>
    <message>
        <source>Delivering %1, signed by %2…</source>
        <translation>Entregando %1, firmado por %2…</translation>
    </message>
    <message>
        <source>Report a breakdown of %1</source>
        <translation>Informar una avería de %1</translation>
    </message>
    <message>
        <source>What is wrong with truck %1?</source>
        <translation>¿Qué le pasa al camión %1?</translation>
    </message>
    <message>
        <source>Reporting a breakdown of %1…</source>
        <translation>Informando una avería de %1…</translation>
    </message>
    <message>
        <source>Returning %1 to service…</source>
        <translation>Reincorporando %1 al servicio…</translation>
    </message>
    <message>
        <source>Truck %1</source>
        <translation>Camión %1</translation>
    </message>
    <message>
        <source>Select a waiting shipment first.</source>
        <translation>Seleccione primero un envío en espera.</translation>
    </message>
    <message>
        <source>Assign %1 to</source>
        <translation>Asignar %1 a</translation>
    </message>
    <message>
        <source>%1 (cap. %2 lb)</source>
        <translation>%1 (cap. %2 lb)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Despacho</translation>
    </message>
    <message>
        <source>Type the name of the person who signed; a delivery needs a signature.</source>
        <translation>Escriba el nombre de la persona que firmó; una entrega necesita una firma.</translation>
    </message>
    <message>
        <source>Say what is wrong; a breakdown needs a reason.</source>
        <translation>Indique qué falla; una avería necesita un motivo.</translation>
    </message>
    <message>
        <source>Return %1 to service</source>
        <translation>Volver a poner %1 en servicio</translation>
    </message>
    <message>
        <source>Has truck %1 been repaired? It goes back on the board and can take shipments again.</source>
        <translation>¿Se ha reparado el camión %1? Vuelve al tablero y puede volver a llevar envíos.</translation>
    </message>
    <message>
        <source>Return truck %1 to service</source>
        <translation>Volver a poner el camión %1 en servicio</translation>
    </message>
    <message>
        <source>Keep truck %1 out of service</source>
        <translation>Dejar el camión %1 fuera de servicio</translation>
    </message>
    <message>
        <source>Only Dispatch assigns trucks to shipments.</source>
        <translation>Solo Despacho asigna camiones a los envíos.</translation>
    </message>
    <message>
        <source>Check &amp;call…</source>
        <translation>&amp;Llamada de control…</translation>
    </message>
    <message>
        <source>Record where the load is and when it should arrive, from the driver&apos;s call (Ctrl+Shift+K)</source>
        <translation>Registrar dónde está la carga y cuándo debería llegar, según la llamada del conductor (Ctrl+Mayús+K)</translation>
    </message>
    <message>
        <source>Record a check call for the selected truck&apos;s shipment</source>
        <translation>Registrar una llamada de control para el envío del camión seleccionado</translation>
    </message>
    <message>
        <source>Truck %1 carries no shipment to report on.</source>
        <translation>El camión %1 no lleva ningún envío sobre el que informar.</translation>
    </message>
    <message>
        <source>Recording a check call for %1 at %2…</source>
        <translation>Registrando una llamada de control para %1 en %2…</translation>
    </message>
</context>
<context>
    <name>hs::DocumentButton</name>
    <message>
        <source>There is no %1 for %2.</source>
        <translation>No hay documento «%1» para %2.</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <source>The document could not be printed.</source>
        <translation>No se pudo imprimir el documento.</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>Guardar %1 como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <source>Print or save documents</source>
        <translation>Imprimir o guardar documentos</translation>
    </message>
    <message>
        <source>Print a document or save it as PDF</source>
        <translation>Imprimir un documento o guardarlo como PDF</translation>
    </message>
    <message>
        <source>Print %1…</source>
        <translation>Imprimir %1…</translation>
    </message>
    <message>
        <source>Save %1 as PDF…</source>
        <translation>Guardar %1 como PDF…</translation>
    </message>
</context>
<context>
    <name>hs::EventCatalogModel</name>
    <message>
        <source>v%1 (reads %2)</source>
        <translation>v%1 (lee %2)</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation>Producido por</translation>
    </message>
    <message>
        <source>Consumed by</source>
        <translation>Consumido por</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Almacenados</translation>
    </message>
</context>
<context>
    <name>hs::EventCatalogPane</name>
    <message numerus="yes">
        <source>%n event type(s), generated from the code&apos;s registry (model/codec/catalog.cpp) and the codec&apos;s own field lists; “Stored” counts the events in this store.</source>
        <translation>
            <numerusform>%n tipo de evento, generado a partir del registro del código (model/codec/catalog.cpp) y de las listas de campos del propio códec; “Almacenados” cuenta los eventos de este almacén.</numerusform>
            <numerusform>%n tipos de evento, generados a partir del registro del código (model/codec/catalog.cpp) y de las listas de campos del propio códec; “Almacenados” cuenta los eventos de este almacén.</numerusform>
        </translation>
    </message>
    <message>
        <source>Context map: which context emits each event, and the listeners (dashed) and read models that consume it.</source>
        <translation>Mapa de contextos: qué contexto emite cada evento y los oyentes (discontinuos) y modelos de lectura que lo consumen.</translation>
    </message>
    <message>
        <source>Event catalog</source>
        <translation>Catálogo de eventos</translation>
    </message>
    <message>
        <source>Context map</source>
        <translation>Mapa de contextos</translation>
    </message>
    <message>
        <source>Event Catalog</source>
        <translation>Catálogo de eventos</translation>
    </message>
</context>
<context>
    <name>hs::EventHistoryModel</name>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Ocurrido</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>hs::EventHistoryPane</name>
    <message>
        <source>&amp;Stream:</source>
        <translation>&amp;Flujo:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>De&amp;partamento:</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>&amp;Actor:</translation>
    </message>
    <message>
        <source>Search &amp;data:</source>
        <translation>Buscar en los &amp;datos:</translation>
    </message>
    <message>
        <source>e.g. shipment-S-1</source>
        <translation>p. ej., shipment-S-1</translation>
    </message>
    <message>
        <source>Stream filter</source>
        <translation>Filtro de flujo</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Event type filter</source>
        <translation>Filtro de tipo de evento</translation>
    </message>
    <message>
        <source>Any department</source>
        <translation>Cualquier departamento</translation>
    </message>
    <message>
        <source>Department filter</source>
        <translation>Filtro de departamento</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <source>Actor filter</source>
        <translation>Filtro de actor</translation>
    </message>
    <message>
        <source>text inside the event data (Ctrl+F)</source>
        <translation>texto dentro de los datos del evento (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search inside event data</source>
        <translation>Buscar dentro de los datos de los eventos</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Limit to events from a time</source>
        <translation>Limitar a los eventos a partir de un momento</translation>
    </message>
    <message>
        <source>Earliest occurred time</source>
        <translation>Hora de ocurrencia más temprana</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Limit to events up to a time</source>
        <translation>Limitar a los eventos hasta un momento</translation>
    </message>
    <message>
        <source>Latest occurred time</source>
        <translation>Hora de ocurrencia más tardía</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguos primero</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Live tail</source>
        <translation>Seguimiento en vivo</translation>
    </message>
    <message>
        <source>Live tail: show new events as they are recorded</source>
        <translation>Seguimiento en vivo: mostrar los eventos nuevos a medida que se registran</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Read the events again (F5)</source>
        <translation>Volver a leer los eventos (F5)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Write the filtered events to a JSON Lines file, as haulctl events prints them (Ctrl+Shift+E)</source>
        <translation>Escribir los eventos filtrados en un archivo JSON Lines, tal como los imprime haulctl events (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Export the filtered events to JSON Lines</source>
        <translation>Exportar los eventos filtrados a JSON Lines</translation>
    </message>
    <message>
        <source>Number of matching events</source>
        <translation>Cantidad de eventos coincidentes</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>Compact (by business action)</source>
        <translation>Compacto (por acción de negocio)</translation>
    </message>
    <message>
        <source>Stream timeline</source>
        <translation>Línea de tiempo del flujo</translation>
    </message>
    <message>
        <source>History views</source>
        <translation>Vistas del historial</translation>
    </message>
    <message>
        <source>Every event</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <source>Events grouped by business action</source>
        <translation>Eventos agrupados por acción de negocio</translation>
    </message>
    <message>
        <source>Stream timeline as text</source>
        <translation>Línea de tiempo del flujo como texto</translation>
    </message>
    <message>
        <source>Select an event to see the timeline of its stream.</source>
        <translation>Seleccione un evento para ver la línea de tiempo de su flujo.</translation>
    </message>
    <message>
        <source>New events appear at the top as they are recorded</source>
        <translation>Los eventos nuevos aparecen arriba a medida que se registran</translation>
    </message>
    <message>
        <source>The history shows a past moment: it does not change</source>
        <translation>El historial muestra un momento pasado: no cambia</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>more than %1 events</source>
        <translation>más de %1 eventos</translation>
    </message>
    <message>
        <source>%1, as “haulctl events --stream %1 --format text” prints it:</source>
        <translation>%1, tal como lo imprime “haulctl events --stream %1 --format text”:</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>Exportar eventos</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Exporting events to %1…</source>
        <translation>Exportando eventos a %1…</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n evento a %1.</numerusform>
            <numerusform>Se exportaron %n eventos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Event History</source>
        <translation>Historial de eventos</translation>
    </message>
</context>
<context>
    <name>hs::EventInspector</name>
    <message>
        <source>Before / after</source>
        <translation>Antes / después</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadatos</translation>
    </message>
    <message>
        <source>Show chain</source>
        <translation>Mostrar cadena</translation>
    </message>
    <message>
        <source>Show this event&apos;s business action as a graph in the chain explorer</source>
        <translation>Mostrar la acción de negocio de este evento como gráfico en el explorador de cadenas</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Entity state before and after the event</source>
        <translation>Estado de la entidad antes y después del evento</translation>
    </message>
    <message>
        <source>Event data as JSON</source>
        <translation>Datos del evento en JSON</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Event metadata</source>
        <translation>Metadatos del evento</translation>
    </message>
    <message>
        <source>Event inspector</source>
        <translation>Inspector de eventos</translation>
    </message>
    <message>
        <source>Select an event to inspect it.</source>
        <translation>Seleccione un evento para inspeccionarlo.</translation>
    </message>
    <message>
        <source>#%1 %2 — %3</source>
        <translation>#%1 %2 — %3</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>ID de evento</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Stream / version</source>
        <translation>Flujo / versión</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Versión del esquema</translation>
    </message>
    <message>
        <source>Command id</source>
        <translation>ID de comando</translation>
    </message>
    <message>
        <source>Causation</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Correlación</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Ocurrido</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Hash chain</source>
        <translation>Cadena de hash</translation>
    </message>
    <message>
        <source>link %1, chained to event %2</source>
        <translation>enlace %1, encadenado al evento %2</translation>
    </message>
    <message>
        <source>Replaying the stream…</source>
        <translation>Reproduciendo el flujo…</translation>
    </message>
    <message>
        <source>This event changes no department view.</source>
        <translation>Este evento no modifica ninguna vista de departamento.</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Truck</source>
        <translation>Camión</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (created)</source>
        <translation>%1 %2 (creado)</translation>
    </message>
    <message>
        <source>Changed by this event</source>
        <translation>Modificado por este evento</translation>
    </message>
</context>
<context>
    <name>hs::FinancePane</name>
    <message>
        <source>Accounts and ledger</source>
        <translation>Cuentas y libro mayor</translation>
    </message>
    <message>
        <source>&amp;Open Account…</source>
        <translation>&amp;Abrir cuenta…</translation>
    </message>
    <message>
        <source>Open a new customer account</source>
        <translation>Abrir una nueva cuenta de cliente</translation>
    </message>
    <message>
        <source>Schedule Pricing &amp;Rule…</source>
        <translation>Programar &amp;regla de tarifa…</translation>
    </message>
    <message>
        <source>Schedule a pricing rule</source>
        <translation>Programar una regla de tarifa</translation>
    </message>
    <message>
        <source>&amp;Export Statement…</source>
        <translation>&amp;Exportar estado de cuenta…</translation>
    </message>
    <message>
        <source>Export the selected account&apos;s statement</source>
        <translation>Exportar el estado de cuenta de la cuenta seleccionada</translation>
    </message>
    <message>
        <source>The selected account&apos;s ledger for a date range, as PDF or CSV (Ctrl+E)</source>
        <translation>El libro mayor de la cuenta seleccionada para un rango de fechas, en PDF o CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Filter by account number or name</source>
        <translation>Filtrar por número o nombre de cuenta</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>Filtrar cuentas</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Ledger of the selected account</source>
        <translation>Libro mayor de la cuenta seleccionada</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Monto:</translation>
    </message>
    <message>
        <source>Payment amount</source>
        <translation>Monto del pago</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>Re&amp;ferencia:</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Referencia del pago</translation>
    </message>
    <message>
        <source>check or wire number</source>
        <translation>número de cheque o transferencia</translation>
    </message>
    <message>
        <source>&amp;Post Payment</source>
        <translation>Re&amp;gistrar pago</translation>
    </message>
    <message>
        <source>Post the payment</source>
        <translation>Registrar el pago</translation>
    </message>
    <message>
        <source>Re&amp;verse Payment…</source>
        <translation>Re&amp;vertir pago…</translation>
    </message>
    <message>
        <source>Reverse the selected payment</source>
        <translation>Revertir el pago seleccionado</translation>
    </message>
    <message>
        <source>Receivables — all accounts</source>
        <translation>Cuentas por cobrar — todas las cuentas</translation>
    </message>
    <message>
        <source>Owed by %1</source>
        <translation>Adeudado por %1</translation>
    </message>
    <message>
        <source>Revenue per day (invoiced)</source>
        <translation>Ingresos por día (facturados)</translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation>Ninguna cuenta seleccionada</translation>
    </message>
    <message>
        <source>Balance of %1</source>
        <translation>Saldo de %1</translation>
    </message>
    <message>
        <source>Read-only: you are looking at the past. Return to live to act.</source>
        <translation>Solo lectura: está viendo el pasado. Vuelva al presente para operar.</translation>
    </message>
    <message>
        <source>Schedule the price per pound from a date on</source>
        <translation>Programar el precio por libra a partir de una fecha</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Seleccione primero una cuenta.</translation>
    </message>
    <message>
        <source>Enter the amount received.</source>
        <translation>Introduzca el monto recibido.</translation>
    </message>
    <message>
        <source>Enter the payment&apos;s reference: 1–40 letters, digits, dots, dashes or underscores.</source>
        <translation>Introduzca la referencia del pago: de 1 a 40 letras, dígitos, puntos, guiones o guiones bajos.</translation>
    </message>
    <message>
        <source>Select a payment in the ledger to reverse it.</source>
        <translation>Seleccione un pago en el libro mayor para revertirlo.</translation>
    </message>
    <message>
        <source>Post %1 received from %2 (Enter)</source>
        <translation>Registrar %1 recibido de %2 (Enter)</translation>
    </message>
    <message>
        <source>Reverse payment %1; asks for the reason</source>
        <translation>Revertir el pago %1; se le pedirá el motivo</translation>
    </message>
    <message>
        <source>Posting %1 from %2 (ref. %3)…</source>
        <translation>Registrando %1 de %2 (ref. %3)…</translation>
    </message>
    <message>
        <source>Reverse payment %1</source>
        <translation>Revertir el pago %1</translation>
    </message>
    <message>
        <source>Why is payment %1 of %2 being reversed?</source>
        <translation>¿Por qué se revierte el pago %1 de %2?</translation>
    </message>
    <message>
        <source>Reversing payment %1 of %2…</source>
        <translation>Revirtiendo el pago %1 de %2…</translation>
    </message>
    <message>
        <source>Opening account %1…</source>
        <translation>Abriendo la cuenta %1…</translation>
    </message>
    <message>
        <source>Scheduling pricing rule %1…</source>
        <translation>Programando la regla de tarifa %1…</translation>
    </message>
    <message>
        <source>Save Statement</source>
        <translation>Guardar estado de cuenta</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>The statement could not be written to %1: %2</source>
        <translation>No se pudo escribir el estado de cuenta en %1: %2</translation>
    </message>
    <message>
        <source>Statement for %1 saved to %2</source>
        <translation>Estado de cuenta de %1 guardado en %2</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzas</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Aging and open items</source>
        <translation>Antigüedad y partidas pendientes</translation>
    </message>
    <message>
        <source>Charts and receivables</source>
        <translation>Gráficos y cuentas por cobrar</translation>
    </message>
    <message>
        <source>Over limit or on hold (%1)</source>
        <translation>Sobre el límite o bloqueadas (%1)</translation>
    </message>
    <message>
        <source>Customers over their credit limit or on credit hold</source>
        <translation>Clientes sobre su límite de crédito o con el crédito bloqueado</translation>
    </message>
    <message>
        <source>Pricing rules (%1)</source>
        <translation>Reglas de precio (%1)</translation>
    </message>
    <message>
        <source>Pricing rules, the latest to take effect first</source>
        <translation>Reglas de precio, la más reciente primero</translation>
    </message>
</context>
<context>
    <name>hs::IntakeForm</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>Line 2</source>
        <translation>Línea 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation>Como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>Letters, digits, . _ - only</source>
        <translation>Solo letras, dígitos, . _ -</translation>
    </message>
    <message>
        <source>Choose an account</source>
        <translation>Elija una cuenta</translation>
    </message>
    <message>
        <source>Not an account number</source>
        <translation>No es un número de cuenta</translation>
    </message>
    <message>
        <source>1 to %1 lb, whole</source>
        <translation>De 1 a %1 lb, entero</translation>
    </message>
    <message>
        <source>lb</source>
        <translation>lb</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Five digits</source>
        <translation>Cinco dígitos</translation>
    </message>
    <message>
        <source>Send the shipment (Enter)</source>
        <translation>Registrar el envío (Enter)</translation>
    </message>
    <message>
        <source>The dashboard shows a past moment: this view is read-only. Return to now to submit.</source>
        <translation>El panel muestra un momento pasado: esta vista es de solo lectura. Vuelva al presente para registrar.</translation>
    </message>
    <message>
        <source>Quote: enter a weight</source>
        <translation>Cotización: introduzca un peso</translation>
    </message>
    <message>
        <source>%1¢ per lb</source>
        <translation>%1¢ por lb</translation>
    </message>
    <message>
        <source>%1, standing rate</source>
        <translation>%1, tarifa estándar</translation>
    </message>
    <message>
        <source>%1, rule %2</source>
        <translation>%1, regla %2</translation>
    </message>
    <message>
        <source>, minimum %1</source>
        <translation>, mínimo %1</translation>
    </message>
    <message>
        <source>Quote: %1 (%2)</source>
        <translation>Cotización: %1 (%2)</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Corrija los campos marcados.</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>Registrando %1…</translation>
    </message>
    <message>
        <source>Shipment %1 accepted for %2.</source>
        <translation>Envío %1 aceptado por un monto de %2.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no se indicó el motivo</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>New shipment</source>
        <translation>Nuevo envío</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Recolección</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Shipment &amp;number</source>
        <translation>&amp;Número de envío</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>&amp;Weight (lb)</source>
        <translation>&amp;Peso (lb)</translation>
    </message>
    <message>
        <source>Shipment number</source>
        <translation>Número de envío</translation>
    </message>
    <message>
        <source>The next free number is proposed; you may type another.</source>
        <translation>Se propone el siguiente número libre; puede escribir otro.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Type an account number or part of the customer&apos;s name.</source>
        <translation>Escriba un número de cuenta o parte del nombre del cliente.</translation>
    </message>
    <message>
        <source>Number or name</source>
        <translation>Número o nombre</translation>
    </message>
    <message>
        <source>Weight in pounds</source>
        <translation>Peso en libras</translation>
    </message>
    <message>
        <source>Pickup %1</source>
        <translation>Recolección: %1</translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation>Destino: %1</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problema con %1</translation>
    </message>
    <message>
        <source>Price quote</source>
        <translation>Cotización</translation>
    </message>
    <message>
        <source>Result of the last submission</source>
        <translation>Resultado del último registro</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Submit shipment</source>
        <translation>Registrar envío</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Limpiar el formulario</translation>
    </message>
    <message>
        <source>Account %1 is on credit hold: the shipment will be refused until Finance releases it.</source>
        <translation>La cuenta %1 tiene el crédito bloqueado: el envío se rechazará hasta que Finanzas lo libere.</translation>
    </message>
    <message>
        <source>This shipment would take %1 over its credit limit by %2: it will be refused.</source>
        <translation>Este envío haría que %1 superara su límite de crédito en %2: se rechazará.</translation>
    </message>
    <message>
        <source>Credit limit %1 · exposure %2 · available %3</source>
        <translation>Límite de crédito %1 · exposición %2 · disponible %3</translation>
    </message>
    <message>
        <source>No credit limit · exposure %1</source>
        <translation>Sin límite de crédito · exposición %1</translation>
    </message>
    <message>
        <source>%1 Press Submit again to send it anyway.</source>
        <translation>%1 Pulse Enviar de nuevo para enviarlo de todos modos.</translation>
    </message>
    <message>
        <source>A US state or territory, e.g. NE or Nebraska</source>
        <translation>Un estado o territorio de EE. UU., p. ej. NE o Nebraska</translation>
    </message>
    <message>
        <source>Read-only for your department: only Customer Service takes new shipments.</source>
        <translation>Solo lectura para su departamento: solo Atención al cliente acepta envíos nuevos.</translation>
    </message>
    <message>
        <source>Printable characters only</source>
        <translation>Solo caracteres imprimibles</translation>
    </message>
    <message>
        <source>Customer &amp;reference</source>
        <translation>&amp;Referencia del cliente</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Referencia del cliente</translation>
    </message>
    <message>
        <source>optional: PO or load number</source>
        <translation>opcional: número de pedido o de carga</translation>
    </message>
    <message>
        <source>The customer&apos;s own number for this load; Customer Service can find the shipment by it.</source>
        <translation>El número propio del cliente para esta carga; Atención al cliente puede encontrar el envío por él.</translation>
    </message>
    <message>
        <source>Pic&amp;kup by</source>
        <translation>Reco&amp;gida antes de</translation>
    </message>
    <message>
        <source>A pickup time was promised</source>
        <translation>Se prometió una hora de recogida</translation>
    </message>
    <message>
        <source>Latest promised pickup</source>
        <translation>Recogida prometida más tardía</translation>
    </message>
    <message>
        <source>Deli&amp;ver by</source>
        <translation>Entre&amp;ga antes de</translation>
    </message>
    <message>
        <source>A delivery time was promised</source>
        <translation>Se prometió una hora de entrega</translation>
    </message>
    <message>
        <source>Latest promised delivery</source>
        <translation>Entrega prometida más tardía</translation>
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
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>último: %1</translation>
    </message>
    <message>
        <source>Haulstream — Great Plains Trucking — as of %1 (read-only)</source>
        <translation>Haulstream — Great Plains Trucking — a fecha de %1 (solo lectura)</translation>
    </message>
    <message>
        <source>Haulstream — Great Plains Trucking</source>
        <translation>Haulstream — Great Plains Trucking</translation>
    </message>
    <message>
        <source>Haulstream could not open %1: %2 The file was not changed.</source>
        <translation>Haulstream no pudo abrir %1: %2 El archivo no se modificó.</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>No se pudo abrir %1</translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation>No se puede abrir el almacén</translation>
    </message>
    <message>
        <source>Haulstream could not open %1.</source>
        <translation>Haulstream no pudo abrir %1.</translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation>El archivo no se modificó.</translation>
    </message>
    <message>
        <source>Open Another Store…</source>
        <translation>Abrir otro almacén…</translation>
    </message>
    <message>
        <source>Open or Create a Store</source>
        <translation>Abrir o crear un almacén</translation>
    </message>
    <message>
        <source>Haulstream stores (*.db *.sqlite);;All files (*)</source>
        <translation>Almacenes de Haulstream (*.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No translation for “%1” is installed; the dashboard stays in English.</source>
        <translation>No hay ninguna traducción instalada para “%1”; el panel se mantiene en inglés.</translation>
    </message>
    <message>
        <source>&amp;Working as </source>
        <translation>&amp;Trabajando como </translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>su nombre</translation>
    </message>
    <message>
        <source>Your department decides which commands you may send.</source>
        <translation>Su departamento determina qué comandos puede enviar.</translation>
    </message>
    <message>
        <source>Your name; every command you send carries it.</source>
        <translation>Su nombre; lo lleva cada comando que envía.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Customer Service</source>
        <translation>Atención al cliente</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Despacho</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzas</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <source>Current pane</source>
        <translation>Panel actual</translation>
    </message>
    <message>
        <source>Command Feed</source>
        <translation>Registro de comandos</translation>
    </message>
    <message>
        <source>Store path</source>
        <translation>Ruta del almacén</translation>
    </message>
    <message>
        <source>Number of events</source>
        <translation>Cantidad de eventos</translation>
    </message>
    <message>
        <source>Time of the last event</source>
        <translation>Hora del último evento</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>&amp;Abrir almacén…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Open &amp;Shared Store…</source>
        <translation>Abrir almacén &amp;compartido…</translation>
    </message>
    <message>
        <source>&amp;Company Profile…</source>
        <translation>&amp;Perfil de la empresa…</translation>
    </message>
    <message>
        <source>About Haulstream</source>
        <translation>Acerca de Haulstream</translation>
    </message>
    <message>
        <source>&lt;b&gt;Haulstream %1&lt;/b&gt;&lt;p&gt;The dispatch, customer service and finance desk of a trucking company, kept as a history of events.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Haulstream %1&lt;/b&gt;&lt;p&gt;El despacho, la atención al cliente y las finanzas de una empresa de transporte, guardados como una historia de eventos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Atajos de teclado…</translation>
    </message>
    <message>
        <source>&amp;About Haulstream…</source>
        <translation>A&amp;cerca de Haulstream…</translation>
    </message>
    <message>
        <source>Waiting for another writer to finish…</source>
        <translation>Esperando a que termine otro proceso de escritura…</translation>
    </message>
    <message>
        <source>Waiting for another writer (%1) to finish…</source>
        <translation>Esperando a que termine otro proceso de escritura (%1)…</translation>
    </message>
</context>
<context>
    <name>hs::OpenAccountDialog</name>
    <message>
        <source>Open an Account</source>
        <translation>Abrir una cuenta</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <source>e.g. A-1013</source>
        <translation>p. ej., A-1013</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Open Account</source>
        <translation>Abrir cuenta</translation>
    </message>
    <message>
        <source>Account &amp;number:</source>
        <translation>&amp;Número de cuenta:</translation>
    </message>
    <message>
        <source>Customer &amp;name:</source>
        <translation>Nombre del &amp;cliente:</translation>
    </message>
    <message>
        <source>An account number is 1–40 letters, digits, dots, dashes or underscores.</source>
        <translation>Un número de cuenta tiene de 1 a 40 letras, dígitos, puntos, guiones o guiones bajos.</translation>
    </message>
    <message>
        <source>Payment terms in days</source>
        <translation>Plazo de pago en días</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Credit &amp;limit:</source>
        <translation>&amp;Límite de crédito:</translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation>Plazo de &amp;pago:</translation>
    </message>
</context>
<context>
    <name>hs::OverviewPane</name>
    <message>
        <source>Shipments by status</source>
        <translation>Envíos por estado</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>En reparto</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>%1 shipments</source>
        <translation>%1 envíos</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>Día a día</translation>
    </message>
    <message>
        <source>Include &amp;delivered and cancelled</source>
        <translation>Incluir &amp;entregados y cancelados</translation>
    </message>
    <message>
        <source>Include delivered and cancelled shipments in the chart</source>
        <translation>Incluir los envíos entregados y cancelados en el gráfico</translation>
    </message>
    <message>
        <source>Shipments by status at the end of each day</source>
        <translation>Envíos por estado al final de cada día</translation>
    </message>
    <message>
        <source>Deliveries per day</source>
        <translation>Entregas por día</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>hs::PricingRuleDialog</name>
    <message>
        <source>Schedule a Pricing Rule</source>
        <translation>Programar una regla de tarifa</translation>
    </message>
    <message>
        <source>Rule id</source>
        <translation>ID de regla</translation>
    </message>
    <message>
        <source>e.g. R-2026-03</source>
        <translation>p. ej., R-2026-03</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <source>Cents per pound</source>
        <translation>Centavos por libra</translation>
    </message>
    <message>
        <source> ¢/lb</source>
        <translation> ¢/lb</translation>
    </message>
    <message>
        <source>Minimum charge</source>
        <translation>Cargo mínimo</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programar</translation>
    </message>
    <message>
        <source>Rule &amp;id:</source>
        <translation>&amp;ID de regla:</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>&amp;Vigente desde:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Tarifa:</translation>
    </message>
    <message>
        <source>&amp;Minimum charge:</source>
        <translation>Cargo &amp;mínimo:</translation>
    </message>
    <message>
        <source>A rule id is 1–40 letters, digits, dots, dashes or underscores.</source>
        <translation>Un ID de regla tiene de 1 a 40 letras, dígitos, puntos, guiones o guiones bajos.</translation>
    </message>
    <message>
        <source>A 10,000 lb shipment would cost %1.</source>
        <translation>Un envío de 10.000 lb costaría %1.</translation>
    </message>
</context>
<context>
    <name>hs::ReadOnlyBanner</name>
    <message>
        <source>Showing the store as of %1 — read-only. Nothing can be changed at this moment. &lt;a href=&quot;live&quot;&gt;Back to live&lt;/a&gt; (Esc)</source>
        <translation>Se muestra el almacén a fecha de %1 — solo lectura. No se puede modificar nada en este momento. &lt;a href=&quot;live&quot;&gt;Volver al presente&lt;/a&gt; (Esc)</translation>
    </message>
    <message>
        <source>Showing the store as of %1, read-only</source>
        <translation>Se muestra el almacén a fecha de %1, solo lectura</translation>
    </message>
</context>
<context>
    <name>hs::ReceivablesPanel</name>
    <message>
        <source>Pick an account to see its invoices</source>
        <translation>Elija una cuenta para ver sus facturas</translation>
    </message>
    <message>
        <source>Invoices of %1</source>
        <translation>Facturas de %1</translation>
    </message>
    <message>
        <source>Save the aging report as PDF</source>
        <translation>Guardar el informe de antigüedad como PDF</translation>
    </message>
    <message>
        <source>Save the aging report as CSV</source>
        <translation>Guardar el informe de antigüedad como CSV</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exportación fallida</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Aging &amp;at the end of:</source>
        <translation>Antigüedad &amp;al final de:</translation>
    </message>
    <message>
        <source>Date the aging report is counted to</source>
        <translation>Fecha a la que se calcula el informe de antigüedad</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the aging report as CSV</source>
        <translation>Exportar el informe de antigüedad como CSV</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <source>Export the aging report as PDF</source>
        <translation>Exportar el informe de antigüedad como PDF</translation>
    </message>
    <message>
        <source>Aging report</source>
        <translation>Informe de antigüedad</translation>
    </message>
    <message>
        <source>Invoices of the account picked in the aging report</source>
        <translation>Facturas de la cuenta elegida en el informe de antigüedad</translation>
    </message>
    <message>
        <source>Open amounts by age</source>
        <translation>Importes pendientes por antigüedad</translation>
    </message>
    <message>
        <source>Open amounts by age (dollars)</source>
        <translation>Importes pendientes por antigüedad (dólares)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
</context>
<context>
    <name>hs::Rejection</name>
    <message>
        <source>Account %1 does not exist.</source>
        <translation>La cuenta %1 no existe.</translation>
    </message>
    <message>
        <source>Account %1 is on credit hold; Finance must release the hold before it can book shipments.</source>
        <translation>La cuenta %1 tiene el crédito bloqueado; Finanzas debe levantar el bloqueo antes de que pueda reservar envíos.</translation>
    </message>
    <message>
        <source>This shipment (%1) would take account %2 to %3 against its credit limit of %4: %5 over.</source>
        <translation>Este envío (%1) llevaría la cuenta %2 a %3 frente a su límite de crédito de %4: %5 por encima.</translation>
    </message>
    <message>
        <source>Account %1 already exists.</source>
        <translation>La cuenta %1 ya existe.</translation>
    </message>
    <message>
        <source>Payment reference %1 was already used on account %2.</source>
        <translation>La referencia de pago %1 ya se utilizó en la cuenta %2.</translation>
    </message>
    <message>
        <source>Account %1 has no payment with reference %2.</source>
        <translation>La cuenta %1 no tiene ningún pago con la referencia %2.</translation>
    </message>
    <message>
        <source>Payment %1 on account %2 is already reversed.</source>
        <translation>El pago %1 de la cuenta %2 ya fue revertido.</translation>
    </message>
    <message>
        <source>Shipment %1 does not exist.</source>
        <translation>El envío %1 no existe.</translation>
    </message>
    <message>
        <source>Shipment %1 is already invoiced to account %2.</source>
        <translation>El envío %1 ya está facturado a la cuenta %2.</translation>
    </message>
    <message>
        <source>Account %1 is already on credit hold.</source>
        <translation>La cuenta %1 ya tiene el crédito bloqueado.</translation>
    </message>
    <message>
        <source>Account %1 is not on credit hold.</source>
        <translation>La cuenta %1 no tiene el crédito bloqueado.</translation>
    </message>
    <message>
        <source>Shipment %1 was not invoiced to account %2.</source>
        <translation>El envío %1 no se facturó a la cuenta %2.</translation>
    </message>
    <message>
        <source>The invoice for shipment %1 on account %2 has nothing left open to write off.</source>
        <translation>La factura del envío %1 en la cuenta %2 no tiene importe pendiente que cancelar.</translation>
    </message>
    <message>
        <source>customer service</source>
        <translation>atención al cliente</translation>
    </message>
    <message>
        <source>dispatch</source>
        <translation>despacho</translation>
    </message>
    <message>
        <source>finance</source>
        <translation>finanzas</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>el sistema</translation>
    </message>
    <message>
        <source>Shipment %1 was already changed by a command issued at %2; this one, issued at %3, is older and cannot apply.</source>
        <translation>El envío %1 ya fue modificado por un comando emitido el %2; este, emitido el %3, es anterior y no se puede aplicar.</translation>
    </message>
    <message>
        <source>Truck %1 was already changed by a command issued at %2; this one, issued at %3, is older and cannot apply.</source>
        <translation>El camión %1 ya fue modificado por un comando emitido el %2; este, emitido el %3, es anterior y no se puede aplicar.</translation>
    </message>
    <message>
        <source>Account %1 was already changed by a command issued at %2; this one, issued at %3, is older and cannot apply.</source>
        <translation>La cuenta %1 ya fue modificada por un comando emitido el %2; este, emitido el %3, es anterior y no se puede aplicar.</translation>
    </message>
    <message>
        <source>Pricing rule %1 was already changed by a command issued at %2; this one, issued at %3, is older and cannot apply.</source>
        <translation>La regla de tarifa %1 ya fue modificada por un comando emitido el %2; este, emitido el %3, es anterior y no se puede aplicar.</translation>
    </message>
    <message>
        <source>Commands from people may not claim the system department.</source>
        <translation>Los comandos enviados por personas no pueden atribuirse el departamento del sistema.</translation>
    </message>
    <message>
        <source>Only the system issues %1; no department may send it.</source>
        <translation>Solo el sistema emite %1; ningún departamento puede enviarlo.</translation>
    </message>
    <message>
        <source>%1 is for %2; %3 may not issue it.</source>
        <translation>Solo %2 puede emitir %1; %3 no puede emitirlo.</translation>
    </message>
    <message>
        <source>Listeners may only issue system commands.</source>
        <translation>Los oyentes solo pueden emitir comandos del sistema.</translation>
    </message>
    <message>
        <source>Pricing rule %1 already exists.</source>
        <translation>La regla de tarifa %1 ya existe.</translation>
    </message>
    <message>
        <source>Pricing rule %1 already takes effect at %2; two rules cannot start at the same moment.</source>
        <translation>La regla de tarifa %1 ya entra en vigor el %2; dos reglas no pueden empezar en el mismo momento.</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>registrado</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>asignado</translation>
    </message>
    <message>
        <source>out for delivery</source>
        <translation>en reparto</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Account %1 does not exist; open it before submitting shipments for it.</source>
        <translation>La cuenta %1 no existe; ábrala antes de registrar envíos para ella.</translation>
    </message>
    <message>
        <source>Shipment %1 already exists.</source>
        <translation>El envío %1 ya existe.</translation>
    </message>
    <message>
        <source>Shipment %1 is %2; only a submitted or assigned shipment can be cancelled.</source>
        <translation>El envío %1 está %2; solo se puede cancelar un envío registrado o asignado.</translation>
    </message>
    <message>
        <source>Truck %1 is not registered.</source>
        <translation>El camión %1 no está registrado.</translation>
    </message>
    <message>
        <source>Shipment %1 is %2; only a submitted or assigned shipment can be assigned a truck.</source>
        <translation>El envío %1 está %2; solo se puede asignar un camión a un envío registrado o asignado.</translation>
    </message>
    <message>
        <source>Shipment %1 is already assigned to truck %2.</source>
        <translation>El envío %1 ya está asignado al camión %2.</translation>
    </message>
    <message>
        <source>Shipment %1 is %2; only an assigned shipment can be shipped.</source>
        <translation>El envío %1 está %2; solo se puede despachar un envío asignado.</translation>
    </message>
    <message>
        <source>Shipment %1 is %2; only an out-for-delivery shipment can be delivered.</source>
        <translation>El envío %1 está %2; solo se puede entregar un envío en reparto.</translation>
    </message>
    <message>
        <source>Shipment %1 is %2; only an assigned shipment can be unassigned.</source>
        <translation>El envío %1 está %2; solo se puede quitar la asignación de un envío asignado.</translation>
    </message>
    <message>
        <source>Truck %1 is already registered.</source>
        <translation>El camión %1 ya está registrado.</translation>
    </message>
    <message>
        <source>Truck %1 is already out of service.</source>
        <translation>El camión %1 ya está fuera de servicio.</translation>
    </message>
    <message>
        <source>Truck %1 is in service; only an out-of-service truck can be returned to service.</source>
        <translation>El camión %1 está en servicio; solo se puede reincorporar al servicio un camión fuera de servicio.</translation>
    </message>
    <message>
        <source>Truck %1 is out of service.</source>
        <translation>El camión %1 está fuera de servicio.</translation>
    </message>
    <message>
        <source>Truck %1 already holds shipment %2, out for delivery.</source>
        <translation>El camión %1 ya lleva el envío %2, que está en reparto.</translation>
    </message>
    <message>
        <source>Truck %1 already holds shipment %2, assigned to it.</source>
        <translation>El camión %1 ya tiene asignado el envío %2.</translation>
    </message>
    <message>
        <source>Shipment %1 weighs %2 lb; truck %3 carries at most %4 lb.</source>
        <translation>El envío %1 pesa %2 lb; el camión %3 carga como máximo %4 lb.</translation>
    </message>
    <message>
        <source>The login %1 may not act as %2 for %3.</source>
        <translation>El usuario %1 no puede actuar como %2 para %3.</translation>
    </message>
    <message>
        <source>Shipment %1 is %2; only an assigned or out-for-delivery shipment can take a check call.</source>
        <translation>El envío %1 está %2; solo se puede registrar una llamada de control para un envío asignado o en reparto.</translation>
    </message>
</context>
<context>
    <name>hs::RequiredTextDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>hs::SharedStoreDialog</name>
    <message>
        <source>Open Shared Store</source>
        <translation>Abrir almacén compartido</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>The PostgreSQL server the office shares: a host name, or a socket folder.</source>
        <translation>El servidor PostgreSQL que comparte la oficina: un nombre de host o una carpeta de socket.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Your database login: every command you send carries it.</source>
        <translation>Su usuario de la base de datos: cada comando que envía lo lleva.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Leave empty to use PGPASSWORD or ~/.pgpass.</source>
        <translation>Déjelo vacío para usar PGPASSWORD o ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>hs::ShipmentDetail</name>
    <message>
        <source>Select a shipment to see its timeline</source>
        <translation>Seleccione un envío para ver su línea de tiempo</translation>
    </message>
    <message>
        <source>Shipment %1 does not exist at the shown moment</source>
        <translation>El envío %1 no existe en el momento mostrado</translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation>Envío %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
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
        <translation>%1 en la posición %2, comando %3</translation>
    </message>
    <message>
        <source>Waiting for a truck for %1.</source>
        <translation>En espera de camión desde hace %1.</translation>
    </message>
    <message>
        <source>On %1, waiting to be picked up for %2.</source>
        <translation>En %1, en espera de recolección desde hace %2.</translation>
    </message>
    <message>
        <source>On the road with %1 for %2.</source>
        <translation>En ruta con %1 desde hace %2.</translation>
    </message>
    <message>
        <source>Select a shipment first.</source>
        <translation>Seleccione primero un envío.</translation>
    </message>
    <message>
        <source>The dashboard shows a past moment: this view is read-only.</source>
        <translation>El panel muestra un momento pasado: esta vista es de solo lectura.</translation>
    </message>
    <message>
        <source>(reason to follow)</source>
        <translation>(motivo pendiente)</translation>
    </message>
    <message>
        <source>Cancel shipment %1; you will be asked for a reason.</source>
        <translation>Cancelar el envío %1; se le pedirá un motivo.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Truck</source>
        <translation>Camión</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Recolección</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Línea de &amp;tiempo</translation>
    </message>
    <message>
        <source>Shipment timeline</source>
        <translation>Línea de tiempo del envío</translation>
    </message>
    <message>
        <source>&amp;Cancel Shipment…</source>
        <translation>&amp;Cancelar envío…</translation>
    </message>
    <message>
        <source>Cancel shipment</source>
        <translation>Cancelar envío</translation>
    </message>
    <message>
        <source>Selected shipment</source>
        <translation>Envío seleccionado</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Tiempo de espera</translation>
    </message>
    <message>
        <source>pickup by %1</source>
        <translation>recogida antes de %1</translation>
    </message>
    <message>
        <source>delivery by %1</source>
        <translation>entrega antes de %1</translation>
    </message>
    <message>
        <source>nothing promised</source>
        <translation>nada prometido</translation>
    </message>
    <message>
        <source>no check call yet</source>
        <translation>aún sin llamada de control</translation>
    </message>
    <message>
        <source>%1 (called %2), arriving about %3</source>
        <translation>%1 (llamó %2), llegada hacia %3</translation>
    </message>
    <message>
        <source>%1 (called %2)</source>
        <translation>%1 (llamó %2)</translation>
    </message>
    <message>
        <source>Record where shipment %1 is, from the driver&apos;s call.</source>
        <translation>Registrar dónde está el envío %1, según la llamada del conductor.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Prometido</translation>
    </message>
    <message>
        <source>Last check call</source>
        <translation>Última llamada de control</translation>
    </message>
    <message>
        <source>Check C&amp;all…</source>
        <translation>Ll&amp;amada de control…</translation>
    </message>
    <message>
        <source>Record a check call for this shipment</source>
        <translation>Registrar una llamada de control para este envío</translation>
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
        <translation>Envío</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Truck</source>
        <translation>Camión</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Registrado</translation>
    </message>
</context>
<context>
    <name>hs::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <source>Customer Service, History, What-if: go to the search box</source>
        <translation>Atención al cliente, Historial, Qué pasaría si: ir al cuadro de búsqueda</translation>
    </message>
    <message>
        <source>Customer Service: cancel the selected shipment</source>
        <translation>Atención al cliente: cancelar el envío seleccionado</translation>
    </message>
    <message>
        <source>Dispatch: assign the selected waiting shipment to a truck</source>
        <translation>Despacho: asignar el envío en espera seleccionado a un camión</translation>
    </message>
    <message>
        <source>Dispatch: ship the selected truck&apos;s shipment</source>
        <translation>Despacho: enviar el envío del camión seleccionado</translation>
    </message>
    <message>
        <source>Dispatch: deliver the selected truck&apos;s shipment</source>
        <translation>Despacho: entregar el envío del camión seleccionado</translation>
    </message>
    <message>
        <source>Dispatch: report a breakdown of the selected truck</source>
        <translation>Despacho: informar de una avería del camión seleccionado</translation>
    </message>
    <message>
        <source>Dispatch: return the selected truck to service</source>
        <translation>Despacho: volver a poner en servicio el camión seleccionado</translation>
    </message>
    <message>
        <source>Finance: export the selected account&apos;s statement</source>
        <translation>Finanzas: exportar el extracto de la cuenta seleccionada</translation>
    </message>
    <message>
        <source>History: reload the events</source>
        <translation>Historial: volver a cargar los eventos</translation>
    </message>
    <message>
        <source>History: export the filtered events</source>
        <translation>Historial: exportar los eventos filtrados</translation>
    </message>
    <message>
        <source>What-if: replay without the chosen commands</source>
        <translation>Qué pasaría si: reproducir sin los comandos elegidos</translation>
    </message>
    <message>
        <source>Chain explorer: zoom in</source>
        <translation>Explorador de cadenas: acercar</translation>
    </message>
    <message>
        <source>Chain explorer: zoom out</source>
        <translation>Explorador de cadenas: alejar</translation>
    </message>
    <message>
        <source>Chain explorer: fit the chain into view</source>
        <translation>Explorador de cadenas: ajustar la cadena a la vista</translation>
    </message>
    <message>
        <source>Close the shortcut list</source>
        <translation>Cerrar la lista de atajos</translation>
    </message>
    <message>
        <source>Dispatch: record a check call for the selected truck&apos;s shipment</source>
        <translation>Despacho: registrar una llamada de control para el envío del camión seleccionado</translation>
    </message>
    <message>
        <source>Finance: set the selected account&apos;s credit limit</source>
        <translation>Finanzas: fijar el límite de crédito de la cuenta seleccionada</translation>
    </message>
    <message>
        <source>Finance: place or release the selected account&apos;s credit hold</source>
        <translation>Finanzas: bloquear o desbloquear el crédito de la cuenta seleccionada</translation>
    </message>
    <message>
        <source>Finance: write off the selected open invoice</source>
        <translation>Finanzas: cancelar la factura pendiente seleccionada</translation>
    </message>
</context>
<context>
    <name>hs::StatementDialog</name>
    <message>
        <source>Export a Statement</source>
        <translation>Exportar un estado de cuenta</translation>
    </message>
    <message>
        <source>Statement from</source>
        <translation>Estado de cuenta desde</translation>
    </message>
    <message>
        <source>Statement to</source>
        <translation>Estado de cuenta hasta</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
</context>
<context>
    <name>hs::StoreError</name>
    <message>
        <source>The events of %1 cannot be read.</source>
        <translation>No se pueden leer los eventos de %1.</translation>
    </message>
    <message>
        <source>The head of %1 could not be recorded.</source>
        <translation>No se pudo registrar la posición final de %1.</translation>
    </message>
    <message>
        <source>The batch could not be stored in %1.</source>
        <translation>No se pudo guardar el lote en %1.</translation>
    </message>
    <message>
        <source>Haulstream lost its hold on %1 (another part of this program opened and closed the file, or the file was replaced). The store is being opened again.</source>
        <translation>Haulstream perdió el control de %1 (otra parte de este programa abrió y cerró el archivo, o el archivo fue reemplazado). El almacén se está abriendo de nuevo.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Haulstream store.</source>
        <translation>%1 es una carpeta, no un almacén de Haulstream.</translation>
    </message>
    <message>
        <source>%1 is not a Haulstream store (it is an SQLite database of another program).</source>
        <translation>%1 no es un almacén de Haulstream (es una base de datos SQLite de otro programa).</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Haulstream (store schema %2; this version reads up to %3). Update Haulstream to open it.</source>
        <translation>%1 fue escrito por una versión más reciente de Haulstream (esquema %2; esta versión lee hasta el %3). Actualice Haulstream para abrirlo.</translation>
    </message>
    <message>
        <source>%1: the store could not switch to write-ahead logging.</source>
        <translation>%1: el almacén no pudo pasar al registro de escritura anticipada (WAL).</translation>
    </message>
    <message>
        <source>%1 could not be brought up to this version of Haulstream: %2</source>
        <translation>%1 no se pudo actualizar a esta versión de Haulstream: %2</translation>
    </message>
    <message>
        <source>Haulstream lost its hold on %1 (another part of this program opened and closed the file, or the file was replaced). Nothing was recorded; the store is being opened again.</source>
        <translation>Haulstream perdió el control de %1 (otra parte de este programa abrió y cerró el archivo, o el archivo fue reemplazado). No se registró nada; el almacén se está abriendo de nuevo.</translation>
    </message>
    <message>
        <source>%1 could not be used: %2</source>
        <translation>No se pudo usar %1: %2</translation>
    </message>
    <message>
        <source>%1 is on a read-only disk: Haulstream can show it but not record anything in it.</source>
        <translation>%1 está en un disco de solo lectura: Haulstream puede mostrarlo, pero no registrar nada en él.</translation>
    </message>
    <message>
        <source>%1 is read-only: Haulstream can show it but not record anything in it.</source>
        <translation>%1 es de solo lectura: Haulstream puede mostrarlo, pero no registrar nada en él.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: Haulstream cannot write the store, nor the log files it keeps beside it.</source>
        <translation>La carpeta %1 es de solo lectura: Haulstream no puede escribir el almacén ni los archivos de registro que guarda junto a él.</translation>
    </message>
    <message>
        <source>%1 is locked by another program that has not let go of it. Nothing was changed; try again when it is done.</source>
        <translation>%1 está bloqueado por otro programa que no lo ha liberado. No se cambió nada; inténtelo de nuevo cuando termine.</translation>
    </message>
    <message>
        <source>%1 is locked by another program, %2, that has not let go of it. Nothing was changed; try again when it is done.</source>
        <translation>%1 está bloqueado por otro programa, %2, que no lo ha liberado. No se cambió nada; inténtelo de nuevo cuando termine.</translation>
    </message>
    <message>
        <source>%1 is not a Haulstream store (it is not an SQLite database).</source>
        <translation>%1 no es un almacén de Haulstream (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <source>%1 is damaged: it ends after %2 bytes, but its header says it holds %3 bytes (page %4 onwards is missing). It was cut short, perhaps by an interrupted copy; restore it from a backup.</source>
        <translation>%1 está dañado: termina tras %2 bytes, pero su cabecera dice que contiene %3 bytes (falta desde la página %4). Se cortó, quizá por una copia interrumpida; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full. Nothing was changed; free some space and try again.</source>
        <translation>El disco que contiene %1 está lleno. No se cambió nada; libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup.</source>
        <translation>%1 está dañado (%2). Restáurelo desde una copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>hs::TimeMachineBar</name>
    <message numerus="yes">
        <source>Live · %n event(s)</source>
        <translation>
            <numerusform>En vivo · %n evento</numerusform>
            <numerusform>En vivo · %n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>Event %1 of %2</source>
        <translation>Evento %1 de %2</translation>
    </message>
    <message>
        <source>Time Machine</source>
        <translation>Máquina del tiempo</translation>
    </message>
    <message>
        <source>Time machine: show the store as it stood at an earlier moment</source>
        <translation>Máquina del tiempo: mostrar el almacén tal como estaba en un momento anterior</translation>
    </message>
    <message>
        <source>Time machine</source>
        <translation>Máquina del tiempo</translation>
    </message>
    <message>
        <source>Moment shown, as a position in the event history</source>
        <translation>Momento mostrado, como posición en el historial de eventos</translation>
    </message>
    <message>
        <source>Drag to see the store as it stood after that event; the right end is live.</source>
        <translation>Arrastre para ver el almacén tal como estaba después de ese evento; el extremo derecho es el presente.</translation>
    </message>
    <message>
        <source>Position shown</source>
        <translation>Posición mostrada</translation>
    </message>
    <message>
        <source>Moment shown, as a date and time</source>
        <translation>Momento mostrado, como fecha y hora</translation>
    </message>
    <message>
        <source>Show the store as it stood at this date and time (your local time)</source>
        <translation>Mostrar el almacén tal como estaba en esta fecha y hora (su hora local)</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>Volver al presente</translation>
    </message>
    <message>
        <source>Back to live: show the store as it is now (Esc or Ctrl+L)</source>
        <translation>Volver al presente: mostrar el almacén tal como está ahora (Esc o Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>hs::TruckBoard</name>
    <message>
        <source>%1 trucks</source>
        <translation>%1 camiones</translation>
    </message>
    <message>
        <source>No trucks</source>
        <translation>Sin camiones</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n truck(s)</source>
        <translation>
            <numerusform>%1: %n camión</numerusform>
            <numerusform>%1: %n camiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::TruckCard</name>
    <message>
        <source>cap. %1 lb</source>
        <translation>cap. %1 lb</translation>
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
        <translation>Vacío, en el taller</translation>
    </message>
    <message>
        <source>Empty, ready to load</source>
        <translation>Vacío, listo para cargar</translation>
    </message>
    <message>
        <source>Truck %1</source>
        <translation>Camión %1</translation>
    </message>
    <message>
        <source>%1, capacity %2 lb, %3</source>
        <translation>%1, capacidad %2 lb, %3</translation>
    </message>
    <message>
        <source>%1 — %2. Drag the shipment to another truck to reassign it.</source>
        <translation>%1 — %2. Arrastre el envío a otro camión para reasignarlo.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>Drop to assign %1 to %2</source>
        <translation>Suelte para asignar %1 a %2</translation>
    </message>
    <message>
        <source>At %1 (%2) · ETA %3</source>
        <translation>En %1 (%2) · llegada %3</translation>
    </message>
    <message>
        <source>At %1 (%2)</source>
        <translation>En %1 (%2)</translation>
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
        <translation>Reproduciendo el almacén sin %1…</translation>
    </message>
    <message>
        <source>Replay cancelled. The live store was not changed.</source>
        <translation>Reproducción cancelada. El almacén real no se modificó.</translation>
    </message>
    <message>
        <source>No command or event has the id “%1”.</source>
        <translation>Ningún comando ni evento tiene el ID “%1”.</translation>
    </message>
    <message>
        <source>The branch could not be replayed: %1</source>
        <translation>No se pudo reproducir la rama: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s)</source>
        <translation>
            <numerusform>%n envío</numerusform>
            <numerusform>%n envíos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n truck(s)</source>
        <translation>
            <numerusform>%n camión</numerusform>
            <numerusform>%n camiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n cuenta</numerusform>
            <numerusform>%n cuentas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger(s)</source>
        <translation>
            <numerusform>%n libro mayor</numerusform>
            <numerusform>%n libros mayores</numerusform>
        </translation>
    </message>
    <message>
        <source>Without %1, %2 replayed from event %3 on: %4 whose outcome changes; %5 differ. The live store was not changed.</source>
        <translation>Sin %1, reproducción a partir del evento %3 (%2): %4 con un resultado distinto; diferencias en %5. El almacén real no se modificó.</translation>
    </message>
    <message numerus="yes">
        <source>%n later command(s)</source>
        <translation>
            <numerusform>%n comando posterior</numerusform>
            <numerusform>%n comandos posteriores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n command(s)</source>
        <translation>
            <numerusform>%n comando</numerusform>
            <numerusform>%n comandos</numerusform>
        </translation>
    </message>
    <message>
        <source>What-if replay finished.</source>
        <translation>Simulación terminada.</translation>
    </message>
    <message>
        <source>What if these commands had never been sent?</source>
        <translation>¿Qué habría pasado si estos comandos nunca se hubieran enviado?</translation>
    </message>
    <message>
        <source>The commands after the first one you leave out are replayed, in their original order and through the same rules and listeners, in a throw-away copy. The live store is never changed.</source>
        <translation>Los comandos posteriores al primero que omita se reproducen en su orden original, con las mismas reglas y los mismos oyentes, en una copia desechable. El almacén real nunca se modifica.</translation>
    </message>
    <message>
        <source>&amp;Commands to leave out (most recent first; Ctrl+click to pick several):</source>
        <translation>&amp;Comandos que omitir (los más recientes primero; Ctrl+clic para elegir varios):</translation>
    </message>
    <message>
        <source>Search by command id, type, user or rejection code</source>
        <translation>Buscar por ID de comando, tipo, usuario o código de rechazo</translation>
    </message>
    <message>
        <source>Search the command log</source>
        <translation>Buscar en el registro de comandos</translation>
    </message>
    <message>
        <source>Command log</source>
        <translation>Registro de comandos</translation>
    </message>
    <message>
        <source>…or &amp;paste command or event ids:</source>
        <translation>…o &amp;pegue ID de comandos o de eventos:</translation>
    </message>
    <message>
        <source>ids separated by commas or spaces</source>
        <translation>ID separados por comas o espacios</translation>
    </message>
    <message>
        <source>Command or event ids to leave out</source>
        <translation>ID de comandos o de eventos que omitir</translation>
    </message>
    <message>
        <source>&amp;Replay without them</source>
        <translation>&amp;Reproducir sin ellos</translation>
    </message>
    <message>
        <source>Replay without them</source>
        <translation>Reproducir sin ellos</translation>
    </message>
    <message>
        <source>Replay the rest of history without the chosen commands in a throw-away copy (Ctrl+R). The live store is never changed.</source>
        <translation>Reproducir el resto del historial sin los comandos elegidos en una copia desechable (Ctrl+R). El almacén real nunca se modifica.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the replay</source>
        <translation>Cancelar la reproducción</translation>
    </message>
    <message>
        <source>Replay progress</source>
        <translation>Progreso de la reproducción</translation>
    </message>
    <message>
        <source>What-if summary</source>
        <translation>Resumen de la simulación</translation>
    </message>
    <message>
        <source>What-If</source>
        <translation>Simulación</translation>
    </message>
</context>
<context>
    <name>hs::WhatIfResultView</name>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Live store</source>
        <translation>Almacén real</translation>
    </message>
    <message>
        <source>Branch without them</source>
        <translation>Rama sin ellos</translation>
    </message>
    <message>
        <source>What-if result: live store and branch side by side</source>
        <translation>Resultado de la simulación: almacén real y rama, uno al lado del otro</translation>
    </message>
    <message>
        <source>(does not exist)</source>
        <translation>(no existe)</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>existe</translation>
    </message>
    <message>
        <source>Ledger of %1</source>
        <translation>Libro mayor de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n movimiento</numerusform>
            <numerusform>%n movimientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries the same on both sides</source>
        <translation>
            <numerusform>%n movimiento igual en ambos lados</numerusform>
            <numerusform>%n movimientos iguales en ambos lados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n command(s))</source>
        <translation>
            <numerusform>Omitidos (%n comando)</numerusform>
            <numerusform>Omitidos (%n comandos)</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>registrado</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>omitido</translation>
    </message>
    <message numerus="yes">
        <source>Later commands whose outcome changes (%n)</source>
        <translation>
            <numerusform>Comandos posteriores cuyo resultado cambia (%n)</numerusform>
            <numerusform>Comandos posteriores cuyo resultado cambia (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>Every later command has the same outcome.</source>
        <translation>Todos los comandos posteriores tienen el mismo resultado.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Sin diferencias.</translation>
    </message>
    <message>
        <source>Shipments that differ (%1)</source>
        <translation>Envíos con diferencias (%1)</translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation>Envío %1</translation>
    </message>
    <message>
        <source>Trucks that differ (%1)</source>
        <translation>Camiones con diferencias (%1)</translation>
    </message>
    <message>
        <source>Truck %1</source>
        <translation>Camión %1</translation>
    </message>
    <message>
        <source>Accounts that differ (%1)</source>
        <translation>Cuentas con diferencias (%1)</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Cuenta %1</translation>
    </message>
    <message>
        <source>Ledgers that differ (%1)</source>
        <translation>Libros mayores con diferencias (%1)</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>rechazado: %1</translation>
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
        <translation>Atención al cliente</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Despacho</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzas</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
</context>
<context>
    <name>hs::words</name>
    <message>
        <source>automatically</source>
        <translation>automáticamente</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>Open account %1</source>
        <translation>Abrir cuenta %1</translation>
    </message>
    <message>
        <source>Register truck %1</source>
        <translation>Registrar camión %1</translation>
    </message>
    <message>
        <source>Submit shipment %1</source>
        <translation>Registrar envío %1</translation>
    </message>
    <message>
        <source>Cancel shipment %1</source>
        <translation>Cancelar envío %1</translation>
    </message>
    <message>
        <source>Assign %1 to truck %2</source>
        <translation>Asignar %1 al camión %2</translation>
    </message>
    <message>
        <source>Ship %1</source>
        <translation>Despachar %1</translation>
    </message>
    <message>
        <source>Deliver %1</source>
        <translation>Entregar %1</translation>
    </message>
    <message>
        <source>Report breakdown of %1</source>
        <translation>Informar avería de %1</translation>
    </message>
    <message>
        <source>Return %1 to service</source>
        <translation>Reincorporar %1 al servicio</translation>
    </message>
    <message>
        <source>Post payment %1 on %2</source>
        <translation>Registrar pago %1 en %2</translation>
    </message>
    <message>
        <source>Reverse payment %1 on %2</source>
        <translation>Revertir pago %1 en %2</translation>
    </message>
    <message>
        <source>Schedule pricing rule %1</source>
        <translation>Programar regla de tarifa %1</translation>
    </message>
    <message>
        <source>Invoice %1 for %2</source>
        <translation>Facturar a %1 por %2</translation>
    </message>
    <message>
        <source>Unassign %1</source>
        <translation>Quitar la asignación de %1</translation>
    </message>
    <message>
        <source>Set the credit limit of %1 to %2</source>
        <translation>Fijar el límite de crédito de %1 en %2</translation>
    </message>
    <message>
        <source>Remove the credit limit of %1</source>
        <translation>Quitar el límite de crédito de %1</translation>
    </message>
    <message>
        <source>Place %1 on credit hold</source>
        <translation>Bloquear el crédito de %1</translation>
    </message>
    <message>
        <source>Release the credit hold on %1</source>
        <translation>Levantar el bloqueo de crédito de %1</translation>
    </message>
    <message>
        <source>Write off the invoice for %1 on %2</source>
        <translation>Cancelar como incobrable la factura de %1 en %2</translation>
    </message>
    <message>
        <source>Account %1 opened for %2</source>
        <translation>Cuenta %1 abierta para %2</translation>
    </message>
    <message>
        <source>Truck %1 registered, %2 lb capacity</source>
        <translation>Camión %1 registrado, capacidad de %2 lb</translation>
    </message>
    <message>
        <source>%1 for %2: %3 lb, %4 → %5, %6</source>
        <translation>%1 para %2: %3 lb, %4 → %5, %6</translation>
    </message>
    <message>
        <source>%1 cancelled: %2</source>
        <translation>%1 cancelado: %2</translation>
    </message>
    <message>
        <source>%1 assigned to truck %2</source>
        <translation>%1 asignado al camión %2</translation>
    </message>
    <message>
        <source>%1 moved from truck %2 to %3</source>
        <translation>%1 trasladado del camión %2 al %3</translation>
    </message>
    <message>
        <source>%1 left the yard on truck %2</source>
        <translation>%1 salió del patio en el camión %2</translation>
    </message>
    <message>
        <source>%1 delivered by truck %2, signed by %3</source>
        <translation>%1 entregado por el camión %2, firmado por %3</translation>
    </message>
    <message>
        <source>%1 taken off truck %2: %3</source>
        <translation>%1 retirado del camión %2: %3</translation>
    </message>
    <message>
        <source>Truck %1 broke down: %2</source>
        <translation>Avería del camión %1: %2</translation>
    </message>
    <message>
        <source>Truck %1 back in service</source>
        <translation>Camión %1 de nuevo en servicio</translation>
    </message>
    <message>
        <source>Payment %1 of %2 from %3</source>
        <translation>Pago %1 de %2 recibido de %3</translation>
    </message>
    <message>
        <source>Payment %1 of %2 reversed for %3: %4</source>
        <translation>Pago %1 de %2 de %3 revertido: %4</translation>
    </message>
    <message>
        <source>Pricing rule %1: %2/lb, minimum %3, from %4</source>
        <translation>Regla de tarifa %1: %2/lb, mínimo %3, desde %4</translation>
    </message>
    <message>
        <source>standing rate</source>
        <translation>tarifa estándar</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>regla %1</translation>
    </message>
    <message>
        <source>submitted %1 at %2 for %3 (%4)</source>
        <translation>registrado %1, %2, por un monto de %3 (%4)</translation>
    </message>
    <message>
        <source>assigned to %1 %2 at %3</source>
        <translation>asignado a %1 %2, %3</translation>
    </message>
    <message>
        <source>moved from %1 to %2 %3 at %4</source>
        <translation>trasladado de %1 a %2 %3, %4</translation>
    </message>
    <message>
        <source>out for delivery on %1, sent %2 at %3</source>
        <translation>en reparto en %1, despachado %2, %3</translation>
    </message>
    <message>
        <source>delivered, signed by %1 (recorded %2 at %3)</source>
        <translation>entregado, firmado por %1 (registrado %2, %3)</translation>
    </message>
    <message>
        <source>cancelled %1 at %2: %3</source>
        <translation>cancelado %1, %2: %3</translation>
    </message>
    <message>
        <source>taken off %1 %2 at %3: %4</source>
        <translation>retirado de %1 %2, %3: %4</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>Check call for %1: %2</source>
        <translation>Llamada de control de %1: %2</translation>
    </message>
    <message>
        <source>%1 on truck %2 called in from %3</source>
        <translation>%1 en el camión %2 llamó desde %3</translation>
    </message>
    <message>
        <source>%1 invoiced %2 for %3, due %4</source>
        <translation>%1 facturada por %2 por %3, vence %4</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Credit limit of %1 changed from %2 to %3</source>
        <translation>Límite de crédito de %1 cambiado de %2 a %3</translation>
    </message>
    <message>
        <source>%1 put on credit hold: %2</source>
        <translation>Crédito de %1 bloqueado: %2</translation>
    </message>
    <message>
        <source>Credit hold on %1 released</source>
        <translation>Bloqueo de crédito de %1 levantado</translation>
    </message>
    <message>
        <source>%1 wrote off %2 of the invoice for %3: %4</source>
        <translation>%1: %2 de la factura de %3 cancelados como incobrables: %4</translation>
    </message>
    <message>
        <source>check call %1 at %2: %3</source>
        <translation>llamada de control %1 a las %2: %3</translation>
    </message>
    <message>
        <source>open accounts</source>
        <translation>abrir cuentas</translation>
    </message>
    <message>
        <source>register trucks</source>
        <translation>registrar camiones</translation>
    </message>
    <message>
        <source>submit shipments</source>
        <translation>registrar envíos</translation>
    </message>
    <message>
        <source>cancel shipments</source>
        <translation>cancelar envíos</translation>
    </message>
    <message>
        <source>assign trucks</source>
        <translation>asignar camiones</translation>
    </message>
    <message>
        <source>send shipments out for delivery</source>
        <translation>poner envíos en reparto</translation>
    </message>
    <message>
        <source>record deliveries</source>
        <translation>registrar entregas</translation>
    </message>
    <message>
        <source>report breakdowns</source>
        <translation>informar de averías</translation>
    </message>
    <message>
        <source>return trucks to service</source>
        <translation>devolver camiones al servicio</translation>
    </message>
    <message>
        <source>post payments</source>
        <translation>registrar pagos</translation>
    </message>
    <message>
        <source>reverse payments</source>
        <translation>revertir pagos</translation>
    </message>
    <message>
        <source>schedule pricing rules</source>
        <translation>programar reglas de precio</translation>
    </message>
    <message>
        <source>invoice accounts</source>
        <translation>facturar a las cuentas</translation>
    </message>
    <message>
        <source>take shipments off trucks</source>
        <translation>retirar envíos de los camiones</translation>
    </message>
    <message>
        <source>record check calls</source>
        <translation>registrar llamadas de control</translation>
    </message>
    <message>
        <source>set credit limits</source>
        <translation>fijar límites de crédito</translation>
    </message>
    <message>
        <source>place accounts on credit hold</source>
        <translation>bloquear el crédito de las cuentas</translation>
    </message>
    <message>
        <source>release credit holds</source>
        <translation>desbloquear el crédito</translation>
    </message>
    <message>
        <source>write off invoices</source>
        <translation>cancelar facturas como incobrables</translation>
    </message>
    <message>
        <source>Only %1 may %2; %3 may not.</source>
        <translation>Solo %1 puede %2; %3 no.</translation>
    </message>
    <message>
        <source>Nobody may %1 by hand: the system does it.</source>
        <translation>Nadie puede %1 a mano: lo hace el sistema.</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Truck</source>
        <translation>Camión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Recolección</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Referencia del cliente</translation>
    </message>
    <message>
        <source>Pick up by</source>
        <translation>Recoger antes de</translation>
    </message>
    <message>
        <source>Deliver by</source>
        <translation>Entregar antes de</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Límite de crédito</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposición</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>Facturas abiertas</translation>
    </message>
    <message>
        <source>On credit hold</source>
        <translation>Crédito bloqueado</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>Plazo de pago (días)</translation>
    </message>
    <message>
        <source>%1 lb</source>
        <translation>%1 lb</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>En reparto</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Fuera de servicio</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <source>unknown command</source>
        <translation>comando desconocido</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>no permitido</translation>
    </message>
    <message>
        <source>out of date</source>
        <translation>desactualizado</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>ya existe</translation>
    </message>
    <message>
        <source>credit hold</source>
        <translation>crédito bloqueado</translation>
    </message>
    <message>
        <source>over the credit limit</source>
        <translation>supera el límite de crédito</translation>
    </message>
    <message>
        <source>not possible now</source>
        <translation>no es posible ahora</translation>
    </message>
    <message>
        <source>truck unavailable</source>
        <translation>camión no disponible</translation>
    </message>
    <message>
        <source>over capacity</source>
        <translation>supera la capacidad</translation>
    </message>
    <message>
        <source>Account opened</source>
        <translation>Cuenta abierta</translation>
    </message>
    <message>
        <source>Truck registered</source>
        <translation>Camión registrado</translation>
    </message>
    <message>
        <source>Shipment submitted</source>
        <translation>Envío registrado</translation>
    </message>
    <message>
        <source>Shipment cancelled</source>
        <translation>Envío cancelado</translation>
    </message>
    <message>
        <source>Shipment assigned</source>
        <translation>Envío asignado</translation>
    </message>
    <message>
        <source>Shipment out for delivery</source>
        <translation>Envío en reparto</translation>
    </message>
    <message>
        <source>Shipment delivered</source>
        <translation>Envío entregado</translation>
    </message>
    <message>
        <source>Shipment taken off its truck</source>
        <translation>Envío retirado de su camión</translation>
    </message>
    <message>
        <source>Truck broke down</source>
        <translation>Camión averiado</translation>
    </message>
    <message>
        <source>Truck back in service</source>
        <translation>Camión de nuevo en servicio</translation>
    </message>
    <message>
        <source>Payment posted</source>
        <translation>Pago registrado</translation>
    </message>
    <message>
        <source>Payment reversed</source>
        <translation>Pago revertido</translation>
    </message>
    <message>
        <source>Pricing rule scheduled</source>
        <translation>Regla de tarifa programada</translation>
    </message>
    <message>
        <source>Account invoiced</source>
        <translation>Cuenta facturada</translation>
    </message>
    <message>
        <source>Check call recorded</source>
        <translation>Llamada de control registrada</translation>
    </message>
    <message>
        <source>Credit limit set</source>
        <translation>Límite de crédito fijado</translation>
    </message>
    <message>
        <source>Credit hold placed</source>
        <translation>Crédito bloqueado</translation>
    </message>
    <message>
        <source>Credit hold released</source>
        <translation>Bloqueo de crédito levantado</translation>
    </message>
    <message>
        <source>Invoice written off</source>
        <translation>Factura cancelada como incobrable</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Trucks</source>
        <translation>Camiones</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Libro mayor</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Receivables aging</source>
        <translation>Antigüedad de saldos</translation>
    </message>
    <message>
        <source>Shipments at risk</source>
        <translation>Envíos en riesgo</translation>
    </message>
    <message>
        <source>Check calls</source>
        <translation>Llamadas de control</translation>
    </message>
    <message>
        <source>Status counts</source>
        <translation>Recuento por estado</translation>
    </message>
    <message>
        <source>Pricing schedule</source>
        <translation>Calendario de tarifas</translation>
    </message>
    <message>
        <source>Invoice on delivery</source>
        <translation>Factura al entregar</translation>
    </message>
    <message>
        <source>Back to the queue after a breakdown</source>
        <translation>De vuelta a la cola tras una avería</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Great Plains Trucking&apos;s operations dashboard.</source>
        <translation>Panel de operaciones de Great Plains Trucking.</translation>
    </message>
    <message>
        <source>The store to open (default: %1).</source>
        <translation>El almacén que se abrirá (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Fill an empty store with four weeks of demo data.</source>
        <translation>Llenar un almacén vacío con cuatro semanas de datos de demostración.</translation>
    </message>
    <message>
        <source>Language: en, de or es.</source>
        <translation>Idioma: en, de o es.</translation>
    </message>
    <message>
        <source>Render every pane to PNG files in DIR and exit.</source>
        <translation>Generar cada panel como archivos PNG en DIR y salir.</translation>
    </message>
    <message>
        <source>Exit as soon as the first pane shows data (for the benchmark).</source>
        <translation>Salir en cuanto el primer panel muestre datos (para la prueba de rendimiento).</translation>
    </message>
    <message>
        <source>Open the time machine at this moment (ISO 8601), read-only.</source>
        <translation>Abrir la máquina del tiempo en este momento (ISO 8601), en solo lectura.</translation>
    </message>
    <message>
        <source>--as-of needs an ISO 8601 time with a zone.</source>
        <translation>--as-of requiere una hora ISO 8601 con zona horaria.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en, de or es.</source>
        <translation>Idioma desconocido “%1”: use en, de o es.</translation>
    </message>
    <message>
        <source>No translation for “%1” is installed; using English.</source>
        <translation>No hay ninguna traducción instalada para “%1”; se usará el inglés.</translation>
    </message>
</context>
</TS>
