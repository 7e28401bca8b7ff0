{#
    Exact elapsed seconds (microsecond precision) from `start_at` to `end_at`.
    A plain 'second' datediff counts boundaries crossed and would drop fractions.
#}
{% macro seconds_between(start_at, end_at) %}
    ({{ dbt.datediff(start_at, end_at, 'microsecond') }} / 1000000.0)
{%- endmacro %}
