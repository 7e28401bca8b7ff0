// Runs one query three times through Apollo Client's automatic persisted queries link
// (`createPersistedQueryLink` with `useGETForHashedQueries`), each time with a fresh
// client so nothing is answered from Apollo's own cache. Reads {url, key, query,
// variables} as JSON on stdin and prints a JSON report: per run, the data and every HTTP
// request the link made (method, whether it carried the document and the hash, status,
// error codes).
import { createHash } from "node:crypto";
import { ApolloClient, HttpLink, InMemoryCache, gql } from "@apollo/client";
import { createPersistedQueryLink } from "@apollo/client/link/persisted-queries";

const input = JSON.parse(await new Promise((resolve) => {
  let text = "";
  process.stdin.on("data", (chunk) => (text += chunk));
  process.stdin.on("end", () => resolve(text));
}));

const sha256 = (text) => createHash("sha256").update(text).digest("hex");

async function recorded(requests, resource, options) {
  const url = new URL(String(resource));
  const body = options.body ? JSON.parse(options.body) : {};
  const extensions = body.extensions ?? JSON.parse(url.searchParams.get("extensions") ?? "{}");
  const response = await fetch(resource, options);
  const answer = await response.clone().json();
  requests.push({
    method: options.method ?? "GET",
    sentDocument: Boolean(body.query ?? url.searchParams.get("query")),
    sentHash: Boolean(extensions.persistedQuery?.sha256Hash),
    status: response.status,
    codes: (answer.errors ?? []).map((error) => error.extensions?.code),
  });
  return response;
}

async function run() {
  const requests = [];
  const client = new ApolloClient({
    cache: new InMemoryCache(),
    link: createPersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(
      new HttpLink({
        uri: `${input.url}/graphql`,
        headers: { Authorization: `Bearer ${input.key}` },
        fetch: (resource, options) => recorded(requests, resource, options),
      }),
    ),
  });
  const result = await client.query({
    query: gql(input.query),
    variables: input.variables,
    fetchPolicy: "network-only",
  });
  return { data: result.data, requests };
}

const runs = [];
for (let index = 0; index < 3; index += 1) runs.push(await run());
process.stdout.write(JSON.stringify({ runs }));
