// Loads dashboard panels into one Apollo Client cache, twice, as a frontend showing them
// all on one screen would. Reads {url, key, panels: [{name, query, variables}]} as JSON
// on stdin and prints a JSON report: requests per pass, each panel's data per pass, the
// panels the cache cannot answer completely (with what is missing), errors, and Apollo's
// warnings (such as "Cache data may be lost when replacing …").
import { ApolloClient, HttpLink, InMemoryCache, gql } from "@apollo/client";

const input = JSON.parse(await new Promise((resolve) => {
  let text = "";
  process.stdin.on("data", (chunk) => (text += chunk));
  process.stdin.on("end", () => resolve(text));
}));

const warnings = [];
for (const level of ["warn", "error"]) {
  console[level] = (...parts) => warnings.push(parts.map(String).join(" "));
}

let requests = 0;
const client = new ApolloClient({
  cache: new InMemoryCache(),
  link: new HttpLink({
    uri: `${input.url}/graphql`,
    headers: { Authorization: `Bearer ${input.key}` },
    fetch: (...args) => {
      requests += 1;
      return fetch(...args);
    },
  }),
});

const panels = input.panels.map((panel) => ({ ...panel, document: gql(panel.query) }));
const errors = {};

async function load() {
  const before = requests;
  const data = {};
  for (const panel of panels) {
    try {
      const result = await client.query({
        query: panel.document,
        variables: panel.variables,
        fetchPolicy: "cache-first",
      });
      data[panel.name] = result.data;
    } catch (error) {
      errors[panel.name] = String(error);
    }
  }
  return { requests: requests - before, data };
}

const first = await load();
const second = await load();
const incomplete = {};
for (const panel of panels) {
  const diff = client.cache.diff({
    query: panel.document,
    variables: panel.variables,
    returnPartialData: true,
    optimistic: false,
  });
  if (!diff.complete) incomplete[panel.name] = String(diff.missing ?? "incomplete");
}
process.stdout.write(JSON.stringify({ first, second, incomplete, errors, warnings }));
