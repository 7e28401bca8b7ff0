"""Helpers to declare Strawberry types at runtime from catalog entries."""

from __future__ import annotations

import inspect
import keyword
import re
import types
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

import strawberry


@dataclass(frozen=True)
class FieldSpec:
    type: Any
    description: str
    resolver: Callable[..., Any] | None = None


def python_name(graphql_name: str) -> str:
    """`rowCount` → `row_count`, `in` → `in_`: the attribute a default resolver reads."""
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", graphql_name).lower()
    return f"{name}_" if keyword.iskeyword(name) else name


def _namespace(
    fields: Mapping[str, FieldSpec], *, optional: bool, required: Collection[str] = ()
) -> dict[str, Any]:
    annotations: dict[str, Any] = {}
    namespace: dict[str, Any] = {"__annotations__": annotations}
    for graphql_name, spec in fields.items():
        attribute = python_name(graphql_name)
        if spec.resolver is not None:
            namespace[attribute] = strawberry.field(
                resolver=spec.resolver, name=graphql_name, description=spec.description
            )
            continue
        is_optional = optional and graphql_name not in required
        annotations[attribute] = spec.type | None if is_optional else spec.type
        namespace[attribute] = strawberry.field(
            name=graphql_name,
            description=spec.description,
            **({"default": strawberry.UNSET} if is_optional else {}),
        )
    return namespace


def input_type(
    name: str, description: str, fields: Mapping[str, FieldSpec], required: Collection[str] = ()
) -> type:
    """An input object whose fields are optional (absent = no constraint) except `required`
    ones, which GraphQL validation then demands non-null."""
    namespace = _namespace(fields, optional=True, required=required)
    return strawberry.input(type(name, (), namespace), name=name, description=description)


def recursive_input_type(name: str, description: str, fields: Mapping[str, FieldSpec]) -> type:
    """An input object that also nests itself under AND, OR and NOT."""
    cls = type(name, (), _namespace(fields, optional=True))
    for graphql_name, annotation, text in (
        ("AND", list[cls], "All of these conditions hold."),
        ("OR", list[cls], "At least one of these conditions holds."),
        ("NOT", cls, "This condition does not hold (null rows count as not matching)."),
    ):
        cls.__annotations__[graphql_name] = annotation | None
        setattr(
            cls,
            graphql_name,
            strawberry.field(name=graphql_name, description=text, default=strawberry.UNSET),
        )
    return strawberry.input(cls, name=name, description=description)


def object_type(name: str, description: str, fields: Mapping[str, FieldSpec]) -> type:
    return strawberry.type(
        type(name, (), _namespace(fields, optional=False)), name=name, description=description
    )


def enum_type(
    name: str,
    description: str,
    values: Mapping[str, str],
    value_descriptions: Mapping[str, str] | None = None,
) -> type[Enum]:
    """A GraphQL enum: member names are the GraphQL values, member values what the engine
    uses; `value_descriptions` (by member name) describe values in the schema."""
    texts = value_descriptions or {}
    members = {
        member: strawberry.enum_value(value, description=texts[member])
        if member in texts
        else value
        for member, value in values.items()
    }
    return strawberry.enum(Enum(name, members), name=name, description=description)


def resolver(
    return_type: Any, function: Callable[..., Any], arguments: Mapping[str, Any] | None = None
) -> Callable[..., Any]:
    """A copy of `function(root, info, **arguments)` carrying the signature Strawberry reads.

    Copied so one function can back many fields, each with its own types.
    """
    function = types.FunctionType(
        function.__code__,
        function.__globals__,
        function.__name__,
        function.__defaults__,
        function.__closure__,
    )
    parameters = [
        inspect.Parameter("root", inspect.Parameter.POSITIONAL_OR_KEYWORD),
        inspect.Parameter(
            "info", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=strawberry.Info
        ),
    ]
    parameters += [
        inspect.Parameter(
            name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation, default=strawberry.UNSET
        )
        for name, annotation in (arguments or {}).items()
    ]
    function.__signature__ = inspect.Signature(parameters, return_annotation=return_type)
    function.__annotations__ = {"info": strawberry.Info, **(arguments or {}), "return": return_type}
    return function
