{#
    The order in which events of one user happened. Timestamps can tie, so ties
    fall back to landing position (file, line) and finally to event_id, making
    "first", "next" and "previous" deterministic across rebuilds.
#}
{% macro event_order() -%}
    event_at, source_file, line_number, event_id
{%- endmacro %}
