"""`/graphql` over HTTP: Strawberry's ASGI view with the gateway's context and the status
codes of GraphQL over HTTP.

- A request error (the document does not parse or validate, its variables do not
  coerce, or it hits a size limit) is HTTP 400 with no `data` entry; an unexpected
  failure before execution is 500.
- Once execution has started the answer is 200, even when a field failed (its error
  sits beside `data: null`), e.g. a bad argument value or a timeout.
- A mutation sent over GET is 405 with `Allow: POST`; any method but GET and POST is 405
  with `Allow: GET, POST`.
- Every one of these errors is a GraphQL JSON body with `extensions.code`.
"""

from __future__ import annotations

from typing import Any

from cross_web import AsyncHTTPRequestAdapter, HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry import Schema
from strawberry.asgi import GraphQL
from strawberry.exceptions import MissingQueryError
from strawberry.http import GraphQLHTTPResponse, GraphQLRequestData, process_result
from strawberry.schema.exceptions import CannotGetOperationTypeError, InvalidOperationTypeError
from strawberry.types import ExecutionResult
from strawberry.types.graphql import OperationType
from strawberry.types.unset import UNSET

from gateway.context import GatewayContext
from gateway.endpoints.errors import gateway_error_response
from gateway.errors import BadUserInput
from gateway.extensions import error_code
from gateway.settings import GatewaySettings


def is_request_error(result: ExecutionResult) -> bool:
    """The request was rejected before any field resolved: no data, and no error located
    at a field path."""
    return bool(result.errors) and result.data is None and not any(e.path for e in result.errors)


def _status(result: ExecutionResult) -> int | None:
    if not is_request_error(result):
        return None
    internal = any(error_code(error) == "INTERNAL" for error in result.errors or ())
    return 500 if internal else 400


class GatewayGraphQL(GraphQL):
    """Strawberry's ASGI view with the gateway's typed context and HTTP status codes."""

    def __init__(self, schema: Schema, settings: GatewaySettings) -> None:
        super().__init__(schema, graphql_ide="graphiql", allow_queries_via_get=True)
        self.settings = settings

    async def get_context(self, request: Any, response: Any) -> GatewayContext:
        return GatewayContext(
            principal=getattr(request.state, "principal", None),
            warehouse=request.state.warehouse,
            settings=self.settings,
        )

    async def run(
        self, request: Request | WebSocket, context: Any = UNSET, root_value: Any = UNSET
    ) -> Response | WebSocket:
        """Strawberry's run, with its transport errors (bad JSON, unsupported method or
        content type, …) as GraphQL JSON bodies instead of plain text."""
        try:
            return await super().run(request, context, root_value)
        except HTTPException as error:
            response = gateway_error_response(BadUserInput(error.reason), error.status_code)
            if error.status_code == 405:
                # A GET is refused only for a mutation, which POST would run.
                allowed = "POST" if request.method == "GET" else "GET, POST"
                response.headers["Allow"] = allowed
            return response

    async def execute_single(
        self,
        request: Request,
        request_adapter: AsyncHTTPRequestAdapter,
        sub_response: Response,
        context: GatewayContext,
        root_value: Any,
        request_data: GraphQLRequestData,
    ) -> ExecutionResult:
        try:
            result = await self.schema.execute(
                request_data.query,
                root_value=root_value,
                variable_values=request_data.variables,
                context_value=context,
                operation_name=request_data.operation_name,
                allowed_operation_types=OperationType.from_http(request_adapter.method),
                operation_extensions=request_data.extensions,
            )
        except InvalidOperationTypeError as error:
            kind = error.operation_type.value
            raise HTTPException(
                405, f"a {kind} cannot be sent with {request_adapter.method}; use POST"
            ) from error
        except CannotGetOperationTypeError as error:
            raise HTTPException(400, error.as_http_error_reason()) from error
        except MissingQueryError as error:
            raise HTTPException(400, "send the GraphQL document as `query`") from error
        status = _status(result)
        if status is not None:
            sub_response.status_code = status
        return result

    async def process_result(
        self, request: Request, result: ExecutionResult
    ) -> GraphQLHTTPResponse:
        response = process_result(result)
        if is_request_error(result):
            # GraphQL spec: an error raised before execution leaves no `data` entry.
            del response["data"]
        return response
