"""The base every other package stands on, importing nothing of ours: paths and settings,
the event contract, the landing-directory protocol and the published-snapshot pointer."""
