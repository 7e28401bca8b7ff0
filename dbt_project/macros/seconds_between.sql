{#
    Exact elapsed seconds (microsecond precision) from `start_at` to `end_at`.
    A plain 'second' datediff counts boundaries crossed and would drop fractions.
#}
{% macro seconds_between(start_at, end_at) -%}
    {{ return(adapter.dispatch('seconds_between', 'sessionlens')(start_at, end_at)) }}
{%- endmacro %}

{% macro duckdb__seconds_between(start_at, end_at) -%}
    ({{ dbt.datediff(start_at, end_at, 'microsecond') }} / 1000000.0)
{%- endmacro %}

{% macro spark__seconds_between(start_at, end_at) -%}
    (cast(unix_micros({{ end_at }}) - unix_micros({{ start_at }}) as double) / 1000000)
{%- endmacro %}
