"""`/graphql` over HTTP: Strawberry's ASGI view with the gateway's context and the status
codes of GraphQL over HTTP, which depend on the response media type
(`gateway.media_types` chooses it from `Accept`).

- A request error (the document does not parse or validate, its variables do not
  coerce, or it hits a size limit) has no `data` entry. With
  `application/graphql-response+json` it is HTTP 400; with `application/json` it is
  200, as for any well-formed request. An unexpected failure before execution is 500.
- Once execution has started the answer is 200, even when a field failed (its error
  sits beside `data: null`), e.g. a bad argument value or a timeout.
- Whatever the media type, a body that is not a GraphQL request (not JSON, no `query`)
  is 400, a mutation sent over GET is 405 with `Allow: POST`, and any method but GET and
  POST is 405 with `Allow: GET, POST`.
- Every one of these errors is a GraphQL JSON body with `extensions.code`.

A request may name its document by hash (Apollo's automatic persisted queries, see
`gateway.persisted_queries`), over POST or GET. A GET query's answer carries an ETag and
is revalidated with `If-None-Match` (304, see `gateway.http_caching`). Successful answers
are kept in a response cache (see `gateway.response_cache`) and a repeated request is
answered from it before its document is parsed; bodies are encoded and decoded with orjson.
"""

from __future__ import annotations

import logging
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry import UNSET, Schema
from strawberry.asgi import GraphQL
from strawberry.exceptions import MissingQueryError
from strawberry.http import GraphQLHTTPResponse, GraphQLRequestData, process_result
from strawberry.types import ExecutionResult

from gateway.compat import (
    AsyncHTTPRequestAdapter,
    CannotGetOperationTypeError,
    HTTPException,
    InvalidOperationTypeError,
    OperationType,
)
from gateway.context import GatewayContext
from gateway.endpoints.errors import gateway_error_response
from gateway.errors import BadUserInput, GatewayError
from gateway.extensions import classify_uncoded, error_code
from gateway.graphiql import graphiql_page
from gateway.http_caching import entity_tag, mark_cacheable, mark_not_stored, matches, not_modified
from gateway.keys import Principal
from gateway.live import STREAMS_ONLY
from gateway.media_types import GRAPHQL_RESPONSE_JSON, response_media_type
from gateway.persisted_queries import PersistedQueries, PersistedRequest
from gateway.response_cache import AnswerKey, ResponseCache, UncacheableRequest, answer_key
from gateway.warehouse import ReadSession, Warehouse
from sessionlens.core.settings import Settings

logger = logging.getLogger(__name__)


def is_request_error(result: ExecutionResult) -> bool:
    """The request was rejected before any field resolved: no data, and no error located
    at a field path."""
    return bool(result.errors) and result.data is None and not any(e.path for e in result.errors)


def _request_error_status(media_type: str, *, internal: bool = False) -> int:
    """With application/graphql-response+json the status tells a request error; with
    application/json every well-formed request is answered 200. A failure of the server
    itself is 500 with either."""
    if internal:
        return 500
    return 400 if media_type == GRAPHQL_RESPONSE_JSON else 200


def _status(result: ExecutionResult, media_type: str) -> int | None:
    """The status of a result when it is not 200."""
    if not is_request_error(result):
        return None
    internal = any(error_code(error) == GatewayError.code for error in result.errors or ())
    return _request_error_status(media_type, internal=internal)


def _snapshot_id(request: Request) -> str | None:
    warehouse: Warehouse = request.state.warehouse
    snapshot = warehouse.snapshot
    return snapshot.snapshot_id if snapshot else None


def _read_session(request: Request | WebSocket) -> ReadSession:
    return request.state.read_session


def _persisted_queries(request: Request) -> PersistedQueries:
    return request.state.persisted_queries


def _refusal_status(request: Request, error: GatewayError) -> int:
    """A persisted query's refusal: PERSISTED_QUERY_NOT_FOUND keeps its 200 (what Apollo
    Client retries on); a malformed one is a request error."""
    if isinstance(error, BadUserInput):
        return _request_error_status(response_media_type(request))
    return error.http_status


async def _request_fields(request: Request) -> dict[str, Any] | None:
    """A GET's parameters (`extensions` decoded) or a JSON POST's body; None when neither
    is a single GraphQL request (Strawberry then says what is wrong)."""
    if request.method == "GET":
        fields: Any = dict(request.query_params)
        if isinstance(fields.get("extensions"), str):
            try:
                fields["extensions"] = orjson.loads(fields["extensions"])
            except orjson.JSONDecodeError:
                return None
        return fields
    if request.method != "POST" or "application/json" not in request.headers.get(
        "content-type", ""
    ):
        return None
    try:
        fields = orjson.loads(await request.body())
    except orjson.JSONDecodeError:
        return None
    return fields if isinstance(fields, dict) else None


class GatewayGraphQL(GraphQL):
    """Strawberry's ASGI view with the gateway's typed context and HTTP status codes."""

    def __init__(self, schema: Schema, settings: Settings) -> None:
        super().__init__(schema, graphql_ide="graphiql", allow_queries_via_get=True)
        self.settings = settings
        self.answers = ResponseCache(settings.response_cache_bytes)

    async def render_graphql_ide(self, request: Request) -> Response:
        """The gateway's own GraphiQL page (Strawberry's loads it from a CDN)."""
        return graphiql_page()

    def encode_json(self, data: object) -> bytes:
        return orjson.dumps(data)

    async def get_context(self, request: Any, response: Any) -> GatewayContext:
        return GatewayContext(
            principal=getattr(request.state, "principal", None),
            reader=_read_session(request),
            settings=self.settings,
        )

    def decode_json(self, data: str | bytes) -> object:
        return orjson.loads(data)

    async def run(
        self, request: Request | WebSocket, context: Any = UNSET, root_value: Any = UNSET
    ) -> Response | WebSocket:
        """Strawberry's run, with its transport errors (bad JSON, unsupported method or
        content type, …) and any unexpected failure outside a resolver as GraphQL JSON
        bodies with `extensions.code` instead of plain text."""
        session = request.state.read_session = ReadSession(request.state.warehouse)
        try:
            if isinstance(request, Request):
                return await self._run_http(request, context, root_value)
            return await super().run(request, context, root_value)
        except HTTPException as error:
            response = gateway_error_response(BadUserInput(error.reason), error.status_code)
            if error.status_code == 405:
                # A GET is refused only for a mutation, which POST would run.
                allowed = "POST" if request.method == "GET" else "GET, POST"
                response.headers["Allow"] = allowed
            return response
        except Exception:
            # Resolver errors are masked by the ErrorCodes extension; this catches what
            # fails around execution, so no traceback text reaches the client.
            logger.exception("unexpected failure serving /graphql")
            return gateway_error_response(GatewayError("Internal error."), 500)
        finally:
            session.close()

    async def _run_http(self, request: Request, context: Any, root_value: Any) -> Response:
        """A GET or POST: its persisted query resolved, then answered with a 304 (GET with
        the current ETag), from the response cache, or by executing it."""
        fields = await _request_fields(request)
        persisted: PersistedRequest | None = None
        if fields is not None:
            try:
                persisted = _persisted_queries(request).resolve(fields)
            except GatewayError as error:
                return gateway_error_response(error, _refusal_status(request, error))
            if persisted is not None:
                request.state.persisted = persisted
                fields = persisted.fields
        principal: Principal | None = getattr(request.state, "principal", None)
        key = self._answer_key(request, principal, fields)
        is_query_get = request.method == "GET" and isinstance((fields or {}).get("query"), str)
        if key is not None and principal is not None and is_query_get:
            tag = entity_tag(key, principal)
            if matches(request.headers.get("if-none-match"), tag):
                return not_modified(tag)
        body = self.answers.get(key) if key is not None and self.answers.enabled else None
        if body is not None:
            response: Response = Response(body, media_type="application/json")
            answered_from, cacheable = key.snapshot_id if key else None, True
        else:
            response = await super().run(request, context, root_value)  # type: ignore[assignment]
            answered_from = _read_session(request).snapshot_id
            cacheable = response.status_code == 200 and getattr(
                request.state, "answer_is_cacheable", False
            )
            # Stored only under the snapshot the answer was read from (a new one may have
            # been published between computing the key and the first query).
            if key is not None and cacheable and answered_from in (None, key.snapshot_id):
                self.answers.put(key, bytes(response.body))
        # A sent document is kept once it proved valid: it executed, or its answer was cached.
        proved_valid = body is not None or getattr(request.state, "document_is_valid", False)
        if persisted is not None and persisted.sent_document and proved_valid:
            _persisted_queries(request).put(persisted.sha256, persisted.fields["query"])
        if is_query_get and response.status_code == 200:
            if key is not None and principal is not None and cacheable:
                mark_cacheable(response, entity_tag(key, principal, answered_from))
            else:
                mark_not_stored(response)
        return response

    def _answer_key(
        self, request: Request, principal: Principal | None, fields: dict[str, Any] | None
    ) -> AnswerKey | None:
        """The request's response-cache key; None when it must not use the cache (no key,
        no snapshot, the GraphiQL page, a body Strawberry will reject, …)."""
        snapshot_id = _snapshot_id(request)
        if principal is None or snapshot_id is None or fields is None:
            return None
        try:
            return answer_key(principal, snapshot_id, fields)
        except (orjson.JSONEncodeError, UncacheableRequest):
            # JSONEncodeError: variables nested deeper than orjson encodes; Strawberry
            # rejects them as a request error.
            return None

    async def execute_single(
        self,
        request: Request,
        request_adapter: AsyncHTTPRequestAdapter,
        sub_response: Response,
        context: GatewayContext,
        root_value: Any,
        request_data: GraphQLRequestData,
    ) -> ExecutionResult:
        if not isinstance(request_data.operation_name, str | None):
            # Not a well-formed GraphQL request, whatever the media type.
            raise HTTPException(400, "`operationName` must be a string")
        persisted: PersistedRequest | None = getattr(request.state, "persisted", None)
        document = persisted.fields["query"] if persisted else request_data.query
        try:
            result = await self.schema.execute(
                document,
                root_value=root_value,
                variable_values=request_data.variables,
                context_value=context,
                operation_name=request_data.operation_name,
                allowed_operation_types=OperationType.from_http(request_adapter.method)
                - {OperationType.SUBSCRIPTION},
                operation_extensions=request_data.extensions,
            )
        except InvalidOperationTypeError as error:
            if error.operation_type is OperationType.SUBSCRIPTION:
                raise HTTPException(400, STREAMS_ONLY) from error
            kind = error.operation_type.value
            raise HTTPException(
                405, f"a {kind} cannot be sent with {request_adapter.method}; use POST"
            ) from error
        except CannotGetOperationTypeError as error:
            # No operation of that name: a request error of a well-formed request.
            status = _request_error_status(response_media_type(request))
            raise HTTPException(status, error.as_http_error_reason()) from error
        except MissingQueryError as error:
            raise HTTPException(400, "send the GraphQL document as `query`") from error
        if result.errors:
            is_admin = context.principal is not None and context.principal.is_admin
            result.errors = classify_uncoded(result.errors, is_admin)
        request.state.document_is_valid = not is_request_error(result)
        status = _status(result, response_media_type(request))
        if status is not None:
            sub_response.status_code = status
        request.state.answer_is_cacheable = not result.errors and not context.clock_dependent
        return result

    async def process_result(
        self, request: Request, result: ExecutionResult
    ) -> GraphQLHTTPResponse:
        response = process_result(result)
        if is_request_error(result):
            # GraphQL spec: an error raised before execution leaves no `data` entry.
            del response["data"]
        return response
