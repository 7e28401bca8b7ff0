"""Live answers: every cube as a subscription, pushed again after each publish that
changes it (`hub`), over graphql-transport-ws and GraphQL over SSE at `/graphql` (`view`)."""

# What a client is told when it sends a subscription as a plain HTTP request.
STREAMS_ONLY = (
    "a subscription streams over a WebSocket (graphql-transport-ws) or a POST with "
    "`Accept: text/event-stream`"
)
