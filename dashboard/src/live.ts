// Subscriptions over one WebSocket per page, speaking graphql-transport-ws (what Apollo
// Client and urql speak): the key goes in `connection_init`; the server sends the current
// answer at once, then a new one after each publish whose answer differs.
import { ApiError, apiKey, type Data, type Variables } from "./api";

/** Receives each answer, or the error that ended the subscription, as a settled promise. */
export type Sink = (answer: Promise<Data>) => void;

interface Subscription {
  document: string;
  variables: Variables;
  sink: Sink;
}

/** Before trying again after the socket closed unasked (e.g. the gateway restarted). */
const RECONNECT_MS = 2_000;
const PROTOCOL = "graphql-transport-ws";

let socket: WebSocket | null = null;
let acknowledged = false;
let nextId = 1;
let reconnect: number | undefined;
const subscriptions = new Map<string, Subscription>();

function send(message: object): void {
  socket?.send(JSON.stringify(message));
}

function start(id: string, { document, variables }: Subscription): void {
  send({ id, type: "subscribe", payload: { query: document, variables } });
}

function open(): void {
  const url = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/graphql`;
  const ws = new WebSocket(url, PROTOCOL);
  socket = ws;
  acknowledged = false;
  ws.onopen = () =>
    send({ type: "connection_init", payload: { Authorization: `Bearer ${apiKey()}` } });
  ws.onmessage = (event: MessageEvent<string>) => onMessage(JSON.parse(event.data));
  ws.onclose = (event) => {
    if (socket !== ws) return; // replaced or stopped on purpose
    socket = null;
    if (event.code === 4403) {
      fail(
        new ApiError(
          "The API key was refused for live updates: it is unknown, revoked or expired.",
          "unauthenticated",
        ),
      );
      return;
    }
    if (subscriptions.size > 0) reconnect = window.setTimeout(open, RECONNECT_MS);
  };
}

interface Message {
  id?: string;
  type: string;
  payload?: { data?: Data } | { message: string; extensions?: { code?: string } }[];
}

function onMessage(message: Message): void {
  if (message.type === "connection_ack") {
    acknowledged = true;
    for (const [id, subscription] of subscriptions) start(id, subscription);
    return;
  }
  if (message.type === "ping") {
    send({ type: "pong" });
    return;
  }
  const subscription = message.id === undefined ? undefined : subscriptions.get(message.id);
  if (!subscription) return;
  if (message.type === "next" && message.payload && !Array.isArray(message.payload)) {
    subscription.sink(Promise.resolve(message.payload.data ?? {}));
  } else if (message.type === "error" && Array.isArray(message.payload)) {
    subscriptions.delete(message.id as string);
    const [first] = message.payload;
    const code = first?.extensions?.code;
    subscription.sink(
      Promise.reject(
        new ApiError(code ? `${first.message} (${code})` : String(first?.message), "query"),
      ),
    );
  } else if (message.type === "complete") {
    subscriptions.delete(message.id as string);
  }
}

function fail(error: ApiError): void {
  for (const { sink } of subscriptions.values()) sink(Promise.reject(error));
  subscriptions.clear();
}

/** Subscribes to `document` (a `subscription` operation); the returned function ends it. */
export function subscribe(document: string, variables: Variables, sink: Sink): () => void {
  const id = String(nextId++);
  const subscription = { document, variables, sink };
  subscriptions.set(id, subscription);
  if (!socket) open();
  else if (acknowledged) start(id, subscription);
  return () => {
    if (subscriptions.delete(id) && acknowledged) send({ id, type: "complete" });
  };
}

/** Ends every subscription and closes the socket (the page is left). */
export function unsubscribeAll(): void {
  subscriptions.clear();
  window.clearTimeout(reconnect);
  const ws = socket;
  socket = null;
  ws?.close(1000);
}
