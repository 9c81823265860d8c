#include "commandresult.h"

#include "../util/jsonwriter.h"

namespace hs {

namespace {
void writeEvent(JsonWriter &w, const RecordedEvent &e)
{
    w.beginObject();
    w.field("position", e.position).field("eventId", e.eventId).field("streamId", e.streamId);
    w.field("version", e.version).field("type", e.type()).field("schemaVersion", e.schemaVersion);
    w.key("occurredAt").time(e.occurredAt);
    w.key("recordedAt").time(e.recordedAt);
    w.field("causationId", e.causationId).field("correlationId", e.correlationId);
    w.key("data").raw(e.data);
    w.endObject();
}
} // namespace

QByteArray eventJson(const RecordedEvent &e)
{
    JsonWriter w;
    writeEvent(w, e);
    return w.take();
}


QByteArray resultJson(const CommandResult &r)
{
    JsonWriter w;
    w.beginObject();
    w.key("commandId").optional(r.commandId);
    w.field("status", r.accepted ? "accepted" : "rejected");
    if (r.accepted) {
        w.key("events").beginArray();
        for (const RecordedEvent &e : r.events)
            writeEvent(w, e);
        w.endArray();
    } else if (r.rejection) {
        w.key("error").beginObject();
        w.field("code", rejectionCodeName(r.rejection->code));
        w.field("message", r.rejection->message);
        w.key("field").nullableId(r.rejection->field);
        w.endObject();
    }
    if (r.duplicate)
        w.field("duplicate", true);
    w.endObject();
    return w.take();
}

} // namespace hs
