"""Schema extensions: query limits (depth, aliases, tokens), error codes with masking, and
the report of the marts each cube query read.

Every error leaves with `extensions.code`. Errors the gateway raised on purpose keep
their message; errors about the document itself (syntax, validation, variables) are
BAD_USER_INPUT or TOO_COMPLEX; anything else is INTERNAL with a generic message, so no
stack trace, SQL text or file path reaches a non-admin client. (Logging is the schema's
`process_errors`: see `gateway.schema.GatewaySchema`.)
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator
from typing import Any

from graphql import (
    DocumentNode,
    GraphQLError,
    GraphQLSyntaxError,
    ValidationContext,
    ValidationRule,
    parse,
)
from strawberry.extensions import (
    AddValidationRules,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    QueryDepthLimiter,
    SchemaExtension,
    ValidationCache,
)

from gateway.argument_paths import naming_the_argument
from gateway.errors import BadUserInput, GatewayError, TooComplex
from sessionlens.core.settings import Settings

_TOO_COMPLEX = TooComplex.code
_INTERNAL = GatewayError.code


def _reporting_too_complex(rule: type[ValidationRule]) -> type[ValidationRule]:
    """`rule`, with every error it reports tagged TOO_COMPLEX.

    Strawberry's limit rules do their whole check (and report) while being constructed.
    """

    class TooComplexRule(rule):  # type: ignore[valid-type, misc]
        def __init__(self, context: ValidationContext) -> None:
            report = context.report_error

            def report_too_complex(error: GraphQLError) -> None:
                error.extensions = {**(error.extensions or {}), "code": _TOO_COMPLEX}
                report(error)

            context.report_error = report_too_complex  # type: ignore[method-assign]
            try:
                super().__init__(context)
            finally:
                context.report_error = report  # type: ignore[method-assign]

    return TooComplexRule


def _too_complex_rules(extension: AddValidationRules) -> list[type[ValidationRule]]:
    return [_reporting_too_complex(rule) for rule in extension.validation_rules]


def limit_extensions(settings: Settings) -> list[Callable[[], SchemaExtension]]:
    """Factories (Strawberry builds fresh extensions per request), with the parsed and
    validated documents cached across requests.

    The limit rules are built once: the validation cache is keyed by the rule classes,
    and a fresh class per request would never hit it.
    """
    cached_parse = functools.lru_cache(maxsize=settings.document_cache_entries)(parse)
    limit_rules = [
        *_too_complex_rules(QueryDepthLimiter(max_depth=settings.max_query_depth)),
        *_too_complex_rules(MaxAliasesLimiter(max_alias_count=settings.max_aliases)),
    ]
    return [
        lambda: MaxTokensLimiter(max_token_count=settings.max_tokens),
        lambda: AddValidationRules(limit_rules),
        lambda: CachedParsing(cached_parse),
        lambda: ValidationCache(maxsize=settings.document_cache_entries),
        ErrorCodes,
        SourcesReport,
    ]


class CachedParsing(SchemaExtension):
    """Parses through `cached_parse` (an LRU-cached `graphql.parse`).

    Unlike Strawberry's ParserCache, a document that does not parse is left to
    Strawberry's own parsing, which reports the error as a request error (an exception
    raised from this hook would skip the error codes)."""

    def __init__(self, cached_parse: Callable[..., DocumentNode]) -> None:
        self.cached_parse = cached_parse

    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        if context.query:
            with contextlib.suppress(GraphQLError):
                context.graphql_document = self.cached_parse(context.query, **context.parse_options)
        yield


def _with_code(error: GraphQLError, message: str, extensions: dict[str, str]) -> GraphQLError:
    return GraphQLError(
        message,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        extensions=extensions,
    )


def error_code(error: GraphQLError) -> str:
    """The `extensions.code` a raw error leaves with; INTERNAL means unexpected."""
    original = error.original_error
    if isinstance(original, GatewayError):
        return original.code
    if error.path is None and (original is None or isinstance(original, GraphQLError)):
        # Not raised while resolving a field: the document, its variables or its size.
        code = (error.extensions or {}).get("code")
        if code is not None:
            return code
        # graphql-core reports the token limit as a syntax error.
        too_many_tokens = isinstance(error, GraphQLSyntaxError) and "tokens" in error.message
        return _TOO_COMPLEX if too_many_tokens else BadUserInput.code
    return _INTERNAL


def is_expected(error: GraphQLError) -> bool:
    """Raised on purpose by the gateway, or about the request itself: nothing to debug."""
    return isinstance(error.original_error, GatewayError) or error_code(error) != _INTERNAL


def classify(error: GraphQLError, is_admin: bool) -> GraphQLError:
    original = error.original_error
    if isinstance(original, GatewayError):
        return _with_code(error, original.message, original.extensions)
    code = error_code(error)
    if code != _INTERNAL:
        # Keeps what locates the error (`argument`, `variable`).
        return _with_code(error, error.message, {**(error.extensions or {}), "code": code})
    message = f"Internal error: {original or error.message}" if is_admin else "Internal error."
    return _with_code(error, message, {"code": _INTERNAL})


def classify_uncoded(errors: list[GraphQLError], is_admin: bool) -> list[GraphQLError]:
    """`errors` with those that bypassed `ErrorCodes` classified too: an exception raised
    out of parsing or validation ends the operation before the extension sees its result."""
    return [
        error if (error.extensions or {}).get("code") else classify(error, is_admin)
        for error in errors
    ]


class ErrorCodes(SchemaExtension):
    """Gives every error a code and masks unexpected ones (admins see the message); an
    error about a literal argument value names the argument."""

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        if result is None or not result.errors:
            return
        principal = getattr(self.execution_context.context, "principal", None)
        is_admin = principal is not None and principal.is_admin
        document = self.execution_context.graphql_document
        result.errors = [
            classify(naming_the_argument(error, document), is_admin) for error in result.errors
        ]

    def on_stream_result(self, result: Any) -> Iterator[None]:
        """The same for each answer of a subscription (the operation ends only when the
        stream does); an error already given its code is left as it is."""
        if getattr(result, "errors", None):
            principal = getattr(self.execution_context.context, "principal", None)
            is_admin = principal is not None and principal.is_admin
            document = self.execution_context.graphql_document
            result.errors = [
                error
                if (error.extensions or {}).get("code")
                else classify(naming_the_argument(error, document), is_admin)
                for error in result.errors
            ]
        yield


class SourcesReport(SchemaExtension):
    """Adds `extensions.sources`: per cube field, the marts its query read (e.g. whether a
    pre-aggregation answered), so clients and tests can see how a query was served."""

    def get_results(self) -> dict[str, Any]:
        sources = getattr(self.execution_context.context, "sources", None)
        return {"sources": sources} if sources else {}
