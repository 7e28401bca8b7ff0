"""Live answers: every cube as a subscription, pushed again after each publish that
changes it (`hub`), over graphql-transport-ws and GraphQL over SSE at `/graphql` (`view`)."""
