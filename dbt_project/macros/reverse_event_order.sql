{#
    `event_order()` reversed column by column, for picking a user's latest event
    with `row_number() = 1` (a bare `desc` after the list would reverse only its
    last column).
#}
{% macro reverse_event_order() -%}
    {%- for column in event_order().split(',') -%}
        {{ column | trim }} desc{{ ", " if not loop.last }}
    {%- endfor -%}
{%- endmacro %}
